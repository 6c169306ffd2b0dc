#pragma once
// Readers' sets of one case put side by side: which segments are "the same" across readers,
// and a consensus set made from them.

#include "core/Labels.h"
#include "core/Result.h"
#include "reading/ReadingStudy.h"

#include <map>
#include <vector>

namespace rc {

struct ReaderLabels {
  QString reader;
  LabelSet labels;
};

// Segments of different readers are the same structure when their type codes (and anatomic
// regions) are: the vocabulary gives every reader the same codes. Segments without a type
// match by their label, case and width folded. A reader's second segment of one structure
// meets the other readers' second (in segment order).
QString segmentMatchKey(const Segment& segment);

// Structure key -> per reader (in the order given) the segment number, 0 when that reader has
// none; in the order the structures first appear.
std::vector<std::pair<QString, std::vector<int>>> matchSegments(const std::vector<ReaderLabels>& readers);

// The consensus set: a copy of one reader's set, or per structure the majority vote or the
// STAPLE estimate of every reader's mask (a reader without the structure counts as empty).
// Voted structures without a voxel left are dropped; findings are carried only from a
// reader's set (a vote has no findings: the reviewer adds them).
Result<LabelSet> buildConsensus(const std::vector<ReaderLabels>& readers, const ConsensusSource& source, const QString& seriesUid);

}  // namespace rc
