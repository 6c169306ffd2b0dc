// Hostile input (issue 13): every class of file the robustness campaign found to crash import,
// de-identification, the PHI scan, loading or label import is generated here
// (tests/tools/hostile_corpus.py, byte by byte) and fed to every entry point. Each must end
// with a clean, specific error or a correct result: no crash, no hang, no huge allocation,
// and one bad file costs only itself. CI also runs this test in a build with
// -fsanitize=address,undefined, where any memory error fails it.

#include "StoreFixture.h"
#include "TestSupport.h"
#include "core/Labels.h"
#include "deid/Deidentifier.h"
#include "deid/PhiScanner.h"
#include "dicom/DicomDir.h"
#include "dicom/DicomFile.h"
#include "dicom/DicomHeader.h"
#include "dicom/TextElements.h"
#include "dicom/VolumeLoader.h"
#include "casework/LabelTransfer.h"
#include "exchange/Seg.h"
#include "exchange/Sr.h"
#include "casework/StoreCheck.h"
#include "phantom/ChestPhantom.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>

#include <QJsonArray>
#include <QJsonObject>

#include <sys/resource.h>

using namespace rc;

namespace {

struct HostileFile {
  QString path;
  QString klass;
  QString expect;   // "refused" (everywhere), "import-refused" (by the import, in context) or "either"
  QString message;  // lower-case substring of the refusal
};

long maxRssMb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss / 1024;
}

}  // namespace

class TestHostile : public QObject {
  Q_OBJECT

  QTemporaryDir dir_;
  std::vector<HostileFile> files_;
  QStringList good_;
  QString dicomDir_;
  QString outside_;

private slots:
  void initTestCase() {
    QVERIFY(dir_.isValid());
    QProcess generator;
    generator.start(QStringLiteral("/usr/bin/python3"),
                    {QDir(test::testToolsDir()).filePath(QStringLiteral("hostile_corpus.py")), dir_.filePath(QStringLiteral("corpus"))});
    QVERIFY(generator.waitForFinished(120000));
    QVERIFY2(generator.exitCode() == 0, generator.readAllStandardError().constData());
    const QJsonObject manifest = QJsonDocument::fromJson(generator.readAllStandardOutput()).object();
    for (const QJsonValue& v : manifest.value(QStringLiteral("files")).toArray()) {
      const QJsonObject o = v.toObject();
      files_.push_back({o.value(QStringLiteral("path")).toString(), o.value(QStringLiteral("class")).toString(),
                        o.value(QStringLiteral("expect")).toString(), o.value(QStringLiteral("message")).toString()});
    }
    for (const QJsonValue& v : manifest.value(QStringLiteral("good")).toArray()) good_ << v.toString();
    const QJsonObject medium = manifest.value(QStringLiteral("media")).toArray().at(0).toObject();
    dicomDir_ = medium.value(QStringLiteral("dicomdir")).toString();
    outside_ = medium.value(QStringLiteral("outside")).toArray().at(0).toString();
    QVERIFY(files_.size() >= 19);
    QVERIFY(good_.size() >= 15);
  }

  void everyEntryPointEndsCleanly_data() {
    QTest::addColumn<int>("index");
    for (int i = 0; i < int(files_.size()); ++i)
      QTest::newRow(qPrintable(QFileInfo(files_[size_t(i)].path).fileName())) << i;
  }

  void everyEntryPointEndsCleanly() {
    QFETCH(int, index);
    const HostileFile& f = files_[size_t(index)];
    const long rssBefore = maxRssMb();
    auto expectRefusal = [&](const QString& what, bool ok, const QString& error) {
      if (f.expect != QLatin1String("refused")) return;
      QVERIFY2(!ok, qPrintable(QStringLiteral("%1 accepted %2").arg(what, f.path)));
      QVERIFY2(error.startsWith(f.path) || error.contains(f.path), qPrintable(error));
      QVERIFY2(error.toLower().contains(f.message), qPrintable(QStringLiteral("%1: %2").arg(what, error)));
    };

    const auto header = readDicomHeader(f.path);
    expectRefusal(QStringLiteral("header scan"), header.ok(), header.error());

    const auto profile = DeidProfile::basic();
    QVERIFY(profile.ok());
    DeidContext context;
    context.profile = &profile.value();
    context.uidSecret = newOneOffUidSecret();
    const QString out = dir_.filePath(QStringLiteral("deid-%1.dcm").arg(index));
    const auto deidentified = deidentifyFileChecked(f.path, out, context);
    expectRefusal(QStringLiteral("de-identification"), deidentified.ok(), deidentified.error());
    if (!deidentified) QVERIFY(!QFileInfo::exists(out));

    const auto scan = PhiScanner(&profile.value()).scanFile(f.path);
    expectRefusal(QStringLiteral("PHI scan"), scan.ok(), scan.error());
    const auto texts = readTextElements(f.path);
    expectRefusal(QStringLiteral("text elements"), texts.ok(), texts.error());

    const auto loaded = loadVolume({f.path});
    expectRefusal(QStringLiteral("load"), loaded.ok(), loaded.error());
    if (f.klass == QLatin1String("sizes") || f.klass == QLatin1String("rle")) {
      // Claims the data does not back are refused before anything is allocated for them.
      QVERIFY2(!loaded.ok(), qPrintable(f.path));
      QVERIFY2(!loaded.error().isEmpty(), qPrintable(f.path));
    }
    const auto report = readMeasurementReport(f.path);
    QVERIFY(!report.ok());  // none of these is a valid report
    const auto seg = readSegmentationInfo(f.path);
    QVERIFY(!seg.ok());
    // Nothing here may need more than a few hundred MB (the claims reach terabytes).
    QVERIFY2(maxRssMb() - rssBefore < 600, qPrintable(QStringLiteral("%1 MB more").arg(maxRssMb() - rssBefore)));
  }

  void nestingDepthIsNamed() {
    for (const HostileFile& f : files_) {
      if (f.klass != QLatin1String("nesting")) continue;
      const auto structure = checkFileStructure(f.path);
      QVERIFY(!structure.ok());
      QVERIFY2(structure.error().contains(QStringLiteral("%1 levels").arg(dcm::kMaxNestingDepth + 1)), qPrintable(structure.error()));
    }
  }

  void mediumReferencesStayInside() {
    const auto contents = readDicomDir(dicomDir_);
    QVERIFY2(contents.ok(), qPrintable(contents.error()));
    QCOMPARE(contents->files.size(), 1);
    QVERIFY(contents->files.first().endsWith(QStringLiteral("/DICOM/IM1")));
    // A record DCMTK throws on: one failure, nothing read.
    const auto thrown = readDicomDir(dir_.filePath(QStringLiteral("corpus/exception/DICOMDIR")));
    QVERIFY(!thrown.ok());
    QVERIFY2(thrown.error().contains(QStringLiteral("malformed data")), qPrintable(thrown.error()));
    QCOMPARE(contents->refused.size(), 4);  // "..", absolute, a link, ".." after a folder
    for (const QString& r : contents->refused) QVERIFY2(r.contains(QStringLiteral("outside the medium")), qPrintable(r));
  }

  void oneBadFileCostsOnlyItself() {
    // Everything at once: the hostile files, the good ones among them, and the medium.
    QTemporaryDir storeDir;
    const auto fixture = test::StoreFixture::open(storeDir.path());
    QVERIFY(fixture);
    const QStringList inputs = {dir_.filePath(QStringLiteral("corpus/good")), dir_.filePath(QStringLiteral("corpus/nesting")),
                                dir_.filePath(QStringLiteral("corpus/numbers")), dir_.filePath(QStringLiteral("corpus/sizes")),
                                dir_.filePath(QStringLiteral("corpus/rle")), dir_.filePath(QStringLiteral("corpus/palette")),
                                dir_.filePath(QStringLiteral("corpus/duplicates")), dir_.filePath(QStringLiteral("corpus/patients")),
                                dir_.filePath(QStringLiteral("corpus/charset")), dir_.filePath(QStringLiteral("corpus/truncated")),
                                dir_.filePath(QStringLiteral("corpus/exception")), dicomDir_};
    const ImportReport report = fixture->import(inputs);
    CaseDatabase db(*fixture->store);
    const auto instances = db.allInstances();
    QVERIFY(instances.ok());
    QSet<QString> storedSources;
    // Every known-good file is stored (the good copy of the duplicate among them).
    int goodStored = 0;
    for (const QString& g : good_) {
      const auto h = readDicomHeader(g);
      QVERIFY(h.ok());
      const QString mapped = mapUid(fixture->deid.table->secret(), h->sopInstanceUid);
      const bool found = std::any_of(instances->begin(), instances->end(),
                                     [&](const FiledInstance& i) { return i.record.sopInstanceUid == mapped; });
      if (found) ++goodStored;
      else qWarning("not stored: %s", qPrintable(g));
    }
    QCOMPARE(goodStored, int(good_.size()));
    // Each hostile file that must be refused is listed with its reason.
    for (const HostileFile& f : files_) {
      if (f.expect != QLatin1String("refused") && f.expect != QLatin1String("import-refused")) continue;
      const auto issue = std::find_if(report.issues.begin(), report.issues.end(), [&](const ImportIssue& i) { return i.path == f.path; });
      QVERIFY2(issue != report.issues.end(), qPrintable(f.path));
      QCOMPARE(issue->kind, ImportIssue::Kind::Error);
      QVERIFY2(issue->reason.toLower().contains(f.message), qPrintable(issue->reason));
    }
    // The damaged duplicate lost to the good copy and says so.
    const auto duplicate = std::find_if(report.issues.begin(), report.issues.end(), [](const ImportIssue& i) {
      return i.path.endsWith(QStringLiteral("a-damaged-copy.dcm"));
    });
    QVERIFY(duplicate != report.issues.end());
    QCOMPARE(duplicate->kind, ImportIssue::Kind::Skipped);
    QVERIFY2(duplicate->reason.contains(QStringLiteral("b-good-copy.dcm")), qPrintable(duplicate->reason));
    // The medium's references outside itself were refused and never read: the file they
    // point at (another patient) is not in the store.
    const auto outsideHeader = readDicomHeader(outside_);
    QVERIFY(outsideHeader.ok());
    const QString outsideSop = mapUid(fixture->deid.table->secret(), outsideHeader->sopInstanceUid);
    QVERIFY(std::none_of(instances->begin(), instances->end(),
                         [&](const FiledInstance& i) { return i.record.sopInstanceUid == outsideSop; }));
    int refusedReferences = 0;
    for (const ImportIssue& i : report.issues) refusedReferences += i.reason.contains(QStringLiteral("outside the medium"));
    QCOMPARE(refusedReferences, 4);

    // Every instance is filed under the code written into it; the files match the rows.
    const auto check = checkStore(*fixture->store);
    QVERIFY2(check.ok(), qPrintable(check.error()));
    QStringList problems;
    for (const StoreProblem& p : check->problems) problems << p.where + QStringLiteral(": ") + p.reason;
    QVERIFY2(check->ok(), qPrintable(problems.join(QLatin1Char('\n'))));
    QCOMPARE(check->instancesChecked, int(instances->size()));
  }

  void anotherPatientsFileNeverSurvivesAnOptOut() {
    // The privacy failure of the campaign: patient B's file filed under C's code stayed in
    // the store after B's opt-out. Now B's file in C's series is refused, B's file that is
    // alone in its study goes under B's own code, and each opt-out takes exactly its files.
    QTemporaryDir storeDir;
    const auto fixture = test::StoreFixture::open(storeDir.path());
    QVERIFY(fixture);
    const ImportReport report = fixture->import({dir_.filePath(QStringLiteral("corpus/patients"))});
    QCOMPARE(report.filesImported, 6);  // five of patient C, B's file in a study of its own
    QCOMPARE(report.errors, 1);         // B's file in C's series
    const auto* chika = fixture->deid.table->findByPatientId(QStringLiteral("HOSTILE-C-0003"), QString());
    const auto* bruno = fixture->deid.table->findByPatientId(QStringLiteral("HOSTILE-B-0002"), QString());
    QVERIFY(chika && bruno);
    const auto check = checkStore(*fixture->store);
    QVERIFY(check.ok() && check->ok());
    CaseDatabase db(*fixture->store);
    const auto optOutB = optOutPatient(*fixture->store, *fixture->deid.table, bruno->code, QStringLiteral("tester"));
    QVERIFY2(optOutB.ok(), qPrintable(optOutB.error()));
    QCOMPARE(optOutB->instances, 1);
    const auto optOutC = optOutPatient(*fixture->store, *fixture->deid.table, chika->code, QStringLiteral("tester"));
    QVERIFY2(optOutC.ok(), qPrintable(optOutC.error()));
    QCOMPARE(optOutC->instances, 5);
    QCOMPARE(db.count(QStringLiteral("instances")).value(), 0);
  }

  void segWithoutFramesIsRefused() {
    QTemporaryDir work;
    PhantomOptions small;
    small.matrix = 32;
    small.slices = 6;
    const auto phantom = writeChestPhantom(work.filePath(QStringLiteral("ct")), small);
    QVERIFY(phantom.ok());
    const auto ct = loadVolume(phantom->ctFiles);
    QVERIFY(ct.ok());
    Segment s;
    s.number = 1;
    s.label = QStringLiteral("lesion");
    s.category = {QStringLiteral("49755003"), QStringLiteral("SCT"), QStringLiteral("Morphologically Abnormal Structure")};
    s.type = {QStringLiteral("27925004"), QStringLiteral("SCT"), QStringLiteral("Nodule")};
    LabelMap voxels(ct->volume->dimensions());
    for (int k = 1; k < 4; ++k) voxels.set(1, 10, 10, k, true);
    const QString segFile = work.filePath(QStringLiteral("seg.dcm"));
    QVERIFY(writeSegmentation(*ct->volume, {s}, voxels, segFile).ok());
    for (const char* frames : {"0", "999999", ""}) {
      DcmFileFormat file;
      QVERIFY(file.loadFile(segFile.toUtf8().constData()).good());
      QVERIFY(file.loadAllDataIntoMemory().good());
      file.getDataset()->putAndInsertString(DCM_NumberOfFrames, frames);
      const QString broken = work.filePath(QStringLiteral("seg-frames-%1.dcm").arg(QLatin1String(frames)));
      QVERIFY(file.saveFile(broken.toUtf8().constData(), EXS_LittleEndianExplicit).good());
      const auto read = readSegmentation(broken, *ct->volume);
      QVERIFY2(!read.ok(), frames);
      QVERIFY2(read.error().contains(QStringLiteral("Number of Frames")) || read.error().contains(QStringLiteral("shorter")),
               qPrintable(read.error()));
    }
  }

  void guardTurnsExceptionsIntoFailures() {
    const Status thrown = guardedCall(QStringLiteral("file.dcm"), []() -> Status { throw std::out_of_range("basic_string::substr"); });
    QVERIFY(!thrown.ok());
    QVERIFY(thrown.error().startsWith(QStringLiteral("file.dcm: ")));
    QVERIFY(thrown.error().contains(QStringLiteral("substr")));
    QVERIFY(thrown.error().contains(QStringLiteral("malformed data")));
    const Status memory = guardedCall(QStringLiteral("big.dcm"), []() -> Status { throw std::bad_alloc(); });
    QVERIFY(!memory.ok());
    QVERIFY(memory.error().contains(QStringLiteral("memory")));
  }

  void loadErrorsNameSeriesAndInstance() {
    QTemporaryDir storeDir;
    const auto fixture = test::StoreFixture::open(storeDir.path());
    QVERIFY(fixture);
    // A file whose frame count its data does not back imports (its header is sound) but
    // cannot be loaded: the message names series and instance, not the store's path.
    for (const HostileFile& f : files_)
      if (f.path.endsWith(QStringLiteral("frames-2e31.dcm"))) QCOMPARE(fixture->import({f.path}).filesImported, 1);
    CaseDatabase db(*fixture->store);
    const auto series = db.listSeries();
    QCOMPARE(int(series->size()), 1);
    const auto files = db.seriesFiles(series->front().seriesUid);
    LoadOptions options;
    options.fileLabels = files->labels;
    const auto loaded = loadVolume(files->paths, options);
    QVERIFY(!loaded.ok());
    QVERIFY2(loaded.error().contains(QStringLiteral("series %1, instance ").arg(series->front().seriesUid)), qPrintable(loaded.error()));
    QVERIFY2(!loaded.error().contains(fixture->store->filesDirectory()), qPrintable(loaded.error()));
  }
};

QTEST_GUILESS_MAIN(TestHostile)
#include "test_hostile.moc"
