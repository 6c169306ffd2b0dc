#pragma once
// The undo steps of label edits. A mask step holds the stroke's XOR runs (and the segment's
// description before and after, when editing turned an AI segment into a reader's). A labels
// step holds the set without its masks before and after; a segment that exists on one side
// only keeps its mask in stored (run-length) form, so undoing a deletion brings it back.

#include "annotate/AnnotationSession.h"
#include "annotate/LabelEditor.h"
#include "session/EditHistory.h"

#include <QByteArray>

#include <map>
#include <optional>

namespace rc {

class MaskStep : public EditStep {
public:
  MaskStep(AnnotationSession* session, QString text, MaskChange change, std::optional<Segment> before, std::optional<Segment> after)
      : session_(session), text_(std::move(text)), change_(std::move(change)), before_(std::move(before)), after_(std::move(after)) {}
  QString text() const override { return text_; }
  Status undo() override;
  Status redo() override;
  size_t bytes() const override { return change_.bytes() + 256; }

private:
  Status flip(const std::optional<Segment>& description);
  AnnotationSession* session_;
  QString text_;
  MaskChange change_;
  std::optional<Segment> before_, after_;  // descriptions (the voxels are in the change)
};

class LabelsStep : public EditStep {
public:
  // `oneSidedVoxels`: the stored voxels of each segment present on one side only.
  LabelsStep(AnnotationSession* session, QString text, const LabelSet& before, const LabelSet& after,
             std::map<int, QByteArray> oneSidedVoxels);
  QString text() const override { return text_; }
  Status undo() override { return restore(before_); }
  Status redo() override { return restore(after_); }
  size_t bytes() const override { return bytes_; }

private:
  Status restore(const LabelSet& snapshot);
  AnnotationSession* session_;
  QString text_;
  LabelSet before_, after_;                  // masks left out
  std::map<int, QByteArray> masks_;          // segments present on one side only
  size_t bytes_ = 0;
};

// The set without masks.
LabelSet withoutMasks(const LabelSet& labels);

}  // namespace rc
