#include "ImageMetadata.h"

#include "dicom/DatasetAccess.h"
#include "DicomTr.h"
#include "dicom/Codecs.h"
#include "dicom/DicomHeader.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcmetinf.h>

#include <QFile>

#include <cmath>

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
  f.rows = int(dcm::number(ds, DCM_Rows).value_or(0));
  f.columns = int(dcm::number(ds, DCM_Columns).value_or(0));
  if (f.rows <= 0 || f.columns <= 0)
    return fail(DicomTr::tr("%1: not an image (no Rows/Columns)").arg(path));
  f.samples = int(dcm::number(ds, DCM_SamplesPerPixel).value_or(1));
  f.photometric = dcm::ascii(ds, DCM_PhotometricInterpretation).toUpper();
  f.planarConfiguration = int(dcm::number(ds, DCM_PlanarConfiguration).value_or(0));
  f.pixelRepresentation = int(dcm::number(ds, DCM_PixelRepresentation).value_or(0));
  f.bitsAllocated = int(dcm::number(ds, DCM_BitsAllocated).value_or(0));
  f.bitsStored = int(dcm::number(ds, DCM_BitsStored).value_or(f.bitsAllocated));
  f.highBit = int(dcm::number(ds, DCM_HighBit).value_or(f.bitsStored - 1));
  if (ds->tagExists(DCM_FloatPixelData)) {
    f.storage = SampleStorage::Float32;
    f.bitsAllocated = f.bitsStored = 32;
  } else if (ds->tagExists(DCM_DoubleFloatPixelData)) {
    f.storage = SampleStorage::Float64;
    f.bitsAllocated = f.bitsStored = 64;
  }
  if (f.photometric.isEmpty()) f.photometric = f.samples == 3 ? QStringLiteral("RGB") : QStringLiteral("MONOCHROME2");
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
  if (const auto echo = dcm::number(ds, DCM_EchoNumbers)) frame.echoNumber = int(*echo);
  if (const auto t = dcm::number(ds, DCM_TemporalPositionIdentifier)) frame.temporalPosition = int(*t);
  frame.instanceNumber = int(dcm::number(ds, DCM_InstanceNumber).value_or(0));
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
  if (DcmItem* g = functionalGroup(perFrame, shared, DCM_MRDiffusionSequence))
    frame.bValue = dcm::number(g, DCM_DiffusionBValue);
  if (DcmItem* g = functionalGroup(perFrame, shared, DCM_FrameContentSequence)) {
    if (const auto t = dcm::number(g, DCM_TemporalPositionIndex)) frame.temporalPosition = int(*t);
  }
}

std::optional<WindowLevel> windowFrom(DcmItem* item) {
  const auto center = dcm::number(item, DCM_WindowCenter);
  const auto width = dcm::number(item, DCM_WindowWidth);
  if (!center || !width || *width <= 0) return std::nullopt;
  return WindowLevel{*width, *center};
}

}  // namespace

Result<FileMeta> imageMetadataFromDataset(DcmItem* ds, const QString& path,
                                          const QString& transferSyntaxUid, int fileIndex,
                                          std::vector<FrameMeta>& frames) {
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
  meta.frames = std::max(1, int(dcm::number(ds, DCM_NumberOfFrames).value_or(1)));
  meta.window = windowFrom(ds);
  meta.paddingStored = dcm::number(ds, DCM_PixelPaddingValue);

  FrameMeta classic;
  classic.file = fileIndex;
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

Result<FileMeta> readImageMetadata(const QString& path, int fileIndex, std::vector<FrameMeta>& frames) {
  if (!looksLikeDicom(path)) return fail(DicomTr::tr("%1: not a DICOM file").arg(path));
  DcmFileFormat fileFormat;
  const OFCondition status = fileFormat.loadFileUntilTag(
      OFFilename(QFile::encodeName(path).constData()), EXS_Unknown, EGL_noChange,
      DCM_MaxReadLength, ERM_autoDetect, DCM_PixelData);
  if (status.bad())
    return fail(DicomTr::tr("%1: cannot read DICOM header: %2").arg(path, dcm::conditionText(status)));
  QString ts = dcm::ascii(fileFormat.getMetaInfo(), DCM_TransferSyntaxUID);
  if (ts.isEmpty()) {
    const DcmXfer xfer(fileFormat.getDataset()->getOriginalXfer());
    if (xfer.getXfer() != EXS_Unknown) ts = QString::fromLatin1(xfer.getXferID());
  }
  return imageMetadataFromDataset(fileFormat.getDataset(), path, ts, fileIndex, frames);
}

}  // namespace rc
