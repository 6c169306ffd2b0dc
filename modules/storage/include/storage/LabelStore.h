#pragma once
// The labels of a series in the case database: the set as JSON (segments without their
// masks, findings, reader) and one row per segment mask.
//
// Saving is made for a save every few seconds while a reader paints: only the masks of the
// segments that changed are written, in one transaction with the set. Every save raises the
// set's revision; a save based on another revision than the stored one (another window or
// an import saved meanwhile) is refused as a conflict, so nobody's edits are overwritten
// unseen.

#include "core/Labels.h"
#include "core/Result.h"
#include "storage/CaseStore.h"

#include <optional>
#include <set>

namespace rc {

struct StoredLabels {
  LabelSet labels;
  qint64 revision = 0;
  QString updatedAt;
  QString updatedBy;
};

class LabelStore {
public:
  explicit LabelStore(CaseDatabase& db) : db_(db) {}

  // nullopt when the series has no labels.
  Result<std::optional<StoredLabels>> load(const QString& seriesInstanceUid);
  // The stored revision; 0 when the series has no labels.
  Result<qint64> revision(const QString& seriesInstanceUid);

  // Saves `labels`: the set, the masks of `changedSegments`, and removes the masks of
  // segments no longer in the set. `basedOn` is the revision the caller's copy came from
  // (0: the series had no labels); another stored revision gives a conflict failure. nullopt
  // saves over whatever is stored (an import). Returns the new revision.
  Result<qint64> save(const LabelSet& labels, const std::set<int>& changedSegments, std::optional<qint64> basedOn,
                      const QString& actor = QString());
  // Every mask written, over whatever is stored.
  Result<qint64> replace(const LabelSet& labels, const QString& actor = QString());

private:
  CaseDatabase& db_;
};

}  // namespace rc
