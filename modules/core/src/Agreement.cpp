#include "core/Agreement.h"

#include "core/Parallel.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>

namespace rc {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

// A mask cut out of its volume: the box, and a byte per voxel of the box (x fastest).
struct DenseBox {
  IndexBox box;
  std::array<int, 3> dims = {0, 0, 0};
  std::vector<std::uint8_t> voxels;

  explicit DenseBox(const IndexBox& b) : box(b), dims{b.size(0), b.size(1), b.size(2)}, voxels(b.voxelCount(), 0) {}
  size_t index(int x, int y, int z) const { return (size_t(z) * size_t(dims[1]) + size_t(y)) * size_t(dims[0]) + size_t(x); }
};

DenseBox denseOf(const LabelMap& map, int segment, const IndexBox& box) {
  DenseBox dense(box);
  if (box.isEmpty()) return dense;
  for (int k = box.lo[2]; k <= box.hi[2]; ++k) {
    map.forEachRun(segment, k, [&](int j, int i0, int i1) {
      if (j < box.lo[1] || j > box.hi[1]) return;
      for (int i = std::max(i0, box.lo[0]); i <= std::min(i1, box.hi[0]); ++i)
        dense.voxels[dense.index(i - box.lo[0], j - box.lo[1], k - box.lo[2])] = 1;
    });
  }
  return dense;
}

DenseBox denseOf(const SegmentMask& mask, const IndexBox& box) {
  DenseBox dense(box);
  if (box.isEmpty()) return dense;
  for (int k = box.lo[2]; k <= box.hi[2]; ++k) {
    const std::uint8_t* plane = mask.slice(k);
    if (!plane) continue;
    for (int j = box.lo[1]; j <= box.hi[1]; ++j)
      for (int i = box.lo[0]; i <= box.hi[0]; ++i)
        if (plane[size_t(j) * size_t(mask.width()) + size_t(i)])
          dense.voxels[dense.index(i - box.lo[0], j - box.lo[1], k - box.lo[2])] = 1;
  }
  return dense;
}

// The mask's boundary: set voxels with a face neighbour that is not set. A neighbour outside
// the box is background exactly when it is outside the volume (the box was grown by one voxel
// wherever the volume allowed), as MONAI's erosion with border value 0 sees it.
std::vector<std::uint8_t> boundaryOf(const DenseBox& m) {
  std::vector<std::uint8_t> edge(m.voxels.size(), 0);
  const auto& d = m.dims;
  for (int z = 0; z < d[2]; ++z)
    for (int y = 0; y < d[1]; ++y)
      for (int x = 0; x < d[0]; ++x) {
        const size_t n = m.index(x, y, z);
        if (!m.voxels[n]) continue;
        const bool inner = x > 0 && x + 1 < d[0] && y > 0 && y + 1 < d[1] && z > 0 && z + 1 < d[2] && m.voxels[n - 1] &&
                           m.voxels[n + 1] && m.voxels[m.index(x, y - 1, z)] && m.voxels[m.index(x, y + 1, z)] &&
                           m.voxels[m.index(x, y, z - 1)] && m.voxels[m.index(x, y, z + 1)];
        edge[n] = inner ? 0 : 1;
      }
  return edge;
}

// One pass of the separable transform along a line: d[i] = min_q (w²(i-q)² + f[q]).
// Felzenszwalb & Huttenlocher's lower envelope of parabolas; f[q] = inf has none.
void envelope(const double* f, double* d, int n, double w2, std::vector<int>& v, std::vector<double>& z) {
  v.resize(size_t(n));
  z.resize(size_t(n) + 1);
  int k = -1;
  for (int q = 0; q < n; ++q) {
    if (!std::isfinite(f[q])) continue;
    if (k < 0) {
      k = 0;
      v[0] = q;
      z[0] = -kInf;
      z[1] = kInf;
      continue;
    }
    double s = 0;
    for (;;) {
      const int r = v[size_t(k)];
      s = ((f[q] + w2 * double(q) * q) - (f[r] + w2 * double(r) * r)) / (2.0 * w2 * double(q - r));
      if (s <= z[size_t(k)] && k > 0) {
        --k;
        continue;
      }
      break;
    }
    if (s <= z[size_t(k)]) {  // k == 0 and the new parabola is lower everywhere
      v[0] = q;
      z[0] = -kInf;
      z[1] = kInf;
      continue;
    }
    ++k;
    v[size_t(k)] = q;
    z[size_t(k)] = s;
    z[size_t(k) + 1] = kInf;
  }
  if (k < 0) {
    std::fill(d, d + n, kInf);
    return;
  }
  int j = 0;
  for (int q = 0; q < n; ++q) {
    while (z[size_t(j) + 1] < q) ++j;
    const double dq = double(q - v[size_t(j)]);
    d[q] = w2 * dq * dq + f[v[size_t(j)]];
  }
}

// Distances (mm) from every boundary voxel of `from` to the nearest boundary voxel of `to`.
std::vector<double> surfaceDistances(const std::vector<std::uint8_t>& from, const double* squaredToOther) {
  std::vector<double> out;
  for (size_t n = 0; n < from.size(); ++n)
    if (from[n]) out.push_back(std::sqrt(squaredToOther[n]));
  return out;
}

void squaredDistanceTransformInto(const std::vector<std::uint8_t>& feature, const std::array<int, 3>& dims, const Vec3& spacing,
                                  double* g);

MaskAgreement compareDense(const DenseBox& a, const DenseBox& b, const Vec3& spacing) {
  MaskAgreement r;
  for (size_t n = 0; n < a.voxels.size(); ++n) {
    r.voxelsA += a.voxels[n];
    r.voxelsB += b.voxels[n];
    r.voxelsBoth += a.voxels[n] & b.voxels[n];
  }
  const double voxelMl = spacing[0] * spacing[1] * spacing[2] / 1000.0;
  r.volumeAMl = double(r.voxelsA) * voxelMl;
  r.volumeBMl = double(r.voxelsB) * voxelMl;
  if (r.voxelsA + r.voxelsB > 0) r.dice = 2.0 * double(r.voxelsBoth) / double(r.voxelsA + r.voxelsB);
  if (r.voxelsA == 0 && r.voxelsB == 0) {
    r.hd95State = DistanceState::Undefined;
    return r;
  }
  if (r.voxelsA == 0 || r.voxelsB == 0) {
    r.hd95State = DistanceState::Infinite;
    return r;
  }
  const std::vector<std::uint8_t> edgeA = boundaryOf(a), edgeB = boundaryOf(b);
  // One buffer for both directions (not zeroed: the transform writes every value).
  const std::unique_ptr<double[]> squared(new double[edgeA.size()]);
  squaredDistanceTransformInto(edgeB, a.dims, spacing, squared.get());
  std::vector<double> ab = surfaceDistances(edgeA, squared.get());
  squaredDistanceTransformInto(edgeA, a.dims, spacing, squared.get());
  std::vector<double> ba = surfaceDistances(edgeB, squared.get());
  r.hd95State = DistanceState::Value;
  r.hd95Mm = std::max(percentile95(ab), percentile95(ba));
  return r;
}

}  // namespace

namespace {

// The transform into `g` (as many values as voxels), which callers reuse: an organ's box is
// tens of megabytes, and fresh pages cost more than the transform's first pass.
void squaredDistanceTransformInto(const std::vector<std::uint8_t>& feature, const std::array<int, 3>& dims, const Vec3& spacing,
                                  double* g) {
  const size_t total = size_t(dims[0]) * size_t(dims[1]) * size_t(dims[2]);
  if (total == 0) return;
  const size_t stride[3] = {1, size_t(dims[0]), size_t(dims[0]) * size_t(dims[1])};
  // Along i the input is binary: the squared distance to the nearest feature of the row, by a
  // scan each way (what the parabolas would give, at a fraction of their cost).
  const double wi = spacing[0];
  parallelFor(size_t(dims[2]), 0, [&](size_t k) {
    for (int j = 0; j < dims[1]; ++j) {
      const size_t base = k * stride[2] + size_t(j) * stride[1];
      const std::uint8_t* f = feature.data() + base;
      double* d = g + base;
      int last = -1;
      for (int i = 0; i < dims[0]; ++i) {
        if (f[i]) last = i;
        d[i] = last < 0 ? kInf : double(i - last);
      }
      last = -1;
      for (int i = dims[0] - 1; i >= 0; --i) {
        if (f[i]) last = i;
        if (last >= 0) d[i] = std::min(d[i], double(last - i));
        d[i] = std::isfinite(d[i]) ? (wi * d[i]) * (wi * d[i]) : kInf;
      }
    }
    return true;
  });
  for (int axis = 1; axis < 3; ++axis) {
    const int n = dims[size_t(axis)];
    const double w2 = spacing[size_t(axis)] * spacing[size_t(axis)];
    // The lines along `axis` are independent: spread over the cores by the outer of the other
    // two axes, the inner one the one nearest in memory (neighbouring lines share cache lines).
    const int outer = axis == 2 ? 1 : 2;
    const int inner = 0;
    parallelFor(size_t(dims[size_t(outer)]), 0, [&](size_t p) {
      std::vector<double> line(static_cast<size_t>(n)), out(static_cast<size_t>(n));
      std::vector<int> v;
      std::vector<double> z;
      for (int q = 0; q < dims[size_t(inner)]; ++q) {
        const size_t base = p * stride[outer] + size_t(q) * stride[inner];
        for (int i = 0; i < n; ++i) line[size_t(i)] = g[base + size_t(i) * stride[axis]];
        envelope(line.data(), out.data(), n, w2, v, z);
        for (int i = 0; i < n; ++i) g[base + size_t(i) * stride[axis]] = out[size_t(i)];
      }
      return true;
    });
  }
}

}  // namespace

std::vector<double> squaredDistanceTransform(const std::vector<std::uint8_t>& feature, const std::array<int, 3>& dims,
                                             const Vec3& spacing) {
  std::vector<double> g(size_t(dims[0]) * size_t(dims[1]) * size_t(dims[2]));
  squaredDistanceTransformInto(feature, dims, spacing, g.data());
  return g;
}

double percentile95(std::vector<double>& values) {
  if (values.empty()) return 0;
  const double position = 0.95 * double(values.size() - 1);
  const size_t lo = size_t(std::floor(position));
  const size_t hi = std::min(lo + 1, values.size() - 1);
  std::nth_element(values.begin(), values.begin() + std::ptrdiff_t(lo), values.end());
  const double low = values[lo];
  double high = low;
  if (hi != lo) high = *std::min_element(values.begin() + std::ptrdiff_t(lo) + 1, values.end());
  return low + (position - double(lo)) * (high - low);
}

MaskAgreement compareSegments(const LabelMap& a, int segmentA, const LabelMap& b, int segmentB, const Vec3& spacing) {
  IndexBox box;
  if (const auto ba = a.bounds(segmentA)) box = box.united(*ba);
  if (const auto bb = b.bounds(segmentB)) box = box.united(*bb);
  box = box.grown({1, 1, 1}, a.dimensions());
  return compareDense(denseOf(a, segmentA, box), denseOf(b, segmentB, box), spacing);
}

MaskAgreement compareMasks(const SegmentMask& a, const SegmentMask& b, const Vec3& spacing) {
  IndexBox box;
  if (const auto ba = a.bounds()) box = box.united(*ba);
  if (const auto bb = b.bounds()) box = box.united(*bb);
  box = box.grown({1, 1, 1}, a.dimensions());
  return compareDense(denseOf(a, box), denseOf(b, box), spacing);
}

// ---- boxes

double imageBoxIou(const ImageBox& a, const ImageBox& b) {
  if (!(a.image == b.image)) return 0;
  auto area = [](double l, double t, double r, double bt) { return std::max(0.0, r - l) * std::max(0.0, bt - t); };
  const double inter = area(std::max(a.left, b.left), std::max(a.top, b.top), std::min(a.right, b.right), std::min(a.bottom, b.bottom));
  const double uni = area(a.left, a.top, a.right, a.bottom) + area(b.left, b.top, b.right, b.bottom) - inter;
  return uni > 0 ? inter / uni : 0;
}

double volumeBoxIou(const VolumeBox& a, const VolumeBox& b) {
  if (a.frameOfReferenceUid != b.frameOfReferenceUid) return 0;
  double inter = 1, volumeA = 1, volumeB = 1;
  for (int axis = 0; axis < 3; ++axis) {
    const Vec3& e = a.edges[size_t(axis)];
    const double length = std::sqrt(e[0] * e[0] + e[1] * e[1] + e[2] * e[2]);
    if (length <= 0) return 0;
    const Vec3 u = {e[0] / length, e[1] / length, e[2] / length};
    auto along = [&](const Vec3& p) { return p[0] * u[0] + p[1] * u[1] + p[2] * u[2]; };
    const double a0 = along(a.origin), a1 = a0 + length;
    double b0 = kInf, b1 = -kInf;
    for (const Vec3& c : b.corners()) {
      b0 = std::min(b0, along(c));
      b1 = std::max(b1, along(c));
    }
    inter *= std::max(0.0, std::min(a1, b1) - std::max(a0, b0));
    volumeA *= a1 - a0;
    volumeB *= b1 - b0;
  }
  const double uni = volumeA + volumeB - inter;
  return uni > 0 ? inter / uni : 0;
}

std::vector<BoxMatch> matchBoxesGreedily(const std::vector<std::vector<double>>& iou) {
  std::vector<BoxMatch> candidates;
  for (size_t i = 0; i < iou.size(); ++i)
    for (size_t j = 0; j < iou[i].size(); ++j)
      if (iou[i][j] > 0) candidates.push_back({int(i), int(j), iou[i][j]});
  std::stable_sort(candidates.begin(), candidates.end(), [](const BoxMatch& x, const BoxMatch& y) { return x.iou > y.iou; });
  std::vector<bool> usedA(iou.size(), false), usedB;
  for (const auto& row : iou) usedB.resize(std::max(usedB.size(), row.size()), false);
  std::vector<BoxMatch> out;
  for (const BoxMatch& m : candidates) {
    if (usedA[size_t(m.a)] || usedB[size_t(m.b)]) continue;
    usedA[size_t(m.a)] = usedB[size_t(m.b)] = true;
    out.push_back(m);
  }
  return out;
}

// ---- consensus

SegmentMask majorityVote(const std::vector<SegmentMask>& masks) {
  if (masks.empty()) return SegmentMask();
  const auto dims = masks.front().dimensions();
  SegmentMask out(dims);
  const size_t plane = masks.front().sliceVoxelCount();
  std::vector<std::uint8_t> votes(plane);
  for (int k = 0; k < dims[2]; ++k) {
    std::fill(votes.begin(), votes.end(), std::uint8_t(0));
    bool any = false;
    for (const SegmentMask& m : masks) {
      const std::uint8_t* s = m.dimensions() == dims ? m.slice(k) : nullptr;
      if (!s) continue;
      any = true;
      for (size_t n = 0; n < plane; ++n) votes[n] = std::uint8_t(votes[n] + s[n]);
    }
    if (!any) continue;
    std::uint8_t* target = nullptr;
    for (size_t n = 0; n < plane; ++n) {
      if (2 * size_t(votes[n]) <= masks.size()) continue;
      if (!target) target = out.sliceForWriting(k);
      target[n] = 1;
    }
  }
  out.compact();
  return out;
}

}  // namespace rc
