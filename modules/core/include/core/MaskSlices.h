#pragma once
// One segment read slice by slice, wherever its voxels are: a SegmentMask of its own, or a
// segment of a label set's shared LabelMap. Readers that work a slice at a time (statistics,
// the SEG writer, the ITK bridge, the ADC statistics, surfaces) take this, so they need no
// copy of a segment as a whole volume of planes.
//
// slice(k) returns a plane of width*height bytes of 0/1, or nullptr where the slice is empty;
// a plane from a LabelMap is filled into the reader's own buffer, valid until the next
// slice() call on the same reader (use two readers for two slices at once).

#include "core/IndexBox.h"
#include "core/LabelMap.h"
#include "core/SegmentMask.h"

#include <array>
#include <cstdint>
#include <optional>
#include <vector>

namespace rc {

class MaskSlices {
public:
  MaskSlices(const SegmentMask& mask) : mask_(&mask), dims_(mask.dimensions()) {}  // NOLINT: implicit on purpose
  MaskSlices(const LabelMap& map, int segment) : map_(&map), segment_(segment), dims_(map.dimensions()) {}

  std::array<int, 3> dimensions() const { return dims_; }
  int width() const { return dims_[0]; }
  int height() const { return dims_[1]; }
  int sliceCount() const { return dims_[2]; }
  size_t sliceVoxelCount() const { return size_t(dims_[0]) * size_t(dims_[1]); }

  size_t count() const { return mask_ ? mask_->count() : map_->count(segment_); }
  size_t count(int k) const { return mask_ ? mask_->count(k) : map_->count(segment_, k); }
  bool isEmpty() const { return count() == 0; }
  bool sliceIsEmpty(int k) const { return mask_ ? mask_->sliceIsEmpty(k) : map_->sliceIsEmpty(segment_, k); }
  std::optional<IndexBox> bounds() const { return mask_ ? mask_->bounds() : map_->bounds(segment_); }
  bool at(int i, int j, int k) const { return mask_ ? mask_->at(i, j, k) : map_->at(segment_, i, j, k); }

  const std::uint8_t* slice(int k) const {
    if (mask_) return mask_->slice(k);
    if (map_->sliceIsEmpty(segment_, k)) return nullptr;
    plane_.resize(sliceVoxelCount());
    map_->fillSlice(segment_, k, plane_.data());
    return plane_.data();
  }

  // The whole segment as a mask of its own (a copy where it lives in a LabelMap).
  SegmentMask toMask() const { return mask_ ? *mask_ : map_->extract(segment_); }

private:
  const SegmentMask* mask_ = nullptr;
  const LabelMap* map_ = nullptr;
  int segment_ = 0;
  std::array<int, 3> dims_ = {0, 0, 0};
  mutable std::vector<std::uint8_t> plane_;
};

}  // namespace rc
