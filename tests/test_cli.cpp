// radcurator-cli end to end: the summary line, exit codes, and the list output, on the
// project's phantom and on the real sample data.

#include "TestSupport.h"
#include "Validators.h"
#include "dicom/DicomHeader.h"
#include "dicom/VolumeLoader.h"
#include "exchange/Seg.h"
#include "exchange/Sr.h"
#include "phantom/BoneScanPhantom.h"
#include "phantom/ChestPhantom.h"
#include "phantom/OrganLabels.h"
#include "storage/LabelStore.h"
#include "storage/CaseStore.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcuid.h>

#include <QCryptographicHash>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QRegularExpression>

using namespace rc;

namespace {

using Run = test::CliRun;

const QString kPassphrase = QStringLiteral("cli-test-passphrase");

Run cli(const QStringList& args, const QString& passphrase = kPassphrase) { return test::runCli(args, passphrase); }

struct Summary {
  int files = -1, series = -1, skipped = -1, errors = -1;
};

Summary parseSummary(const QString& out) {
  static const QRegularExpression re(QStringLiteral("^imported (\\d+) files, (\\d+) series, (\\d+) skipped, (\\d+) errors$"),
                                     QRegularExpression::MultilineOption);
  const auto m = re.match(out);
  if (!m.hasMatch()) return {};
  return {m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt(), m.captured(4).toInt()};
}

// A small CT (64 x 64 x 16 at 5.6 x 5.6 x 15 mm) for the label tests: a few voxels a segment.
PhantomOptions smallLabelPhantom() {
  PhantomOptions small;
  small.matrix = 64;
  small.slices = 16;
  small.pixelSpacing = 5.6;
  small.sliceSpacing = 15.0;
  return small;
}

int linesStartingWith(const QString& text, const QString& prefix) {
  int n = 0;
  for (const QString& line : text.split(QLatin1Char('\n')))
    if (line.startsWith(prefix)) ++n;
  return n;
}

}  // namespace

class TestCli : public QObject {
  Q_OBJECT
private slots:
  void phantomImportAndList() {
    QTemporaryDir dir;
    const QString phantom = dir.filePath(QStringLiteral("phantom"));
    const QString store = dir.filePath(QStringLiteral("store"));
    // (With what an organ model would hand back for its CT, kept outside the folder imported.)
    const QString organs = dir.filePath(QStringLiteral("model-output/organs.seg.dcm"));
    const Run made = cli({QStringLiteral("make-phantom"), phantom, QStringLiteral("--organ-seg"), organs});
    QCOMPARE(made.exitCode, 0);
    const Run imported = cli({QStringLiteral("import"), phantom, QStringLiteral("--store"), store});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    QCOMPARE(imported.out.trimmed(), QStringLiteral("imported 121 files, 2 series, 0 skipped, 0 errors"));
    const Run organLabels = cli({QStringLiteral("import-labels"), organs, QStringLiteral("--store"), store});
    QVERIFY2(organLabels.exitCode == 0, qPrintable(organLabels.err));
    QVERIFY2(organLabels.out.contains(QStringLiteral("\t117 segments\t(references mapped from the original images)")), qPrintable(organLabels.out));

    const Run listed = cli({QStringLiteral("list"), QStringLiteral("--store"), store});
    QCOMPARE(listed.exitCode, 0);
    const QStringList lines = listed.out.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 2);
    QMap<QString, QStringList> byModality;
    for (const QString& line : lines) {
      const QStringList f = line.split(QLatin1Char('\t'));
      QCOMPARE(f.size(), 6);
      QCOMPARE(f[0], QStringLiteral("RC-000001"));  // the research code, not the hospital ID
      QVERIFY(QRegularExpression(QStringLiteral("^2\\.25\\.\\d+$")).match(f[3]).hasMatch());
      byModality.insert(f[2], f);
    }
    QCOMPARE(byModality.value(QStringLiteral("CT")).value(5), QStringLiteral("120"));
    QCOMPARE(byModality.value(QStringLiteral("CT")).value(1), QStringLiteral("20260110"));
    QCOMPARE(byModality.value(QStringLiteral("CR")).value(5), QStringLiteral("1"));

    // Again: nothing new, everything skipped, success.
    const Run again = cli({QStringLiteral("import"), phantom, QStringLiteral("--store"), store});
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(again.out.trimmed(), QStringLiteral("imported 0 files, 0 series, 121 skipped, 0 errors"));

    // The loader reads the stored series back.
    const Run loaded = cli({QStringLiteral("load"), QStringLiteral("--store"), store, QStringLiteral("--series"),
                            byModality.value(QStringLiteral("CT")).value(3)});
    QVERIFY2(loaded.exitCode == 0, qPrintable(loaded.err));
    QVERIFY(loaded.out.contains(QStringLiteral("dimensions\t256x256x120")));

    // The store check: sound, then one stray file makes it say so and exit 1.
    const Run checked = cli({QStringLiteral("check"), QStringLiteral("--store"), store});
    QCOMPARE(checked.exitCode, 0);
    QCOMPARE(checked.out.trimmed(), QStringLiteral("checked 121 instances and 121 files: 0 problems"));
    QFile stray(QDir(store).filePath(QStringLiteral("files/stray.dcm")));
    QVERIFY(stray.open(QIODevice::WriteOnly));
    stray.write("x");
    stray.close();
    const Run dirty = cli({QStringLiteral("check"), QStringLiteral("--store"), store});
    QCOMPARE(dirty.exitCode, 1);
    QCOMPARE(linesStartingWith(dirty.out, QStringLiteral("problem\tstray.dcm\t")), 1);
    const Run nowhere = cli({QStringLiteral("check"), QStringLiteral("--store"), dir.filePath(QStringLiteral("none"))});
    QCOMPARE(nowhere.exitCode, 1);
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("none"))));  // checking never creates a store
  }

  void sampleCtCounts() {
    const QString ct = QStringLiteral("ct-chest-lidc0001/LIDC-IDRI-0001");
    RC_REQUIRE_SAMPLE(ct);
    QTemporaryDir store;
    const Run r = cli({QStringLiteral("import"), test::samplePath(ct), QStringLiteral("--store"), store.path()});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    // 133 slices; the LIDC annotation XML beside them is not DICOM.
    QCOMPARE(r.out.trimmed(), QStringLiteral("imported 133 files, 1 series, 1 skipped, 0 errors"));
    QVERIFY(r.err.contains(QStringLiteral("069_lidc_annotations.xml")));
  }

  // The right counts, from an independent reader: tools/import_oracle.py restates the import
  // rules over pydicom. (The malformed folder is left out on purpose: pydicom reads truncated
  // files that we refuse.)
  void sampleFoldersMatchTheOracle_data() {
    QTest::addColumn<QString>("folder");
    for (const char* f : {"ct-chest-lidc0001", "xray-cr-dx", "dicomdir-media", "mr-dwi-adc", "seg-sr", "deid-corpora",
                          "codecs-multiframe-malformed/ts_wg04_CT1_same_image", "codecs-multiframe-malformed/multiframe",
                          "codecs-multiframe-malformed/charsets", "codecs-multiframe-malformed/ts_pydicom_misc"})
      QTest::newRow(f) << QString::fromLatin1(f);
  }
  void sampleFoldersMatchTheOracle() {
    QFETCH(QString, folder);
    // Files the residual-PHI self-check refuses, which no independent reader can predict: this
    // SR's free text names its patient.
    const QStringList refusedForPhi = folder == QLatin1String("seg-sr") ? QStringList{QStringLiteral("pydicom_sr/reportsi.dcm")}
                                                                        : QStringList{};
    RC_REQUIRE_SAMPLE(folder);
    RC_REQUIRE_PYDICOM();
    const QJsonObject expected = test::runPythonOracle(QStringLiteral("import_oracle.py"), {test::samplePath(folder)}).object();
    QVERIFY(!expected.isEmpty());
    QTemporaryDir store;
    const Run r = cli({QStringLiteral("import"), test::samplePath(folder), QStringLiteral("--store"), store.path()});
    const Summary s = parseSummary(r.out);
    for (const QString& f : refusedForPhi)
      QVERIFY2(r.err.contains(test::samplePath(folder + QLatin1Char('/') + f) + QStringLiteral(": refused: residual PHI")),
               qPrintable(r.err));
    const int refused = int(refusedForPhi.size());
    QCOMPARE(s.files, expected.value(QStringLiteral("files")).toInt() - refused);
    QCOMPARE(s.skipped, expected.value(QStringLiteral("skipped")).toInt());
    QCOMPARE(s.errors, expected.value(QStringLiteral("errors")).toInt() + refused);
    if (refused == 0) QCOMPARE(s.series, expected.value(QStringLiteral("series")).toInt());
    QCOMPARE(r.exitCode, s.errors > 0 ? 1 : 0);
  }

  void corruptFileIsReportedAndTheRestImported() {
    const QString ct = QStringLiteral("ct-chest-lidc0001/LIDC-IDRI-0001/CT");
    RC_REQUIRE_SAMPLE(ct);
    QTemporaryDir dir, store;
    const QStringList names = {QStringLiteral("000001.dcm"), QStringLiteral("000002.dcm"), QStringLiteral("000003.dcm"),
                               QStringLiteral("000004.dcm"), QStringLiteral("000005.dcm")};
    for (const QString& n : names) QVERIFY(QFile::copy(test::samplePath(ct + QLatin1Char('/') + n), dir.filePath(n)));
    QFile victim(dir.filePath(names[2]));
    QVERIFY(victim.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
    QVERIFY(victim.resize(victim.size() / 2));  // cut inside the pixel data
    const Run r = cli({QStringLiteral("import"), dir.path(), QStringLiteral("--store"), store.path()});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.out.trimmed(), QStringLiteral("imported 4 files, 1 series, 0 skipped, 1 errors"));
    QVERIFY2(r.err.contains(QStringLiteral("error: ") + dir.filePath(names[2])), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("truncated")), qPrintable(r.err));
  }

  void wholeSampleCorpus() {
    RC_REQUIRE_SAMPLE(QStringLiteral("MANIFEST.md"));
    QTemporaryDir store;
    const Run r = cli({QStringLiteral("import"), test::sampleDataDir(), QStringLiteral("--store"), store.path()});
    const Summary s = parseSummary(r.out);
    QVERIFY2(s.files >= 0, qPrintable(r.out));
    // The corpus holds broken files and DICOMDIRs pointing at absent images: errors, exit 1.
    QCOMPARE(r.exitCode, 1);
    QVERIFY(s.errors > 0);
    // Every counted problem is listed, once, with its file.
    QCOMPARE(linesStartingWith(r.err, QStringLiteral("error: ")), s.errors);
    QCOMPARE(linesStartingWith(r.err, QStringLiteral("skipped: ")), s.skipped);
    for (const char* expected : {"malformed/rtplan_truncated.dcm", "malformed/SC_rgb_jpeg.dcm", "enh/DICOM/IM_0001"})
      QVERIFY2(r.err.contains(QLatin1String(expected)), expected);
    // The summary agrees with what the store holds.
    const auto opened = CaseStore::open(store.path());
    QVERIFY(opened.ok());
    {
      CaseDatabase db(opened.value());
      QCOMPARE(db.count(QStringLiteral("instances")).value(), s.files);
      QCOMPARE(db.count(QStringLiteral("series")).value(), s.series);
    }
    // The real CT, the radiographs and the DWI media made it in.
    const Run listed = cli({QStringLiteral("list"), QStringLiteral("--store"), store.path()});
    QVERIFY(QRegularExpression(QStringLiteral("RC-\\d{6}\t20000101\tCT\t")).match(listed.out).hasMatch());
    QVERIFY(!listed.out.contains(QStringLiteral("LIDC-IDRI-0001")));
    QVERIFY(listed.out.contains(QStringLiteral("\tCR\t")));
    QVERIFY(s.files > 800);

    // A second run adds nothing and skips what the first stored or skipped.
    const Run again = cli({QStringLiteral("import"), test::sampleDataDir(), QStringLiteral("--store"), store.path()});
    const Summary t = parseSummary(again.out);
    QCOMPARE(t.files, 0);
    QCOMPARE(t.series, 0);
    QCOMPARE(t.errors, s.errors);
    QCOMPARE(t.skipped, s.skipped + s.files);
  }

  void optOutEndToEnd() {
    QTemporaryDir dir;
    const QString phantom = dir.filePath(QStringLiteral("phantom"));
    const QString store = dir.filePath(QStringLiteral("store"));
    QCOMPARE(cli({QStringLiteral("make-phantom"), phantom}).exitCode, 0);
    QCOMPARE(cli({QStringLiteral("import"), phantom, QStringLiteral("--store"), store}).exitCode, 0);
    // The hospital finds the code from the patient's hospital ID.
    const Run lookup = cli({QStringLiteral("correspondence"), QStringLiteral("lookup"), QStringLiteral("DEMO-0001"),
                            QStringLiteral("--issuer"), QStringLiteral("RADCURATOR-DEMO-HOSPITAL"), QStringLiteral("--store"), store});
    QCOMPARE(lookup.exitCode, 0);
    QCOMPARE(lookup.out.trimmed(), QStringLiteral("RC-000001"));
    // The table is encrypted: no passphrase, no answer; a wrong one is refused.
    QCOMPARE(cli({QStringLiteral("correspondence"), QStringLiteral("list"), QStringLiteral("--store"), store}, QString()).exitCode, 1);
    const Run wrong = cli({QStringLiteral("optout"), QStringLiteral("RC-000001"), QStringLiteral("--store"), store}, QStringLiteral("not the passphrase"));
    QCOMPARE(wrong.exitCode, 1);
    QVERIFY(wrong.err.contains(QStringLiteral("wrong passphrase")));
    // An import unlocks the table while it reads the headers: a wrong passphrase still stops it
    // before anything is filed.
    const Run wrongImport = cli({QStringLiteral("import"), phantom, QStringLiteral("--store"), store}, QStringLiteral("not the passphrase"));
    QCOMPARE(wrongImport.exitCode, 1);
    QVERIFY2(wrongImport.err.contains(QStringLiteral("wrong passphrase")), qPrintable(wrongImport.err));
    QVERIFY2(!wrongImport.out.contains(QStringLiteral("imported")), qPrintable(wrongImport.out));
    // An earlier hand-off of this patient, as the export ledger will record it.
    {
      const auto opened = CaseStore::open(store);
      CaseDatabase db(opened.value());
      QSqlQuery q(db.sql());
      QVERIFY(q.exec(QStringLiteral("INSERT INTO exports (created_at, partner, destination) VALUES ('2026-04-01T09:00:00Z', 'Partner A', 'CD')")));
      QVERIFY(q.exec(QStringLiteral("INSERT INTO export_items (export_id, patient_code) VALUES (1, 'RC-000001')")));
    }
    const Run optout = cli({QStringLiteral("optout"), QStringLiteral("RC-000001"), QStringLiteral("--store"), store});
    QVERIFY2(optout.exitCode == 0, qPrintable(optout.err));
    QVERIFY2(optout.out.contains(QStringLiteral("opted out RC-000001: deleted 2 studies, 2 series, 121 instances (121 files)")), qPrintable(optout.out));
    QVERIFY(optout.out.contains(QStringLiteral("already exported: export 1 to Partner A")));
    QCOMPARE(cli({QStringLiteral("list"), QStringLiteral("--store"), store}).out.trimmed(), QString());
    // The patient never comes back.
    const Run again = cli({QStringLiteral("import"), phantom, QStringLiteral("--store"), store});
    QCOMPARE(again.exitCode, 1);
    QCOMPARE(again.out.trimmed(), QStringLiteral("imported 0 files, 0 series, 0 skipped, 121 errors"));
    QVERIFY(again.err.contains(QStringLiteral("opted out")));
  }

  void labelsThroughTheStore() {
    RC_REQUIRE_DCIODVFY();
    RC_REQUIRE_PYDICOM();
    QTemporaryDir dir;
    const QString phantomDir = dir.filePath(QStringLiteral("phantom"));
    const QString store = dir.filePath(QStringLiteral("store"));
    const QString outDir = dir.filePath(QStringLiteral("handoff"));
    const auto phantom = writeChestPhantom(phantomDir, smallLabelPhantom());
    QVERIFY(phantom.ok());

    // Labels drawn on the original images (by another tool, before de-identification).
    const auto loaded = loadVolume(phantom->ctFiles);
    QVERIFY(loaded.ok());
    const Volume& ct = *loaded->volume;
    const CodedConcept abnormal{QStringLiteral("49755003"), QStringLiteral("SCT"), QStringLiteral("Morphologically Abnormal Structure")};
    const CodedConcept nodule{QStringLiteral("27925004"), QStringLiteral("SCT"), QStringLiteral("Nodule")};
    const CodedConcept mass{QStringLiteral("4147007"), QStringLiteral("SCT"), QStringLiteral("Mass")};
    // Two segments a reader drew, and a candidate an AI model found (no finding refers to it).
    std::vector<Segment> segments(3);
    for (int n = 0; n < 3; ++n) {
      segments[size_t(n)].number = n + 1;
      segments[size_t(n)].label = n == 0 ? QStringLiteral("Nodule 1") : n == 1 ? QStringLiteral("Mass 1") : QStringLiteral("AI candidate");
      segments[size_t(n)].category = abnormal;
      segments[size_t(n)].type = n == 1 ? mass : nodule;
      segments[size_t(n)].trackingUid = QStringLiteral("2.25.%1").arg(8100 + n);
    }
    LabelMap painted(ct.dimensions());  // the segments' voxels
    segments[2].algorithm = SegmentAlgorithm::Automatic;
    segments[2].algorithmName = QStringLiteral("Nodule detector 2.1");
    for (int k = 2; k <= 3; ++k)
      for (int j = 40; j < 44; ++j)
        for (int i = 40; i < 44; ++i) painted.set(3, i, j, k, true);
    for (int k = 4; k <= 7; ++k)
      for (int j = 20; j < 28; ++j)
        for (int i = 36; i < 44; ++i) painted.set(1, i, j, k, true);
    for (int k = 9; k <= 12; ++k)
      for (int j = 30; j < 40; ++j)
        for (int i = 14; i < 26; ++i) painted.set(2, i, j, k, true);
    const QString segOriginal = dir.filePath(QStringLiteral("original.seg.dcm"));
    const auto seg = writeSegmentation(ct, segments, painted, segOriginal);
    QVERIFY2(seg.ok(), qPrintable(seg.error()));
    LabelSet labels;
    labels.observerName = QStringLiteral("Reader^One");
    for (int n = 0; n < 2; ++n) {
      Finding f;
      f.trackingId = segments[size_t(n)].label;
      f.trackingUid = segments[size_t(n)].trackingUid;
      f.finding = segments[size_t(n)].type;
      f.segmentNumber = n + 1;
      f.measurements = {{{QStringLiteral("118565006"), QStringLiteral("SCT"), QStringLiteral("Volume")},
                         1.5 + n,
                         {QStringLiteral("ml"), QStringLiteral("UCUM"), QStringLiteral("milliliter")},
                         {},
                         MeasurementRegion::Segment}};
      if (n == 0) {
        f.imageBox = ImageBox{{ct.slices[5].sopClassUid, ct.slices[5].sopInstanceUid, 0}, 36, 20, 44, 28};
        f.volumeBox = VolumeBox::aroundVoxels(ct, *painted.bounds(1));
      }
      labels.findings.push_back(f);
    }
    const SegmentationReference segRef{seg->sopClassUid, seg->sopInstanceUid, seg->seriesInstanceUid, seg->segmentNumbers};
    const QString srOriginal = dir.filePath(QStringLiteral("original.sr.dcm"));
    const auto sr = writeMeasurementReport(ct, labels, &segRef, srOriginal);
    QVERIFY2(sr.ok(), qPrintable(sr.error()));

    QCOMPARE(cli({QStringLiteral("import"), phantomDir, QStringLiteral("--store"), store}).exitCode, 0);
    QString ctSeries;
    for (const QString& line : cli({QStringLiteral("list"), QStringLiteral("--store"), store}).out.split(QLatin1Char('\n')))
      if (line.split(QLatin1Char('\t')).value(2) == QLatin1String("CT")) ctSeries = line.split(QLatin1Char('\t')).value(3);
    QVERIFY(ctSeries.startsWith(QLatin1String("2.25.")));

    // Made on the originals: without the passphrase their UIDs cannot be mapped.
    const Run refused = cli({QStringLiteral("import-labels"), segOriginal, QStringLiteral("--store"), store}, QString());
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QLatin1String("passphrase")), qPrintable(refused.err));
    // The SR refers to the SEG's segments: SEG first.
    const Run srFirst = cli({QStringLiteral("import-labels"), srOriginal, QStringLiteral("--store"), store});
    QCOMPARE(srFirst.exitCode, 1);
    QVERIFY2(srFirst.err.contains(QLatin1String("import that SEG first")), qPrintable(srFirst.err));
    const Run imported = cli({QStringLiteral("import-labels"), segOriginal, srOriginal, QStringLiteral("--store"), store});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    QVERIFY2(imported.out.contains(QStringLiteral("SEG\t%1\t3 segments\t(references mapped").arg(ctSeries)), qPrintable(imported.out));
    QVERIFY2(imported.out.contains(QStringLiteral("SR\t%1\t2 findings").arg(ctSeries)), qPrintable(imported.out));
    const Run again = cli({QStringLiteral("import-labels"), segOriginal, srOriginal, QStringLiteral("--store"), store});
    QCOMPARE(linesStartingWith(again.out, QStringLiteral("already imported")), 2);
    const QString segmentLines = QStringLiteral("segment\t1\tNodule 1\tNodule\t%1\nsegment\t2\tMass 1\tMass\t%2\n"
                                                "segment\t3\tAI candidate\tNodule\t%3\n")
                                     .arg(painted.count(1))
                                     .arg(painted.count(2))
                                     .arg(painted.count(3));
    const QString expectedLabels = segmentLines + QStringLiteral("finding\tNodule 1\tNodule\t1\t1\n"
                                                                 "measurement\tNodule 1\tVolume\t1.5\tmilliliter\t-\t-\n"
                                                                 "finding\tMass 1\tMass\t2\t1\n"
                                                                 "measurement\tMass 1\tVolume\t2.5\tmilliliter\t-\t-\n");
    QCOMPARE(cli({QStringLiteral("labels"), QStringLiteral("--series"), ctSeries, QStringLiteral("--store"), store}).out, expectedLabels);

    // Hand-off: SEG + SR on the de-identified UIDs of the store.
    const Run exported = cli({QStringLiteral("export-labels"), QStringLiteral("--series"), ctSeries, QStringLiteral("--out"), outDir,
                              QStringLiteral("--partner"), QStringLiteral("Partner B"), QStringLiteral("--store"), store});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    // Imported segments are unverified; the AI's AUTOMATIC one stays home.
    QVERIFY2(exported.out.contains(QStringLiteral("left out\t1 unverified AUTOMATIC segments")), qPrintable(exported.out));
    QVERIFY2(exported.out.contains(QStringLiteral("\t2 findings, 0 segments without a finding")), qPrintable(exported.out));
    QString segOut, srOut;
    for (const QString& line : exported.out.split(QLatin1Char('\n'))) {
      if (line.startsWith(QLatin1String("SEG\t"))) segOut = line.split(QLatin1Char('\t')).value(1);
      if (line.startsWith(QLatin1String("SR\t"))) srOut = line.split(QLatin1Char('\t')).value(1);
    }
    QVERIFY(QFile::exists(segOut) && QFile::exists(srOut));
    RC_VERIFY_DCIODVFY(segOut);
    RC_VERIFY_DCIODVFY(srOut);
    QSet<QString> storeInstances;
    {
      CaseDatabase db(CaseStore::open(store).value());
      QSqlQuery q(db.sql());
      QVERIFY(q.exec(QStringLiteral("SELECT sop_instance_uid FROM instances")));
      while (q.next()) storeInstances.insert(q.value(0).toString());
    }
    const QJsonObject segJson = test::pydicomSummary(segOut);
    QCOMPARE(segJson.value(QStringLiteral("patientId")).toString(), QStringLiteral("RC-000001"));
    QCOMPARE(segJson.value(QStringLiteral("patientName")).toString(), QStringLiteral("RC-000001"));
    const QJsonObject refSeries = segJson.value(QStringLiteral("referencedSeries")).toArray().at(0).toObject();
    QCOMPARE(refSeries.value(QStringLiteral("series")).toString(), ctSeries);
    for (const QJsonValue& uid : refSeries.value(QStringLiteral("instances")).toArray()) QVERIFY(storeInstances.contains(uid.toString()));
    for (const QJsonValue& frame : segJson.value(QStringLiteral("perFrame")).toArray())
      QVERIFY(storeInstances.contains(frame.toObject().value(QStringLiteral("sources")).toArray().at(0).toObject().value(QStringLiteral("uid")).toString()));
    const QJsonObject voxels = segJson.value(QStringLiteral("voxelsPerSegment")).toObject();
    QCOMPARE(voxels.value(QStringLiteral("1")).toInt(), int(painted.count(1)));
    QCOMPARE(voxels.value(QStringLiteral("2")).toInt(), int(painted.count(2)));
    QCOMPARE(segJson.value(QStringLiteral("segments")).toArray().size(), 2);
    const QJsonObject srJson = test::pydicomSummary(srOut);
    QCOMPARE(srJson.value(QStringLiteral("patientId")).toString(), QStringLiteral("RC-000001"));
    // The segments' statistics, computed at export, in pydicom's view: the nodule is 8 x 8 x 4
    // voxels of 5.6 x 5.6 x 15 mm.
    const double noduleMl = 8 * 8 * 4 * 5.6 * 5.6 * 15.0 / 1000.0;
    QList<QJsonObject> srNodes;
    std::function<void(const QJsonObject&)> collect = [&](const QJsonObject& node) {
      srNodes << node;
      for (const QJsonValue& c : node.value(QStringLiteral("children")).toArray()) collect(c.toObject());
    };
    collect(srJson.value(QStringLiteral("root")).toObject());
    int volumes = 0;
    for (const QJsonObject& node : srNodes)
      if (node.value(QStringLiteral("name")).toArray().at(0).toString() == QLatin1String("118565006") &&
          std::abs(node.value(QStringLiteral("value")).toDouble() - noduleMl) < 1e-6)
        ++volumes;
    QCOMPARE(volumes, 1);
    for (const QJsonValue& uid : srJson.value(QStringLiteral("evidence")).toArray())
      QVERIFY(storeInstances.contains(uid.toString()) || uid.toString() == segJson.value(QStringLiteral("sopInstance")).toString());
    QVERIFY(!storeInstances.contains(ct.slices[5].sopInstanceUid));  // the originals' UIDs are gone
    const QByteArray srBytes = [&] {
      QFile f(srOut);
      return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    QVERIFY(!srBytes.contains(ct.slices[5].sopInstanceUid.toLatin1()));
    QVERIFY(!srBytes.contains(smallLabelPhantom().patientId.toLatin1()));
    const Run scan = cli({QStringLiteral("phi-scan"), outDir, QStringLiteral("--store"), store});
    QVERIFY2(scan.exitCode == 0, qPrintable(scan.out + scan.err));

    // A second export never overwrites the first; our own export read back replaces, not repeats.
    // This one with --deflate (a flag without a value): the SEG in Deflated Explicit VR LE.
    const Run deflated = cli({QStringLiteral("export-labels"), QStringLiteral("--series"), ctSeries, QStringLiteral("--out"), outDir,
                              QStringLiteral("--deflate"), QStringLiteral("--store"), store});
    QVERIFY2(deflated.exitCode == 0, qPrintable(deflated.err));
    QCOMPARE(QDir(outDir).entryList(QDir::Files).size(), 4);
    QString deflatedSeg;
    for (const QString& line : deflated.out.split(QLatin1Char('\n')))
      if (line.startsWith(QLatin1String("SEG\t"))) deflatedSeg = line.split(QLatin1Char('\t')).value(1);
    QCOMPARE(test::pydicomSummary(deflatedSeg).value(QStringLiteral("transferSyntax")).toString(), QStringLiteral("1.2.840.10008.1.2.1.99"));
    QCOMPARE(test::pydicomSummary(deflatedSeg).value(QStringLiteral("voxelsPerSegment")).toObject().value(QStringLiteral("1")).toInt(),
             int(painted.count(1)));
    QFile first(srOut);
    QVERIFY(first.open(QIODevice::ReadOnly));
    QCOMPARE(first.readAll(), srBytes);
    QCOMPARE(cli({QStringLiteral("import-labels"), segOut, srOut, QStringLiteral("--store"), store}).exitCode, 0);
    // Same segments and findings; each finding now carries its segment's six statistics.
    const QString reimported = segmentLines + QStringLiteral("finding\tNodule 1\tNodule\t1\t6\nfinding\tMass 1\tMass\t2\t6\n");
    const QString relisted = cli({QStringLiteral("labels"), QStringLiteral("--series"), ctSeries, QStringLiteral("--store"), store}).out;
    QStringList withoutMeasurements = relisted.split(QLatin1Char('\n'));
    withoutMeasurements.removeIf([](const QString& line) { return line.startsWith(QLatin1String("measurement\t")); });
    QCOMPARE(withoutMeasurements.join(QLatin1Char('\n')), reimported);
    QCOMPARE(linesStartingWith(relisted, QStringLiteral("measurement\tNodule 1\t")), 6);

    // Asked for, the AI's segment travels too, marked unverified, as a group of its own.
    const QString withAi = dir.filePath(QStringLiteral("with-ai"));
    const Run all = cli({QStringLiteral("export-labels"), QStringLiteral("--series"), ctSeries, QStringLiteral("--out"), withAi,
                         QStringLiteral("--include-unverified"), QStringLiteral("--store"), store});
    QVERIFY2(all.exitCode == 0, qPrintable(all.err));
    QVERIFY2(all.out.contains(QStringLiteral("\t3 segments\n")), qPrintable(all.out));
    QVERIFY2(all.out.contains(QStringLiteral("\t2 findings, 1 segments without a finding")), qPrintable(all.out));
    QString aiSeg, aiSr;
    for (const QString& line : all.out.split(QLatin1Char('\n'))) {
      if (line.startsWith(QLatin1String("SEG\t"))) aiSeg = line.split(QLatin1Char('\t')).value(1);
      if (line.startsWith(QLatin1String("SR\t"))) aiSr = line.split(QLatin1Char('\t')).value(1);
    }
    RC_VERIFY_DCIODVFY(aiSeg);
    RC_VERIFY_DCIODVFY(aiSr);
    const QJsonArray aiSegments = test::pydicomSummary(aiSeg).value(QStringLiteral("segments")).toArray();
    QCOMPARE(aiSegments.size(), 3);
    const QJsonObject candidate = aiSegments.at(2).toObject();
    QCOMPARE(candidate.value(QStringLiteral("algorithmType")).toString(), QStringLiteral("AUTOMATIC"));
    QVERIFY2(candidate.value(QStringLiteral("description")).toString().startsWith(QLatin1String("UNVERIFIED")),
             qPrintable(candidate.value(QStringLiteral("description")).toString()));
    srNodes.clear();
    collect(test::pydicomSummary(aiSr).value(QStringLiteral("root")).toObject());
    bool candidateGroup = false;
    for (const QJsonObject& node : srNodes) {
      if (node.value(QStringLiteral("name")).toArray().at(0).toString() != QLatin1String("125007")) continue;  // Measurement Group
      bool tracked = false, volume = false;
      for (const QJsonValue& c : node.value(QStringLiteral("children")).toArray()) {
        const QJsonObject child = c.toObject();
        const QString name = child.value(QStringLiteral("name")).toArray().at(0).toString();
        tracked = tracked || (name == QLatin1String("112039") && child.value(QStringLiteral("value")).toString() == QLatin1String("AI candidate"));
        volume = volume || (name == QLatin1String("118565006") && std::abs(child.value(QStringLiteral("value")).toDouble() - 16 * 2 * 5.6 * 5.6 * 15.0 / 1000.0) < 1e-6);
      }
      candidateGroup = candidateGroup || (tracked && volume);
    }
    QVERIFY(candidateGroup);

    // A dataset for a partner: the gate refuses the AI's unverified segment and the sheet's
    // empty cells (no EOD, no metastasis on a chest phantom); asked for, both go, marked.
    const QString package = dir.filePath(QStringLiteral("package"));
    const Run gated = cli({QStringLiteral("export"), QStringLiteral("--cases"), QStringLiteral("all"), QStringLiteral("--partner"),
                           QStringLiteral("Partner C"), QStringLiteral("--out"), package, QStringLiteral("--store"), store});
    QCOMPARE(gated.exitCode, 1);
    QVERIFY2(gated.err.contains(QStringLiteral("AI candidate")) && gated.err.contains(QStringLiteral("column D EOD")), qPrintable(gated.err));
    QVERIFY(!QFileInfo::exists(package));
    const Run dataset = cli({QStringLiteral("export"), QStringLiteral("--cases"), QStringLiteral("RC-000001"), QStringLiteral("--partner"),
                             QStringLiteral("Partner C"), QStringLiteral("--out"), package, QStringLiteral("--allow-incomplete"),
                             QStringLiteral("--include-unverified"), QStringLiteral("--sheet-lang"), QStringLiteral("en"),
                             QStringLiteral("--store"), store});
    QVERIFY2(dataset.exitCode == 0, qPrintable(dataset.err));
    QVERIFY2(dataset.out.contains(QStringLiteral("incomplete\trow 1\tD EOD\tRC-000001")), qPrintable(dataset.out));
    const Run intact = cli({QStringLiteral("verify"), package});
    QVERIFY2(intact.exitCode == 0 && intact.out.startsWith(QStringLiteral("intact")), qPrintable(intact.err));
    QFile::remove(QDir(package).filePath(QStringLiteral("README.txt")));
    const Run broken = cli({QStringLiteral("verify"), package});
    QCOMPARE(broken.exitCode, 1);
    QVERIFY2(broken.err.contains(QStringLiteral("README.txt: missing")), qPrintable(broken.err));
    const Run ledger = cli({QStringLiteral("exports"), QStringLiteral("--store"), store});
    QCOMPARE(linesStartingWith(ledger.out, QStringLiteral("4\t")), 1);  // two label exports, the one with the AI segment, this
    QVERIFY2(ledger.out.contains(QStringLiteral("Partner C")), qPrintable(ledger.out));

    // Opt-out: labels go with the patient; the ledger names every hand-off.
    const Run optout = cli({QStringLiteral("optout"), QStringLiteral("RC-000001"), QStringLiteral("--store"), store});
    QVERIFY2(optout.exitCode == 0, qPrintable(optout.err));
    QVERIFY2(optout.out.contains(QStringLiteral("already exported: export 1 to Partner B")), qPrintable(optout.out));
    QVERIFY(optout.out.contains(QStringLiteral("already exported: export 2")));
    QVERIFY(optout.out.contains(QStringLiteral("already exported: export 4 to Partner C")));
    QCOMPARE(cli({QStringLiteral("labels"), QStringLiteral("--series"), ctSeries, QStringLiteral("--store"), store}).out, QString());
  }

  // AI-scale labels end to end: a BINARY SEG with 117 segments named and coded like
  // TotalSegmentator's, made on the original sample CT, comes in through import-labels (its
  // UIDs mapped), is stored, one segment is edited, and it leaves again: dciodvfy clean,
  // pydicom reads the voxels the store holds, the SR carries statistics for every segment.
  // The bone-scan study from the command line: whole-body scans from make-phantom imported
  // (the GE private group that names the patient gone), three readers' paper readings and the
  // programs' results matched through the correspondence table, bad rows listed, and the
  // comparison's CSV with exactly the documented columns and the figures the readings give.
  // Dose (issue 24): an RDSR made like a scanner's (names, serial, device UID and location,
  // an authorising physician's ID, a comment naming the patient) keeps every dose value and
  // loses every identifier (pydicom, dsrdump, dciodvfy judge the stored copy); `dose` and the
  // dose sheet give the values pydicom wrote; a study without an RDSR gets the CTDIvol of its
  // images.
  void doseFromTheScannersReportAndFromTheImages() {
    RC_REQUIRE_PYDICOM();
    RC_REQUIRE_DCIODVFY();
    QTemporaryDir dir;
    const QString in = dir.filePath(QStringLiteral("in")), store = dir.filePath(QStringLiteral("store"));
    const auto phantom = writeChestPhantom(QDir(in).filePath(QStringLiteral("ct")), smallLabelPhantom());
    QVERIFY(phantom.ok());
    QString error;
    const QJsonObject made = test::runPythonOracle(QStringLiteral("rdsr_oracle.py"),
                                                   {QStringLiteral("make"), QDir(in).filePath(QStringLiteral("rdsr.dcm")),
                                                    QStringLiteral("--like"), phantom->ctFiles.front()}, &error).object();
    QVERIFY2(!made.isEmpty(), qPrintable(error));
    const QJsonObject original = test::runPythonOracle(QStringLiteral("rdsr_oracle.py"),
                                                       {QStringLiteral("read"), QDir(in).filePath(QStringLiteral("rdsr.dcm"))}).object();
    const QString noReport = dir.filePath(QStringLiteral("ctdi"));
    const QJsonObject images = test::runPythonOracle(QStringLiteral("rdsr_oracle.py"),
                                                     {QStringLiteral("ctdi"), QFileInfo(phantom->ctFiles.front()).absolutePath(), noReport}, &error).object();
    QVERIFY2(images[QStringLiteral("images")].toInt() > 10, qPrintable(error));
    const Run imported = cli({QStringLiteral("import"), in, noReport, QStringLiteral("--store"), store});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.out + imported.err));

    // The stored dose SR.
    QString stored;
    for (QDirIterator it(QDir(store).filePath(QStringLiteral("files")), QDir::Files, QDirIterator::Subdirectories); it.hasNext();) {
      const QString file = it.next();
      const auto header = readDicomHeader(file);
      if (header && header->sopClassUid == QLatin1String("1.2.840.10008.5.1.4.1.1.88.67")) stored = file;
    }
    QVERIFY2(!stored.isEmpty(), "the dose SR was not stored");
    const QJsonObject kept = test::runPythonOracle(QStringLiteral("rdsr_oracle.py"), {QStringLiteral("read"), stored}).object();
    QVERIFY(!kept.isEmpty());
    // Every number, in order, with its concept.
    QCOMPARE(kept[QStringLiteral("numbers")].toArray().size(), 25);
    QCOMPARE(kept[QStringLiteral("numbers")], original[QStringLiteral("numbers")]);
    QCOMPARE(kept[QStringLiteral("codes")], original[QStringLiteral("codes")]);
    // Every identifier gone, wherever it was planted.
    const QString everything = kept[QStringLiteral("everything")].toString();
    for (const QJsonValue& planted : made[QStringLiteral("planted")].toArray())
      QVERIFY2(!everything.contains(planted.toString(), Qt::CaseInsensitive), qPrintable(planted.toString()));
    for (const QJsonValue& name : kept[QStringLiteral("names")].toArray())
      QCOMPARE(name.toArray()[1].toString(), QStringLiteral("ANONYMOUS"));
    QVERIFY(!kept[QStringLiteral("texts")].toArray().isEmpty());
    for (const QJsonValue& text : kept[QStringLiteral("texts")].toArray())  // what is left: the device's make and the source's letter
      QVERIFY2(QStringList({QStringLiteral("121013"), QStringLiteral("121014"), QStringLiteral("121015"), QStringLiteral("113832")})
                   .contains(text.toArray()[0].toString()),
               qPrintable(text.toArray()[0].toString()));
    // UIDs mapped like the images': the scope's study UID is the stored study's.
    for (const QJsonValue& uid : kept[QStringLiteral("uids")].toArray()) {
      QVERIFY(uid.toArray()[1].toString().startsWith(QLatin1String("2.25.")));
      if (uid.toArray()[0].toString() == QLatin1String("110180")) QCOMPARE(uid.toArray()[1].toString(), kept[QStringLiteral("studyUid")].toString());
    }
    QVERIFY(kept[QStringLiteral("methodCodes")].toArray().contains(QStringLiteral("113104")));
    QVERIFY(!kept[QStringLiteral("deviceSerial")].toString().contains(QStringLiteral("884211")));
    RC_VERIFY_DCIODVFY(stored);
    QProcess dsrdump;
    dsrdump.setProcessChannelMode(QProcess::MergedChannels);
    dsrdump.start(QStringLiteral("dsrdump"), {stored});
    QVERIFY(dsrdump.waitForFinished(60000));
    const QString dumped = QString::fromUtf8(dsrdump.readAll());
    QVERIFY2(dsrdump.exitCode() == 0 && !dumped.contains(QLatin1String("E: ")), qPrintable(dumped));
    QVERIFY(dumped.contains(QStringLiteral("CT Dose Length Product Total")));

    // `dose`: per event, against what pydicom wrote.
    const QString csv = dir.filePath(QStringLiteral("dose.csv"));
    const Run dose = cli({QStringLiteral("dose"), QStringLiteral("--all"), QStringLiteral("--csv"), csv, QStringLiteral("--store"), store});
    QVERIFY2(dose.exitCode == 0 && dose.out.contains(QStringLiteral("wrote 3 studies, 3 irradiation events")), qPrintable(dose.out + dose.err));
    QFile csvFile(csv);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(csvFile.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5);  // the phantom's chest X-ray study has no dose information: one line says so
    const QStringList header = lines[0].split(QLatin1Char(','));
    auto cell = [&](const QString& line, const QString& column) {
      // No commas inside this file's quoted cells.
      return line.split(QLatin1Char(',')).value(int(header.indexOf(column))).remove(QLatin1Char('"'));
    };
    auto near = [](const QString& text, double expected) { return std::abs(text.toDouble() - expected) < 0.006; };
    int fromReport = 0, fromImages = 0, without = 0;
    const QJsonArray events = made[QStringLiteral("events")].toArray();
    for (const QString& line : lines.mid(1)) {
      if (cell(line, QStringLiteral("source")) == QLatin1String("none")) {
        ++without;
        QVERIFY(cell(line, QStringLiteral("ctdivol_mgy")).isEmpty());
        continue;
      }
      if (cell(line, QStringLiteral("source")) == QLatin1String("images")) {
        ++fromImages;
        QVERIFY2(near(cell(line, QStringLiteral("ctdivol_mgy")), images[QStringLiteral("ctdiMean")].toDouble()), qPrintable(line));
        QVERIFY2(std::abs(cell(line, QStringLiteral("scan_length_mm")).toDouble() - images[QStringLiteral("scanLength")].toDouble()) < 0.06, qPrintable(line));
        QVERIFY(cell(line, QStringLiteral("dlp_mgy_cm")).isEmpty());  // images do not carry it
        QCOMPARE(cell(line, QStringLiteral("phantom")), QStringLiteral("IEC Body Dosimetry Phantom"));
        continue;
      }
      const QJsonObject e = events[fromReport++].toObject();
      QCOMPARE(cell(line, QStringLiteral("source")), QStringLiteral("RDSR"));
      QVERIFY2(near(cell(line, QStringLiteral("ctdivol_mgy")), e[QStringLiteral("ctdi")].toDouble()), qPrintable(line));
      QVERIFY2(near(cell(line, QStringLiteral("dlp_mgy_cm")), e[QStringLiteral("dlp")].toDouble()), qPrintable(line));
      QVERIFY2(near(cell(line, QStringLiteral("scan_length_mm")), e[QStringLiteral("length")].toDouble()), qPrintable(line));
      QVERIFY2(near(cell(line, QStringLiteral("kvp")), e[QStringLiteral("kvp")].toDouble()), qPrintable(line));
      QVERIFY2(near(cell(line, QStringLiteral("tube_current_ma")), e[QStringLiteral("ma")].toDouble()), qPrintable(line));
      QVERIFY2(near(cell(line, QStringLiteral("mas")), e[QStringLiteral("ma")].toDouble() * e[QStringLiteral("rotation")].toDouble()), qPrintable(line));
      if (e[QStringLiteral("ssde")].isNull()) QVERIFY(cell(line, QStringLiteral("ssde_mgy")).isEmpty());
      else QVERIFY2(near(cell(line, QStringLiteral("ssde_mgy")), e[QStringLiteral("ssde")].toDouble()), qPrintable(line));
      QVERIFY2(near(cell(line, QStringLiteral("total_dlp_mgy_cm")), made[QStringLiteral("totalDlp")].toDouble()), qPrintable(line));
    }
    QCOMPARE(fromReport, 2);
    QCOMPARE(fromImages, 1);
    QCOMPARE(without, 1);

    // The dose sheet: one row per exam; the highest-CTDIvol event stands for the exam.
    const QString package = dir.filePath(QStringLiteral("package"));
    const Run exported = cli({QStringLiteral("export"), QStringLiteral("--cases"), QStringLiteral("all"), QStringLiteral("--partner"), QStringLiteral("J-MID"),
                              QStringLiteral("--out"), package, QStringLiteral("--sheet-template"), QStringLiteral("dose"), QStringLiteral("--sheet-lang"),
                              QStringLiteral("en"), QStringLiteral("--allow-incomplete"), QStringLiteral("--store"), store});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.out + exported.err));
    const QJsonObject sheet = test::runPythonOracle(QStringLiteral("sheet_cells_oracle.py"),
                                                    {QDir(package).filePath(QStringLiteral("case-sheet.csv")),
                                                     QDir(package).filePath(QStringLiteral("case-sheet.xlsx"))}, &error).object();
    const QJsonArray rows = sheet[QStringLiteral("xlsx")].toArray();
    QVERIFY2(rows.size() >= 3, qPrintable(error));
    QStringList columns;
    for (const QJsonValue& c : rows[0].toArray()) columns << c.toObject()[QStringLiteral("value")].toString();
    const int source = int(columns.indexOf(QStringLiteral("Dose source"))), dlp = int(columns.indexOf(QStringLiteral("DLP total (mGy.cm)"))),
              ctdi = int(columns.indexOf(QStringLiteral("CTDIvol max (mGy)"))), length = int(columns.indexOf(QStringLiteral("Scan length (mm)")));
    QVERIFY2(source > 0 && dlp > 0 && ctdi > 0 && length > 0, qPrintable(columns.join(QLatin1Char('|'))));
    int reportRows = 0;
    for (int r = 1; r < rows.size(); ++r) {
      const QJsonArray row = rows[r].toArray();
      if (row.size() <= source || row[source].toObject()[QStringLiteral("value")].toString() != QLatin1String("RDSR")) continue;
      ++reportRows;
      QVERIFY(std::abs(row[dlp].toObject()[QStringLiteral("value")].toString().toDouble() - made[QStringLiteral("totalDlp")].toDouble()) < 1e-6);
      QVERIFY(std::abs(row[ctdi].toObject()[QStringLiteral("value")].toString().toDouble() - events[1].toObject()[QStringLiteral("ctdi")].toDouble()) < 1e-6);
      QVERIFY(std::abs(row[length].toObject()[QStringLiteral("value")].toString().toDouble() - events[1].toObject()[QStringLiteral("length")].toDouble()) < 1e-6);
    }
    QCOMPARE(reportRows, 1);
  }

  void boneScanStudyEndToEnd() {
    QTemporaryDir dir;
    const QString in = dir.filePath(QStringLiteral("in")), store = dir.filePath(QStringLiteral("store"));
    const auto phantom = writeBoneScanPhantom(in);
    QVERIFY(phantom.ok());
    QCOMPARE(cli({QStringLiteral("import"), in, QStringLiteral("--store"), store}).exitCode, 0);
    // The raw scans name the patient in GE's private group too; the store's copies do not.
    const Run raw = cli({QStringLiteral("phi-scan"), in, QStringLiteral("--store"), store});
    QVERIFY2(raw.out.contains(QStringLiteral("(0009,1010): contains an identifier of patient")), qPrintable(raw.out));
    const Run scan = cli({QStringLiteral("phi-scan"), store, QStringLiteral("--store"), store});
    QVERIFY2(scan.out.contains(QStringLiteral("scanned 6 files, 0 findings")), qPrintable(scan.out + scan.err));
    auto as = [&](QStringList args) {
      args << QStringLiteral("--store") << store << QStringLiteral("--as") << QStringLiteral("dm");
      return cli(args);
    };
    for (const QString& r : {QStringLiteral("r1"), QStringLiteral("r2"), QStringLiteral("r3")})
      QCOMPARE(as({QStringLiteral("people"), QStringLiteral("add"), r, QStringLiteral("--role"), QStringLiteral("reader")}).exitCode, 0);
    QCOMPARE(as({QStringLiteral("project"), QStringLiteral("create"), QStringLiteral("bone"), QStringLiteral("--readers"), QStringLiteral("3"),
                 QStringLiteral("--blinded"), QStringLiteral("--template"), QStringLiteral("bone-scan")})
                 .exitCode,
             0);
    QCOMPARE(as({QStringLiteral("project"), QStringLiteral("add-cases"), QStringLiteral("bone"), QStringLiteral("--all")}).exitCode, 0);
    QCOMPARE(as({QStringLiteral("assign"), QStringLiteral("bone"), QStringLiteral("--round-robin"), QStringLiteral("r1,r2,r3")}).exitCode, 0);
    // Reference (majority): 0001 no, 0002 yes, 0003 yes, 0004 no, 0005 yes (2 of 3), 0006 yes.
    const QString reads = dir.filePath(QStringLiteral("reads.csv"));
    QFile readsFile(reads);
    QVERIFY(readsFile.open(QIODevice::WriteOnly));
    readsFile.write(QStringLiteral(
        "patient_id,reader,metastases,eod,metastasis\n"
        "BONE-0001,r1,0,0,なし\nBONE-0001,r2,1,1,yes\nBONE-0001,r3,0,0,no\n"
        "BONE-0002,r1,3,1,あり\nBONE-0002,r2,2,1,1\nBONE-0002,r3,3,1,yes\n"
        "BONE-0003,r1,8,2,yes\nBONE-0003,r2,7,2,yes\nBONE-0003,r3,9,2,yes\n"
        "BONE-0004,r1,0,0,no\nBONE-0004,r2,0,0,no\nBONE-0004,r3,0,0,no\n"
        "BONE-0005,r1,1,1,yes\nBONE-0005,r2,0,0,no\nBONE-0005,r3,1,1,yes\n"
        "BONE-0006,r1,22,3,yes\nBONE-0006,r2,25,4,yes\nBONE-0006,r3,21,3,yes\n"
        "BONE-9999,r1,0,0,no\nBONE-0002,r1,-1,0,no\n").toUtf8());
    readsFile.close();
    const Run imported = as({QStringLiteral("bone-scan"), QStringLiteral("reads"), QStringLiteral("import"), reads, QStringLiteral("--project"), QStringLiteral("bone")});
    QCOMPARE(imported.exitCode, 1);  // two rows refused, the rest stored
    QVERIFY2(imported.out.contains(QStringLiteral("unmatched\trow 19\tpatient_id")), qPrintable(imported.out));
    QVERIFY(!imported.out.contains(QStringLiteral("BONE-9999")));  // the original ID is not repeated
    QVERIFY(imported.out.contains(QStringLiteral("invalid\trow 20\tmetastases")));
    QVERIFY(imported.out.contains(QStringLiteral("readings stored: 18")));
    const Run programs = cli({QStringLiteral("bone-scan"), QStringLiteral("programs"), QStringLiteral("import"), phantom->programsCsv,
                              QStringLiteral("--store"), store});
    QVERIFY2(programs.exitCode == 0 && programs.out.contains(QStringLiteral("program results stored: 10")), qPrintable(programs.out + programs.err));
    // Blinded: a reader lists only their own readings.
    const Run own = cli({QStringLiteral("bone-scan"), QStringLiteral("reads"), QStringLiteral("--project"), QStringLiteral("bone"), QStringLiteral("--store"),
                         store, QStringLiteral("--as"), QStringLiteral("r2")});
    QVERIFY2(own.out.contains(QStringLiteral("readings\t6")) && !own.out.contains(QStringLiteral("\tr1\t")), qPrintable(own.out));
    QCOMPARE(cli({QStringLiteral("bone-scan"), QStringLiteral("compare"), QStringLiteral("bone"), QStringLiteral("--store"), store, QStringLiteral("--as"),
                  QStringLiteral("r2")})
                 .exitCode,
             1);  // a reader sees no comparison
    const QString csvFile = dir.filePath(QStringLiteral("compare.csv"));
    const Run compared = as({QStringLiteral("bone-scan"), QStringLiteral("compare"), QStringLiteral("bone"), QStringLiteral("--csv"), csvFile});
    QVERIFY2(compared.exitCode == 0, qPrintable(compared.err));
    QVERIFY2(compared.out.contains(QStringLiteral("program\tBONENAVI 2.1\t3 on its own tracer 99mTc-MDP\t1 on another tracer, not counted")),
             qPrintable(compared.out));
    QFile f(csvFile);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(f.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.value(0), QStringLiteral("measure,subject,threshold,value,ci_low,ci_high,n"));
    auto rowOf = [&](const QString& prefix) {
      for (const QString& l : lines)
        if (l.startsWith(prefix)) return l.split(QLatin1Char(','));
      return QStringList();
    };
    // VSBONE on the HMDP scans 0002 (yes), 0004 (no), 0006 (yes): 2.0 gives 0004 a BSI of 0.05.
    QCOMPARE(rowOf(QStringLiteral("sensitivity,VSBONE 3.0,bsi>0,")).value(3), QStringLiteral("1"));
    QCOMPARE(rowOf(QStringLiteral("sensitivity,VSBONE 3.0,bsi>0,")).value(6), QStringLiteral("2"));
    QCOMPARE(rowOf(QStringLiteral("specificity,VSBONE 2.0,bsi>0,")).value(3), QStringLiteral("0"));
    QCOMPARE(rowOf(QStringLiteral("specificity,VSBONE 2.0,bsi>0.46,")).value(3), QStringLiteral("1"));
    // BONENAVI on MDP only: 0001 (no, BSI 0), 0003 (yes, 1.56), 0005 (yes, 0.30).
    QCOMPARE(rowOf(QStringLiteral("sensitivity,BONENAVI 2.1,bsi>0.46,")).value(3), QStringLiteral("0.5"));
    QCOMPARE(rowOf(QStringLiteral("auc,BONENAVI 2.1,,")).value(6), QStringLiteral("3"));
    QCOMPARE(rowOf(QStringLiteral("fleiss_kappa,readers,,")).value(6), QStringLiteral("6"));
    QVERIFY(!rowOf(QStringLiteral("icc21,readers,,")).isEmpty());
    QVERIFY(!rowOf(QStringLiteral("weighted_kappa,r2,,")).isEmpty());
    QVERIFY(!rowOf(QStringLiteral("bland_altman_bias,VSBONE 2.0 vs VSBONE 3.0,,")).isEmpty());

    // The export: no label set needed, the readings fill the case sheet (openpyxl reads it).
    const QString package = dir.filePath(QStringLiteral("package"));
    const Run exported = as({QStringLiteral("export"), QStringLiteral("--cases"), QStringLiteral("all"), QStringLiteral("--partner"),
                             QStringLiteral("Bone partner"), QStringLiteral("--out"), package, QStringLiteral("--project"), QStringLiteral("bone")});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.out + exported.err));
    QString error;
    const QJsonObject sheet = test::runPythonOracle(QStringLiteral("sheet_cells_oracle.py"),
                                                    {QDir(package).filePath(QStringLiteral("case-sheet.csv")),
                                                     QDir(package).filePath(QStringLiteral("case-sheet.xlsx"))}, &error).object();
    const QJsonArray rows = sheet[QStringLiteral("xlsx")].toArray();
    QVERIFY2(rows.size() >= 7, qPrintable(error));
    QStringList header;
    for (const QJsonValue& c : rows[0].toArray()) header << c.toObject()[QStringLiteral("value")].toString();
    QCOMPARE(header.value(3), QStringLiteral("EOD"));
    QCOMPARE(header.value(4), QStringLiteral("転移の有無"));
    const int reader1 = int(header.indexOf(QStringLiteral("転移数 読影医1"))), bsi20 = int(header.indexOf(QStringLiteral("BSI VSBONE 2.0 (%)")));
    QVERIFY(reader1 > 0 && bsi20 > 0);
    QVERIFY(!header.join(QLatin1Char(' ')).contains(QStringLiteral("r1")));  // readers' logins stay home
    int checked = 0;
    for (int r = 1; r < rows.size(); ++r) {
      const QJsonArray row = rows[r].toArray();
      auto cell = [&](int c) { return row.at(c).toObject()[QStringLiteral("value")].toString(); };
      if (cell(reader1) == QLatin1String("22")) {  // BONE-0006: readers 22, 25, 21; EOD 3, 4, 3
        QCOMPARE(cell(3), QStringLiteral("3"));
        QCOMPARE(cell(4), QStringLiteral("あり"));
        QCOMPARE(cell(bsi20), QStringLiteral("4.82"));
        QVERIFY(cell(2).contains(QStringLiteral("中央値 22")));
        ++checked;
      }
      if (cell(reader1) == QLatin1String("1") && cell(reader1 + 1) == QLatin1String("0")) {  // BONE-0005: yes, no, yes
        QCOMPARE(cell(4), QStringLiteral("あり"));
        QCOMPARE(cell(3), QStringLiteral("1"));
        ++checked;
      }
    }
    QCOMPARE(checked, 2);
  }

  // Two readers, blinded: each imports a SEG of the same nodule into their own set, they
  // submit, a reviewer accepts, the consensus is the majority, and the agreement the CLI
  // prints is the one scipy computes from the same masks. A model's labels join as a reader.
  void readingStudyEndToEnd() {
    RC_REQUIRE_PYDICOM();
    QTemporaryDir dir;
    const QString phantomDir = dir.filePath(QStringLiteral("phantom"));
    const QString store = dir.filePath(QStringLiteral("store"));
    const auto phantom = writeChestPhantom(phantomDir, smallLabelPhantom());
    QVERIFY(phantom.ok());
    const auto loaded = loadVolume(phantom->ctFiles);
    QVERIFY(loaded.ok());
    const Volume& ct = *loaded->volume;
    // The same nodule as each reader outlined it: 8x8x4 voxels, Bob's two columns to the right.
    auto segOf = [&](int i0, const QString& name, SegmentAlgorithm algorithm) {
      Segment s;
      s.number = 1;
      s.label = QStringLiteral("Nodule 1");
      s.category = {QStringLiteral("49755003"), QStringLiteral("SCT"), QStringLiteral("Morphologically Abnormal Structure")};
      s.type = {QStringLiteral("27925004"), QStringLiteral("SCT"), QStringLiteral("Nodule")};
      s.algorithm = algorithm;
      if (algorithm == SegmentAlgorithm::Automatic) s.algorithmName = QStringLiteral("nodulenet 2.1");
      LabelMap voxels(ct.dimensions());
      for (int k = 4; k <= 7; ++k)
        for (int j = 20; j < 28; ++j)
          for (int i = i0; i < i0 + 8; ++i) voxels.set(1, i, j, k, true);
      const QString file = dir.filePath(name + QStringLiteral(".seg.dcm"));
      const auto written = writeSegmentation(ct, {s}, voxels, file);
      if (!written.ok()) qFatal("%s", qPrintable(written.error()));
      // The mask as raw bytes for the oracle (k slowest, i fastest).
      QByteArray raw(qsizetype(ct.voxelCount()), '\0');
      for (int k = 0; k < ct.sliceCount(); ++k)
        voxels.fillSlice(1, k, reinterpret_cast<std::uint8_t*>(raw.data()) + size_t(k) * ct.sliceVoxelCount());
      QFile mask(dir.filePath(name + QStringLiteral(".raw")));
      if (!mask.open(QIODevice::WriteOnly) || mask.write(raw) != raw.size()) qFatal("cannot write the mask");
      return file;
    };
    const QString aliceSeg = segOf(36, QStringLiteral("alice"), SegmentAlgorithm::Manual);
    const QString bobSeg = segOf(38, QStringLiteral("bob"), SegmentAlgorithm::Manual);
    const QString modelSeg = segOf(37, QStringLiteral("model"), SegmentAlgorithm::Automatic);

    QCOMPARE(cli({QStringLiteral("import"), phantomDir, QStringLiteral("--store"), store}).exitCode, 0);
    QString ctSeries;
    for (const QString& line : cli({QStringLiteral("list"), QStringLiteral("--store"), store}).out.split(QLatin1Char('\n')))
      if (line.section(QLatin1Char('\t'), 2, 2) == QLatin1String("CT")) ctSeries = line.section(QLatin1Char('\t'), 3, 3);
    QVERIFY(!ctSeries.isEmpty());
    auto as = [&](const QString& login, QStringList args) {
      args << QStringLiteral("--as") << login << QStringLiteral("--store") << store;
      return cli(args);
    };
    const QString dm = QStringLiteral("dm");
    const QString project = QStringLiteral("lung");
    // The first person runs the store; nobody else acts before being added.
    QCOMPARE(as(QStringLiteral("eve"), {QStringLiteral("people"), QStringLiteral("list")}).exitCode, 0);  // eve is first: data manager
    QVERIFY(as(dm, {QStringLiteral("people"), QStringLiteral("list")}).err.contains(QStringLiteral("dm is not one of this store's people")));
    QCOMPARE(as(QStringLiteral("eve"), {QStringLiteral("people"), QStringLiteral("add"), dm, QStringLiteral("--role"), QStringLiteral("data-manager,reviewer")}).exitCode, 0);
    for (const QString& reader : {QStringLiteral("alice"), QStringLiteral("bob")})
      QCOMPARE(as(dm, {QStringLiteral("people"), QStringLiteral("add"), reader, QStringLiteral("--role"), QStringLiteral("reader")}).exitCode, 0);
    const Run created = as(dm, {QStringLiteral("project"), QStringLiteral("create"), project, QStringLiteral("--readers"), QStringLiteral("2"),
                                QStringLiteral("--blinded"), QStringLiteral("--review"), QStringLiteral("--template"), QStringLiteral("bone-scan"),
                                QStringLiteral("--target"), QStringLiteral("with findings=1"), QStringLiteral("--target"), QStringLiteral("without=1")});
    QVERIFY2(created.exitCode == 0, qPrintable(created.err));
    QCOMPARE(as(QStringLiteral("alice"), {QStringLiteral("project"), QStringLiteral("create"), QStringLiteral("mine")}).exitCode, 1);
    QCOMPARE(as(dm, {QStringLiteral("project"), QStringLiteral("add-cases"), project, QStringLiteral("--series"), ctSeries, QStringLiteral("--category"),
                     QStringLiteral("with findings")}).exitCode, 0);
    const Run balance = as(dm, {QStringLiteral("project"), QStringLiteral("balance"), project});
    QVERIFY2(balance.out.contains(QStringLiteral("category\twithout\t0\t1\tshort")), qPrintable(balance.out));
    QVERIFY2(balance.err.contains(QStringLiteral("warning: without: 0 of the 1 cases wanted")), qPrintable(balance.err));
    QCOMPARE(as(dm, {QStringLiteral("assign"), project, QStringLiteral("--round-robin"), QStringLiteral("alice,bob")}).out, QStringLiteral("assigned\t2\n"));

    // Each reader's worklist holds their own reading only.
    const Run aliceList = as(QStringLiteral("alice"), {QStringLiteral("worklist"), project});
    QCOMPARE(aliceList.out, QStringLiteral("RC-000001\t%1\talice\tassigned\twith findings\n").arg(ctSeries));
    // Nobody imports into someone else's set.
    const Run intoBob = as(QStringLiteral("alice"), {QStringLiteral("import-labels"), aliceSeg, QStringLiteral("--project"), project,
                                                     QStringLiteral("--reader"), QStringLiteral("bob")});
    QCOMPARE(intoBob.exitCode, 1);
    QVERIFY2(intoBob.err.contains(QStringLiteral("only into their own set")), qPrintable(intoBob.err));
    for (const auto& [reader, seg] : {std::pair{QStringLiteral("alice"), aliceSeg}, std::pair{QStringLiteral("bob"), bobSeg}}) {
      const Run imported = as(reader, {QStringLiteral("import-labels"), seg, QStringLiteral("--project"), project, QStringLiteral("--reader"), reader});
      QVERIFY2(imported.exitCode == 0 && imported.out.contains(QStringLiteral("1 segments")), qPrintable(imported.out + imported.err));
    }
    QCOMPARE(as(QStringLiteral("alice"), {QStringLiteral("submit"), project, QStringLiteral("--series"), ctSeries}).exitCode, 0);
    // Blinded: Bob has not submitted; neither sees the other's set yet.
    const Run peek = as(QStringLiteral("bob"), {QStringLiteral("labels"), QStringLiteral("--series"), ctSeries, QStringLiteral("--reader"), QStringLiteral("alice")});
    QCOMPARE(peek.exitCode, 1);
    QVERIFY2(peek.err.contains(QStringLiteral("blinded")), qPrintable(peek.err));
    QVERIFY(as(dm, {QStringLiteral("consensus"), project, QStringLiteral("--series"), ctSeries, QStringLiteral("--from"), QStringLiteral("majority")})
                .err.contains(QStringLiteral("every assigned reader has submitted")));
    QCOMPARE(as(QStringLiteral("bob"), {QStringLiteral("submit"), project, QStringLiteral("--series"), ctSeries}).exitCode, 0);
    const Run seen = as(QStringLiteral("bob"), {QStringLiteral("labels"), QStringLiteral("--series"), ctSeries, QStringLiteral("--reader"), QStringLiteral("alice")});
    QVERIFY2(seen.exitCode == 0 && seen.out.contains(QStringLiteral("segment\t1\tNodule 1\tNodule\t256\n")), qPrintable(seen.out + seen.err));

    // Review: returning needs a comment; then accepted.
    QCOMPARE(as(dm, {QStringLiteral("review"), project, QStringLiteral("--series"), ctSeries, QStringLiteral("--reader"), QStringLiteral("alice"), QStringLiteral("return")}).exitCode, 1);
    QCOMPARE(as(dm, {QStringLiteral("review"), project, QStringLiteral("--series"), ctSeries, QStringLiteral("--reader"), QStringLiteral("alice"), QStringLiteral("accept")}).exitCode, 0);
    QCOMPARE(as(QStringLiteral("alice"), {QStringLiteral("review"), project, QStringLiteral("--series"), ctSeries, QStringLiteral("--reader"), QStringLiteral("bob"), QStringLiteral("accept")}).exitCode, 1);
    QVERIFY(as(dm, {QStringLiteral("worklist"), project, QStringLiteral("--status"), QStringLiteral("accepted")}).out.contains(QStringLiteral("\talice\taccepted\t")));

    // Agreement, against scipy on the same masks and spacing.
    const QString csv = dir.filePath(QStringLiteral("agreement.csv"));
    const Run agreement = as(dm, {QStringLiteral("agreement"), project, QStringLiteral("--csv"), csv});
    QVERIFY2(agreement.exitCode == 0, qPrintable(agreement.err));
    QJsonObject spec{{QStringLiteral("dims"), QJsonArray{ct.width(), ct.height(), ct.sliceCount()}},
                     {QStringLiteral("spacing"), QJsonArray{ct.spacing[0], ct.spacing[1], ct.spacing[2]}},
                     {QStringLiteral("pairs"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("nodule")},
                                                                      {QStringLiteral("a"), dir.filePath(QStringLiteral("alice.raw"))},
                                                                      {QStringLiteral("b"), dir.filePath(QStringLiteral("bob.raw"))}}}}};
    QFile specFile(dir.filePath(QStringLiteral("spec.json")));
    QVERIFY(specFile.open(QIODevice::WriteOnly));
    specFile.write(QJsonDocument(spec).toJson());
    specFile.close();
    QString oracleError;
    const QJsonDocument expected = test::runPythonOracle(QStringLiteral("agreement_oracle.py"), {QStringLiteral("masks"), specFile.fileName()}, &oracleError);
    QVERIFY2(expected.isArray(), qPrintable(oracleError));
    const QJsonObject nodule = expected.array().at(0).toObject();
    QCOMPARE(nodule.value(QStringLiteral("dice")).toDouble(), 0.75);  // 2 x 192 / (256 + 256)
    const auto line = QRegularExpression(QStringLiteral("^segment\\tRC-000001\\t%1\\tNodule\\talice\\tbob\\tdice ([0-9.]+)\\thd95 ([0-9.]+)\\tvolume difference ml ([-0-9.]+)$")
                                             .arg(QRegularExpression::escape(ctSeries)),
                                         QRegularExpression::MultilineOption)
                          .match(agreement.out);
    QVERIFY2(line.hasMatch(), qPrintable(agreement.out));
    QCOMPARE(line.captured(1).toDouble(), nodule.value(QStringLiteral("dice")).toDouble());
    QVERIFY(qAbs(line.captured(2).toDouble() - nodule.value(QStringLiteral("hd95")).toDouble()) < 1e-3);
    QVERIFY(qAbs(line.captured(3).toDouble() - nodule.value(QStringLiteral("volumeDifferenceMl")).toDouble()) < 1e-3);
    QVERIFY2(agreement.out.contains(QStringLiteral("project\tfinding present\tCohen's kappa\talice,bob\t1 cases\t")), qPrintable(agreement.out));
    QVERIFY(agreement.out.contains(QStringLiteral("compared\t1 cases\n")));
    QFile written(csv);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QVERIFY(written.readAll().contains(QStringLiteral("segment,RC-000001,%1,Nodule,alice,bob,0.7500,").arg(ctSeries).toUtf8()));
    // A reader sees no agreement figures.
    QCOMPARE(as(QStringLiteral("alice"), {QStringLiteral("agreement"), project}).exitCode, 1);

    // Two readings and no consensus: nothing leaves.
    const Run early = as(dm, {QStringLiteral("export"), QStringLiteral("--cases"), QStringLiteral("all"), QStringLiteral("--partner"), QStringLiteral("Partner A"),
                              QStringLiteral("--out"), dir.filePath(QStringLiteral("early")), QStringLiteral("--project"), project,
                              QStringLiteral("--allow-incomplete")});
    QCOMPARE(early.exitCode, 1);
    QVERIFY2(early.err.contains(QStringLiteral("has no final labels yet")), qPrintable(early.err));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("early"))));

    // Consensus by majority of two: the 6x8x4 voxels both drew.
    const Run consensus = as(dm, {QStringLiteral("consensus"), project, QStringLiteral("--series"), ctSeries, QStringLiteral("--from"), QStringLiteral("majority")});
    QVERIFY2(consensus.exitCode == 0, qPrintable(consensus.err));
    const Run consensusLabels = as(dm, {QStringLiteral("labels"), QStringLiteral("--series"), ctSeries, QStringLiteral("--reader"), QStringLiteral("consensus")});
    QVERIFY2(consensusLabels.out.contains(QStringLiteral("segment\t1\tNodule 1\tNodule\t192\n")), qPrintable(consensusLabels.out + consensusLabels.err));

    // The partner gets the consensus, and is told so (README, case sheet).
    const QString package = dir.filePath(QStringLiteral("package"));
    const Run exported = as(dm, {QStringLiteral("export"), QStringLiteral("--cases"), QStringLiteral("all"), QStringLiteral("--partner"),
                                 QStringLiteral("Partner A"), QStringLiteral("--out"), package, QStringLiteral("--project"), project,
                                 QStringLiteral("--allow-incomplete"), QStringLiteral("--sheet-lang"), QStringLiteral("en")});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    QFile readme(QDir(package).filePath(QStringLiteral("README.txt")));
    QVERIFY(readme.open(QIODevice::ReadOnly));
    const QString readmeText = QString::fromUtf8(readme.readAll());
    QVERIFY2(readmeText.contains(QStringLiteral("Reading study \"lung\"")) && readmeText.contains(QStringLiteral("RC-000001 CT series 2: consensus")),
             qPrintable(readmeText));
    int segVoxels = -1, exportedSeries = 0;
    QDirIterator files(QDir(package).filePath(QStringLiteral("DICOM")), QDir::Files, QDirIterator::Subdirectories);
    QSet<QString> folders;
    while (files.hasNext()) {
      const QString file = files.next();
      folders.insert(QFileInfo(file).path());
      DcmFileFormat header;
      OFString modality;
      QVERIFY(header.loadFile(file.toLocal8Bit().constData(), EXS_Unknown, EGL_noChange, 4096).good());
      header.getDataset()->findAndGetOFString(DCM_Modality, modality);
      if (modality == "SEG")
        segVoxels = test::pydicomSummary(file).value(QStringLiteral("voxelsPerSegment")).toObject().value(QStringLiteral("1")).toInt();
    }
    exportedSeries = int(folders.size());
    QCOMPARE(segVoxels, 192);       // the consensus, not a reader's 256
    QCOMPARE(exportedSeries, 3);    // the CT case, its SEG and SR; the CR series is no case of the project
    QString sheetError;
    const QJsonDocument sheet = test::runPythonOracle(QStringLiteral("sheet_cells_oracle.py"),
                                                      {QDir(package).filePath(QStringLiteral("case-sheet.csv")),
                                                       QDir(package).filePath(QStringLiteral("case-sheet.xlsx"))},
                                                      &sheetError);
    QVERIFY2(sheet.isObject(), qPrintable(sheetError));
    for (const QString& form : {QStringLiteral("csv"), QStringLiteral("xlsx")}) {
      const QJsonArray rows = sheet.object().value(form).toArray();
      QVERIFY(rows.size() >= 2);  // the header, the one exam (and the note of an incomplete sheet)
      int column = -1;
      for (int c = 0; c < rows.at(0).toArray().size(); ++c) {
        const QJsonValue cell = rows.at(0).toArray().at(c);
        if ((cell.isObject() ? cell.toObject().value(QStringLiteral("value")) : cell).toString() == QLatin1String("Label set")) column = c;
      }
      QVERIFY2(column >= 0, qPrintable(form));
      // The project's case-sheet template (bone scan) without being asked for on export.
      bool bsi = false;
      for (const QJsonValue cell : rows.at(0).toArray())
        bsi = bsi || (cell.isObject() ? cell.toObject().value(QStringLiteral("value")) : cell).toString() == QLatin1String("BSI (%)");
      QVERIFY2(bsi, qPrintable(form));
      const QJsonValue cell = rows.at(1).toArray().at(column);
      QCOMPARE((cell.isObject() ? cell.toObject().value(QStringLiteral("value")) : cell).toString(), QStringLiteral("consensus"));
    }

    // A model's labels: the model joins as a reader beside the two people, its set is frozen as imported.
    const Run model = as(dm, {QStringLiteral("import-labels"), modelSeg, QStringLiteral("--project"), project, QStringLiteral("--reader"),
                              QStringLiteral("nodulenet"), QStringLiteral("--model"), QStringLiteral("nodulenet:2.1")});
    QVERIFY2(model.exitCode == 0, qPrintable(model.err));
    QVERIFY(as(dm, {QStringLiteral("people"), QStringLiteral("list")}).out.contains(QStringLiteral("person\tnodulenet\tmodel\treader\tnodulenet\t2.1")));
    QVERIFY(as(dm, {QStringLiteral("worklist"), project, QStringLiteral("--reader"), QStringLiteral("nodulenet")}).out.contains(QStringLiteral("\tnodulenet\tsubmitted\t")));
    QCOMPARE(as(dm, {QStringLiteral("import-labels"), modelSeg, QStringLiteral("--project"), project, QStringLiteral("--reader"), QStringLiteral("nodulenet"),
                     QStringLiteral("--model"), QStringLiteral("nodulenet:2.2")}).exitCode, 1);

    // The audit log: who did what on which case, as CSV too.
    const QString auditCsv = dir.filePath(QStringLiteral("audit.csv"));
    const Run audit = as(dm, {QStringLiteral("audit"), QStringLiteral("--project"), project, QStringLiteral("--csv"), auditCsv});
    QCOMPARE(audit.exitCode, 0);
    for (const QString& row : {QStringLiteral("\tdm\tproject created\t"), QStringLiteral("\tdm\treader assigned\tRC-000001\tlung\t"),
                               QStringLiteral("\talice\tlabels imported\tRC-000001\tlung\t"), QStringLiteral("\tbob\treading submitted\tRC-000001\tlung\t"),
                               QStringLiteral("\tdm\treading accepted\tRC-000001\tlung\t"), QStringLiteral("\tdm\tconsensus made\tRC-000001\tlung\t"),
                               QStringLiteral("\tdm\tagreement computed\t\tlung\t"), QStringLiteral("\tdm\tproject exported\t\tlung\t")})
      QVERIFY2(audit.out.contains(row), qPrintable(row + QStringLiteral(" in\n") + audit.out));
    QFile auditFile(auditCsv);
    QVERIFY(auditFile.open(QIODevice::ReadOnly));
    QCOMPARE(auditFile.readAll().count('\n'), audit.out.count(QLatin1Char('\n')) + 1);  // a header and every row
    QCOMPARE(as(QStringLiteral("alice"), {QStringLiteral("audit")}).exitCode, 1);
    const Run everything = as(dm, {QStringLiteral("audit")});
    QVERIFY2(everything.out.contains(QStringLiteral("\timport\t\t\t\t")), qPrintable(everything.out));     // the import, by whoever ran it
    QVERIFY2(everything.out.contains(QStringLiteral("\tdm\texport\tRC-000001\t")), qPrintable(everything.out));  // the export, per patient

    // People and projects leave; their labels stay.
    QCOMPARE(as(dm, {QStringLiteral("people"), QStringLiteral("archive"), QStringLiteral("bob")}).exitCode, 0);
    QVERIFY(as(dm, {QStringLiteral("people"), QStringLiteral("list")}).out.contains(QRegularExpression(QStringLiteral("person\tbob\t[^\n]*\tarchived "))));
    QVERIFY(as(QStringLiteral("bob"), {QStringLiteral("worklist"), project}).err.contains(QStringLiteral("archived")));
    QCOMPARE(as(dm, {QStringLiteral("project"), QStringLiteral("archive"), project}).exitCode, 0);
    QVERIFY(as(dm, {QStringLiteral("project"), QStringLiteral("list")}).out.contains(QStringLiteral("\tarchived ")));
    const Run bobsSet = as(dm, {QStringLiteral("labels"), QStringLiteral("--series"), ctSeries, QStringLiteral("--reader"), QStringLiteral("bob")});
    QVERIFY2(bobsSet.out.contains(QStringLiteral("segment\t1\tNodule 1\tNodule\t256\n")), qPrintable(bobsSet.out + bobsSet.err));
  }

  void aiScaleLabelSetEndToEnd() {
    const QString ctFolder = QStringLiteral("ct-chest-lidc0001/LIDC-IDRI-0001/CT");
    RC_REQUIRE_SAMPLE(ctFolder);
    RC_REQUIRE_DCIODVFY();
    RC_REQUIRE_PYDICOM();
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("store"));
    QStringList files;
    QDirIterator it(test::samplePath(ctFolder), {QStringLiteral("*.dcm")}, QDir::Files);
    while (it.hasNext()) files << it.next();
    const auto original = loadVolume(files);
    QVERIFY2(original.ok(), qPrintable(original.error()));
    const Volume& ct = *original->volume;
    const LabelSet organs = organLabelSet(ct.dimensions());
    QCOMPARE(int(organs.segments.size()), 117);
    QCOMPARE(organs.voxels.layerCount(), 1);  // touching, never overlapping: one shared layer
    const QString segFile = dir.filePath(QStringLiteral("totalsegmentator.seg.dcm"));
    const auto written = writeSegmentation(ct, organs.segments, organs.voxels, segFile);
    QVERIFY2(written.ok(), qPrintable(written.error()));
    RC_VERIFY_DCIODVFY(segFile);
    const QJsonObject made = test::pydicomSummary(segFile);
    QCOMPARE(made.value(QStringLiteral("segments")).toArray().size(), 117);
    QCOMPARE(made.value(QStringLiteral("segments")).toArray().at(30).toObject().value(QStringLiteral("label")).toString(),
             QStringLiteral("vertebrae_L1"));
    QCOMPARE(made.value(QStringLiteral("segmentsOverlap")).toString(), QStringLiteral("NO"));

    QCOMPARE(cli({QStringLiteral("import"), test::samplePath(ctFolder), QStringLiteral("--store"), store}).exitCode, 0);
    const QString series = cli({QStringLiteral("list"), QStringLiteral("--store"), store}).out.section(QLatin1Char('\t'), 3, 3);
    const Run imported = cli({QStringLiteral("import-labels"), segFile, QStringLiteral("--store"), store});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    QVERIFY2(imported.out.contains(QStringLiteral("117 segments")), qPrintable(imported.out));
    const QString listed = cli({QStringLiteral("labels"), QStringLiteral("--series"), series, QStringLiteral("--store"), store}).out;
    for (const Segment& s : organs.segments)
      QVERIFY2(listed.contains(QStringLiteral("segment\t%1\t%2\t%3\t%4\n").arg(s.number).arg(s.label, s.type.meaning).arg(organs.voxels.count(s.number))),
               qPrintable(s.label));

    // A reader edits one (the liver loses a slab of rows); the store keeps one layer.
    size_t liverAfter = 0;
    {
      CaseDatabase db(CaseStore::open(store).value());
      LabelStore labelStore(db);
      auto stored = labelStore.load(series);
      QVERIFY(stored.ok() && stored->has_value());
      LabelSet labels = stored.value()->labels;
      QCOMPARE(labels.voxels.layerCount(), 1);
      const int liver = 5;
      const IndexBox box = *labels.voxels.bounds(liver);
      for (int k = box.lo[2]; k <= box.hi[2]; ++k)
        for (int j = box.lo[1]; j <= (box.lo[1] + box.hi[1]) / 2; ++j)
          for (int i = box.lo[0]; i <= box.hi[0]; ++i) labels.voxels.set(liver, i, j, k, false);
      liverAfter = labels.voxels.count(liver);
      QVERIFY(liverAfter > 0 && liverAfter < organs.voxels.count(liver));
      QVERIFY(labelStore.save(labels, {liver}, stored.value()->revision).ok());
    }

    const QString outDir = dir.filePath(QStringLiteral("out"));
    const Run exported = cli({QStringLiteral("export-labels"), QStringLiteral("--series"), series, QStringLiteral("--out"), outDir,
                              QStringLiteral("--include-unverified"), QStringLiteral("--store"), store});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    QString segOut, srOut;
    for (const QString& line : exported.out.split(QLatin1Char('\n'))) {
      if (line.startsWith(QLatin1String("SEG\t"))) segOut = line.section(QLatin1Char('\t'), 1, 1);
      if (line.startsWith(QLatin1String("SR\t"))) srOut = line.section(QLatin1Char('\t'), 1, 1);
    }
    RC_VERIFY_DCIODVFY(segOut);
    RC_VERIFY_DCIODVFY(srOut);
    const QJsonObject voxels = test::pydicomSummary(segOut).value(QStringLiteral("voxelsPerSegment")).toObject();
    for (const Segment& s : organs.segments) {
      const int expected = s.number == 5 ? int(liverAfter) : int(organs.voxels.count(s.number));
      QCOMPARE(voxels.value(QString::number(s.number)).toInt(), expected);
    }
    // Statistics of every segment travel in the SR: one Volume per segment.
    const QString sr = QString::fromUtf8(QJsonDocument(test::pydicomSummary(srOut)).toJson(QJsonDocument::Compact));
    QCOMPARE(int(sr.count(QStringLiteral("\"118565006\""))), 117);
  }

  // The conformance statement's de-identification table is what the engine does: regenerated
  // from `radcurator-cli profile`, it must equal docs/conformance-statement.md. And the
  // command itself says what the site table says (DOMAIN.md section 2), as an independent check.
  void conformanceStatementSaysWhatTheEngineDoes() {
    RC_REQUIRE_PYDICOM();  // (Debian's /usr/bin/python3)
    QProcess check;
    check.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral(RADCURATOR_SOURCE_DIR "/scripts/make-conformance-statement"),
                                                     QStringLiteral("--check"), QStringLiteral("--cli"), QStringLiteral(RADCURATOR_CLI)});
    QVERIFY(check.waitForFinished(60000));
    QVERIFY2(check.exitCode() == 0, check.readAllStandardError().constData());
    const Run site = cli({QStringLiteral("profile")});
    QCOMPARE(site.exitCode, 0);
    QMap<QString, QString> actionOf;
    for (const QString& line : site.out.split(QLatin1Char('\n'))) {
      const QStringList f = line.split(QLatin1Char('\t'));
      if (f.size() >= 4) actionOf.insert(f[0], f[2]);
    }
    QVERIFY(actionOf.size() > 600);
    QCOMPARE(actionOf.value(QStringLiteral("(0010,0010)")), QStringLiteral("code"));
    QCOMPARE(actionOf.value(QStringLiteral("(0010,0030)")), QStringLiteral("X/Z/D"));  // delete, by type
    QCOMPARE(actionOf.value(QStringLiteral("(0010,1010)")), QStringLiteral("K"));
    QCOMPARE(actionOf.value(QStringLiteral("(0008,1010)")), QStringLiteral("K"));
    QCOMPARE(actionOf.value(QStringLiteral("(0020,000D)")), QStringLiteral("U"));
    QCOMPARE(actionOf.value(QStringLiteral("(0008,1030)")), QStringLiteral("fixed"));
    const Run basic = cli({QStringLiteral("profile"), QStringLiteral("--profile"), QStringLiteral("basic")});
    QVERIFY(basic.out.contains(QStringLiteral("(0010,0010)\tPatient's Name\tZ\tbasic\t")));
    QCOMPARE(cli({QStringLiteral("profile"), QStringLiteral("--profile"), QStringLiteral("/no/such/profile.json")}).exitCode, 2);
  }

  void batchDeidentificationAndScan() {
    QTemporaryDir dir;
    const QString phantom = dir.filePath(QStringLiteral("phantom"));
    const QString out = dir.filePath(QStringLiteral("out"));
    const QString table = dir.filePath(QStringLiteral("hospital/table.rcsec"));
    QCOMPARE(cli({QStringLiteral("make-phantom"), phantom}).exitCode, 0);
    QFile original(QDir(phantom).filePath(QStringLiteral("CR/CHEST_PA.dcm")));
    QVERIFY(original.open(QIODevice::ReadOnly));
    const QByteArray before = QCryptographicHash::hash(original.readAll(), QCryptographicHash::Sha256);
    original.close();

    // The site profile issues codes: it needs a table, and the table may not travel with OUT.
    QCOMPARE(cli({QStringLiteral("deid"), phantom, out}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("deid"), phantom, out, QStringLiteral("--correspondence"), QDir(out).filePath(QStringLiteral("t.rcsec"))}).exitCode, 2);
    const Run deid = cli({QStringLiteral("deid"), phantom, out, QStringLiteral("--correspondence"), table});
    QVERIFY2(deid.exitCode == 0, qPrintable(deid.err));
    QCOMPARE(deid.out.trimmed(), QStringLiteral("de-identified 121 files, 0 skipped, 0 errors"));
    QVERIFY(QFileInfo::exists(QDir(out).filePath(QStringLiteral("CT/IMG0060.dcm"))));  // same layout
    // Originals are never modified.
    QVERIFY(original.open(QIODevice::ReadOnly));
    QCOMPARE(QCryptographicHash::hash(original.readAll(), QCryptographicHash::Sha256), before);
    // The table is unlocked while the first pass reads the headers: a wrong passphrase still
    // stops the run before anything is written.
    const QString wrongOut = dir.filePath(QStringLiteral("wrong"));
    const Run wrong = cli({QStringLiteral("deid"), phantom, wrongOut, QStringLiteral("--correspondence"), table},
                          QStringLiteral("not the passphrase"));
    QCOMPARE(wrong.exitCode, 1);
    QVERIFY2(wrong.err.contains(QStringLiteral("wrong passphrase")), qPrintable(wrong.err));
    QVERIFY2(!wrong.out.contains(QStringLiteral("de-identified")), qPrintable(wrong.out));
    QVERIFY(!QDir(wrongOut).exists() || QDir(wrongOut).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());

    // Without a table (basic profile) the first pass reads only the file meta information: a
    // DICOMDIR under another name is still recognised and skipped, never de-identified.
    {
      DcmFileFormat media;
      media.getDataset()->putAndInsertString(DCM_SOPClassUID, UID_MediaStorageDirectoryStorage);
      media.getDataset()->putAndInsertString(DCM_SOPInstanceUID, "1.2.3.9");
      media.getDataset()->putAndInsertString(DCM_PatientName, "YAMADA^TARO");
      QVERIFY(media.saveFile(QFile::encodeName(QDir(phantom).filePath(QStringLiteral("MEDIA.IDX"))).constData(), EXS_LittleEndianExplicit).good());
    }
    const QString basicOut = dir.filePath(QStringLiteral("basic"));
    const Run basic = cli({QStringLiteral("deid"), phantom, basicOut, QStringLiteral("--profile"), QStringLiteral("basic")});
    QVERIFY2(basic.exitCode == 0, qPrintable(basic.err));
    QCOMPARE(basic.out.trimmed(), QStringLiteral("de-identified 121 files, 1 skipped, 0 errors"));
    QVERIFY2(basic.err.contains(QStringLiteral("MEDIA.IDX: DICOMDIR (it names patients)")), qPrintable(basic.err));
    QVERIFY(!QFileInfo::exists(QDir(basicOut).filePath(QStringLiteral("MEDIA.IDX"))));
    QVERIFY(QFile::remove(QDir(phantom).filePath(QStringLiteral("MEDIA.IDX"))));

    const Run clean = cli({QStringLiteral("phi-scan"), out, QStringLiteral("--correspondence"), table});
    QVERIFY2(clean.exitCode == 0, qPrintable(clean.out + clean.err));
    QCOMPARE(clean.out.trimmed(), QStringLiteral("scanned 121 files, 0 findings, 0 errors"));
    const Run dirty = cli({QStringLiteral("phi-scan"), phantom, QStringLiteral("--correspondence"), table});
    QCOMPARE(dirty.exitCode, 1);
    QVERIFY(dirty.out.contains(QStringLiteral("(0010,0010): contains an identifier of patient RC-000001")));
    QVERIFY(dirty.out.contains(QStringLiteral("(0010,0030)")));  // birth date
    QVERIFY(!dirty.out.contains(QStringLiteral("YAMADA")));      // the report never repeats PHI
    QVERIFY(!dirty.out.contains(QStringLiteral("山田")));
  }

  void burnedInTextReview() {
    QTemporaryDir dir;
    const QString phantom = dir.filePath(QStringLiteral("phantom"));
    const QString store = dir.filePath(QStringLiteral("store"));
    QCOMPARE(cli({QStringLiteral("make-phantom"), phantom}).exitCode, 0);
    // Two radiographs declared to carry burned-in text.
    for (const QString& name : {QStringLiteral("A.dcm"), QStringLiteral("B.dcm")}) {
      const QString copy = QDir(phantom).filePath(QStringLiteral("CR/") + name);
      QVERIFY(QFile::copy(QDir(phantom).filePath(QStringLiteral("CR/CHEST_PA.dcm")), copy));
      QProcess modify;
      modify.start(QStringLiteral("dcmodify"), {QStringLiteral("-nb"), QStringLiteral("-m"), QStringLiteral("(0028,0301)=YES"),
                                                QStringLiteral("-m"), QStringLiteral("(0008,0018)=1.2.3.4.5.") + QString::number(name.at(0).unicode()), copy});
      QVERIFY(modify.waitForFinished(30000) && modify.exitCode() == 0);
    }
    const Run imported = cli({QStringLiteral("import"), phantom, QStringLiteral("--store"), store});
    QCOMPARE(imported.exitCode, 0);
    QVERIFY(imported.err.contains(QStringLiteral("2 image(s) may carry burned-in text")));
    const QStringList pending = cli({QStringLiteral("burned-in"), QStringLiteral("list"), QStringLiteral("--store"), store})
                                    .out.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(pending.size(), 2);
    const QString first = pending[0].section(QLatin1Char('\t'), 0, 0);
    const QString second = pending[1].section(QLatin1Char('\t'), 0, 0);
    QCOMPARE(cli({QStringLiteral("burned-in"), QStringLiteral("mask"), first, QStringLiteral("--store"), store}).exitCode, 2);
    const Run masked = cli({QStringLiteral("burned-in"), QStringLiteral("mask"), first, QStringLiteral("--rect"),
                            QStringLiteral("0,0,120,30"), QStringLiteral("--store"), store});
    QVERIFY2(masked.exitCode == 0, qPrintable(masked.err));
    QCOMPARE(cli({QStringLiteral("burned-in"), QStringLiteral("confirm"), second, QStringLiteral("--store"), store}).exitCode, 0);
    QCOMPARE(cli({QStringLiteral("burned-in"), QStringLiteral("list"), QStringLiteral("--store"), store}).out.trimmed(), QString());
    // The masked image replaced the original in the store, under a new UID.
    const auto opened = CaseStore::open(store);
    CaseDatabase db(opened.value());
    QVERIFY(!db.instance(first).ok());
    const QString newUid = masked.out.section(QStringLiteral("the masked image is "), 1).trimmed();
    const auto replaced = db.instance(newUid);
    QVERIFY2(replaced.ok(), qPrintable(newUid));
    QCOMPARE(replaced->burnedInReview, QStringLiteral("masked"));
    QCOMPARE(db.count(QStringLiteral("instances")).value(), 123);
  }

  // Every option the usage names is parsed the way the usage shows it: "[--deflate]" alone,
  // "--out DIR" with its value (a flag the parser did not know once made --deflate an
  // "unknown option").
  void everyOptionOfTheUsage() {
    QTemporaryDir dir;
    QString usage = cli({}).err;
    usage.remove(QRegularExpression(QStringLiteral("\\([^)]*\\)")));  // the remarks in parentheses name options in prose
    QVERIFY2(usage.contains(QLatin1String("usage:")), qPrintable(usage));
    QSet<QString> flags, valued;
    static const QRegularExpression option(QStringLiteral("--([a-z0-9-]+)(\\]?)(?=[ \\t]*(\\S*))"));
    for (auto m = option.globalMatch(usage); m.hasNext();) {
      const auto match = m.next();
      const QString name = match.captured(1), next = match.captured(3);
      const bool flag = !match.captured(2).isEmpty() || next.isEmpty() || next.startsWith(QLatin1Char('[')) || next.startsWith(QLatin1String("--"));
      (flag ? flags : valued).insert(name);
    }
    for (const char* expected : {"deflate", "include-unverified", "allow-incomplete", "zip", "overwrite", "fit", "high-b", "diffusion"})
      QVERIFY2(flags.contains(QLatin1String(expected)), expected);
    for (const char* expected : {"out", "store", "series", "fractional-threshold", "password-file", "range"})
      QVERIFY2(valued.contains(QLatin1String(expected)), expected);
    const QString store = dir.filePath(QStringLiteral("store"));
    for (const QString& flag : flags) {
      const Run r = cli({QStringLiteral("list"), QStringLiteral("--") + flag, QStringLiteral("--store"), store});
      QVERIFY2(r.exitCode == 0, qPrintable(flag + QStringLiteral(": ") + r.err));
    }
    for (const QString& name : valued) {
      const Run r = cli({QStringLiteral("list"), QStringLiteral("--") + name});
      QVERIFY2(r.exitCode == 2 && r.err.contains(QStringLiteral("--%1 needs a value").arg(name)), qPrintable(name + QStringLiteral(": ") + r.err));
    }
    // What --diffusion does (the other flags' effects: --deflate, --include-unverified,
    // --allow-incomplete in labelsThroughTheStore; --fit in test_diffusion; --zip, --overwrite
    // and --high-b through the API in test_handoff and test_diffusion): the DWI study in the demo data.
    const QString phantom = dir.filePath(QStringLiteral("phantom"));
    const Run made = cli({QStringLiteral("make-phantom"), phantom, QStringLiteral("--diffusion")});
    QVERIFY2(made.exitCode == 0, qPrintable(made.err));
    QVERIFY(QDir(phantom).exists(QStringLiteral("diffusion")));
  }

  void usageErrors() {
    QCOMPARE(cli({}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("frobnicate")}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("--store")}).exitCode, 2);
  }
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
