#pragma once
// AES-256 (WinZip AES) zip archives of a package folder, and back.

#include "core/Result.h"

#include <QString>

namespace rc {

// Every file of `folder` into a new archive (never over an existing file), each encrypted.
Status zipFolder(const QString& folder, const QString& zipPath, const QString& password);
// Every entry of the archive into `folder`; a wrong password fails with the entry's name.
Status unzipFolder(const QString& zipPath, const QString& password, const QString& folder);

}  // namespace rc
