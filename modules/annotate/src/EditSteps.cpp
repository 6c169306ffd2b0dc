#include "EditSteps.h"

#include <QJsonDocument>

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
  for (const Segment& s : labels.segments) {
    Segment meta = s;
    meta.mask = SegmentMask();
    copy.segments.push_back(std::move(meta));
  }
  return copy;
}

Status MaskStep::flip(const std::optional<Segment>& description) {
  session_->toggleMasks(change_);
  if (description) {
    if (Segment* s = session_->labels_->segment(description->number)) {
      SegmentMask mask = std::move(s->mask);
      *s = *description;
      s->mask = std::move(mask);
      session_->markChanged({}, true);
      emit session_->labelsChanged();
    }
  }
  return Status::success();
}

Status MaskStep::undo() { return flip(before_); }
Status MaskStep::redo() { return flip(after_); }

LabelsStep::LabelsStep(AnnotationSession* session, QString text, const LabelSet& before, const LabelSet& after)
    : session_(session), text_(std::move(text)), before_(withoutMasks(before)), after_(withoutMasks(after)) {
  // A segment on one side only: its mask is needed to bring that side back.
  for (const auto* side : {&before, &after}) {
    const LabelSet& other = side == &before ? after : before;
    for (const Segment& s : side->segments)
      if (!other.segment(s.number)) masks_[s.number] = s.mask.encode();
  }
  bytes_ = 512 + size_t(QJsonDocument(before_.toJson()).toJson(QJsonDocument::Compact).size()) +
           size_t(QJsonDocument(after_.toJson()).toJson(QJsonDocument::Compact).size());
  for (const auto& [number, bytes] : masks_) bytes_ += size_t(bytes.size());
}

Status LabelsStep::restore(const LabelSet& snapshot) {
  LabelSet& labels = *session_->labels_;
  std::vector<Segment> segments;
  for (const Segment& meta : snapshot.segments) {
    Segment s = meta;
    if (Segment* current = labels.segment(meta.number)) {
      s.mask = std::move(current->mask);
    } else if (const auto it = masks_.find(meta.number); it != masks_.end()) {
      auto mask = SegmentMask::decode(it->second);
      if (!mask) return fail(mask.error());
      s.mask = std::move(mask).value();
    }
    segments.push_back(std::move(s));
  }
  // Segments coming back need their mask rows written again (those going lose theirs on save).
  std::set<int> changed;
  for (const Segment& s : segments)
    if (!labels.segment(s.number)) changed.insert(s.number);
  labels.segments = std::move(segments);
  labels.findings = snapshot.findings;
  labels.noFinding = snapshot.noFinding;
  labels.noFindingBy = snapshot.noFindingBy;
  labels.noFindingAt = snapshot.noFindingAt;
  session_->applyMetadata(labels);
  session_->markChanged(changed, true);
  return Status::success();
}

}  // namespace rc
