#pragma once
// Reading of DICOMDIR media directories (IHE PDI CDs, USB media).
// Records are read from the Directory Record Sequence in order, without following the
// offset fields, so files with missing, zero or reordered offsets still work.

#include "core/Result.h"

#include <QString>
#include <QStringList>

namespace rc {

struct DicomDirContents {
  QString path;          // the DICOMDIR file
  QStringList files;     // referenced files that exist (absolute paths)
  QStringList missing;   // referenced paths that do not exist on the medium
  QStringList refused;   // references that lead outside the medium, each with the reason
};

// A medium's references stay inside the medium's folder: a File ID with "..", "." or an
// absolute component, or one that resolves (through links) to a file outside the folder, is
// refused and never read.
Result<DicomDirContents> readDicomDir(const QString& path);

// True when `path`, with every link resolved, lies inside `folder` (also resolved).
bool isInsideFolder(const QString& path, const QString& folder);

// Resolves a path on ISO 9660 style media: components match case-insensitively and a ";1"
// version suffix is ignored. Returns an empty string if nothing matches.
QString resolveMediaPath(const QString& baseDir, const QStringList& components);

}  // namespace rc
