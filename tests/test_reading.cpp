// reading: who acts, the statuses of a reading and who may change them, blinding, review with
// revisions that survive, consensus, the labels that leave, and the audit rows of it all.

#include "PostgresServer.h"
#include "TestSupport.h"
#include "reading/ReadingStudy.h"
#include "reading/StudyAgreement.h"
#include "reading/WorklistModel.h"
#include "storage/CaseStore.h"
#include "storage/LabelStore.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace rc;

namespace {

// A series in the store without pixels: the reading rules never load images.
SeriesBatch fakeSeries(const QString& dir, const QString& seriesUid, const QString& patient) {
  SeriesBatch batch;
  batch.patient.code = patient;
  batch.patient.name = patient;
  batch.study.uid = seriesUid + QStringLiteral(".0");
  batch.study.date = QStringLiteral("20260110");
  batch.series.uid = seriesUid;
  batch.series.modality = QStringLiteral("CT");
  const QString path = QDir(dir).filePath(seriesUid + QStringLiteral(".bin"));
  QFile f(path);
  if (f.open(QIODevice::WriteOnly)) f.write(seriesUid.toUtf8());
  InstanceRecord r;
  r.sopInstanceUid = seriesUid + QStringLiteral(".1");
  r.instanceNumber = 1;
  batch.instances.push_back({r, path, patient, QString()});
  return batch;
}

// A set with one "Nodule" segment: a box of rows j0..j1 in slice 1 of a 16x16x3 grid.
LabelSet noduleSet(const QString& seriesUid, int j0, int j1) {
  LabelSet labels;
  labels.seriesInstanceUid = seriesUid;
  labels.voxels = LabelMap({16, 16, 3});
  Segment s;
  s.number = 1;
  s.label = QStringLiteral("Nodule");
  s.type = {QStringLiteral("27925004"), QStringLiteral("SCT"), QStringLiteral("Nodule")};
  labels.segments.push_back(s);
  for (int j = j0; j <= j1; ++j)
    for (int i = 4; i < 8; ++i) labels.voxels.set(1, i, j, 1, true);
  return labels;
}

ProjectRecord designNamed(const QString& name) {
  ProjectRecord p;
  p.name = name;
  return p;
}

ReadingStudy as(CaseDatabase& db, const QString& login, const std::optional<QString>& password = std::nullopt) {
  auto study = ReadingStudy::open(db, login, password);
  if (!study) qFatal("cannot act as %s: %s", qPrintable(login), qPrintable(study.error()));
  return std::move(*study);
}

QStringList auditActions(CaseDatabase& db) {
  QStringList out;
  for (const AuditRecord& r : ReadingStore(db).audit().value()) out << r.action;
  return out;
}

}  // namespace

class TestReading : public QObject {
  Q_OBJECT

  QTemporaryDir dir_;
  std::optional<CaseStore> store_;
  const QString series_ = QStringLiteral("2.25.100");

private slots:
  void init() {
    QVERIFY(dir_.isValid());
    const QString path = dir_.filePath(QStringLiteral("store-%1").arg(QDateTime::currentMSecsSinceEpoch()));
    store_ = CaseStore::open(path).value();
    CaseDatabase db(*store_);
    QVERIFY(db.storeSeries(fakeSeries(dir_.path(), series_, QStringLiteral("RC-000001"))).ok());
    QVERIFY(db.storeSeries(fakeSeries(dir_.path(), QStringLiteral("2.25.200"), QStringLiteral("RC-000002"))).ok());
  }

  void theFirstPersonRunsTheStoreAndEveryoneElseIsAdded() {
    CaseDatabase db(*store_);
    ReadingStudy dm = as(db, QStringLiteral("dm"));
    QCOMPARE(dm.actor().roles, (QStringList{role::dataManager, role::reader, role::reviewer}));
    const auto stranger = ReadingStudy::open(db, QStringLiteral("eve"));
    QVERIFY(!stranger.ok());
    QVERIFY2(stranger.error().contains(QStringLiteral("eve is not one of this store's people")), qPrintable(stranger.error()));
    QVERIFY(!ReadingStudy::open(db, kConsensusReader).ok());  // the consensus set's name is nobody's login

    QVERIFY(dm.addPerson(QStringLiteral("alice"), QStringLiteral("Alice"), {role::reader}, QStringLiteral("s3cret pass")).ok());
    const auto hash = ReadingStore(db).person(QStringLiteral("alice")).value()->passwordHash;
    QVERIFY2(hash.startsWith(QLatin1String("$argon2id$")), qPrintable(hash));  // crypto_pwhash_str, never the password
    QVERIFY(!hash.contains(QLatin1String("s3cret")));
    QVERIFY(ReadingStudy::open(db, QStringLiteral("alice")).error().contains(QStringLiteral("has a password")));
    QVERIFY(ReadingStudy::open(db, QStringLiteral("alice"), QStringLiteral("wrong")).error().contains(QStringLiteral("wrong password")));
    ReadingStudy alice = as(db, QStringLiteral("alice"), QStringLiteral("s3cret pass"));
    QVERIFY(alice.actorHas(role::reader) && !alice.actorHas(role::dataManager));
    // A reader runs nothing.
    const Status added = alice.addPerson(QStringLiteral("mallory"), {}, {role::dataManager});
    QVERIFY(!added.ok());
    QVERIFY2(added.error().contains(QStringLiteral("alice may not add people: that needs the role data-manager")), qPrintable(added.error()));
    QVERIFY(!alice.createProject(designNamed(QStringLiteral("mine"))).ok());
    QVERIFY(!ReadingStore(db).person(QStringLiteral("mallory")).value().has_value());
    // Models read; they never act.
    QVERIFY(dm.addPerson(QStringLiteral("nodulenet"), {}, {role::reader}, {}, QStringLiteral("model"), QStringLiteral("2.1")).ok());
    QVERIFY(ReadingStudy::open(db, QStringLiteral("nodulenet")).error().contains(QStringLiteral("is a model")));
    QVERIFY(!dm.addPerson(QStringLiteral("bad"), {}, {QStringLiteral("admin")}).ok());
  }

  void aReadingGoesThroughItsStatusesAndOnlyTheRightPeopleMoveIt() {
    CaseDatabase db(*store_);
    ReadingStudy dm = as(db, QStringLiteral("dm"));
    for (const QString& reader : {QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("carol")})
      QVERIFY(dm.addPerson(reader, {}, {role::reader}).ok());
    QVERIFY(dm.addPerson(QStringLiteral("rita"), {}, {role::reviewer}).ok());
    ProjectRecord design = designNamed(QStringLiteral("lung"));
    design.readersPerCase = 2;
    design.reviewRequired = true;
    QVERIFY(dm.createProject(design).ok());
    const ProjectRecord project = dm.project(QStringLiteral("lung")).value();
    QVERIFY(!dm.addCases(project, {QStringLiteral("9.9.9")}, {}).ok());  // not in the store: nothing added
    QCOMPARE(dm.addCases(project, {series_, QStringLiteral("2.25.200")}, {}).value(), 2);
    QCOMPARE(dm.addCases(project, {series_}, {}).value(), 0);  // already a case

    QVERIFY(dm.assign(project, series_, QStringLiteral("alice")).ok());
    QVERIFY(dm.assign(project, series_, QStringLiteral("bob")).ok());
    const Status third = dm.assign(project, series_, QStringLiteral("carol"));
    QVERIFY2(third.error().contains(QStringLiteral("already has the 2 reader(s)")), qPrintable(third.error()));
    QVERIFY(dm.assign(project, series_, QStringLiteral("rita")).error().contains(QStringLiteral("not a reader")));
    QVERIFY(dm.assign(project, series_, QStringLiteral("nobody")).error().contains(QStringLiteral("not a reader")));

    ReadingStudy alice = as(db, QStringLiteral("alice"));
    ReadingStudy carol = as(db, QStringLiteral("carol"));
    ReadingStudy rita = as(db, QStringLiteral("rita"));
    QVERIFY(alice.assign(project, QStringLiteral("2.25.200"), QStringLiteral("alice")).error().contains(QStringLiteral("may not assign")));
    // A reader's worklist: their cases, their own reading.
    const auto mine = alice.worklist(project).value();
    QCOMPARE(int(mine.size()), 1);
    QCOMPARE(int(mine.front().assignments.size()), 1);
    QCOMPARE(mine.front().assignments.front().reader, QStringLiteral("alice"));
    QCOMPARE(int(carol.worklist(project).value().size()), 0);
    QCOMPARE(int(dm.worklist(project).value().size()), 2);
    // Not assigned: refused, and nothing saved.
    QVERIFY(carol.saveOwnSet(project, series_, noduleSet(series_, 2, 5), {1}, qint64(0)).error().contains(QStringLiteral("not assigned")));
    QVERIFY(!LabelStore(db).load(LabelSetKey{series_, project.id, QStringLiteral("carol")}).value().has_value());
    // Labels of another series are refused under this case.
    QVERIFY(!alice.saveOwnSet(project, series_, noduleSet(QStringLiteral("2.25.200"), 2, 5), {1}, qint64(0)).ok());

    auto statusOf = [&](const QString& reader) {
      const CaseRecord c = *ReadingStore(db).caseOf(project.id, series_).value();
      for (const AssignmentRecord& a : c.assignments)
        if (a.reader == reader) return a.status;
      return QString();
    };
    QCOMPARE(statusOf(QStringLiteral("alice")), reading::assigned);
    QCOMPARE(alice.saveOwnSet(project, series_, noduleSet(series_, 2, 5), {1}, qint64(0)).value(), qint64(1));
    QCOMPARE(statusOf(QStringLiteral("alice")), reading::inProgress);
    QVERIFY(rita.accept(project, series_, QStringLiteral("alice")).failureKind() == FailureKind::Conflict);  // not submitted yet
    QVERIFY(alice.submit(project, series_).ok());
    QCOMPARE(statusOf(QStringLiteral("alice")), reading::submitted);
    QVERIFY(!alice.submit(project, series_).ok());  // once
    QVERIFY(!alice.saveOwnSet(project, series_, noduleSet(series_, 2, 9), {1}, qint64(1)).ok());  // a submitted set is read-only
    QCOMPARE(LabelStore(db).load(LabelSetKey{series_, project.id, QStringLiteral("alice")}).value()->labels.voxels.count(1), size_t(16));

    // Review: readers do not review; a comment is needed to return.
    QVERIFY(alice.accept(project, series_, QStringLiteral("bob")).error().contains(QStringLiteral("needs the role reviewer")));
    QVERIFY(rita.returnToReader(project, series_, QStringLiteral("alice"), QStringLiteral("  ")).error().contains(QStringLiteral("comment")));
    QCOMPARE(statusOf(QStringLiteral("alice")), reading::submitted);
    QVERIFY(rita.startReview(project, series_, QStringLiteral("alice")).ok());
    QCOMPARE(statusOf(QStringLiteral("alice")), reading::inReview);
    QVERIFY(rita.returnToReader(project, series_, QStringLiteral("alice"), QStringLiteral("the lower edge is missing")).ok());
    QCOMPARE(statusOf(QStringLiteral("alice")), reading::returned);
    const auto returned = ReadingStore(db).caseOf(project.id, series_).value()->assignments.front();
    QCOMPARE(returned.reason, QStringLiteral("the lower edge is missing"));
    QCOMPARE(returned.updatedBy, QStringLiteral("rita"));
    // The reader corrects and submits again: a second revision; the first stays as it was.
    QCOMPARE(alice.saveOwnSet(project, series_, noduleSet(series_, 2, 7), {1}, qint64(1)).value(), qint64(2));
    QCOMPARE(statusOf(QStringLiteral("alice")), reading::inProgress);
    QVERIFY(alice.submit(project, series_).ok());
    // The reviewer corrects: a revision under the reviewer's name, the reading accepted.
    QVERIFY(rita.correct(project, series_, QStringLiteral("alice"), noduleSet(series_, 2, 8), QStringLiteral("one more row")).ok());
    QCOMPARE(statusOf(QStringLiteral("alice")), reading::accepted);
    const LabelSetKey aliceSet{series_, project.id, QStringLiteral("alice")};
    const auto revisions = LabelStore(db).revisions(aliceSet).value();
    QCOMPARE(int(revisions.size()), 3);
    QCOMPARE(revisions[0].kind, QStringLiteral("submitted"));
    QCOMPARE(revisions[0].madeBy, QStringLiteral("alice"));
    QCOMPARE(revisions[2].kind, QStringLiteral("corrected"));
    QCOMPARE(revisions[2].madeBy, QStringLiteral("rita"));
    QCOMPARE(LabelStore(db).loadRevision(aliceSet, 1).value().voxels.count(1), size_t(16));
    QCOMPARE(LabelStore(db).loadRevision(aliceSet, 2).value().voxels.count(1), size_t(24));
    QCOMPARE(LabelStore(db).loadRevision(aliceSet, 3).value().voxels.count(1), size_t(28));
    // Accepted is final: a late return changes nothing.
    QCOMPARE(rita.returnToReader(project, series_, QStringLiteral("alice"), QStringLiteral("again")).failureKind(), FailureKind::Conflict);
    QCOMPARE(statusOf(QStringLiteral("alice")), reading::accepted);
    // An excluded case takes no more readings.
    QVERIFY(dm.exclude(project, QStringLiteral("2.25.200"), QString()).error().contains(QStringLiteral("reason")));
    QVERIFY(dm.exclude(project, QStringLiteral("2.25.200"), QStringLiteral("motion artefact")).ok());
    QVERIFY(dm.assign(project, QStringLiteral("2.25.200"), QStringLiteral("carol")).error().contains(QStringLiteral("excluded")));
    QCOMPARE(reading::caseStatus(*ReadingStore(db).caseOf(project.id, QStringLiteral("2.25.200")).value()), QStringLiteral("excluded"));

    const QStringList actions = auditActions(db);
    for (const QString& action : {QStringLiteral("project created"), QStringLiteral("cases added"), QStringLiteral("reader assigned"),
                                  QStringLiteral("reading started"), QStringLiteral("reading submitted"), QStringLiteral("review started"),
                                  QStringLiteral("reading returned"), QStringLiteral("reading corrected"), QStringLiteral("case excluded")})
      QVERIFY2(actions.contains(action), qPrintable(action));
    AuditFilter returns;
    returns.action = QStringLiteral("reading returned");
    const auto returnedRows = ReadingStore(db).audit(returns).value();
    QCOMPARE(int(returnedRows.size()), 1);
    QCOMPARE(returnedRows.front().actor, QStringLiteral("rita"));
    QCOMPARE(returnedRows.front().project, QStringLiteral("lung"));
    QCOMPARE(returnedRows.front().seriesUid, series_);
    QCOMPARE(returnedRows.front().patientCode, QStringLiteral("RC-000001"));
    QSqlQuery q(db.sql());
    QVERIFY(!q.exec(QStringLiteral("UPDATE audit_log SET actor = 'someone else'")));
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_log")));
    QCOMPARE(auditActions(db), actions);
  }

  void aBlindedReaderSeesTheOthersOnlyWhenEveryoneSubmitted() {
    CaseDatabase db(*store_);
    ReadingStudy dm = as(db, QStringLiteral("dm"));
    QVERIFY(dm.addPerson(QStringLiteral("alice"), {}, {role::reader}).ok());
    QVERIFY(dm.addPerson(QStringLiteral("bob"), {}, {role::reader, role::reviewer}).ok());
    ProjectRecord design = designNamed(QStringLiteral("blind"));
    design.readersPerCase = 2;
    design.blinded = true;
    QVERIFY(dm.createProject(design).ok());
    const ProjectRecord project = dm.project(QStringLiteral("blind")).value();
    QCOMPARE(dm.addCases(project, {series_}, {}).value(), 1);
    QCOMPARE(dm.assignRoundRobin(project, {QStringLiteral("alice"), QStringLiteral("bob")}).value(), 2);
    ReadingStudy alice = as(db, QStringLiteral("alice"));
    ReadingStudy bob = as(db, QStringLiteral("bob"));
    QVERIFY(alice.saveOwnSet(project, series_, noduleSet(series_, 2, 5), {1}, qint64(0)).ok());
    QVERIFY(alice.submit(project, series_).ok());
    QVERIFY(bob.saveOwnSet(project, series_, noduleSet(series_, 4, 9), {1}, qint64(0)).ok());

    // Bob still reads: Alice's set stays hidden from him (open, list, review), his from her.
    const auto peek = bob.openSet(project, series_, QStringLiteral("alice"));
    QVERIFY(!peek.ok());
    QVERIFY2(peek.error().contains(QStringLiteral("blinded")), qPrintable(peek.error()));
    QVERIFY(!alice.openSet(project, series_, QStringLiteral("bob")).ok());
    QCOMPARE(int(bob.sets(project, series_).value().size()), 1);
    QCOMPARE(bob.sets(project, series_).value().front().key.reader, QStringLiteral("bob"));
    QVERIFY(bob.accept(project, series_, QStringLiteral("alice")).error().contains(QStringLiteral("blinded")));
    QVERIFY(!dm.makeConsensus(project, series_, {ConsensusSource::Majority, {}}).ok());
    // The data manager does not read this case: not blinded.
    QVERIFY(dm.openSet(project, series_, QStringLiteral("alice")).ok());

    QVERIFY(bob.submit(project, series_).ok());
    const auto seen = bob.openSet(project, series_, QStringLiteral("alice"));
    QVERIFY2(seen.ok(), qPrintable(seen.error()));
    QCOMPARE(seen.value()->labels.voxels.count(1), size_t(16));
    QCOMPARE(int(alice.sets(project, series_).value().size()), 2);
    QVERIFY(alice.access(project, *ReadingStore(db).caseOf(project.id, series_).value(), QStringLiteral("bob")).readOnly);

    // Two readings and no consensus: nothing is final yet.
    QVERIFY(!dm.finalLabels(project, series_).value().has_value());
    QVERIFY(alice.makeConsensus(project, series_, {ConsensusSource::Majority, {}}).error().contains(QStringLiteral("may not make a consensus")));
    // Majority of two: the rows both drew (4..5 of 2..5 and 4..9).
    QVERIFY(dm.makeConsensus(project, series_, {ConsensusSource::Majority, {}}).ok());
    const auto final = dm.finalLabels(project, series_).value();
    QVERIFY(final.has_value());
    QCOMPARE(final->source, QStringLiteral("consensus"));
    QCOMPARE(final->stored.labels.voxels.count(1), size_t(8));
    for (int j = 0; j < 16; ++j) QCOMPARE(final->stored.labels.voxels.at(1, 5, j, 1), j >= 4 && j <= 5);
    QCOMPARE(LabelStore(db).revisions(final->key).value().front().kind, QStringLiteral("consensus"));
    // From one reader's set: that set, under the consensus.
    QVERIFY(dm.makeConsensus(project, series_, {ConsensusSource::Reader, QStringLiteral("bob")}).ok());
    QCOMPARE(dm.finalLabels(project, series_).value()->stored.labels.voxels.count(1), size_t(24));
    QVERIFY(dm.makeConsensus(project, series_, {ConsensusSource::Reader, QStringLiteral("carol")}).error().contains(QStringLiteral("not a reader")));
    QVERIFY(auditActions(db).contains(QStringLiteral("consensus made")));
    // An archived project is over: nothing in it changes, and nothing of it is gone.
    QVERIFY(dm.archiveProject(project).ok());
    const ProjectRecord archived = dm.project(QStringLiteral("blind")).value();
    QVERIFY(!archived.archivedAt.isEmpty());
    const auto late = dm.makeConsensus(archived, series_, {ConsensusSource::Majority, {}});
    QVERIFY2(late.error().contains(QStringLiteral("was archived")), qPrintable(late.error()));
    QVERIFY(!dm.addCases(archived, {QStringLiteral("2.25.200")}, {}).ok());
    QCOMPARE(dm.finalLabels(archived, series_).value()->stored.labels.voxels.count(1), size_t(24));
    QCOMPARE(int(LabelStore(db).setsOf(series_, project.id).value().size()), 3);  // alice, bob, consensus
  }

  void oneAcceptedReadingIsFinalAndSaysWhose() {
    CaseDatabase db(*store_);
    ReadingStudy dm = as(db, QStringLiteral("dm"));
    QVERIFY(dm.addPerson(QStringLiteral("alice"), {}, {role::reader}).ok());
    ProjectRecord design = designNamed(QStringLiteral("single"));
    QVERIFY(dm.createProject(design).ok());
    const ProjectRecord project = dm.project(QStringLiteral("single")).value();
    QCOMPARE(dm.addCases(project, {series_}, {}).value(), 1);
    QVERIFY(dm.assign(project, series_, QStringLiteral("alice")).ok());
    ReadingStudy alice = as(db, QStringLiteral("alice"));
    QVERIFY(alice.saveOwnSet(project, series_, noduleSet(series_, 2, 3), {1}, qint64(0)).ok());
    QVERIFY(!dm.finalLabels(project, series_).value().has_value());  // still being read
    QVERIFY(alice.submit(project, series_).ok());
    const auto final = dm.finalLabels(project, series_).value();
    QVERIFY(final.has_value());
    QCOMPARE(final->source, QStringLiteral("submitted (alice)"));  // review is not required here
    QCOMPARE(final->stored.labels.voxels.count(1), size_t(8));
  }

  void theWorklistFiltersSortsCountsAndSteps() {
    CaseDatabase db(*store_);
    for (int n = 3; n <= 6; ++n)
      QVERIFY(db.storeSeries(fakeSeries(dir_.path(), QStringLiteral("2.25.%1").arg(n * 100), QStringLiteral("RC-00000%1").arg(n))).ok());
    ReadingStudy dm = as(db, QStringLiteral("dm"));
    QVERIFY(dm.addPerson(QStringLiteral("alice"), {}, {role::reader}).ok());
    QVERIFY(dm.addPerson(QStringLiteral("bob"), {}, {role::reader}).ok());
    ProjectRecord design = designNamed(QStringLiteral("list"));
    design.targets = {{QStringLiteral("with findings"), 3}, {QStringLiteral("without"), 3}};
    QVERIFY(dm.createProject(design).ok());
    const ProjectRecord project = dm.project(QStringLiteral("list")).value();
    QVERIFY(dm.addCases(project, {series_, QStringLiteral("2.25.200"), QStringLiteral("2.25.300")}, QStringLiteral("with findings")).ok());
    QVERIFY(dm.addCases(project, {QStringLiteral("2.25.400"), QStringLiteral("2.25.500"), QStringLiteral("2.25.600")}, QStringLiteral("without")).ok());
    QVERIFY(!dm.addCases(project, {QStringLiteral("2.25.600")}, QStringLiteral("unknown category")).ok());
    // A wrong login among the readers changes nothing.
    const auto wrong = dm.assignRoundRobin(project, {QStringLiteral("alice"), QStringLiteral("bobb")});
    QVERIFY2(!wrong.ok() && wrong.error().contains(QStringLiteral("bobb is not a reader")), qPrintable(wrong.ok() ? QString() : wrong.error()));
    QCOMPARE(int(ReadingStore(db).cases(project.id).value().front().assignments.size()), 0);
    QCOMPARE(dm.assignRoundRobin(project, {QStringLiteral("alice"), QStringLiteral("bob")}).value(), 6);  // one reader per case, in turn
    QVERIFY(dm.exclude(project, QStringLiteral("2.25.600"), QStringLiteral("wrong body part")).ok());
    ReadingStudy alice = as(db, QStringLiteral("alice"));
    QVERIFY(alice.submit(project, series_).ok());  // read, nothing found

    WorklistModel model;
    model.setCases(dm.worklist(project).value());
    QCOMPARE(model.rowCount(), 6);
    const auto counts = model.countsByStatus();
    QCOMPARE(counts.at(QStringLiteral("assigned")), 4);
    QCOMPARE(counts.at(QStringLiteral("submitted")), 1);
    QCOMPARE(counts.at(QStringLiteral("excluded")), 1);
    QCOMPARE(model.valuesOf(WorklistModel::Status), (QStringList{QStringLiteral("assigned"), QStringLiteral("submitted"), QStringLiteral("excluded")}));
    WorklistFilter f;
    f.reader = QStringLiteral("alice");
    model.setFilter(f);
    QCOMPARE(model.rowCount(), 3);  // RC-000001, -3, -5
    f.status = reading::assigned;
    model.setFilter(f);
    QCOMPARE(model.rowCount(), 2);
    f = {};
    f.search = QStringLiteral("rc-000004");
    model.setFilter(f);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.data(model.index(0, WorklistModel::Reader)).toString(), QStringLiteral("bob"));
    f = {};
    f.category = QStringLiteral("without");
    model.setFilter(f);
    QCOMPARE(model.rowCount(), 3);
    model.setFilter({});
    model.sort(WorklistModel::Status, Qt::DescendingOrder);  // the order of a reading, last first
    QCOMPARE(model.rowAt(0).status, QStringLiteral("excluded"));
    QCOMPARE(model.rowAt(1).status, QStringLiteral("submitted"));
    model.sort(WorklistModel::Patient, Qt::AscendingOrder);
    QCOMPARE(model.rowAt(0).caseRecord->patientCode, QStringLiteral("RC-000001"));
    const int third = model.rowOf(QStringLiteral("2.25.300"), QStringLiteral("alice"));
    QCOMPARE(third, 2);
    QCOMPARE(model.nextRow(third, 1), 3);
    QCOMPARE(model.nextRow(0, -1), -1);
    QCOMPARE(model.data(model.index(0, WorklistModel::StudyDate)).toString(), QStringLiteral("2026-01-10"));
    // A reader's list: their own readings only.
    model.setCases(alice.worklist(project).value());
    QCOMPARE(model.valuesOf(WorklistModel::Reader), QStringList{QStringLiteral("alice")});
  }

  // The project's figures from the readings as submitted, against values worked out by hand:
  // finding present yes/yes, yes/no, no/no, yes/yes -> Cohen's kappa (0.75 - 0.5) / 0.5 = 0.5;
  // findings per case 1/1, 1/0, 0/0, 1/1 -> Bland-Altman bias 0.25; two boxes on one image
  // overlapping by half their width -> IoU 1/3; a case one reader has not submitted is skipped.
  void projectFiguresFromTheSubmittedReadings() {
    CaseDatabase db(*store_);
    for (int n = 3; n <= 5; ++n)
      QVERIFY(db.storeSeries(fakeSeries(dir_.path(), QStringLiteral("2.25.%1").arg(n * 100), QStringLiteral("RC-00000%1").arg(n))).ok());
    ReadingStudy dm = as(db, QStringLiteral("dm"));
    QVERIFY(dm.addPerson(QStringLiteral("alice"), {}, {role::reader}).ok());
    QVERIFY(dm.addPerson(QStringLiteral("bob"), {}, {role::reader}).ok());
    ProjectRecord design = designNamed(QStringLiteral("figures"));
    design.readersPerCase = 2;
    QVERIFY(dm.createProject(design).ok());
    const ProjectRecord project = dm.project(QStringLiteral("figures")).value();
    const QStringList series{series_, QStringLiteral("2.25.200"), QStringLiteral("2.25.300"), QStringLiteral("2.25.400"), QStringLiteral("2.25.500")};
    QCOMPARE(dm.addCases(project, series, {}).value(), 5);
    for (const QString& s : series)
      for (const QString& r : {QStringLiteral("alice"), QStringLiteral("bob")}) QVERIFY(dm.assign(project, s, r).ok());
    auto withBox = [&](const QString& seriesUid, double left) {
      LabelSet labels;
      labels.seriesInstanceUid = seriesUid;
      Finding f;
      f.trackingId = QStringLiteral("Nodule 1");
      f.trackingUid = QStringLiteral("2.25.77%1").arg(int(left));
      f.imageBox = ImageBox{{QStringLiteral("1.2.840.10008.5.1.4.1.1.2"), seriesUid + QStringLiteral(".1"), 0}, left, 0, left + 10, 10};
      labels.findings.push_back(f);
      return labels;
    };
    auto empty = [](const QString& seriesUid) {
      LabelSet labels;
      labels.seriesInstanceUid = seriesUid;
      return labels;
    };
    ReadingStudy alice = as(db, QStringLiteral("alice"));
    ReadingStudy bob = as(db, QStringLiteral("bob"));
    const bool aliceFinds[] = {true, true, false, true}, bobFinds[] = {true, false, false, true};
    for (int n = 0; n < 4; ++n) {
      QVERIFY(alice.saveOwnSet(project, series[n], aliceFinds[n] ? withBox(series[n], 0) : empty(series[n]), {}, qint64(0)).ok());
      QVERIFY(bob.saveOwnSet(project, series[n], bobFinds[n] ? withBox(series[n], 5) : empty(series[n]), {}, qint64(0)).ok());
      QVERIFY(alice.submit(project, series[n]).ok());
      QVERIFY(bob.submit(project, series[n]).ok());
    }
    QVERIFY(alice.saveOwnSet(project, series[4], withBox(series[4], 0), {}, qint64(0)).ok());
    QVERIFY(alice.submit(project, series[4]).ok());  // Bob has not: the case waits
    // A reviewer's later correction does not change what the readers submitted.
    QVERIFY(LabelStore(db).save(LabelSetKey{series[1], project.id, QStringLiteral("bob")}, withBox(series[1], 0), {}, std::nullopt).ok());

    QVERIFY(!studyAgreement(db, alice, project).ok());  // readers see no figures
    const auto report = studyAgreement(db, dm, project);
    QVERIFY2(report.ok(), qPrintable(report.error()));
    QCOMPARE(report->casesCompared, 4);
    QCOMPARE(report->skipped.size(), 1);
    QVERIFY2(report->skipped.front().contains(QStringLiteral("RC-000005")) && report->skipped.front().contains(QStringLiteral("1 of 2")),
             qPrintable(report->skipped.front()));
    auto item = [&](const QString& name, const QString& statistic) -> const ItemAgreement* {
      for (const ItemAgreement& i : report->items)
        if (i.item == name && i.statistic == statistic) return &i;
      return nullptr;
    };
    const ItemAgreement* kappa = item(QStringLiteral("finding present"), QStringLiteral("Cohen's kappa"));
    QVERIFY(kappa && kappa->value);
    QCOMPARE(kappa->cases, 4);
    QVERIFY(std::abs(*kappa->value - 0.5) < 1e-12);
    const ItemAgreement* fleiss = item(QStringLiteral("finding present"), QStringLiteral("Fleiss' kappa"));
    QVERIFY(fleiss && fleiss->value);
    QCOMPARE(fleiss->readers, (QStringList{QStringLiteral("alice"), QStringLiteral("bob")}));
    const ItemAgreement* ba = item(QStringLiteral("findings per case"), QStringLiteral("Bland-Altman"));
    QVERIFY(ba && ba->limits);
    QVERIFY(std::abs(ba->limits->bias - 0.25) < 1e-12);
    QCOMPARE(int(ba->pairs.size()), 4);
    int boxCases = 0;
    for (const CaseBoxAgreement& b : report->boxes) {
      QCOMPARE(b.kind, QStringLiteral("2D"));
      if (b.matched == 1) {
        ++boxCases;
        QVERIFY(b.meanIou && std::abs(*b.meanIou - 1.0 / 3.0) < 1e-12);
      } else {
        QCOMPARE(b.boxesA + b.boxesB, 1);  // found by one reader only: nothing to match
      }
    }
    QCOMPARE(boxCases, 2);
    // The CSV: formula-safe, one line per figure.
    const QByteArray csv = agreementCsv(*report);
    QVERIFY(csv.contains("project,finding present,Cohen's kappa,alice bob,4,0.5000,"));
  }

  void consensusSourcesAreParsed() {
    QCOMPARE(parseConsensusSource(QStringLiteral("staple")).value().kind, ConsensusSource::Staple);
    QCOMPARE(parseConsensusSource(QStringLiteral("reader:alice")).value().reader, QStringLiteral("alice"));
    QVERIFY(!parseConsensusSource(QStringLiteral("average")).ok());
  }
};

RC_TEST_MAIN_ON_EITHER_ENGINE(TestReading)
#include "test_reading.moc"
