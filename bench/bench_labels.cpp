// Label exchange figures: SEG write and read time and memory for 3 segments on a
// 512x512x300 CT grid, SR write time for 50 findings, and a 117-segment SEG (an organ
// model's output) imported and exported against pydicom + numpy on the same file.
//
//   bench_labels [WORK_DIR]
//
// The source series is synthetic: one real CT header file (patient and study for the SEG) and
// 300 slice references on a 0.7 x 0.7 x 1.25 mm grid. Peak memory is the process high-water
// mark (getrusage) before and after each step; the volume and masks themselves are counted
// in "before".

#include "core/Labels.h"
#include "dicom/Uid.h"
#include "exchange/Seg.h"
#include "exchange/Sr.h"
#include "phantom/ChestPhantom.h"
#include "phantom/OrganLabels.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <cmath>
#include <cstdio>

using namespace rc;

namespace {

double peakMb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss / 1024.0;  // kB on Linux
}

void ellipsoid(SegmentMask& mask, double ci, double cj, double ck, double ri, double rj, double rk) {
  for (int k = 0; k < mask.sliceCount(); ++k) {
    const double dk = (k - ck) / rk;
    if (std::abs(dk) > 1) continue;
    std::uint8_t* slice = mask.sliceForWriting(k);
    for (int j = 0; j < mask.height(); ++j)
      for (int i = 0; i < mask.width(); ++i) {
        const double di = (i - ci) / ri, dj = (j - cj) / rj;
        if (di * di + dj * dj + dk * dk <= 1) slice[size_t(j) * size_t(mask.width()) + size_t(i)] = 1;
      }
  }
}

}  // namespace

int main(int argc, char** argv) {
  QCoreApplication app(argc, argv);
  QTemporaryDir temp;
  const QString work = argc > 1 ? QString::fromLocal8Bit(argv[1]) : temp.path();
  QDir().mkpath(work);

  // One real CT file for the header; 300 slice references.
  PhantomOptions small;
  small.matrix = 64;
  small.slices = 1;
  const auto phantom = writeChestPhantom(QDir(work).filePath(QStringLiteral("header")), small);
  if (!phantom) {
    std::fprintf(stderr, "%s\n", qPrintable(phantom.error()));
    return 1;
  }
  Volume ct(PixelType::Int16, {512, 512, 300});
  ct.spacing = {0.7, 0.7, 1.25};
  ct.origin = {-179.3, -179.3, -400};
  ct.hasPatientOrientation = true;
  ct.modality = QStringLiteral("CT");
  ct.seriesInstanceUid = uidFromBytes("bench/series");
  ct.frameOfReferenceUid = uidFromBytes("bench/for");
  for (int k = 0; k < ct.sliceCount(); ++k)
    ct.slices.push_back({uidFromBytes(QStringLiteral("bench/slice/%1").arg(k).toUtf8()), phantom->ctFiles.first(), 0,
                         QStringLiteral("1.2.840.10008.5.1.4.1.1.2"), 1});

  // Three segments: two lungs and a nodule.
  const CodedConcept tissue{QStringLiteral("85756007"), QStringLiteral("SCT"), QStringLiteral("Tissue")};
  const CodedConcept lung{QStringLiteral("39607008"), QStringLiteral("SCT"), QStringLiteral("Lung")};
  const CodedConcept abnormal{QStringLiteral("49755003"), QStringLiteral("SCT"), QStringLiteral("Morphologically Abnormal Structure")};
  const CodedConcept nodule{QStringLiteral("27925004"), QStringLiteral("SCT"), QStringLiteral("Nodule")};
  std::vector<Segment> segments(3);
  const char* labels[3] = {"Right lung", "Left lung", "Nodule 1"};
  for (int n = 0; n < 3; ++n) {
    Segment& s = segments[size_t(n)];
    s.number = n + 1;
    s.label = QString::fromLatin1(labels[n]);
    s.category = n < 2 ? tissue : abnormal;
    s.type = n < 2 ? lung : nodule;
    s.trackingId = s.label;
    s.trackingUid = uidFromBytes(QByteArray("bench/segment/") + QByteArray::number(n));
  }
  std::vector<SegmentMask> masks(3, SegmentMask(ct.dimensions()));
  ellipsoid(masks[0], 170, 250, 150, 90, 150, 130);
  ellipsoid(masks[1], 342, 250, 150, 90, 150, 130);
  ellipsoid(masks[2], 300, 200, 120, 12, 12, 10);
  LabelMap painted(ct.dimensions());
  for (int n = 0; n < 3; ++n) painted.assign(n + 1, masks[size_t(n)]);
  size_t voxels = 0;
  int frames = 0;
  for (const Segment& s : segments) {
    voxels += painted.count(s.number);
    for (int k = 0; k < painted.sliceCount(); ++k) frames += !painted.sliceIsEmpty(s.number, k);
  }
  std::printf("grid 512x512x300, 3 segments, %zu voxels set, %d non-empty frames\n", voxels, frames);

  const double before = peakMb();
  QElapsedTimer timer;
  timer.start();
  const QString segFile = QDir(work).filePath(QStringLiteral("bench.seg.dcm"));
  QFile::remove(segFile);
  const auto seg = writeSegmentation(ct, segments, painted, segFile);
  const qint64 writeMs = timer.elapsed();
  if (!seg) {
    std::fprintf(stderr, "%s\n", qPrintable(seg.error()));
    return 1;
  }
  const double afterWrite = peakMb();
  std::printf("SEG write: %lld ms, %d frames, %.1f MB file; peak RSS %.0f MB before, %.0f MB after (+%.0f MB)\n",
              writeMs, seg->frames, QFileInfo(segFile).size() / 1e6, before, afterWrite, afterWrite - before);

  timer.restart();
  const auto read = readSegmentation(segFile, ct);
  const qint64 readMs = timer.elapsed();
  if (!read) {
    std::fprintf(stderr, "%s\n", qPrintable(read.error()));
    return 1;
  }
  bool same = read->segments.size() == segments.size();
  for (size_t n = 0; same && n < segments.size(); ++n) same = read->voxels.sameVoxels(int(n) + 1, masks[n]);
  const double afterRead = peakMb();
  std::printf("SEG read:  %lld ms (masks %s); peak RSS %.0f MB (+%.0f MB)\n", readMs, same ? "identical" : "DIFFERENT",
              afterRead, afterRead - afterWrite);

  // 50 findings: each with a box on a slice, a 3D box, and (for the first three) a segment.
  LabelSet labelSet;
  labelSet.observerName = QStringLiteral("READER^01");
  const CodedConcept mm{QStringLiteral("mm"), QStringLiteral("UCUM"), QStringLiteral("millimeter")};
  const CodedConcept ml{QStringLiteral("ml"), QStringLiteral("UCUM"), QStringLiteral("milliliter")};
  for (int n = 0; n < 50; ++n) {
    Finding f;
    f.trackingId = QStringLiteral("Finding %1").arg(n + 1);
    f.trackingUid = uidFromBytes(QByteArray("bench/finding/") + QByteArray::number(n));
    f.finding = nodule;
    const int k = 10 + n * 5;
    f.imageBox = ImageBox{{ct.slices[size_t(k)].sopClassUid, ct.slices[size_t(k)].sopInstanceUid, 0}, 100.0 + n, 120.0, 140.0 + n, 160.0};
    f.volumeBox = VolumeBox::aroundVoxels(ct, {100 + n, 120, k - 3, 140 + n, 160, k + 3});
    f.measurements = {{{QStringLiteral("103339001"), QStringLiteral("SCT"), QStringLiteral("Long axis")}, 28.0 + n, mm, {}, MeasurementRegion::ImageBox},
                      {{QStringLiteral("118565006"), QStringLiteral("SCT"), QStringLiteral("Volume")}, 3.5 + n, ml, {}, MeasurementRegion::VolumeBox}};
    if (n < 3) f.segmentNumber = n + 1;
    labelSet.findings.push_back(f);
  }
  const SegmentationReference ref{seg->sopClassUid, seg->sopInstanceUid, seg->seriesInstanceUid, seg->segmentNumbers};
  const QString srFile = QDir(work).filePath(QStringLiteral("bench.sr.dcm"));
  QFile::remove(srFile);
  timer.restart();
  const auto sr = writeMeasurementReport(ct, labelSet, &ref, srFile);
  const qint64 srMs = timer.elapsed();
  if (!sr) {
    std::fprintf(stderr, "%s\n", qPrintable(sr.error()));
    return 1;
  }
  timer.restart();
  const auto report = readMeasurementReport(srFile);
  const qint64 srReadMs = timer.elapsed();
  std::printf("SR write (50 findings, 103 groups): %lld ms, %.2f MB file; SR read: %lld ms (%d findings)\n", srMs,
              QFileInfo(srFile).size() / 1e6, srReadMs, report ? int(report->findings.size()) : -1);

  // An organ model's output: 117 segments that tile the body, against pydicom + numpy doing
  // the same decoding and encoding of the same file (bench/seg-numpy-peer.py) in this run.
  const LabelSet organs = organLabelSet(ct.dimensions());
  const QString organFile = QDir(work).filePath(QStringLiteral("organs.seg.dcm"));
  QFile::remove(organFile);
  timer.restart();
  const auto organSeg = writeSegmentation(ct, organs.segments, organs.voxels, organFile);
  const double organWriteS = timer.nsecsElapsed() / 1e9;
  if (!organSeg) {
    std::fprintf(stderr, "%s\n", qPrintable(organSeg.error()));
    return 1;
  }
  timer.restart();
  const auto organRead = readSegmentation(organFile, ct);
  const double organReadS = timer.nsecsElapsed() / 1e9;
  if (!organRead) {
    std::fprintf(stderr, "%s\n", qPrintable(organRead.error()));
    return 1;
  }
  bool organsSame = organRead->segments.size() == organs.segments.size();
  for (const Segment& seg : organs.segments)
    organsSame = organsSame && organRead->voxels.sameVoxels(seg.number, organs.voxels.extract(seg.number));
  std::printf("117-segment SEG (organ model output on 512x512x300): %d frames, %.1f MB file\n", organSeg->frames,
              QFileInfo(organFile).size() / 1e6);
  std::printf("  RadCurator: import (read + place) %.2f s, export (write) %.2f s, masks %s\n", organReadS, organWriteS,
              organsSame ? "identical" : "DIFFERENT");
  QProcess peer;
  peer.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral(RADCURATOR_BENCH_DIR "/seg-numpy-peer.py"), organFile,
                                                   QDir(work).filePath(QStringLiteral("organs-numpy.seg.dcm"))});
  const bool peerRan = peer.waitForFinished(600000) && peer.exitStatus() == QProcess::NormalExit && peer.exitCode() == 0;
  const QJsonObject p = QJsonDocument::fromJson(peer.readAllStandardOutput().trimmed().split('\n').last()).object();
  if (!peerRan || p.isEmpty()) {
    std::printf("  pydicom + numpy: not measured (%s)\n", peer.readAllStandardError().right(300).constData());
    return 1;
  }
  bool peerAgrees = true;
  for (const Segment& seg : organs.segments)
    peerAgrees = peerAgrees && p.value(QStringLiteral("voxels")).toObject().value(QString::number(seg.number)).toInteger() ==
                                   qint64(organs.voxels.count(seg.number));
  const double peerImport = p.value(QStringLiteral("importSeconds")).toDouble(), peerExport = p.value(QStringLiteral("exportSeconds")).toDouble();
  std::printf("  pydicom + numpy: import %.2f s, export %.2f s (voxels per segment %s)\n", peerImport, peerExport,
              peerAgrees ? "agree" : "DIFFER");
  std::printf("  speed-up over the peer: import %.1fx, export %.1fx (goal >= 2x)\n", peerImport / organReadS, peerExport / organWriteS);
  return same && organsSame && peerAgrees ? 0 : 1;
}
