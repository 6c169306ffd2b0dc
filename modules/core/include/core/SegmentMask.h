#pragma once
// A binary mask of its own on a volume's grid: what an algorithm takes and returns (region
// growing, fill holes, margins, the ADC candidate), what a segment's voxels travel as to the
// case store (encode/decode). The segments of a label set live together in its LabelMap.

#include "core/IndexBox.h"
#include "core/Result.h"

#include <QByteArray>

#include <array>
#include <cstdint>
#include <optional>
#include <vector>

namespace rc {

// A binary mask on a volume's grid (i, j, k as in Volume). Slices are stored only where
// something is set: a nodule in a 300-slice CT costs a few slices, not the whole volume.
// Each slice keeps its voxel count and bounds, so count() and bounds() cost one step per
// slice; a write marks its slice stale until compact() (still right meanwhile, only slower).
class SegmentMask {
public:
  SegmentMask() = default;
  explicit SegmentMask(std::array<int, 3> dimensions);

  std::array<int, 3> dimensions() const { return dims_; }
  int width() const { return dims_[0]; }
  int height() const { return dims_[1]; }
  int sliceCount() const { return dims_[2]; }
  size_t sliceVoxelCount() const { return size_t(dims_[0]) * size_t(dims_[1]); }

  bool at(int i, int j, int k) const;
  void set(int i, int j, int k, bool on);
  // Slice k as width*height bytes of 0/1, or nullptr when nothing is set in it.
  const std::uint8_t* slice(int k) const;
  // Slice k for writing (allocated, zero-filled, on first use). Write only 0 or 1.
  std::uint8_t* sliceForWriting(int k);
  bool sliceIsEmpty(int k) const { return slice(k) == nullptr; }
  // Recounts the slices written since, and releases those that hold no set voxel any more.
  void compact();

  size_t count() const;  // voxels set
  size_t count(int k) const;  // voxels set in slice k
  bool isEmpty() const { return count() == 0; }
  // The box of the set voxels; nullopt when none is set.
  std::optional<IndexBox> bounds() const;

  bool operator==(const SegmentMask& other) const;
  bool operator!=(const SegmentMask& other) const { return !(*this == other); }

  // Compact binary form (run lengths per slice) for the case store.
  QByteArray encode() const;
  static Result<SegmentMask> decode(const QByteArray& bytes);

private:
  // Voxels set in a slice and their in-plane bounds; count < 0: not counted since written.
  struct SliceStats {
    std::int64_t count = 0;
    int i0 = 0, j0 = 0, i1 = -1, j1 = -1;
  };
  SliceStats statsOf(int k) const;
  void markWritten(int k) { stats_[size_t(k)].count = -1; }

  std::array<int, 3> dims_ = {0, 0, 0};
  std::vector<std::vector<std::uint8_t>> slices_;  // empty vector: nothing set in that slice
  std::vector<SliceStats> stats_;
};

}  // namespace rc
