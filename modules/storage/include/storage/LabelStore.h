#pragma once
// The label sets of a series in the case database: the set as JSON (segments without their
// masks, findings, reader) and one row per segment mask.
//
// A series may have several sets: the store's own (outside any project, as before reading
// studies) and, in a reading-study project, one per reader and a consensus set
// (LabelSetKey). Saving is made for a save every few seconds while a reader paints: only
// the masks of the segments that changed are written, in one transaction with the set.
// Every save raises the set's revision; a save based on another revision than the stored
// one (another window or an import saved meanwhile) is refused as a conflict, so nobody's
// edits are overwritten unseen.
//
// A set's versions that matter to a study (submitted, corrected by a reviewer, a consensus,
// imported from a model) are frozen as numbered revisions: copies nothing ever changes.

#include "core/Labels.h"
#include "core/Result.h"
#include "storage/CaseStore.h"

#include <optional>
#include <set>
#include <vector>

namespace rc {

// Which set of a series: the store's own (project 0, no reader), a reader's in a project, or
// a project's consensus (reader kConsensusReader).
struct LabelSetKey {
  QString seriesUid;
  qint64 projectId = 0;
  QString reader;

  static LabelSetKey ofSeries(const QString& seriesUid) { return {seriesUid, 0, QString()}; }
  bool isStoreOwn() const { return projectId == 0 && reader.isEmpty(); }
  bool operator==(const LabelSetKey& o) const { return seriesUid == o.seriesUid && projectId == o.projectId && reader == o.reader; }
};
inline const QString kConsensusReader = QStringLiteral("consensus");

// The set that leaves the store for a series of a reading study, and what it is
// ("consensus", "accepted (alice)", "submitted (alice)").
struct LabelChoice {
  LabelSetKey key;
  QString source;
};

struct StoredLabels {
  LabelSet labels;
  qint64 revision = 0;
  QString updatedAt;
  QString updatedBy;
};

// A frozen version of a set.
struct LabelRevision {
  int number = 0;       // 1, 2, ... per set
  QString kind;         // "submitted", "corrected", "consensus", "imported"
  QString madeBy;
  QString madeAt;       // ISO 8601 UTC
  QString note;
};

// A set of a series in a project, as listed (without its content).
struct LabelSetSummary {
  LabelSetKey key;
  qint64 revision = 0;
  QString updatedAt;
  QString updatedBy;
  int segments = 0;
  int findings = 0;
};

class LabelStore {
public:
  explicit LabelStore(CaseDatabase& db) : db_(db) {}

  // nullopt when the series has no such set.
  Result<std::optional<StoredLabels>> load(const LabelSetKey& key);
  Result<std::optional<StoredLabels>> load(const QString& seriesInstanceUid) { return load(LabelSetKey::ofSeries(seriesInstanceUid)); }
  // The stored revision; 0 when there is no such set.
  Result<qint64> revision(const LabelSetKey& key);
  Result<qint64> revision(const QString& seriesInstanceUid) { return revision(LabelSetKey::ofSeries(seriesInstanceUid)); }

  // Saves `labels` as the set `key` (its series: labels.seriesInstanceUid when the key names
  // none): the set, the masks of `changedSegments`, and removes the masks of segments no
  // longer in the set. `basedOn` is the revision the caller's copy came from (0: no such set
  // yet); another stored revision gives a conflict failure. nullopt saves over whatever is
  // stored (an import). Returns the new revision.
  Result<qint64> save(const LabelSetKey& key, const LabelSet& labels, const std::set<int>& changedSegments,
                      std::optional<qint64> basedOn, const QString& actor = QString());
  Result<qint64> save(const LabelSet& labels, const std::set<int>& changedSegments, std::optional<qint64> basedOn,
                      const QString& actor = QString()) {
    return save(LabelSetKey::ofSeries(labels.seriesInstanceUid), labels, changedSegments, basedOn, actor);
  }
  // Every mask written, over whatever is stored.
  Result<qint64> replace(const LabelSetKey& key, const LabelSet& labels, const QString& actor = QString());
  Result<qint64> replace(const LabelSet& labels, const QString& actor = QString()) {
    return replace(LabelSetKey::ofSeries(labels.seriesInstanceUid), labels, actor);
  }

  // Freezes the set as it is stored now as the next revision of `kind`; returns its number.
  Result<int> freeze(const LabelSetKey& key, const QString& kind, const QString& actor, const QString& note = QString());
  Result<std::vector<LabelRevision>> revisions(const LabelSetKey& key);
  Result<LabelSet> loadRevision(const LabelSetKey& key, int number);
  // The sets of a series in a project (every reader's and the consensus).
  Result<std::vector<LabelSetSummary>> setsOf(const QString& seriesInstanceUid, qint64 projectId);

private:
  CaseDatabase& db_;
};

}  // namespace rc
