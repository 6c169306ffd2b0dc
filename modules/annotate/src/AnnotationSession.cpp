#include "annotate/AnnotationSession.h"

#include "EditSteps.h"
#include "core/LoginName.h"
#include "dicom/Uid.h"
#include "imaging/MaskOperations.h"
#include "imaging/RegionGrowing.h"
#include "storage/LabelJournal.h"
#include "storage/LabelStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSysInfo>
#include <QtConcurrent>

#include <algorithm>
#include <csignal>

namespace rc {

namespace {

struct AnnotateTr {
  Q_DECLARE_TR_FUNCTIONS(Annotation)
};

QString nowIso() { return QDateTime::currentDateTimeUtc().toString(Qt::ISODate); }

QString hostName() { return QSysInfo::machineHostName(); }

// Whether the process that opened an edit session still runs. Only a session on this host
// can be judged; a pid taken over by an unrelated program counts as gone.
bool processRuns(const EditSessionRecord& s) {
  if (s.host != hostName()) return true;
  if (s.pid <= 0 || ::kill(pid_t(s.pid), 0) != 0) return errno == EPERM;
  const QString exe = QFileInfo(QStringLiteral("/proc/%1/exe").arg(s.pid)).symLinkTarget();
  const QString name = QFileInfo(exe).fileName();
  return name == QFileInfo(QCoreApplication::applicationFilePath()).fileName() || name.startsWith(QLatin1String("radcurator"));
}

}  // namespace

struct AnnotationSession::Operation {
  QString text;
  MaskEdit::Mode mode;
  bool semiautomatic;
  int segment;
  Progress progress;
  QFutureWatcher<Result<BoxMask>> watcher;
};

AnnotationSession::AnnotationSession(Session* session, QObject* parent)
    : QObject(parent), session_(session), vocabulary_(Vocabulary::builtIn()) {
  autosave_.setSingleShot(true);
  autosave_.setInterval(2000);
  connect(&autosave_, &QTimer::timeout, this, [this] {
    if (const Status s = saveNow(); !s) emit saveFailed(s.error(), s.failureKind() == FailureKind::Conflict);
  });
  connect(session_, &Session::seriesOpened, this, &AnnotationSession::onSeriesOpened);
  connect(session_, &Session::seriesClosed, this, &AnnotationSession::onSeriesClosed);
  if (session_->hasSeries()) onSeriesOpened();
}

AnnotationSession::~AnnotationSession() {
  if (operation_) {
    operation_->progress.cancel();
    operation_->watcher.waitForFinished();
  }
  // Nobody is left to tell about a failure here; the window saves (and reports) before closing.
  if (hasUnsavedChanges() && !conflicted_) (void)saveNow();
  endEditSession();
  // The history's steps point here.
  session_->history()->clear();
}

Status AnnotationSession::useStoreVocabulary() {
  vocabulary_ = Vocabulary::builtIn();
  if (!session_->store()) return Status::success();
  const QString path = QDir(session_->store()->directory()).filePath(QStringLiteral("vocabulary.json"));
  if (!QFileInfo::exists(path)) return Status::success();
  auto loaded = Vocabulary::load(path);
  if (!loaded) return fail(loaded.error());
  vocabulary_ = std::move(loaded).value();
  emit labelsChanged();  // the panels show the new terms
  return Status::success();
}

QString AnnotationSession::who() const { return actor_.isEmpty() ? loginName() : actor_; }

void AnnotationSession::setLabelSetTarget(qint64 projectId, const QString& projectName, const QString& reader, bool readOnly,
                                          const QString& readOnlyReason, const QString& actor) {
  projectId_ = projectId;
  projectName_ = projectName;
  reader_ = reader;
  readOnly_ = readOnly;
  readOnlyReason_ = readOnlyReason;
  actor_ = actor;
}

LabelSetKey AnnotationSession::labelSetKey() const {
  return {session_->hasSeries() ? session_->series().seriesUid : QString(), projectId_, reader_};
}

Status AnnotationSession::refuseIfReadOnly() const {
  if (!readOnly_) return Status::success();
  return fail(readOnlyReason_.isEmpty() ? AnnotateTr::tr("these labels are open read-only") : readOnlyReason_);
}

void AnnotationSession::onSeriesOpened() {
  onSeriesClosed();
  const auto& store = session_->store();
  if (!store || !session_->hasSeries()) return;
  const QString uid = session_->series().seriesUid;
  CaseDatabase db(*store);
  auto stored = db.isOpen() ? LabelStore(db).load(LabelSetKey{uid, projectId_, reader_}) : Result<std::optional<StoredLabels>>(fail(db.openError()));
  labels_ = std::make_shared<LabelSet>();
  labels_->seriesInstanceUid = uid;
  revision_ = 0;
  if (stored && stored->has_value()) {
    *labels_ = std::move(stored.value()->labels);
    revision_ = stored.value()->revision;
  } else if (!stored) {
    emit saveFailed(stored.error(), false);
  }
  editor_ = std::make_unique<LabelEditor>(labels_.get(), session_->volume().get());
  editAudited_ = false;
  activeSegment_ = labels_->segments.empty() ? 0 : labels_->segments.front().number;
  activeFinding_.clear();
  dirtySegments_.clear();
  metadataDirty_ = conflicted_ = false;
  // Who else has the series open; then this window's own edit session.
  notice_.clear();
  if (db.isOpen()) {
    EditSessions sessions(db);
    if (const auto open = sessions.open(uid)) {
      for (const EditSessionRecord& other : open.value()) {
        if (!processRuns(other)) continue;  // left by a crash: takeAbandonedSessions() reports it
        notice_ = AnnotateTr::tr("This series is also open in another RadCurator window (%1, process %2, since %3). "
                                 "Saves are checked against each other: the later one is told, nothing is overwritten.")
                      .arg(other.host)
                      .arg(other.pid)
                      .arg(other.startedAt);
      }
    }
    if (const auto id = sessions.begin(uid, hostName(), QCoreApplication::applicationPid(), who())) editSession_ = id.value();
  }
  journalled_ = false;
  if (!readOnly_ && stored) bringBackFromJournal();
  emit labelsChanged();
  emit activeSegmentChanged(activeSegment_);
}

void AnnotationSession::onSeriesClosed() {
  if (!labels_) return;
  cancelOperation();
  if (hasUnsavedChanges() && !conflicted_)
    if (const Status s = saveNow(); !s) emit saveFailed(s.error(), s.failureKind() == FailureKind::Conflict);
  endEditSession();
  autosave_.stop();
  editor_.reset();
  labels_.reset();
  activeSegment_ = 0;
  activeFinding_.clear();
  emit labelsChanged();
}

void AnnotationSession::endEditSession() {
  if (!editSession_ || !session_->store()) return;
  CaseDatabase db(*session_->store());
  // A record left open only makes the next start say this session crashed.
  if (db.isOpen()) (void)EditSessions(db).end(editSession_);
  editSession_ = 0;
}

Result<std::vector<EditSessionRecord>> AnnotationSession::takeAbandonedSessions() {
  if (!session_->store()) return std::vector<EditSessionRecord>();
  CaseDatabase db(*session_->store());
  if (!db.isOpen()) return fail(db.openError());
  EditSessions sessions(db);
  auto open = sessions.open();
  if (!open) return open.failure();
  std::vector<EditSessionRecord> abandoned;
  for (const EditSessionRecord& s : open.value()) {
    if (s.id == editSession_ || processRuns(s)) continue;
    (void)sessions.end(s.id, QStringLiteral("crashed"));  // reported either way
    abandoned.push_back(s);
  }
  return abandoned;
}

// ---- changes and saving -------------------------------------------------------------------

void AnnotationSession::markChanged(const std::set<int>& segments, bool metadata) {
  dirtySegments_.insert(segments.begin(), segments.end());
  metadataDirty_ = metadataDirty_ || metadata;
  // Started once, not restarted: a reader painting without pause still reaches disk every
  // interval.
  if (!autosave_.isActive() && !conflicted_) autosave_.start();
}

Status AnnotationSession::saveNow() { return save(false); }
Status AnnotationSession::saveOverwriting() { return save(true); }

Status AnnotationSession::save(bool overwrite) {
  autosave_.stop();
  if (readOnly_) return Status::success();  // nothing of a read-only set is ever written, not even "as it is"
  if (!labels_ || !session_->store()) return Status::success();
  if (!hasUnsavedChanges() && !overwrite) return Status::success();
  CaseDatabase db(*session_->store());
  if (!db.isOpen()) {
    autosave_.start();
    return keepInJournal(fail(db.openError()));
  }
  LabelStore store(db);
  std::set<int> changed = dirtySegments_;
  if (overwrite)
    for (const Segment& s : labels_->segments) changed.insert(s.number);
  const auto result = store.save(labelSetKey(), *labels_, changed, overwrite ? std::nullopt : std::optional<qint64>(revision_), who());
  if (!result) {
    conflicted_ = result.failureKind() == FailureKind::Conflict;
    if (conflicted_) {
      // A copy brought back from the journal stays there, with what was edited since, until
      // the reader decides.
      if (journalled_) (void)keepInJournal(result.failure());
      return result.failure();
    }
    autosave_.start();  // try again later (a lost connection, a locked database, a full disk)
    return keepInJournal(result.failure());
  }
  revision_ = result.value();
  if (journalled_) {
    journalled_ = false;
    (void)LabelJournal(*session_->store()).drop(labelSetKey());
  }
  // Who edited which set: one audit row per opening of a series, not one per autosave.
  if (!editAudited_) {
    editAudited_ = true;
    (void)db.recordAudit(QStringLiteral("labels edited"), session_->series().patientCode,
                         reader_.isEmpty() ? QStringLiteral("the store's labels") : QStringLiteral("the labels of %1").arg(reader_), who(),
                         projectName_, labels_->seriesInstanceUid);
  }
  dirtySegments_.clear();
  metadataDirty_ = conflicted_ = false;
  if (editSession_) (void)EditSessions(db).noteSaved(editSession_);  // only the crash notice's time
  emit saved(revision_);
  return Status::success();
}

Status AnnotationSession::keepInJournal(const Status& failure) {
  JournalEntry entry{labelSetKey(), *labels_, revision_, dirtySegments_, metadataDirty_, QString()};
  if (const Status kept = LabelJournal(*session_->store()).keep(entry); !kept)
    return fail(AnnotateTr::tr("%1; the edits could not be kept on this workstation either (%2): do not close the window")
                    .arg(failure.error(), kept.error()));
  journalled_ = true;
  return fail(AnnotateTr::tr("%1. The edits are kept on this workstation and are saved as soon as the database can be reached.")
                  .arg(failure.error()));
}

void AnnotationSession::bringBackFromJournal() {
  auto found = LabelJournal(*session_->store()).find(labelSetKey());
  if (!found) {
    emit saveFailed(found.error(), false);
    return;
  }
  if (!found->has_value()) return;
  JournalEntry& entry = **found;
  *labels_ = std::move(entry.labels);
  editor_ = std::make_unique<LabelEditor>(labels_.get(), session_->volume().get());
  dirtySegments_ = entry.changedSegments;
  for (const Segment& segment : labels_->segments) dirtySegments_.insert(segment.number);
  metadataDirty_ = true;
  journalled_ = true;
  if (entry.basedOn == revision_) {
    notice_ = AnnotateTr::tr("Edits of %1 that had not reached the database were brought back from this workstation's journal "
                             "and are being saved.")
                  .arg(entry.keptAt);
    autosave_.start();
    return;
  }
  // Saved as what it is, an edit of revision basedOn: refused until the reader decides.
  const qint64 storedRevision = revision_;
  revision_ = entry.basedOn;
  conflicted_ = true;
  notice_ = AnnotateTr::tr("Edits of %1 kept on this workstation were made on revision %2 of these labels, but the store now holds "
                           "revision %3: save them over the store's, or reload the store's to drop them.")
                .arg(entry.keptAt)
                .arg(entry.basedOn)
                .arg(storedRevision);
}

Status AnnotationSession::reloadFromStore() {
  if (journalled_) {
    // The reader chose the store's labels over the copy the journal held.
    journalled_ = false;
    if (const Status dropped = LabelJournal(*session_->store()).drop(labelSetKey()); !dropped) return dropped;
  }
  dirtySegments_.clear();
  metadataDirty_ = conflicted_ = false;
  autosave_.stop();
  session_->history()->clear();  // the steps describe edits of the copy being dropped
  const qint64 keepSession = editSession_;
  editSession_ = 0;  // onSeriesOpened would end it and open another
  const int keepActive = activeSegment_;
  onSeriesOpened();
  if (editSession_ && keepSession) {
    CaseDatabase db(*session_->store());
    if (db.isOpen()) (void)EditSessions(db).end(editSession_);
    editSession_ = keepSession;
  }
  if (labels_ && labels_->segment(keepActive)) setActiveSegment(keepActive);
  return Status::success();
}

// ---- segments ------------------------------------------------------------------------------

int AnnotationSession::labelNumber(const QString& prefix) const {
  int n = 1;
  auto taken = [&](int k) {
    const QString name = prefix.arg(k);
    for (const Segment& s : labels_->segments)
      if (s.label == name) return true;
    for (const Finding& f : labels_->findings)
      if (f.trackingId == name) return true;
    return false;
  };
  while (taken(n)) ++n;
  return n;
}

void AnnotationSession::setActiveSegment(int number) {
  if (!labels_ || (number != 0 && !labels_->segment(number)) || number == activeSegment_) return;
  activeSegment_ = number;
  emit activeSegmentChanged(number);
}

void AnnotationSession::stepActiveSegment(int delta) {
  if (!labels_ || labels_->segments.empty()) return;
  const auto& s = labels_->segments;
  auto it = std::find_if(s.begin(), s.end(), [&](const Segment& x) { return x.number == activeSegment_; });
  const int at = it == s.end() ? 0 : int(it - s.begin());
  const int n = int(s.size());
  setActiveSegment(s[size_t(((at + delta) % n + n) % n)].number);
}

Status AnnotationSession::pushLabelsStep(const QString& text, const std::function<Status(LabelSet&)>& edit) {
  if (const Status ro = refuseIfReadOnly(); !ro) return ro;
  if (!labels_) return fail(AnnotateTr::tr("no series is open"));
  const LabelSet before = withoutMasks(*labels_);
  const Status s = edit(*labels_);
  if (!s) return s;
  // The voxels of segments on one side only go into the step: a removed segment's leave the
  // map (the step brings them back on undo), an added one's are kept for redo.
  std::set<int> added;
  std::map<int, QByteArray> oneSided;
  for (const Segment& seg : labels_->segments)
    if (!before.segment(seg.number)) added.insert(seg.number), oneSided[seg.number] = labels_->voxels.extract(seg.number).encode();
  for (const Segment& seg : before.segments)
    if (!labels_->segment(seg.number)) {
      oneSided[seg.number] = labels_->voxels.extract(seg.number).encode();
      labels_->voxels.removeSegment(seg.number);
    }
  session_->history()->push(std::make_unique<LabelsStep>(this, text, before, withoutMasks(*labels_), std::move(oneSided)));
  markChanged(added, true);
  if (!labels_->segment(activeSegment_)) {
    activeSegment_ = labels_->segments.empty() ? 0 : labels_->segments.back().number;
    emit activeSegmentChanged(activeSegment_);
  }
  emit labelsChanged();
  return Status::success();
}

void AnnotationSession::applyMetadata(const LabelSet& labels) {
  (void)labels;
  if (!labels_->segment(activeSegment_)) {
    activeSegment_ = labels_->segments.empty() ? 0 : labels_->segments.front().number;
    emit activeSegmentChanged(activeSegment_);
  }
  emit labelsChanged();
  if (session_->volume()) emit masksChanged(IndexBox::of(session_->volume()->dimensions()));
}

Result<int> AnnotationSession::addSegment(const QString& label) {
  if (const Status ro = refuseIfReadOnly(); !ro) return fail(ro.error());
  if (!labels_ || !session_->volume()) return fail(AnnotateTr::tr("open a series first"));
  const int number = labels_->nextSegmentNumber();
  const QString name = label.trimmed().isEmpty() ? AnnotateTr::tr("Segment %1").arg(labelNumber(AnnotateTr::tr("Segment %1"))) : label.trimmed();
  const Status s = pushLabelsStep(AnnotateTr::tr("New segment %1").arg(name), [&](LabelSet& set) {
    Segment seg;
    seg.number = number;
    seg.label = name;
    const auto [category, type] = vocabulary_.defaultSegmentCodes();
    seg.category = category;
    seg.type = type;
    const VocabularyTerm* term = vocabulary_.find(type);
    seg.color = set.segments.empty() && term && term->color ? *term->color : segmentPaletteColor(number - 1);
    seg.algorithm = SegmentAlgorithm::Manual;
    seg.trackingId = name;
    seg.trackingUid = newUid();
    seg.verified = true;
    seg.verifiedBy = who();
    seg.verifiedAt = nowIso();
    if (set.voxels.dimensions() != session_->volume()->dimensions()) set.voxels = LabelMap(session_->volume()->dimensions());
    set.voxels.addSegment(number);
    set.segments.push_back(std::move(seg));
    return Status::success();
  });
  if (!s) return s.failure();
  setActiveSegment(number);
  return number;
}

Result<int> AnnotationSession::addComputedSegment(Segment segment, const SegmentMask& mask, const QString& text) {
  if (const Status ro = refuseIfReadOnly(); !ro) return fail(ro.error());
  if (!labels_ || !session_->volume()) return fail(AnnotateTr::tr("open a series first"));
  const auto dims = session_->volume()->dimensions();
  if (mask.dimensions() != dims) return fail(AnnotateTr::tr("the computed mask is not on the grid of the open series"));
  const int number = labels_->nextSegmentNumber();
  segment.number = number;
  const Status added = pushLabelsStep(AnnotateTr::tr("New segment %1").arg(segment.label), [&](LabelSet& set) {
    if (set.voxels.dimensions() != dims) set.voxels = LabelMap(dims);
    set.voxels.addSegment(number);
    set.segments.push_back(segment);
    return Status::success();
  });
  if (!added) return added.failure();
  setActiveSegment(number);
  if (const auto bounds = mask.bounds()) {
    const Status painted = applyEdit(MaskEdit{number, MaskEdit::Mode::Add, BoxMask::of(mask, *bounds)}, text, true);
    if (!painted) return painted.failure();
  }
  return number;
}

Result<int> AnnotationSession::ensureActiveSegment() {
  if (labels_ && labels_->segment(activeSegment_)) return activeSegment_;
  if (labels_ && !labels_->segments.empty()) {
    setActiveSegment(labels_->segments.front().number);
    return activeSegment_;
  }
  return addSegment();
}

Status AnnotationSession::removeSegment(int number) {
  if (!labels_ || !labels_->segment(number)) return fail(AnnotateTr::tr("no segment %1").arg(number));
  const QString name = labels_->segment(number)->label;
  return pushLabelsStep(AnnotateTr::tr("Delete segment %1").arg(name), [&](LabelSet& set) {
    set.segments.erase(std::remove_if(set.segments.begin(), set.segments.end(), [&](const Segment& s) { return s.number == number; }),
                       set.segments.end());
    for (Finding& f : set.findings)
      if (f.segmentNumber == number) f.segmentNumber = 0;
    return Status::success();
  });
}

Status AnnotationSession::updateSegment(const Segment& info) {
  if (!labels_ || !labels_->segment(info.number)) return fail(AnnotateTr::tr("no segment %1").arg(info.number));
  if (info.label.trimmed().isEmpty()) return fail(AnnotateTr::tr("a segment needs a name"));
  return pushLabelsStep(AnnotateTr::tr("Edit segment %1").arg(info.label), [&](LabelSet& set) {
    Segment* s = set.segment(info.number);
    *s = info;
    s->label = info.label.trimmed();
    return Status::success();
  });
}

Status AnnotationSession::verifySegment(int number) {
  if (!labels_ || !labels_->segment(number)) return fail(AnnotateTr::tr("no segment %1").arg(number));
  Segment info = *labels_->segment(number);
  info.verified = true;
  info.verifiedBy = who();
  info.verifiedAt = nowIso();
  return pushLabelsStep(AnnotateTr::tr("Verify segment %1").arg(info.label), [&](LabelSet& set) {
    Segment* s = set.segment(number);
    s->verified = true;
    s->verifiedBy = info.verifiedBy;
    s->verifiedAt = info.verifiedAt;
    return Status::success();
  });
}

// ---- masks -----------------------------------------------------------------------------------

void AnnotationSession::beginStroke() {
  if (readOnly_) return;
  if (editor_) editor_->beginStroke();
}

IndexBox AnnotationSession::paint(const MaskEdit& edit) {
  if (readOnly_) return {};
  if (!editor_) return {};
  const IndexBox changed = editor_->apply(edit, policy_);
  if (!changed.isEmpty()) emit masksChanged(changed);
  return changed;
}

void AnnotationSession::endStroke(const QString& text, bool semiautomatic) {
  if (!editor_ || !editor_->inStroke()) return;
  MaskChange change = editor_->endStroke();
  if (change.isEmpty()) return;
  std::set<int> segments;
  for (const auto& part : change.parts) segments.insert(part.segment);
  // Editing an imported segment is verifying it; a model's segment a reader changed (or one
  // grown by a tool) becomes semi-automatic.
  std::optional<Segment> before, after;
  if (Segment* s = labels_->segment(activeSegment_); s && segments.count(s->number)) {
    const bool toSemi = (s->algorithm == SegmentAlgorithm::Automatic) || (semiautomatic && s->algorithm == SegmentAlgorithm::Manual);
    if (toSemi || !s->verified) {
      Segment meta = *s;
      before = meta;
      if (toSemi) {
        meta.algorithm = SegmentAlgorithm::Semiautomatic;
        if (meta.algorithmName.isEmpty() || semiautomatic) meta.algorithmName = QStringLiteral("RadCurator");
      }
      meta.verified = true;
      meta.verifiedBy = who();
      meta.verifiedAt = nowIso();
      after = meta;
      *s = meta;
    }
  }
  session_->history()->push(std::make_unique<MaskStep>(this, text, std::move(change), before, after));
  markChanged(segments, after.has_value());
  if (after) emit labelsChanged();
}

Status AnnotationSession::applyEdit(const MaskEdit& edit, const QString& text, bool semiautomatic) {
  if (const Status ro = refuseIfReadOnly(); !ro) return ro;
  if (!editor_) return fail(AnnotateTr::tr("no series is open"));
  const Segment* s = labels_->segment(edit.segment);
  if (!s) return fail(AnnotateTr::tr("no segment %1").arg(edit.segment));
  if (s->locked) return fail(AnnotateTr::tr("segment %1 is locked").arg(s->label));
  beginStroke();
  paint(edit);
  endStroke(text, semiautomatic);
  return Status::success();
}

void AnnotationSession::toggleMasks(const MaskChange& change) {
  if (!editor_) return;
  const IndexBox box = editor_->toggle(change);
  std::set<int> segments;
  for (const auto& part : change.parts) segments.insert(part.segment);
  markChanged(segments, false);
  if (!box.isEmpty()) emit masksChanged(box);
}

// ---- long operations -------------------------------------------------------------------------

bool AnnotationSession::startOperation(const QString& text, MaskEdit::Mode mode, bool semiautomatic, Computation compute) {
  if (readOnly_) return false;
  if (operation_ || !labels_) return false;
  const Segment* s = labels_->segment(activeSegment_);
  if (!s || s->locked) return false;
  operation_ = std::make_unique<Operation>();
  Operation* op = operation_.get();
  op->text = text;
  op->mode = mode;
  op->semiautomatic = semiautomatic;
  op->segment = s->number;
  connect(&op->watcher, &QFutureWatcher<Result<BoxMask>>::finished, this, [this, op] {
    Result<BoxMask> result = op->watcher.result();
    const QString text = op->text;
    QString error;
    if (!result) {
      if (!result.cancelled()) error = result.error();
    } else if (!op->progress.cancelled() && labels_ && labels_->segment(op->segment)) {
      MaskEdit edit{op->segment, op->mode, std::move(result).value()};
      if (const Status applied = applyEdit(edit, text, op->semiautomatic); !applied) error = applied.error();
    }
    operation_.reset();
    emit operationFinished(text, error);
  });
  emit operationStarted(text);
  op->watcher.setFuture(QtConcurrent::run([compute = std::move(compute), op] { return compute(op->progress); }));
  return true;
}

void AnnotationSession::cancelOperation() {
  if (operation_) operation_->progress.cancel();
}

Progress* AnnotationSession::operationProgress() const { return operation_ ? &operation_->progress : nullptr; }

bool AnnotationSession::fillHoles(bool perSlice, int sliceAxis) {
  const Segment* s = labels_ ? labels_->segment(activeSegment_) : nullptr;
  if (!s) return false;
  auto mask = std::make_shared<SegmentMask>(labels_->voxels.extract(s->number));  // a copy: the GUI may paint meanwhile
  return startOperation(AnnotateTr::tr("Fill holes"), MaskEdit::Mode::Add, false, [mask, perSlice, sliceAxis](Progress&) {
    return Result<BoxMask>(rc::fillHoles(*mask, perSlice ? std::optional<int>(sliceAxis) : std::nullopt));
  });
}

bool AnnotationSession::removeIslands(int rule, double minimumMm3, const std::array<int, 3>& clicked) {
  const Segment* s = labels_ ? labels_->segment(activeSegment_) : nullptr;
  if (!s || !session_->volume()) return false;
  auto mask = std::make_shared<SegmentMask>(labels_->voxels.extract(s->number));
  const Vec3 spacing = session_->volume()->spacing;
  const IslandOptions options{IslandRule(std::clamp(rule, 0, 2)), minimumMm3, clicked};
  return startOperation(AnnotateTr::tr("Islands"), MaskEdit::Mode::Replace, false,
                        [mask, spacing, options](Progress&) { return islands(*mask, spacing, options); });
}

bool AnnotationSession::margin(double mm) {
  const Segment* s = labels_ ? labels_->segment(activeSegment_) : nullptr;
  if (!s || !session_->volume() || mm == 0) return false;
  auto mask = std::make_shared<SegmentMask>(labels_->voxels.extract(s->number));
  const Vec3 spacing = session_->volume()->spacing;
  return startOperation(mm > 0 ? AnnotateTr::tr("Grow by %1 mm").arg(mm) : AnnotateTr::tr("Shrink by %1 mm").arg(-mm),
                        MaskEdit::Mode::Replace, false,
                        [mask, spacing, mm](Progress&) { return Result<BoxMask>(rc::margin(*mask, spacing, mm)); });
}

bool AnnotationSession::interpolate(int axis) {
  const Segment* s = labels_ ? labels_->segment(activeSegment_) : nullptr;
  if (!s || !session_->volume()) return false;
  auto mask = std::make_shared<SegmentMask>(labels_->voxels.extract(s->number));
  const Vec3 spacing = session_->volume()->spacing;
  return startOperation(AnnotateTr::tr("Interpolate slices"), MaskEdit::Mode::Add, true,
                        [mask, spacing, axis](Progress& p) { return interpolateSlices(*mask, axis, spacing, p); });
}

bool AnnotationSession::growRegionAt(const std::array<int, 3>& seed, const RegionGrowOptions& options) {
  std::shared_ptr<const Volume> volume = session_->volume();
  if (!volume) return false;
  return startOperation(AnnotateTr::tr("Region growing"), MaskEdit::Mode::Add, true,
                        [volume, seed, options](Progress&) { return growRegion(*volume, seed, options); });
}

// ---- findings --------------------------------------------------------------------------------

void AnnotationSession::setActiveFinding(const QString& trackingUid) {
  if (trackingUid == activeFinding_) return;
  activeFinding_ = trackingUid;
  emit activeFindingChanged(trackingUid);
}

Result<QString> AnnotationSession::addFinding(Finding finding) {
  if (const Status ro = refuseIfReadOnly(); !ro) return fail(ro.error());
  if (!labels_) return fail(AnnotateTr::tr("open a series first"));
  if (finding.trackingId.trimmed().isEmpty())
    finding.trackingId = AnnotateTr::tr("Finding %1").arg(labelNumber(AnnotateTr::tr("Finding %1")));
  if (finding.trackingUid.isEmpty()) finding.trackingUid = newUid();
  if (labels_->finding(finding.trackingUid)) return fail(AnnotateTr::tr("finding %1 exists already").arg(finding.trackingId));
  if (finding.reader.isEmpty()) finding.reader = who();
  finding.createdAt = finding.updatedAt = nowIso();
  const Status s = pushLabelsStep(AnnotateTr::tr("New finding %1").arg(finding.trackingId), [&](LabelSet& set) {
    set.findings.push_back(finding);
    set.noFinding = false;  // a finding ends "no finding"
    return Status::success();
  });
  if (!s) return s.failure();
  setActiveFinding(finding.trackingUid);
  return finding.trackingUid;
}

Status AnnotationSession::updateFinding(const Finding& finding) {
  if (!labels_ || !labels_->finding(finding.trackingUid)) return fail(AnnotateTr::tr("no such finding"));
  if (finding.trackingId.trimmed().isEmpty()) return fail(AnnotateTr::tr("a finding needs a name"));
  return pushLabelsStep(AnnotateTr::tr("Edit finding %1").arg(finding.trackingId), [&](LabelSet& set) {
    for (Finding& f : set.findings)
      if (f.trackingUid == finding.trackingUid) {
        const QString created = f.createdAt;
        f = finding;
        f.createdAt = created;
        f.updatedAt = nowIso();
        if (f.reader.isEmpty()) f.reader = who();
      }
    return Status::success();
  });
}

Status AnnotationSession::removeFinding(const QString& trackingUid) {
  const Finding* f = labels_ ? labels_->finding(trackingUid) : nullptr;
  if (!f) return fail(AnnotateTr::tr("no such finding"));
  const QString name = f->trackingId;
  const Status s = pushLabelsStep(AnnotateTr::tr("Delete finding %1").arg(name), [&](LabelSet& set) {
    set.findings.erase(std::remove_if(set.findings.begin(), set.findings.end(), [&](const Finding& x) { return x.trackingUid == trackingUid; }),
                       set.findings.end());
    return Status::success();
  });
  if (s && activeFinding_ == trackingUid) setActiveFinding(QString());
  return s;
}

Status AnnotationSession::setNoFinding(bool noFinding) {
  if (!labels_) return fail(AnnotateTr::tr("open a series first"));
  if (noFinding && !labels_->findings.empty())
    return fail(AnnotateTr::tr("the series has findings; delete them before marking it \"no finding\""));
  if (labels_->noFinding == noFinding) return Status::success();
  return pushLabelsStep(noFinding ? AnnotateTr::tr("Mark \"no finding\"") : AnnotateTr::tr("Clear \"no finding\""), [&](LabelSet& set) {
    set.noFinding = noFinding;
    set.noFindingBy = noFinding ? who() : QString();
    set.noFindingAt = noFinding ? nowIso() : QString();
    return Status::success();
  });
}

}  // namespace rc
