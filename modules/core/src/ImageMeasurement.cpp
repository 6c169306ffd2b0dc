#include "core/ImageMeasurement.h"

#include <algorithm>
#include <cmath>

namespace rc {

QString measurementKindName(MeasurementKind kind) {
  switch (kind) {
    case MeasurementKind::Ellipse: return QStringLiteral("ellipse");
    case MeasurementKind::Rectangle: return QStringLiteral("rectangle");
    case MeasurementKind::Ruler: break;
  }
  return QStringLiteral("ruler");
}

std::optional<MeasurementKind> measurementKindFromName(const QString& name) {
  for (MeasurementKind k : {MeasurementKind::Ruler, MeasurementKind::Ellipse, MeasurementKind::Rectangle})
    if (measurementKindName(k) == name) return k;
  return std::nullopt;
}

std::pair<int, int> inPlaneAxes(int normalAxis) {
  switch (normalAxis) {
    case 0: return {1, 2};
    case 1: return {0, 2};
    default: return {0, 1};
  }
}

MeasurementValues measure(const Volume& volume, const ImageMeasurement& m) {
  MeasurementValues values;
  if (volume.modality == QLatin1String("CT") && volume.pixelType() != PixelType::Rgb8) values.unit = QStringLiteral("HU");
  const auto [u, v] = inPlaneAxes(m.normalAxis);
  const double su = volume.spacing[size_t(u)], sv = volume.spacing[size_t(v)];
  if (m.kind == MeasurementKind::Ruler) {
    // In patient space: the volume's axes are orthonormal, so this is the spacing-weighted
    // distance along every axis (the normal one included, for points on different slices).
    const Vec3 a = volume.indexToPatient(m.first[0], m.first[1], m.first[2]);
    const Vec3 b = volume.indexToPatient(m.second[0], m.second[1], m.second[2]);
    values.lengthMm = std::sqrt((a[0] - b[0]) * (a[0] - b[0]) + (a[1] - b[1]) * (a[1] - b[1]) + (a[2] - b[2]) * (a[2] - b[2]));
    return values;
  }
  const double u0 = std::min(m.first[size_t(u)], m.second[size_t(u)]), u1 = std::max(m.first[size_t(u)], m.second[size_t(u)]);
  const double v0 = std::min(m.first[size_t(v)], m.second[size_t(v)]), v1 = std::max(m.first[size_t(v)], m.second[size_t(v)]);
  values.widthMm = (u1 - u0) * su;
  values.heightMm = (v1 - v0) * sv;
  const bool ellipse = m.kind == MeasurementKind::Ellipse;
  values.areaMm2 = ellipse ? M_PI * values.widthMm * values.heightMm / 4.0 : values.widthMm * values.heightMm;
  const double cu = (u0 + u1) / 2, cv = (v0 + v1) / 2, ru = (u1 - u0) / 2, rv = (v1 - v0) / 2;
  const auto dims = volume.dimensions();
  if (m.slice < 0 || m.slice >= dims[size_t(m.normalAxis)]) return values;
  double sum = 0, sumSquares = 0;
  for (int j = std::max(0, int(std::ceil(v0))); j <= std::min(dims[size_t(v)] - 1, int(std::floor(v1))); ++j) {
    for (int i = std::max(0, int(std::ceil(u0))); i <= std::min(dims[size_t(u)] - 1, int(std::floor(u1))); ++i) {
      if (ellipse) {
        const double du = ru > 0 ? (i - cu) / ru : 0, dv = rv > 0 ? (j - cv) / rv : 0;
        if (du * du + dv * dv > 1.0) continue;
      }
      std::array<int, 3> voxel{};
      voxel[size_t(u)] = i;
      voxel[size_t(v)] = j;
      voxel[size_t(m.normalAxis)] = m.slice;
      const double value = volume.valueAt(voxel[0], voxel[1], voxel[2]);
      if (values.voxels == 0) values.min = values.max = value;
      values.min = std::min(values.min, value);
      values.max = std::max(values.max, value);
      sum += value;
      sumSquares += value * value;
      ++values.voxels;
    }
  }
  if (values.voxels > 0) {
    values.mean = sum / double(values.voxels);
    // Sample standard deviation (n - 1), as spreadsheet programs and ITK-SNAP report it.
    values.sd = values.voxels > 1 ? std::sqrt(std::max(0.0, (sumSquares - sum * values.mean) / double(values.voxels - 1))) : 0;
  }
  return values;
}

}  // namespace rc
