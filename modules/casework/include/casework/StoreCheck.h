#pragma once
// Verification of a case store: what the database says is filed is exactly what is on disk.
//
// Every instance row must have its file, with the SHA-256 recorded at filing; the file's own
// SOP Instance, Series and Study UIDs must be the row's, and the patient code written in it
// (Patient ID) the code of the patient the row is filed under. Files under files/ that no row
// names (orphans) and rows whose file is gone are reported too, as are what killed jobs left
// in the scratch folder (de-identified copies no program owns) and a correspondence table
// that cannot be read (with the passphrase, one that cannot be opened). Used by
// `radcurator-cli check` and at the end of the import tests.

#include "core/Progress.h"
#include "core/Result.h"
#include "storage/CaseStore.h"

#include <QString>

#include <optional>

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

// `passphrase`, if given, is used to open the correspondence table too.
Result<StoreCheckReport> checkStore(const CaseStore& store, Progress& progress = Progress::none(),
                                    const std::optional<QString>& passphrase = std::nullopt);

}  // namespace rc
