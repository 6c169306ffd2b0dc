#pragma once
// What a segment measures on its series: size, the values inside it (HU for CT), and its
// largest in-plane diameter. Shown beside a finding and written into the SR with it.

#include "core/Labels.h"
#include "core/MaskSlices.h"
#include "core/Volume.h"

namespace rc {

struct SegmentStatistics {
  size_t voxels = 0;
  double volumeMl = 0;
  double mean = 0, sd = 0, min = 0, max = 0;  // of the voxel values, in the image's unit
  // The longest in-plane diameter over the slices (k = constant, as read on axial CT), and
  // the segment's extent across it on that slice; the edges of the voxels count.
  double longAxisMm = 0;
  double shortAxisMm = 0;
  int longAxisSlice = -1;
};

// Statistics of `mask` (a mask, or a segment of a label map) on `volume` (same grid); all zero
// for an empty mask or another grid.
SegmentStatistics segmentStatistics(const MaskSlices& mask, const Volume& volume);

}  // namespace rc
