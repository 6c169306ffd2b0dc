#include "ConsensusBuilder.h"

#include "core/Agreement.h"
#include "imaging/Consensus.h"

#include <algorithm>

namespace rc {

QString segmentMatchKey(const Segment& segment) {
  if (!segment.type.isEmpty()) {
    QString key = segment.type.scheme + QLatin1Char(':') + segment.type.value;
    if (!segment.anatomicRegion.isEmpty()) key += QLatin1Char('@') + segment.anatomicRegion.scheme + QLatin1Char(':') + segment.anatomicRegion.value;
    return key;
  }
  return QStringLiteral("label:") + segment.label.normalized(QString::NormalizationForm_KC).toCaseFolded().simplified();
}

std::vector<std::pair<QString, std::vector<int>>> matchSegments(const std::vector<ReaderLabels>& readers) {
  std::vector<std::pair<QString, std::vector<int>>> out;
  for (size_t r = 0; r < readers.size(); ++r) {
    std::map<QString, int> seen;
    for (const Segment& s : readers[r].labels.segments) {
      // A reader's second nodule meets the other readers' second nodule (in segment order).
      QString key = segmentMatchKey(s);
      if (const int n = ++seen[key]; n > 1) key += QStringLiteral("#%1").arg(n);
      auto it = std::find_if(out.begin(), out.end(), [&](const auto& e) { return e.first == key; });
      if (it == out.end()) it = out.insert(out.end(), {key, std::vector<int>(readers.size(), 0)});
      it->second[r] = s.number;
    }
  }
  return out;
}

Result<LabelSet> buildConsensus(const std::vector<ReaderLabels>& readers, const ConsensusSource& source, const QString& seriesUid) {
  if (readers.empty()) return fail(ReadingStudy::tr("the case has no readings"));
  if (source.kind == ConsensusSource::Reader) {
    for (const ReaderLabels& r : readers)
      if (r.reader == source.reader) {
        LabelSet copy = r.labels;
        copy.seriesInstanceUid = seriesUid;
        copy.importedObjects.clear();
        return copy;
      }
    return fail(ReadingStudy::tr("%1 is not a reader of this case").arg(source.reader));
  }
  std::array<int, 3> dims = {0, 0, 0};
  for (const ReaderLabels& r : readers)
    if (r.labels.voxels.dimensions()[0] > 0) {
      if (dims[0] > 0 && r.labels.voxels.dimensions() != dims) return fail(ReadingStudy::tr("the readers' masks are on different grids"));
      dims = r.labels.voxels.dimensions();
    }
  LabelSet out;
  out.seriesInstanceUid = seriesUid;
  out.voxels = LabelMap(dims);
  bool everyoneSawNothing = true;
  for (const ReaderLabels& r : readers) everyoneSawNothing = everyoneSawNothing && r.labels.noFinding;
  out.noFinding = everyoneSawNothing;
  for (const auto& [key, numbers] : matchSegments(readers)) {
    std::vector<SegmentMask> masks;
    const Segment* model = nullptr;
    bool verified = true;
    for (size_t r = 0; r < readers.size(); ++r) {
      if (numbers[r] == 0) {
        masks.emplace_back(dims);
        continue;
      }
      const Segment* s = readers[r].labels.segment(numbers[r]);
      if (!model) model = s;
      verified = verified && s->verified;
      masks.push_back(readers[r].labels.voxels.dimensions() == dims ? readers[r].labels.voxels.extract(numbers[r]) : SegmentMask(dims));
    }
    SegmentMask voted;
    if (source.kind == ConsensusSource::Majority || masks.size() < 2) {
      voted = majorityVote(masks);
    } else {
      auto staple = stapleConsensus(masks);
      if (!staple) return fail(staple.error());
      voted = std::move(staple->mask);
    }
    if (voted.isEmpty()) continue;
    Segment s = *model;
    s.number = out.nextSegmentNumber();
    s.verified = verified;  // a vote over unverified AI segments is still unverified
    if (!verified) s.verifiedBy.clear(), s.verifiedAt.clear();
    out.voxels.assign(s.number, voted);
    out.segments.push_back(std::move(s));
  }
  return out;
}

}  // namespace rc
