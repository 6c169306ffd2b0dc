#include "EditSteps.h"

#include <QJsonDocument>

#include <set>

namespace rc {

LabelSet withoutMasks(const LabelSet& labels) {
  LabelSet copy;
  copy.seriesInstanceUid = labels.seriesInstanceUid;
  copy.observerName = labels.observerName;
  copy.procedure = labels.procedure;
  copy.findings = labels.findings;
  copy.importedObjects = labels.importedObjects;
  copy.noFinding = labels.noFinding;
  copy.noFindingBy = labels.noFindingBy;
  copy.noFindingAt = labels.noFindingAt;
  copy.segments = labels.segments;  // the voxels stay behind (copy.voxels is empty)
  return copy;
}

Status MaskStep::flip(const std::optional<Segment>& description) {
  session_->toggleMasks(change_);
  if (description) {
    if (Segment* s = session_->labels_->segment(description->number)) {
      *s = *description;
      session_->markChanged({}, true);
      emit session_->labelsChanged();
    }
  }
  return Status::success();
}

Status MaskStep::undo() { return flip(before_); }
Status MaskStep::redo() { return flip(after_); }

LabelsStep::LabelsStep(AnnotationSession* session, QString text, const LabelSet& before, const LabelSet& after,
                       std::map<int, QByteArray> oneSidedVoxels)
    : session_(session), text_(std::move(text)), before_(withoutMasks(before)), after_(withoutMasks(after)),
      masks_(std::move(oneSidedVoxels)) {
  bytes_ = 512 + size_t(QJsonDocument(before_.toJson()).toJson(QJsonDocument::Compact).size()) +
           size_t(QJsonDocument(after_.toJson()).toJson(QJsonDocument::Compact).size());
  for (const auto& [number, bytes] : masks_) bytes_ += size_t(bytes.size());
}

Status LabelsStep::restore(const LabelSet& snapshot) {
  LabelSet& labels = *session_->labels_;
  // Segments going take their voxels along (the step holds them, stored, for the way back);
  // segments coming back get theirs again.
  std::set<int> changed;
  for (const Segment& s : labels.segments)
    if (!snapshot.segment(s.number)) labels.voxels.removeSegment(s.number);
  for (const Segment& s : snapshot.segments) {
    if (labels.segment(s.number)) continue;
    changed.insert(s.number);  // its mask row is written again on save
    const auto it = masks_.find(s.number);
    if (it == masks_.end()) continue;
    auto mask = SegmentMask::decode(it->second);
    if (!mask) return fail(mask.error());
    if (!mask->isEmpty()) {
      if (labels.voxels.dimensions() != mask->dimensions()) labels.voxels = LabelMap(mask->dimensions());
      labels.voxels.assign(s.number, mask.value());
    }
  }
  labels.segments = snapshot.segments;
  labels.findings = snapshot.findings;
  labels.noFinding = snapshot.noFinding;
  labels.noFindingBy = snapshot.noFindingBy;
  labels.noFindingAt = snapshot.noFindingAt;
  session_->applyMetadata(labels);
  session_->markChanged(changed, true);
  return Status::success();
}

}  // namespace rc
