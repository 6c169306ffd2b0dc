#pragma once
// The deid module's data files (standard tables, site profile, safe-private list), compiled
// into the library as Qt resources under :/deid/.
#include <QByteArray>

namespace rc {
QByteArray readDeidResource(const char* path);
}
