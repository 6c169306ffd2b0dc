#pragma once
// The ruler and the ellipse and rectangle ROIs as tools of a plane view: press, drag, release
// at voxel coordinates; the finished shape becomes a measurement of the session (saved and
// undoable). A drag shorter than a few screen pixels makes nothing.

#include "core/ImageMeasurement.h"
#include "viewmodel/ViewTool.h"

#include <optional>

namespace rc {

class Session;

class MeasurementTool : public ViewTool {
public:
  MeasurementTool(Session* session, MeasurementKind kind, ToolModel* tools = nullptr);

  MeasurementKind kind() const { return kind_; }
  void press(const ToolEvent& event) override;
  void drag(const ToolEvent& event) override;
  void release(const ToolEvent& event) override;
  void cancel() override { draft_.reset(); }
  std::vector<ToolShape> feedback(const SliceViewModel& view) const override;

  // The last failure to save, for the window to show (empty when none).
  QString lastError() const override { return lastError_; }

private:
  Session* session_;
  MeasurementKind kind_;
  ToolModel* tools_;
  std::optional<ImageMeasurement> draft_;
  const SliceViewModel* draftView_ = nullptr;
  double draftMmPerPixel_ = 1;
  QString lastError_;
};

}  // namespace rc
