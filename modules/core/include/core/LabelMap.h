#pragma once
// The voxels of one label set: every segment's mask in one shared representation, as 3D
// Slicer's shared labelmap layers and ITK-SNAP's label image keep them.
//
// A layer is a map of small values (1..255) on the series grid; each segment is one value in
// one layer. Segments that do not overlap share a layer, so 117 organs of an AI model cost one
// byte per voxel they cover, not one plane per slice per segment; only a segment that truly
// overlaps another gets a layer of its own (most sets stay one layer). A layer is stored in
// tiles of 32x32 voxels per slice, allocated on first write and released when they empty
// again: a nodule costs the tiles it touches, an empty region nothing.
//
// Reads go by segment (at, a slice filled as 0/1, runs of rows, count, bounds) or by layer
// (the overlay and the statistics of all segments in one pass). LabelEditor remains the only
// writer the tools use; set() keeps each segment's membership exact whatever the others hold
// (a voxel another segment of the same layer holds moves this segment to a free layer).

#include "core/IndexBox.h"
#include "core/SegmentMask.h"

#include <array>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace rc {

class LabelLayer {
public:
  static constexpr int kTile = 32;  // tiles of kTile x kTile voxels of one slice

  explicit LabelLayer(std::array<int, 3> dimensions = {0, 0, 0});
  LabelLayer(LabelLayer&&) noexcept = default;
  LabelLayer& operator=(LabelLayer&&) noexcept = default;
  LabelLayer(const LabelLayer& other);
  LabelLayer& operator=(const LabelLayer& other);

  std::uint8_t at(int i, int j, int k) const;
  // Writes `value`; returns the value the voxel had.
  std::uint8_t set(int i, int j, int k, std::uint8_t value);

  int tilesX() const { return tilesX_; }
  int tilesY() const { return tilesY_; }
  // Tile (tx, ty) of slice k, kTile*kTile values row by row; nullptr where nothing is set.
  const std::uint8_t* tile(int k, int tx, int ty) const;
  bool sliceIsEmpty(int k) const;
  size_t bytes() const;  // memory held by the tiles and their tables

private:
  struct Tile {
    std::array<std::uint8_t, kTile * kTile> values{};
    int nonZero = 0;
  };
  std::array<int, 3> dims_ = {0, 0, 0};
  int tilesX_ = 0, tilesY_ = 0;
  std::vector<std::vector<std::unique_ptr<Tile>>> slices_;  // per slice: its tiles (none until written)
  std::vector<int> tilesInSlice_;
};

class LabelMap {
public:
  explicit LabelMap(std::array<int, 3> dimensions = {0, 0, 0});

  std::array<int, 3> dimensions() const { return dims_; }
  int width() const { return dims_[0]; }
  int height() const { return dims_[1]; }
  int sliceCount() const { return dims_[2]; }
  size_t sliceVoxelCount() const { return size_t(dims_[0]) * size_t(dims_[1]); }

  // Segments by number; a segment known here may have no voxels.
  bool has(int segment) const { return segments_.count(segment) > 0; }
  void addSegment(int segment);
  void removeSegment(int segment);  // its voxels go with it
  std::vector<int> segmentNumbers() const;

  bool at(int segment, int i, int j, int k) const;
  void set(int segment, int i, int j, int k, bool on);
  // Voxels iFirst..iLast of row (j, k) join the segment: one look-up for the run.
  void setRun(int segment, int iFirst, int iLast, int j, int k);
  // The segments that hold voxel (i, j, k) (one per layer at most).
  std::vector<int> segmentsAt(int i, int j, int k) const;
  void clear(int segment);  // every voxel of the segment goes; the segment stays

  size_t count(int segment) const;
  size_t count(int segment, int k) const;
  bool isEmpty(int segment) const { return count(segment) == 0; }
  bool sliceIsEmpty(int segment, int k) const { return count(segment, k) == 0; }
  // The box of the segment's voxels; nullopt when it has none.
  std::optional<IndexBox> bounds(int segment) const;

  // Slice k of the segment as width*height bytes of 0/1 (`plane` must hold that many).
  void fillSlice(int segment, int k, std::uint8_t* plane) const;
  // Every voxel of the segment in slice k, as runs along i: run(j, iFirst, iLast).
  template <typename Run>
  void forEachRun(int segment, int k, Run run) const;

  // Adds the voxels set in `plane` (width*height bytes, non-zero = set) to slice k of the
  // segment: one look-up of the segment for the whole slice (a SEG frame, a decoded slice).
  void addSlice(int segment, int k, const std::uint8_t* plane);
  // Whether any voxel is held by two or more of `segments`.
  bool overlaps(const std::vector<int>& segments) const;

  // The segment as a mask of its own (the store's encoding, algorithms that take a mask),
  // and back: `assign` replaces the segment's voxels with the mask's.
  SegmentMask extract(int segment) const;
  void assign(int segment, const SegmentMask& mask);
  bool sameVoxels(int segment, const SegmentMask& mask) const;

  // The layers, for readers of every segment at once (overlay, statistics).
  int layerCount() const { return int(layers_.size()); }
  const LabelLayer& layer(int index) const { return layers_[size_t(index)]; }
  // Where a segment lives: its layer (-1: no voxels placed yet) and value.
  std::pair<int, std::uint8_t> placement(int segment) const;
  // The segment a layer's value stands for (0: none).
  int segmentOf(int layer, std::uint8_t value) const;

  size_t bytes() const;

private:
  struct Entry {
    int layer = -1;
    std::uint8_t value = 0;
    size_t count = 0;
    std::vector<std::int64_t> perSlice;  // voxels per slice (empty until the first voxel)
    mutable std::optional<std::optional<IndexBox>> bounds;  // cached; reset by any write
  };
  struct LayerSlots {
    std::array<int, 256> segmentOf{};  // value -> segment number (0: free)
    int used = 0;
  };

  Entry& entry(int segment);
  const Entry* find(int segment) const;
  // A layer with a free value where every voxel of `voxels` is free; a new one if none is.
  int layerFor(const std::vector<std::array<int, 3>>& voxels, int exclude);
  void place(int segment, Entry& e, int layer);
  void unplace(Entry& e);
  std::vector<std::array<int, 3>> voxelsOf(const Entry& e) const;
  void count(Entry& e, int k, int delta);
  // Sets the voxel in the segment's own layer when that is all it takes (the voxel is free
  // there, or already the segment's); false when the segment must move to another layer.
  bool setInOwnLayer(Entry& e, int i, int j, int k);

  std::array<int, 3> dims_;
  std::vector<LabelLayer> layers_;
  std::vector<LayerSlots> slots_;
  std::map<int, Entry> segments_;
};

template <typename Run>
void LabelMap::forEachRun(int segment, int k, Run run) const {
  const Entry* e = find(segment);
  if (!e || e->layer < 0 || e->perSlice.empty() || e->perSlice[size_t(k)] == 0) return;
  const LabelLayer& layer = layers_[size_t(e->layer)];
  const int t = LabelLayer::kTile;
  for (int ty = 0; ty < layer.tilesY(); ++ty) {
    for (int row = 0; row < t; ++row) {
      const int j = ty * t + row;
      if (j >= dims_[1]) break;
      int start = -1;
      for (int tx = 0; tx < layer.tilesX(); ++tx) {
        const std::uint8_t* tile = layer.tile(k, tx, ty);
        for (int c = 0; c < t; ++c) {
          const int i = tx * t + c;
          if (i >= dims_[0]) break;
          const bool on = tile && tile[row * t + c] == e->value;
          if (on && start < 0) start = i;
          if (!on && start >= 0) run(j, start, i - 1), start = -1;
        }
      }
      if (start >= 0) run(j, start, dims_[0] - 1);
    }
  }
}

}  // namespace rc
