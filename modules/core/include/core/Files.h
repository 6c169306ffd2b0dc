#pragma once
// Small file helpers shared by the store, the exports and the checks.

#include "core/Result.h"

#include <QString>

namespace rc {

// SHA-256 of a file's bytes, as 64 lower-case hex digits.
Result<QString> sha256OfFile(const QString& path);

// Everything written to the file system that holds `folder` reaches the disk (syncfs): one
// call for a batch of files instead of an fsync each. It also flushes other writers' data on
// that file system; the price is worth it for hundreds of files.
Status syncFileSystemOf(const QString& folder);

}  // namespace rc
