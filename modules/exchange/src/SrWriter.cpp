// TID 1500 Measurement Report writer. See exchange/Sr.h.

#include "exchange/Sr.h"

#include "ExchangeSupport.h"
#include "SrTree.h"
#include "dicom/Codecs.h"
#include "dicom/DatasetAccess.h"
#include "dicom/DicomFile.h"
#include "dicom/Uid.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcuid.h>
#include <dcmtk/dcmsr/cmr/init.h>
#include <dcmtk/dcmsr/cmr/tid1500.h>
#include <dcmtk/dcmsr/codes/dcm.h>
#include <dcmtk/dcmsr/codes/sct.h>
#include <dcmtk/dcmsr/dsrdoc.h>
#include <dcmtk/dcmsr/dsrimgvl.h>
#include <dcmtk/dcmsr/dsrnumvl.h>
#include <dcmtk/dcmsr/dsrsc3vl.h>
#include <dcmtk/dcmsr/dsrscovl.h>

#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QSet>

#include <map>
#include <memory>
#include <mutex>

namespace rc {

namespace {

CodedConcept sct(const char* value, const char* meaning) { return {QString::fromLatin1(value), QStringLiteral("SCT"), QString::fromUtf8(meaning)}; }
CodedConcept ucum(const char* value, const char* meaning) { return {QString::fromLatin1(value), QStringLiteral("UCUM"), QString::fromUtf8(meaning)}; }

const CodedConcept kImagingProcedure{QStringLiteral("363679005"), QStringLiteral("SCT"), QStringLiteral("Imaging procedure")};
// The observer when the labels name none (what the workstation makes: readers' names stay in
// the hospital). Not "RadCurator^Reader": the residual-PHI scan treats the words of every
// person name in an object as identifiers, and the series description says "RadCurator".
const QString kDefaultObserver = QStringLiteral("ANONYMOUS");

void initializeContextGroups() {
  static std::once_flag once;
  std::call_once(once, [] { CMR_ContentMappingResource::initializeAllContextGroups(); });
}

struct Group {
  enum class Kind { Planar, VolumeBox, Segment, NoRegion } kind;
  MeasurementRegion region;
};

// The groups a finding becomes, in order.
std::vector<Group> groupsOf(const Finding& f) {
  std::vector<Group> groups;
  if (f.imageBox) groups.push_back({Group::Kind::Planar, MeasurementRegion::ImageBox});
  if (f.volumeBox) groups.push_back({Group::Kind::VolumeBox, MeasurementRegion::VolumeBox});
  if (f.segmentNumber > 0) groups.push_back({Group::Kind::Segment, MeasurementRegion::Segment});
  if (groups.empty()) groups.push_back({Group::Kind::NoRegion, MeasurementRegion::None});
  return groups;
}

Status checkFindings(const LabelSet& labels, const SegmentationReference* segmentation) {
  QSet<QString> uids;
  for (const Finding& f : labels.findings) {
    const QString name = f.trackingId.isEmpty() ? f.finding.meaning : f.trackingId;
    if (f.trackingId.trimmed().isEmpty() || f.trackingUid.trimmed().isEmpty())
      return fail(ExchangeTr::tr("finding %1: a tracking identifier and tracking UID are required").arg(name));
    if (uids.contains(f.trackingUid)) return fail(ExchangeTr::tr("finding %1: its tracking UID is used twice").arg(name));
    uids.insert(f.trackingUid);
    // TID 1411 makes the Finding optional: a group that only reports a segment (its type is in
    // the SEG) may go without; every other group needs it.
    const bool segmentOnly = f.segmentNumber > 0 && !f.imageBox && !f.volumeBox;
    if (f.finding.isEmpty() && !segmentOnly) return fail(ExchangeTr::tr("finding %1: the finding code is required").arg(name));
    if (f.segmentNumber > 0) {
      bool found = false;
      if (segmentation)
        for (const auto& [store, seg] : segmentation->segmentNumbers) found = found || store == f.segmentNumber;
      if (!found) return fail(ExchangeTr::tr("finding %1: segment %2 is not in the exported SEG").arg(name).arg(f.segmentNumber));
    }
    const std::vector<Group> groups = groupsOf(f);
    for (const Measurement& m : f.measurements) {
      bool placed = false;
      for (const Group& g : groups) placed = placed || g.region == m.region;
      if (!placed)
        return fail(ExchangeTr::tr("finding %1: the measurement \"%2\" belongs to a region the finding does not have")
                        .arg(name, m.concept.meaning));
      if (m.concept.isEmpty() || m.unit.isEmpty())
        return fail(ExchangeTr::tr("finding %1: a measurement needs its concept and unit codes").arg(name));
    }
    if (f.imageBox && f.imageBox->image.sopInstanceUid.isEmpty())
      return fail(ExchangeTr::tr("finding %1: the box names no image").arg(name));
    if (f.volumeBox && f.volumeBox->frameOfReferenceUid.isEmpty())
      return fail(ExchangeTr::tr("finding %1: the volume box has no frame of reference").arg(name));
  }
  return Status::success();
}

// The six faces of a box as closed polygons: bottom, top (along edge 2), then the faces at
// the start and end of edge 1, then of edge 0. Readers recover the box from the first two.
std::vector<std::array<Vec3, 5>> boxFaces(const VolumeBox& box) {
  const auto c = box.corners();  // bit 0: +e0, bit 1: +e1, bit 2: +e2
  auto face = [&](int a, int b, int d, int e) { return std::array<Vec3, 5>{c[a], c[b], c[d], c[e], c[a]}; };
  return {face(0, 1, 3, 2), face(4, 5, 7, 6), face(0, 1, 5, 4), face(2, 3, 7, 6), face(0, 2, 6, 4), face(1, 3, 7, 5)};
}

// Writes one measurement group of a finding.
void writeGroup(DSRDocumentTree& tree, Status& status, const Finding& f, const Group& group, bool first,
                const Volume& source, const SegmentationReference* segmentation) {
  SrChildren items(tree, status);
  if (DSRContentItem* item = items.add(DSRTypes::RT_hasObsContext, DSRTypes::VT_Text, CODE_DCM_TrackingIdentifier))
    items.check(item->setStringValue(ofString(f.trackingId)), QStringLiteral("Tracking Identifier"));
  if (DSRContentItem* item = items.add(DSRTypes::RT_hasObsContext, DSRTypes::VT_UIDRef, CODE_DCM_TrackingUniqueIdentifier))
    items.check(item->setStringValue(ofString(f.trackingUid)), QStringLiteral("Tracking Unique Identifier"));
  if (!f.finding.isEmpty())
    if (DSRContentItem* item = items.add(DSRTypes::RT_contains, DSRTypes::VT_Code, CODE_DCM_Finding))
      items.check(item->setCodeValue(srCode(f.finding)), QStringLiteral("Finding"));
  if (!f.site.isEmpty()) {
    if (DSRContentItem* item = items.add(DSRTypes::RT_hasConceptMod, DSRTypes::VT_Code, CODE_SCT_FindingSite)) {
      items.check(item->setCodeValue(srCode(f.site)), QStringLiteral("Finding Site"));
      if (!f.laterality.isEmpty()) {
        SrChildren modifiers(tree, status);
        if (DSRContentItem* lat = modifiers.add(DSRTypes::RT_hasConceptMod, DSRTypes::VT_Code, CODE_SCT_Laterality))
          modifiers.check(lat->setCodeValue(srCode(f.laterality)), QStringLiteral("Laterality"));
      }
    }
  }

  switch (group.kind) {
    case Group::Kind::Planar: {
      const ImageBox& b = *f.imageBox;
      DSRSpatialCoordinatesValue region(DSRTypes::GT_Polyline);
      const double points[5][2] = {{b.left, b.top}, {b.right, b.top}, {b.right, b.bottom}, {b.left, b.bottom}, {b.left, b.top}};
      for (const auto& p : points) region.getGraphicDataList().addItem(Float32(p[0]), Float32(p[1]));
      if (DSRContentItem* item = items.add(DSRTypes::RT_contains, DSRTypes::VT_SCoord, CODE_DCM_ImageRegion)) {
        items.check(item->setSpatialCoordinates(region), QStringLiteral("Image Region"));
        SrChildren selected(tree, status);
        if (DSRContentItem* image = selected.add(DSRTypes::RT_selectedFrom, DSRTypes::VT_Image, DSRCodedEntryValue())) {
          DSRImageReferenceValue ref(ofString(b.image.sopClassUid), ofString(b.image.sopInstanceUid));
          if (b.image.frame > 0) ref.getFrameList().addItem(Sint32(b.image.frame));
          selected.check(image->setImageReference(ref), QStringLiteral("the image of the box"));
        }
      }
      break;
    }
    case Group::Kind::VolumeBox: {
      for (const auto& face : boxFaces(*f.volumeBox)) {
        DSRSpatialCoordinates3DValue surface(DSRTypes::GT3_Polygon);
        surface.setFrameOfReferenceUID(ofString(f.volumeBox->frameOfReferenceUid));
        for (const Vec3& p : face) surface.getGraphicDataList().addItem(Float32(p[0]), Float32(p[1]), Float32(p[2]));
        if (DSRContentItem* item = items.add(DSRTypes::RT_contains, DSRTypes::VT_SCoord3D, CODE_DCM_VolumeSurface))
          items.check(item->setSpatialCoordinates3D(surface), QStringLiteral("Volume Surface"));
      }
      if (DSRContentItem* item = items.add(DSRTypes::RT_contains, DSRTypes::VT_UIDRef, CODE_DCM_SourceSeriesForSegmentation))
        items.check(item->setStringValue(ofString(source.seriesInstanceUid)), QStringLiteral("Source series for segmentation"));
      break;
    }
    case Group::Kind::Segment: {
      int segNumber = 0;
      for (const auto& [store, seg] : segmentation->segmentNumbers)
        if (store == f.segmentNumber) segNumber = seg;
      if (DSRContentItem* item = items.add(DSRTypes::RT_contains, DSRTypes::VT_Image, CODE_DCM_ReferencedSegment)) {
        DSRImageReferenceValue ref(ofString(segmentation->sopClassUid), ofString(segmentation->sopInstanceUid));
        ref.getSegmentList().addItem(Uint16(segNumber));
        items.check(item->setImageReference(ref), QStringLiteral("Referenced Segment"));
      }
      if (DSRContentItem* item = items.add(DSRTypes::RT_contains, DSRTypes::VT_UIDRef, CODE_DCM_SourceSeriesForSegmentation))
        items.check(item->setStringValue(ofString(source.seriesInstanceUid)), QStringLiteral("Source series for segmentation"));
      break;
    }
    case Group::Kind::NoRegion:
      break;
  }

  for (const Measurement& m : f.measurements) {
    if (m.region != group.region) continue;
    if (DSRContentItem* item = items.add(DSRTypes::RT_contains, DSRTypes::VT_Num, srCode(m.concept))) {
      items.check(item->setNumericValue(DSRNumericMeasurementValue(ofString(decimalString(m.value)), srCode(m.unit))),
                  m.concept.meaning);
      if (!m.derivation.isEmpty()) {
        SrChildren modifiers(tree, status);
        if (DSRContentItem* d = modifiers.add(DSRTypes::RT_hasConceptMod, DSRTypes::VT_Code, CODE_DCM_Derivation))
          modifiers.check(d->setCodeValue(srCode(m.derivation)), QStringLiteral("Derivation"));
      }
    }
  }
  if (first) {
    for (const QualitativeEvaluation& e : f.evaluations)
      if (DSRContentItem* item = items.add(DSRTypes::RT_contains, DSRTypes::VT_Code, srCode(e.concept)))
        items.check(item->setCodeValue(srCode(e.value)), e.concept.meaning);
    for (const auto& [concept, value] : {std::pair{srcodes::diagnosis(), f.diseaseClass}, std::pair{srcodes::certainty(), f.certainty}})
      if (!value.isEmpty())
        if (DSRContentItem* item = items.add(DSRTypes::RT_contains, DSRTypes::VT_Code, srCode(concept)))
          items.check(item->setCodeValue(srCode(value)), concept.meaning);
    auto measured = [&f](const CodedConcept& concept) {
      return std::any_of(f.measurements.begin(), f.measurements.end(), [&](const Measurement& m) { return m.concept.sameConcept(concept); });
    };
    // Typed or measured axes, unless the finding already carries them as measurements.
    for (const auto& [concept, value] : {std::pair{srcodes::longAxis(), f.longAxisMm}, std::pair{srcodes::shortAxis(), f.shortAxisMm}})
      if (value && !measured(concept))
        if (DSRContentItem* item = items.add(DSRTypes::RT_contains, DSRTypes::VT_Num, srCode(concept)))
          items.check(item->setNumericValue(DSRNumericMeasurementValue(ofString(decimalString(*value)), srCode(ucum("mm", "millimeter")))),
                      concept.meaning);
    if (!f.comment.isEmpty())
      if (DSRContentItem* item = items.add(DSRTypes::RT_contains, DSRTypes::VT_Text, srCode(srcodes::comment())))
        items.check(item->setStringValue(ofString(f.comment)), QStringLiteral("Comment"));
  }
}

// Patient and study as the (de-identified) source has them, in UTF-8.
void copyPatientAndStudy(DcmDataset* from, DcmDataset* to) {
  for (const DcmTagKey& tag :
       {DCM_PatientName, DCM_PatientID, DCM_PatientBirthDate, DCM_PatientSex, DCM_PatientAge, DCM_PatientSize,
        DCM_PatientWeight, DCM_PatientIdentityRemoved, DCM_DeidentificationMethod, DCM_StudyInstanceUID, DCM_StudyDate,
        DCM_StudyTime, DCM_StudyID, DCM_AccessionNumber, DCM_ReferringPhysicianName, DCM_StudyDescription}) {
    DcmElement* element = nullptr;
    if (from->findAndGetElement(tag, element).good() && element)
      to->insert(OFstatic_cast(DcmElement*, element->clone()), OFTrue);
    else if (tag == DCM_StudyID || tag == DCM_AccessionNumber || tag == DCM_ReferringPhysicianName || tag == DCM_StudyDate ||
             tag == DCM_StudyTime || tag == DCM_PatientBirthDate || tag == DCM_PatientSex)
      to->insertEmptyElement(tag, OFTrue);  // Type 2 in the Patient / General Study modules
  }
  DcmElement* methodCodes = nullptr;
  if (from->findAndGetElement(DCM_DeidentificationMethodCodeSequence, methodCodes).good() && methodCodes)
    to->insert(OFstatic_cast(DcmElement*, methodCodes->clone()), OFTrue);
}

}  // namespace

namespace srcodes {
CodedConcept diagnosis() { return sct("439401001", "Diagnosis"); }
CodedConcept certainty() { return {QStringLiteral("CERTAINTY"), QStringLiteral("99RADCUR"), QStringLiteral("Certainty")}; }
CodedConcept comment() { return {QStringLiteral("121106"), QStringLiteral("DCM"), QStringLiteral("Comment")}; }
CodedConcept longAxis() { return sct("103339001", "Long Axis"); }
CodedConcept shortAxis() { return sct("103340004", "Short Axis"); }
CodedConcept normal() { return sct("17621005", "Normal"); }
CodedConcept clinicalFinding() { return sct("404684003", "Clinical finding"); }
}  // namespace srcodes

std::vector<Measurement> segmentMeasurements(const SegmentStatistics& statistics, bool hounsfield) {
  if (statistics.voxels == 0) return {};
  const CodedConcept value = hounsfield ? CodedConcept{QStringLiteral("112031"), QStringLiteral("DCM"), QStringLiteral("Attenuation Coefficient")}
                                        : CodedConcept{QStringLiteral("PIXELVALUE"), QStringLiteral("99RADCUR"), QStringLiteral("Pixel value")};
  const CodedConcept unit = hounsfield ? ucum("[hnsf'U]", "Hounsfield unit") : ucum("1", "no units");
  const MeasurementRegion r = MeasurementRegion::Segment;
  return {
      {sct("118565006", "Volume"), statistics.volumeMl, ucum("ml", "milliliter"), {}, r},
      {value, statistics.mean, unit, sct("373098007", "Mean"), r},
      {value, statistics.sd, unit, sct("386136009", "Standard Deviation"), r},
      {value, statistics.min, unit, sct("255605001", "Minimum"), r},
      {value, statistics.max, unit, sct("56851009", "Maximum"), r},
      {sct("81827009", "Diameter"), statistics.longAxisMm, ucum("mm", "millimeter"), sct("56851009", "Maximum"), r},
  };
}

Result<WrittenObject> writeMeasurementReport(const Volume& source, const LabelSet& labels,
                                             const SegmentationReference* segmentation, const QString& outputFile,
                                             const SrWriteOptions& options) {
  registerDicomCodecs();
  initializeContextGroups();
  if (source.slices.empty()) return fail(ExchangeTr::tr("the source series is not loaded"));
  if (const Status ok = checkFindings(labels, segmentation); !ok) return fail(ok.error());
  if (QFile::exists(outputFile)) return fail(ExchangeTr::tr("%1 already exists; an export never replaces a file").arg(outputFile));

  // Headers of the source images, UTF-8 (for patient/study, the image library and evidence).
  std::map<QString, std::unique_ptr<DcmFileFormat>> headers;
  auto header = [&](const SliceSource& s) -> Result<DcmDataset*> {
    auto& slot = headers[s.sopInstanceUid];
    if (!slot) {
      auto read = readDicomFile(s.filePath, ReadScope::Header);
      if (!read) return fail(read.error());
      slot = std::move(read->file);
      dcm::convertTextToUtf8(slot->getDataset());
    }
    return slot->getDataset();
  };
  auto first = header(source.slices.front());
  if (!first) return fail(first.error());
  DcmDataset* sourceDataset = first.value();
  const QString studyUid = dcm::ascii(sourceDataset, DCM_StudyInstanceUID);

  // Images the report points at: those of the image boxes.
  QHash<QString, const SliceSource*> sliceByUid;
  for (const SliceSource& s : source.slices) sliceByUid.insert(s.sopInstanceUid, &s);
  std::vector<const SliceSource*> libraryImages;
  QSet<QString> inLibrary;
  for (const Finding& f : labels.findings) {
    if (!f.imageBox) continue;
    const SliceSource* s = sliceByUid.value(f.imageBox->image.sopInstanceUid);
    if (!s) return fail(ExchangeTr::tr("finding %1: the box is on an image that is not in series %2").arg(f.trackingId, source.seriesInstanceUid));
    if (!inLibrary.contains(s->sopInstanceUid)) libraryImages.push_back(s);
    inLibrary.insert(s->sopInstanceUid);
  }

  // The report's frame, by DCMTK's TID 1500.
  TID1500_MeasurementReport report{CID7021_MeasurementReportDocumentTitles(CID7021_MeasurementReportDocumentTitles::ImagingMeasurementReport)};
  OFCondition cond = report.setLanguage(CID5000_Languages(CID5000_Languages::English_US));
  if (cond.good()) cond = report.getObservationContext().addPersonObserver(ofString(labels.observerName.isEmpty() ? kDefaultObserver : labels.observerName));
  if (cond.good())
    cond = report.addProcedureReported(CID100_QuantitativeDiagnosticImagingProcedures(srCode(labels.procedure.isEmpty() ? kImagingProcedure : labels.procedure)));
  if (cond.good()) cond = report.getImageLibrary().createNewImageLibrary();
  if (cond.good() && !libraryImages.empty()) cond = report.getImageLibrary().addImageGroup();
  for (const SliceSource* s : libraryImages) {
    if (cond.bad()) break;
    auto ds = header(*s);
    if (!ds) return fail(ds.error());
    cond = report.getImageLibrary().addImageEntry(*ds.value(), TID1600_ImageLibrary::withoutDescriptors);
  }
  if (cond.bad()) return fail(ExchangeTr::tr("cannot start the measurement report: %1").arg(dcm::conditionText(cond)));

  DSRDocument doc(DSRTypes::DT_Comprehensive3DSR);
  cond = doc.setTreeFromRootTemplate(report, OFTrue);
  // DCMTK's TID 1500 builds a Comprehensive SR tree; the volume boxes need SCOORD3D.
  if (cond.good() && doc.getDocumentType() != DSRTypes::DT_Comprehensive3DSR) cond = doc.changeDocumentType(DSRTypes::DT_Comprehensive3DSR);
  if (cond.bad()) return fail(ExchangeTr::tr("cannot start the measurement report: %1").arg(dcm::conditionText(cond)));
  DSRDocumentTree& tree = doc.getTree();

  // Imaging Measurements, after the report's last item (the image library): one or more
  // groups per finding, added with the document tree.
  Status status;
  if (!labels.findings.empty()) {
    // DCMTK's report may already hold the (empty) container; else it goes after the last item.
    if (tree.gotoRoot() == 0 || tree.goDown() == 0) return fail(ExchangeTr::tr("cannot start the measurement report: empty tree"));
    bool found = false;
    do {
      const DSRCodedEntryValue& name = tree.getCurrentContentItem().getConceptName();
      found = name.getCodeValue() == CODE_DCM_ImagingMeasurements.CodeValue &&
              name.getCodingSchemeDesignator() == CODE_DCM_ImagingMeasurements.CodingSchemeDesignator;
    } while (!found && tree.gotoNext() != 0);
    if (!found && tree.addContentItem(DSRTypes::RT_contains, DSRTypes::VT_Container, CODE_DCM_ImagingMeasurements).bad())
      return fail(ExchangeTr::tr("cannot add the imaging measurements to the report"));
    SrChildren groups(tree, status);
    for (const Finding& f : labels.findings) {
      const std::vector<Group> kinds = groupsOf(f);
      for (size_t g = 0; g < kinds.size() && status; ++g) {
        if (!groups.add(DSRTypes::RT_contains, DSRTypes::VT_Container, CODE_DCM_MeasurementGroup)) break;
        writeGroup(tree, status, f, kinds[g], g == 0, source, segmentation);
      }
    }
  }
  if (!status) return fail(status.error());

  WrittenObject written;
  written.path = outputFile;
  written.sopClassUid = QStringLiteral(UID_Comprehensive3DSRStorage);
  written.sopInstanceUid = newUid();
  written.seriesInstanceUid = newUid();
  doc.createNewSeriesInStudy(ofString(studyUid));
  doc.setSpecificCharacterSetType(DSRTypes::CS_UTF8);
  doc.setSeriesDescription(ofString(options.seriesDescription));
  doc.setSeriesNumber(ofString(QString::number(options.seriesNumber)));
  doc.setInstanceNumber("1");
  doc.setManufacturer("RadCurator");
  doc.setManufacturerModelName("RadCurator");
  doc.setSoftwareVersions(RADCURATOR_VERSION);
  doc.completeDocument();
  // Evidence: the images the findings were made on (the whole source series) and the SEG.
  DSRSOPInstanceReferenceList& evidence = doc.getCurrentRequestedProcedureEvidence();
  for (const SliceSource& s : source.slices)
    evidence.addItem(ofString(studyUid), ofString(source.seriesInstanceUid), ofString(s.sopClassUid), ofString(s.sopInstanceUid));
  if (segmentation)
    evidence.addItem(ofString(studyUid), ofString(segmentation->seriesInstanceUid), ofString(segmentation->sopClassUid),
                     ofString(segmentation->sopInstanceUid));

  DcmFileFormat out;
  DcmDataset* ds = out.getDataset();
  cond = doc.write(*ds);
  if (cond.bad()) return fail(ExchangeTr::tr("%1: cannot build the report: %2").arg(outputFile, dcm::conditionText(cond)));
  copyPatientAndStudy(sourceDataset, ds);
  ds->putAndInsertString(DCM_SpecificCharacterSet, "ISO_IR 192");
  ds->putAndInsertString(DCM_SOPInstanceUID, written.sopInstanceUid.toLatin1().constData());
  ds->putAndInsertString(DCM_SeriesInstanceUID, written.seriesInstanceUid.toLatin1().constData());
  if (const Status saved = saveWithoutOverwriting(out, outputFile, false); !saved) return fail(saved.error());
  return written;
}

}  // namespace rc
