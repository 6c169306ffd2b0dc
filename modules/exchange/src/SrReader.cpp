// TID 1500 Measurement Report reader. See exchange/Sr.h.

#include "exchange/Sr.h"

#include "ExchangeSupport.h"
#include "SrTree.h"
#include "dicom/Codecs.h"
#include "dicom/DatasetAccess.h"
#include "dicom/DicomFile.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcuid.h>
#include <dcmtk/dcmsr/codes/dcm.h>
#include <dcmtk/dcmsr/codes/sct.h>
#include <dcmtk/dcmsr/dsrdoc.h>
#include <dcmtk/dcmsr/dsrimgvl.h>
#include <dcmtk/dcmsr/dsrnumvl.h>
#include <dcmtk/dcmsr/dsrsc3vl.h>
#include <dcmtk/dcmsr/dsrscovl.h>

#include <QFile>
#include <QHash>

#include <algorithm>
#include <limits>

namespace rc {

namespace {

bool is(const DSRContentItem& item, const DSRBasicCodedEntry& code) {
  const DSRCodedEntryValue& name = item.getConceptName();
  return name.getCodeValue() == code.CodeValue && name.getCodingSchemeDesignator() == code.CodingSchemeDesignator;
}

bool is(const DSRContentItem& item, const CodedConcept& code) {
  const DSRCodedEntryValue& name = item.getConceptName();
  return qString(name.getCodeValue()) == code.value && qString(name.getCodingSchemeDesignator()) == code.scheme;
}

// The Finding Site code before SNOMED's move to SCT (older OHIF reports still write it).
const DSRBasicCodedEntry kFindingSiteSrt("G-C0E3", "SRT", "Finding Site");

Vec3 minus(const Vec3& a, const Vec3& b) { return {a[0] - b[0], a[1] - b[1], a[2] - b[2]}; }

// The box around points, along the patient axes.
VolumeBox boundingBox(const std::vector<Vec3>& points, const QString& frameOfReference) {
  Vec3 lo = {std::numeric_limits<double>::max(), std::numeric_limits<double>::max(), std::numeric_limits<double>::max()};
  Vec3 hi = {-lo[0], -lo[1], -lo[2]};
  for (const Vec3& p : points)
    for (int d = 0; d < 3; ++d) lo[size_t(d)] = std::min(lo[size_t(d)], p[size_t(d)]), hi[size_t(d)] = std::max(hi[size_t(d)], p[size_t(d)]);
  VolumeBox box;
  box.frameOfReferenceUid = frameOfReference;
  box.origin = lo;
  box.edges = {{{hi[0] - lo[0], 0, 0}, {0, hi[1] - lo[1], 0}, {0, 0, hi[2] - lo[2]}}};
  return box;
}

// A box written by RadCurator (six closed 4-gons, bottom and top first) comes back exactly;
// any other surface becomes the box around its points.
VolumeBox boxFromSurface(const std::vector<std::vector<Vec3>>& faces, const QString& frameOfReference) {
  const bool ours = faces.size() == 6 && std::all_of(faces.begin(), faces.end(), [](const auto& f) { return f.size() == 5; });
  if (ours) {
    VolumeBox box;
    box.frameOfReferenceUid = frameOfReference;
    box.origin = faces[0][0];
    box.edges = {minus(faces[0][1], faces[0][0]), minus(faces[0][3], faces[0][0]), minus(faces[1][0], faces[0][0])};
    // Check the other corners agree (within the precision of FL coordinates).
    bool consistent = true;
    for (const auto& face : faces)
      for (const Vec3& p : face) consistent = consistent && box.contains(p, 0.01);
    if (consistent) return box;
  }
  std::vector<Vec3> all;
  for (const auto& f : faces) all.insert(all.end(), f.begin(), f.end());
  return boundingBox(all, frameOfReference);
}

// An image-plane rectangle around any 2D drawing (polyline, polygon, point(s), circle, ellipse),
// on the drawing's image.
ImageBox boxAround(const Graphic& g) {
  ImageBox box;
  box.image = g.image;
  if (g.type == GraphicType::Circle && g.points.size() == 2) {
    const double r = std::hypot(g.points[1][0] - g.points[0][0], g.points[1][1] - g.points[0][1]);
    box.left = g.points[0][0] - r, box.right = g.points[0][0] + r;
    box.top = g.points[0][1] - r, box.bottom = g.points[0][1] + r;
    return box;
  }
  box.left = box.right = g.points[0][0];
  box.top = box.bottom = g.points[0][1];
  for (const auto& p : g.points) {
    box.left = std::min(box.left, p[0]), box.right = std::max(box.right, p[0]);
    box.top = std::min(box.top, p[1]), box.bottom = std::max(box.bottom, p[1]);
  }
  return box;
}

std::vector<Vec3> points3D(DSRSpatialCoordinates3DValue& value) {
  DSRGraphicData3DList& list = value.getGraphicDataList();
  std::vector<Vec3> points;
  for (size_t n = 1; n <= list.getNumberOfItems(); ++n) {
    Float32 x = 0, y = 0, z = 0;
    if (list.getItem(n, x, y, z).good()) points.push_back({x, y, z});
  }
  return points;
}

// A SCOORD (on the image its SELECTED FROM child names) or a SCOORD3D as a Graphic; the
// tree's cursor is on the item.
std::optional<Graphic> graphicOf(DSRDocumentTree& tree, DSRContentItem& item) {
  Graphic g;
  if (item.getValueType() == DSRTypes::VT_SCoord) {
    DSRSpatialCoordinatesValue value;
    item.getSpatialCoordinates(value);
    switch (value.getGraphicType()) {
      case DSRTypes::GT_Point: g.type = GraphicType::Point; break;
      case DSRTypes::GT_Multipoint: g.type = GraphicType::Multipoint; break;
      case DSRTypes::GT_Polyline: g.type = GraphicType::Polyline; break;
      case DSRTypes::GT_Circle: g.type = GraphicType::Circle; break;
      case DSRTypes::GT_Ellipse: g.type = GraphicType::Ellipse; break;
      default: g.type = GraphicType::Polyline; break;  // an unknown type still outlines its points
    }
    DSRGraphicDataList& list = value.getGraphicDataList();
    for (size_t n = 1; n <= list.getNumberOfItems(); ++n) {
      Float32 column = 0, row = 0;
      if (list.getItem(n, column, row).good()) g.points.push_back({column, row});
    }
    forEachChild(tree, [&](DSRContentItem& image) {
      if (image.getValueType() != DSRTypes::VT_Image) return;
      const DSRImageReferenceValue& ref = image.getImageReference();
      g.image.sopClassUid = qString(ref.getSOPClassUID());
      g.image.sopInstanceUid = qString(ref.getSOPInstanceUID());
      if (ref.getFrameList().getNumberOfItems() > 0) g.image.frame = int(ref.getFrameList().getItem(1));
    });
    if (g.points.empty()) return std::nullopt;
    return g;
  }
  if (item.getValueType() == DSRTypes::VT_SCoord3D) {
    DSRSpatialCoordinates3DValue value;
    item.getSpatialCoordinates3D(value);
    switch (value.getGraphicType()) {
      case DSRTypes::GT3_Point: g.type = GraphicType::Point; break;
      case DSRTypes::GT3_Multipoint: g.type = GraphicType::Multipoint; break;
      case DSRTypes::GT3_Polyline: g.type = GraphicType::Polyline; break;
      case DSRTypes::GT3_Polygon: g.type = GraphicType::Polygon; break;
      case DSRTypes::GT3_Ellipse: g.type = GraphicType::Ellipse; break;
      default: return std::nullopt;  // an ellipsoid has no planar drawing here
    }
    g.points3D = points3D(value);
    g.frameOfReferenceUid = qString(value.getFrameOfReferenceUID());
    if (g.points3D.empty() || g.frameOfReferenceUid.isEmpty()) return std::nullopt;
    return g;
  }
  return std::nullopt;
}

// OHIF/Cornerstone write a reader's free-text label as a code of their own.
bool isFreeText(const CodedConcept& code) { return code.value == QLatin1String("CORNERSTONEFREETEXT"); }

// One measurement group (TID 1410, 1411 or 1501), merged into the findings by Tracking UID.
void readGroup(DSRDocumentTree& tree, std::vector<Finding>& findings, QString& segmentationUid) {
  Finding f;
  MeasurementRegion region = MeasurementRegion::None;
  std::vector<std::vector<Vec3>> surface;
  QString surfaceFrame;
  std::vector<Measurement> measurements;
  forEachChild(tree, [&](DSRContentItem& item) {
    const DSRTypes::E_ValueType vt = item.getValueType();
    const DSRTypes::E_RelationshipType rel = item.getRelationshipType();
    if (is(item, CODE_DCM_TrackingIdentifier)) {
      f.trackingId = qString(item.getStringValue()).trimmed();
    } else if (is(item, CODE_DCM_TrackingUniqueIdentifier)) {
      f.trackingUid = qString(item.getStringValue()).trimmed();
    } else if (is(item, CODE_DCM_Finding) && vt == DSRTypes::VT_Code) {
      f.finding = fromSrCode(item.getCodeValue());
      // A free-text "finding" is a label, not a code (the name comes from it below).
      if (isFreeText(f.finding)) f.moreSites.push_back(f.finding), f.finding = CodedConcept();
    } else if ((is(item, CODE_SCT_FindingSite) || is(item, kFindingSiteSrt)) && vt == DSRTypes::VT_Code) {
      // Every site is kept: the first coded one is the finding's site (with its laterality),
      // the others (another tool's free-text label among them) follow it.
      const CodedConcept site = fromSrCode(item.getCodeValue());
      if (f.site.isEmpty() && !isFreeText(site)) {
        f.site = site;
        forEachChild(tree, [&](DSRContentItem& modifier) {
          if (is(modifier, CODE_SCT_Laterality) && modifier.getValueType() == DSRTypes::VT_Code)
            f.laterality = fromSrCode(modifier.getCodeValue());
        });
      } else {
        f.moreSites.push_back(site);
      }
    } else if (is(item, CODE_DCM_ImageRegion) && vt == DSRTypes::VT_SCoord) {
      if (const auto drawn = graphicOf(tree, item)) f.imageBox = boxAround(*drawn);
      region = MeasurementRegion::ImageBox;
    } else if ((is(item, CODE_DCM_VolumeSurface) || is(item, CODE_DCM_ImageRegion)) && vt == DSRTypes::VT_SCoord3D) {
      DSRSpatialCoordinates3DValue value;
      item.getSpatialCoordinates3D(value);
      surface.push_back(points3D(value));
      surfaceFrame = qString(value.getFrameOfReferenceUID());
      region = MeasurementRegion::VolumeBox;
    } else if ((vt == DSRTypes::VT_SCoord || vt == DSRTypes::VT_SCoord3D) && !is(item, CODE_DCM_VolumeSurface)) {
      // Drawn without a measurement: another tool's arrow, point or outline.
      if (auto graphic = graphicOf(tree, item)) f.graphics.push_back(std::move(*graphic));
    } else if (is(item, CODE_DCM_ReferencedSegment) && vt == DSRTypes::VT_Image) {
      const DSRImageReferenceValue& ref = item.getImageReference();
      segmentationUid = qString(ref.getSOPInstanceUID());
      if (ref.getSegmentList().getNumberOfItems() > 0) f.segmentNumber = int(ref.getSegmentList().getItem(1));
      region = MeasurementRegion::Segment;
    } else if (vt == DSRTypes::VT_Code && is(item, srcodes::diagnosis())) {
      f.diseaseClass = fromSrCode(item.getCodeValue());
    } else if (vt == DSRTypes::VT_Code && is(item, srcodes::certainty())) {
      f.certainty = fromSrCode(item.getCodeValue());
    } else if (vt == DSRTypes::VT_Text && is(item, srcodes::comment())) {
      f.comment = qString(item.getStringValue());
    } else if (vt == DSRTypes::VT_Num) {
      const DSRNumericMeasurementValue& num = item.getNumericValue();
      if (num.getNumericValue().empty()) return;  // a measurement without a value (e.g. not measurable)
      Measurement m;
      m.concept = fromSrCode(item.getConceptName());
      // A value that is no number is kept as NaN here and refused with the report below,
      // never read as 0.
      bool parsed = false;
      m.value = qString(num.getNumericValue()).trimmed().toDouble(&parsed);
      if (!parsed) m.value = std::numeric_limits<double>::quiet_NaN();
      m.unit = fromSrCode(num.getMeasurementUnit());
      forEachChild(tree, [&](DSRContentItem& child) {
        if (is(child, CODE_DCM_Derivation) && child.getValueType() == DSRTypes::VT_Code)
          m.derivation = fromSrCode(child.getCodeValue());
        // TID 300: the line, axis or outline the value was measured on (OHIF writes every
        // measurement this way, INFERRED FROM a SCOORD SELECTED FROM the image).
        else if (!m.graphic && (child.getValueType() == DSRTypes::VT_SCoord || child.getValueType() == DSRTypes::VT_SCoord3D))
          m.graphic = graphicOf(tree, child);
      });
      // The long and short axis are also the finding's own (what the reader measured).
      if (m.unit.value == QLatin1String("mm") && m.concept.sameConcept(srcodes::longAxis()) && !f.longAxisMm) f.longAxisMm = m.value;
      if (m.unit.value == QLatin1String("mm") && m.concept.sameConcept(srcodes::shortAxis()) && !f.shortAxisMm) f.shortAxisMm = m.value;
      measurements.push_back(m);
    } else if (vt == DSRTypes::VT_Code && rel == DSRTypes::RT_contains) {
      f.evaluations.push_back({fromSrCode(item.getConceptName()), fromSrCode(item.getCodeValue())});
    }
  });
  if (!surface.empty()) f.volumeBox = boxFromSurface(surface, surfaceFrame);
  for (Measurement& m : measurements) m.region = region;
  f.measurements = measurements;

  // Groups of one finding share its Tracking UID.
  auto same = std::find_if(findings.begin(), findings.end(), [&](const Finding& other) {
    return !f.trackingUid.isEmpty() && other.trackingUid == f.trackingUid;
  });
  if (same == findings.end()) {
    findings.push_back(std::move(f));
    return;
  }
  if (f.imageBox) same->imageBox = f.imageBox;
  if (f.volumeBox) same->volumeBox = f.volumeBox;
  if (f.segmentNumber > 0) same->segmentNumber = f.segmentNumber;
  if (same->finding.isEmpty()) same->finding = f.finding;
  if (same->site.isEmpty()) same->site = f.site, same->laterality = f.laterality;
  else if (!f.site.isEmpty() && !(f.site == same->site)) same->moreSites.push_back(f.site);
  for (const CodedConcept& site : f.moreSites)
    if (std::find(same->moreSites.begin(), same->moreSites.end(), site) == same->moreSites.end()) same->moreSites.push_back(site);
  same->graphics.insert(same->graphics.end(), f.graphics.begin(), f.graphics.end());
  if (same->diseaseClass.isEmpty()) same->diseaseClass = f.diseaseClass;
  if (same->certainty.isEmpty()) same->certainty = f.certainty;
  if (same->comment.isEmpty()) same->comment = f.comment;
  if (!same->longAxisMm) same->longAxisMm = f.longAxisMm;
  if (!same->shortAxisMm) same->shortAxisMm = f.shortAxisMm;
  same->measurements.insert(same->measurements.end(), f.measurements.begin(), f.measurements.end());
  same->evaluations.insert(same->evaluations.end(), f.evaluations.begin(), f.evaluations.end());
}

// Cornerstone's tracking identifiers name a tool, not a finding
// ("Cornerstone3DTools@^0.1.0:Length"); OHIF puts the reader's label in a comment or a
// free-text site. RadCurator writes "<tag>:<tool>:<name>" where OHIF needs the tool, and
// reads the name back. Another tool's findings are named by their label, else their tool,
// and every name is made unique in the report ("Length", "Length (2)").
void nameFindings(std::vector<Finding>& findings) {
  QHash<QString, int> used;
  for (Finding& f : findings) {
    QString name = f.trackingId.trimmed();
    if (name.startsWith(QLatin1String("Cornerstone3DTools@")) || name.startsWith(QLatin1String("cornerstoneTools@"))) {
      const QStringList parts = name.split(QLatin1Char(':'));
      if (parts.size() >= 3) {
        name = parts.mid(2).join(QLatin1Char(':')).trimmed();
      } else {
        name.clear();
        for (const CodedConcept& site : f.moreSites)
          if (name.isEmpty() && isFreeText(site)) name = site.meaning.trimmed();
        if (name.isEmpty()) name = f.comment.trimmed().left(64);
        if (name.isEmpty()) name = parts.value(1).trimmed();
      }
    }
    if (name.isEmpty()) name = f.finding.meaning.isEmpty() ? ExchangeTr::tr("Finding") : f.finding.meaning;
    const int n = ++used[name];
    f.trackingId = n == 1 ? name : QStringLiteral("%1 (%2)").arg(name).arg(n);
  }
}

Result<ReadReport> readReport(const QString& file, DcmDataset* ds);

}  // namespace

Result<ReadReport> readMeasurementReport(const QString& file) {
  auto read = readDicomFile(file, ReadScope::Header);
  if (!read) return fail(read.error());
  // DCMTK's SR classes parse the content tree: behind the guard like every parse.
  Result<ReadReport> report = fail(QString());
  const Status guarded = guardedCall(file, [&] {
    report = readReport(file, read->file->getDataset());
    return Status::success();
  });
  if (!guarded) return fail(guarded.error());
  return report;
}

namespace {

Result<ReadReport> readReport(const QString& file, DcmDataset* ds) {
  if (dcm::ascii(ds, DCM_Modality) != QLatin1String("SR"))
    return fail(ExchangeTr::tr("%1: not a structured report (modality %2)").arg(file, dcm::ascii(ds, DCM_Modality)));
  DSRDocument doc;
  // Other tools' reports often bend the rules a little (an unknown relationship, a value
  // out of range): read what is there; the findings are checked item by item below.
  const OFCondition read = doc.read(*ds, DSRTypes::RF_acceptUnknownRelationshipType | DSRTypes::RF_acceptInvalidContentItemValue |
                                             DSRTypes::RF_ignoreRelationshipConstraints);
  if (read.bad()) return fail(ExchangeTr::tr("%1: not a readable structured report: %2").arg(file, dcm::conditionText(read)));

  DSRDocumentTree& tree = doc.getTree();
  if (tree.gotoRoot() == 0) return fail(ExchangeTr::tr("%1: the report is empty").arg(file));
  if (!is(tree.getCurrentContentItem(), CODE_DCM_ImagingMeasurementReport))
    return fail(ExchangeTr::tr("%1: a structured report, but not a TID 1500 measurement report (its title is \"%2\")")
                    .arg(file, qString(tree.getCurrentContentItem().getConceptName().getCodeMeaning())));

  ReadReport report;
  report.sopInstanceUid = dcm::ascii(ds, DCM_SOPInstanceUID);
  report.studyInstanceUid = dcm::ascii(ds, DCM_StudyInstanceUID);
  forEachChild(tree, [&](DSRContentItem& item) {
    if (is(item, CODE_DCM_PersonObserverName) && report.observerName.isEmpty()) {
      report.observerName = qString(item.getStringValue()).trimmed();
    } else if (is(item, CODE_DCM_ProcedureReported) && item.getValueType() == DSRTypes::VT_Code) {
      report.procedure = fromSrCode(item.getCodeValue());
    } else if (is(item, CODE_DCM_ImagingMeasurements)) {
      forEachChild(tree, [&](DSRContentItem& group) {
        if (is(group, CODE_DCM_MeasurementGroup) && group.getValueType() == DSRTypes::VT_Container)
          readGroup(tree, report.findings, report.segmentationUid);
      });
    }
  });

  nameFindings(report.findings);
  for (const Finding& f : report.findings)
    if (const QString impossible = impossibleValueIn(f); !impossible.isEmpty())
      return fail(ExchangeTr::tr("%1: refused: %2 (not a finite number)").arg(file, impossible));

  // What the report refers to, from its evidence.
  for (unsigned long s = 0; s < dcm::sequenceLength(ds, DCM_CurrentRequestedProcedureEvidenceSequence); ++s) {
    DcmItem* study = dcm::sequenceItem(ds, DCM_CurrentRequestedProcedureEvidenceSequence, s);
    for (unsigned long r = 0; r < dcm::sequenceLength(study, DCM_ReferencedSeriesSequence); ++r) {
      DcmItem* series = dcm::sequenceItem(study, DCM_ReferencedSeriesSequence, r);
      const QString seriesUid = dcm::ascii(series, DCM_SeriesInstanceUID);
      bool onlySeg = true;
      for (unsigned long i = 0; i < dcm::sequenceLength(series, DCM_ReferencedSOPSequence); ++i) {
        DcmItem* instance = dcm::sequenceItem(series, DCM_ReferencedSOPSequence, i);
        report.referencedInstanceUids << dcm::ascii(instance, DCM_ReferencedSOPInstanceUID);
        onlySeg = onlySeg && dcm::ascii(instance, DCM_ReferencedSOPClassUID) == QLatin1String(UID_SegmentationStorage);
      }
      if (!onlySeg && !report.referencedSeriesUids.contains(seriesUid)) report.referencedSeriesUids << seriesUid;
    }
  }
  return report;
}

}  // namespace

}  // namespace rc
