#pragma once
// Consensus of several readers' masks of one segment by STAPLE (Warfield et al. 2004, ITK's
// STAPLEImageFilter): the probability that each voxel belongs to the true segment, estimated
// together with every reader's sensitivity and specificity; voxels whose probability reaches
// `threshold` form the consensus. The estimate is made on the masks' union box grown by
// kStapleMargin voxels (the prior, the fraction of foreground, is that box's), which keeps it
// independent of how large the volume around the segment is. (Majority vote: core/Agreement.h.)

#include "core/Result.h"
#include "core/SegmentMask.h"

#include <vector>

namespace rc {

inline constexpr int kStapleMargin = 2;

struct StapleConsensus {
  SegmentMask mask;
  std::vector<double> sensitivity, specificity;  // per reader, in the order given
  int iterations = 0;
};

// At least two masks on one grid. Masks that are all empty give an empty consensus.
Result<StapleConsensus> stapleConsensus(const std::vector<SegmentMask>& masks, double threshold = 0.5);

}  // namespace rc
