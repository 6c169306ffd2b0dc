#include "ImageMetadata.h"

#include "dicom/DatasetAccess.h"
#include "DicomTr.h"
#include "VendorDiffusion.h"
#include "dicom/Codecs.h"
#include "dicom/DicomFile.h"
#include "dicom/DicomHeader.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcmetinf.h>

#include <QFile>

#include <climits>
#include <cmath>

#include <unistd.h>

namespace rc {

double PixelFormat::minStored() const {
  if (storage != SampleStorage::Integer) return -HUGE_VAL;
  return pixelRepresentation == 1 ? -std::ldexp(1.0, bitsStored - 1) : 0.0;
}

double PixelFormat::maxStored() const {
  if (storage != SampleStorage::Integer) return HUGE_VAL;
  return pixelRepresentation == 1 ? std::ldexp(1.0, bitsStored - 1) - 1 : std::ldexp(1.0, bitsStored) - 1;
}

namespace {

std::optional<Vec3> vec3(DcmItem* item, const DcmTagKey& tag) {
  const auto v = dcm::numbers(item, tag);
  if (v.size() != 3) return std::nullopt;
  return Vec3{v[0], v[1], v[2]};
}

Vec3 normalized(Vec3 v) {
  const double n = std::sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
  if (n > 0)
    for (double& c : v) c /= n;
  return v;
}

std::optional<std::array<Vec3, 2>> orientation(DcmItem* item) {
  const auto v = dcm::numbers(item, DCM_ImageOrientationPatient);
  if (v.size() != 6) return std::nullopt;
  const Vec3 row = normalized({v[0], v[1], v[2]});
  const Vec3 col = normalized({v[3], v[4], v[5]});
  const double dot = row[0] * col[0] + row[1] * col[1] + row[2] * col[2];
  const double lengths = std::abs(row[0]) + std::abs(row[1]) + std::abs(row[2]) +
                         std::abs(col[0]) + std::abs(col[1]) + std::abs(col[2]);
  if (lengths == 0 || std::abs(dot) > 1e-3) return std::nullopt;  // degenerate: ignore
  return std::array<Vec3, 2>{row, col};
}

std::optional<std::array<double, 2>> spacing(DcmItem* item, const DcmTagKey& tag) {
  const auto v = dcm::numbers(item, tag);
  if (v.size() != 2 || v[0] <= 0 || v[1] <= 0) return std::nullopt;
  return std::array<double, 2>{v[0], v[1]};
}

// Looks in the per-frame item first, then in the shared item (enhanced multi-frame objects).
DcmItem* functionalGroup(DcmItem* perFrame, DcmItem* shared, const DcmTagKey& macro) {
  if (DcmItem* item = dcm::sequenceItem(perFrame, macro)) return item;
  return dcm::sequenceItem(shared, macro);
}

Result<PixelFormat> readPixelFormat(DcmItem* ds, const QString& path) {
  PixelFormat f;
  f.rows = dcm::integer(ds, DCM_Rows, 0, 65535).value_or(0);
  f.columns = dcm::integer(ds, DCM_Columns, 0, 65535).value_or(0);
  if (f.rows <= 0 || f.columns <= 0)
    return fail(DicomTr::tr("%1: not an image (no Rows/Columns)").arg(path));
  const auto samples = dcm::integer(ds, DCM_SamplesPerPixel, 1, 4);
  f.samples = samples.value_or(1);
  f.photometric = dcm::ascii(ds, DCM_PhotometricInterpretation).toUpper();
  f.planarConfiguration = dcm::integer(ds, DCM_PlanarConfiguration, 0, 1).value_or(0);
  f.pixelRepresentation = dcm::integer(ds, DCM_PixelRepresentation, 0, 1).value_or(0);
  f.bitsAllocated = dcm::integer(ds, DCM_BitsAllocated, 1, 64).value_or(0);
  // Lenient where writers are known to be wrong: a missing or impossible Bits Stored or High
  // Bit falls back to what Bits Allocated implies (checked against it below).
  f.bitsStored = dcm::integer(ds, DCM_BitsStored, 1, 64).value_or(f.bitsAllocated);
  f.highBit = dcm::integer(ds, DCM_HighBit, 0, 63).value_or(f.bitsStored - 1);
  if (ds->tagExists(DCM_FloatPixelData)) {
    f.storage = SampleStorage::Float32;
    f.bitsAllocated = f.bitsStored = 32;
  } else if (ds->tagExists(DCM_DoubleFloatPixelData)) {
    f.storage = SampleStorage::Float64;
    f.bitsAllocated = f.bitsStored = 64;
  }
  if (f.photometric.isEmpty()) f.photometric = f.samples == 3 ? QStringLiteral("RGB") : QStringLiteral("MONOCHROME2");
  if (!samples && ds->tagExists(DCM_SamplesPerPixel))
    return fail(DicomTr::tr("%1: unsupported Samples per Pixel (0028,0002)").arg(path));
  if (f.samples != 1 && f.samples != 3)
    return fail(DicomTr::tr("%1: unsupported Samples per Pixel %2 (0028,0002)").arg(path).arg(f.samples));
  if (f.storage == SampleStorage::Integer) {
    if (f.bitsAllocated != 8 && f.bitsAllocated != 16 && f.bitsAllocated != 32)
      return fail(DicomTr::tr("%1: unsupported Bits Allocated %2 (0028,0100)").arg(path).arg(f.bitsAllocated));
    if (f.bitsStored < 1 || f.bitsStored > f.bitsAllocated)
      f.bitsStored = f.bitsAllocated;  // lenient: some writers leave it wrong
    if (f.highBit < f.bitsStored - 1 || f.highBit >= f.bitsAllocated) f.highBit = f.bitsStored - 1;
  }
  return f;
}

// The vendors' tags are checked where they are read (VendorDiffusion); the standard one here.
void checkBValue(FrameMeta& frame) {
  const double b = *frame.bValue;
  if (std::isfinite(b) && b >= 0 && b <= kMaxPlausibleBValue) return;
  frame.impossibleBValue = QString::number(b, 'g', 10);
  frame.bValue.reset();
}

void readClassicFrameAttributes(DcmItem* ds, FrameMeta& frame) {
  frame.geometry.position = vec3(ds, DCM_ImagePositionPatient);
  frame.geometry.orientation = orientation(ds);
  frame.geometry.pixelSpacing = spacing(ds, DCM_PixelSpacing);
  if (!frame.geometry.pixelSpacing) frame.geometry.pixelSpacing = spacing(ds, DCM_ImagerPixelSpacing);
  if (!frame.geometry.pixelSpacing) frame.geometry.pixelSpacing = spacing(ds, DCM_NominalScannedPixelSpacing);
  frame.geometry.sliceThickness = dcm::number(ds, DCM_SliceThickness).value_or(0);
  frame.geometry.spacingBetweenSlices = dcm::number(ds, DCM_SpacingBetweenSlices).value_or(0);
  frame.slope = dcm::number(ds, DCM_RescaleSlope).value_or(1);
  frame.intercept = dcm::number(ds, DCM_RescaleIntercept).value_or(0);
  if (frame.slope == 0) frame.slope = 1;  // a zero slope is an encoding error, not a blank image
  frame.bValue = dcm::number(ds, DCM_DiffusionBValue);
  if (frame.bValue) {
    frame.bValueSource = QStringLiteral("(0018,9087)");
    checkBValue(frame);
  } else if (dcm::ascii(ds, DCM_Modality) == QLatin1String("MR")) {
    if (const auto vendor = vendorBValue(ds)) frame.bValue = vendor->value, frame.bValueSource = vendor->source;
  }
  frame.echoNumber = dcm::integer(ds, DCM_EchoNumbers, INT_MIN, INT_MAX);
  frame.temporalPosition = dcm::integer(ds, DCM_TemporalPositionIdentifier, INT_MIN, INT_MAX);
  frame.instanceNumber = dcm::integer(ds, DCM_InstanceNumber, INT_MIN, INT_MAX).value_or(0);
}

void readEnhancedFrameAttributes(DcmItem* perFrame, DcmItem* shared, FrameMeta& frame) {
  if (DcmItem* g = functionalGroup(perFrame, shared, DCM_PlanePositionSequence))
    frame.geometry.position = vec3(g, DCM_ImagePositionPatient);
  if (DcmItem* g = functionalGroup(perFrame, shared, DCM_PlaneOrientationSequence))
    frame.geometry.orientation = orientation(g);
  if (DcmItem* g = functionalGroup(perFrame, shared, DCM_PixelMeasuresSequence)) {
    if (const auto s = spacing(g, DCM_PixelSpacing)) frame.geometry.pixelSpacing = s;
    if (const auto t = dcm::number(g, DCM_SliceThickness)) frame.geometry.sliceThickness = *t;
    if (const auto t = dcm::number(g, DCM_SpacingBetweenSlices)) frame.geometry.spacingBetweenSlices = *t;
  }
  if (DcmItem* g = functionalGroup(perFrame, shared, DCM_PixelValueTransformationSequence)) {
    frame.slope = dcm::number(g, DCM_RescaleSlope).value_or(1);
    frame.intercept = dcm::number(g, DCM_RescaleIntercept).value_or(0);
    if (frame.slope == 0) frame.slope = 1;
  }
  if (DcmItem* g = functionalGroup(perFrame, shared, DCM_MRDiffusionSequence)) {
    frame.bValue = dcm::number(g, DCM_DiffusionBValue);
    if (frame.bValue) frame.bValueSource = QStringLiteral("(0018,9087)"), checkBValue(frame);
  }
  if (DcmItem* g = functionalGroup(perFrame, shared, DCM_FrameContentSequence)) {
    if (const auto t = dcm::integer(g, DCM_TemporalPositionIndex, INT_MIN, INT_MAX)) frame.temporalPosition = t;
  }
}

// Width and height a JPEG (SOFn, JPEG-LS SOF55) or JPEG 2000 (SIZ) codestream declares;
// nullopt when the header is not found in `head` (then nothing is claimed either way).
std::optional<std::pair<int, int>> codestreamSize(const QByteArray& head) {
  const auto* b = reinterpret_cast<const uchar*>(head.constData());
  const qsizetype n = head.size();
  auto be16 = [&](qsizetype at) { return int((b[at] << 8) | b[at + 1]); };
  auto be32 = [&](qsizetype at) { return (quint32(b[at]) << 24) | (quint32(b[at + 1]) << 16) | (quint32(b[at + 2]) << 8) | b[at + 3]; };
  if (n >= 4 && b[0] == 0xFF && b[1] == 0xD8) {  // JPEG family: walk the marker segments
    for (qsizetype at = 2; at + 4 <= n;) {
      if (b[at] != 0xFF) return std::nullopt;
      const int marker = b[at + 1];
      if (marker == 0xFF) {
        ++at;
        continue;
      }
      const bool sof = (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC) || marker == 0xF7;
      if (sof) {
        if (at + 9 > n) return std::nullopt;
        const int height = be16(at + 5), width = be16(at + 7);
        if (height == 0) return std::nullopt;  // defined later by a DNL marker
        return std::make_pair(width, height);
      }
      at += 2 + be16(at + 2);
    }
    return std::nullopt;
  }
  if (n >= 24 && b[0] == 0xFF && b[1] == 0x4F && b[2] == 0xFF && b[3] == 0x51) {  // J2K: SOC, SIZ
    const quint32 xsiz = be32(8), ysiz = be32(12), x0 = be32(16), y0 = be32(20);
    if (xsiz < x0 || ysiz < y0) return std::make_pair(-1, -1);
    return std::make_pair(int(std::min<quint32>(xsiz - x0, INT_MAX)), int(std::min<quint32>(ysiz - y0, INT_MAX)));
  }
  return std::nullopt;
}

// Memory one load may ask for: half of the machine's memory.
qint64 memoryBudget() {
  const long pages = sysconf(_SC_PHYS_PAGES), pageSize = sysconf(_SC_PAGE_SIZE);
  return pages > 0 && pageSize > 0 ? qint64(pages) * pageSize / 2 : (qint64(4) << 30);
}

Status checkPixelDataSize(const FileMeta& meta, const FileStructure& structure) {
  const PixelFormat& f = meta.format;
  const PixelDataLayout& data = structure.pixelData;
  const QString& path = meta.path;
  if (!data.present) return fail(DicomTr::tr("%1: no pixel data").arg(path));
  const bool subsampled = !data.encapsulated && f.samples == 3 && f.photometric.endsWith(QLatin1String("_422"));
  const qint64 frameBytes = qint64(f.rows) * f.columns * (subsampled ? 2 : f.samples) * std::max(1, f.bitsAllocated / 8);
  if (frameBytes > (qint64(1) << 30))
    return fail(DicomTr::tr("%1: refused: one frame of %2 x %3 would need more than 1 GB").arg(path).arg(f.columns).arg(f.rows));
  if (!data.encapsulated) {
    // Native data holds every frame (an odd length may lack its last byte).
    const qint64 expected = frameBytes * meta.frames;
    if (data.valueLength + 1 < expected) {
      const qint64 held = frameBytes > 0 ? data.valueLength / frameBytes : 0;
      return fail(DicomTr::tr("%1: the pixel data holds %2 bytes (%3 frame(s)), fewer than the %4 bytes of the %5 frame(s) "
                              "Rows, Columns and Number of Frames claim")
                      .arg(path).arg(data.valueLength).arg(held).arg(expected).arg(meta.frames));
    }
  } else {
    const qint64 fragments = qint64(data.fragments.size());
    if (fragments < meta.frames)
      return fail(DicomTr::tr("%1: the pixel data has %2 fragment(s), fewer than the %3 frame(s) it claims")
                      .arg(path).arg(fragments).arg(meta.frames));
    if (const auto size = codestreamSize(data.firstFragmentHead); size && (size->first != f.columns || size->second != f.rows))
      return fail(DicomTr::tr("%1: the compressed image is %2 x %3, but Rows and Columns say %4 x %5")
                      .arg(path).arg(size->first).arg(size->second).arg(f.columns).arg(f.rows));
    if (meta.transferSyntaxUid == QLatin1String("1.2.840.10008.1.2.5")) {
      // RLE expands at most 64 times (a 2-byte run makes 128 bytes): claims beyond are lies.
      for (qint64 i = 0; i < std::min<qint64>(fragments, meta.frames); ++i)
        if (frameBytes > 64 * data.fragments[size_t(i)].second)
          return fail(DicomTr::tr("%1: RLE frame %2 has %3 bytes, too few for a %4 x %5 image")
                          .arg(path).arg(i + 1).arg(data.fragments[size_t(i)].second).arg(f.columns).arg(f.rows));
    }
  }
  const qint64 total = frameBytes * meta.frames;
  if (total > memoryBudget())
    return fail(DicomTr::tr("%1: refused: its %2 frame(s) would need %3 MB, more than half of this computer's memory")
                    .arg(path).arg(meta.frames).arg(total >> 20));
  return Status::success();
}

std::optional<WindowLevel> windowFrom(DcmItem* item) {
  const auto center = dcm::number(item, DCM_WindowCenter);
  const auto width = dcm::number(item, DCM_WindowWidth);
  if (!center || !width || *width <= 0) return std::nullopt;
  return WindowLevel{*width, *center};
}

Result<FileMeta> imageMetadataFromDataset(DcmItem* ds, const QString& path, const QString& transferSyntaxUid,
                                          int fileIndex, std::vector<FrameMeta>& frames, const FileStructure& structure) {
  // An encoding nothing here can decode is the first thing to tell the user.
  const QString undecodable = undecodableTransferSyntaxReason(transferSyntaxUid);
  if (!undecodable.isEmpty()) return fail(QStringLiteral("%1: %2").arg(path, undecodable));
  auto format = readPixelFormat(ds, path);
  if (!format) return fail(format.error());

  FileMeta meta;
  meta.path = path;
  meta.format = format.value();
  meta.transferSyntaxUid = transferSyntaxUid;
  meta.sopClassUid = dcm::ascii(ds, DCM_SOPClassUID);
  meta.sopInstanceUid = dcm::ascii(ds, DCM_SOPInstanceUID);
  meta.seriesInstanceUid = dcm::ascii(ds, DCM_SeriesInstanceUID);
  meta.modality = dcm::ascii(ds, DCM_Modality);
  meta.frameOfReferenceUid = dcm::ascii(ds, DCM_FrameOfReferenceUID);
  meta.frames = dcm::integer(ds, DCM_NumberOfFrames, 1, INT_MAX).value_or(1);
  // Sizes the header claims are checked against the data before anything is allocated for them.
  if (const Status fits = checkPixelDataSize(meta, structure); !fits) return fail(fits.error());
  meta.window = windowFrom(ds);
  meta.paddingStored = dcm::number(ds, DCM_PixelPaddingValue);

  FrameMeta classic;
  classic.file = fileIndex;
  {
    // The unit of the values: the Real World Value Mapping of a parametric map (shared
    // functional groups, the first frame's, or the top level of a classic image).
    DcmItem* sharedGroups = dcm::sequenceItem(ds, DCM_SharedFunctionalGroupsSequence);
    DcmItem* firstFrame = dcm::sequenceItem(ds, DCM_PerFrameFunctionalGroupsSequence);
    for (DcmItem* holder : {sharedGroups, firstFrame, static_cast<DcmItem*>(ds)}) {
      DcmItem* mapping = dcm::sequenceItem(holder, DCM_RealWorldValueMappingSequence);
      if (DcmItem* unit = dcm::sequenceItem(mapping, DCM_MeasurementUnitsCodeSequence)) {
        meta.unit = dcm::ascii(unit, DCM_CodeValue);
        break;
      }
    }
  }
  readClassicFrameAttributes(ds, classic);

  DcmItem* shared = dcm::sequenceItem(ds, DCM_SharedFunctionalGroupsSequence);
  const unsigned long perFrameCount = dcm::sequenceLength(ds, DCM_PerFrameFunctionalGroupsSequence);
  const bool enhanced = perFrameCount > 0 || shared;
  if (!meta.window) {
    if (DcmItem* voi = dcm::sequenceItem(dcm::sequenceItem(ds, DCM_PerFrameFunctionalGroupsSequence), DCM_FrameVOILUTSequence))
      meta.window = windowFrom(voi);
    else if (DcmItem* sharedVoi = dcm::sequenceItem(shared, DCM_FrameVOILUTSequence))
      meta.window = windowFrom(sharedVoi);
  }

  // RT dose and similar: frames are planes at Grid Frame Offset Vector offsets along the normal.
  const auto gridOffsets = dcm::numbers(ds, DCM_GridFrameOffsetVector);

  for (int f = 0; f < meta.frames; ++f) {
    FrameMeta frame = classic;
    frame.frame = f;
    if (enhanced) {
      DcmItem* perFrame = dcm::sequenceItem(ds, DCM_PerFrameFunctionalGroupsSequence, f);
      readEnhancedFrameAttributes(perFrame, shared, frame);
    } else if (meta.frames > 1) {
      if (gridOffsets.size() == size_t(meta.frames) && classic.geometry.position &&
          classic.geometry.orientation) {
        const auto& o = *classic.geometry.orientation;
        const Vec3 normal = {o[0][1] * o[1][2] - o[0][2] * o[1][1], o[0][2] * o[1][0] - o[0][0] * o[1][2],
                             o[0][0] * o[1][1] - o[0][1] * o[1][0]};
        Vec3 p = *classic.geometry.position;
        for (int c = 0; c < 3; ++c) p[c] += normal[c] * gridOffsets[size_t(f)];
        frame.geometry.position = p;
      }
    }
    frames.push_back(frame);
  }
  // A classic multi-frame object without grid offsets only gives the first frame's position:
  // its frames are ordered by frame number instead.
  if (!enhanced && meta.frames > 1 && gridOffsets.size() != size_t(meta.frames)) {
    for (size_t i = frames.size() - size_t(meta.frames); i < frames.size(); ++i)
      frames[i].geometry.position.reset();
  }
  return meta;
}

}  // namespace

Result<FileMeta> readImageMetadata(const QString& path, int fileIndex, std::vector<FrameMeta>& frames) {
  auto read = readDicomFile(path, ReadScope::Header);
  if (!read) return fail(read.error());
  DcmFileFormat& fileFormat = *read->file;
  QString ts = dcm::ascii(fileFormat.getMetaInfo(), DCM_TransferSyntaxUID);
  if (ts.isEmpty()) {
    const DcmXfer xfer(fileFormat.getDataset()->getOriginalXfer());
    if (xfer.getXfer() != EXS_Unknown) ts = QString::fromLatin1(xfer.getXferID());
  }
  return imageMetadataFromDataset(fileFormat.getDataset(), path, ts, fileIndex, frames, read->structure);
}

}  // namespace rc
