#pragma once
// How well two readers' labels agree: overlap and surface distance of segments, IoU of
// boxes, and the consensus of several readers by majority vote. Pure functions on core
// types; the reading-study module decides what to compare with what.
//
// Conventions are those of MONAI (what the AI groups our partners work with compute):
// - Dice = 2|A∩B| / (|A| + |B|); both empty: undefined.
// - HD95: boundary voxels are those of the mask not in its erosion with the face-connected
//   (6-neighbour) cross, voxels outside the volume counting as background; distances in mm
//   (the voxel spacing), from every boundary voxel of one mask to the nearest boundary voxel
//   of the other; the 95th percentile of each direction with linear interpolation (numpy's
//   default); HD95 is the larger of the two. Both masks empty: undefined; one empty:
//   infinite. Computed on the masks' union box grown by one voxel: the same distances as on
//   the whole volume.

#include "core/IndexBox.h"
#include "core/Labels.h"
#include "core/SegmentMask.h"

#include <optional>
#include <vector>

namespace rc {

enum class DistanceState { Value, Undefined, Infinite };

struct MaskAgreement {
  size_t voxelsA = 0, voxelsB = 0, voxelsBoth = 0;
  std::optional<double> dice;   // nullopt: both empty
  DistanceState hd95State = DistanceState::Undefined;
  double hd95Mm = 0;            // when hd95State is Value
  double volumeAMl = 0, volumeBMl = 0;
  double volumeDifferenceMl() const { return volumeAMl - volumeBMl; }
};

// Segment `segmentA` of `a` against `segmentB` of `b`, on one grid of `spacing` mm (i, j, k).
MaskAgreement compareSegments(const LabelMap& a, int segmentA, const LabelMap& b, int segmentB, const Vec3& spacing);
MaskAgreement compareMasks(const SegmentMask& a, const SegmentMask& b, const Vec3& spacing);

// The 95th percentile of `values` with linear interpolation between order statistics (as
// numpy.percentile does by default). `values` is reordered. Empty: 0.
double percentile95(std::vector<double>& values);

// Exact squared Euclidean distance (mm²) from every voxel of a dense `dims` grid to the
// nearest voxel where `feature` is non-zero (separable, linear time; anisotropic `spacing`).
// No feature anywhere: every distance is +infinity.
std::vector<double> squaredDistanceTransform(const std::vector<std::uint8_t>& feature, const std::array<int, 3>& dims,
                                             const Vec3& spacing);

// ---- boxes

// Intersection over union of two boxes on the same image (0 for different images).
double imageBoxIou(const ImageBox& a, const ImageBox& b);
// Of two volume boxes, in the frame of `a`'s edges (boxes of one series share its axes; a
// box tilted against `a` counts as its bounding box in that frame).
double volumeBoxIou(const VolumeBox& a, const VolumeBox& b);

// Pairs of boxes matched greedily: the pair with the highest IoU first, each box at most
// once, pairs with IoU 0 never matched. Indices into the two lists.
struct BoxMatch {
  int a = -1, b = -1;
  double iou = 0;
};
std::vector<BoxMatch> matchBoxesGreedily(const std::vector<std::vector<double>>& iou);

// ---- consensus

// Voxels that more than half of `masks` hold (two readers: both; three: any two).
SegmentMask majorityVote(const std::vector<SegmentMask>& masks);

}  // namespace rc
