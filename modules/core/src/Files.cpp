#include "core/Files.h"

#include "core/Sha256.h"

#include <QCoreApplication>
#include <QFile>

#include <vector>

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

}  // namespace rc
