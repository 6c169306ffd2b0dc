#pragma once
// A box of 0/1 voxels on a volume's grid: what a tool or an operation (region growing,
// fill holes, margins, interpolation) computes for a segment, before the label editor
// applies it. i runs fastest, then j, then k, over the box only.

#include "core/IndexBox.h"
#include "core/MaskSlices.h"

#include <cstdint>
#include <vector>

namespace rc {

struct BoxMask {
  IndexBox box;
  std::vector<std::uint8_t> bits;  // box.voxelCount() bytes of 0/1

  BoxMask() = default;
  explicit BoxMask(const IndexBox& b) : box(b), bits(b.voxelCount(), 0) {}

  size_t offset(int i, int j, int k) const {
    return (size_t(k - box.lo[2]) * size_t(box.size(1)) + size_t(j - box.lo[1])) * size_t(box.size(0)) + size_t(i - box.lo[0]);
  }
  bool at(int i, int j, int k) const { return box.contains(i, j, k) && bits[offset(i, j, k)] != 0; }
  void set(int i, int j, int k, bool on) {
    if (box.contains(i, j, k)) bits[offset(i, j, k)] = on ? 1 : 0;
  }
  size_t count() const {
    size_t n = 0;
    for (std::uint8_t b : bits) n += b != 0;
    return n;
  }

  // The part of `mask` inside `box`.
  static BoxMask of(const MaskSlices& mask, const IndexBox& box) {
    BoxMask out(box);
    for (int k = box.lo[2]; k <= box.hi[2]; ++k) {
      const std::uint8_t* s = mask.slice(k);
      if (!s) continue;
      for (int j = box.lo[1]; j <= box.hi[1]; ++j) {
        const std::uint8_t* row = s + size_t(j) * size_t(mask.width());
        std::uint8_t* dst = out.bits.data() + out.offset(box.lo[0], j, k);
        for (int i = box.lo[0]; i <= box.hi[0]; ++i) dst[i - box.lo[0]] = row[i] ? 1 : 0;
      }
    }
    return out;
  }
};

}  // namespace rc
