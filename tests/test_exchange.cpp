// exchange: DICOM SEG and SR written and read. Every object a test writes is judged by
// dciodvfy (no Error lines) and read back by pydicom (tests/tools/label_oracle.py).

#include "TestSupport.h"
#include "Validators.h"
#include "core/Labels.h"
#include "dicom/VolumeLoader.h"
#include "exchange/Seg.h"
#include "exchange/Sr.h"
#include "phantom/ChestPhantom.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcstack.h>

#include <QDirIterator>
#include <QJsonArray>

#include <cmath>
#include <limits>
#include <optional>

using namespace rc;

namespace {

const CodedConcept kAbnormal{QStringLiteral("49755003"), QStringLiteral("SCT"), QStringLiteral("Morphologically Abnormal Structure")};
const CodedConcept kNodule{QStringLiteral("27925004"), QStringLiteral("SCT"), QStringLiteral("Nodule")};
const CodedConcept kMass{QStringLiteral("4147007"), QStringLiteral("SCT"), QStringLiteral("Mass")};
const CodedConcept kTissue{QStringLiteral("85756007"), QStringLiteral("SCT"), QStringLiteral("Tissue")};
const CodedConcept kLung{QStringLiteral("39607008"), QStringLiteral("SCT"), QStringLiteral("Lung")};

const CodedConcept kUpperLobe{QStringLiteral("45653009"), QStringLiteral("SCT"), QStringLiteral("Upper lobe of lung")};
const CodedConcept kRight{QStringLiteral("24028007"), QStringLiteral("SCT"), QStringLiteral("Right")};
const CodedConcept kNormal{QStringLiteral("17621005"), QStringLiteral("SCT"), QStringLiteral("Normal")};
const CodedConcept kMm{QStringLiteral("mm"), QStringLiteral("UCUM"), QStringLiteral("millimeter")};
const CodedConcept kMl{QStringLiteral("ml"), QStringLiteral("UCUM"), QStringLiteral("milliliter")};
const CodedConcept kHu{QStringLiteral("[hnsf'U]"), QStringLiteral("UCUM"), QStringLiteral("Hounsfield unit")};
const CodedConcept kPercent{QStringLiteral("%"), QStringLiteral("UCUM"), QStringLiteral("percent")};
const CodedConcept kLongAxis{QStringLiteral("103339001"), QStringLiteral("SCT"), QStringLiteral("Long axis")};
const CodedConcept kShortAxis{QStringLiteral("103340004"), QStringLiteral("SCT"), QStringLiteral("Short axis")};
const CodedConcept kVolume{QStringLiteral("118565006"), QStringLiteral("SCT"), QStringLiteral("Volume")};
const CodedConcept kAttenuation{QStringLiteral("112031"), QStringLiteral("DCM"), QStringLiteral("Attenuation Coefficient")};
const CodedConcept kMean{QStringLiteral("373098007"), QStringLiteral("SCT"), QStringLiteral("Mean")};
const CodedConcept kCertainty{QStringLiteral("111012"), QStringLiteral("DCM"), QStringLiteral("Certainty of Finding")};
const CodedConcept kOpacityDescriptor{QStringLiteral("112027"), QStringLiteral("DCM"), QStringLiteral("Opacity Descriptor")};
const CodedConcept kGroundGlass{QStringLiteral("112120"), QStringLiteral("DCM"), QStringLiteral("Ground glass opacity")};

QStringList filesIn(const QString& folder) {
  QStringList files;
  QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
  while (it.hasNext()) files << it.next();
  files.sort();
  return files;
}

std::shared_ptr<Volume> load(const QStringList& files) {
  const auto loaded = loadVolume(files);
  if (!loaded) {
    QTest::qFail(qPrintable(loaded.error()), __FILE__, __LINE__);
    return nullptr;
  }
  return loaded->volume;
}

// The tests paint each segment as a mask of its own; what is written is a label set's voxels
// (the segments' masks put in one LabelMap), and what is read comes back the same way.
struct TestSegment : Segment {
  SegmentMask mask;
};

LabelMap voxelsOf(const std::vector<TestSegment>& segments, const std::array<int, 3>& dims) {
  // The grid of the masks (a test may give one of another size on purpose).
  std::array<int, 3> grid = dims;
  for (const TestSegment& s : segments)
    if (s.mask.dimensions() != dims && s.mask.dimensions() != std::array<int, 3>{0, 0, 0}) grid = s.mask.dimensions();
  LabelMap voxels(grid);
  for (const TestSegment& s : segments) {
    voxels.addSegment(s.number);
    if (s.mask.dimensions() == grid) voxels.assign(s.number, s.mask);
  }
  return voxels;
}

Result<WrittenObject> writeSeg(const Volume& v, const std::vector<TestSegment>& segments, const QString& out,
                               const SegWriteOptions& options = {}) {
  return writeSegmentation(v, std::vector<Segment>(segments.begin(), segments.end()), voxelsOf(segments, v.dimensions()), out, options);
}

Result<std::vector<TestSegment>> readSeg(const QString& file, const Volume& v) {
  auto read = readSegmentation(file, v);
  if (!read) return fail(read.error());
  std::vector<TestSegment> out;
  for (const Segment& s : read->segments) {
    TestSegment t;
    static_cast<Segment&>(t) = s;
    t.mask = read->voxels.extract(s.number);
    out.push_back(std::move(t));
  }
  return out;
}

TestSegment makeSegment(int number, const QString& label, const CodedConcept& type, const Volume& v) {
  TestSegment s;
  s.number = number;
  s.label = label;
  s.category = kAbnormal;
  s.type = type;
  s.trackingId = label;
  s.trackingUid = QStringLiteral("2.25.%1").arg(1000 + number);
  s.mask = SegmentMask(v.dimensions());
  return s;
}

// A ball of `radius` voxels (in-plane) around (ci, cj, ck), squashed along k by the spacing.
void paintBall(SegmentMask& mask, const Volume& v, int ci, int cj, int ck, double radiusMm) {
  for (int k = 0; k < v.sliceCount(); ++k)
    for (int j = 0; j < v.height(); ++j)
      for (int i = 0; i < v.width(); ++i) {
        const double di = (i - ci) * v.spacing[0], dj = (j - cj) * v.spacing[1], dk = (k - ck) * v.spacing[2];
        if (std::sqrt(di * di + dj * dj + dk * dk) <= radiusMm) mask.set(i, j, k, true);
      }
}

void paintBox(SegmentMask& mask, int i0, int j0, int k0, int i1, int j1, int k1) {
  for (int k = k0; k <= k1; ++k)
    for (int j = j0; j <= j1; ++j)
      for (int i = i0; i <= i1; ++i) mask.set(i, j, k, true);
}

int nonEmptySlices(const SegmentMask& m) {
  int n = 0;
  for (int k = 0; k < m.sliceCount(); ++k) n += !m.sliceIsEmpty(k);
  return n;
}

QString lidcCt() { return test::samplePath(QStringLiteral("ct-chest-lidc0001/LIDC-IDRI-0001/CT")); }

// The segments read back equal the ones written: masks voxel for voxel, and what they are.
void compareSegments(const std::vector<TestSegment>& written, const std::vector<TestSegment>& read) {
  QCOMPARE(read.size(), written.size());
  for (size_t n = 0; n < written.size(); ++n) {
    const TestSegment& w = written[n];
    const TestSegment& r = read[n];
    QCOMPARE(r.number, int(n) + 1);
    QCOMPARE(r.label, w.label);
    QCOMPARE(r.description, w.description);
    QVERIFY(r.category == w.category);
    QVERIFY(r.type == w.type);
    QVERIFY(r.anatomicRegion == w.anatomicRegion);
    QCOMPARE(r.algorithm, w.algorithm);
    QCOMPARE(r.algorithmName, w.algorithmName);
    QCOMPARE(r.trackingId, w.trackingId);
    QCOMPARE(r.trackingUid, w.trackingUid);
    for (int c = 0; c < 3; ++c) QVERIFY2(std::abs(int(r.color[c]) - int(w.color[c])) <= 1, qPrintable(w.label));
    QCOMPARE(r.mask.count(), w.mask.count());
    QVERIFY2(r.mask == w.mask, qPrintable(w.label));
  }
}

// Every content item of pydicom's SR tree, depth first.
void collectNodes(const QJsonObject& node, QList<QJsonObject>& out) {
  out << node;
  for (const QJsonValue& child : node.value(QStringLiteral("children")).toArray()) collectNodes(child.toObject(), out);
}

bool named(const QJsonObject& node, const QString& value) {
  return node.value(QStringLiteral("name")).toArray().at(0).toString() == value;
}

void compareFindings(const std::vector<Finding>& written, const std::vector<Finding>& read) {
  QCOMPARE(read.size(), written.size());
  for (size_t n = 0; n < written.size(); ++n) {
    const Finding& w = written[n];
    const Finding& r = read[n];
    QCOMPARE(r.trackingId, w.trackingId);
    QCOMPARE(r.trackingUid, w.trackingUid);
    QVERIFY(r.finding == w.finding);
    QVERIFY(r.site == w.site);
    QVERIFY(r.laterality == w.laterality);
    QCOMPARE(r.segmentNumber, w.segmentNumber);
    QCOMPARE(r.evaluations.size(), w.evaluations.size());
    for (size_t e = 0; e < w.evaluations.size(); ++e) {
      QVERIFY(r.evaluations[e].concept == w.evaluations[e].concept);
      QVERIFY(r.evaluations[e].value == w.evaluations[e].value);
    }
    // What the reader recorded beside the codes.
    QVERIFY(r.diseaseClass == w.diseaseClass);
    QVERIFY(r.certainty == w.certainty);
    QCOMPARE(r.comment, w.comment);
    if (w.longAxisMm) QCOMPARE(r.longAxisMm, w.longAxisMm);
    if (w.shortAxisMm) QCOMPARE(r.shortAxisMm, w.shortAxisMm);
    // A typed axis travels as a Long/Short Axis measurement and comes back as one too.
    auto carries = [](const Finding& f, const CodedConcept& c) {
      return std::any_of(f.measurements.begin(), f.measurements.end(), [&](const Measurement& m) { return m.concept.sameConcept(c); });
    };
    const size_t typedAxes = size_t(w.longAxisMm && !carries(w, srcodes::longAxis())) + size_t(w.shortAxisMm && !carries(w, srcodes::shortAxis()));
    QCOMPARE(r.measurements.size(), w.measurements.size() + typedAxes);
    for (const Measurement& wm : w.measurements) {
      // Measurements come back grouped by region; compare by concept.
      const auto rm = std::find_if(r.measurements.begin(), r.measurements.end(),
                                   [&](const Measurement& m) { return m.concept == wm.concept; });
      QVERIFY2(rm != r.measurements.end(), qPrintable(wm.concept.meaning));
      QCOMPARE(rm->value, wm.value);
      QVERIFY(rm->unit == wm.unit);
      QVERIFY(rm->derivation == wm.derivation);
      QCOMPARE(rm->region, wm.region);
    }
    QCOMPARE(bool(r.imageBox), bool(w.imageBox));
    if (w.imageBox) QVERIFY(*r.imageBox == *w.imageBox);
    QCOMPARE(bool(r.volumeBox), bool(w.volumeBox));
    if (w.volumeBox) {
      QCOMPARE(r.volumeBox->frameOfReferenceUid, w.volumeBox->frameOfReferenceUid);
      const auto rc = r.volumeBox->corners(), wc = w.volumeBox->corners();
      for (size_t c = 0; c < 8; ++c)
        for (size_t d = 0; d < 3; ++d) QVERIFY(std::abs(rc[c][d] - wc[c][d]) < 1e-3);  // FL coordinates
    }
  }
}

}  // namespace

class TestExchange : public QObject {
  Q_OBJECT
private slots:
  void initTestCase() {
    QVERIFY(dir_.isValid());
    // RADCURATOR_TEST_KEEP=1 keeps the written objects for a look with dcmdump/dsrdump.
    if (qEnvironmentVariableIsSet("RADCURATOR_TEST_KEEP")) {
      dir_.setAutoRemove(false);
      qInfo("objects written to %s", qPrintable(dir_.path()));
    }
  }

  void segOnTheSampleCtRoundTrips() {
    RC_REQUIRE_SAMPLE(QStringLiteral("ct-chest-lidc0001/LIDC-IDRI-0001/CT"));
    RC_REQUIRE_DCIODVFY();
    RC_REQUIRE_PYDICOM();
    const auto ct = load(filesIn(lidcCt()));
    QVERIFY(ct);
    std::vector<TestSegment> segments;
    segments.push_back(makeSegment(1, QStringLiteral("Nodule 1"), kNodule, *ct));
    paintBall(segments[0].mask, *ct, 320, 250, 60, 9.0);
    segments.push_back(makeSegment(2, QStringLiteral("Mass 1"), kMass, *ct));
    paintBox(segments[1].mask, 150, 200, 80, 190, 240, 90);
    segments[1].algorithm = SegmentAlgorithm::Semiautomatic;
    segments[1].algorithmName = QStringLiteral("RadCurator region grow");
    segments[1].color = {40, 200, 90};
    segments.push_back(makeSegment(3, QStringLiteral("Left lung (part)"), kLung, *ct));
    segments[2].category = kTissue;
    segments[2].anatomicRegion = kLung;
    segments[2].description = QStringLiteral("a slab of the left lung");
    paintBox(segments[2].mask, 300, 150, 30, 420, 350, 34);

    const QString out = dir_.filePath(QStringLiteral("three.seg.dcm"));
    const auto written = writeSeg(*ct, segments, out);
    QVERIFY2(written.ok(), qPrintable(written.error()));
    const int expectedFrames = nonEmptySlices(segments[0].mask) + nonEmptySlices(segments[1].mask) + nonEmptySlices(segments[2].mask);
    QCOMPARE(written->frames, expectedFrames);
    RC_VERIFY_DCIODVFY(out);

    // pydicom's view: frames, references to the source, segments, voxels.
    const QJsonObject seg = test::pydicomSummary(out);
    QCOMPARE(seg.value(QStringLiteral("frames")).toInt(), expectedFrames);
    QCOMPARE(seg.value(QStringLiteral("segmentationType")).toString(), QStringLiteral("BINARY"));
    QCOMPARE(seg.value(QStringLiteral("segmentsOverlap")).toString(), QStringLiteral("NO"));
    QCOMPARE(seg.value(QStringLiteral("frameOfReference")).toString(), ct->frameOfReferenceUid);
    QCOMPARE(seg.value(QStringLiteral("sopInstance")).toString(), written->sopInstanceUid);
    const QJsonArray refSeries = seg.value(QStringLiteral("referencedSeries")).toArray();
    QCOMPARE(refSeries.size(), 1);
    QCOMPARE(refSeries.at(0).toObject().value(QStringLiteral("series")).toString(), ct->seriesInstanceUid);
    QSet<QString> sourceUids;
    for (const SliceSource& s : ct->slices) sourceUids.insert(s.sopInstanceUid);
    for (const QJsonValue& uid : refSeries.at(0).toObject().value(QStringLiteral("instances")).toArray())
      QVERIFY(sourceUids.contains(uid.toString()));
    // Each frame's source image is the slice at the frame's position.
    for (const QJsonValue& v : seg.value(QStringLiteral("perFrame")).toArray()) {
      const QJsonObject frame = v.toObject();
      const QJsonArray sources = frame.value(QStringLiteral("sources")).toArray();
      QCOMPARE(sources.size(), 1);
      const QJsonArray p = frame.value(QStringLiteral("position")).toArray();
      const Vec3 index = ct->patientToIndex({p.at(0).toDouble(), p.at(1).toDouble(), p.at(2).toDouble()});
      const int k = int(std::lround(index[2]));
      QCOMPARE(sources.at(0).toObject().value(QStringLiteral("uid")).toString(), ct->slices[size_t(k)].sopInstanceUid);
    }
    const QJsonObject voxels = seg.value(QStringLiteral("voxelsPerSegment")).toObject();
    for (int n = 0; n < 3; ++n)
      QCOMPARE(voxels.value(QString::number(n + 1)).toInt(), int(segments[size_t(n)].mask.count()));
    const QJsonArray segs = seg.value(QStringLiteral("segments")).toArray();
    QCOMPARE(segs.at(1).toObject().value(QStringLiteral("algorithmType")).toString(), QStringLiteral("SEMIAUTOMATIC"));
    QCOMPARE(segs.at(0).toObject().value(QStringLiteral("type")).toArray().at(0).toString(), QStringLiteral("27925004"));

    // Back onto the series: voxel for voxel.
    const auto read = readSeg(out, *ct);
    QVERIFY2(read.ok(), qPrintable(read.error()));
    compareSegments(segments, read.value());
    const auto info = readSegmentationInfo(out);
    QVERIFY(info.ok());
    QCOMPARE(info->referencedSeriesUid, ct->seriesInstanceUid);
    QCOMPARE(info->segmentCount, 3);
  }

  void overlappingAndEmptySegments() {
    RC_REQUIRE_DCIODVFY();
    RC_REQUIRE_PYDICOM();
    const auto ct = phantomCt();
    QVERIFY(ct);
    std::vector<TestSegment> segments;
    segments.push_back(makeSegment(1, QStringLiteral("A"), kNodule, *ct));
    segments.push_back(makeSegment(2, QStringLiteral("B"), kMass, *ct));
    segments.push_back(makeSegment(3, QStringLiteral("Nothing yet"), kMass, *ct));  // empty: kept
    paintBox(segments[0].mask, 10, 10, 2, 30, 30, 6);
    paintBox(segments[1].mask, 20, 20, 4, 40, 40, 9);  // overlaps A on slices 4-6
    const QString out = dir_.filePath(QStringLiteral("overlap.seg.dcm"));
    const auto written = writeSeg(*ct, segments, out);
    QVERIFY2(written.ok(), qPrintable(written.error()));
    RC_VERIFY_DCIODVFY(out);
    const QJsonObject seg = test::pydicomSummary(out);
    QCOMPARE(seg.value(QStringLiteral("segmentsOverlap")).toString(), QStringLiteral("YES"));
    QCOMPARE(seg.value(QStringLiteral("segments")).toArray().size(), 3);
    QCOMPARE(seg.value(QStringLiteral("frames")).toInt(), 5 + 6);
    const auto read = readSeg(out, *ct);
    QVERIFY2(read.ok(), qPrintable(read.error()));
    compareSegments(segments, read.value());
    QVERIFY(read->at(2).mask.isEmpty());
  }

  // Labels in any language: what import-labels takes in must go out again (the SEG is UTF-8),
  // read back by pydicom as written; over-long ones are refused with the reason.
  void nonAsciiLabelsRoundTrip() {
    RC_REQUIRE_DCIODVFY();
    RC_REQUIRE_PYDICOM();
    const auto ct = phantomCt();
    QVERIFY(ct);
    std::vector<TestSegment> segments;
    segments.push_back(makeSegment(1, QStringLiteral("結節 右上葉"), kNodule, *ct));
    segments.push_back(makeSegment(2, QStringLiteral("Tumeur rénale"), kMass, *ct));
    segments[0].description = QStringLiteral("読影医が描出");
    segments[0].trackingId = QStringLiteral("結節1");
    segments[1].algorithm = SegmentAlgorithm::Automatic;
    segments[1].algorithmName = QStringLiteral("腫瘍検出 2.0");
    paintBox(segments[0].mask, 10, 10, 2, 20, 20, 4);
    paintBox(segments[1].mask, 30, 30, 5, 40, 40, 7);
    const QString out = dir_.filePath(QStringLiteral("japanese.seg.dcm"));
    const auto written = writeSeg(*ct, segments, out);
    QVERIFY2(written.ok(), qPrintable(written.error()));
    RC_VERIFY_DCIODVFY(out);
    const QJsonObject seg = test::pydicomSummary(out);
    QStringList labels;
    for (const QJsonValue& v : seg.value(QStringLiteral("segments")).toArray()) labels << v.toObject().value(QStringLiteral("label")).toString();
    QCOMPARE(labels, (QStringList{QStringLiteral("結節 右上葉"), QStringLiteral("Tumeur rénale")}));
    const auto read = readSeg(out, *ct);
    QVERIFY2(read.ok(), qPrintable(read.error()));
    QCOMPARE(read->at(0).label, QStringLiteral("結節 右上葉"));
    QCOMPARE(read->at(0).trackingId, QStringLiteral("結節1"));
    QCOMPARE(read->at(1).algorithmName, QStringLiteral("腫瘍検出 2.0"));
    segments[0].label = QString(65, QChar(0x7D50));  // 65 characters: LO holds 64
    const auto tooLong = writeSeg(*ct, segments, dir_.filePath(QStringLiteral("long.seg.dcm")));
    QVERIFY(!tooLong.ok());
    QVERIFY2(tooLong.error().contains(QStringLiteral("65 characters")), qPrintable(tooLong.error()));
  }

  // A FRACTIONAL SEG whose Maximum Fractional Value is 0 (or missing, or past 8 bits) would
  // put every voxel of every frame in its segments: refused, naming the value.
  void fractionalSegWithoutAMaximumIsRefused_data() {
    QTest::addColumn<QString>("maximum");
    QTest::newRow("zero") << QStringLiteral("0");
    QTest::newRow("missing") << QString();
    QTest::newRow("past 8 bits") << QStringLiteral("1000");
  }
  void fractionalSegWithoutAMaximumIsRefused() {
    QFETCH(QString, maximum);
    const QString sample = QStringLiteral("seg-sr/highdicom/seg_image_ct_true_fractional.dcm");
    RC_REQUIRE_SAMPLE(sample);
    DcmFileFormat file;
    QVERIFY(file.loadFile(OFFilename(QFile::encodeName(test::samplePath(sample)).constData())).good());
    DcmDataset* ds = file.getDataset();
    if (maximum.isEmpty()) ds->findAndDeleteElement(DCM_MaximumFractionalValue);
    else ds->putAndInsertUint16(DCM_MaximumFractionalValue, Uint16(maximum.toInt()));
    const QString out = dir_.filePath(QStringLiteral("fractional-%1.dcm").arg(maximum.isEmpty() ? QStringLiteral("none") : maximum));
    QVERIFY(file.saveFile(OFFilename(QFile::encodeName(out).constData()), EXS_LittleEndianExplicit).good());
    QDirIterator it(test::samplePath(QStringLiteral("seg-sr/highdicom/source_ct_series_pydicom_77654033_CT2")), QDir::Files);
    QStringList ctFiles;
    while (it.hasNext()) ctFiles << it.next();
    QVERIFY(!ctFiles.isEmpty());
    const auto ct = load(ctFiles);
    QVERIFY(ct);
    const auto read = readSeg(out, *ct);
    QVERIFY(!read.ok());
    QVERIFY2(read.error().contains(QStringLiteral("Maximum Fractional Value (0062,000E)")) &&
                 read.error().contains(maximum.isEmpty() ? QStringLiteral("missing") : maximum),
             qPrintable(read.error()));
  }

  // A measurement that is no number (NaN, infinite, text) is refused with the report, never
  // read as 0 mm.
  void impossibleMeasurementsAreRefused_data() {
    QTest::addColumn<QString>("value");
    QTest::newRow("NaN") << QStringLiteral("NaN");
    QTest::newRow("infinite") << QStringLiteral("-inf");
    QTest::newRow("text") << QStringLiteral("abc");
    QTest::newRow("overflow") << QStringLiteral("1e999");
  }
  void impossibleMeasurementsAreRefused() {
    QFETCH(QString, value);
    const auto ct = phantomCt();
    QVERIFY(ct);
    LabelSet labels;
    Finding f;
    f.trackingId = QStringLiteral("Nodule 1");
    f.trackingUid = QStringLiteral("2.25.77");
    f.finding = kNodule;
    f.measurements = {{{QStringLiteral("103339001"), QStringLiteral("SCT"), QStringLiteral("Long axis")},
                       12.5,
                       {QStringLiteral("mm"), QStringLiteral("UCUM"), QStringLiteral("millimeter")},
                       {},
                       MeasurementRegion::None}};
    labels.findings = {f};
    const QString path = dir_.filePath(QStringLiteral("measured.sr.dcm"));
    QFile::remove(path);
    const auto written = writeMeasurementReport(*ct, labels, nullptr, path);
    QVERIFY2(written.ok(), qPrintable(written.error()));
    QVERIFY(readMeasurementReport(path).ok());
    // Another tool's report with the value replaced, as the bytes of the file say it.
    DcmFileFormat file;
    QVERIFY(file.loadFile(OFFilename(QFile::encodeName(path).constData())).good());
    DcmStack stack;
    int replaced = 0;
    while (file.getDataset()->search(DCM_NumericValue, stack, ESM_afterStackTop, OFTrue).good()) {
      auto* element = static_cast<DcmElement*>(stack.top());
      // DS cannot hold these: written past DCMTK's checks, as a hostile file would be.
      QVERIFY(element->putString(value.toLatin1().constData()).good());
      ++replaced;
    }
    QCOMPARE(replaced, 1);
    const QString hostile = dir_.filePath(QStringLiteral("nan.sr.dcm"));
    QFile::remove(hostile);
    QVERIFY(file.saveFile(OFFilename(QFile::encodeName(hostile).constData()), EXS_LittleEndianExplicit).good());
    const auto read = readMeasurementReport(hostile);
    QVERIFY2(!read.ok(), qPrintable(value));
    QVERIFY2(read.error().contains(QStringLiteral("Long axis")) && read.error().contains(QStringLiteral("not a finite number")),
             qPrintable(read.error()));
    // And the store never takes one: its JSON would hold 0.
    LabelSet impossible;
    Finding g = f;
    g.longAxisMm = std::numeric_limits<double>::quiet_NaN();
    impossible.findings = {g};
    QVERIFY(!impossibleValueIn(g).isEmpty());
    QVERIFY(impossibleValueIn(f).isEmpty());
  }

  // Every segment empty (e.g. another tool's FRACTIONAL SEG read with too high a threshold):
  // still a valid SEG (one empty frame), and the segments come back, empty.
  void onlyEmptySegments() {
    RC_REQUIRE_DCIODVFY();
    const auto ct = phantomCt();
    QVERIFY(ct);
    std::vector<TestSegment> segments;
    segments.push_back(makeSegment(1, QStringLiteral("Nothing"), kNodule, *ct));
    segments.push_back(makeSegment(2, QStringLiteral("Nothing either"), kMass, *ct));
    const QString out = dir_.filePath(QStringLiteral("empty.seg.dcm"));
    const auto written = writeSeg(*ct, segments, out);
    QVERIFY2(written.ok(), qPrintable(written.error()));
    QCOMPARE(written->frames, 2);  // one empty frame per segment (DCMTK wants frames >= segments)
    RC_VERIFY_DCIODVFY(out);
    const auto read = readSeg(out, *ct);
    QVERIFY2(read.ok(), qPrintable(read.error()));
    QCOMPARE(int(read->size()), 2);
    for (const TestSegment& s : read.value()) QVERIFY(s.mask.isEmpty());
  }

  void singleFrameChestRadiograph() {
    RC_REQUIRE_DCIODVFY();
    RC_REQUIRE_PYDICOM();
    const auto cr = phantomRadiograph();
    QVERIFY(cr);
    QCOMPARE(cr->sliceCount(), 1);
    std::vector<TestSegment> segments{makeSegment(1, QStringLiteral("Mass on the radiograph"), kMass, *cr)};
    paintBox(segments[0].mask, 100, 120, 0, 180, 200, 0);
    const QString out = dir_.filePath(QStringLiteral("cr.seg.dcm"));
    const auto written = writeSeg(*cr, segments, out);
    QVERIFY2(written.ok(), qPrintable(written.error()));
    QCOMPARE(written->frames, 1);
    RC_VERIFY_DCIODVFY(out);
    const QJsonObject seg = test::pydicomSummary(out);
    QCOMPARE(seg.value(QStringLiteral("frames")).toInt(), 1);
    const QJsonObject frame = seg.value(QStringLiteral("perFrame")).toArray().at(0).toObject();
    QCOMPARE(frame.value(QStringLiteral("sources")).toArray().at(0).toObject().value(QStringLiteral("uid")).toString(),
             cr->slices[0].sopInstanceUid);
    QVERIFY(!frame.contains(QStringLiteral("position")));  // a radiograph has no patient-space plane
    const auto read = readSeg(out, *cr);
    QVERIFY2(read.ok(), qPrintable(read.error()));
    compareSegments(segments, read.value());
  }

  void deflatedAndNeverOverwritten() {
    RC_REQUIRE_PYDICOM();
    const auto ct = phantomCt();
    QVERIFY(ct);
    std::vector<TestSegment> segments{makeSegment(1, QStringLiteral("A"), kNodule, *ct)};
    paintBall(segments[0].mask, *ct, 40, 40, 5, 12);
    SegWriteOptions options;
    options.deflate = true;
    const QString out = dir_.filePath(QStringLiteral("deflated.seg.dcm"));
    const auto written = writeSeg(*ct, segments, out, options);
    QVERIFY2(written.ok(), qPrintable(written.error()));
    const QJsonObject seg = test::pydicomSummary(out);
    QCOMPARE(seg.value(QStringLiteral("transferSyntax")).toString(), QStringLiteral("1.2.840.10008.1.2.1.99"));
    const auto read = readSeg(out, *ct);
    QVERIFY2(read.ok(), qPrintable(read.error()));
    compareSegments(segments, read.value());

    // A second export to the same name fails and leaves the first one as it was.
    QFile first(out);
    QVERIFY(first.open(QIODevice::ReadOnly));
    const QByteArray before = first.readAll();
    first.close();
    const auto again = writeSeg(*ct, segments, out);
    QVERIFY(!again.ok());
    QVERIFY2(again.error().contains(QLatin1String("already exists")), qPrintable(again.error()));
    QVERIFY(first.open(QIODevice::ReadOnly));
    QCOMPARE(first.readAll(), before);
    // Two exports get different objects.
    const auto other = writeSeg(*ct, segments, dir_.filePath(QStringLiteral("second.seg.dcm")));
    QVERIFY(other.ok());
    QVERIFY(other->sopInstanceUid != written->sopInstanceUid);
  }

  void badInputIsRefusedWithTheReason() {
    const auto ct = phantomCt();
    QVERIFY(ct);
    TestSegment wrongSize = makeSegment(1, QStringLiteral("A"), kNodule, *ct);
    wrongSize.mask = SegmentMask({10, 10, 10});
    auto r = writeSeg(*ct, {wrongSize}, dir_.filePath(QStringLiteral("x1.dcm")));
    QVERIFY(!r.ok() && r.error().contains(QLatin1String("mask")));
    TestSegment noCode = makeSegment(1, QStringLiteral("A"), kNodule, *ct);
    noCode.type = {};
    r = writeSeg(*ct, {noCode}, dir_.filePath(QStringLiteral("x2.dcm")));
    QVERIFY(!r.ok() && r.error().contains(QLatin1String("code")));
    TestSegment automatic = makeSegment(1, QStringLiteral("A"), kNodule, *ct);
    automatic.algorithm = SegmentAlgorithm::Automatic;
    r = writeSeg(*ct, {automatic}, dir_.filePath(QStringLiteral("x3.dcm")));
    QVERIFY(!r.ok() && r.error().contains(QLatin1String("algorithm")));
    QVERIFY(!QFile::exists(dir_.filePath(QStringLiteral("x1.dcm"))));

    // Not a SEG, a truncated SEG, a SEG on other images.
    const auto notSeg = readSeg(ct->slices[0].filePath, *ct);
    QVERIFY(!notSeg.ok() && notSeg.error().contains(QLatin1String("not a Segmentation")));
    std::vector<TestSegment> segments{makeSegment(1, QStringLiteral("A"), kNodule, *ct)};
    paintBox(segments[0].mask, 5, 5, 1, 20, 20, 3);
    const QString good = dir_.filePath(QStringLiteral("good.seg.dcm"));
    QVERIFY(writeSeg(*ct, segments, good).ok());
    QFile in(good);
    QVERIFY(in.open(QIODevice::ReadOnly));
    const QByteArray bytes = in.readAll();
    const QString cut = dir_.filePath(QStringLiteral("cut.seg.dcm"));
    QFile out(cut);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(bytes.left(bytes.size() - 700));
    out.close();
    const auto truncated = readSeg(cut, *ct);
    QVERIFY(!truncated.ok());
    QVERIFY2(truncated.error().contains(cut), qPrintable(truncated.error()));
    Volume other = *ct;
    for (SliceSource& s : other.slices) s.sopInstanceUid += QStringLiteral(".9");
    other.origin[2] += 1000;  // and elsewhere in space
    const auto misplaced = readSeg(good, other);
    QVERIFY(!misplaced.ok());
    QVERIFY2(misplaced.error().contains(QLatin1String("frame 1")), qPrintable(misplaced.error()));
  }

  void segsWrittenByOtherTools_data() {
    QTest::addColumn<QString>("seg");
    QTest::addColumn<QString>("source");
    QTest::addColumn<bool>("fractional");
    const QString h = QStringLiteral("seg-sr/highdicom/");
    const QString q = QStringLiteral("seg-sr/dcmqi/segmentations/");
    QTest::newRow("highdicom CT binary") << h + "seg_image_ct_binary.dcm" << h + "source_ct_series_pydicom_77654033_CT2" << false;
    QTest::newRow("highdicom CT overlap") << h + "seg_image_ct_binary_overlap.dcm" << h + "source_ct_series_pydicom_77654033_CT2" << false;
    QTest::newRow("highdicom CT fractional (binary values)") << h + "seg_image_ct_binary_fractional.dcm" << h + "source_ct_series_pydicom_77654033_CT2" << true;
    QTest::newRow("highdicom CT true fractional") << h + "seg_image_ct_true_fractional.dcm" << h + "source_ct_series_pydicom_77654033_CT2" << true;
    QTest::newRow("highdicom single frame") << h + "seg_image_ct_binary_single_frame.dcm" << h + "ct_image.dcm" << false;
    QTest::newRow("highdicom CR") << h + "seg_image_cr_binary.dcm" << h + "source_cr_pydicom_77654033_CR1_6154.dcm" << false;
    QTest::newRow("dcmqi liver") << q + "liver.dcm" << q + "ct-3slice" << false;
    QTest::newRow("dcmqi partial overlaps") << q + "partial_overlaps.dcm" << q + "ct-3slice" << false;
    QTest::newRow("dcmqi 23x38x3") << q + "23x38x3/seg/label.seg" << q + "23x38x3/image" << false;
    QTest::newRow("dcmqi 24x38x3") << q + "24x38x3/seg/label.seg" << q + "24x38x3/image" << false;
  }

  void segsWrittenByOtherTools() {
    QFETCH(QString, seg);
    QFETCH(QString, source);
    RC_REQUIRE_SAMPLE(seg);
    RC_REQUIRE_SAMPLE(source);
    RC_REQUIRE_PYDICOM();
    const QString sourcePath = test::samplePath(source);
    const auto volume = load(QFileInfo(sourcePath).isDir() ? filesIn(sourcePath) : QStringList{sourcePath});
    QVERIFY(volume);
    const auto read = readSeg(test::samplePath(seg), *volume);
    QVERIFY2(read.ok(), qPrintable(read.error()));
    // pydicom counts the voxels of every segment; ours must agree (no frame lost, misplaced
    // onto another frame's voxels, or invented).
    const QJsonObject oracle = test::pydicomSummary(test::samplePath(seg));
    const QJsonArray segments = oracle.value(QStringLiteral("segments")).toArray();
    QCOMPARE(int(read->size()), segments.size());
    const QJsonObject voxels = oracle.value(QStringLiteral("voxelsPerSegment")).toObject();
    for (const TestSegment& s : read.value()) {
      QCOMPARE(int(s.mask.count()), voxels.value(QString::number(s.number)).toInt());
      QCOMPARE(s.label, segments.at(s.number - 1).toObject().value(QStringLiteral("label")).toString());
      QCOMPARE(s.type.value, segments.at(s.number - 1).toObject().value(QStringLiteral("type")).toArray().at(0).toString());
    }
  }

  void labelMapSegIsRefusedClearly() {
    RC_REQUIRE_SAMPLE(QStringLiteral("seg-sr/dcmqi/segmentations/sparse-labelmap-noppv.dcm"));
    const auto ct = phantomCt();
    const auto read = readSeg(test::samplePath(QStringLiteral("seg-sr/dcmqi/segmentations/sparse-labelmap-noppv.dcm")), *ct);
    QVERIFY(!read.ok());
    QVERIFY2(read.error().contains(QLatin1String("Label Map")), qPrintable(read.error()));
  }

  void srOnTheSampleCtRoundTrips() {
    RC_REQUIRE_SAMPLE(QStringLiteral("ct-chest-lidc0001/LIDC-IDRI-0001/CT"));
    RC_REQUIRE_DCIODVFY();
    RC_REQUIRE_PYDICOM();
    const auto ct = load(filesIn(lidcCt()));
    QVERIFY(ct);
    // A nodule with its SEG segment, a mass with only a 3D box, a whole-series classification.
    TestSegment nodule = makeSegment(1, QStringLiteral("Nodule 1"), kNodule, *ct);
    paintBall(nodule.mask, *ct, 320, 250, 60, 9.0);
    const QString segFile = dir_.filePath(QStringLiteral("for-sr.seg.dcm"));
    const auto seg = writeSeg(*ct, {nodule}, segFile);
    QVERIFY2(seg.ok(), qPrintable(seg.error()));
    const SegmentationReference segRef{seg->sopClassUid, seg->sopInstanceUid, seg->seriesInstanceUid, seg->segmentNumbers};

    LabelSet labels;
    labels.seriesInstanceUid = ct->seriesInstanceUid;
    labels.observerName = QStringLiteral("Reader^One");
    Finding f1;
    f1.trackingId = QStringLiteral("Nodule 1");
    f1.trackingUid = nodule.trackingUid;
    f1.finding = kNodule;
    f1.site = kUpperLobe;
    f1.laterality = kRight;
    f1.evaluations.push_back({kOpacityDescriptor, kGroundGlass});
    f1.imageBox = ImageBox{{ct->slices[60].sopClassUid, ct->slices[60].sopInstanceUid, 0}, 307.5, 237.5, 333.5, 263.25};
    f1.volumeBox = VolumeBox::aroundVoxels(*ct, *nodule.mask.bounds());
    f1.segmentNumber = 1;
    f1.measurements = {{kLongAxis, 18.2, kMm, {}, MeasurementRegion::ImageBox},
                       {kShortAxis, 15.75, kMm, {}, MeasurementRegion::ImageBox},
                       {kCertainty, 80, kPercent, {}, MeasurementRegion::ImageBox},
                       {kVolume, 2.875, kMl, {}, MeasurementRegion::Segment},
                       {kAttenuation, -45.25, kHu, kMean, MeasurementRegion::Segment}};
    Finding f2;
    f2.trackingId = QStringLiteral("Mass 1");
    f2.trackingUid = QStringLiteral("2.25.555");
    f2.finding = kMass;
    f2.volumeBox = VolumeBox::aroundVoxels(*ct, {150, 200, 80, 190, 240, 90});
    f2.measurements = {{kVolume, 30.5, kMl, {}, MeasurementRegion::VolumeBox}};
    Finding f3;
    f3.trackingId = QStringLiteral("Series impression");
    f3.trackingUid = QStringLiteral("2.25.556");
    f3.finding = kNormal;
    labels.findings = {f1, f2, f3};

    const QString out = dir_.filePath(QStringLiteral("report.sr.dcm"));
    const auto written = writeMeasurementReport(*ct, labels, &segRef, out);
    QVERIFY2(written.ok(), qPrintable(written.error()));
    RC_VERIFY_DCIODVFY(out);

    // pydicom's view of the tree.
    const QJsonObject sr = test::pydicomSummary(out);
    QCOMPARE(sr.value(QStringLiteral("sopClass")).toString(), QStringLiteral("1.2.840.10008.5.1.4.1.1.88.34"));
    const QJsonObject root = sr.value(QStringLiteral("root")).toObject();
    QCOMPARE(root.value(QStringLiteral("template")).toString(), QStringLiteral("1500"));
    QList<QJsonObject> nodes;
    collectNodes(root, nodes);
    int groups = 0, volumeSurfaces = 0;
    QSet<QString> evidence;
    for (const QJsonValue& uid : sr.value(QStringLiteral("evidence")).toArray()) evidence.insert(uid.toString());
    QVERIFY(evidence.contains(seg->sopInstanceUid));
    QVERIFY(evidence.contains(ct->slices[60].sopInstanceUid));
    for (const QJsonObject& node : nodes) {
      if (named(node, QStringLiteral("125007"))) ++groups;
      if (node.value(QStringLiteral("valueType")).toString() == QLatin1String("SCOORD3D")) {
        ++volumeSurfaces;
        // Every point of the surface lies on the box it describes.
        const QJsonArray v = node.value(QStringLiteral("value")).toArray();
        const bool nodulesBox = f1.volumeBox->contains({v.at(0).toDouble(), v.at(1).toDouble(), v.at(2).toDouble()}, 1e-3);
        const VolumeBox& box = nodulesBox ? *f1.volumeBox : *f2.volumeBox;
        for (int p = 0; p + 2 < v.size(); p += 3)
          QVERIFY(box.contains({v.at(p).toDouble(), v.at(p + 1).toDouble(), v.at(p + 2).toDouble()}, 1e-3));
        QCOMPARE(node.value(QStringLiteral("frameOfReference")).toString(), ct->frameOfReferenceUid);
        QCOMPARE(node.value(QStringLiteral("graphicType")).toString(), QStringLiteral("POLYGON"));
      }
      if (named(node, QStringLiteral("121191"))) {  // Referenced Segment
        const QJsonObject ref = node.value(QStringLiteral("value")).toObject();
        QCOMPARE(ref.value(QStringLiteral("uid")).toString(), seg->sopInstanceUid);
        QCOMPARE(ref.value(QStringLiteral("segment")).toInt(), 1);
      }
      if (node.value(QStringLiteral("valueType")).toString() == QLatin1String("SCOORD")) {
        QCOMPARE(node.value(QStringLiteral("graphicType")).toString(), QStringLiteral("POLYLINE"));
        const QJsonObject image = node.value(QStringLiteral("children")).toArray().at(0).toObject();
        QCOMPARE(image.value(QStringLiteral("relationship")).toString(), QStringLiteral("SELECTED FROM"));
        QCOMPARE(image.value(QStringLiteral("value")).toObject().value(QStringLiteral("uid")).toString(), ct->slices[60].sopInstanceUid);
      }
    }
    QCOMPARE(groups, 3 + 1 + 1);  // nodule: planar, box, segment; mass: box; impression: no region
    int measurementContainers = 0;
    for (const QJsonValue& child : root.value(QStringLiteral("children")).toArray())
      measurementContainers += named(child.toObject(), QStringLiteral("126010"));
    QCOMPARE(measurementContainers, 1);
    QCOMPARE(volumeSurfaces, 12);   // two boxes, six faces each

    const auto read = readMeasurementReport(out);
    QVERIFY2(read.ok(), qPrintable(read.error()));
    QCOMPARE(read->observerName, labels.observerName);
    QCOMPARE(read->segmentationUid, seg->sopInstanceUid);
    QCOMPARE(read->referencedSeriesUids, QStringList{ct->seriesInstanceUid});
    compareFindings(labels.findings, read->findings);
  }

  void srOnARadiograph() {
    RC_REQUIRE_DCIODVFY();
    RC_REQUIRE_PYDICOM();
    const auto cr = phantomRadiograph();
    QVERIFY(cr);
    LabelSet labels;
    Finding f;
    f.trackingId = QStringLiteral("Mass 1");
    f.trackingUid = QStringLiteral("2.25.777");
    f.finding = kMass;
    f.site = kUpperLobe;
    f.laterality = kRight;
    f.imageBox = ImageBox{{cr->slices[0].sopClassUid, cr->slices[0].sopInstanceUid, 0}, 100, 120, 181, 201};
    f.measurements = {{kLongAxis, 56.7, kMm, {}, MeasurementRegion::ImageBox}};
    // What the reader records beside the codes: disease class, certainty, a typed short axis,
    // a comment in Japanese.
    f.diseaseClass = {QStringLiteral("363358000"), QStringLiteral("SCT"), QStringLiteral("Malignant tumor of lung")};
    f.certainty = {QStringLiteral("PROBABLE"), QStringLiteral("99RADCUR"), QStringLiteral("Probable")};
    f.shortAxisMm = 41.5;
    f.comment = QStringLiteral("辺縁不整、胸膜陥入あり");
    labels.findings = {f};
    const QString out = dir_.filePath(QStringLiteral("cr.sr.dcm"));
    const auto written = writeMeasurementReport(*cr, labels, nullptr, out);
    QVERIFY2(written.ok(), qPrintable(written.error()));
    RC_VERIFY_DCIODVFY(out);
    const QJsonObject sr = test::pydicomSummary(out);
    QCOMPARE(sr.value(QStringLiteral("patientId")).toString(), smallPhantom().patientId);  // copied from the source
    QList<QJsonObject> nodes;
    collectNodes(sr.value(QStringLiteral("root")).toObject(), nodes);
    int diagnosis = 0, certainty = 0, comment = 0, shortAxis = 0, longAxis = 0;
    for (const QJsonObject& node : nodes) {
      const QJsonArray value = node.value(QStringLiteral("value")).toArray();
      if (named(node, QStringLiteral("439401001")) && value.at(0).toString() == QLatin1String("363358000")) ++diagnosis;
      if (named(node, QStringLiteral("CERTAINTY")) && value.at(0).toString() == QLatin1String("PROBABLE")) ++certainty;
      if (named(node, QStringLiteral("121106")) && node.value(QStringLiteral("value")).toString() == f.comment) ++comment;
      if (named(node, QStringLiteral("103340004")) && node.value(QStringLiteral("value")).toDouble() == 41.5) ++shortAxis;
      longAxis += named(node, QStringLiteral("103339001"));
    }
    QCOMPARE(diagnosis, 1);
    QCOMPARE(certainty, 1);
    QCOMPARE(comment, 1);
    QCOMPARE(shortAxis, 1);
    QCOMPARE(longAxis, 1);  // the measurement the finding carries, not written twice
    const auto read = readMeasurementReport(out);
    QVERIFY2(read.ok(), qPrintable(read.error()));
    compareFindings(labels.findings, read->findings);
  }

  void srBadInputIsRefused() {
    const auto ct = phantomCt();
    QVERIFY(ct);
    LabelSet labels;
    Finding f;
    f.trackingId = QStringLiteral("A");
    f.trackingUid = QStringLiteral("2.25.1");
    f.finding = kNodule;
    f.segmentNumber = 4;
    labels.findings = {f};
    // Nothing writable: no report, and the reason.
    auto r = writeMeasurementReport(*ct, labels, nullptr, dir_.filePath(QStringLiteral("bad1.sr.dcm")));
    QVERIFY(!r.ok());
    QVERIFY2(r.error().contains(QLatin1String("segment 4")), qPrintable(r.error()));
    QVERIFY(!QFile::exists(dir_.filePath(QStringLiteral("bad1.sr.dcm"))));
    // One bad finding among good ones: the others are written, the bad one is named.
    Finding fine = f;
    fine.trackingId = QStringLiteral("B");
    fine.trackingUid = QStringLiteral("2.25.2");
    fine.segmentNumber = 0;
    Finding elsewhere = fine;
    elsewhere.trackingId = QStringLiteral("C");
    elsewhere.trackingUid = QStringLiteral("2.25.3");
    elsewhere.imageBox = ImageBox{{QStringLiteral("1.2.840.10008.5.1.4.1.1.2"), QStringLiteral("2.25.999"), 0}, 1, 1, 5, 5, 1, 1};
    labels.findings = {f, fine, elsewhere};
    r = writeMeasurementReport(*ct, labels, nullptr, dir_.filePath(QStringLiteral("partly.sr.dcm")));
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QCOMPARE(r->findings, 1);
    QCOMPARE(r->leftOut.size(), 2);
    QVERIFY2(r->leftOut.at(0).contains(QLatin1String("finding A")) && r->leftOut.at(0).contains(QLatin1String("segment 4")),
             qPrintable(r->leftOut.join(QLatin1Char('\n'))));
    QVERIFY2(r->leftOut.at(1).contains(QLatin1String("finding C")) && r->leftOut.at(1).contains(QLatin1String("not in the series")),
             qPrintable(r->leftOut.join(QLatin1Char('\n'))));
    const auto partly = readMeasurementReport(r->path);
    QVERIFY2(partly.ok(), qPrintable(partly.error()));
    QCOMPARE(int(partly->findings.size()), 1);
    QCOMPARE(partly->findings[0].trackingUid, QStringLiteral("2.25.2"));
    // A measurement of a region the finding does not have is kept (as one of the finding's
    // own); a finding without tracking UID or Finding code gets one (a generic finding).
    labels.findings = {f};
    labels.findings[0].segmentNumber = 0;
    labels.findings[0].finding = CodedConcept();
    labels.findings[0].trackingUid.clear();
    labels.findings[0].measurements = {{kVolume, 1, kMl, {}, MeasurementRegion::Segment}};
    r = writeMeasurementReport(*ct, labels, nullptr, dir_.filePath(QStringLiteral("mended.sr.dcm")));
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QVERIFY(r->leftOut.isEmpty());
    const auto mended = readMeasurementReport(r->path);
    QVERIFY2(mended.ok(), qPrintable(mended.error()));
    QCOMPARE(int(mended->findings.size()), 1);
    QVERIFY(!mended->findings[0].trackingUid.isEmpty());
    QCOMPARE(mended->findings[0].finding.value, srcodes::clinicalFinding().value);
    QCOMPARE(int(mended->findings[0].measurements.size()), 1);
    QCOMPARE(mended->findings[0].measurements[0].value, 1.0);

    // Not an SR; an SR that is not TID 1500; a truncated SR.
    const auto image = readMeasurementReport(ct->slices[0].filePath);
    QVERIFY(!image.ok() && image.error().contains(QLatin1String("not a structured report")));
    if (!test::sampleDataDir().isEmpty() && QFileInfo::exists(test::samplePath(QStringLiteral("seg-sr/pydicom_sr/reportsi.dcm")))) {
      const auto other = readMeasurementReport(test::samplePath(QStringLiteral("seg-sr/pydicom_sr/reportsi.dcm")));
      QVERIFY(!other.ok());
      QVERIFY2(other.error().contains(QLatin1String("TID 1500")), qPrintable(other.error()));
    }
    labels.findings[0].trackingUid = QStringLiteral("2.25.1");
    const QString good = dir_.filePath(QStringLiteral("good.sr.dcm"));
    QVERIFY(writeMeasurementReport(*ct, labels, nullptr, good).ok());
    QFile in(good);
    QVERIFY(in.open(QIODevice::ReadOnly));
    const QByteArray bytes = in.readAll();
    const QString cut = dir_.filePath(QStringLiteral("cut.sr.dcm"));
    QFile out(cut);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(bytes.left(bytes.size() / 2));
    out.close();
    const auto truncated = readMeasurementReport(cut);
    QVERIFY(!truncated.ok());
    QVERIFY2(truncated.error().contains(cut), qPrintable(truncated.error()));
  }

  void srsWrittenByOtherTools_data() {
    QTest::addColumn<QString>("file");
    QTest::newRow("highdicom") << QStringLiteral("seg-sr/highdicom/sr_document.dcm");
    QTest::newRow("highdicom, several groups") << QStringLiteral("seg-sr/highdicom/sr_document_with_multiple_groups.dcm");
    QTest::newRow("dcmqi") << QStringLiteral("seg-sr/dcmqi/sr-example/sr.dcm");
  }

  void srsWrittenByOtherTools() {
    QFETCH(QString, file);
    RC_REQUIRE_SAMPLE(file);
    RC_REQUIRE_PYDICOM();
    const auto read = readMeasurementReport(test::samplePath(file));
    QVERIFY2(read.ok(), qPrintable(read.error()));
    // pydicom: the measurement groups, their tracking UIDs, and their measurements.
    const QJsonObject sr = test::pydicomSummary(test::samplePath(file));
    QList<QJsonObject> nodes;
    collectNodes(sr.value(QStringLiteral("root")).toObject(), nodes);
    QSet<QString> trackingUids;
    int groupsWithoutUid = 0, numbers = 0;
    for (const QJsonObject& node : nodes) {
      if (!named(node, QStringLiteral("125007"))) continue;
      QString uid;
      for (const QJsonValue& c : node.value(QStringLiteral("children")).toArray()) {
        const QJsonObject child = c.toObject();
        if (named(child, QStringLiteral("112040"))) uid = child.value(QStringLiteral("value")).toString();
        if (child.value(QStringLiteral("valueType")).toString() == QLatin1String("NUM") && child.contains(QStringLiteral("value"))) ++numbers;
      }
      if (uid.isEmpty()) ++groupsWithoutUid;
      else trackingUids.insert(uid);
    }
    QCOMPARE(int(read->findings.size()), trackingUids.size() + groupsWithoutUid);
    int readNumbers = 0;
    for (const Finding& f : read->findings) readNumbers += int(f.measurements.size());
    QCOMPARE(readNumbers, numbers);
    QVERIFY(!read->findings.empty());
    for (const Finding& f : read->findings) QVERIFY2(!f.finding.isEmpty() || !f.measurements.empty(), qPrintable(f.trackingId));
  }

private:
  static PhantomOptions smallPhantom() {
    PhantomOptions o;
    o.matrix = 64;
    o.slices = 12;
    o.pixelSpacing = 5.6;
    o.sliceSpacing = 20.0;
    return o;
  }

  // The small phantom is written once per test run; its CT and its radiograph are loaded on demand.
  const PhantomResult* phantom() {
    if (!phantom_) {
      const auto written = writeChestPhantom(dir_.filePath(QStringLiteral("phantom")), smallPhantom());
      if (!written) {
        QTest::qFail(qPrintable(written.error()), __FILE__, __LINE__);
        return nullptr;
      }
      phantom_ = *written;
    }
    return &*phantom_;
  }

  std::shared_ptr<Volume> phantomCt() {
    if (!phantomCt_ && phantom()) phantomCt_ = load(phantom()->ctFiles);
    return phantomCt_;
  }

  std::shared_ptr<Volume> phantomRadiograph() {
    if (!phantomRadiograph_ && phantom()) phantomRadiograph_ = load({phantom()->xrayFile});
    return phantomRadiograph_;
  }

  QTemporaryDir dir_;
  std::optional<PhantomResult> phantom_;
  std::shared_ptr<Volume> phantomCt_;
  std::shared_ptr<Volume> phantomRadiograph_;
};

QTEST_GUILESS_MAIN(TestExchange)
#include "test_exchange.moc"
