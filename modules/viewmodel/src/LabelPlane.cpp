#include "viewmodel/LabelPlane.h"

#include "core/ImageMeasurement.h"

#include <algorithm>
#include <cstring>

namespace rc {

namespace {

// A layer's values on the plane, in (u, v) layout; false when the layer has nothing there.
bool layerPlane(const LabelLayer& layer, const std::array<int, 3>& dims, int normalAxis, int slice, int nu, int nv,
                std::vector<std::uint8_t>& out) {
  out.assign(size_t(nu) * size_t(nv), 0);
  const int t = LabelLayer::kTile;
  bool any = false;
  if (normalAxis == 2) {
    if (layer.sliceIsEmpty(slice)) return false;
    for (int ty = 0; ty < layer.tilesY(); ++ty)
      for (int tx = 0; tx < layer.tilesX(); ++tx) {
        const std::uint8_t* tile = layer.tile(slice, tx, ty);
        if (!tile) continue;
        for (int r = 0; r < t && ty * t + r < dims[1]; ++r) {
          const int columns = std::min(t, dims[0] - tx * t);
          std::memcpy(out.data() + size_t(ty * t + r) * size_t(nu) + size_t(tx * t), tile + r * t, size_t(columns));
        }
        any = true;
      }
    return any;
  }
  for (int k = 0; k < dims[2]; ++k) {
    if (layer.sliceIsEmpty(k)) continue;
    std::uint8_t* dst = out.data() + size_t(k) * size_t(nu);
    if (normalAxis == 1) {  // (i, k) at row j = slice
      for (int i = 0; i < dims[0]; ++i)
        if (const std::uint8_t v = layer.at(i, slice, k)) dst[i] = v, any = true;
    } else {  // (j, k) at column i = slice
      for (int j = 0; j < dims[1]; ++j)
        if (const std::uint8_t v = layer.at(slice, j, k)) dst[j] = v, any = true;
    }
  }
  return any;
}

}  // namespace

bool composeLabelPlane(const std::vector<Segment>& segments, const LabelMap& voxels, const std::array<int, 3>& dims,
                       int normalAxis, int slice, const QSet<int>& hidden, double opacity, bool outline,
                       std::vector<std::uint8_t>& rgba, std::array<int, 4>* drawnBounds) {
  const auto [u, v] = inPlaneAxes(normalAxis);
  const int nu = dims[size_t(u)], nv = dims[size_t(v)];
  rgba.assign(size_t(nu) * size_t(nv) * 4, 0);
  if (slice < 0 || slice >= dims[size_t(normalAxis)] || voxels.dimensions() != dims) return false;
  const std::uint8_t alpha = std::uint8_t(std::clamp(opacity, 0.0, 1.0) * 255.0 + 0.5);
  std::vector<std::uint8_t> plane;
  bool drawn = false;
  std::array<int, 4> bounds = {nu, nv, -1, -1};
  for (int l = 0; l < voxels.layerCount(); ++l) {
    // The layer's colour table: value -> RGB, or nothing (hidden, or no segment of the set).
    std::array<const Segment*, 256> shown{};
    bool anyShown = false;
    for (const Segment& s : segments) {
      const auto [layer, value] = voxels.placement(s.number);
      if (layer != l || hidden.contains(s.number)) continue;
      shown[value] = &s;
      anyShown = true;
    }
    if (!anyShown || !layerPlane(voxels.layer(l), dims, normalAxis, slice, nu, nv, plane)) continue;
    for (int y = 0; y < nv; ++y) {
      for (int x = 0; x < nu; ++x) {
        const size_t n = size_t(y) * size_t(nu) + size_t(x);
        const std::uint8_t value = plane[n];
        const Segment* s = value ? shown[value] : nullptr;
        if (!s) continue;
        if (outline) {
          // On the edge: a 4-neighbour in the plane is outside the segment (or the image).
          const bool inner = x > 0 && x + 1 < nu && y > 0 && y + 1 < nv && plane[n - 1] == value && plane[n + 1] == value &&
                             plane[n - size_t(nu)] == value && plane[n + size_t(nu)] == value;
          if (inner) continue;
        }
        drawn = true;
        bounds = {std::min(bounds[0], x), std::min(bounds[1], y), std::max(bounds[2], x), std::max(bounds[3], y)};
        std::uint8_t* px = rgba.data() + 4 * n;
        px[0] = s->color[0];
        px[1] = s->color[1];
        px[2] = s->color[2];
        px[3] = outline ? 255 : alpha;
      }
    }
  }
  if (drawnBounds) *drawnBounds = bounds;
  return drawn && bounds[2] >= 0;
}

}  // namespace rc
