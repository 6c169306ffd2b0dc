#include "core/Files.h"

#include <QCoreApplication>
#include <QCryptographicHash>
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
  QCryptographicHash hash(QCryptographicHash::Sha256);
  if (!hash.addData(&file)) return fail(FilesTr::tr("%1: cannot read: %2").arg(path, file.errorString()));
  return QString::fromLatin1(hash.result().toHex());
}

}  // namespace rc
