// importer: folders and media into the store; bad files reported while the rest goes on;
// re-import creates nothing new; cancel leaves only whole series.

#include "TestSupport.h"
#include "dicom/DicomHeader.h"
#include "importer/Importer.h"
#include "phantom/ChestPhantom.h"

#include <QDirIterator>

using namespace rc;

namespace {

PhantomOptions smallPhantom() {
  PhantomOptions o;
  o.matrix = 64;
  o.slices = 20;
  o.pixelSpacing = 5.6;
  o.sliceSpacing = 15.0;
  return o;
}

int countIssues(const ImportReport& r, ImportIssue::Kind kind, const QString& pathPart) {
  int n = 0;
  for (const auto& i : r.issues)
    if (i.kind == kind && i.path.contains(pathPart)) ++n;
  return n;
}

int storedFiles(const CaseStore& store) {
  int n = 0;
  QDirIterator it(store.filesDirectory(), QDir::Files, QDirIterator::Subdirectories);
  while (it.hasNext()) {
    it.next();
    ++n;
  }
  return n;
}

}  // namespace

class TestImporter : public QObject {
  Q_OBJECT
private slots:
  void importsAndReportsBadFiles() {
    QTemporaryDir source, storeDir;
    const auto phantom = writeChestPhantom(source.path(), smallPhantom());
    QVERIFY2(phantom.ok(), qPrintable(phantom.error()));
    // A text file, a DICOM file cut short inside its pixel data, and one cut in its header.
    QFile notes(source.filePath(QStringLiteral("notes.txt")));
    QVERIFY(notes.open(QIODevice::WriteOnly));
    notes.write("not an image\n");
    notes.close();
    QFile original(phantom->ctFiles.first());
    QVERIFY(original.open(QIODevice::ReadOnly));
    const QByteArray bytes = original.readAll();
    for (const auto& [name, length] : {std::pair<const char*, int>{"cut-in-pixels.dcm", int(bytes.size() - 500)},
                                      std::pair<const char*, int>{"cut-in-header.dcm", 700}}) {
      QFile cut(source.filePath(QLatin1String(name)));
      QVERIFY(cut.open(QIODevice::WriteOnly));
      QByteArray copy = bytes.left(length);
      // Give the broken copies their own SOP Instance UID so they are not mere duplicates.
      copy.replace(QByteArray("/ct/0"), QByteArray("/ct/X"));
      cut.write(copy);
    }

    const auto store = CaseStore::open(storeDir.path());
    QVERIFY(store.ok());
    const ImportReport report = Importer(store.value()).run({source.path()});
    QCOMPARE(report.filesFound, 24);
    QCOMPARE(report.filesImported, 21);  // 20 CT slices + 1 radiograph
    QCOMPARE(report.seriesImported, 2);
    QCOMPARE(report.skipped, 1);
    QCOMPARE(report.errors, 2);
    QCOMPARE(countIssues(report, ImportIssue::Kind::Skipped, QStringLiteral("notes.txt")), 1);
    QCOMPARE(countIssues(report, ImportIssue::Kind::Error, QStringLiteral("cut-in-pixels.dcm")), 1);
    QCOMPARE(countIssues(report, ImportIssue::Kind::Error, QStringLiteral("cut-in-header.dcm")), 1);
    for (const auto& issue : report.issues) QVERIFY2(!issue.reason.isEmpty(), qPrintable(issue.path));
    QCOMPARE(report.summaryLine(), QStringLiteral("imported 21 files, 2 series, 1 skipped, 2 errors"));
    QVERIFY(!report.ok());

    CaseDatabase db(store.value());
    const auto series = db.listSeries();
    QVERIFY(series.ok());
    QCOMPARE(int(series->size()), 2);
    for (const SeriesSummary& s : series.value()) {
      QCOMPARE(s.patientCode, QStringLiteral("DEMO-0001"));
      // Text decoded from ISO 2022 IR 87 on the way in.
      QCOMPARE(s.patientName, smallPhantom().patientName);
    }
    QCOMPARE(db.count(QStringLiteral("imports")).value(), 1);
  }

  void reimportCreatesNoDuplicates() {
    QTemporaryDir source, storeDir;
    QVERIFY(writeChestPhantom(source.path(), smallPhantom()).ok());
    const auto store = CaseStore::open(storeDir.path());
    QVERIFY(store.ok());
    const ImportReport first = Importer(store.value()).run({source.path()});
    QCOMPARE(first.filesImported, 21);
    const ImportReport second = Importer(store.value()).run({source.path()});
    QCOMPARE(second.filesImported, 0);
    QCOMPARE(second.seriesImported, 0);
    QCOMPARE(second.alreadyPresent, 21);
    QCOMPARE(second.errors, 0);
    QVERIFY(second.ok());
    CaseDatabase db(store.value());
    QCOMPARE(db.count(QStringLiteral("instances")).value(), 21);
    QCOMPARE(storedFiles(store.value()), 21);
    // The same file given twice in one run is imported once.
    QTemporaryDir other;
    const auto store2 = CaseStore::open(other.path());
    const ImportReport twice = Importer(store2.value()).run({source.path(), source.filePath(QStringLiteral("CR"))});
    QCOMPARE(twice.filesImported, 21);
  }

  void cancelLeavesOnlyWholeSeries() {
    QTemporaryDir source, storeDir;
    QVERIFY(writeChestPhantom(source.path(), smallPhantom()).ok());
    const auto store = CaseStore::open(storeDir.path());
    QVERIFY(store.ok());
    Progress progress;
    // 21 header reports come first; the next report says the first series (the radiograph,
    // first in file order) is stored: cancel there.
    int reports = 0;
    progress.setCallback([&](qint64, qint64, const QString&) {
      if (++reports == 22) progress.cancel();
    });
    const ImportReport report = Importer(store.value()).run({source.path()}, progress);
    QVERIFY(report.cancelled);
    QCOMPARE(report.seriesImported, 1);
    CaseDatabase db(store.value());
    const auto series = db.listSeries();
    QCOMPARE(int(series->size()), 1);
    QCOMPARE(series->front().instanceCount, 1);
    QCOMPARE(storedFiles(store.value()), 1);
    // Running again completes the import.
    const ImportReport rest = Importer(store.value()).run({source.path()});
    QCOMPARE(rest.filesImported, 20);
    QCOMPARE(rest.alreadyPresent, 1);
  }

  void importsDicomDirMedia() {
    const QString media = QStringLiteral("dicomdir-media/pydicom_dicomdirtests");
    RC_REQUIRE_SAMPLE(media);
    QTemporaryDir storeDir;
    const auto store = CaseStore::open(storeDir.path());
    QVERIFY(store.ok());
    // Importing the DICOMDIR file itself brings in the files it references.
    const ImportReport report = Importer(store.value()).run({test::samplePath(media + QStringLiteral("/DICOMDIR"))});
    QCOMPARE(report.errors, 0);
    QCOMPARE(report.filesImported, 31);
    CaseDatabase db(store.value());
    QCOMPARE(db.count(QStringLiteral("instances")).value(), 31);
  }

  void reportsDicomDirReferencesToMissingFiles() {
    const QString media = QStringLiteral("mr-dwi-adc/philips_dwi_classic_and_enhanced/In/enh");
    RC_REQUIRE_SAMPLE(media);
    QTemporaryDir storeDir;
    const auto store = CaseStore::open(storeDir.path());
    const ImportReport report = Importer(store.value()).run({test::samplePath(media)});
    QCOMPARE(countIssues(report, ImportIssue::Kind::Error, QStringLiteral("IM_0001")), 1);
    QVERIFY(report.errors >= 1);
  }

  void missingPathIsAnError() {
    QTemporaryDir storeDir;
    const auto store = CaseStore::open(storeDir.path());
    const ImportReport report = Importer(store.value()).run({storeDir.filePath(QStringLiteral("no-such-folder"))});
    QCOMPARE(report.errors, 1);
    QCOMPARE(report.filesFound, 0);
  }
};

QTEST_GUILESS_MAIN(TestImporter)
#include "test_importer.moc"
