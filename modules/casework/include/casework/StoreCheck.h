#pragma once
// Verification of a case store: what the database says is filed is exactly what is on disk.
//
// Every instance row must have its file, with the SHA-256 recorded at filing; the file's own
// SOP Instance, Series and Study UIDs must be the row's, and the patient code written in it
// (Patient ID) the code of the patient the row is filed under. Files under files/ that no row
// names (orphans) and rows whose file is gone are reported too. Used by
// `radcurator-cli check` and at the end of the import tests.

#include "core/Progress.h"
#include "core/Result.h"
#include "storage/CaseStore.h"

#include <QString>

#include <vector>

namespace rc {

struct StoreProblem {
  QString where;   // the stored file, or the row ("instance <UID>")
  QString reason;
};

struct StoreCheckReport {
  int instancesChecked = 0;
  int filesOnDisk = 0;
  std::vector<StoreProblem> problems;
  bool ok() const { return problems.empty(); }
};

Result<StoreCheckReport> checkStore(const CaseStore& store, Progress& progress = Progress::none());

}  // namespace rc
