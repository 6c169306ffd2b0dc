#pragma once
// Operations on a segment's mask that the label editor applies as one edit: fill holes,
// keep or remove islands, grow or shrink by a margin in mm, and shape-based interpolation
// between painted slices. Each returns the new content of a box (core/BoxMask.h); voxel
// spacing makes every distance a distance in mm.

#include "core/BoxMask.h"
#include "core/Labels.h"
#include "core/Progress.h"
#include "core/Result.h"
#include "core/Volume.h"

#include <optional>

namespace rc {

// Holes: background not connected to the box's border. Per slice across `sliceAxis`
// (0..2), or in 3D when `sliceAxis` is nullopt.
BoxMask fillHoles(const SegmentMask& mask, std::optional<int> sliceAxis);

enum class IslandRule {
  KeepLargest,    // only the largest connected part stays
  RemoveSmaller,  // parts smaller than `minimumMm3` go
  KeepClicked,    // only the part holding the clicked voxel stays
};
struct IslandOptions {
  IslandRule rule = IslandRule::KeepLargest;
  double minimumMm3 = 10;
  std::array<int, 3> clicked = {0, 0, 0};
};
// Connected parts are 26-connected (3D). Fails for KeepClicked when the click is not on the mask.
Result<BoxMask> islands(const SegmentMask& mask, const Vec3& spacing, const IslandOptions& options);

// Grown (mm > 0) or shrunk (mm < 0) by `mm`, measured with the voxel spacing (a Euclidean
// distance map, so a sphere stays a sphere on anisotropic CT).
BoxMask margin(const SegmentMask& mask, const Vec3& spacing, double mm);

// Shape-based interpolation along `axis`: every run of empty slices between two painted
// slices is filled from the signed distance maps of the two (linearly blended), so a shape
// drawn on slices 10 and 20 becomes a solid between them. Painted slices are not changed.
// Fails when fewer than two slices are painted.
Result<BoxMask> interpolateSlices(const SegmentMask& mask, int axis, const Vec3& spacing, Progress& progress = Progress::none());

}  // namespace rc
