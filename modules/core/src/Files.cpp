#include "core/Files.h"

#include "core/Sha256.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStringDecoder>
#include <QTemporaryDir>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <set>
#include <utility>
#include <vector>

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace rc {

namespace {
struct FilesTr {
  Q_DECLARE_TR_FUNCTIONS(Files)
};
}  // namespace

Result<QString> sha256OfFile(const QString& path) {
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) return fail(FilesTr::tr("%1: cannot read: %2").arg(path, file.errorString()));
  Sha256 hash;
  // One buffer per thread, reused: a fresh 1 MB buffer per read is mapped and faulted in page
  // by page, which cost more than the hashing itself (issue 12).
  thread_local std::vector<char> buffer(1 << 20);
  qint64 n = 0;
  while ((n = file.read(buffer.data(), qint64(buffer.size()))) > 0) hash.add(QByteArrayView(buffer.data(), n));
  if (n < 0 || file.error() != QFileDevice::NoError) return fail(FilesTr::tr("%1: cannot read: %2").arg(path, file.errorString()));
  return QString::fromLatin1(hash.result().toHex());
}

Status syncFileSystemOf(const QString& folder) {
  const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY);
  const bool synced = fd >= 0 && ::syncfs(fd) == 0;
  const int error = errno;
  if (fd >= 0) ::close(fd);
  if (!synced) return fail(FilesTr::tr("%1: cannot write to disk: %2").arg(folder, QString::fromLocal8Bit(std::strerror(error))));
  return Status::success();
}

Status writeFileAtomically(const QString& path, const QByteArray& bytes) {
  QSaveFile out(path);
  if (!out.open(QIODevice::WriteOnly)) return fail(FilesTr::tr("%1: cannot write: %2").arg(path, out.errorString()));
  if (out.write(bytes) != bytes.size() || !out.flush() || ::fsync(out.handle()) != 0) {
    const QString why = out.errorString();
    out.cancelWriting();
    return fail(FilesTr::tr("%1: cannot write: %2").arg(path, why));
  }
  if (!out.commit()) return fail(FilesTr::tr("%1: cannot write: %2").arg(path, out.errorString()));
  return Status::success();
}

// ---- walking -------------------------------------------------------------------------------

namespace {

QString errnoText(int error) { return QString::fromLocal8Bit(std::strerror(error)); }

bool isUtf8(const QByteArray& bytes) {
  QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
  (void)QString(decoder(bytes));
  return !decoder.hasError();
}

QByteArray realPathOf(const QByteArray& path) {
  char resolved[PATH_MAX];
  return ::realpath(path.constData(), resolved) ? QByteArray(resolved) : QByteArray();
}

bool isInside(const QByteArray& path, const QByteArray& folder) {
  return path == folder || path.startsWith(folder.endsWith('/') ? folder : folder + '/');
}

struct Walker {
  FolderWalk walk;
  QByteArray rootReal;
  std::vector<std::pair<QByteArray, QByteArray>> found;  // (path as named, real path)
  std::set<std::pair<dev_t, ino_t>> foldersSeen;

  void problem(const QByteArray& path, const QString& reason, bool error = true) {
    walk.problems.push_back({displayPathOf(path), reason, error});
  }

  // A link: followed to a file inside the root; everything else is reported.
  void link(const QByteArray& path) {
    struct stat target {};
    if (::stat(path.constData(), &target) != 0) {
      const int error = errno;
      if (error == ENOENT || error == ENOTDIR)
        problem(path, FilesTr::tr("a link to something that does not exist (dangling link)"));
      else if (error == ELOOP)
        problem(path, FilesTr::tr("a link that loops back on itself (too many levels of symbolic links)"));
      else
        problem(path, FilesTr::tr("cannot follow the link: %1").arg(errnoText(error)));
      return;
    }
    const QByteArray real = realPathOf(path);
    if (S_ISDIR(target.st_mode)) {
      problem(path, FilesTr::tr("a link to a folder; folders behind links are not followed (import that folder itself)"), false);
      return;
    }
    if (!S_ISREG(target.st_mode)) {
      problem(path, FilesTr::tr("a link to something that is not a regular file (a FIFO, socket or device)"), false);
      return;
    }
    if (real.isEmpty() || !isInside(real, rootReal)) {
      problem(path, FilesTr::tr("a link to a file outside %1; import that file's own folder if it is meant").arg(displayPathOf(rootReal)), false);
      return;
    }
    found.emplace_back(path, real);
  }

  void folder(const QByteArray& start) {
    std::vector<QByteArray> pending{start};
    while (!pending.empty()) {
      const QByteArray dir = std::move(pending.back());
      pending.pop_back();
      DIR* handle = ::opendir(dir.constData());
      if (!handle) {
        const int error = errno;
        problem(dir, FilesTr::tr("cannot read the folder: %1").arg(errnoText(error)));
        continue;
      }
      struct stat self {};
      if (::fstat(::dirfd(handle), &self) == 0 && !foldersSeen.insert({self.st_dev, self.st_ino}).second) {
        ::closedir(handle);  // a folder reached twice (a bind mount): walked once
        continue;
      }
      std::vector<QByteArray> names;
      int readError = 0;
      for (;;) {
        errno = 0;  // readdir says "the end" and "an error" both with null
        const dirent* entry = ::readdir(handle);
        if (!entry) {
          readError = errno;
          break;
        }
        const QByteArray name(entry->d_name);
        if (name != "." && name != "..") names.push_back(name);
      }
      ::closedir(handle);
      if (readError != 0) problem(dir, FilesTr::tr("the folder could not be read to its end: %1").arg(errnoText(readError)));
      for (const QByteArray& name : names) {
        const QByteArray path = dir.endsWith('/') ? dir + name : dir + '/' + name;
        struct stat info {};
        if (::lstat(path.constData(), &info) != 0) {
          const int error = errno;
          problem(path, FilesTr::tr("cannot read: %1").arg(errnoText(error)));
          continue;
        }
        if (S_ISLNK(info.st_mode)) link(path);
        else if (S_ISDIR(info.st_mode)) pending.push_back(path);
        else if (S_ISREG(info.st_mode)) found.emplace_back(path, realPathOf(path));
        else problem(path, FilesTr::tr("not a regular file (a FIFO, socket or device)"), false);
      }
    }
  }
};

}  // namespace

QString displayPathOf(const QByteArray& nativePath) {
  if (isUtf8(nativePath)) return QString::fromUtf8(nativePath);
  QString shown;
  for (const QByteArray& part : nativePath.split('/')) {
    if (!shown.isEmpty() || nativePath.startsWith('/')) shown += QLatin1Char('/');
    if (isUtf8(part)) {
      shown += QString::fromUtf8(part);
      continue;
    }
    for (const char c : part) {
      const auto byte = uchar(c);
      if (byte >= 0x20 && byte < 0x7F) shown += QLatin1Char(c);
      else shown += QStringLiteral("\\x%1").arg(byte, 2, 16, QLatin1Char('0'));
    }
  }
  if (nativePath.startsWith('/') && shown.startsWith(QLatin1String("//"))) shown.remove(0, 1);
  return shown;
}

FolderWalk walkFiles(const QString& root) {
  Walker walker;
  const QByteArray native = QFile::encodeName(QDir::cleanPath(QDir(root).absolutePath()));
  struct stat info {};
  if (::stat(native.constData(), &info) != 0) {
    const int error = errno;
    walker.problem(native, error == ENOENT ? FilesTr::tr("no such file or folder") : FilesTr::tr("cannot read: %1").arg(errnoText(error)));
    return std::move(walker.walk);
  }
  walker.rootReal = realPathOf(native);
  if (S_ISDIR(info.st_mode)) walker.folder(native);
  else if (S_ISREG(info.st_mode)) walker.found.emplace_back(native, walker.rootReal);
  else walker.problem(native, FilesTr::tr("not a regular file (a FIFO, socket or device)"));

  std::sort(walker.found.begin(), walker.found.end());
  FolderWalk& walk = walker.walk;
  std::set<QByteArray> seen;
  for (auto& [path, real] : walker.found) {
    if (!seen.insert(real.isEmpty() ? path : real).second) continue;  // a link to a file found already
    FoundFile file;
    file.displayPath = displayPathOf(path);
    file.realPath = real.isEmpty() ? path : real;
    if (isUtf8(file.realPath)) {
      file.path = QString::fromUtf8(file.realPath);
    } else {
      // Qt names files in UTF-8 only: reach this one through a link whose name it can say.
      if (!walk.aliases) {
        walk.aliases = std::make_shared<QTemporaryDir>(QDir(QDir::tempPath()).filePath(QStringLiteral("radcurator-names-XXXXXX")));
        if (!walk.aliases->isValid()) {
          walker.problem(path, FilesTr::tr("its name is not UTF-8 and no temporary folder could be made to reach it"));
          walk.aliases.reset();
          continue;
        }
      }
      const QString alias = QDir(walk.aliases->path()).filePath(QStringLiteral("%1").arg(walk.files.size()));
      if (::symlink(file.realPath.constData(), QFile::encodeName(alias).constData()) != 0) {
        const int error = errno;
        walker.problem(path, FilesTr::tr("its name is not UTF-8 and it could not be reached: %1").arg(errnoText(error)));
        continue;
      }
      file.path = alias;
    }
    walk.files.push_back(std::move(file));
  }
  return std::move(walk);
}

}  // namespace rc
