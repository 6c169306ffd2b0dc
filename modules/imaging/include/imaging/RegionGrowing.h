#pragma once
// Region growing from a clicked voxel, bounded to a box around it so that a leak into the
// lung or the bowel stops at the box, not at the whole volume.

#include "core/BoxMask.h"
#include "core/Result.h"
#include "core/Volume.h"

namespace rc {

struct RegionGrowOptions {
  enum class Method {
    Threshold,   // voxels connected to the seed with a value in [lower, upper] (ITK connected threshold)
    Confidence,  // mean +- multiplier * SD of the region, refined `iterations` times (ITK confidence connected)
  };
  Method method = Method::Threshold;
  double lower = -100, upper = 200;  // Threshold
  double multiplier = 2.5;           // Confidence
  int iterations = 3;
  int initialRadius = 1;             // voxels around the seed for the first estimate
  double maxRadiusMm = 40;           // the region stays inside this distance along each axis
};

// The grown region in a box around `seed` (voxel index). Fails when the seed lies outside the
// volume or, for Threshold, outside the range.
Result<BoxMask> growRegion(const Volume& volume, const std::array<int, 3>& seed, const RegionGrowOptions& options);

}  // namespace rc
