#include "viewmodel/Outlines.h"

#include <algorithm>
#include <cmath>

namespace rc {

std::vector<Vec3> volumeBoxOutline(const Volume& volume, const VolumeBox& box, int normalAxis, double slice) {
  // The box's corners in index space; its 12 edges join corners that differ in one bit.
  const auto corners = box.corners();
  std::array<Vec3, 8> index{};
  for (size_t c = 0; c < 8; ++c) index[c] = volume.patientToIndex(corners[c]);
  std::vector<Vec3> points;
  const size_t n = size_t(normalAxis);
  auto addPoint = [&](const Vec3& p) {
    for (const Vec3& q : points)
      if (std::abs(q[0] - p[0]) < 1e-6 && std::abs(q[1] - p[1]) < 1e-6 && std::abs(q[2] - p[2]) < 1e-6) return;
    points.push_back(p);
  };
  for (int a = 0; a < 8; ++a) {
    for (int bit : {1, 2, 4}) {
      const int b = a | bit;
      if (b == a) continue;
      const Vec3& p = index[size_t(a)];
      const Vec3& q = index[size_t(b)];
      const double dp = p[n] - slice, dq = q[n] - slice;
      if (std::abs(dp) < 1e-9 && std::abs(dq) < 1e-9) {  // the edge lies in the plane
        addPoint(p);
        addPoint(q);
      } else if ((dp <= 0 && dq >= 0) || (dp >= 0 && dq <= 0)) {
        const double t = dp / (dp - dq);
        addPoint({p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1]), p[2] + t * (q[2] - p[2])});
      }
    }
  }
  if (points.size() < 3) return {};
  // Order the cut's corners around their centre (the cut of a convex box is convex).
  const int u = normalAxis == 0 ? 1 : 0, v = normalAxis == 2 ? 1 : 2;
  double cu = 0, cv = 0;
  for (const Vec3& p : points) cu += p[size_t(u)], cv += p[size_t(v)];
  cu /= double(points.size());
  cv /= double(points.size());
  std::sort(points.begin(), points.end(), [&](const Vec3& a, const Vec3& b) {
    return std::atan2(a[size_t(v)] - cv, a[size_t(u)] - cu) < std::atan2(b[size_t(v)] - cv, b[size_t(u)] - cu);
  });
  return points;
}

namespace {

// Whether `image` is the image shown as slice `slice` (axial views only).
bool isSliceImage(const Volume& volume, const ImageReference& image, int normalAxis, int slice) {
  if (normalAxis != 2 || slice < 0 || slice >= volume.sliceCount()) return false;
  if (volume.slices.empty()) return true;
  if (volume.slices.size() <= size_t(slice)) return false;
  const SliceSource& s = volume.slices[size_t(slice)];
  const int frame = s.framesInFile > 1 ? s.frame + 1 : 0;
  return s.sopInstanceUid == image.sopInstanceUid && (image.frame == 0 || image.frame == frame);
}

// The closed polygon around an ellipse given by the ends of its two axes (or a circle by
// its centre and a point on it).
std::vector<Vec3> roundOutline(const Vec3& centre, const Vec3& a, const Vec3& b) {
  std::vector<Vec3> out;
  constexpr int kSteps = 48;
  for (int n = 0; n < kSteps; ++n) {
    const double t = 2 * M_PI * n / kSteps, c = std::cos(t), s = std::sin(t);
    out.push_back({centre[0] + c * a[0] + s * b[0], centre[1] + c * a[1] + s * b[1], centre[2] + c * a[2] + s * b[2]});
  }
  return out;
}

}  // namespace

DrawnOutline graphicOutline(const Volume& volume, const Graphic& graphic, int normalAxis, int slice) {
  std::vector<Vec3> points;
  if (graphic.is3D()) {
    if (graphic.frameOfReferenceUid != volume.frameOfReferenceUid) return {};
    for (const Vec3& p : graphic.points3D) {
      Vec3 index = volume.patientToIndex(p);
      if (std::abs(index[size_t(normalAxis)] - slice) > 0.5) return {};
      index[size_t(normalAxis)] = slice;
      points.push_back(index);
    }
  } else {
    if (!isSliceImage(volume, graphic.image, normalAxis, slice)) return {};
    // SR pixel coordinates put (0,0) at the top-left corner of the top-left pixel.
    for (const auto& p : graphic.points) points.push_back({p[0] - 0.5, p[1] - 0.5, double(slice)});
  }
  if (points.empty()) return {};
  auto half = [](const Vec3& p, const Vec3& q) { return Vec3{(q[0] - p[0]) / 2, (q[1] - p[1]) / 2, (q[2] - p[2]) / 2}; };
  auto mid = [](const Vec3& p, const Vec3& q) { return Vec3{(p[0] + q[0]) / 2, (p[1] + q[1]) / 2, (p[2] + q[2]) / 2}; };
  switch (graphic.type) {
    case GraphicType::Ellipse:
      if (points.size() == 4) return {roundOutline(mid(points[0], points[1]), half(points[0], points[1]), half(points[2], points[3])), true};
      break;
    case GraphicType::Circle:
      if (points.size() == 2) {
        const Vec3 r = {points[1][0] - points[0][0], points[1][1] - points[0][1], points[1][2] - points[0][2]};
        // The second radius in the view's plane, across the first.
        const Vec3 across = normalAxis == 2 ? Vec3{-r[1], r[0], 0} : normalAxis == 1 ? Vec3{-r[2], 0, r[0]} : Vec3{0, -r[2], r[1]};
        return {roundOutline(points[0], r, across), true};
      }
      break;
    case GraphicType::Polygon: return {points, true};
    case GraphicType::Point:
    case GraphicType::Multipoint:
    case GraphicType::Polyline: break;
  }
  return {points, false};
}

std::vector<Vec3> imageBoxOutline(const Volume& volume, const ImageBox& box, int normalAxis, int slice) {
  if (!isSliceImage(volume, box.image, normalAxis, slice)) return {};
  // SR pixel coordinates put (0,0) at the top-left corner of the top-left pixel; voxel
  // indices at its centre.
  const double k = slice;
  return {{box.left - 0.5, box.top - 0.5, k}, {box.right - 0.5, box.top - 0.5, k},
          {box.right - 0.5, box.bottom - 0.5, k}, {box.left - 0.5, box.bottom - 0.5, k}};
}

}  // namespace rc
