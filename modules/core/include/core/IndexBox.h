#pragma once
// A box of voxel indices, bounds included: what an edit touched, where a mask has voxels,
// which part of a plane to redraw. Empty when any hi < lo.

#include <algorithm>
#include <array>
#include <cstddef>

namespace rc {

struct IndexBox {
  std::array<int, 3> lo = {0, 0, 0};
  std::array<int, 3> hi = {-1, -1, -1};

  static IndexBox empty() { return {}; }
  static IndexBox of(const std::array<int, 3>& dimensions) {
    return {{0, 0, 0}, {dimensions[0] - 1, dimensions[1] - 1, dimensions[2] - 1}};
  }
  bool isEmpty() const { return hi[0] < lo[0] || hi[1] < lo[1] || hi[2] < lo[2]; }
  int size(int axis) const { return isEmpty() ? 0 : hi[size_t(axis)] - lo[size_t(axis)] + 1; }
  size_t voxelCount() const { return isEmpty() ? 0 : size_t(size(0)) * size_t(size(1)) * size_t(size(2)); }
  bool contains(int i, int j, int k) const {
    return i >= lo[0] && i <= hi[0] && j >= lo[1] && j <= hi[1] && k >= lo[2] && k <= hi[2];
  }

  // Grows the box to take in voxel (i, j, k).
  void include(int i, int j, int k) {
    if (isEmpty()) {
      lo = hi = {i, j, k};
      return;
    }
    lo = {std::min(lo[0], i), std::min(lo[1], j), std::min(lo[2], k)};
    hi = {std::max(hi[0], i), std::max(hi[1], j), std::max(hi[2], k)};
  }
  IndexBox united(const IndexBox& o) const {
    if (isEmpty()) return o;
    if (o.isEmpty()) return *this;
    return {{std::min(lo[0], o.lo[0]), std::min(lo[1], o.lo[1]), std::min(lo[2], o.lo[2])},
            {std::max(hi[0], o.hi[0]), std::max(hi[1], o.hi[1]), std::max(hi[2], o.hi[2])}};
  }
  IndexBox intersected(const IndexBox& o) const {
    IndexBox r{{std::max(lo[0], o.lo[0]), std::max(lo[1], o.lo[1]), std::max(lo[2], o.lo[2])},
               {std::min(hi[0], o.hi[0]), std::min(hi[1], o.hi[1]), std::min(hi[2], o.hi[2])}};
    return r.isEmpty() ? IndexBox{} : r;
  }
  // Grown by `margin` voxels on every side (per axis), then kept inside `dimensions`.
  IndexBox grown(const std::array<int, 3>& margin, const std::array<int, 3>& dimensions) const {
    if (isEmpty()) return *this;
    IndexBox r{{lo[0] - margin[0], lo[1] - margin[1], lo[2] - margin[2]},
               {hi[0] + margin[0], hi[1] + margin[1], hi[2] + margin[2]}};
    return r.intersected(of(dimensions));
  }
  bool operator==(const IndexBox& o) const { return (isEmpty() && o.isEmpty()) || (lo == o.lo && hi == o.hi); }
  bool operator!=(const IndexBox& o) const { return !(*this == o); }
};

}  // namespace rc
