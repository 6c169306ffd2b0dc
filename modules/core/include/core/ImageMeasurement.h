#pragma once
// Measurements a reader makes on one plane of a series: a ruler, an ellipse or a rectangle
// ROI. They are kept with the series (the store) and listed beside the images; their values
// are always computed from the voxels, never stored.

#include "core/Volume.h"

#include <QString>

#include <optional>

namespace rc {

enum class MeasurementKind { Ruler, Ellipse, Rectangle };
QString measurementKindName(MeasurementKind kind);  // "ruler", "ellipse", "rectangle"
std::optional<MeasurementKind> measurementKindFromName(const QString& name);

struct ImageMeasurement {
  qint64 id = 0;            // the store's; 0 until saved
  MeasurementKind kind = MeasurementKind::Ruler;
  int normalAxis = 2;       // the plane: index axis through its slices
  int slice = 0;            // index along that axis
  Vec3 first{0, 0, 0};      // continuous voxel index: ruler ends, or opposite corners of the ROI's box
  Vec3 second{0, 0, 0};
  QString label;
  QString createdBy;
  QString createdAt;        // ISO 8601 UTC
};

struct MeasurementValues {
  double lengthMm = 0;      // ruler
  double areaMm2 = 0;       // ROIs
  double widthMm = 0;       // ROIs: along the first in-plane axis
  double heightMm = 0;      //        and the second
  qint64 voxels = 0;        // ROIs: voxels whose centre lies inside
  double mean = 0, sd = 0, min = 0, max = 0;
  QString unit;             // "HU" for CT
};

// Lengths in millimetres (the volume's spacing); ROI statistics over the voxels of the slice
// whose centres lie inside the shape, in the image's real-world unit.
MeasurementValues measure(const Volume& volume, const ImageMeasurement& m);

// The in-plane axes of a plane (the two index axes other than `normalAxis`, in order).
std::pair<int, int> inPlaneAxes(int normalAxis);

}  // namespace rc
