#pragma once
// DICOM Structured Reports: TID 1500 Measurement Report (Comprehensive 3D SR), both ways.
//
// The report's frame (title, language, observer, procedure reported, image library) is made
// by DCMTK's TID 1500 class (dcmsr/cmr); the measurement groups are added with dcmsr's
// document tree, because DCMTK's classes do not cover TID 1410. Per finding:
// - TID 1410 Planar ROI group: the image box as a closed SCOORD POLYLINE on the referenced
//   image (and frame), with the measurements made on it;
// - TID 1411 Volumetric ROI group: the volume box as a SCOORD3D Volume Surface (its six
//   faces as closed POLYGONs in the frame of reference);
// - TID 1411 Volumetric ROI group: the SEG segment the finding outlines (Referenced Segment),
//   with volume and mean values;
// - a group per drawing the finding was measured on (a ruler's long and short axis, another
//   tool's line, ellipse or outline): each NUM INFERRED FROM its SCOORD (SELECTED FROM the
//   image) or SCOORD3D, as TID 300 allows and OHIF v3 requires; its Tracking Identifier is
//   "Cornerstone3DTools@^0.1.0:<Tool>:<name>", which is how OHIF picks the tool (a box needs
//   no prefix: Cornerstone recognises its closed 5-point Image Region, and its first NUM, the
//   box's area, is INFERRED FROM the box);
// - TID 1501 group when the finding has none of these (a whole-image classification).
// A finding that cannot be written (its box on an image outside the series, a segment the
// SEG lacks, a duplicate Tracking UID) is left out with the reason; the others are written.
// A finding without a Finding code gets the generic "Clinical finding".
// Every group carries the finding's Tracking Identifier and Tracking UID, the Finding code
// and the Finding Site (with laterality); qualitative evaluations go with the first group,
// and so does what the reader recorded beside the codes: the disease class as a Diagnosis
// (SCT 439401001) evaluation, the certainty (99RADCUR CERTAINTY), the long and short axis
// (SCT 103339001 / 103340004, mm) and the comment (TEXT, DCM 121106). The reader maps these
// back into the finding's fields.
// Readers (highdicom, dcmqi, OHIF) pair the groups of one finding by the Tracking UID, as
// readMeasurementReport does.

#include "core/Labels.h"
#include "core/Result.h"
#include "core/SegmentStatistics.h"
#include "core/Volume.h"
#include "exchange/Seg.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace rc {

// The codes of what a report says beside the finding code (see above), and of the segment
// statistics a TID 1411 group carries.
namespace srcodes {
CodedConcept diagnosis();
CodedConcept certainty();
CodedConcept comment();
CodedConcept longAxis();
CodedConcept shortAxis();
CodedConcept normal();           // the finding of a series marked "no finding"
CodedConcept clinicalFinding();  // the finding code when the reader gave neither type nor class
}  // namespace srcodes

// Volume (mL), mean, SD, minimum and maximum (HU on CT, pixel value otherwise) and the
// maximum in-plane diameter of a segment, as measurements of its TID 1411 group.
std::vector<Measurement> segmentMeasurements(const SegmentStatistics& statistics, bool hounsfield);

struct SrWriteOptions {
  QString seriesDescription = QStringLiteral("RadCurator measurements");
  int seriesNumber = 901;
  // Given: the object's UIDs (the same labels exported again are the same object); empty: new.
  QString sopInstanceUid, seriesInstanceUid;
};

// The SEG a report's "Referenced Segment" items point to.
struct SegmentationReference {
  QString sopClassUid;
  QString sopInstanceUid;
  QString seriesInstanceUid;
  std::vector<std::pair<int, int>> segmentNumbers;  // store number -> number in the SEG
};

// Writes the findings of `labels` on `source`. Findings that name a segment need `segmentation`.
Result<WrittenObject> writeMeasurementReport(const Volume& source, const LabelSet& labels,
                                             const SegmentationReference* segmentation, const QString& outputFile,
                                             const SrWriteOptions& options = {});

struct ReadReport {
  QString sopInstanceUid;
  QString studyInstanceUid;
  QString observerName;
  CodedConcept procedure;
  std::vector<Finding> findings;      // segment numbers are those of the referenced SEG
  QString segmentationUid;            // the SEG the findings' segments are in (if any)
  QStringList referencedSeriesUids;   // series of the images the report refers to
  QStringList referencedInstanceUids; // every image and object it refers to (the evidence)
};

// Reads a TID 1500 report (ours or another tool's). Other SR documents are refused with the reason.
// Measurements keep the SCOORD/SCOORD3D they were INFERRED FROM (and its image); every Finding
// Site is kept; findings are named by their Tracking Identifier, for Cornerstone's tool
// identifiers by the label (comment or free-text site) or the tool, unique in the report.
Result<ReadReport> readMeasurementReport(const QString& file);

}  // namespace rc
