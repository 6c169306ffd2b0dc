// Interoperability with OHIF v3 and dcmjs, judged by their own code: the scripts under
// tests/interop (pinned dcmjs and @cornerstonejs/adapters, installed by scripts/setup) write
// SEG and SR the way OHIF and dcmjs do, and read ours the way OHIF hydrates a report.
// Coordinates, referenced instances and voxel counts are compared exactly (coordinates to
// the float precision of SR graphic data).

#include "TestSupport.h"
#include "Validators.h"

#include "core/Labels.h"
#include "dicom/VolumeLoader.h"
#include "exchange/Seg.h"
#include "exchange/Sr.h"
#include "phantom/ChestPhantom.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace rc;

namespace {

const QString kInterop = QStringLiteral(RADCURATOR_SOURCE_DIR "/tests/interop");
const CodedConcept kNodule{QStringLiteral("27925004"), QStringLiteral("SCT"), QStringLiteral("Nodule")};
const CodedConcept kAbnormal{QStringLiteral("49755003"), QStringLiteral("SCT"), QStringLiteral("Morphologically Abnormal Structure")};

// Runs tests/interop/<script> with node; its standard output is JSON. esm-format.mjs comes
// first: with it Debian 12's own node (18) loads the packages as node 22 does.
QJsonObject runNode(const QString& script, const QStringList& args) {
  QProcess node;
  node.setWorkingDirectory(kInterop);
  node.start(QStringLiteral("node"),
             QStringList{QStringLiteral("--import"), QStringLiteral("./esm-format.mjs"), QDir(kInterop).filePath(script)} + args);
  if (!node.waitForFinished(120000) || node.exitStatus() != QProcess::NormalExit || node.exitCode() != 0) {
    QTest::qFail(qPrintable(QStringLiteral("node %1: %2").arg(script, QString::fromUtf8(node.readAllStandardError()))), __FILE__, __LINE__);
    return {};
  }
  return QJsonDocument::fromJson(node.readAllStandardOutput()).object();
}

bool near(double a, double b, double tolerance = 1e-3) { return std::abs(a - b) <= tolerance; }

QJsonArray json(const std::vector<std::array<double, 2>>& points) {
  QJsonArray out;
  for (const auto& p : points) out.append(QJsonArray{p[0], p[1]});
  return out;
}

// A measurement of `f` with that concept meaning ("Length", "Long Axis", ...).
const Measurement* measurement(const Finding& f, const QString& meaning) {
  for (const Measurement& m : f.measurements)
    if (m.concept.meaning.compare(meaning, Qt::CaseInsensitive) == 0) return &m;
  return nullptr;
}

const Finding* findingNamed(const std::vector<Finding>& findings, const QString& name) {
  for (const Finding& f : findings)
    if (f.trackingId == name) return &f;
  return nullptr;
}

}  // namespace

class TestInterop : public QObject {
  Q_OBJECT
private slots:
  void initTestCase() {
    QVERIFY(dir_.isValid());
    if (QStandardPaths::findExecutable(QStringLiteral("node")).isEmpty() ||
        !QFileInfo::exists(QDir(kInterop).filePath(QStringLiteral("node_modules/@cornerstonejs/adapters"))))
      QFAIL("node and tests/interop/node_modules are needed: run scripts/setup (it installs them with npm ci)");
    PhantomOptions o;
    o.matrix = 64;
    o.slices = 12;
    o.pixelSpacing = 5.6;
    o.sliceSpacing = 20.0;
    const auto written = writeChestPhantom(dir_.filePath(QStringLiteral("phantom")), o);
    QVERIFY2(written.ok(), qPrintable(written.error()));
    seriesDir_ = QFileInfo(written->ctFiles.front()).path();
    const auto loaded = loadVolume(written->ctFiles);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
    ct_ = loaded->volume;
  }

  // OHIF v3's measurement report: every drawing comes back on its image, with every Finding
  // Site, the labels as names, unique names for unlabelled tools, pixel units flagged.
  void ohifReportKeepsEveryDrawing() {
    const QJsonArray spec = ohifSpec();
    const QString sr = dir_.filePath(QStringLiteral("ohif.sr.dcm"));
    const QJsonObject made = runNode(QStringLiteral("make-ohif-sr.mjs"), {seriesDir_, writeSpec(spec), sr});
    const QJsonArray written = made.value(QStringLiteral("written")).toArray();
    QCOMPARE(written.size(), spec.size());
    const auto read = readMeasurementReport(sr);
    QVERIFY2(read.ok(), qPrintable(read.error()));
    QCOMPARE(int(read->findings.size()), spec.size());

    // Names: the label (comment or free-text site), else the tool, unique in the report.
    const QStringList names = {QStringLiteral("Length"), QStringLiteral("Length (2)"), QStringLiteral("RUL nodule"),
                               QStringLiteral("mass A"), QStringLiteral("EllipticalROI"), QStringLiteral("RectangleROI")};
    for (int n = 0; n < spec.size(); ++n) {
      const Finding& f = read->findings[size_t(n)];
      QCOMPARE(f.trackingId, names[n]);
      const QJsonObject s = spec[n].toObject();
      const QString tool = s.value(QStringLiteral("tool")).toString();
      const QString sop = written[n].toObject().value(QStringLiteral("sopInstanceUid")).toString();
      const QJsonArray points = s.value(QStringLiteral("points")).toArray();
      // The drawing each value was measured on, on the right image, at the drawn points.
      auto expect = [&](const Measurement* m, int from, int count) {
        QVERIFY2(m, qPrintable(f.trackingId));
        QVERIFY2(m->graphic, qPrintable(f.trackingId));
        QCOMPARE(m->graphic->image.sopInstanceUid, sop);
        QCOMPARE(int(m->graphic->points.size()), count);
        for (int p = 0; p < count && p < 2; ++p) {  // a line's ends; an ellipse's or rectangle's first two
          const QJsonArray want = points[from + p].toArray();
          QVERIFY2(std::any_of(m->graphic->points.begin(), m->graphic->points.end(),
                               [&](const auto& q) { return near(q[0], want[0].toDouble()) && near(q[1], want[1].toDouble()); }),
                   qPrintable(QStringLiteral("%1: point %2 not drawn").arg(f.trackingId).arg(from + p)));
        }
      };
      if (tool == QLatin1String("Length")) {
        expect(measurement(f, QStringLiteral("Length")), 0, 2);
        QCOMPARE(measurement(f, QStringLiteral("Length"))->graphic->type, GraphicType::Polyline);
      } else if (tool == QLatin1String("Bidirectional")) {
        expect(measurement(f, QStringLiteral("Long Axis")), 0, 2);
        expect(measurement(f, QStringLiteral("Short Axis")), 2, 2);
        QVERIFY(f.longAxisMm && f.shortAxisMm);
      } else if (tool == QLatin1String("EllipticalROI")) {
        expect(measurement(f, QStringLiteral("Area")), 0, 4);
        QCOMPARE(measurement(f, QStringLiteral("Area"))->graphic->type, GraphicType::Ellipse);
      } else {
        expect(measurement(f, QStringLiteral("Area")), 0, 5);
      }
    }
    // Both Finding Sites of the labelled length: the coded one as the site, OHIF's label too.
    const Finding* labelled = findingNamed(read->findings, QStringLiteral("RUL nodule"));
    QVERIFY(labelled);
    QCOMPARE(labelled->site.value, QStringLiteral("39607008"));
    QCOMPARE(int(labelled->moreSites.size()), 1);
    QCOMPARE(labelled->moreSites[0].meaning, QStringLiteral("RUL nodule"));
    // The rectangle's area in pixels: kept as written, not physical.
    const Finding* rectangle = findingNamed(read->findings, QStringLiteral("RectangleROI"));
    QVERIFY(rectangle);
    QVERIFY(!isPhysicalUnit(measurement(*rectangle, QStringLiteral("Area"))->unit));
    QVERIFY(isPhysicalUnit(measurement(*findingNamed(read->findings, QStringLiteral("Length")), QStringLiteral("Length"))->unit));
  }

  // OHIF's findings, exported again by RadCurator (no Finding code: a generic one), hydrate in
  // OHIF as the same tools at the same points, and stay a valid TID 1500.
  void ohifFindingsGoBackToOhif() {
    RC_REQUIRE_DCIODVFY();
    const QString sr = dir_.filePath(QStringLiteral("ohif2.sr.dcm"));
    const QJsonObject made = runNode(QStringLiteral("make-ohif-sr.mjs"), {seriesDir_, writeSpec(ohifSpec()), sr});
    const auto read = readMeasurementReport(sr);
    QVERIFY2(read.ok(), qPrintable(read.error()));
    LabelSet labels;
    labels.seriesInstanceUid = ct_->seriesInstanceUid;
    labels.findings = read->findings;
    const QString ours = dir_.filePath(QStringLiteral("ohif-again.sr.dcm"));
    const auto written = writeMeasurementReport(*ct_, labels, nullptr, ours);
    QVERIFY2(written.ok(), qPrintable(written.error()));
    QVERIFY2(written->leftOut.isEmpty(), qPrintable(written->leftOut.join(QLatin1Char('\n'))));
    RC_VERIFY_DCIODVFY(ours);

    const QJsonObject before = runNode(QStringLiteral("read-sr.mjs"), {seriesDir_, sr});
    const QJsonObject after = runNode(QStringLiteral("read-sr.mjs"), {seriesDir_, ours});
    QCOMPARE(after.value(QStringLiteral("skipped")).toInt(), 0);
    // dcmjs' own adapter for cornerstone-tools 4 (OHIF v2) wants "cornerstoneTools@^4.0.0:<Tool>"
    // where OHIF v3 wants "Cornerstone3DTools@^0.1.0:<Tool>": it hydrates OHIF v3's own report
    // no better than ours (one identifier cannot start with both; we serve OHIF v3).
    QCOMPARE(after.value(QStringLiteral("legacy")), before.value(QStringLiteral("legacy")));
    const QJsonObject toolsBefore = before.value(QStringLiteral("tools")).toObject();
    const QJsonObject toolsAfter = after.value(QStringLiteral("tools")).toObject();
    QCOMPARE(toolsAfter.keys(), toolsBefore.keys());
    for (const QString& tool : toolsBefore.keys()) {
      const QJsonArray a = toolsBefore.value(tool).toArray(), b = toolsAfter.value(tool).toArray();
      QCOMPARE(b.size(), a.size());
      for (int n = 0; n < a.size(); ++n) {
        QCOMPARE(b[n].toObject().value(QStringLiteral("sopInstanceUid")), a[n].toObject().value(QStringLiteral("sopInstanceUid")));
        QCOMPARE(b[n].toObject().value(QStringLiteral("points")), a[n].toObject().value(QStringLiteral("points")));
      }
    }
    // And our reader takes back the names and drawings it wrote.
    const auto again = readMeasurementReport(ours);
    QVERIFY2(again.ok(), qPrintable(again.error()));
    QCOMPARE(int(again->findings.size()), int(read->findings.size()));
    for (size_t n = 0; n < read->findings.size(); ++n) {
      QCOMPARE(again->findings[n].trackingId, read->findings[n].trackingId);
      QCOMPARE(again->findings[n].finding.value, srcodes::clinicalFinding().value);
    }
  }

  // What RadCurator makes: a box, a ruler (bidirectional), both on one finding, a 3D box and a
  // segment. OHIF hydrates the boxes as RectangleROI and the rulers as Bidirectional on the
  // right slice at the right points; the 3D box and the segment group (its mask travels in the
  // SEG, which OHIF loads itself) are passed over, not counted twice. highdicom-style reading
  // (ours) still finds each finding's TID 1410/1411 groups.
  void ourFindingsHydrateInOhif() {
    RC_REQUIRE_DCIODVFY();
    const Volume& v = *ct_;
    const int k1 = 5, k2 = 7;
    auto box = [&](int k, double left, double top, double right, double bottom) {
      const SliceSource& s = v.slices[size_t(k)];
      return ImageBox{{s.sopClassUid, s.sopInstanceUid, 0}, left, top, right, bottom, v.spacing[1], v.spacing[0]};
    };
    auto ruler = [&](int k) {
      AxisRuler r;
      r.longAxis = {v.indexToPatient(20, 30, k), v.indexToPatient(40, 30, k)};
      r.shortAxis = {v.indexToPatient(30, 25, k), v.indexToPatient(30, 35, k)};
      return r;
    };
    LabelSet labels;
    labels.seriesInstanceUid = v.seriesInstanceUid;
    Segment segment;
    segment.number = 1;
    segment.label = QStringLiteral("Nodule");
    segment.category = kAbnormal;
    segment.type = kNodule;
    labels.voxels = LabelMap(v.dimensions());
    for (int j = 10; j < 14; ++j)
      for (int i = 10; i < 15; ++i) labels.voxels.set(1, i, j, k1, true);
    labels.segments = {segment};
    auto finding = [&](const QString& name, const QString& uid) {
      Finding f;
      f.trackingId = name;
      f.trackingUid = uid;
      f.finding = kNodule;
      return f;
    };
    Finding boxed = finding(QStringLiteral("Boxed"), QStringLiteral("2.25.101"));
    boxed.imageBox = box(k1, 10.5, 12.5, 30.5, 28.5);
    Finding measured = finding(QStringLiteral("Measured"), QStringLiteral("2.25.102"));
    measured.ruler = ruler(k2);
    measured.longAxisMm = 20 * v.spacing[0];
    measured.shortAxisMm = 10 * v.spacing[1];
    Finding both = finding(QStringLiteral("Both"), QStringLiteral("2.25.103"));
    both.imageBox = box(k2, 15, 20, 45, 40);
    both.ruler = ruler(k2);
    Finding volume = finding(QStringLiteral("Volume"), QStringLiteral("2.25.104"));
    volume.volumeBox = VolumeBox::aroundVoxels(v, IndexBox{{5, 5, 2}, {20, 20, 6}});
    Finding outlined = finding(QStringLiteral("Outlined"), QStringLiteral("2.25.105"));
    outlined.segmentNumber = 1;
    labels.findings = {boxed, measured, both, volume, outlined};

    const QString segFile = dir_.filePath(QStringLiteral("ours.seg.dcm"));
    const auto seg = writeSegmentation(v, labels.segments, labels.voxels, segFile);
    QVERIFY2(seg.ok(), qPrintable(seg.error()));
    const SegmentationReference reference{seg->sopClassUid, seg->sopInstanceUid, seg->seriesInstanceUid, seg->segmentNumbers};
    const QString srFile = dir_.filePath(QStringLiteral("ours.sr.dcm"));
    const auto sr = writeMeasurementReport(v, labels, &reference, srFile);
    QVERIFY2(sr.ok(), qPrintable(sr.error()));
    QVERIFY2(sr->leftOut.isEmpty(), qPrintable(sr->leftOut.join(QLatin1Char('\n'))));
    RC_VERIFY_DCIODVFY(srFile);

    const QJsonObject ohif = runNode(QStringLiteral("read-sr.mjs"), {seriesDir_, srFile});
    const QJsonObject tools = ohif.value(QStringLiteral("tools")).toObject();
    QCOMPARE(tools.keys(), (QStringList{QStringLiteral("Bidirectional"), QStringLiteral("RectangleROI")}));
    // Groups: Boxed 1, Measured 1, Both 2 (box + ruler), Volume 1, Outlined 1 = 6; OHIF skips
    // the volume box and the segment group.
    QCOMPARE(ohif.value(QStringLiteral("groups")).toInt(), 6);
    QCOMPARE(ohif.value(QStringLiteral("skipped")).toInt(), 2);

    auto samePoint = [](const QJsonValue& got, const Vec3& want) {
      const QJsonArray a = got.toArray();
      return near(a[0].toDouble(), want[0], 0.01) && near(a[1].toDouble(), want[1], 0.01) && near(a[2].toDouble(), want[2], 0.01);
    };
    // Rectangles: the box corners on the box's image (SR (c, r) is voxel (c - 0.5, r - 0.5)).
    const QJsonArray rectangles = tools.value(QStringLiteral("RectangleROI")).toArray();
    QCOMPARE(rectangles.size(), 2);
    for (const Finding* f : {&boxed, &both}) {
      const ImageBox& b = *f->imageBox;
      const int k = f == &boxed ? k1 : k2;
      const auto hydrated = std::find_if(rectangles.begin(), rectangles.end(), [&](const QJsonValue& r) {
        return r.toObject().value(QStringLiteral("trackingUid")).toString() == f->trackingUid;
      });
      QVERIFY2(hydrated != rectangles.end(), qPrintable(f->trackingId));
      const QJsonObject r = hydrated->toObject();
      QCOMPARE(r.value(QStringLiteral("sopInstanceUid")).toString(), v.slices[size_t(k)].sopInstanceUid);
      const QJsonArray points = r.value(QStringLiteral("points")).toArray();
      QCOMPARE(points.size(), 4);
      for (const auto& [c, row] : {std::pair{b.left, b.top}, std::pair{b.right, b.top}, std::pair{b.left, b.bottom}, std::pair{b.right, b.bottom}}) {
        const Vec3 want = v.indexToPatient(c - 0.5, row - 0.5, k);
        QVERIFY2(std::any_of(points.begin(), points.end(), [&](const QJsonValue& p) { return samePoint(p, want); }),
                 qPrintable(QStringLiteral("%1: corner (%2, %3)").arg(f->trackingId).arg(c).arg(row)));
      }
    }
    // Bidirectional: the ruler's four ends, long axis first.
    const QJsonArray rulers = tools.value(QStringLiteral("Bidirectional")).toArray();
    QCOMPARE(rulers.size(), 2);
    for (const QJsonValue& value : rulers) {
      const QJsonObject r = value.toObject();
      QCOMPARE(r.value(QStringLiteral("sopInstanceUid")).toString(), v.slices[size_t(k2)].sopInstanceUid);
      const QJsonArray points = r.value(QStringLiteral("points")).toArray();
      const AxisRuler want = ruler(k2);
      QVERIFY(samePoint(points[0], want.longAxis[0]) && samePoint(points[1], want.longAxis[1]));
      QVERIFY(samePoint(points[2], want.shortAxis[0]) && samePoint(points[3], want.shortAxis[1]));
    }

    // Our reader (highdicom-style pairing by Tracking UID): five findings, names as written,
    // the boxes and the rulers' axes with their drawings back.
    const auto read = readMeasurementReport(srFile);
    QVERIFY2(read.ok(), qPrintable(read.error()));
    QCOMPARE(int(read->findings.size()), 5);
    for (size_t n = 0; n < 5; ++n) QCOMPARE(read->findings[n].trackingId, labels.findings[n].trackingId);
    QVERIFY(read->findings[0].imageBox && *read->findings[0].imageBox == *boxed.imageBox);
    QVERIFY(read->findings[2].imageBox && *read->findings[2].imageBox == *both.imageBox);
    const Measurement* longAxis = measurement(read->findings[1], QStringLiteral("Long Axis"));
    QVERIFY(longAxis && longAxis->graphic);
    QCOMPARE(longAxis->value, *measured.longAxisMm);
    QCOMPARE(longAxis->graphic->image.sopInstanceUid, v.slices[size_t(k2)].sopInstanceUid);
    QVERIFY(near(longAxis->graphic->points[0][0], 20.5) && near(longAxis->graphic->points[0][1], 30.5));
    QVERIFY(read->findings[3].volumeBox);
    QCOMPARE(read->findings[4].segmentNumber, 1);
  }

  // A ruler measured on a coronal reformat lies on no one image: its axes go as SCOORD3D in
  // the frame of reference, which OHIF hydrates as a 3D Bidirectional at the same points.
  void rulerOffTheAxialPlane() {
    RC_REQUIRE_DCIODVFY();
    const Volume& v = *ct_;
    Finding f;
    f.trackingId = QStringLiteral("Coronal");
    f.trackingUid = QStringLiteral("2.25.201");
    f.finding = kNodule;
    AxisRuler r;
    r.longAxis = {v.indexToPatient(20, 32, 3), v.indexToPatient(40, 32, 8)};
    r.shortAxis = {v.indexToPatient(30, 32, 4), v.indexToPatient(28, 32, 7)};
    f.ruler = r;
    LabelSet labels;
    labels.findings = {f};
    const QString file = dir_.filePath(QStringLiteral("coronal.sr.dcm"));
    const auto written = writeMeasurementReport(v, labels, nullptr, file);
    QVERIFY2(written.ok(), qPrintable(written.error()));
    RC_VERIFY_DCIODVFY(file);
    const QJsonObject ohif = runNode(QStringLiteral("read-sr.mjs"), {seriesDir_, file});
    const QJsonArray rulers = ohif.value(QStringLiteral("tools")).toObject().value(QStringLiteral("Bidirectional")).toArray();
    QCOMPARE(rulers.size(), 1);
    const QJsonObject hydrated = rulers[0].toObject();
    QCOMPARE(hydrated.value(QStringLiteral("frameOfReferenceUid")).toString(), v.frameOfReferenceUid);
    const QJsonArray points = hydrated.value(QStringLiteral("points")).toArray();
    const std::array<Vec3, 4> ends = {r.longAxis[0], r.longAxis[1], r.shortAxis[0], r.shortAxis[1]};
    for (size_t n = 0; n < 4; ++n)
      for (int d = 0; d < 3; ++d) QVERIFY(near(points[int(n)].toArray()[d].toDouble(), ends[n][size_t(d)], 0.01));
    const auto read = readMeasurementReport(file);
    QVERIFY2(read.ok(), qPrintable(read.error()));
    const Measurement* longAxis = measurement(read->findings.at(0), QStringLiteral("Long Axis"));
    QVERIFY(longAxis && longAxis->graphic && longAxis->graphic->is3D());
    QCOMPARE(read->findings.at(0).trackingId, f.trackingId);
  }

  // dcmjs SEGs: bit-packed BINARY exactly; its default FRACTIONAL + RLE (1 of 255 for "in")
  // comes out empty at 0.5, is reported with its values, and reads exactly at 1/255.
  void dcmjsSegs() {
    const QJsonObject spec{
        {QStringLiteral("segments"),
         QJsonArray{QJsonObject{{QStringLiteral("label"), QStringLiteral("nodule A")},
                                {QStringLiteral("boxes"), QJsonArray{box(4, 10, 10, 29, 19), box(5, 10, 10, 19, 19)}}},
                    QJsonObject{{QStringLiteral("label"), QStringLiteral("nodule B")},
                                {QStringLiteral("boxes"), QJsonArray{box(8, 40, 30, 44, 34)}}}}}};
    for (const bool rle : {false, true}) {
      QJsonObject s = spec;
      s.insert(QStringLiteral("rleEncode"), rle);
      const QString file = dir_.filePath(rle ? QStringLiteral("dcmjs-fractional.seg.dcm") : QStringLiteral("dcmjs-binary.seg.dcm"));
      const QString specFile = dir_.filePath(QStringLiteral("seg-spec.json"));
      QFile out(specFile);
      QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
      out.write(QJsonDocument(s).toJson());
      out.close();
      const QJsonObject voxels = runNode(QStringLiteral("make-dcmjs-seg.mjs"), {seriesDir_, specFile, file}).value(QStringLiteral("voxels")).toObject();
      QCOMPARE(voxels.value(QStringLiteral("1")).toInt(), 300);
      QCOMPARE(voxels.value(QStringLiteral("2")).toInt(), 25);
      std::vector<EmptiedSegment> emptied;
      const auto read = readSegmentation(file, *ct_, UidMapping(), {}, &emptied);
      QVERIFY2(read.ok(), qPrintable(read.error()));
      QCOMPARE(int(read->segments.size()), 2);
      if (!rle) {
        QVERIFY(emptied.empty());
        QCOMPARE(int(read->voxels.count(1)), 300);
        QCOMPARE(int(read->voxels.count(2)), 25);
        continue;
      }
      // FRACTIONAL, 1 of 255: empty at the default threshold, and said so with the values.
      QVERIFY(read->voxels.isEmpty(1) && read->voxels.isEmpty(2));
      QCOMPARE(int(emptied.size()), 2);
      QCOMPARE(emptied[0].lowest, 1);
      QCOMPARE(emptied[0].highest, 1);
      QCOMPARE(emptied[0].maximum, 255);
      QVERIFY2(emptied[0].describe(0.5).contains(QLatin1String("nodule A")), qPrintable(emptied[0].describe(0.5)));
      SegReadOptions options;
      options.fractionalThreshold = 1.0 / 255;
      emptied.clear();
      const auto kept = readSegmentation(file, *ct_, UidMapping(), options, &emptied);
      QVERIFY2(kept.ok(), qPrintable(kept.error()));
      QVERIFY(emptied.empty());
      QCOMPARE(int(kept->voxels.count(1)), 300);
      QCOMPARE(int(kept->voxels.count(2)), 25);
    }
  }

  // Our SEG read by dcmjs: the same voxels per segment, each frame on the image we meant.
  void ourSegInDcmjs() {
    Segment a;
    a.number = 1;
    a.label = QStringLiteral("A");
    a.category = kAbnormal;
    a.type = kNodule;
    LabelMap voxels(ct_->dimensions());
    for (int k = 3; k <= 5; ++k)
      for (int j = 20; j < 20 + k; ++j)
        for (int i = 30; i < 37; ++i) voxels.set(1, i, j, k, true);
    Segment b = a;
    b.number = 2;
    b.label = QStringLiteral("B (empty)");
    voxels.addSegment(2);
    const QString file = dir_.filePath(QStringLiteral("for-dcmjs.seg.dcm"));
    const auto written = writeSegmentation(*ct_, {a, b}, voxels, file);
    QVERIFY2(written.ok(), qPrintable(written.error()));
    const QJsonObject dcmjs = runNode(QStringLiteral("read-seg.mjs"), {file});
    const QJsonObject segments = dcmjs.value(QStringLiteral("segments")).toObject();
    QCOMPARE(segments.value(QStringLiteral("1")).toObject().value(QStringLiteral("voxels")).toInt(), int(voxels.count(1)));
    QCOMPARE(segments.value(QStringLiteral("2")).toObject().value(QStringLiteral("voxels")).toInt(), 0);
    QCOMPARE(segments.value(QStringLiteral("2")).toObject().value(QStringLiteral("label")).toString(), b.label);
    for (const QJsonValue& frame : dcmjs.value(QStringLiteral("perFrame")).toArray()) {
      const QJsonObject f = frame.toObject();
      if (f.value(QStringLiteral("segment")).toInt() != 1) continue;
      const auto slice = std::find_if(ct_->slices.begin(), ct_->slices.end(), [&](const SliceSource& s) {
        return s.sopInstanceUid == f.value(QStringLiteral("source")).toString();
      });
      QVERIFY(slice != ct_->slices.end());
      QCOMPARE(f.value(QStringLiteral("voxels")).toInt(), int(voxels.count(1, int(slice - ct_->slices.begin()))));
    }
  }

  // The whole path a partner's labels take, through the CLI and a store: OHIF's report and
  // dcmjs' FRACTIONAL SEG imported (the SEG refused until a threshold is chosen), listed with
  // their drawings, sites and flags, exported again, and hydrated by OHIF from the export.
  void throughTheStore() {
    const QString phantom = dir_.filePath(QStringLiteral("cli-phantom"));
    const QString store = dir_.filePath(QStringLiteral("cli-store"));
    QVERIFY2(cli({QStringLiteral("make-phantom"), phantom}).exitCode == 0, "make-phantom");
    const Cli imported = cli({QStringLiteral("import"), phantom, QStringLiteral("--store"), store});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    QString ctUid;
    for (const QString& line : cli({QStringLiteral("list"), QStringLiteral("--store"), store}).out.split(QLatin1Char('\n')))
      if (line.section(QLatin1Char('\t'), 2, 2) == QLatin1String("CT")) ctUid = line.section(QLatin1Char('\t'), 3, 3);
    QVERIFY(!ctUid.isEmpty());
    QString stored;  // the folder of the stored (de-identified) CT
    for (const QFileInfo& folder : QDir(QDir(store).filePath(QStringLiteral("files"))).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot))
      if (QDir(folder.filePath()).entryList(QDir::Files).size() == 120) stored = folder.filePath();
    QVERIFY(!stored.isEmpty());

    const QString sr = dir_.filePath(QStringLiteral("cli-ohif.sr.dcm"));
    runNode(QStringLiteral("make-ohif-sr.mjs"), {stored, writeSpec(ohifSpec()), sr});
    Cli r = cli({QStringLiteral("import-labels"), sr, QStringLiteral("--store"), store});
    QVERIFY2(r.exitCode == 0 && r.out.contains(QStringLiteral("6 findings")), qPrintable(r.out + r.err));

    const QString seg = dir_.filePath(QStringLiteral("cli-dcmjs.seg.dcm"));
    const QString segSpec = dir_.filePath(QStringLiteral("cli-seg.json"));
    QFile spec(segSpec);
    QVERIFY(spec.open(QIODevice::WriteOnly));
    spec.write(QJsonDocument(QJsonObject{{QStringLiteral("segments"),
                                          QJsonArray{QJsonObject{{QStringLiteral("label"), QStringLiteral("nodule A")},
                                                                 {QStringLiteral("boxes"), QJsonArray{box(40, 100, 100, 119, 109)}}}}}})
                   .toJson());
    spec.close();
    runNode(QStringLiteral("make-dcmjs-seg.mjs"), {stored, segSpec, seg});
    r = cli({QStringLiteral("import-labels"), seg, QStringLiteral("--store"), store});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("FRACTIONAL")) && r.err.contains(QStringLiteral("values are 1 to 1 of 255")) &&
                 r.err.contains(QStringLiteral("--fractional-threshold 0.00392")),
             qPrintable(r.err));
    r = cli({QStringLiteral("import-labels"), seg, QStringLiteral("--fractional-threshold"), QStringLiteral("0.00392"), QStringLiteral("--store"), store});
    QVERIFY2(r.exitCode == 0 && r.out.contains(QStringLiteral("1 segments")), qPrintable(r.out + r.err));

    const QString listed = cli({QStringLiteral("labels"), QStringLiteral("--series"), ctUid, QStringLiteral("--store"), store}).out;
    QVERIFY2(listed.contains(QStringLiteral("segment\t1\tnodule A\tNodule\t200")), qPrintable(listed));
    QVERIFY2(listed.contains(QStringLiteral("site\tRUL nodule\tLung; RUL nodule")), qPrintable(listed));
    QVERIFY2(listed.contains(QRegularExpression(QStringLiteral("measurement\tRectangleROI\tArea\t[^\n]*POLYLINE[^\n]*\tunit not physical"))),
             qPrintable(listed));
    QVERIFY2(listed.contains(QRegularExpression(QStringLiteral("measurement\tLength \\(2\\)\tLength\t[^\n]*\tPOLYLINE 40/40 50/41\t"))),
             qPrintable(listed));

    const QString out = dir_.filePath(QStringLiteral("cli-export"));
    r = cli({QStringLiteral("export-labels"), QStringLiteral("--series"), ctUid, QStringLiteral("--out"), out,
             QStringLiteral("--include-unverified"), QStringLiteral("--store"), store});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QString exportedSr;
    for (const QString& line : r.out.split(QLatin1Char('\n')))
      if (line.startsWith(QLatin1String("SR\t"))) exportedSr = line.section(QLatin1Char('\t'), 1, 1);
    QVERIFY(QFileInfo::exists(exportedSr));
    const QJsonObject ohif = runNode(QStringLiteral("read-sr.mjs"), {stored, exportedSr});
    const QJsonObject tools = ohif.value(QStringLiteral("tools")).toObject();
    QCOMPARE(tools.value(QStringLiteral("Length")).toArray().size(), 3);
    QCOMPARE(tools.value(QStringLiteral("Bidirectional")).toArray().size(), 1);
    QCOMPARE(tools.value(QStringLiteral("EllipticalROI")).toArray().size(), 1);
    QCOMPARE(tools.value(QStringLiteral("RectangleROI")).toArray().size(), 1);
    QCOMPARE(ohif.value(QStringLiteral("skipped")).toInt(), 1);  // the segment's own group: its mask is in the SEG
  }

private:
  using Cli = test::CliRun;
  static Cli cli(const QStringList& args) { return test::runCli(args, QStringLiteral("interop-test-passphrase")); }

  static QJsonObject box(int slice, int i0, int j0, int i1, int j1) {
    return {{QStringLiteral("slice"), slice}, {QStringLiteral("i0"), i0}, {QStringLiteral("j0"), j0},
            {QStringLiteral("i1"), i1},       {QStringLiteral("j1"), j1}};
  }

  // Measurements as OHIF v3 makes them, on slices of the 64x64 phantom (image coordinates).
  static QJsonArray ohifSpec() {
    auto m = [](const QString& tool, int slice, const std::vector<std::array<double, 2>>& points) {
      return QJsonObject{{QStringLiteral("tool"), tool}, {QStringLiteral("slice"), slice}, {QStringLiteral("points"), json(points)}};
    };
    QJsonObject labelled = m(QStringLiteral("Length"), 5, {{20, 20}, {30, 35.5}});
    labelled.insert(QStringLiteral("findingSites"),
                    QJsonArray{QJsonObject{{QStringLiteral("CodeValue"), QStringLiteral("39607008")},
                                           {QStringLiteral("CodingSchemeDesignator"), QStringLiteral("SCT")},
                                           {QStringLiteral("CodeMeaning"), QStringLiteral("Lung")}},
                               QJsonObject{{QStringLiteral("CodeValue"), QStringLiteral("CORNERSTONEFREETEXT")},
                                           {QStringLiteral("CodingSchemeDesignator"), QStringLiteral("CORNERSTONEJS")},
                                           {QStringLiteral("CodeMeaning"), QStringLiteral("RUL nodule")}}});
    QJsonObject bidirectional = m(QStringLiteral("Bidirectional"), 6, {{20, 30}, {44, 30}, {32, 26}, {32, 34}});
    bidirectional.insert(QStringLiteral("label"), QStringLiteral("mass A"));
    QJsonObject rectangle = m(QStringLiteral("RectangleROI"), 8, {{10, 12}, {22, 12}, {10, 24}, {22, 24}});
    rectangle.insert(QStringLiteral("unit"), QStringLiteral("px"));
    return {m(QStringLiteral("Length"), 4, {{10.5, 12.5}, {14.5, 15.5}}),
            m(QStringLiteral("Length"), 4, {{40, 40}, {50, 41}}),
            labelled,
            bidirectional,
            m(QStringLiteral("EllipticalROI"), 7, {{20, 30}, {40, 30}, {30, 25}, {30, 35}}),
            rectangle};
  }

  QString writeSpec(const QJsonArray& spec) {
    const QString file = dir_.filePath(QStringLiteral("sr-spec.json"));
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) return QString();
    out.write(QJsonDocument(spec).toJson());
    return file;
  }

  QTemporaryDir dir_;
  QString seriesDir_;
  std::shared_ptr<Volume> ct_;
};

QTEST_GUILESS_MAIN(TestInterop)
#include "test_interop.moc"
