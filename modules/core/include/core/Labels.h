#pragma once
// Labels of one series: segments (binary masks on the series' voxel grid, with what they
// are) and findings (what the reader saw, where, and what was measured), plus who read it.
// This is the store's own model; DICOM SEG and SR are how it travels (modules/exchange).

#include "core/Coded.h"
#include "core/IndexBox.h"
#include "core/LabelMap.h"
#include "core/SegmentMask.h"
#include "core/Result.h"
#include "core/Volume.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <array>
#include <cstdint>
#include <optional>
#include <vector>

namespace rc {

// The colour a segment gets when nobody chose one (a SEG without a recommended colour).
inline constexpr std::array<std::uint8_t, 3> kDefaultSegmentColor = {230, 80, 60};
// A stable colour for segment n (0-based) when neither the vocabulary nor the file gives one:
// eight well-separated colours first, then hues a golden angle apart, so that 117 organs of
// an AI model stay told apart and a segment keeps its colour from one session to the next.
std::array<std::uint8_t, 3> segmentPaletteColor(int n);

enum class SegmentAlgorithm { Manual, Semiautomatic, Automatic };
QString segmentAlgorithmName(SegmentAlgorithm algorithm);  // "MANUAL", "SEMIAUTOMATIC", "AUTOMATIC"
std::optional<SegmentAlgorithm> segmentAlgorithmFromName(const QString& name);

struct Segment {
  int number = 0;  // 1, 2, ... within the series' labels
  QString label;
  QString description;
  CodedConcept category;        // Segmented Property Category (CID 7150), e.g. Morphologically Abnormal Structure
  CodedConcept type;            // Segmented Property Type (CID 7151), e.g. Nodule
  CodedConcept anatomicRegion;  // optional
  SegmentAlgorithm algorithm = SegmentAlgorithm::Manual;
  QString algorithmName;        // required unless manual
  std::array<std::uint8_t, 3> color = kDefaultSegmentColor;  // sRGB display colour
  QString trackingId;
  QString trackingUid;
  // A reader confirmed the segment (or made it). Segments an AI model or another tool made
  // come in unverified and stay out of exports until a reader confirms or edits them.
  bool verified = true;
  QString verifiedBy;
  QString verifiedAt;           // ISO 8601 UTC
  bool locked = false;          // no tool changes its voxels
};

// Which region of interest a measurement describes.
enum class MeasurementRegion { ImageBox, VolumeBox, Segment, None };


struct QualitativeEvaluation {
  CodedConcept concept;
  CodedConcept value;
};

// An image (or one frame of a multi-frame image).
struct ImageReference {
  QString sopClassUid;
  QString sopInstanceUid;
  int frame = 0;  // 1-based frame number; 0 = a single-frame image
  bool operator==(const ImageReference& o) const {
    return sopClassUid == o.sopClassUid && sopInstanceUid == o.sopInstanceUid && frame == o.frame;
  }
};

// What a reader drew to make a measurement (an SR SCOORD, or SCOORD3D): a line, the two
// axes' end points, an ellipse's four axis ends, an outline, a point.
enum class GraphicType { Point, Multipoint, Polyline, Polygon, Circle, Ellipse };
QString graphicTypeName(GraphicType type);  // the DICOM Graphic Type: "POINT", "POLYLINE", ...
std::optional<GraphicType> graphicTypeFromName(const QString& name);

struct Graphic {
  GraphicType type = GraphicType::Polyline;
  // On one image (SCOORD): (column, row) in the image's pixel coordinates, as ImageBox.
  ImageReference image;
  std::vector<std::array<double, 2>> points;
  // Or in 3D (SCOORD3D): patient coordinates (mm) in this frame of reference.
  QString frameOfReferenceUid;
  std::vector<Vec3> points3D;
  bool is3D() const { return !frameOfReferenceUid.isEmpty(); }
  size_t pointCount() const { return is3D() ? points3D.size() : points.size(); }
};

struct Measurement {
  CodedConcept concept;     // e.g. Long axis, Volume, Mean (with a derivation)
  double value = 0;
  CodedConcept unit;        // UCUM: ("mm", "UCUM", "millimeter"); another tool's is kept as written
  CodedConcept derivation;  // optional, e.g. Mean for a mean attenuation
  MeasurementRegion region = MeasurementRegion::None;
  std::optional<Graphic> graphic = std::nullopt;  // where it was measured (an SR's INFERRED FROM), when known
};

// False for units that are no physical quantity: pixels ("px", as some viewers write a
// length on an image without spacing), or a unit outside UCUM. Such values are kept as
// written and shown flagged: they cannot be compared with millimetres.
bool isPhysicalUnit(const CodedConcept& unit);


// A rectangle on one image, in image pixel coordinates (column, row) with (0, 0) at the
// top-left corner of the top-left pixel: the convention of SR spatial coordinates. The
// pixel spacing it was drawn with (row, column mm; 0 when the image has none) gives it in mm.
struct ImageBox {
  ImageReference image;
  double left = 0, top = 0, right = 0, bottom = 0;
  double rowSpacingMm = 0, columnSpacingMm = 0;
  double widthMm() const { return (right - left) * columnSpacingMm; }
  double heightMm() const { return (bottom - top) * rowSpacingMm; }
  bool operator==(const ImageBox& o) const {
    return image == o.image && left == o.left && top == o.top && right == o.right && bottom == o.bottom;
  }
};

// A bidirectional ruler: the long axis and the short axis across it, as end points in
// patient coordinates (mm), on one plane of the series.
struct AxisRuler {
  std::array<Vec3, 2> longAxis = {{{0, 0, 0}, {0, 0, 0}}};
  std::array<Vec3, 2> shortAxis = {{{0, 0, 0}, {0, 0, 0}}};
};

// A box in patient coordinates (mm, DICOM LPS): a corner and three edges (usually along the
// volume's axes, so the box follows a tilted acquisition).
struct VolumeBox {
  QString frameOfReferenceUid;
  Vec3 origin = {0, 0, 0};
  std::array<Vec3, 3> edges = {{{0, 0, 0}, {0, 0, 0}, {0, 0, 0}}};

  std::array<Vec3, 8> corners() const;
  // Inside or on the surface, within `tolerance` mm.
  bool contains(const Vec3& point, double tolerance = 1e-3) const;
  // The box around voxels imin..imax etc. of `volume` (voxel extents included).
  static VolumeBox aroundVoxels(const Volume& volume, const IndexBox& voxels);
};

struct Finding {
  QString trackingId;   // human-readable, unique in the series ("Nodule 1")
  QString trackingUid;  // stays with the finding across exports and readers
  CodedConcept finding;     // e.g. Malignant tumor of lung, Pneumonia, Nodule
  CodedConcept site;        // optional, e.g. Upper lobe of lung
  CodedConcept laterality;  // optional modifier of the site: Right / Left
  std::vector<CodedConcept> moreSites;  // further Finding Sites of another tool's report (e.g. OHIF's free-text label)
  std::vector<QualitativeEvaluation> evaluations;
  std::vector<Measurement> measurements;
  std::optional<ImageBox> imageBox;
  std::optional<VolumeBox> volumeBox;
  std::vector<Graphic> graphics;  // drawn without a measurement (another tool's arrow or point)
  int segmentNumber = 0;  // the segment this finding outlines; 0 = none
  // What the reader recorded beside the codes above (finding = finding type, site and
  // laterality = location).
  CodedConcept diseaseClass;  // chest: lung cancer, tuberculosis, pneumonia, ... normal
  CodedConcept certainty;     // optional
  QString comment;
  std::optional<double> longAxisMm;   // measured with the ruler, or typed
  std::optional<double> shortAxisMm;
  std::optional<AxisRuler> ruler;     // where the axes were measured
  QString reader;
  QString createdAt;  // ISO 8601 UTC
  QString updatedAt;
};

// One line per measurement of the finding ("Length 70 mm (drawn)"), a unit that is not
// physical flagged in the line: what a findings list shows beside the name.
QStringList describeMeasurements(const Finding& finding);

// The first number of the finding that is not finite (NaN or infinite: a measurement value,
// an axis length, a point, a box), described for a message; empty when all are. Such a
// value is refused where it enters, never stored (JSON would turn it into 0 mm).
QString impossibleValueIn(const Finding& finding);

// A SEG or SR read into a label set: never read twice, and an SR's segment references
// find their segments through the numbers its SEG's segments were given.
struct ImportedObject {
  QString sopInstanceUid;
  QString kind;  // "SEG" or "SR"
  std::vector<std::pair<int, int>> segmentNumbers;  // SEG: number in the SEG -> number in the set
  int storeNumber(int segNumber) const;             // 0 when the SEG has no such segment
};

// Everything labelled on one series.
struct LabelSet {
  QString seriesInstanceUid;  // the source series (its UID in the case store)
  QString observerName;       // the reader, as a DICOM person name
  CodedConcept procedure;     // the imaging procedure reported on
  std::vector<Segment> segments;
  // Every segment's voxels, on the source series' grid, in one shared map (core/LabelMap.h):
  // the segments' numbers are its segment numbers. Empty (0x0x0) until a segment has voxels.
  LabelMap voxels;
  std::vector<Finding> findings;
  std::vector<ImportedObject> importedObjects;
  // The reader looked and found nothing (a series without findings is not the same).
  bool noFinding = false;
  QString noFindingBy;
  QString noFindingAt;

  const ImportedObject* imported(const QString& sopInstanceUid) const;

  const Segment* segment(int number) const;
  Segment* segment(int number);
  const Finding* finding(const QString& trackingUid) const;
  int nextSegmentNumber() const;
  // Everything except the voxels, as JSON (they travel separately, a segment's as
  // voxels.extract(number).encode()).
  QJsonObject toJson() const;
  static Result<LabelSet> fromJson(const QJsonObject& json);
};

}  // namespace rc
