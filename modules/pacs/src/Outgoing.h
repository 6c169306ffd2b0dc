#pragma once
// What a send or an upload hands over: a dataset export of the chosen series or cases, built
// in the store's scratch space (the export profile, the PHI scan, the gates and the ledger row
// naming where it goes), and its DICOM files.

#include "core/Progress.h"
#include "core/Result.h"
#include "handoff/DatasetExport.h"
#include "storage/ScratchSpace.h"

#include <QStringList>

#include <optional>

namespace rc::pacs {

struct Outgoing {
  std::optional<ScratchFolder> scratch;  // removed with this
  QString packagePath;
  QStringList files;                     // DICOM/..., sorted
  qint64 exportId = 0;
};

Result<Outgoing> exportToScratch(const CaseStore& store, const DatasetExportOptions& options, Progress& progress);

// The DICOM files of a package folder (its DICOM/ tree), sorted.
QStringList packageDicomFiles(const QString& packagePath);

}  // namespace rc::pacs
