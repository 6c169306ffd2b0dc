#include "core/Files.h"

#include "core/Sha256.h"

#include <QCoreApplication>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <vector>

#include <fcntl.h>
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

}  // namespace rc
