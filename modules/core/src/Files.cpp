#include "core/Files.h"

#include "core/Sha256.h"

#include <QCoreApplication>
#include <QFile>

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
  QByteArray buffer;
  while (!(buffer = file.read(1 << 20)).isEmpty()) hash.add(buffer);
  if (file.error() != QFileDevice::NoError) return fail(FilesTr::tr("%1: cannot read: %2").arg(path, file.errorString()));
  return QString::fromLatin1(hash.result().toHex());
}

}  // namespace rc
