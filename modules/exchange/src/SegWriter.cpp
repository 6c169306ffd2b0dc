// DICOM SEG writer (dcmseg). See exchange/Seg.h.

#include "exchange/Seg.h"

#include "ExchangeSupport.h"
#include "dicom/Codecs.h"
#include "dicom/DatasetAccess.h"
#include "dicom/DicomFile.h"
#include "dicom/Uid.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmfg/fgderimg.h>
#include <dcmtk/dcmfg/fgfracon.h>
#include <dcmtk/dcmfg/fgpixmsr.h>
#include <dcmtk/dcmfg/fgplanor.h>
#include <dcmtk/dcmfg/fgplanpo.h>
#include <dcmtk/dcmiod/cielabutil.h>
#include <dcmtk/dcmseg/segdoc.h>
#include <dcmtk/dcmseg/segment.h>

#include <QDateTime>
#include <QFile>
#include <QSet>

#include <cmath>
#include <memory>

namespace rc {

namespace {

// DICOM's derivation and purpose-of-reference codes for a segmentation (PS3.16 DCM).
const CodedConcept kSegmentationDerivation{QStringLiteral("113076"), QStringLiteral("DCM"), QStringLiteral("Segmentation")};
const CodedConcept kSourceImagePurpose{QStringLiteral("121322"), QStringLiteral("DCM"),
                                       QStringLiteral("Source image for image processing operation")};

DcmSegTypes::E_SegmentAlgoType algorithmType(SegmentAlgorithm a) {
  switch (a) {
    case SegmentAlgorithm::Semiautomatic: return DcmSegTypes::SAT_SEMIAUTOMATIC;
    case SegmentAlgorithm::Automatic: return DcmSegTypes::SAT_AUTOMATIC;
    case SegmentAlgorithm::Manual: break;
  }
  return DcmSegTypes::SAT_MANUAL;
}

Status checkInput(const Volume& source, const std::vector<Segment>& segments, const LabelMap& voxels) {
  if (segments.empty()) return fail(ExchangeTr::tr("no segments to write"));
  if (source.isEmpty() || int(source.slices.size()) != source.sliceCount())
    return fail(ExchangeTr::tr("the source series is not loaded"));
  if (source.width() > 65535 || source.height() > 65535) return fail(ExchangeTr::tr("the source images are too large for a SEG"));
  for (const SliceSource& s : source.slices)
    if (s.sopInstanceUid.isEmpty() || s.sopClassUid.isEmpty())
      return fail(ExchangeTr::tr("%1: the source image has no SOP Class or Instance UID").arg(s.filePath));
  QSet<int> numbers;
  for (const Segment& s : segments) {
    const QString name = s.label.isEmpty() ? QString::number(s.number) : s.label;
    // A set that never had voxels has no grid yet; any other must be on the series' grid.
    if (voxels.dimensions() != source.dimensions() && voxels.dimensions() != std::array<int, 3>{0, 0, 0})
      return fail(ExchangeTr::tr("segment %1: its mask is %2x%3x%4, the series %5x%6x%7")
                      .arg(name)
                      .arg(voxels.width()).arg(voxels.height()).arg(voxels.sliceCount())
                      .arg(source.width()).arg(source.height()).arg(source.sliceCount()));
    if (s.category.isEmpty() || s.type.isEmpty())
      return fail(ExchangeTr::tr("segment %1: category and type codes are required").arg(name));
    if (s.algorithm != SegmentAlgorithm::Manual && s.algorithmName.trimmed().isEmpty())
      return fail(ExchangeTr::tr("segment %1: a semi-automatic or automatic segment needs the algorithm's name").arg(name));
    if (s.label.trimmed().isEmpty()) return fail(ExchangeTr::tr("segment %1: a label is required").arg(s.number));
    // The values are written unchecked (DCMTK's check knows no character set but ASCII, and
    // the SEG is UTF-8): their lengths are checked here instead (LO: 64 characters).
    for (const auto& [field, value] : {std::pair{ExchangeTr::tr("label"), s.label}, {ExchangeTr::tr("tracking ID"), s.trackingId},
                                       {ExchangeTr::tr("algorithm name"), s.algorithmName}})
      if (value.size() > 64)
        return fail(ExchangeTr::tr("segment %1: the %2 has %3 characters; DICOM allows 64").arg(name, field).arg(value.size()));
    if (numbers.contains(s.number)) return fail(ExchangeTr::tr("segment number %1 is used twice").arg(s.number));
    numbers.insert(s.number);
  }
  return Status::success();
}

}  // namespace

Result<WrittenObject> writeSegmentation(const Volume& source, const std::vector<Segment>& segments, const LabelMap& voxels,
                                        const QString& outputFile, const SegWriteOptions& options) {
  registerDicomCodecs();
  if (const Status ok = checkInput(source, segments, voxels); !ok) return fail(ok.error());
  if (QFile::exists(outputFile)) return fail(ExchangeTr::tr("%1 already exists; an export never replaces a file").arg(outputFile));

  // Patient, study and frame of reference come from the stored (de-identified) source,
  // re-encoded in UTF-8 so that labels in any language can stand beside them.
  const QString firstSource = source.slices.front().filePath;
  auto sourceFile = readDicomFile(firstSource, ReadScope::Header);
  if (!sourceFile) return fail(sourceFile.error());
  DcmDataset* sourceDataset = sourceFile->file->getDataset();
  OFCondition status = EC_Normal;
  dcm::convertTextToUtf8(sourceDataset);

  const IODGeneralEquipmentModule::EquipmentInfo equipment("RadCurator", "RadCurator", "1", RADCURATOR_VERSION);
  const ContentIdentificationMacro identification("1", "RADCURATOR", ofString(options.seriesDescription),
                                                  ofString(options.contentCreator));
  DcmSegmentation* created = nullptr;
  status = DcmSegmentation::createBinarySegmentation(created, Uint16(source.height()), Uint16(source.width()), equipment,
                                                      identification);
  if (status.bad() || !created) return fail(ExchangeTr::tr("cannot create the SEG: %1").arg(dcm::conditionText(status)));
  std::unique_ptr<DcmSegmentation> seg(created);

  const bool hasGeometry = source.hasPatientOrientation && !source.frameOfReferenceUid.isEmpty();
  // A radiograph has no frame of reference, and then neither has its SEG (DCMTK would insist
  // on one; an invented one would claim a patient space the images do not have).
  if (!hasGeometry) seg->getRules()->deleteRule(DCM_FrameOfReferenceUID);
  status = seg->importHierarchy(*sourceDataset, OFTrue, OFTrue, hasGeometry ? OFTrue : OFFalse, OFFalse);
  if (status.bad()) return fail(ExchangeTr::tr("%1: cannot take over patient and study: %2").arg(firstSource, dcm::conditionText(status)));

  WrittenObject written;
  written.path = outputFile;
  written.sopClassUid = QStringLiteral(UID_SegmentationStorage);
  written.sopInstanceUid = options.sopInstanceUid.isEmpty() ? newUid() : options.sopInstanceUid;
  written.seriesInstanceUid = options.seriesInstanceUid.isEmpty() ? newUid() : options.seriesInstanceUid;
  seg->getSOPCommon().setSOPInstanceUID(ofString(written.sopInstanceUid));
  seg->getSeries().setSeriesInstanceUID(ofString(written.seriesInstanceUid));
  seg->getSeries().setSeriesNumber(ofString(QString::number(options.seriesNumber)));
  seg->getSeries().setSeriesDescription(ofString(options.seriesDescription));
  const QDateTime now = QDateTime::currentDateTime();
  seg->getGeneralImage().setContentDate(ofString(now.toString(QStringLiteral("yyyyMMdd"))));
  seg->getGeneralImage().setContentTime(ofString(now.toString(QStringLiteral("HHmmss"))));

  // DCMTK 3.6.7 checks the functional groups on writing by visiting every frame's groups once
  // per frame (quadratic: 3,510 frames of an organ model's SEG cost 1.2 s). What it checks
  // holds by construction here (every frame gets a Frame Content group; only orientation and
  // pixel measures are shared), and the tests run dciodvfy on what is written.
  seg->getFunctionalGroups().setCheckOnWrite(OFFalse);

  // Dimensions: segment, then position along the slices (where the source has geometry).
  const QString dimensionUid = newUid();
  IODMultiframeDimensionModule& dimensions = seg->getDimensions();
  dimensions.addDimensionIndex(DCM_ReferencedSegmentNumber, ofString(dimensionUid), DCM_SegmentIdentificationSequence,
                               "ReferencedSegmentNumber");
  if (hasGeometry) {
    dimensions.addDimensionIndex(DCM_ImagePositionPatient, ofString(dimensionUid), DCM_PlanePositionSequence,
                                 "ImagePositionPatient");
    std::unique_ptr<FGPlaneOrientationPatient> orientation(FGPlaneOrientationPatient::createMinimal(
        ofString(decimalString(source.axes[0][0])), ofString(decimalString(source.axes[0][1])),
        ofString(decimalString(source.axes[0][2])), ofString(decimalString(source.axes[1][0])),
        ofString(decimalString(source.axes[1][1])), ofString(decimalString(source.axes[1][2]))));
    FGPixelMeasures measures;
    measures.setPixelSpacing(ofString(decimalString(source.spacing[1]) + QLatin1Char('\\') + decimalString(source.spacing[0])));
    measures.setSliceThickness(ofString(decimalString(source.spacing[2])));
    measures.setSpacingBetweenSlices(ofString(decimalString(source.spacing[2])));
    if (!orientation || seg->addForAllFrames(*orientation).bad() || seg->addForAllFrames(measures).bad())
      return fail(ExchangeTr::tr("cannot describe the series geometry in the SEG"));
  }

  // Segments: SEG numbers them 1, 2, 3... in the order added.
  for (const Segment& s : segments) {
    DcmSegment* segment = nullptr;
    // Labels in any language (the SEG is ISO_IR 192, UTF-8): DCMTK's value check accepts ASCII
    // only, so the texts are set after creation without it (lengths are checked above).
    status = DcmSegment::create(segment, "x", codeMacro(s.category), codeMacro(s.type), algorithmType(s.algorithm),
                                s.algorithmName.isEmpty() ? OFString() : OFString("x"));
    if (status.good() && segment) status = segment->setSegmentLabel(ofString(s.label), OFFalse);
    if (status.good() && segment && !s.algorithmName.isEmpty())
      status = segment->setSegmentAlgorithm(algorithmType(s.algorithm), ofString(s.algorithmName), OFFalse);
    if (status.bad() || !segment) {
      delete segment;
      return fail(ExchangeTr::tr("segment %1: %2").arg(s.label, dcm::conditionText(status)));
    }
    if (!s.description.isEmpty()) segment->setSegmentDescription(ofString(s.description), OFFalse);
    // Tracking ID and UID come as a pair (SEG's Segment Description macro): a segment with
    // one of them gets the other (its label; a UID derived from series and segment).
    if (!s.trackingId.isEmpty() || !s.trackingUid.isEmpty()) {
      segment->setTrackingID(ofString(s.trackingId.isEmpty() ? s.label : s.trackingId), OFFalse);
      segment->setTrackingUID(ofString(s.trackingUid.isEmpty()
                                           ? uidFromBytes((source.seriesInstanceUid + QLatin1Char('/') + QString::number(s.number)).toUtf8())
                                           : s.trackingUid));
    }
    if (!s.anatomicRegion.isEmpty()) segment->getGeneralAnatomyCode().getAnatomicRegion() = codeMacro(s.anatomicRegion);
    double L = 0, a = 0, b = 0;
    IODCIELabUtil::rgb2DicomLab(L, a, b, s.color[0] / 255.0, s.color[1] / 255.0, s.color[2] / 255.0);
    segment->setRecommendedDisplayCIELabValue(Uint16(std::lround(L)), Uint16(std::lround(a)), Uint16(std::lround(b)));
    Uint16 number = 0;
    status = seg->addSegment(segment, number);
    if (status.bad()) {
      delete segment;
      return fail(ExchangeTr::tr("segment %1: %2").arg(s.label, dcm::conditionText(status)));
    }
    written.segmentNumbers.emplace_back(s.number, int(number));
  }

  // Frames: only slices where the segment has voxels.
  std::vector<Uint8> frame(source.sliceVoxelCount());
  SourceImageReferences references(seg->getCommonInstanceReference(), source.seriesInstanceUid);
  // `frame` as segment `number`'s frame on slice k.
  auto addFrame = [&](Uint16 number, int k) -> Status {
    const SliceSource& src = source.slices[size_t(k)];
    FGFrameContent content;
    content.setDimensionIndexValues(number, 0);
    std::unique_ptr<FGPlanePosPatient> position;
    if (hasGeometry) {
      content.setDimensionIndexValues(Uint32(k + 1), 1);
      const Vec3 p = source.indexToPatient(0, 0, k);
      position.reset(FGPlanePosPatient::createMinimal(ofString(decimalString(p[0])), ofString(decimalString(p[1])),
                                                      ofString(decimalString(p[2]))));
    }
    std::unique_ptr<FGDerivationImage> derivation(FGDerivationImage::createMinimal(
        OFVector<ImageSOPInstanceReferenceMacro>(1, imageReference(src)), "", codeMacro(kSegmentationDerivation),
        codeMacro(kSourceImagePurpose)));
    OFVector<FGBase*> perFrame;
    perFrame.push_back(&content);
    if (position) perFrame.push_back(position.get());
    if (derivation) perFrame.push_back(derivation.get());
    const OFCondition added = seg->addFrame(frame.data(), number, perFrame);
    if (added.bad()) return fail(dcm::conditionText(added));
    ++written.frames;
    references.add(src);  // Referenced Series Sequence: every source image once
    return Status::success();
  };
  for (size_t n = 0; n < segments.size(); ++n) {
    const Segment& s = segments[n];
    const Uint16 number = Uint16(written.segmentNumbers[n].second);
    for (int k = 0; k < source.sliceCount(); ++k) {
      if (voxels.sliceIsEmpty(s.number, k)) continue;
      voxels.fillSlice(s.number, k, frame.data());
      if (const Status ok = addFrame(number, k); !ok)
        return fail(ExchangeTr::tr("segment %1, slice %2: %3").arg(s.label).arg(k + 1).arg(ok.error()));
    }
  }
  // DCMTK wants at least as many frames as segments (a SEG needs one frame at least): when
  // too few segments have voxels, empty segments get an empty frame on the first slice each,
  // which says they have none there.
  std::fill(frame.begin(), frame.end(), Uint8(0));
  for (size_t n = 0; n < segments.size() && written.frames < int(segments.size()); ++n) {
    if (!voxels.isEmpty(segments[n].number)) continue;
    if (const Status ok = addFrame(Uint16(written.segmentNumbers[n].second), 0); !ok)
      return fail(ExchangeTr::tr("segment %1, an empty frame: %2").arg(segments[n].label, ok.error()));
  }

  DcmFileFormat out;
  DcmDataset* ds = out.getDataset();
  // Declared before the write: DCMTK checks each text value as it inserts it, against the
  // character set of the dataset it goes into, and without one only ASCII passes.
  seg->getSOPCommon().setSpecificCharacterSet("ISO_IR 192");
  ds->putAndInsertString(DCM_SpecificCharacterSet, "ISO_IR 192");
  status = seg->writeDataset(*ds);
  if (status.bad()) return fail(ExchangeTr::tr("%1: cannot build the SEG: %2").arg(outputFile, dcm::conditionText(status)));
  ds->putAndInsertString(DCM_SpecificCharacterSet, "ISO_IR 192");
  std::vector<int> numbers;
  for (const Segment& s : segments) numbers.push_back(s.number);
  ds->putAndInsertString(DCM_SegmentsOverlap, voxels.overlaps(numbers) ? "YES" : "NO");
  // Without a patient-space plane, General Image wants the radiograph's Patient Orientation.
  if (!hasGeometry) {
    ds->putAndInsertString(DCM_PatientOrientation, dcm::ascii(sourceDataset, DCM_PatientOrientation).toLatin1().constData());
    ds->findAndDeleteElement(DCM_PositionReferenceIndicator);  // left over of DCMTK's frame of reference module
  }
  // Facts the source states about its de-identification hold for the SEG too.
  carryDeidentificationFacts(sourceDataset, ds);
  if (const Status saved = saveWithoutOverwriting(out, outputFile, options.deflate); !saved) return fail(saved.error());
  return written;
}

}  // namespace rc
