// The package as an AES-256 zip (WinZip AES through libzip, kept to this file).

#include "PackageZip.h"

#include <zip.h>

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace rc {

namespace {

struct ZipTr {
  Q_DECLARE_TR_FUNCTIONS(PackageZip)
};

QString zipError(zip_t* z) { return QString::fromLocal8Bit(zip_strerror(z)); }

}  // namespace

Status zipFolder(const QString& folder, const QString& zipPath, const QString& password) {
  if (password.isEmpty()) return fail(ZipTr::tr("an encrypted archive needs a password"));
  if (!zip_encryption_method_supported(ZIP_EM_AES_256, 1)) return fail(ZipTr::tr("this libzip cannot write AES-256 archives"));
  int error = 0;
  zip_t* z = zip_open(QFile::encodeName(zipPath).constData(), ZIP_CREATE | ZIP_EXCL, &error);
  if (!z) {
    zip_error_t e;
    zip_error_init_with_code(&e, error);
    const QString message = QString::fromLocal8Bit(zip_error_strerror(&e));
    zip_error_fini(&e);
    return fail(ZipTr::tr("%1: cannot create the archive: %2").arg(zipPath, message));
  }
  const QByteArray secret = password.toUtf8();
  QStringList files;
  QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
  while (it.hasNext()) files << QDir(folder).relativeFilePath(it.next());
  files.sort();
  for (const QString& f : files) {
    zip_source_t* source = zip_source_file(z, QFile::encodeName(QDir(folder).filePath(f)).constData(), 0, -1);
    const zip_int64_t index = source ? zip_file_add(z, f.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8) : -1;
    if (index < 0) {
      if (source) zip_source_free(source);
      const QString message = zipError(z);
      zip_discard(z);
      return fail(ZipTr::tr("%1: cannot be added to the archive: %2").arg(f, message));
    }
    // DICOM pixel data hardly shrinks; storing keeps the archive as fast as the encryption.
    if (zip_set_file_compression(z, zip_uint64_t(index), ZIP_CM_STORE, 0) < 0 ||
        zip_file_set_encryption(z, zip_uint64_t(index), ZIP_EM_AES_256, secret.constData()) < 0) {
      const QString message = zipError(z);
      zip_discard(z);
      return fail(ZipTr::tr("%1: cannot be encrypted: %2").arg(f, message));
    }
  }
  if (zip_close(z) < 0) {
    const QString message = zipError(z);
    zip_discard(z);
    QFile::remove(zipPath);
    return fail(ZipTr::tr("%1: cannot write the archive: %2").arg(zipPath, message));
  }
  return Status::success();
}

Status unzipFolder(const QString& zipPath, const QString& password, const QString& folder) {
  int error = 0;
  zip_t* z = zip_open(QFile::encodeName(zipPath).constData(), ZIP_RDONLY, &error);
  if (!z) return fail(ZipTr::tr("%1: not a readable zip archive").arg(zipPath));
  const QByteArray secret = password.toUtf8();
  zip_set_default_password(z, secret.isEmpty() ? nullptr : secret.constData());
  const zip_int64_t entries = zip_get_num_entries(z, 0);
  for (zip_int64_t n = 0; n < entries; ++n) {
    const QString name = QString::fromUtf8(zip_get_name(z, zip_uint64_t(n), 0));
    const QString clean = QDir::cleanPath(name);
    if (name.isEmpty() || QDir::isAbsolutePath(name) || clean == QLatin1String("..") || clean.startsWith(QLatin1String("../"))) {
      zip_close(z);
      return fail(ZipTr::tr("%1: an entry leads outside the archive: %2").arg(zipPath, name));
    }
    zip_file_t* entry = zip_fopen_index(z, zip_uint64_t(n), 0);
    if (!entry) {
      const QString message = zipError(z);
      zip_close(z);
      return fail(ZipTr::tr("%1: cannot open %2 (wrong password?): %3").arg(zipPath, name, message));
    }
    const QString target = QDir(folder).filePath(clean);
    QDir().mkpath(QFileInfo(target).absolutePath());
    QFile out(target);
    bool ok = out.open(QIODevice::WriteOnly);
    char buffer[1 << 16];
    zip_int64_t got = 0;
    while (ok && (got = zip_fread(entry, buffer, sizeof buffer)) > 0) ok = out.write(buffer, got) == got;
    zip_fclose(entry);
    if (!ok || got < 0) {
      zip_close(z);
      return fail(ZipTr::tr("%1: cannot read %2 (wrong password, or a damaged archive)").arg(zipPath, name));
    }
  }
  zip_close(z);
  return Status::success();
}

}  // namespace rc
