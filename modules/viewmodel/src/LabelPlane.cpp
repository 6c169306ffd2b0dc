#include "viewmodel/LabelPlane.h"

#include "core/ImageMeasurement.h"

#include <algorithm>
#include <cstring>

namespace rc {

namespace {

// The mask's plane as 0/1 bytes in (u, v) layout; false when it is empty there.
bool maskPlane(const SegmentMask& mask, int normalAxis, int slice, int nu, int nv, std::vector<std::uint8_t>& out) {
  out.assign(size_t(nu) * size_t(nv), 0);
  bool any = false;
  const int w = mask.width(), h = mask.height(), d = mask.sliceCount();
  if (normalAxis == 2) {
    const std::uint8_t* s = mask.slice(slice);
    if (!s) return false;
    std::memcpy(out.data(), s, out.size());
    return std::any_of(out.begin(), out.end(), [](std::uint8_t b) { return b != 0; });
  }
  for (int k = 0; k < d; ++k) {
    const std::uint8_t* s = mask.slice(k);
    if (!s) continue;
    if (normalAxis == 1) {  // (i, k) at row j = slice
      const std::uint8_t* row = s + size_t(slice) * size_t(w);
      std::uint8_t* dst = out.data() + size_t(k) * size_t(nu);
      for (int i = 0; i < w; ++i)
        if (row[i]) dst[i] = 1, any = true;
    } else {  // (j, k) at column i = slice
      std::uint8_t* dst = out.data() + size_t(k) * size_t(nu);
      for (int j = 0; j < h; ++j)
        if (s[size_t(j) * size_t(w) + size_t(slice)]) dst[j] = 1, any = true;
    }
  }
  return any;
}

}  // namespace

bool composeLabelPlane(const std::vector<Segment>& segments, const std::array<int, 3>& dims, int normalAxis, int slice,
                       const QSet<int>& hidden, double opacity, bool outline, std::vector<std::uint8_t>& rgba,
                       std::array<int, 4>* drawnBounds) {
  const auto [u, v] = inPlaneAxes(normalAxis);
  const int nu = dims[size_t(u)], nv = dims[size_t(v)];
  rgba.assign(size_t(nu) * size_t(nv) * 4, 0);
  if (slice < 0 || slice >= dims[size_t(normalAxis)]) return false;
  const std::uint8_t alpha = std::uint8_t(std::clamp(opacity, 0.0, 1.0) * 255.0 + 0.5);
  std::vector<std::uint8_t> plane;
  bool drawn = false;
  std::array<int, 4> bounds = {nu, nv, -1, -1};
  for (const Segment& s : segments) {
    if (hidden.contains(s.number) || s.mask.dimensions() != dims) continue;
    if (!maskPlane(s.mask, normalAxis, slice, nu, nv, plane)) continue;
    drawn = true;
    for (int y = 0; y < nv; ++y) {
      for (int x = 0; x < nu; ++x) {
        const size_t n = size_t(y) * size_t(nu) + size_t(x);
        if (!plane[n]) continue;
        if (outline) {
          // On the edge: a 4-neighbour in the plane is outside the mask (or the image).
          const bool inner = x > 0 && x + 1 < nu && y > 0 && y + 1 < nv && plane[n - 1] && plane[n + 1] &&
                             plane[n - size_t(nu)] && plane[n + size_t(nu)];
          if (inner) continue;
        }
        bounds = {std::min(bounds[0], x), std::min(bounds[1], y), std::max(bounds[2], x), std::max(bounds[3], y)};
        std::uint8_t* px = rgba.data() + 4 * n;
        px[0] = s.color[0];
        px[1] = s.color[1];
        px[2] = s.color[2];
        px[3] = outline ? 255 : alpha;
      }
    }
  }
  if (drawnBounds) *drawnBounds = bounds;
  return drawn && bounds[2] >= 0;
}

}  // namespace rc
