#pragma once
// Small file helpers shared by the store, the exports and the checks.

#include "core/Result.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <vector>

class QTemporaryDir;

namespace rc {

// SHA-256 of a file's bytes, as 64 lower-case hex digits.
Result<QString> sha256OfFile(const QString& path);

// Everything written to the file system that holds `folder` reaches the disk (syncfs): one
// call for a batch of files instead of an fsync each. It also flushes other writers' data on
// that file system; the price is worth it for hundreds of files.
Status syncFileSystemOf(const QString& folder);

// Writes `bytes` to `path` whole or not at all: a temporary file beside it, synced, then renamed.
Status writeFileAtomically(const QString& path, const QByteArray& bytes);

// ---- Walking what a user hands in ---------------------------------------------------------
//
// Every entry under a folder is accounted for: a regular file is found; anything else is a
// problem with its real reason (a folder that cannot be read: "Permission denied"; a link to
// nothing, a link that loops, a link out of the folder or to a folder, a FIFO or device),
// never silently left out. Names that are not valid UTF-8 (Latin-1 or Shift_JIS bytes from
// old CD media) are found too: Qt cannot name such a file, so it is reached through an alias
// link in a private temporary folder that lives as long as the walk's result.

struct FoundFile {
  QString path;         // what to open: the real path (links resolved), or an alias link to it
  QString displayPath;  // what to show: the path as found, bytes that are not UTF-8 as \xNN
  QByteArray realPath;  // the file's canonical path as bytes: one file found twice is one file
};

struct WalkProblem {
  QString displayPath;
  QString reason;
  bool error = true;  // false: deliberately skipped (a link out of the folder, a FIFO)
};

struct FolderWalk {
  std::vector<FoundFile> files;  // sorted by their real bytes: the same order on every file system
  std::vector<WalkProblem> problems;
  std::shared_ptr<QTemporaryDir> aliases;  // the alias links, if any name needed one
};

// `root` may be a folder or a single file. Links to files inside `root` are followed.
FolderWalk walkFiles(const QString& root);

// A path's bytes shown to a user: valid UTF-8 as text, other bytes as \xNN.
QString displayPathOf(const QByteArray& nativePath);

}  // namespace rc
