#include "Resources.h"

#include <QFile>

// Q_INIT_RESOURCE must be used outside any namespace. The resources live in a static
// library, so they are registered explicitly before the first read.
static void registerDeidResources() { Q_INIT_RESOURCE(deid_resources); }

namespace rc {

QByteArray readDeidResource(const char* path) {
  static const bool registered = [] {
    registerDeidResources();
    return true;
  }();
  Q_UNUSED(registered);
  QFile file(QString::fromLatin1(path));
  return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

}  // namespace rc
