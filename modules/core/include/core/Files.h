#pragma once
// Small file helpers shared by the store, the exports and the checks.

#include "core/Result.h"

#include <QString>

namespace rc {

// SHA-256 of a file's bytes, as 64 lower-case hex digits.
Result<QString> sha256OfFile(const QString& path);

}  // namespace rc
