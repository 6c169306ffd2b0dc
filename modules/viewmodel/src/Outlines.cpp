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

std::vector<Vec3> imageBoxOutline(const Volume& volume, const ImageBox& box, int normalAxis, int slice) {
  if (normalAxis != 2 || slice < 0 || slice >= volume.sliceCount()) return {};
  const SliceSource& s = volume.slices.size() > size_t(slice) ? volume.slices[size_t(slice)] : SliceSource{};
  const int frame = s.framesInFile > 1 ? s.frame + 1 : 0;
  const bool thisImage = volume.slices.empty() || (s.sopInstanceUid == box.image.sopInstanceUid &&
                                                   (box.image.frame == 0 || box.image.frame == frame));
  if (!thisImage) return {};
  // SR pixel coordinates put (0,0) at the top-left corner of the top-left pixel; voxel
  // indices at its centre.
  const double k = slice;
  return {{box.left - 0.5, box.top - 0.5, k}, {box.right - 0.5, box.top - 0.5, k},
          {box.right - 0.5, box.bottom - 0.5, k}, {box.left - 0.5, box.bottom - 0.5, k}};
}

}  // namespace rc
