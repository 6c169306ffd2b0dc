#pragma once
// A label set whose save did not reach the database (team mode: the connection to the
// PostgreSQL server was lost) waits in a journal on this workstation, synced to disk, until a
// save succeeds; a crash meanwhile loses nothing, since the next opening of the set finds it.
// What it was based on is kept with it, so bringing it back is checked like any save: if the
// store moved on meanwhile, it is a conflict the reader decides, never a silent overwrite.

#include "core/Labels.h"
#include "core/Result.h"
#include "storage/CaseStore.h"
#include "storage/LabelStore.h"

#include <optional>
#include <set>

namespace rc {

struct JournalEntry {
  LabelSetKey key;
  LabelSet labels;
  qint64 basedOn = 0;             // the stored revision the edits were made on
  std::set<int> changedSegments;  // the masks to write
  bool metadataChanged = false;
  QString keptAt;                 // ISO 8601 UTC
};

class LabelJournal {
public:
  explicit LabelJournal(const CaseStore& store);

  Status keep(const JournalEntry& entry);
  Result<std::optional<JournalEntry>> find(const LabelSetKey& key) const;
  Status drop(const LabelSetKey& key);
  QString pathOf(const LabelSetKey& key) const;

private:
  QString folder_;
};

}  // namespace rc
