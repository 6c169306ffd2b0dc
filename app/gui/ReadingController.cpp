#include "ReadingController.h"

#include "MainWindow.h"
#include "annotate/AnnotationSession.h"
#include "annotate/Vocabulary.h"
#include "core/LoginName.h"

namespace rc {

ReadingController::ReadingController(MainWindow* window, AnnotationSession* annotation, QObject* parent)
    : QObject(parent), window_(window), annotation_(annotation) {
  connect(annotation_, &AnnotationSession::saved, this, &ReadingController::onLabelsSaved);
}

ReadingController::~ReadingController() = default;

Status ReadingController::storeOpened(const QString& login) {
  storeClosed();
  const auto& store = window_->session()->store();
  if (!store) return Status::success();
  db_ = std::make_unique<CaseDatabase>(*store);
  if (!db_->isOpen()) return fail(db_->openError());
  // A local account has a password: asked once per store.
  const auto person = ReadingStore(*db_).person(login.isEmpty() ? loginName() : login);
  std::optional<QString> password;
  if (person && person->has_value() && !person.value()->passwordHash.isEmpty() && passwordProvider_) password = passwordProvider_(login);
  auto study = ReadingStudy::open(*db_, login, password);
  if (!study) {
    db_.reset();
    problem_ = study.error();
    emit worklistChanged();
    return fail(study.error());
  }
  study_.emplace(std::move(*study));
  const QStringList names = projectNames();
  if (!names.isEmpty()) return setProject(names.front());
  emit worklistChanged();
  return Status::success();
}

void ReadingController::storeClosed() {
  leaveReading();
  problem_.clear();
  project_.reset();
  study_.reset();
  db_.reset();
  model_.setCases({});
  emit worklistChanged();
}

QStringList ReadingController::projectNames() {
  QStringList out;
  if (!study_) return out;
  const auto projects = study_->store().projects();
  if (projects)
    for (const ProjectRecord& p : *projects)
      if (p.archivedAt.isEmpty()) out << p.name;
  return out;
}

Status ReadingController::setProject(const QString& name) {
  if (!study_) return fail(tr("no store is open"));
  const auto p = study_->project(name);
  if (!p) return fail(p.error());
  project_ = *p;
  return refresh();
}

Status ReadingController::refresh() {
  if (!study_ || !project_) {
    model_.setCases({});
    emit worklistChanged();
    return Status::success();
  }
  auto cases = study_->worklist(*project_);
  if (!cases) return fail(cases.error());
  model_.setCases(std::move(*cases));
  emit worklistChanged();
  return Status::success();
}

Status ReadingController::openRow(int row) {
  if (!study_ || !project_ || row < 0 || row >= model_.rowCount()) return fail(tr("no such case in the worklist"));
  const WorklistRow& r = model_.rowAt(row);
  const CaseRecord& c = *r.caseRecord;
  // A case nobody reads yet (or an excluded one) opens in the store's own labels, as from the
  // study browser; a reader opens their own reading, others a reading the study lets them see.
  if (r.reader.isEmpty()) {
    if (annotation_->hasUnsavedChanges())
      if (const Status saved = annotation_->saveNow(); !saved) return saved;
    leaveReading();
    openSeries_ = c.seriesUid;
    if (!window_->openSeriesByUid(c.seriesUid)) {
      openSeries_.clear();
      return fail(tr("series %1 is not in the store").arg(c.seriesUid));
    }
    emit readingOpened(c.seriesUid, QString(), false, QString());
    return Status::success();
  }
  const QString reader = r.reader;
  const SetAccess access = study_->access(*project_, c, reader);
  if (!access.canOpen) return fail(access.reason);
  if (annotation_->hasUnsavedChanges())
    if (const Status saved = annotation_->saveNow(); !saved) return saved;
  annotation_->setLabelSetTarget(project_->id, project_->name, reader, access.readOnly, access.reason, study_->actor().login);
  correcting_ = false;
  // The project's own vocabulary (a JSON file), else the store's.
  if (project_->vocabulary.endsWith(QLatin1String(".json"))) {
    auto terms = Vocabulary::load(project_->vocabulary);
    if (!terms) return fail(tr("project %1: %2").arg(project_->name, terms.error()));
    annotation_->setVocabulary(std::move(*terms));
  } else if (const Status terms = annotation_->useStoreVocabulary(); !terms) {
    return terms;
  }
  openSeries_ = c.seriesUid;
  openReader_ = reader;
  startedNoted_ = false;
  if (!window_->openSeriesByUid(c.seriesUid)) {
    leaveReading();
    return fail(tr("series %1 is not in the store").arg(c.seriesUid));
  }
  // A returned reading opens with the reviewer's comment in view.
  emit readingOpened(c.seriesUid, reader, access.readOnly,
                     !access.readOnly && r.status == reading::returned ? tr("returned: %1").arg(r.reason) : access.reason);
  return Status::success();
}

bool ReadingController::step(int delta) {
  int row = openSeries_.isEmpty() ? -1 : model_.rowOf(openSeries_, openReader_ == kConsensusReader ? QString() : openReader_);
  const int next = row < 0 ? (delta > 0 ? 0 : -1) : model_.nextRow(row, delta);
  if (next < 0 || next >= model_.rowCount()) return false;
  if (const Status opened = openRow(next); !opened) {
    emit failed(opened.error());
    return false;
  }
  return true;
}

void ReadingController::leaveReading() {
  if (openSeries_.isEmpty()) return;
  correcting_ = false;
  openSeries_.clear();
  openReader_.clear();
  annotation_->setLabelSetTarget(0, QString(), QString(), false, QString());
  (void)annotation_->useStoreVocabulary();  // a project's own terms end with its case
}

Status ReadingController::reopen(const QString& seriesUid, const QString& reader) {
  if (const Status r = refresh(); !r) return r;
  const int row = model_.rowOf(seriesUid, reader);
  return row >= 0 ? openRow(row) : Status::success();
}

Status ReadingController::createProject(const ProjectRecord& project) {
  if (!study_) return fail(tr("no store is open"));
  if (const auto made = study_->createProject(project); !made) return fail(made.error());
  return setProject(project.name);
}

Result<int> ReadingController::addEverySeries(const QString& category) {
  if (!study_ || !project_) return fail(tr("no project is open"));
  const auto series = db_->listSeries();
  if (!series) return fail(series.error());
  QStringList uids;
  for (const SeriesSummary& s : *series) uids << s.seriesUid;
  auto added = study_->addCases(*project_, uids, category);
  if (added) (void)refresh();
  return added;
}

Result<int> ReadingController::assignRoundRobin(const QStringList& readers) {
  if (!study_ || !project_) return fail(tr("no project is open"));
  auto made = study_->assignRoundRobin(*project_, readers);
  if (made) (void)refresh();
  return made;
}

QStringList ReadingController::balance(QStringList* shortOf) const {
  QStringList out;
  if (!project_) return out;
  for (const CategoryCount& b : cohortBalance(*project_, model_.cases())) {
    if (!b.target) continue;
    out << QStringLiteral("%1 %2/%3").arg(b.category).arg(b.cases).arg(*b.target);
    if (shortOf && b.isShort()) *shortOf << b.category;
  }
  return out;
}

Status ReadingController::submitOpen() {
  if (!study_ || !project_ || openSeries_.isEmpty()) return fail(tr("open a case of the worklist first"));
  if (openReader_ != study_->actor().login) return fail(tr("only %1 submits this reading").arg(openReader_));
  // What is on screen is what is submitted: unsaved edits first.
  if (const Status saved = annotation_->saveNow(); !saved) return saved;
  if (const Status submitted = study_->submit(*project_, openSeries_); !submitted) return submitted;
  const QString series = openSeries_, reader = openReader_;
  return reopen(series, reader);
}

Status ReadingController::acceptOpen(const QString& comment) {
  if (!study_ || !project_ || openSeries_.isEmpty()) return fail(tr("open a reading of the worklist first"));
  const QString series = openSeries_, reader = openReader_;
  if (const Status done = study_->accept(*project_, series, reader, comment); !done) return done;
  return reopen(series, reader);
}

Status ReadingController::returnOpen(const QString& reason) {
  if (!study_ || !project_ || openSeries_.isEmpty()) return fail(tr("open a reading of the worklist first"));
  const QString series = openSeries_, reader = openReader_;
  if (const Status done = study_->returnToReader(*project_, series, reader, reason); !done) return done;
  return reopen(series, reader);
}

Status ReadingController::consensusOfOpen(const ConsensusSource& source) {
  if (!study_ || !project_ || openSeries_.isEmpty()) return fail(tr("open a case of the worklist first"));
  const QString series = openSeries_;
  if (const auto made = study_->makeConsensus(*project_, series, source); !made) return fail(made.error());
  // The consensus opens for editing.
  const auto c = study_->store().caseOf(project_->id, series);
  if (!c || !c->has_value()) return fail(c ? tr("the case is gone") : c.error());
  const SetAccess access = study_->access(*project_, **c, kConsensusReader);
  annotation_->setLabelSetTarget(project_->id, project_->name, kConsensusReader, access.readOnly, access.reason, study_->actor().login);
  openReader_ = kConsensusReader;
  if (const Status reloaded = annotation_->reloadFromStore(); !reloaded) return reloaded;
  emit readingOpened(series, kConsensusReader, access.readOnly, access.reason);
  return refresh();
}

Status ReadingController::startCorrection() {
  if (!study_ || !project_ || openSeries_.isEmpty()) return fail(tr("open a reading of the worklist first"));
  if (!study_->actorHas(role::reviewer)) return fail(tr("%1 may not correct readings: that needs the role reviewer").arg(study_->actor().login));
  if (openReader_ == study_->actor().login || openReader_ == kConsensusReader) return fail(tr("only another reader's submitted reading is corrected"));
  const int row = model_.rowOf(openSeries_, openReader_);
  const QString status = row >= 0 ? model_.rowAt(row).status : QString();
  if (status != reading::submitted && status != reading::inReview)
    return fail(tr("only a submitted reading can be corrected; %1's is %2").arg(openReader_, reading::statusText(status)));
  annotation_->setLabelSetTarget(project_->id, project_->name, openReader_, false, QString(), study_->actor().login);
  if (const Status reloaded = annotation_->reloadFromStore(); !reloaded) return reloaded;
  correcting_ = true;
  emit readingOpened(openSeries_, openReader_, false, QString());
  return Status::success();
}

Status ReadingController::finishCorrection(const QString& note) {
  if (!correcting_ || !study_ || !project_) return fail(tr("no correction is under way"));
  if (const Status saved = annotation_->saveNow(); !saved) return saved;
  const auto labels = annotation_->labels();
  if (!labels) return fail(tr("no series is open"));
  const QString series = openSeries_, reader = openReader_;
  if (const Status corrected = study_->correct(*project_, series, reader, *labels, note); !corrected) return corrected;
  correcting_ = false;
  return reopen(series, reader);
}

void ReadingController::onLabelsSaved() {
  // The reader's first saved edit: the reading is under way.
  if (startedNoted_ || !study_ || !project_ || openSeries_.isEmpty() || openReader_ != study_->actor().login) return;
  startedNoted_ = true;
  if (const Status started = study_->startReading(*project_, openSeries_); !started) {
    emit failed(started.error());
    return;
  }
  (void)refresh();
}

std::function<Result<StudyAgreementReport>(Progress&)> ReadingController::agreementJob() const {
  if (!study_ || !project_ || !window_->session()->store())
    return [](Progress&) -> Result<StudyAgreementReport> { return fail(tr("no project is open")); };
  const CaseStore store = *window_->session()->store();
  const ProjectRecord project = *project_;
  // The worker's own connection to the store, acting as the same (already checked) person.
  return [store, project, actor = study_->actor()](Progress& progress) -> Result<StudyAgreementReport> {
    CaseDatabase db(store);
    if (!db.isOpen()) return fail(db.openError());
    ReadingStudy study = ReadingStudy::continueAs(db, actor);
    return studyAgreement(db, study, project, progress);
  };
}

Result<std::vector<AuditRecord>> ReadingController::auditLog(const AuditFilter& filter) {
  if (!study_) return fail(tr("no store is open"));
  if (!study_->actorHas(role::dataManager) && !study_->actorHas(role::reviewer))
    return fail(tr("%1 may not read the audit log: that needs the role data-manager or reviewer").arg(study_->actor().login));
  return study_->store().audit(filter);
}

}  // namespace rc
