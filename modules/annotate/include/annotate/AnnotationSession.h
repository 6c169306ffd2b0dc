#pragma once
// The labels of the open series while a reader edits them: segments and their masks,
// findings, "no finding". The window, the panels and the tools bind to this model; no
// widget holds label state.
//
// Every edit goes through here: masks through the one LabelEditor (with the edit policy),
// segment and finding edits as typed steps. Each edit is one undo step in the session's
// history (changed voxels only, so 50 steps of painting cost kilobytes to a few megabytes).
//
// Saving: an edit marks what it changed; at most `autosaveDelayMs` (2 s) later the changed
// segments and the set are written in one transaction under the revision this copy was read
// at (storage/LabelStore.h). A save that finds another revision (a second window, an import)
// is refused as a conflict and reported; nothing is overwritten unseen. saveNow() (Ctrl+S)
// writes at once. What is saved is what every reader of the store sees.
//
// Crash safety: opening a series records an edit session (storage/EditSessions.h); closing it
// ends the record. A record left open by a process that no longer runs is a session that
// crashed: the next start finds it, says so, and its work is there (saved up to the last
// autosave).
//
// A save that cannot reach the database (team mode: the PostgreSQL connection is lost) keeps
// the edited set in this workstation's journal (storage/LabelJournal.h), says so, and goes on
// trying; the first save that succeeds empties it. Opening the set again (after a crash, say)
// brings the journal's copy back: saved at once when the store is still at the revision it was
// made on, otherwise a conflict for the reader to decide, as any other.

#include "annotate/LabelEditor.h"
#include "annotate/Vocabulary.h"
#include "core/Progress.h"
#include "core/Result.h"
#include "imaging/RegionGrowing.h"
#include "session/Session.h"
#include "storage/EditSessions.h"
#include "storage/LabelStore.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>
#include <set>

namespace rc {

class AnnotationSession : public QObject {
  Q_OBJECT
public:
  explicit AnnotationSession(Session* session, QObject* parent = nullptr);
  ~AnnotationSession() override;

  Session* session() const { return session_; }
  // The labels of the open series (an empty set when it has none yet; null without a series).
  std::shared_ptr<const LabelSet> labels() const { return labels_; }
  qint64 revision() const { return revision_; }

  const Vocabulary& vocabulary() const { return vocabulary_; }
  void setVocabulary(Vocabulary vocabulary) { vocabulary_ = std::move(vocabulary); }
  // The project's own terms: STORE/vocabulary.json when the store has one, else the built-in
  // list. A broken file keeps the built-in list and says why (file, line, key).
  Status useStoreVocabulary();

  // Which label set the series opened next is edited in: the store's own (the default), or a
  // reader's in a reading-study project (storage/LabelStore.h's LabelSetKey without its
  // series). A read-only set refuses every edit with `readOnlyReason`. `actor` is named on
  // saves, verifications and findings (default: the OS login).
  void setLabelSetTarget(qint64 projectId, const QString& projectName, const QString& reader, bool readOnly,
                         const QString& readOnlyReason, const QString& actor = QString());
  LabelSetKey labelSetKey() const;
  bool isReadOnly() const { return readOnly_; }
  QString readOnlyReason() const { return readOnlyReason_; }

  // ---- segments
  int activeSegment() const { return activeSegment_; }
  void setActiveSegment(int number);
  void stepActiveSegment(int delta);  // Q / W
  // A new segment ("Segment N", the vocabulary's first type and its colour), made active.
  Result<int> addSegment(const QString& label = QString());
  // The active segment; "Segment 1" at once (no dialog) when the series has none.
  Result<int> ensureActiveSegment();
  // A segment something computed (e.g. an ADC candidate mask): its description as given, its
  // mask applied as one edit under the edit policy. Two undo steps (the segment, its voxels).
  Result<int> addComputedSegment(Segment segment, const SegmentMask& mask, const QString& text);
  Status removeSegment(int number);
  // Name, description, codes, colour, algorithm, lock, verification (the mask stays).
  Status updateSegment(const Segment& info);
  // A reader confirms an imported segment.
  Status verifySegment(int number);

  // ---- masks
  EditPolicy policy() const { return policy_; }
  void setPolicy(const EditPolicy& policy) { policy_ = policy; }
  // A stroke: begin, paint any number of edits, end. The stroke is one undo step named `text`.
  void beginStroke();
  IndexBox paint(const MaskEdit& edit);
  void endStroke(const QString& text, bool semiautomatic = false);
  // One edit as one undo step (what the operations below end with).
  Status applyEdit(const MaskEdit& edit, const QString& text, bool semiautomatic = false);

  // Long operations run off the GUI thread on a copy of what they read, then apply their
  // result as one edit on the GUI thread. One at a time; cancel() stops it silently.
  using Computation = std::function<Result<BoxMask>(Progress&)>;
  bool startOperation(const QString& text, MaskEdit::Mode mode, bool semiautomatic, Computation compute);
  bool operationRunning() const { return operation_ != nullptr; }
  void cancelOperation();
  Progress* operationProgress() const;
  // The standard operations on the active segment.
  bool fillHoles(bool perSlice, int sliceAxis);
  bool removeIslands(int rule, double minimumMm3, const std::array<int, 3>& clicked);
  bool margin(double mm);
  bool interpolate(int axis);
  bool growRegionAt(const std::array<int, 3>& seed, const RegionGrowOptions& options);

  // ---- findings
  // Adds a finding (a tracking id "Finding N" and UID are given when missing) and returns its UID.
  Result<QString> addFinding(Finding finding);
  Status updateFinding(const Finding& finding);
  Status removeFinding(const QString& trackingUid);
  Status setNoFinding(bool noFinding);
  QString activeFinding() const { return activeFinding_; }
  void setActiveFinding(const QString& trackingUid);

  // ---- saving
  bool hasUnsavedChanges() const { return metadataDirty_ || !dirtySegments_.empty(); }
  Status saveNow();
  // After a conflict: drop this copy's unsaved edits and read the store's, or save this copy
  // over the other one.
  Status reloadFromStore();
  Status saveOverwriting();
  int autosaveDelayMs() const { return autosave_.interval(); }
  void setAutosaveDelayMs(int ms) { autosave_.setInterval(ms); }
  // Edits are waiting in this workstation's journal for the database.
  bool isJournalled() const { return journalled_; }
  // What the window should tell about the open series: another window has it open, or edits
  // came back from the journal.
  QString notice() const { return notice_; }
  // Edit sessions of this store left open by processes that are gone (a crash, kill -9): the
  // caller tells the user, whose work was saved until `savedAt`. They are marked ended.
  Result<std::vector<EditSessionRecord>> takeAbandonedSessions();

signals:
  void labelsChanged();  // a new series, segment or finding edits, undo of those
  void masksChanged(const rc::IndexBox& voxels);
  void activeSegmentChanged(int number);
  void activeFindingChanged(const QString& trackingUid);
  void saved(qint64 revision);
  void saveFailed(const QString& message, bool conflict);
  void operationStarted(const QString& text);
  void operationFinished(const QString& text, const QString& error);  // empty error: done or cancelled

private:
  friend class MaskStep;
  friend class LabelsStep;
  void onSeriesOpened();
  QString who() const;
  Status refuseIfReadOnly() const;
  void onSeriesClosed();
  void markChanged(const std::set<int>& segments, bool metadata);
  void applyMetadata(const LabelSet& snapshot);  // used by undo of labels steps
  void toggleMasks(const struct MaskChange& change);
  Status pushLabelsStep(const QString& text, const std::function<Status(LabelSet&)>& edit);
  Status save(bool overwrite);
  Status keepInJournal(const Status& failure);
  void bringBackFromJournal();
  void endEditSession();
  int labelNumber(const QString& prefix) const;

  Session* session_;
  Vocabulary vocabulary_;
  std::shared_ptr<LabelSet> labels_;
  std::unique_ptr<LabelEditor> editor_;
  qint64 revision_ = 0;
  qint64 projectId_ = 0;   // the set edited: see setLabelSetTarget
  QString projectName_;
  QString reader_;
  bool readOnly_ = false;
  bool editAudited_ = false;  // the audit log has this opening's "labels edited" row
  QString readOnlyReason_;
  QString actor_;
  EditPolicy policy_;
  int activeSegment_ = 0;
  QString activeFinding_;
  std::set<int> dirtySegments_;
  bool metadataDirty_ = false;
  bool conflicted_ = false;
  bool journalled_ = false;
  QTimer autosave_;
  qint64 editSession_ = 0;
  QString notice_;
  struct Operation;
  std::unique_ptr<Operation> operation_;
};

}  // namespace rc
