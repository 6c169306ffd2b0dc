#include "core/LabelMap.h"

#include <algorithm>
#include <cstring>

namespace rc {

// ---- LabelLayer ------------------------------------------------------------------------------

LabelLayer::LabelLayer(std::array<int, 3> dimensions) : dims_(dimensions) {
  tilesX_ = (dims_[0] + kTile - 1) / kTile;
  tilesY_ = (dims_[1] + kTile - 1) / kTile;
  slices_.resize(size_t(std::max(0, dims_[2])));
  tilesInSlice_.assign(size_t(std::max(0, dims_[2])), 0);
}

LabelLayer::LabelLayer(const LabelLayer& other)
    : dims_(other.dims_), tilesX_(other.tilesX_), tilesY_(other.tilesY_), tilesInSlice_(other.tilesInSlice_) {
  slices_.resize(other.slices_.size());
  for (size_t k = 0; k < other.slices_.size(); ++k) {
    if (other.slices_[k].empty()) continue;
    slices_[k].resize(other.slices_[k].size());
    for (size_t t = 0; t < other.slices_[k].size(); ++t)
      if (other.slices_[k][t]) slices_[k][t] = std::make_unique<Tile>(*other.slices_[k][t]);
  }
}

LabelLayer& LabelLayer::operator=(const LabelLayer& other) {
  if (this != &other) *this = LabelLayer(other);
  return *this;
}

std::uint8_t LabelLayer::at(int i, int j, int k) const {
  const auto& tiles = slices_[size_t(k)];
  if (tiles.empty()) return 0;
  const Tile* tile = tiles[size_t((j / kTile) * tilesX_ + i / kTile)].get();
  return tile ? tile->values[size_t((j % kTile) * kTile + i % kTile)] : 0;
}

std::uint8_t LabelLayer::set(int i, int j, int k, std::uint8_t value) {
  auto& tiles = slices_[size_t(k)];
  if (tiles.empty()) {
    if (value == 0) return 0;
    tiles.resize(size_t(tilesX_) * size_t(tilesY_));
  }
  auto& tile = tiles[size_t((j / kTile) * tilesX_ + i / kTile)];
  if (!tile) {
    if (value == 0) return 0;
    tile = std::make_unique<Tile>();
    ++tilesInSlice_[size_t(k)];
  }
  std::uint8_t& v = tile->values[size_t((j % kTile) * kTile + i % kTile)];
  const std::uint8_t old = v;
  v = value;
  tile->nonZero += (value != 0) - (old != 0);
  if (tile->nonZero == 0) {
    tile.reset();  // an emptied tile costs nothing again
    if (--tilesInSlice_[size_t(k)] == 0) std::vector<std::unique_ptr<Tile>>().swap(tiles);
  }
  return old;
}

const std::uint8_t* LabelLayer::tile(int k, int tx, int ty) const {
  const auto& tiles = slices_[size_t(k)];
  if (tiles.empty()) return nullptr;
  const Tile* tile = tiles[size_t(ty * tilesX_ + tx)].get();
  return tile ? tile->values.data() : nullptr;
}

bool LabelLayer::sliceIsEmpty(int k) const { return tilesInSlice_[size_t(k)] == 0; }

size_t LabelLayer::bytes() const {
  size_t n = sizeof(LabelLayer) + slices_.capacity() * sizeof(slices_[0]) + tilesInSlice_.capacity() * sizeof(int);
  for (size_t k = 0; k < slices_.size(); ++k)
    n += slices_[k].capacity() * sizeof(slices_[k][0]) + size_t(tilesInSlice_[k]) * sizeof(Tile);
  return n;
}

// ---- LabelMap --------------------------------------------------------------------------------

LabelMap::LabelMap(std::array<int, 3> dimensions) : dims_(dimensions) {}

void LabelMap::addSegment(int segment) { (void)entry(segment); }

void LabelMap::removeSegment(int segment) {
  const auto it = segments_.find(segment);
  if (it == segments_.end()) return;
  clear(segment);
  unplace(it->second);
  segments_.erase(it);
}

std::vector<int> LabelMap::segmentNumbers() const {
  std::vector<int> numbers;
  for (const auto& [number, e] : segments_) numbers.push_back(number);
  return numbers;
}

LabelMap::Entry& LabelMap::entry(int segment) { return segments_[segment]; }

const LabelMap::Entry* LabelMap::find(int segment) const {
  const auto it = segments_.find(segment);
  return it == segments_.end() ? nullptr : &it->second;
}

std::pair<int, std::uint8_t> LabelMap::placement(int segment) const {
  const Entry* e = find(segment);
  return e ? std::make_pair(e->layer, e->value) : std::make_pair(-1, std::uint8_t(0));
}

int LabelMap::segmentOf(int layer, std::uint8_t value) const {
  if (layer < 0 || layer >= int(slots_.size())) return 0;
  return slots_[size_t(layer)].segmentOf[value];
}

bool LabelMap::at(int segment, int i, int j, int k) const {
  const Entry* e = find(segment);
  return e && e->layer >= 0 && layers_[size_t(e->layer)].at(i, j, k) == e->value;
}

std::vector<int> LabelMap::segmentsAt(int i, int j, int k) const {
  std::vector<int> out;
  for (size_t l = 0; l < layers_.size(); ++l)
    if (const std::uint8_t v = layers_[l].at(i, j, k)) out.push_back(slots_[l].segmentOf[v]);
  return out;
}

void LabelMap::count(Entry& e, int k, int delta) {
  if (e.perSlice.empty()) e.perSlice.assign(size_t(dims_[2]), 0);
  e.perSlice[size_t(k)] += delta;
  e.count = size_t(std::int64_t(e.count) + delta);
  e.bounds.reset();
}

void LabelMap::place(int segment, Entry& e, int layer) {
  LayerSlots& owners = slots_[size_t(layer)];
  for (int v = 1; v < 256; ++v) {
    if (owners.segmentOf[size_t(v)] != 0) continue;
    owners.segmentOf[size_t(v)] = segment;
    ++owners.used;
    e.layer = layer;
    e.value = std::uint8_t(v);
    return;
  }
}

void LabelMap::unplace(Entry& e) {
  if (e.layer < 0) return;
  LayerSlots& owners = slots_[size_t(e.layer)];
  owners.segmentOf[e.value] = 0;
  --owners.used;
  e.layer = -1;
  e.value = 0;
}

int LabelMap::layerFor(const std::vector<std::array<int, 3>>& voxels, int exclude) {
  for (int l = 0; l < int(layers_.size()); ++l) {
    if (l == exclude || slots_[size_t(l)].used >= 255) continue;
    const LabelLayer& layer = layers_[size_t(l)];
    if (std::all_of(voxels.begin(), voxels.end(), [&](const auto& v) { return layer.at(v[0], v[1], v[2]) == 0; })) return l;
  }
  layers_.emplace_back(dims_);
  slots_.emplace_back();
  return int(layers_.size()) - 1;
}

std::vector<std::array<int, 3>> LabelMap::voxelsOf(const Entry& e) const {
  std::vector<std::array<int, 3>> voxels;
  if (e.layer < 0) return voxels;
  voxels.reserve(e.count);
  const LabelLayer& layer = layers_[size_t(e.layer)];
  const int t = LabelLayer::kTile;
  for (int k = 0; k < dims_[2]; ++k) {
    if (e.perSlice.empty() || e.perSlice[size_t(k)] == 0) continue;
    for (int ty = 0; ty < layer.tilesY(); ++ty)
      for (int tx = 0; tx < layer.tilesX(); ++tx) {
        const std::uint8_t* tile = layer.tile(k, tx, ty);
        if (!tile) continue;
        for (int n = 0; n < t * t; ++n)
          if (tile[n] == e.value) voxels.push_back({tx * t + n % t, ty * t + n / t, k});
      }
  }
  return voxels;
}

void LabelMap::set(int segment, int i, int j, int k, bool on) {
  Entry& e = entry(segment);
  if (!on) {
    if (e.layer < 0) return;
    LabelLayer& layer = layers_[size_t(e.layer)];
    if (layer.at(i, j, k) != e.value) return;
    layer.set(i, j, k, 0);
    count(e, k, -1);
    return;
  }
  if (setInOwnLayer(e, i, j, k)) return;
  // Not placed yet, or another segment of its layer holds the voxel: the segment goes (with
  // whatever voxels it has) to a layer where all of them and this one are free.
  std::vector<std::array<int, 3>> voxels = voxelsOf(e);
  voxels.push_back({i, j, k});
  const int from = e.layer;
  const int target = layerFor(voxels, from);
  if (from >= 0) {
    for (size_t n = 0; n + 1 < voxels.size(); ++n) layers_[size_t(from)].set(voxels[n][0], voxels[n][1], voxels[n][2], 0);
    unplace(e);
  }
  place(segment, e, target);
  LabelLayer& layer = layers_[size_t(target)];
  for (const auto& v : voxels) layer.set(v[0], v[1], v[2], e.value);
  count(e, k, +1);  // the voxels moved kept their counts; only the new one is added
}

void LabelMap::setRun(int segment, int iFirst, int iLast, int j, int k) {
  Entry& e = entry(segment);  // a map's elements stay put: valid after a move to another layer
  for (int i = std::max(0, iFirst); i <= std::min(iLast, dims_[0] - 1); ++i)
    if (!setInOwnLayer(e, i, j, k)) set(segment, i, j, k, true);
}

bool LabelMap::setInOwnLayer(Entry& e, int i, int j, int k) {
  if (e.layer < 0) return false;
  LabelLayer& layer = layers_[size_t(e.layer)];
  const std::uint8_t held = layer.at(i, j, k);
  if (held == e.value) return true;
  if (held != 0) return false;
  layer.set(i, j, k, e.value);
  count(e, k, +1);
  return true;
}

void LabelMap::clear(int segment) {
  const auto it = segments_.find(segment);
  if (it == segments_.end()) return;
  Entry& e = it->second;
  if (e.layer >= 0)
    for (const auto& v : voxelsOf(e)) layers_[size_t(e.layer)].set(v[0], v[1], v[2], 0);
  e.count = 0;
  e.perSlice.clear();
  e.bounds.reset();
}

size_t LabelMap::count(int segment) const {
  const Entry* e = find(segment);
  return e ? e->count : 0;
}

size_t LabelMap::count(int segment, int k) const {
  const Entry* e = find(segment);
  return e && !e->perSlice.empty() && k >= 0 && k < dims_[2] ? size_t(e->perSlice[size_t(k)]) : 0;
}

std::optional<IndexBox> LabelMap::bounds(int segment) const {
  const Entry* e = find(segment);
  if (!e || e->count == 0) return std::nullopt;
  if (e->bounds) return *e->bounds;
  IndexBox box;
  for (int k = 0; k < dims_[2]; ++k)
    forEachRun(segment, k, [&](int j, int i0, int i1) {
      box.include(i0, j, k);
      box.include(i1, j, k);
    });
  e->bounds = box.isEmpty() ? std::nullopt : std::optional<IndexBox>(box);
  return *e->bounds;
}

void LabelMap::fillSlice(int segment, int k, std::uint8_t* plane) const {
  std::fill(plane, plane + sliceVoxelCount(), std::uint8_t(0));
  const Entry* e = find(segment);
  if (!e || e->layer < 0 || e->perSlice.empty() || e->perSlice[size_t(k)] == 0) return;
  // Tile by tile, painted tiles only: a SEG of 117 organs asks for 3,500 such planes.
  const LabelLayer& layer = layers_[size_t(e->layer)];
  const int t = LabelLayer::kTile;
  const size_t w = size_t(dims_[0]);
  for (int ty = 0; ty < layer.tilesY(); ++ty)
    for (int tx = 0; tx < layer.tilesX(); ++tx) {
      const std::uint8_t* tile = layer.tile(k, tx, ty);
      if (!tile) continue;
      const int rows = std::min(t, dims_[1] - ty * t), columns = std::min(t, dims_[0] - tx * t);
      for (int r = 0; r < rows; ++r) {
        const std::uint8_t* from = tile + r * t;
        std::uint8_t* to = plane + size_t(ty * t + r) * w + size_t(tx * t);
        for (int c = 0; c < columns; ++c) to[c] = from[c] == e->value;
      }
    }
}

void LabelMap::addSlice(int segment, int k, const std::uint8_t* plane) {
  const int w = dims_[0];
  Entry& e = entry(segment);  // a map's elements stay put: valid after a move to another layer
  for (int j = 0; j < dims_[1]; ++j) {
    const std::uint8_t* row = plane + size_t(j) * size_t(w);
    for (int i = 0; i < w; ++i) {
      // Most of a frame is empty: skip it eight bytes at a time.
      if (i + 8 <= w) {
        std::uint64_t eight;
        std::memcpy(&eight, row + i, 8);
        if (!eight) {
          i += 7;
          continue;
        }
      }
      if (!row[i]) continue;
      if (e.layer >= 0) {
        LabelLayer& layer = layers_[size_t(e.layer)];
        const std::uint8_t held = layer.at(i, j, k);
        if (held == e.value) continue;
        if (held == 0) {
          layer.set(i, j, k, e.value);
          count(e, k, +1);
          continue;
        }
      }
      set(segment, i, j, k, true);  // first placement, or another segment holds the voxel
    }
  }
}

bool LabelMap::overlaps(const std::vector<int>& segments) const {
  // Two segments of one layer never share a voxel: only voxels held in two layers can.
  std::vector<std::vector<bool>> counted(layers_.size(), std::vector<bool>(256, false));
  for (int number : segments)
    if (const Entry* e = find(number); e && e->layer >= 0) counted[size_t(e->layer)][e->value] = true;
  int layersUsed = 0;
  for (const auto& values : counted) layersUsed += std::find(values.begin(), values.end(), true) != values.end();
  if (layersUsed < 2) return false;
  const int t = LabelLayer::kTile;
  for (int k = 0; k < dims_[2]; ++k)
    for (int ty = 0; ty < (dims_[1] + t - 1) / t; ++ty)
      for (int tx = 0; tx < (dims_[0] + t - 1) / t; ++tx)
        for (int n = 0; n < t * t; ++n) {
          int holders = 0;
          for (size_t l = 0; l < layers_.size(); ++l) {
            const std::uint8_t* tile = layers_[l].tile(k, tx, ty);
            holders += tile && tile[n] && counted[l][tile[n]];
          }
          if (holders >= 2) return true;
        }
  return false;
}

SegmentMask LabelMap::extract(int segment) const {
  SegmentMask mask(dims_);
  const size_t w = size_t(dims_[0]);
  for (int k = 0; k < dims_[2]; ++k) {
    if (sliceIsEmpty(segment, k)) continue;
    std::uint8_t* plane = mask.sliceForWriting(k);
    forEachRun(segment, k, [&](int j, int i0, int i1) { std::fill(plane + size_t(j) * w + size_t(i0), plane + size_t(j) * w + size_t(i1) + 1, 1); });
  }
  mask.compact();
  return mask;
}

void LabelMap::assign(int segment, const SegmentMask& mask) {
  clear(segment);
  Entry& e = entry(segment);
  if (mask.dimensions() != dims_ || mask.isEmpty()) return;
  std::vector<std::array<int, 3>> voxels;
  voxels.reserve(mask.count());
  const int w = dims_[0];
  for (int k = 0; k < dims_[2]; ++k) {
    const std::uint8_t* s = mask.slice(k);
    if (!s) continue;
    for (size_t n = 0; n < mask.sliceVoxelCount(); ++n)
      if (s[n]) voxels.push_back({int(n % size_t(w)), int(n / size_t(w)), k});
  }
  // Its own layer stays when every voxel is free there (the usual case: the set's segments
  // do not overlap); else the first layer where they are, or a new one.
  int target = e.layer;
  if (target >= 0) {
    const LabelLayer& layer = layers_[size_t(target)];
    if (!std::all_of(voxels.begin(), voxels.end(), [&](const auto& v) { return layer.at(v[0], v[1], v[2]) == 0; })) target = -1;
  }
  if (target < 0) {
    unplace(e);
    target = layerFor(voxels, -1);
    place(segment, e, target);
  }
  LabelLayer& layer = layers_[size_t(target)];
  for (const auto& v : voxels) {
    layer.set(v[0], v[1], v[2], e.value);
    count(e, v[2], +1);
  }
}

bool LabelMap::sameVoxels(int segment, const SegmentMask& mask) const {
  if (mask.dimensions() != dims_ || mask.count() != count(segment)) return false;
  std::vector<std::uint8_t> plane(sliceVoxelCount());
  for (int k = 0; k < dims_[2]; ++k) {
    const std::uint8_t* s = mask.slice(k);
    if (!s && sliceIsEmpty(segment, k)) continue;
    fillSlice(segment, k, plane.data());
    for (size_t n = 0; n < plane.size(); ++n)
      if (plane[n] != (s ? (s[n] != 0) : 0)) return false;
  }
  return true;
}

size_t LabelMap::bytes() const {
  size_t n = sizeof(LabelMap) + slots_.capacity() * sizeof(LayerSlots);
  for (const LabelLayer& l : layers_) n += l.bytes();
  for (const auto& [number, e] : segments_) n += sizeof(Entry) + e.perSlice.capacity() * sizeof(std::int64_t) + 48;
  return n;
}

}  // namespace rc
