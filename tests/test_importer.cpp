// importer: folders and media into the store; bad files reported while the rest goes on;
// re-import creates nothing new; cancel leaves only whole series.

#include "PostgresServer.h"
#include "common/Phantoms.h"
#include "StoreFixture.h"
#include "TestSupport.h"
#include "dicom/DicomHeader.h"
#include "importer/Importer.h"
#include "phantom/ChestPhantom.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>

#include <QDirIterator>
#include <QSqlQuery>

using namespace rc;

namespace {

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
    const auto phantom = writeChestPhantom(source.path(), test::smallChestPhantom());
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

    const auto fixture = test::StoreFixture::open(storeDir.path());
    QVERIFY(fixture);
    const CaseStore& store = *fixture->store;
    const ImportReport report = fixture->import({source.path()});
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

    CaseDatabase db(store);
    const auto series = db.listSeries();
    QVERIFY(series.ok());
    QCOMPARE(int(series->size()), 2);
    for (const SeriesSummary& s : series.value()) {
      // De-identified on the way in: the research code replaces name and ID.
      QCOMPARE(s.patientCode, QStringLiteral("RC-000001"));
      QCOMPARE(s.patientName, QStringLiteral("RC-000001"));
    }
    QCOMPARE(db.count(QStringLiteral("imports")).value(), 1);
    // The original identity lives only in the encrypted table.
    const auto* entry = fixture->deid.table->findByCode(QStringLiteral("RC-000001"));
    QVERIFY(entry);
    QCOMPARE(entry->identity.patientId, test::smallChestPhantom().patientId);
    QCOMPARE(entry->identity.name, test::smallChestPhantom().patientName);
    QCOMPARE(fixture->storeProblems(), QString());
  }

  void reimportCreatesNoDuplicates() {
    QTemporaryDir source, storeDir;
    QVERIFY(writeChestPhantom(source.path(), test::smallChestPhantom()).ok());
    const auto fixture = test::StoreFixture::open(storeDir.path());
    QVERIFY(fixture);
    const CaseStore& store = *fixture->store;
    const ImportReport first = fixture->import({source.path()});
    QCOMPARE(first.filesImported, 21);
    const ImportReport second = fixture->import({source.path()});
    QCOMPARE(second.filesImported, 0);
    QCOMPARE(second.seriesImported, 0);
    QCOMPARE(second.alreadyPresent, 21);
    QCOMPARE(second.errors, 0);
    QVERIFY(second.ok());
    CaseDatabase db(store);
    QCOMPARE(db.count(QStringLiteral("instances")).value(), 21);
    QCOMPARE(storedFiles(store), 21);
    QCOMPARE(fixture->storeProblems(), QString());
    // The same file given twice in one run is imported once.
    QTemporaryDir other;
    const auto fixture2 = test::StoreFixture::open(other.path());
    const ImportReport twice = fixture2->import({source.path(), source.filePath(QStringLiteral("CR"))});
    QCOMPARE(twice.filesImported, 21);
  }

  void laterImportsGetTheSameUids() {
    // Half of a series now, the rest later (and a second store with the same table): the
    // keyed mapping gives every part the same new study and series UIDs.
    QTemporaryDir source, firstHalf, secondHalf, storeDir;
    const auto phantom = writeChestPhantom(source.path(), test::smallChestPhantom());
    QVERIFY(phantom.ok());
    for (int i = 0; i < phantom->ctFiles.size(); ++i)
      QVERIFY(QFile::copy(phantom->ctFiles[i], QDir(i < 10 ? firstHalf.path() : secondHalf.path()).filePath(QFileInfo(phantom->ctFiles[i]).fileName())));
    const auto fixture = test::StoreFixture::open(storeDir.path());
    QVERIFY(fixture);
    QCOMPARE(fixture->import({firstHalf.path()}).filesImported, 10);
    QCOMPARE(fixture->import({secondHalf.path()}).filesImported, 10);
    CaseDatabase db(*fixture->store);
    const auto series = db.listSeries();
    QCOMPARE(int(series->size()), 1);
    QCOMPARE(series->front().instanceCount, 20);
    QCOMPARE(series->front().seriesUid, mapUid(fixture->deid.table->secret(), phantom->ctSeriesInstanceUid));
    QCOMPARE(series->front().studyUid, mapUid(fixture->deid.table->secret(), phantom->studyInstanceUid));
    QVERIFY(series->front().seriesUid != phantom->ctSeriesInstanceUid);
    QCOMPARE(fixture->storeProblems(), QString());
  }

  void outputsNamingAnotherPatientOfTheImportAreRefused() {
    // Patient B's radiograph carries a comment naming patient A, who is imported in the same
    // run but later in file order. B's own identifiers are not in the comment, so only the
    // check against the whole correspondence table (A's code issued before any file is
    // de-identified) can catch it.
    QTemporaryDir source, storeDir;
    PhantomOptions a = test::smallChestPhantom();
    a.patientName = QStringLiteral("KOBAYASHI^MAKOTO");
    PhantomOptions b = test::smallChestPhantom();
    b.patientId = QStringLiteral("HOSP-7781");
    b.patientName = QStringLiteral("SUZUKI^HANAKO");
    b.patientBirthDate = QStringLiteral("19700102");
    const auto phantomB = writeChestPhantom(source.filePath(QStringLiteral("1-patient-b")), b);
    const auto phantomA = writeChestPhantom(source.filePath(QStringLiteral("2-patient-a")), a);
    QVERIFY(phantomA.ok() && phantomB.ok());
    {
      DcmFileFormat file;
      const QByteArray path = QFile::encodeName(phantomB->xrayFile);
      QVERIFY(file.loadFile(path.constData()).good());
      file.getDataset()->putAndInsertString(DCM_ImageComments, "compare with the film of Makoto Kobayashi");
      QVERIFY(file.saveFile(path.constData(), file.getDataset()->getOriginalXfer()).good());
    }
    const auto fixture = test::StoreFixture::open(storeDir.path(), QStringLiteral("site"), {DeidOption::CleanDescriptors});
    QVERIFY(fixture);
    const ImportReport report = fixture->import({source.path()});
    QCOMPARE(report.errors, 1);
    QCOMPARE(report.filesImported, 41);  // 2 x 20 CT slices + A's radiograph
    QCOMPARE(countIssues(report, ImportIssue::Kind::Error, QStringLiteral("1-patient-b/CR")), 1);
    for (const auto& issue : report.issues) {
      if (issue.kind != ImportIssue::Kind::Error) continue;
      QVERIFY2(issue.reason.contains(QLatin1String("(0020,4000)")), qPrintable(issue.reason));
      QVERIFY2(!issue.reason.contains(QLatin1String("KOBAYASHI"), Qt::CaseInsensitive), qPrintable(issue.reason));  // no PHI in reports
    }
    QCOMPARE(int(fixture->deid.table->entries().size()), 2);
    QCOMPARE(fixture->storeProblems(), QString());
  }

  void cancelLeavesOnlyWholeSeries() {
    QTemporaryDir source, storeDir;
    QVERIFY(writeChestPhantom(source.path(), test::smallChestPhantom()).ok());
    const auto fixture = test::StoreFixture::open(storeDir.path());
    QVERIFY(fixture);
    const CaseStore& store = *fixture->store;
    Progress progress;
    // 21 header reports come first; the next report says the first series (the radiograph,
    // first in file order) is stored: cancel there.
    int reports = 0;
    progress.setCallback([&](qint64, qint64, const QString&) {
      if (++reports == 22) progress.cancel();
    });
    const ImportReport report = fixture->import({source.path()}, progress);
    QVERIFY(report.cancelled);
    QCOMPARE(report.seriesImported, 1);
    CaseDatabase db(store);
    const auto series = db.listSeries();
    QCOMPARE(int(series->size()), 1);
    QCOMPARE(series->front().instanceCount, 1);
    QCOMPARE(storedFiles(store), 1);
    // Running again completes the import.
    const ImportReport rest = fixture->import({source.path()});
    QCOMPARE(rest.filesImported, 20);
    QCOMPARE(rest.alreadyPresent, 1);
    QCOMPARE(fixture->storeProblems(), QString());
  }

  void importsDicomDirMedia() {
    const QString media = QStringLiteral("dicomdir-media/pydicom_dicomdirtests");
    RC_REQUIRE_SAMPLE(media);
    QTemporaryDir storeDir;
    const auto fixture = test::StoreFixture::open(storeDir.path());
    QVERIFY(fixture);
    // Importing the DICOMDIR file itself brings in the files it references.
    const ImportReport report = fixture->import({test::samplePath(media + QStringLiteral("/DICOMDIR"))});
    QCOMPARE(report.errors, 0);
    QCOMPARE(report.filesImported, 31);
    CaseDatabase db(*fixture->store);
    QCOMPARE(db.count(QStringLiteral("instances")).value(), 31);
    QCOMPARE(fixture->storeProblems(), QString());
  }

  void reportsDicomDirReferencesToMissingFiles() {
    const QString media = QStringLiteral("mr-dwi-adc/philips_dwi_classic_and_enhanced/In/enh");
    RC_REQUIRE_SAMPLE(media);
    QTemporaryDir storeDir;
    const auto fixture = test::StoreFixture::open(storeDir.path());
    const ImportReport report = fixture->import({test::samplePath(media)});
    QCOMPARE(countIssues(report, ImportIssue::Kind::Error, QStringLiteral("IM_0001")), 1);
    QVERIFY(report.errors >= 1);
  }

  void storeCheckFindsWhatIsWrong() {
    QTemporaryDir source, storeDir;
    QVERIFY(writeChestPhantom(source.path(), test::smallChestPhantom()).ok());
    const auto fixture = test::StoreFixture::open(storeDir.path());
    QVERIFY(fixture);
    QCOMPARE(fixture->import({source.path()}).filesImported, 21);
    QCOMPARE(fixture->storeProblems(), QString());
    CaseDatabase db(*fixture->store);
    const auto instances = db.allInstances();
    QVERIFY(instances.ok() && instances->size() == 21);
    // One file changed on disk, one gone, one stray file, one row filed under another patient.
    QFile changed(fixture->store->absoluteFilePath((*instances)[0].record.filePath));
    QVERIFY(changed.open(QIODevice::ReadWrite));
    changed.seek(changed.size() - 10);
    changed.write("XXXXXXXXXX");
    changed.close();
    QVERIFY(QFile::remove(fixture->store->absoluteFilePath((*instances)[1].record.filePath)));
    QFile stray(fixture->store->absoluteFilePath(QStringLiteral("stray.dcm")));
    QVERIFY(stray.open(QIODevice::WriteOnly));
    stray.write("x");
    stray.close();
    QSqlQuery q(db.sql());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO patients (code) VALUES ('RC-999999')")));
    QVERIFY(q.exec(QStringLiteral("UPDATE studies SET patient_id = (SELECT id FROM patients WHERE code = 'RC-999999') "
                                  "WHERE id = (SELECT MIN(id) FROM studies)")));
    const auto report = checkStore(*fixture->store);
    QVERIFY(report.ok());
    QVERIFY(!report->ok());
    const QString problems = fixture->storeProblems();
    QVERIFY2(problems.contains(QStringLiteral("SHA-256")), qPrintable(problems));
    QVERIFY2(problems.contains(QStringLiteral("the file is missing")), qPrintable(problems));
    QVERIFY2(problems.contains(QStringLiteral("stray.dcm: no row")), qPrintable(problems));
    QVERIFY2(problems.contains(QStringLiteral("but is filed under patient RC-999999")), qPrintable(problems));
  }

  void missingPathIsAnError() {
    QTemporaryDir storeDir;
    const auto fixture = test::StoreFixture::open(storeDir.path());
    const ImportReport report = fixture->import({storeDir.filePath(QStringLiteral("no-such-folder"))});
    QCOMPARE(report.errors, 1);
    QCOMPARE(report.filesFound, 0);
  }
};

RC_TEST_MAIN_ON_EITHER_ENGINE(TestImporter)
#include "test_importer.moc"
