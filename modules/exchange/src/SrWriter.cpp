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

// The measurement groups a finding becomes, in order. TID 1410/1411 groups carry its
// regions (box, volume box, segment) as highdicom-style readers expect; what the reader
// drew to measure (a ruler's axes, another tool's line or ellipse) goes in groups of its own,
// each NUM INFERRED FROM its SCOORD (TID 300), which is how OHIF v3 finds a tool's geometry.
struct Group {
  enum class Kind { Planar, VolumeBox, Segment, Drawn, NoRegion } kind;
  std::vector<Measurement> measurements;  // in the order written (drawn ones first)
  QString tool;                           // Drawn: the Cornerstone tool OHIF hydrates it as
};

// OHIF v3 (Cornerstone3D's MeasurementReport) picks the tool of a group by its Tracking
// Identifier, which must start with "Cornerstone3DTools@^0.1.0:<Tool>"; the finding's own
// name follows, and readMeasurementReport takes it back from there. (Boxes need no prefix:
// Cornerstone recognises a closed 5-point POLYLINE Image Region as a RectangleROI.)
const QString kCornerstoneTag = QStringLiteral("Cornerstone3DTools@^0.1.0");

bool isAxis(const CodedConcept& concept) {
  return concept.sameConcept(srcodes::longAxis()) || concept.sameConcept(srcodes::shortAxis());
}

QString toolOf(const std::vector<Measurement>& drawn) {
  auto has = [&](const CodedConcept& c) {
    return std::any_of(drawn.begin(), drawn.end(), [&](const Measurement& m) { return m.graphic && m.concept.sameConcept(c); });
  };
  if (has(srcodes::longAxis()) && has(srcodes::shortAxis())) return QStringLiteral("Bidirectional");
  const Graphic& g = *drawn.front().graphic;
  switch (g.type) {
    case GraphicType::Ellipse: return QStringLiteral("EllipticalROI");
    case GraphicType::Circle: return QStringLiteral("CircleROI");
    case GraphicType::Point: return QStringLiteral("Probe");
    case GraphicType::Polyline:
      if (g.pointCount() == 2) return QStringLiteral("Length");
      if (g.pointCount() == 4 || g.pointCount() == 5) return QStringLiteral("RectangleROI");
      return QStringLiteral("PlanarFreehandROI");
    case GraphicType::Multipoint:
    case GraphicType::Polygon: break;
  }
  return QStringLiteral("PlanarFreehandROI");
}

std::vector<Group> groupsOf(const Finding& f, const std::vector<Measurement>& measurements) {
  std::vector<Group> groups;
  auto ofRegion = [&](MeasurementRegion r) {
    std::vector<Measurement> out;
    for (const Measurement& m : measurements)
      if (m.region == r) out.push_back(m);
    return out;
  };
  if (f.imageBox) groups.push_back({Group::Kind::Planar, ofRegion(MeasurementRegion::ImageBox), {}});
  if (f.volumeBox) groups.push_back({Group::Kind::VolumeBox, ofRegion(MeasurementRegion::VolumeBox), {}});
  if (f.segmentNumber > 0) groups.push_back({Group::Kind::Segment, ofRegion(MeasurementRegion::Segment), {}});

  // Measurements of no region: drawings (a bidirectional pair is one), then the rest.
  std::vector<Measurement> loose = ofRegion(MeasurementRegion::None);
  std::vector<std::vector<Measurement>> drawings;
  std::vector<Measurement> undrawn;
  for (const Measurement& m : loose) {
    if (!m.graphic) {
      undrawn.push_back(m);
      continue;
    }
    auto pair = std::find_if(drawings.begin(), drawings.end(), [&](const std::vector<Measurement>& d) {
      return isAxis(m.concept) && d.size() == 1 && isAxis(d.front().concept) && !d.front().concept.sameConcept(m.concept);
    });
    if (pair != drawings.end()) pair->push_back(m);
    else drawings.push_back({m});
  }
  for (auto& d : drawings) groups.push_back({Group::Kind::Drawn, d, toolOf(d)});
  if (groups.empty()) groups.push_back({Group::Kind::NoRegion, {}, {}});
  // The undrawn ones go with the first group that has no drawing of its own to come first
  // (OHIF reads a group's geometry from its first NUM), else after the first drawing.
  auto home = std::find_if(groups.begin(), groups.end(), [](const Group& g) { return g.kind != Group::Kind::Drawn; });
  if (home == groups.end()) home = groups.begin();
  home->measurements.insert(home->measurements.end(), undrawn.begin(), undrawn.end());
  return groups;
}

// A finding that cannot be written, with the reason; the others still are.
struct Problem {
  QString finding;
  QString reason;
};

// The measurements of `f` that can be written: each needs its concept and unit codes, and a
// drawing on an image of `source` (or in its frame of reference). The others are reported.
std::vector<Measurement> writableMeasurements(const Finding& f, const Volume& source, const QSet<QString>& images,
                                              std::vector<Problem>& problems) {
  std::vector<Measurement> out;
  for (Measurement m : f.measurements) {
    if (m.concept.isEmpty() || m.unit.isEmpty()) {
      problems.push_back({f.trackingId, ExchangeTr::tr("the measurement \"%1\" has no concept or unit code").arg(m.concept.meaning)});
      continue;
    }
    if (m.region == MeasurementRegion::ImageBox && !f.imageBox) m.region = MeasurementRegion::None;
    if (m.region == MeasurementRegion::VolumeBox && !f.volumeBox) m.region = MeasurementRegion::None;
    if (m.region == MeasurementRegion::Segment && f.segmentNumber <= 0) m.region = MeasurementRegion::None;
    if (m.graphic) {
      const Graphic& g = *m.graphic;
      const bool placed = g.is3D() ? !source.frameOfReferenceUid.isEmpty() && g.frameOfReferenceUid == source.frameOfReferenceUid
                                   : images.contains(g.image.sopInstanceUid);
      if (!placed || g.pointCount() == 0) {
        problems.push_back({f.trackingId, ExchangeTr::tr("the measurement \"%1\" was drawn on an image (or in a space) that is "
                                                         "not series %2's; written without its drawing")
                                              .arg(m.concept.meaning, source.seriesInstanceUid)});
        m.graphic.reset();
      }
    }
    out.push_back(std::move(m));
  }
  for (const Graphic& g : f.graphics)
    problems.push_back({f.trackingId, ExchangeTr::tr("a %1 drawn without a measurement is not written: TID 1500 has no place for it")
                                          .arg(graphicTypeName(g.type))});
  return out;
}

// Whether the finding can be written at all; the reason when not.
QString findingProblem(const Finding& f, const SegmentationReference* segmentation, const QSet<QString>& images) {
  if (f.segmentNumber > 0) {
    bool found = false;
    if (segmentation)
      for (const auto& [store, seg] : segmentation->segmentNumbers) found = found || store == f.segmentNumber;
    if (!found) return ExchangeTr::tr("segment %1 is not in the exported SEG").arg(f.segmentNumber);
  }
  if (f.imageBox && !images.contains(f.imageBox->image.sopInstanceUid))
    return ExchangeTr::tr("its box is on an image that is not in the series");
  if (f.volumeBox && f.volumeBox->frameOfReferenceUid.isEmpty()) return ExchangeTr::tr("the volume box has no frame of reference");
  return QString();
}

// A ruler's axes as measurements drawn on the image they lie on (SCOORD), else in the frame of
// reference (SCOORD3D, e.g. measured on a coronal reformat).
std::vector<Measurement> rulerMeasurements(const Finding& f, const Volume& source) {
  if (!f.ruler) return {};
  const std::array<Vec3, 4> ends = {f.ruler->longAxis[0], f.ruler->longAxis[1], f.ruler->shortAxis[0], f.ruler->shortAxis[1]};
  std::array<Vec3, 4> index;
  for (size_t n = 0; n < 4; ++n) index[n] = source.patientToIndex(ends[n]);
  const double k = std::round(index[0][2]);
  const bool onOneImage = k >= 0 && k < double(source.slices.size()) &&
                          std::all_of(index.begin(), index.end(), [&](const Vec3& p) { return std::abs(p[2] - k) < 1e-3; });
  auto axis = [&](size_t a, size_t b) {
    Graphic g;
    g.type = GraphicType::Polyline;
    if (onOneImage) {
      const SliceSource& s = source.slices[size_t(k)];
      g.image = {s.sopClassUid, s.sopInstanceUid, s.framesInFile > 1 ? s.frame + 1 : 0};
      // SR image coordinates: (0, 0) is the top-left corner of the first pixel.
      for (size_t n : {a, b}) g.points.push_back({index[n][0] + 0.5, index[n][1] + 0.5});
    } else {
      g.frameOfReferenceUid = source.frameOfReferenceUid;
      g.points3D = {ends[a], ends[b]};
    }
    return g;
  };
  auto length = [&](size_t a, size_t b) {
    return std::hypot(ends[a][0] - ends[b][0], ends[a][1] - ends[b][1], ends[a][2] - ends[b][2]);
  };
  if (!onOneImage && source.frameOfReferenceUid.isEmpty()) return {};
  const CodedConcept mm = ucum("mm", "millimeter");
  return {{srcodes::longAxis(), f.longAxisMm.value_or(length(0, 1)), mm, {}, MeasurementRegion::None, axis(0, 1)},
          {srcodes::shortAxis(), f.shortAxisMm.value_or(length(2, 3)), mm, {}, MeasurementRegion::None, axis(2, 3)}};
}

// The six faces of a box as closed polygons: bottom, top (along edge 2), then the faces at
// the start and end of edge 1, then of edge 0. Readers recover the box from the first two.
std::vector<std::array<Vec3, 5>> boxFaces(const VolumeBox& box) {
  const auto c = box.corners();  // bit 0: +e0, bit 1: +e1, bit 2: +e2
  auto face = [&](int a, int b, int d, int e) { return std::array<Vec3, 5>{c[a], c[b], c[d], c[e], c[a]}; };
  return {face(0, 1, 3, 2), face(4, 5, 7, 6), face(0, 1, 5, 4), face(2, 3, 7, 6), face(0, 2, 6, 4), face(1, 3, 7, 5)};
}

// A drawing as an SCOORD (SELECTED FROM its image) or SCOORD3D added to `items`: a NUM's
// INFERRED FROM drawing (no concept name), a box's Image Region, a volume box's faces.
void addGraphic(DSRDocumentTree& tree, Status& status, SrChildren& items, DSRTypes::E_RelationshipType relationship,
                const Graphic& g, const DSRCodedEntryValue& name = DSRCodedEntryValue()) {
  const QString what = name.isEmpty() ? QStringLiteral("SCOORD") : qString(name.getCodeMeaning());
  if (g.is3D()) {
    DSRTypes::E_GraphicType3D type = DSRTypes::GT3_Polyline;
    switch (g.type) {
      case GraphicType::Point: type = DSRTypes::GT3_Point; break;
      case GraphicType::Multipoint: type = DSRTypes::GT3_Multipoint; break;
      case GraphicType::Polygon: type = DSRTypes::GT3_Polygon; break;
      case GraphicType::Ellipse: type = DSRTypes::GT3_Ellipse; break;
      case GraphicType::Polyline:
      case GraphicType::Circle: break;  // no 3D circle: never read as one
    }
    DSRSpatialCoordinates3DValue value(type);
    value.setFrameOfReferenceUID(ofString(g.frameOfReferenceUid));
    for (const Vec3& p : g.points3D) value.getGraphicDataList().addItem(Float32(p[0]), Float32(p[1]), Float32(p[2]));
    if (DSRContentItem* item = items.add(relationship, DSRTypes::VT_SCoord3D, name))
      items.check(item->setSpatialCoordinates3D(value), what);
    return;
  }
  DSRTypes::E_GraphicType type = DSRTypes::GT_Polyline;
  switch (g.type) {
    case GraphicType::Point: type = DSRTypes::GT_Point; break;
    case GraphicType::Multipoint: type = DSRTypes::GT_Multipoint; break;
    case GraphicType::Circle: type = DSRTypes::GT_Circle; break;
    case GraphicType::Ellipse: type = DSRTypes::GT_Ellipse; break;
    case GraphicType::Polyline:
    case GraphicType::Polygon: break;
  }
  DSRSpatialCoordinatesValue value(type);
  for (const auto& p : g.points) value.getGraphicDataList().addItem(Float32(p[0]), Float32(p[1]));
  if (DSRContentItem* item = items.add(relationship, DSRTypes::VT_SCoord, name)) {
    items.check(item->setSpatialCoordinates(value), what);
    SrChildren selected(tree, status);
    if (DSRContentItem* image = selected.add(DSRTypes::RT_selectedFrom, DSRTypes::VT_Image, DSRCodedEntryValue())) {
      DSRImageReferenceValue ref(ofString(g.image.sopClassUid), ofString(g.image.sopInstanceUid));
      if (g.image.frame > 0) ref.getFrameList().addItem(Sint32(g.image.frame));
      selected.check(image->setImageReference(ref), QStringLiteral("the image of %1").arg(what));
    }
  }
}

void addMeasurement(DSRDocumentTree& tree, Status& status, SrChildren& items, const Measurement& m) {
  if (DSRContentItem* item = items.add(DSRTypes::RT_contains, DSRTypes::VT_Num, srCode(m.concept))) {
    items.check(item->setNumericValue(DSRNumericMeasurementValue(ofString(decimalString(m.value)), srCode(m.unit))), m.concept.meaning);
    if (!m.derivation.isEmpty()) {
      SrChildren modifiers(tree, status);
      if (DSRContentItem* d = modifiers.add(DSRTypes::RT_hasConceptMod, DSRTypes::VT_Code, CODE_DCM_Derivation))
        modifiers.check(d->setCodeValue(srCode(m.derivation)), QStringLiteral("Derivation"));
    }
    // TID 300: measured on this line, axis or outline.
    if (m.graphic) {
      SrChildren inferred(tree, status);
      addGraphic(tree, status, inferred, DSRTypes::RT_inferredFrom, *m.graphic);
    }
  }
}

// Writes one measurement group of a finding. `measured`: every measurement the finding's
// groups carry (typed axes are written only when none of them is that axis).
void writeGroup(DSRDocumentTree& tree, Status& status, const Finding& f, const Group& group, bool first,
                const std::vector<Measurement>& measured, const Volume& source, const SegmentationReference* segmentation) {
  SrChildren items(tree, status);
  const QString trackingId = group.kind == Group::Kind::Drawn ? kCornerstoneTag + QLatin1Char(':') + group.tool + QLatin1Char(':') + f.trackingId
                                                              : f.trackingId;
  if (DSRContentItem* item = items.add(DSRTypes::RT_hasObsContext, DSRTypes::VT_Text, CODE_DCM_TrackingIdentifier))
    items.check(item->setStringValue(ofString(trackingId)), QStringLiteral("Tracking Identifier"));
  if (DSRContentItem* item = items.add(DSRTypes::RT_hasObsContext, DSRTypes::VT_UIDRef, CODE_DCM_TrackingUniqueIdentifier))
    items.check(item->setStringValue(ofString(f.trackingUid)), QStringLiteral("Tracking Unique Identifier"));
  // TID 1411 makes the Finding optional: a segment's own group (its type is in the SEG) goes
  // without; every other group names one, a generic "Clinical finding" when the reader (or
  // another tool) gave none.
  const CodedConcept finding = !f.finding.isEmpty() || group.kind == Group::Kind::Segment ? f.finding : srcodes::clinicalFinding();
  if (!finding.isEmpty())
    if (DSRContentItem* item = items.add(DSRTypes::RT_contains, DSRTypes::VT_Code, CODE_DCM_Finding))
      items.check(item->setCodeValue(srCode(finding)), QStringLiteral("Finding"));
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
  for (const CodedConcept& site : f.moreSites)
    if (DSRContentItem* item = items.add(DSRTypes::RT_hasConceptMod, DSRTypes::VT_Code, CODE_SCT_FindingSite))
      items.check(item->setCodeValue(srCode(site)), QStringLiteral("Finding Site"));

  switch (group.kind) {
    case Group::Kind::Planar: {
      const ImageBox& b = *f.imageBox;
      Graphic outline;
      outline.type = GraphicType::Polyline;
      outline.image = b.image;
      outline.points = {{b.left, b.top}, {b.right, b.top}, {b.right, b.bottom}, {b.left, b.bottom}, {b.left, b.top}};
      addGraphic(tree, status, items, DSRTypes::RT_contains, outline, CODE_DCM_ImageRegion);
      // The box's area, measured on the box: OHIF reads a group's geometry from its first NUM.
      const bool drawnAlready = std::any_of(group.measurements.begin(), group.measurements.end(), [](const Measurement& m) { return m.graphic.has_value(); });
      if (!drawnAlready && b.rowSpacingMm > 0 && b.columnSpacingMm > 0)
        addMeasurement(tree, status, items, {sct("42798000", "Area"), b.widthMm() * b.heightMm(), ucum("mm2", "square millimeter"), {},
                                             MeasurementRegion::ImageBox, outline});
      break;
    }
    case Group::Kind::VolumeBox: {
      for (const auto& face : boxFaces(*f.volumeBox)) {
        Graphic surface;
        surface.type = GraphicType::Polygon;
        surface.frameOfReferenceUid = f.volumeBox->frameOfReferenceUid;
        surface.points3D.assign(face.begin(), face.end());
        addGraphic(tree, status, items, DSRTypes::RT_contains, surface, CODE_DCM_VolumeSurface);
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
    case Group::Kind::Drawn:
    case Group::Kind::NoRegion:
      break;
  }

  for (const Measurement& m : group.measurements) addMeasurement(tree, status, items, m);
  if (first) {
    for (const QualitativeEvaluation& e : f.evaluations)
      if (DSRContentItem* item = items.add(DSRTypes::RT_contains, DSRTypes::VT_Code, srCode(e.concept)))
        items.check(item->setCodeValue(srCode(e.value)), e.concept.meaning);
    for (const auto& [concept, value] : {std::pair{srcodes::diagnosis(), f.diseaseClass}, std::pair{srcodes::certainty(), f.certainty}})
      if (!value.isEmpty())
        if (DSRContentItem* item = items.add(DSRTypes::RT_contains, DSRTypes::VT_Code, srCode(concept)))
          items.check(item->setCodeValue(srCode(value)), concept.meaning);
    auto has = [&measured](const CodedConcept& concept) {
      return std::any_of(measured.begin(), measured.end(), [&](const Measurement& m) { return m.concept.sameConcept(concept); });
    };
    // Typed axes, unless the finding already carries them as measurements (e.g. its ruler's).
    for (const auto& [concept, value] : {std::pair{srcodes::longAxis(), f.longAxisMm}, std::pair{srcodes::shortAxis(), f.shortAxisMm}})
      if (value && !has(concept))
        if (DSRContentItem* item = items.add(DSRTypes::RT_contains, DSRTypes::VT_Num, srCode(concept)))
          items.check(item->setNumericValue(DSRNumericMeasurementValue(ofString(decimalString(*value)), srCode(ucum("mm", "millimeter")))),
                      concept.meaning);
    if (!f.comment.isEmpty())
      if (DSRContentItem* item = items.add(DSRTypes::RT_contains, DSRTypes::VT_Text, srCode(srcodes::comment())))
        items.check(item->setStringValue(ofString(f.comment)), QStringLiteral("Comment"));
  }
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

  // What each finding becomes. A finding that cannot be written is left out with the reason
  // (the others, and the SEG, still go); one without a name or UID gets one.
  QHash<QString, const SliceSource*> sliceByUid;
  for (const SliceSource& s : source.slices) sliceByUid.insert(s.sopInstanceUid, &s);
  const QSet<QString> images(sliceByUid.keyBegin(), sliceByUid.keyEnd());
  struct Planned {
    Finding finding;
    std::vector<Measurement> measurements;
    std::vector<Group> groups;
  };
  std::vector<Planned> planned;
  std::vector<Problem> problems;
  QSet<QString> trackingUids;
  for (const Finding& original : labels.findings) {
    Planned p{original, {}, {}};
    Finding& f = p.finding;
    if (f.trackingId.trimmed().isEmpty()) f.trackingId = ExchangeTr::tr("Finding %1").arg(planned.size() + 1);
    if (f.trackingUid.trimmed().isEmpty()) f.trackingUid = newUid();
    if (trackingUids.contains(f.trackingUid)) {
      problems.push_back({f.trackingId, ExchangeTr::tr("its tracking UID is used by another finding")});
      continue;
    }
    if (const QString problem = findingProblem(f, segmentation, images); !problem.isEmpty()) {
      problems.push_back({f.trackingId, problem});
      continue;
    }
    trackingUids.insert(f.trackingUid);
    p.measurements = writableMeasurements(f, source, images, problems);
    const bool hasAxisMeasurements = std::any_of(p.measurements.begin(), p.measurements.end(), [](const Measurement& m) {
      return m.graphic && isAxis(m.concept);
    });
    if (!hasAxisMeasurements)
      for (Measurement& m : rulerMeasurements(f, source)) p.measurements.push_back(std::move(m));
    p.groups = groupsOf(f, p.measurements);
    planned.push_back(std::move(p));
  }
  if (planned.empty() && !labels.findings.empty()) {
    QStringList reasons;
    for (const Problem& problem : problems) reasons << ExchangeTr::tr("finding %1: %2").arg(problem.finding, problem.reason);
    return fail(ExchangeTr::tr("no finding can be written: %1").arg(reasons.join(QStringLiteral("; "))));
  }

  // Images the report points at: those of the boxes and drawings, in the image library.
  std::vector<const SliceSource*> libraryImages;
  QSet<QString> inLibrary;
  auto addToLibrary = [&](const QString& sopInstanceUid) {
    const SliceSource* s = sliceByUid.value(sopInstanceUid);
    if (!s || inLibrary.contains(s->sopInstanceUid)) return;
    libraryImages.push_back(s);
    inLibrary.insert(s->sopInstanceUid);
  };
  for (const Planned& p : planned) {
    if (p.finding.imageBox) addToLibrary(p.finding.imageBox->image.sopInstanceUid);
    for (const Measurement& m : p.measurements)
      if (m.graphic && !m.graphic->is3D()) addToLibrary(m.graphic->image.sopInstanceUid);
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
  if (!planned.empty()) {
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
    for (const Planned& p : planned) {
      for (size_t g = 0; g < p.groups.size() && status; ++g) {
        if (!groups.add(DSRTypes::RT_contains, DSRTypes::VT_Container, CODE_DCM_MeasurementGroup)) break;
        writeGroup(tree, status, p.finding, p.groups[g], g == 0, p.measurements, source, segmentation);
      }
    }
  }
  if (!status) return fail(status.error());

  WrittenObject written;
  written.path = outputFile;
  for (const Problem& problem : problems) written.leftOut << ExchangeTr::tr("finding %1: %2").arg(problem.finding, problem.reason);
  written.findings = int(planned.size());
  written.sopClassUid = QStringLiteral(UID_Comprehensive3DSRStorage);
  written.sopInstanceUid = options.sopInstanceUid.isEmpty() ? newUid() : options.sopInstanceUid;
  written.seriesInstanceUid = options.seriesInstanceUid.isEmpty() ? newUid() : options.seriesInstanceUid;
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
