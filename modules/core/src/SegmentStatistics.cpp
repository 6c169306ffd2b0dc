#include "core/SegmentStatistics.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace rc {

namespace {

struct Point2 {
  double x, y;
};

double crossZ(const Point2& o, const Point2& a, const Point2& b) { return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x); }

// Convex hull (Andrew's monotone chain), counter-clockwise, no repeated points.
std::vector<Point2> convexHull(std::vector<Point2> p) {
  std::sort(p.begin(), p.end(), [](const Point2& a, const Point2& b) { return a.x < b.x || (a.x == b.x && a.y < b.y); });
  p.erase(std::unique(p.begin(), p.end(), [](const Point2& a, const Point2& b) { return a.x == b.x && a.y == b.y; }), p.end());
  if (p.size() < 3) return p;
  std::vector<Point2> hull(2 * p.size());
  size_t n = 0;
  for (const Point2& q : p) {
    while (n >= 2 && crossZ(hull[n - 2], hull[n - 1], q) <= 0) --n;
    hull[n++] = q;
  }
  for (size_t i = p.size() - 1, lower = n + 1; i-- > 0;) {
    while (n >= lower && crossZ(hull[n - 2], hull[n - 1], p[i]) <= 0) --n;
    hull[n++] = p[i];
  }
  hull.resize(n - 1);
  return hull;
}

// The corners of every edge voxel of slice k, in mm along the in-plane axes.
std::vector<Point2> edgeCorners(const std::uint8_t* s, int w, int h, double si, double sj) {
  std::vector<Point2> points;
  if (!s) return points;
  auto set = [&](int i, int j) { return i >= 0 && j >= 0 && i < w && j < h && s[size_t(j) * size_t(w) + size_t(i)]; };
  for (int j = 0; j < h; ++j)
    for (int i = 0; i < w; ++i) {
      if (!set(i, j) || (set(i - 1, j) && set(i + 1, j) && set(i, j - 1) && set(i, j + 1))) continue;
      for (int c = 0; c < 4; ++c) points.push_back({(i + (c & 1 ? 0.5 : -0.5)) * si, (j + (c & 2 ? 0.5 : -0.5)) * sj});
    }
  return points;
}

}  // namespace

SegmentStatistics segmentStatistics(const MaskSlices& mask, const Volume& volume) {
  SegmentStatistics st;
  if (mask.dimensions() != volume.dimensions() || mask.isEmpty()) return st;
  const auto dims = volume.dimensions();
  double sum = 0, sumSquares = 0;
  st.min = INFINITY, st.max = -INFINITY;
  for (int k = 0; k < dims[2]; ++k) {
    const std::uint8_t* s = mask.slice(k);
    if (!s) continue;
    for (int j = 0; j < dims[1]; ++j)
      for (int i = 0; i < dims[0]; ++i) {
        if (!s[size_t(j) * size_t(dims[0]) + size_t(i)]) continue;
        const double v = volume.valueAt(i, j, k);
        ++st.voxels;
        sum += v, sumSquares += v * v;
        st.min = std::min(st.min, v), st.max = std::max(st.max, v);
      }
    // The slice's diameter: the farthest pair of hull points (the hull is small).
    const std::vector<Point2> hull = convexHull(edgeCorners(s, dims[0], dims[1], volume.spacing[0], volume.spacing[1]));
    double best = 0;
    Point2 a{0, 0}, b{0, 0};
    for (size_t p = 0; p < hull.size(); ++p)
      for (size_t q = p + 1; q < hull.size(); ++q) {
        const double d = std::hypot(hull[p].x - hull[q].x, hull[p].y - hull[q].y);
        if (d > best) best = d, a = hull[p], b = hull[q];
      }
    if (best > st.longAxisMm) {
      st.longAxisMm = best;
      st.longAxisSlice = k;
      // Across the long axis: the hull's extent along the perpendicular direction.
      const double ux = (b.x - a.x) / best, uy = (b.y - a.y) / best;
      double lo = INFINITY, hi = -INFINITY;
      for (const Point2& p : hull) {
        const double along = -uy * p.x + ux * p.y;
        lo = std::min(lo, along), hi = std::max(hi, along);
      }
      st.shortAxisMm = hi - lo;
    }
  }
  const double n = double(st.voxels);
  st.mean = sum / n;
  st.sd = st.voxels > 1 ? std::sqrt(std::max(0.0, (sumSquares - sum * sum / n) / (n - 1))) : 0;
  st.volumeMl = n * volume.spacing[0] * volume.spacing[1] * volume.spacing[2] / 1000.0;
  return st;
}

}  // namespace rc
