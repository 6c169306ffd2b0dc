// DICOM SEG reader (dcmseg). See exchange/Seg.h.

#include "exchange/Seg.h"

#include "ExchangeSupport.h"
#include "dicom/Codecs.h"
#include "dicom/DatasetAccess.h"
#include "dicom/DicomFile.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcuid.h>
#include <dcmtk/dcmfg/fgderimg.h>
#include <dcmtk/dcmfg/fgplanor.h>
#include <dcmtk/dcmfg/fgplanpo.h>
#include <dcmtk/dcmfg/fgseg.h>
#include <dcmtk/dcmiod/cielabutil.h>
#include <dcmtk/dcmseg/segdoc.h>
#include <dcmtk/dcmseg/segment.h>
#include <dcmtk/dcmseg/segutils.h>

#include <QFile>
#include <QHash>

#include <climits>
#include <cmath>
#include <map>
#include <memory>

namespace rc {

namespace {

constexpr const char* kLabelMapSegmentationStorage = "1.2.840.10008.5.1.4.1.1.66.7";

Result<DicomRead> loadSegFile(const QString& file) {
  auto read = readDicomFile(file, ReadScope::Everything);
  if (!read) return fail(read.error());
  DcmDataset* ds = read->file->getDataset();
  const QString sopClass = dcm::ascii(ds, DCM_SOPClassUID);
  if (sopClass == QLatin1String(kLabelMapSegmentationStorage))
    return fail(ExchangeTr::tr("%1: a Label Map Segmentation (SOP class %2) cannot be read yet; export it as a binary SEG")
                    .arg(file, sopClass));
  if (sopClass != QLatin1String(UID_SegmentationStorage))
    return fail(ExchangeTr::tr("%1: not a Segmentation object (SOP class %2)").arg(file, sopClass.isEmpty() ? QStringLiteral("none") : sopClass));
  return read;
}

// Number of Frames against the pixel data, before DCMTK's SEG class reads frames (it trusts
// the count: a SEG claiming frames it does not hold made it read past its frame list).
Result<int> checkedFrameCount(DcmDataset* ds, const PixelDataLayout& data, int rows, int columns, bool binary,
                              const QString& file) {
  const auto frames = dcm::integer(ds, DCM_NumberOfFrames, 1, INT_MAX);
  if (!frames)
    return fail(ExchangeTr::tr("%1: the SEG's Number of Frames (0028,0008) is missing or invalid (%2)")
                    .arg(file, dcm::ascii(ds, DCM_NumberOfFrames)));
  const qint64 pixels = qint64(rows) * columns * *frames;
  const bool short_ = data.encapsulated ? qint64(data.fragments.size()) < *frames
                                        : data.valueLength < (binary ? (pixels + 7) / 8 : pixels);
  if (!data.present || short_)
    return fail(ExchangeTr::tr("%1: the SEG's pixel data is shorter than its %2 frames of %3 x %4").arg(file).arg(*frames)
                    .arg(columns).arg(rows));
  return *frames;
}

SegmentAlgorithm fromAlgorithmType(DcmSegTypes::E_SegmentAlgoType t) {
  switch (t) {
    case DcmSegTypes::SAT_SEMIAUTOMATIC: return SegmentAlgorithm::Semiautomatic;
    case DcmSegTypes::SAT_AUTOMATIC: return SegmentAlgorithm::Automatic;
    default: return SegmentAlgorithm::Manual;
  }
}

// The SEG's recommended colour; without one, the palette's colour for the segment's number.
std::array<std::uint8_t, 3> displayColor(DcmSegment* segment, int number) {
  Uint16 L = 0, a = 0, b = 0;
  if (segment->getRecommendedDisplayCIELabValue(L, a, b).bad() || (L == 0 && a == 0 && b == 0)) return segmentPaletteColor(number - 1);
  double r = 0, g = 0, bl = 0;
  IODCIELabUtil::dicomLab2RGB(r, g, bl, L, a, b);
  auto channel = [](double v) { return std::uint8_t(std::lround(std::clamp(v, 0.0, 1.0) * 255)); };
  return {channel(r), channel(g), channel(bl)};
}

// Where a frame belongs on the source volume: by the image it was derived from, else by its
// plane position. -1 when it fits nowhere.
class FramePlacer {
public:
  FramePlacer(const Volume& source, const UidMapping& mapUid) : source_(source), mapUid_(mapUid) {
    for (int k = 0; k < source.sliceCount(); ++k) {
      const SliceSource& s = source.slices[size_t(k)];
      byReference_.insert(key(s.sopInstanceUid, s.framesInFile > 1 ? s.frame + 1 : 0), k);
      if (s.framesInFile > 1 && s.frame == 0) byReference_.insert(key(s.sopInstanceUid, 0), k);
    }
  }

  int place(FGInterface& groups, Uint32 frame) const {
    if (auto* derivation = dynamic_cast<FGDerivationImage*>(groups.get(frame, DcmFGTypes::EFG_DERIVATIONIMAGE))) {
      for (DerivationImageItem* item : derivation->getDerivationImageItems()) {
        for (SourceImageItem* src : item->getSourceImageItems()) {
          ImageSOPInstanceReferenceMacro& ref = src->getImageSOPInstanceReference();
          OFString referenced;
          ref.getReferencedSOPInstanceUID(referenced);
          const QString uid = mapUid_ ? mapUid_(qString(referenced)) : qString(referenced);
          OFVector<Uint16> frames;
          ref.getReferencedFrameNumber(frames);
          const int k = byReference_.value(key(uid, frames.empty() ? 0 : frames.front()), -1);
          if (k >= 0) return k;
        }
      }
    }
    if (auto* position = dynamic_cast<FGPlanePosPatient*>(groups.get(frame, DcmFGTypes::EFG_PLANEPOSPATIENT))) {
      Float64 x = 0, y = 0, z = 0;
      if (position->getImagePositionPatient(x, y, z).good() && source_.hasPatientOrientation) {
        const Vec3 index = source_.patientToIndex({x, y, z});
        const double k = std::round(index[2]);
        if (std::abs(index[0]) < 0.5 && std::abs(index[1]) < 0.5 && std::abs(index[2] - k) < 0.25 && k >= 0 &&
            k < source_.sliceCount())
          return int(k);
      }
    }
    // One image, one frame per segment, nothing to go by: it can only be that image.
    if (source_.sliceCount() == 1) return 0;
    return -1;
  }

private:
  static QString key(const QString& uid, int frame) { return uid + QLatin1Char('#') + QString::number(frame); }
  const Volume& source_;
  const UidMapping& mapUid_;
  QHash<QString, int> byReference_;
};

}  // namespace

Result<SegInfo> readSegmentationInfo(const QString& file) {
  auto loaded = loadSegFile(file);
  if (!loaded) return fail(loaded.error());
  DcmDataset* ds = loaded->file->getDataset();
  SegInfo info;
  info.sopInstanceUid = dcm::ascii(ds, DCM_SOPInstanceUID);
  info.seriesInstanceUid = dcm::ascii(ds, DCM_SeriesInstanceUID);
  info.referencedSeriesUid = dcm::ascii(dcm::sequenceItem(ds, DCM_ReferencedSeriesSequence), DCM_SeriesInstanceUID);
  info.frameOfReferenceUid = dcm::ascii(ds, DCM_FrameOfReferenceUID);
  info.segmentationType = dcm::ascii(ds, DCM_SegmentationType);
  info.frames = dcm::integer(ds, DCM_NumberOfFrames, 0, INT_MAX).value_or(0);
  info.segmentCount = int(std::min<unsigned long>(dcm::sequenceLength(ds, DCM_SegmentSequence), INT_MAX));
  if (info.referencedSeriesUid.isEmpty())
    return fail(ExchangeTr::tr("%1: the SEG does not say which series it segments (Referenced Series Sequence)").arg(file));
  return info;
}

namespace {
Result<ReadSegments> readSegments(const QString& file, DicomRead& loaded, const Volume& source,
                                          const UidMapping& mapUid, const SegReadOptions& options,
                                          std::vector<EmptiedSegment>* emptied);
}  // namespace

QString EmptiedSegment::describe(double threshold) const {
  return ExchangeTr::tr("segment %1 \"%2\": its values are %3 to %4 of %5, all below the threshold %6 (= %7 of %5), so it "
                        "comes out empty")
      .arg(number)
      .arg(label)
      .arg(lowest)
      .arg(highest)
      .arg(maximum)
      .arg(threshold)
      .arg(threshold * maximum);
}

Result<ReadSegments> readSegmentation(const QString& file, const Volume& source, const UidMapping& mapUid,
                                      const SegReadOptions& options, std::vector<EmptiedSegment>* emptied) {
  auto loaded = loadSegFile(file);
  if (!loaded) return fail(loaded.error());
  // DCMTK's SEG classes parse the object's structure: behind the guard like every parse.
  Result<ReadSegments> result = fail(QString());
  const Status guarded = guardedCall(file, [&] {
    result = readSegments(file, loaded.value(), source, mapUid, options, emptied);
    return Status::success();
  });
  if (!guarded) return fail(guarded.error());
  return result;
}

namespace {

Result<ReadSegments> readSegments(const QString& file, DicomRead& loaded, const Volume& source,
                                          const UidMapping& mapUid, const SegReadOptions& options,
                                          std::vector<EmptiedSegment>* emptied) {
  if (!(options.fractionalThreshold > 0 && options.fractionalThreshold <= 1))
    return fail(ExchangeTr::tr("the fractional threshold must be above 0 and at most 1 (a fraction of the maximum value)"));
  DcmDataset* ds = loaded.file->getDataset();
  const int rows = dcm::integer(ds, DCM_Rows, 0, 65535).value_or(0);
  const int columns = dcm::integer(ds, DCM_Columns, 0, 65535).value_or(0);
  if (rows != source.height() || columns != source.width())
    return fail(ExchangeTr::tr("%1: frames are %2x%3, the source images %4x%5").arg(file).arg(columns).arg(rows)
                    .arg(source.width()).arg(source.height()));
  const QString type = dcm::ascii(ds, DCM_SegmentationType);
  const auto declaredMaximum = dcm::number(ds, DCM_MaximumFractionalValue);
  const double maxFraction = declaredMaximum.value_or(255);
  // A fractional segment is "value / maximum"; a maximum of 0 (or none, or one no 8-bit value
  // reaches) would put every voxel of every frame in the segment, or none: refused, not guessed.
  if (type == QLatin1String("FRACTIONAL") && (!declaredMaximum || !(*declaredMaximum >= 1 && *declaredMaximum <= 255)))
    return fail(ExchangeTr::tr("%1: a FRACTIONAL SEG with Maximum Fractional Value (0062,000E) %2; it must be from 1 to 255")
                    .arg(file, declaredMaximum ? QString::number(*declaredMaximum, 'g', 10) : ExchangeTr::tr("missing")));
  const auto declaredFrames =
      checkedFrameCount(ds, loaded.structure.pixelData, rows, columns, type != QLatin1String("FRACTIONAL"), file);
  if (!declaredFrames) return fail(declaredFrames.error());

  DcmSegmentation* parsed = nullptr;
  const OFCondition status = DcmSegmentation::loadDataset(*ds, parsed);
  std::unique_ptr<DcmSegmentation> seg(parsed);
  if (status.bad() || !seg) return fail(ExchangeTr::tr("%1: not a readable SEG: %2").arg(file, dcm::conditionText(status)));
  const bool binary = seg->getSegmentationType() == DcmSegTypes::ST_BINARY;
  if (!binary && seg->getSegmentationType() != DcmSegTypes::ST_FRACTIONAL)
    return fail(ExchangeTr::tr("%1: segmentation type %2 is not supported").arg(file, type));

  // Segments in SEG numbering.
  std::vector<Segment> segments;
  std::map<int, size_t> indexOf;
  const size_t count = seg->getNumberOfSegments();
  for (size_t n = 1; n <= count; ++n) {
    DcmSegment* s = seg->getSegment(n);
    if (!s) return fail(ExchangeTr::tr("%1: segment %2 is missing").arg(file).arg(n));
    Segment out;
    out.number = int(n);
    OFString text;
    if (s->getSegmentLabel(text).good()) out.label = qString(text).trimmed();
    if (s->getSegmentDescription(text).good()) out.description = qString(text).trimmed();
    if (s->getSegmentAlgorithmName(text).good()) out.algorithmName = qString(text).trimmed();
    if (s->getTrackingID(text).good()) out.trackingId = qString(text).trimmed();
    if (s->getTrackingUID(text).good()) out.trackingUid = qString(text).trimmed();
    out.category = fromCodeMacro(s->getSegmentedPropertyCategoryCode());
    out.type = fromCodeMacro(s->getSegmentedPropertyTypeCode());
    out.anatomicRegion = fromCodeMacro(s->getGeneralAnatomyCode().getAnatomicRegion());
    out.algorithm = fromAlgorithmType(s->getSegmentAlgorithmType());
    out.color = displayColor(s, out.number);
    indexOf[out.number] = segments.size();
    segments.push_back(std::move(out));
  }

  // FRACTIONAL: the non-zero values each segment has, to tell "empty" from "below threshold".
  std::map<int, std::pair<int, int>> nonZero;
  FGInterface& groups = seg->getFunctionalGroups();
  const FramePlacer placer(source, mapUid);
  const size_t frames = std::min(seg->getNumberOfFrames(), size_t(declaredFrames.value()));
  LabelMap voxels(source.dimensions());
  for (const Segment& s : segments) voxels.addSegment(s.number);
  std::vector<std::uint8_t> plane;
  for (size_t f = 0; f < frames; ++f) {
    auto* identification = dynamic_cast<FGSegmentation*>(groups.get(Uint32(f), DcmFGTypes::EFG_SEGMENTATION));
    Uint16 number = 0;
    if (!identification || identification->getReferencedSegmentNumber(number).bad() || !indexOf.count(number))
      return fail(ExchangeTr::tr("%1: frame %2 names no segment of the object").arg(file).arg(f + 1));
    const int k = placer.place(groups, Uint32(f));
    if (k < 0)
      return fail(ExchangeTr::tr("%1: frame %2 matches no image of the source series (neither by reference nor by position)")
                      .arg(file).arg(f + 1));
    const DcmIODTypes::Frame* raw = seg->getFrame(f);
    if (!raw) return fail(ExchangeTr::tr("%1: frame %2 has no pixel data").arg(file).arg(f + 1));
    const size_t pixels = source.sliceVoxelCount();
    if (binary) {  // unpacked: a byte per pixel, non-zero where set, as addSlice takes it
      std::unique_ptr<DcmIODTypes::Frame> unpacked(DcmSegUtils::unpackBinaryFrame(raw, Uint16(rows), Uint16(columns)));
      if (!unpacked || unpacked->length < pixels) return fail(ExchangeTr::tr("%1: frame %2 is too short").arg(file).arg(f + 1));
      voxels.addSlice(int(number), k, unpacked->pixData);
    } else {
      plane.assign(pixels, 0);
      std::uint8_t* slice = plane.data();
      // Fractional: a voxel belongs to the segment from the threshold (half the maximum) on.
      if (raw->length < pixels) return fail(ExchangeTr::tr("%1: frame %2 is too short").arg(file).arg(f + 1));
      const double cut = maxFraction * options.fractionalThreshold;
      auto& [lowest, highest] = nonZero.try_emplace(int(number), 256, 0).first->second;
      for (size_t n = 0; n < pixels; ++n) {
        const int value = raw->pixData[n];
        slice[n] |= (value >= cut) ? 1 : 0;
        if (value > 0) lowest = std::min(lowest, value), highest = std::max(highest, value);
      }
      voxels.addSlice(int(number), k, slice);
    }
  }
  if (emptied)
    for (const auto& [number, range] : nonZero)
      if (range.second > 0 && voxels.isEmpty(number))
        emptied->push_back({number, segments[indexOf[number]].label, range.first, range.second, int(maxFraction)});
  return ReadSegments{std::move(segments), std::move(voxels)};
}

}  // namespace

}  // namespace rc
