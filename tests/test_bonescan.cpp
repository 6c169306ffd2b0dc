// The bone-scan study: the EOD rule at every boundary, tracers and yes/no spellings, lesions
// seen in both views counted once, the programs' results matched and checked, readings made
// in the viewer stored with their marks (compare and set), paper readings checked, the
// only-own-tracer rule, what an opt-out takes, and every comparison figure against the same
// figures computed independently (tests/tools/bonescan_oracle.py: statsmodels, scikit-learn,
// numpy) on a synthetic study of 100 cases x 3 readers x 3 programs.

#include "PostgresServer.h"
#include "StoreFixture.h"
#include "SyntheticBoneScanStudy.h"
#include "TestSupport.h"
#include "Validators.h"
#include "bonescan/BoneScan.h"
#include "bonescan/BoneScanComparison.h"
#include "bonescan/BoneScanReads.h"
#include "bonescan/HotspotFindings.h"
#include "bonescan/HotspotReading.h"
#include "casework/LabelTransfer.h"
#include "exchange/Sr.h"
#include "bonescan/ProgramResults.h"
#include "casework/StoreDeid.h"
#include "core/DiagnosticStatistics.h"
#include "phantom/BoneScanPhantom.h"
#include "storage/BoneScanStore.h"
#include "storage/ReadingStore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QtTest>

#include <random>

using namespace rc;
using namespace rc::bonescan;

namespace {

QString rowKey(const QString& measure, const QString& subject, const QString& threshold) {
  return measure + QLatin1Char('|') + subject + QLatin1Char('|') + threshold;
}

SpreadsheetTable sheetOf(const QStringList& header, const std::vector<QStringList>& rows) {
  SpreadsheetTable t;
  t.header = header;
  int number = 0;
  for (const QStringList& r : rows) {
    SpreadsheetRow row;
    row.number = ++number;
    for (int i = 0; i < r.size(); ++i)
      if (!r[i].isEmpty()) row.cells.emplace_back(i, r[i]);
    t.rows.push_back(row);
  }
  return t;
}

// One patient's whole-body scan in a store, a one-reader project "bone" with the case
// assigned to r1 (the store's first person, dm, is its data manager).
struct OneScanStudy {
  QTemporaryDir dir;
  std::unique_ptr<test::StoreFixture> fixture;
  std::unique_ptr<CaseDatabase> db;
  BoneScanPhantomResult phantom;
  QString series;
  ProjectRecord project;

  bool make() {
    auto written = writeBoneScanPhantom(dir.filePath(QStringLiteral("in")), 2);
    if (!written) return false;
    phantom = *written;
    fixture = test::StoreFixture::open(dir.filePath(QStringLiteral("store")));
    if (!fixture || fixture->import({dir.filePath(QStringLiteral("in"))}).filesImported != 2) return false;
    db = std::make_unique<CaseDatabase>(*fixture->store);
    // BONE-0002: three metastases.
    const QString code = fixture->deid.table->findByPatientId(QStringLiteral("BONE-0002"), QStringLiteral("RADCURATOR-DEMO-HOSPITAL"))->code;
    for (const SeriesSummary& s : db->listSeries().value())
      if (s.patientCode == code) series = s.seriesUid;
    auto dm = ReadingStudy::open(*db, QStringLiteral("dm"));
    ProjectRecord design;
    design.name = QStringLiteral("bone");
    if (!dm || !dm->addPerson(QStringLiteral("r1"), {}, {role::reader}).ok() || !dm->createProject(design).ok()) return false;
    project = dm->project(QStringLiteral("bone")).value();
    return dm->addCases(project, {series}, {}).ok() && dm->assign(project, series, QStringLiteral("r1")).ok();
  }
};

HotspotMarkRecord markAt(const QString& view, double x, double y, const QString& region, const QString& c, int link = -1,
                         const QString& sop = QStringLiteral("1.2.3")) {
  return HotspotMarkRecord{sop, view == QLatin1String("anterior") ? 1 : 2, view, x, y, region, c, link};
}

}  // namespace

class TestBoneScan : public QObject {
  Q_OBJECT

private slots:
  void eodFollowsTheCountAtEveryBoundary() {
    const std::vector<std::pair<int, int>> expected = {{0, 0}, {1, 1}, {5, 1}, {6, 2}, {20, 2}, {21, 3}, {300, 3}};
    for (const auto& [count, grade] : expected) QCOMPARE(eodGrade(count, false), grade);
    QCOMPARE(eodGrade(0, true), 4);
    QCOMPARE(eodGrade(30, true), 4);
  }

  void tracersAndYesNoAreReadInTheirUsualSpellings() {
    for (const QString& t : {QStringLiteral("99mTc-MDP"), QStringLiteral("Tc-99m MDP"), QStringLiteral("ＭＤＰ"), QStringLiteral("medronate")})
      QCOMPARE(tracerOf(t).value_or(QString()), QStringLiteral("MDP"));
    for (const QString& t : {QStringLiteral("99mTc-HMDP"), QStringLiteral("Tc99m HDP"), QStringLiteral("oxidronate")})
      QCOMPARE(tracerOf(t).value_or(QString()), QStringLiteral("HMDP"));
    QVERIFY(!tracerOf(QStringLiteral("18F-NaF")));
    QVERIFY(!tracerOf(QString()));
    QCOMPARE(ownTracer(QStringLiteral("BONENAVI")), QStringLiteral("MDP"));
    QCOMPARE(ownTracer(QStringLiteral("vsbone")), QStringLiteral("HMDP"));
    QVERIFY(ownTracer(QStringLiteral("SomethingElse")).isEmpty());
    for (const QString& y : {QStringLiteral("yes"), QStringLiteral("1"), QStringLiteral("あり"), QStringLiteral("有"), QStringLiteral("TRUE")})
      QCOMPARE(yesNo(y), std::optional<bool>(true));
    for (const QString& n : {QStringLiteral("no"), QStringLiteral("0"), QStringLiteral("なし"), QStringLiteral("無")})
      QCOMPARE(yesNo(n), std::optional<bool>(false));
    QVERIFY(!yesNo(QStringLiteral("maybe")));
  }

  void aLesionMarkedInBothViewsCountsOnce() {
    std::vector<HotspotMarkRecord> marks = {
        {QStringLiteral("1.2"), 1, QStringLiteral("anterior"), 128, 205, QStringLiteral("thoracic-spine"), call::metastasis, -1},
        {QStringLiteral("1.2"), 2, QStringLiteral("posterior"), 127, 205, QStringLiteral("thoracic-spine"), call::metastasis, 0},  // same lesion
        {QStringLiteral("1.2"), 1, QStringLiteral("anterior"), 84, 232, QStringLiteral("ribs-right"), call::metastasis, -1},
        {QStringLiteral("1.2"), 1, QStringLiteral("anterior"), 128, 372, QStringLiteral("lumbar-spine"), call::benign, -1},
        {QStringLiteral("1.2"), 2, QStringLiteral("posterior"), 90, 448, QStringLiteral("pelvis"), call::equivocal, -1}};
    const LesionCounts c = countLesions(marks);
    QCOMPARE(c.lesions, 4);
    QCOMPARE(c.metastases, 2);
    QCOMPARE(c.metastasesPerRegion.at(QStringLiteral("thoracic-spine")), 1);
    QCOMPARE(c.metastasesPerRegion.at(QStringLiteral("ribs-right")), 1);
    QVERIFY(!c.metastasesPerRegion.count(QStringLiteral("lumbar-spine")));
    QCOMPARE(c.lesionsPerRegion.at(QStringLiteral("pelvis")), 1);

    ViewerReading reading;
    reading.marks = marks;
    const auto byRule = readingRecord(reading, 1, QStringLiteral("r1"));
    QVERIFY(byRule.ok());
    QCOMPARE(byRule->metastases, 2);
    QCOMPARE(byRule->eod, 1);
    QVERIFY(byRule->metastasis);
    reading.eodOverride = 2;
    QVERIFY(readingRecord(reading, 1, QStringLiteral("r1")).error().contains(QStringLiteral("give the reason")));
    reading.eodReason = QStringLiteral("diffuse uptake in the ribs beyond the counted spots");
    QCOMPARE(readingRecord(reading, 1, QStringLiteral("r1"))->eod, 2);
    reading.marks[3].region = QStringLiteral("elbow");
    QVERIFY(readingRecord(reading, 1, QStringLiteral("r1")).error().contains(QStringLiteral("elbow")));
  }

  void wilsonAndRocAreaOnHandCheckedValues() {
    // 8 of 10: Wilson 95% (statsmodels) 0.4901625 .. 0.9433178.
    const auto p = wilsonProportion(8, 10);
    QVERIFY(p);
    QVERIFY(std::abs(p->low - 0.4901625) < 1e-6 && std::abs(p->high - 0.9433178) < 1e-6);
    QVERIFY(!wilsonProportion(0, 0));
    // Positives 3, 2 (tie with a negative), negatives 1, 2: U = 2 + 1.5 = 3.5 of 4.
    const auto roc = rocArea({3, 2}, {1, 2});
    QVERIFY(roc);
    QCOMPARE(roc->auc, 0.875);
    QVERIFY(!rocArea({}, {1}));
  }

  void everyFigureMatchesTheIndependentComputation() {
    RC_REQUIRE_STATISTICS_ORACLES();
    const std::vector<ComparisonCase> cases = test::syntheticBoneScanStudy(20261207);
    const BoneScanComparison mine = compareBoneScans(cases);
    QTemporaryDir dir;
    const QString spec = dir.filePath(QStringLiteral("study.json"));
    QFile f(spec);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(test::boneScanStudyJson(cases)).toJson());
    f.close();
    QString error;
    const QJsonDocument oracle = test::runPythonOracle(QStringLiteral("bonescan_oracle.py"), {spec}, &error);
    QVERIFY2(!oracle.isNull(), qPrintable(error));
    const QJsonArray theirs = oracle.object().value(QStringLiteral("rows")).toArray();
    std::map<QString, const ComparisonRow*> byKey;
    for (const ComparisonRow& r : mine.rows) byKey[rowKey(r.measure, r.subject, r.threshold)] = &r;
    QCOMPARE(int(byKey.size()), int(mine.rows.size()));  // every row names one figure
    QCOMPARE(int(mine.rows.size()), int(theirs.size()));
    auto close = [](const std::optional<double>& a, const QJsonValue& b) {
      if (b.isNull()) return !a.has_value();
      return a.has_value() && std::abs(*a - b.toDouble()) < 1e-9;
    };
    QSet<QString> measures;
    for (const QJsonValue& v : theirs) {
      const QJsonObject o = v.toObject();
      const QString key = rowKey(o[QStringLiteral("measure")].toString(), o[QStringLiteral("subject")].toString(), o[QStringLiteral("threshold")].toString());
      QVERIFY2(byKey.count(key), qPrintable(QStringLiteral("no row %1").arg(key)));
      const ComparisonRow& r = *byKey[key];
      QVERIFY2(close(r.value, o[QStringLiteral("value")]), qPrintable(QStringLiteral("%1: %2 vs %3").arg(key).arg(r.value.value_or(-1)).arg(o[QStringLiteral("value")].toDouble())));
      QVERIFY2(close(r.low, o[QStringLiteral("ci_low")]), qPrintable(key));
      QVERIFY2(close(r.high, o[QStringLiteral("ci_high")]), qPrintable(key));
      QCOMPARE(r.n, o[QStringLiteral("n")].toInt());
      measures.insert(r.measure);
    }
    QCOMPARE(measures.size(), 9);  // every measure the CSV names occurs
    // Only own tracer: BONENAVI on HMDP scans was left out, and said so.
    const auto navi = std::find_if(mine.programs.begin(), mine.programs.end(), [](const ProgramCount& p) { return p.subject == QLatin1String("BONENAVI 2.1"); });
    QVERIFY(navi != mine.programs.end());
    QCOMPARE(navi->otherTracer, 9);  // n % 4 == 0 among the n % 3 == 0 cases below 100
    QCOMPARE(navi->ownTracer, 66);
    int ties = 0;  // the added tie, and case 7 if its two readers split
    for (const ComparisonCase& c : cases) {
      const auto yes = std::count_if(c.readers.begin(), c.readers.end(), [](const auto& r) { return r.second.metastasis; });
      ties += !c.readers.empty() && 2 * yes == long(c.readers.size()) ? 1 : 0;
    }
    QVERIFY(ties >= 1);
    QCOMPARE(mine.ties, ties);
    QCOMPARE(mine.readByAll, 99);
    const QByteArray csv = comparisonCsv(mine);
    QVERIFY(csv.startsWith("measure,subject,threshold,value,ci_low,ci_high,n\r\n"));
    QCOMPARE(csv.count('\n'), int(mine.rows.size()) + 1);
  }

  void programResultsAreMatchedThroughTheTableAndChecked() {
    QTemporaryDir dir;
    const auto phantom = writeBoneScanPhantom(dir.filePath(QStringLiteral("in")), 4);
    QVERIFY2(phantom.ok(), qPrintable(phantom.error()));
    auto fixture = test::StoreFixture::open(dir.filePath(QStringLiteral("store")));
    QVERIFY(fixture);
    QCOMPARE(fixture->import({dir.filePath(QStringLiteral("in"))}).filesImported, 4);
    CaseDatabase db(*fixture->store);
    const auto sheet = readSpreadsheet(phantom->programsCsv);
    QVERIFY(sheet.ok());
    auto mapping = ProgramResultMapping::guess(*sheet);
    QVERIFY(mapping.ok());
    QCOMPARE(int(mapping->key), int(ProgramResultMapping::Key::OriginalPatientId));
    QVERIFY(importProgramResults(db, nullptr, *sheet, *mapping, phantom->programsCsv, QStringLiteral("dm")).error().contains(QStringLiteral("correspondence table")));
    const auto report = importProgramResults(db, fixture->deid.table.get(), *sheet, *mapping, phantom->programsCsv, QStringLiteral("dm"));
    QVERIFY2(report.ok(), qPrintable(report.error()));
    QCOMPARE(report->stored, 7);  // 4 patients: 1 + 3 (VSBONE 2.0, 3.0 and BONENAVI by mistake) + 1 + 2
    QVERIFY(report->unmatched.empty() && report->invalid.empty());
    const auto stored = BoneScanStore(db).results();
    QCOMPARE(int(stored->size()), 7);
    const QString code3 = fixture->deid.table->findByPatientId(QStringLiteral("BONE-0003"), QStringLiteral("RADCURATOR-DEMO-HOSPITAL"))->code;
    const auto navi3 = std::find_if(stored->begin(), stored->end(), [&](const ProgramResultRecord& r) { return r.patientCode == code3; });
    QVERIFY(navi3 != stored->end());
    QCOMPARE(navi3->program, QStringLiteral("BONENAVI"));
    QCOMPARE(navi3->tracer, QStringLiteral("MDP"));
    QCOMPARE(navi3->bsi.value_or(-1), 1.56);  // as the phantom's CSV gives it
    QCOMPARE(navi3->hotspots.value_or(-1), 8);
    // Hostile rows: each refused with its row, column and reason; the good ones stored.
    const SpreadsheetTable bad = sheetOf(
        {QStringLiteral("patient_id"), QStringLiteral("program"), QStringLiteral("version"), QStringLiteral("tracer"), QStringLiteral("bsi"),
         QStringLiteral("hotspots"), QStringLiteral("bsi_skull")},
        {{QStringLiteral("ＢＯＮＥ－０００１"), QStringLiteral("VSBONE"), QStringLiteral("3.0"), QStringLiteral("Tc-99m HDP"), QStringLiteral("0.4"),
          QStringLiteral("2"), QStringLiteral("0.1")},
         {QStringLiteral("BONE-0002"), QStringLiteral("VSBONE"), QStringLiteral("3.0"), QStringLiteral("HMDP"), QStringLiteral("120"), QStringLiteral("3"), {}},
         {QStringLiteral("BONE-0002"), QStringLiteral("VSBONE"), QStringLiteral("2.0"), QStringLiteral("HMDP"), QStringLiteral("1"), QStringLiteral("-1"), {}},
         {QStringLiteral("BONE-0002"), QStringLiteral("VSBONE"), QStringLiteral("2.0"), QStringLiteral("18F-NaF"), QStringLiteral("1"), QStringLiteral("1"), {}},
         {QStringLiteral("BONE-0002"), QStringLiteral("VSBONE"), QStringLiteral("2.0"), QStringLiteral("HMDP"), QStringLiteral("nan"), QStringLiteral("1"), {}},
         {QStringLiteral("NOBODY-1"), QStringLiteral("VSBONE"), QStringLiteral("2.0"), QStringLiteral("HMDP"), QStringLiteral("1"), QStringLiteral("1"), {}},
         {QStringLiteral("BONE-0001"), QStringLiteral("VSBONE"), QStringLiteral("3.0"), QStringLiteral("HMDP"), QStringLiteral("0.5"), QStringLiteral("2"), {}}});
    const auto hostile = importProgramResults(db, fixture->deid.table.get(), bad, ProgramResultMapping::guess(bad).value(), QStringLiteral("bad.csv"),
                                              QStringLiteral("dm"));
    QVERIFY2(hostile.ok(), qPrintable(hostile.error()));
    QCOMPARE(hostile->stored, 1);
    QCOMPARE(hostile->replaced, 0);  // the full-width ID found BONE-0001, which had no VSBONE 3.0 result
    QCOMPARE(int(hostile->unmatched.size()), 1);
    QCOMPARE(hostile->unmatched[0].row, 6);
    QVERIFY(!hostile->unmatched[0].reason.contains(QStringLiteral("NOBODY")));  // the original ID is not repeated
    QStringList reasons;
    for (const auto& p : hostile->invalid) reasons << QStringLiteral("%1:%2:%3").arg(p.row).arg(p.column, p.reason);
    QVERIFY2(reasons.size() == 5, qPrintable(reasons.join(QLatin1Char('\n'))));
    QVERIFY(reasons[0].startsWith(QStringLiteral("2:bsi:")));
    QVERIFY(reasons[1].startsWith(QStringLiteral("3:hotspots:")));
    QVERIFY(reasons[2].startsWith(QStringLiteral("4:tracer:")) && reasons[2].contains(QStringLiteral("18F-NaF")));
    QVERIFY(reasons[3].startsWith(QStringLiteral("5:bsi:")));
    QVERIFY(reasons[4].startsWith(QStringLiteral("7:program:")) && reasons[4].contains(QStringLiteral("repeats row 1")));
  }

  // The reading the window binds to: every edit on disk at once, links kept when a mark goes,
  // an override only with its reason, a second window that saved meanwhile reported (never
  // overwritten), and a submitted reading read-only.
  void aHotspotReadingSavesEveryEditAndLosesNoRace() {
    OneScanStudy study;
    QVERIFY(study.make());
    const ProjectRecord& project = study.project;
    const QString& series = study.series;
    CaseDatabase& db = *study.db;
    auto r1 = ReadingStudy::open(db, QStringLiteral("r1"));
    CaseDatabase other(*study.fixture->store);  // a second window of the same reader
    auto r1b = ReadingStudy::open(other, QStringLiteral("r1"));

    HotspotReading reading, second;
    QVERIFY(reading.open(&*r1, project, series).ok());
    QVERIFY(second.open(&*r1b, project, series).ok());
    QSignalSpy saved(&reading, &HotspotReading::saved);
    auto mark = [](const QString& view, double x, const QString& region, const QString& c, int link = -1) {
      return markAt(view, x, 200, region, c, link);
    };
    QVERIFY(reading.addMark(mark(QStringLiteral("anterior"), 100, QStringLiteral("ribs-right"), call::metastasis)).ok());
    QVERIFY(reading.addMark(mark(QStringLiteral("anterior"), 128, QStringLiteral("thoracic-spine"), call::equivocal)).ok());
    QVERIFY(reading.addMark(mark(QStringLiteral("posterior"), 128, QStringLiteral("thoracic-spine"), call::equivocal, 1)).ok());
    QCOMPARE(saved.count(), 3);
    BoneScanStore store(db);
    const qint64 caseId = r1->store().caseOf(project.id, series).value()->id;
    QCOMPARE(int(store.marks(caseId, QStringLiteral("r1"))->size()), 3);  // on disk, no save step
    QCOMPARE(reading.regionChoices().front(), QStringLiteral("thoracic-spine"));
    QCOMPARE(reading.counts().lesions, 2);
    // Removing the first mark: the link of the third follows the second up.
    QVERIFY(reading.removeMark(0).ok());
    QCOMPARE(reading.marks()[1].sameLesionAs, 0);
    QCOMPARE(reading.counts().metastases, 0);
    QVERIFY(!reading.metastasis());
    QVERIFY(reading.setCall(0, call::metastasis).ok());
    QCOMPARE(reading.counts().metastases, 1);
    QCOMPARE(reading.eod(), 1);
    QVERIFY(!reading.setEodOverride(3, QString()).ok());  // a grade against the count needs its reason
    QVERIFY(reading.setEodOverride(3, QStringLiteral("diffuse rib uptake")).ok());
    QCOMPARE(reading.eod(), 3);
    QCOMPARE(store.read(caseId, QStringLiteral("r1"))->value().eod, 3);
    QVERIFY(reading.setSuperscan(true).ok());
    QCOMPARE(reading.eodByRule(), 4);
    // The second window still holds revision 0: its edit is refused and reported.
    QSignalSpy failed(&second, &HotspotReading::saveFailed);
    const Status lost = second.addMark(mark(QStringLiteral("anterior"), 60, QStringLiteral("pelvis"), call::benign));
    QVERIFY(!lost.ok());
    QCOMPARE(failed.count(), 1);
    QVERIFY(failed.front().at(1).toBool());  // a conflict
    QCOMPARE(int(store.marks(caseId, QStringLiteral("r1"))->size()), 2);
    // Reopened, the reading is what was saved.
    HotspotReading again;
    QVERIFY(again.open(&*r1, project, series).ok());
    QCOMPARE(int(again.marks().size()), 2);
    QCOMPARE(again.eod(), 3);
    QVERIFY(again.reading().superscan);
    // The data manager sees r1's marks, read-only; the reader's own reading stays r1's to edit.
    auto dm = ReadingStudy::open(db, QStringLiteral("dm"));
    HotspotReading shown;
    QVERIFY(shown.open(&*dm, project, series, QStringLiteral("r1")).ok());
    QCOMPARE(int(shown.marks().size()), 2);
    QCOMPARE(shown.reader(), QStringLiteral("r1"));
    QVERIFY(shown.readOnly());
    QVERIFY(!shown.setSuperscan(false).ok());
    // Submitted: read-only, and it says why.
    QVERIFY(r1->submit(project, series).ok());
    HotspotReading done;
    QVERIFY(done.open(&*r1, project, series).ok());
    QVERIFY(done.readOnly());
    QVERIFY(!done.readOnlyReason().isEmpty());
    QVERIFY(!done.addMark(mark(QStringLiteral("anterior"), 60, QStringLiteral("pelvis"), call::benign)).ok());
  }

  // A reader's hotspots leave as a TID 1500 SR beside the scan: one finding per lesion (the
  // posterior mark of a lesion marked in both views in the same finding), the call as the
  // finding, the region as the site with its laterality, each mark a POINT on its own frame;
  // dciodvfy finds no error and pydicom reads it back as written.
  void hotspotsLeaveAsAnSrThatPydicomReads() {
    RC_REQUIRE_DCIODVFY();
    RC_REQUIRE_PYDICOM();
    OneScanStudy study;
    QVERIFY(study.make());
    auto r1 = ReadingStudy::open(*study.db, QStringLiteral("r1"));
    QVERIFY(r1.ok());
    const QString sop = study.db->instancesOfSeries(study.series).value().front().sopInstanceUid;
    const BoneScanHotspot rib = study.phantom.patients[1].hotspots[2];
    ViewerReading reading;
    reading.marks = {markAt(QStringLiteral("anterior"), rib.x, rib.y, QStringLiteral("ribs-right"), call::metastasis, -1, sop),
                     markAt(QStringLiteral("posterior"), kBoneScanColumns - 1 - rib.x, rib.y, QStringLiteral("ribs-right"), call::metastasis, 0, sop),
                     markAt(QStringLiteral("anterior"), 128, 372, QStringLiteral("lumbar-spine"), call::benign, -1, sop)};
    QVERIFY(saveViewerReading(*r1, study.project, study.series, reading).ok());
    const qint64 caseId = r1->store().caseOf(study.project.id, study.series).value()->id;
    const auto marks = BoneScanStore(*study.db).marks(caseId, QStringLiteral("r1")).value();
    QCOMPARE(int(marks.size()), 3);

    LabelExportOptions options;
    options.table = study.fixture->deid.table.get();
    options.profile = study.fixture->deid.profile.get();
    options.partner = QStringLiteral("bone partner");
    options.labelSet = LabelSetKey{study.series, study.project.id, QStringLiteral("r1")};
    options.moreFindings = [&](const Volume& scan) { return hotspotFindings(marks, scan, QStringLiteral("r1"), study.series); };
    const QString out = study.dir.filePath(QStringLiteral("out"));
    const auto exported = exportSeriesLabels(*study.fixture->store, study.series, out, options);
    QVERIFY2(exported.ok(), qPrintable(exported.error()));
    QVERIFY(!exported->srPath.isEmpty());
    QVERIFY2(exported->leftOut.isEmpty(), qPrintable(exported->leftOut.join(QLatin1Char('\n'))));
    RC_VERIFY_DCIODVFY(exported->srPath);
    const QJsonObject sr = test::pydicomSummary(exported->srPath);
    // The measurement groups: tracking UID, finding, site (+ laterality), and each NUM's point.
    struct Group {
      QString uid;
      QJsonArray finding, site, laterality, point, unit;
      int frame = -1;
      QString image;
    };
    std::vector<Group> groups;
    std::function<void(const QJsonObject&)> walk = [&](const QJsonObject& node) {
      const QJsonArray name = node[QStringLiteral("name")].toArray();
      if (node[QStringLiteral("valueType")].toString() == QLatin1String("CONTAINER") && name.at(0).toString() == QLatin1String("125007")) {
        Group g;
        for (const QJsonValue& c : node[QStringLiteral("children")].toArray()) {
          const QJsonObject child = c.toObject();
          const QString concept = child[QStringLiteral("name")].toArray().at(0).toString();
          if (concept == QLatin1String("112040")) g.uid = child[QStringLiteral("value")].toString();
          if (concept == QLatin1String("121071")) g.finding = child[QStringLiteral("value")].toArray();
          if (concept == QLatin1String("363698007")) {
            g.site = child[QStringLiteral("value")].toArray();
            for (const QJsonValue& m : child[QStringLiteral("children")].toArray())
              if (m.toObject()[QStringLiteral("name")].toArray().at(0).toString() == QLatin1String("272741003"))
                g.laterality = m.toObject()[QStringLiteral("value")].toArray();
          }
          if (child[QStringLiteral("valueType")].toString() == QLatin1String("NUM")) {
            g.unit = child[QStringLiteral("unit")].toArray();
            for (const QJsonValue& sc : child[QStringLiteral("children")].toArray()) {
              const QJsonObject scoord = sc.toObject();
              if (scoord[QStringLiteral("valueType")].toString() != QLatin1String("SCOORD")) continue;
              QVERIFY(scoord[QStringLiteral("graphicType")].toString() == QLatin1String("POINT"));
              g.point = scoord[QStringLiteral("value")].toArray();
              const QJsonObject image = scoord[QStringLiteral("children")].toArray().at(0).toObject()[QStringLiteral("value")].toObject();
              g.image = image[QStringLiteral("uid")].toString();
              g.frame = image[QStringLiteral("frame")].toInt(-1);
            }
          }
        }
        groups.push_back(g);
        return;
      }
      for (const QJsonValue& c : node[QStringLiteral("children")].toArray()) walk(c.toObject());
    };
    walk(sr[QStringLiteral("root")].toObject());
    QCOMPARE(int(groups.size()), 3);  // two marks of lesion 1, one of lesion 2
    QCOMPARE(groups[0].uid, groups[1].uid);  // one lesion, seen in both views
    QVERIFY(groups[2].uid != groups[0].uid);
    QCOMPARE(groups[0].finding.at(0).toString(), QStringLiteral("128462008"));
    QCOMPARE(groups[0].site.at(0).toString(), QStringLiteral("113197003"));
    QCOMPARE(groups[0].laterality.at(0).toString(), QStringLiteral("24028007"));
    QCOMPARE(groups[2].finding.at(0).toString(), QStringLiteral("BS-BENIGN"));
    QCOMPARE(groups[2].site.at(0).toString(), QStringLiteral("122496007"));
    QVERIFY(groups[2].laterality.isEmpty());
    QCOMPARE(groups[0].unit.at(0).toString(), QStringLiteral("{counts}"));
    QCOMPARE(groups[0].image, sop);
    QCOMPARE(groups[0].frame, 1);
    QCOMPARE(groups[1].frame, 2);
    QCOMPARE(groups[0].point.at(0).toDouble(), rib.x + 0.5);
    QCOMPARE(groups[0].point.at(1).toDouble(), rib.y + 0.5);
    QCOMPARE(groups[1].point.at(0).toDouble(), kBoneScanColumns - 1 - rib.x + 0.5);
    // Read back by RadCurator: the codes map to region and call again.
    const auto back = readMeasurementReport(exported->srPath);
    QVERIFY2(back.ok(), qPrintable(back.error()));
    QCOMPARE(int(back->findings.size()), 2);
    QCOMPARE(callOf(back->findings[0].finding), call::metastasis);
    QCOMPARE(regionOfSite(back->findings[0].site, back->findings[0].laterality), QStringLiteral("ribs-right"));
    // The patient's identifiers are nowhere in it (the export ran the PHI scan; check by hand too).
    QFile f(exported->srPath);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(!bytes.contains("BONE-0002"));
    QVERIFY(!bytes.contains("SUZUKI"));
  }

  void readingsAreStoredWithTheirMarksAndAnOptOutTakesEverything() {
    QTemporaryDir dir;
    const auto phantom = writeBoneScanPhantom(dir.filePath(QStringLiteral("in")), 2);
    QVERIFY(phantom.ok());
    auto fixture = test::StoreFixture::open(dir.filePath(QStringLiteral("store")));
    QVERIFY(fixture);
    QCOMPARE(fixture->import({dir.filePath(QStringLiteral("in"))}).filesImported, 2);
    CaseDatabase db(*fixture->store);
    const auto series = db.listSeries().value();
    QCOMPARE(int(series.size()), 2);
    auto study = ReadingStudy::open(db, QStringLiteral("dm"));
    QVERIFY(study.ok());
    for (const QString& r : {QStringLiteral("r1"), QStringLiteral("r2")}) QVERIFY(study->addPerson(r, {}, {role::reader}).ok());
    QVERIFY(study->addPerson(QStringLiteral("bsi-ai"), {}, {role::reader}, {}, QStringLiteral("model"), QStringLiteral("1")).ok());
    ProjectRecord design;
    design.name = QStringLiteral("bone");
    design.readersPerCase = 2;
    design.blinded = true;
    QVERIFY(study->createProject(design).ok());
    const ProjectRecord project = study->project(QStringLiteral("bone")).value();
    QCOMPARE(study->addCases(project, {series[0].seriesUid, series[1].seriesUid}, {}).value(), 2);
    QCOMPARE(study->assignRoundRobin(project, {QStringLiteral("r1"), QStringLiteral("r2")}).value(), 4);

    // r1 reads case 0 in the viewer: two metastases (one seen in both views), one benign spot.
    auto r1 = ReadingStudy::open(db, QStringLiteral("r1"));
    QVERIFY(r1.ok());
    QVERIFY(r1->startReading(project, series[0].seriesUid).ok());
    ViewerReading reading;
    const QString sop = QStringLiteral("1.2.3");
    reading.marks = {{sop, 1, QStringLiteral("anterior"), 128, 205, QStringLiteral("thoracic-spine"), call::metastasis, -1},
                     {sop, 2, QStringLiteral("posterior"), 127, 206, QStringLiteral("thoracic-spine"), call::metastasis, 0},
                     {sop, 1, QStringLiteral("anterior"), 84, 232, QStringLiteral("ribs-right"), call::metastasis, -1},
                     {sop, 1, QStringLiteral("anterior"), 128, 372, QStringLiteral("lumbar-spine"), call::benign, -1}};
    const auto first = saveViewerReading(*r1, project, series[0].seriesUid, reading);
    QVERIFY2(first.ok(), qPrintable(first.error()));
    QCOMPARE(*first, 1);
    // A second window still at revision 0 loses, and is told.
    const auto stale = saveViewerReading(*r1, project, series[0].seriesUid, reading);
    QCOMPARE(int(stale.failureKind()), int(FailureKind::Conflict));
    const auto loaded = loadViewerReading(*r1, project, series[0].seriesUid);
    QVERIFY(loaded.ok());
    QCOMPARE(int(loaded->marks.size()), 4);
    QCOMPARE(loaded->marks[1].sameLesionAs, 0);
    QCOMPARE(loaded->marks[1].view, QStringLiteral("posterior"));
    QCOMPARE(loaded->marks[2].region, QStringLiteral("ribs-right"));
    QCOMPARE(loaded->revision, 1);
    const auto stored = BoneScanStore(db).reads(project.id).value();
    QCOMPARE(int(stored.size()), 1);
    QCOMPARE(stored[0].metastases, 2);
    QCOMPARE(stored[0].eod, 1);
    // Blinded: r2 cannot see r1's reading while r2 has not submitted.
    auto r2 = ReadingStudy::open(db, QStringLiteral("r2"));
    QVERIFY(visibleReads(*r2, project)->empty());
    QCOMPARE(int(visibleReads(*study, project)->size()), 1);
    // An unsubmitted viewer reading does not enter the comparison; a submitted one does.
    QVERIFY(comparisonCases(*study, project)->at(0).readers.empty());
    QVERIFY(!comparisonCases(*r2, project).ok());  // a reader sees no comparison
    QVERIFY(r1->submit(project, series[0].seriesUid).ok());
    QCOMPARE(int(comparisonCases(*study, project)->at(0).readers.size()), 1);
    // Once submitted, the reading is r1's no more to change.
    reading.revision = 1;
    QVERIFY(!saveViewerReading(*r1, project, series[0].seriesUid, reading).ok());

    // Paper readings: a model is not a reader; a viewer reading is never replaced.
    const QString code0 = series[0].patientCode, code1 = series[1].patientCode;
    const SpreadsheetTable paper = sheetOf({QStringLiteral("patient_code"), QStringLiteral("reader"), QStringLiteral("metastases"), QStringLiteral("eod"),
                                            QStringLiteral("metastasis")},
                                           {{code1, QStringLiteral("r2"), QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("なし")},
                                            {code1, QStringLiteral("bsi-ai"), QStringLiteral("3"), QStringLiteral("1"), QStringLiteral("yes")},
                                            {code0, QStringLiteral("r1"), QStringLiteral("5"), QStringLiteral("1"), QStringLiteral("yes")},
                                            {code1, QStringLiteral("r1"), QStringLiteral("2"), QStringLiteral("1"), QStringLiteral("no")},
                                            {code1, QStringLiteral("r1"), QStringLiteral("4"), QStringLiteral("2"), QStringLiteral("yes")}});
    QVERIFY(!importReads(db, *r1, project, nullptr, paper, QStringLiteral("paper.csv")).ok());  // a reader does not import
    const auto imported = importReads(db, *study, project, nullptr, paper, QStringLiteral("paper.csv"));
    QVERIFY2(imported.ok(), qPrintable(imported.error()));
    QCOMPARE(imported->stored, 2);
    QStringList reasons;
    for (const auto& p : imported->invalid) reasons << QStringLiteral("%1 %2").arg(p.row).arg(p.reason);
    QCOMPARE(reasons.size(), 3);
    QVERIFY(reasons[0].startsWith(QStringLiteral("2 ")) && reasons[0].contains(QStringLiteral("model")));
    QVERIFY(reasons[1].startsWith(QStringLiteral("3 ")) && reasons[1].contains(QStringLiteral("viewer")));
    QVERIFY(reasons[2].startsWith(QStringLiteral("4 ")) && reasons[2].contains(QStringLiteral("no")));
    const auto r1OnCase1 = BoneScanStore(db).read(study->store().caseOf(project.id, series[1].seriesUid)->value().id, QStringLiteral("r1")).value();
    QVERIFY(r1OnCase1.has_value());
    QCOMPARE(r1OnCase1->eod, 2);
    QVERIFY(r1OnCase1->eodReason.contains(QStringLiteral("as given on paper")));  // 4 metastases give 1; the paper's 2 is kept, and why

    // Results of both patients, then an opt-out of patient 0: its readings, marks and results go.
    BoneScanStore store(db);
    QVERIFY(store.saveResults({ProgramResultRecord{code0, {}, QStringLiteral("BONENAVI"), QStringLiteral("2.1"), QStringLiteral("MDP"), 1.2, 4, {}, {}, {}, {}},
                               ProgramResultRecord{code1, {}, QStringLiteral("VSBONE"), QStringLiteral("3.0"), QStringLiteral("HMDP"), 0.0, 0, {}, {}, {}, {}}},
                              AuditEntry{QStringLiteral("program results imported"), QStringLiteral("dm"), {}, {}, {}, {}})
                .ok());
    QVERIFY(optOutPatient(*fixture->store, *fixture->deid.table, code0, QStringLiteral("dm")).ok());
    CaseDatabase after(*fixture->store);
    for (const QString& table : {QStringLiteral("bone_scan_reads"), QStringLiteral("bone_scan_marks"), QStringLiteral("bone_scan_results")}) {
      QSqlQuery q(after.sql());
      QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM %1 r WHERE %2").arg(table, table == QLatin1String("bone_scan_results")
                                                                                        ? QStringLiteral("r.patient_id NOT IN (SELECT id FROM patients)")
                                                                                        : QStringLiteral("r.case_id NOT IN (SELECT id FROM cases)"))));
      QVERIFY(q.next());
      QCOMPARE(q.value(0).toInt(), 0);
    }
    const auto left = BoneScanStore(after).results().value();
    QCOMPARE(int(left.size()), 1);
    QCOMPARE(left[0].patientCode, code1);
    QSqlQuery marks(after.sql());
    QVERIFY(marks.exec(QStringLiteral("SELECT count(*) FROM bone_scan_marks")) && marks.next());
    QCOMPARE(marks.value(0).toInt(), 0);
  }
};

RC_TEST_MAIN_ON_EITHER_ENGINE(TestBoneScan)
#include "test_bonescan.moc"
