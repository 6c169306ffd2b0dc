#include "session/MeasurementTool.h"

#include "session/Session.h"
#include "viewmodel/SliceViewModel.h"

#include <QCoreApplication>

#include <cmath>

namespace rc {

namespace {
struct ToolTr {
  Q_DECLARE_TR_FUNCTIONS(MeasurementTool)
};
}  // namespace

MeasurementTool::MeasurementTool(Session* session, MeasurementKind kind, ToolModel* tools)
    : session_(session), kind_(kind), tools_(tools) {}

void MeasurementTool::press(const ToolEvent& event) {
  if (!event.view) return;
  ImageMeasurement m;
  m.kind = kind_;
  m.normalAxis = event.view->axes().normal;
  m.slice = event.view->slice();
  m.first = m.second = event.index;
  draft_ = m;
  draftView_ = event.view;
  draftMmPerPixel_ = event.mmPerPixel;
  lastError_.clear();
  if (tools_) tools_->feedbackChanged();
}

void MeasurementTool::drag(const ToolEvent& event) {
  if (!draft_) return;
  draft_->second = event.index;
  draft_->second[size_t(draft_->normalAxis)] = draft_->slice;
  if (tools_) tools_->feedbackChanged();
}

void MeasurementTool::release(const ToolEvent& event) {
  if (!draft_) return;
  drag(event);
  ImageMeasurement m = *draft_;
  draft_.reset();
  if (tools_) tools_->feedbackChanged();
  // A click is not a measurement: at least three screen pixels of drag.
  const auto volume = session_->volume();
  if (!volume) return;
  double mm2 = 0;
  for (int a = 0; a < 3; ++a) {
    const double d = (m.second[size_t(a)] - m.first[size_t(a)]) * volume->spacing[size_t(a)];
    mm2 += d * d;
  }
  if (std::sqrt(mm2) < 3 * draftMmPerPixel_) return;
  const auto id = session_->addMeasurement(m);
  if (!id) lastError_ = id.error();
}

std::vector<ToolShape> MeasurementTool::feedback(const SliceViewModel& view) const {
  if (!draft_ || &view != draftView_ || view.slice() != draft_->slice) return {};
  const auto volume = session_->volume();
  if (!volume) return {};
  const MeasurementValues values = measure(*volume, *draft_);
  ToolShape shape;
  if (kind_ == MeasurementKind::Ruler) {
    shape.points = {draft_->first, draft_->second};
    shape.text = ToolTr::tr("%1 mm").arg(values.lengthMm, 0, 'f', 1);
  } else if (kind_ == MeasurementKind::Ellipse) {
    shape.kind = ToolShape::Kind::Ellipse;
    shape.points = {draft_->first, draft_->second};
    shape.text = ToolTr::tr("%1 mm²").arg(values.areaMm2, 0, 'f', 1);
  } else {
    const auto [u, v] = inPlaneAxes(draft_->normalAxis);
    Vec3 b = draft_->first, d = draft_->first;
    b[size_t(u)] = draft_->second[size_t(u)];
    d[size_t(v)] = draft_->second[size_t(v)];
    shape.points = {draft_->first, b, draft_->second, d};
    shape.closed = true;
    shape.text = ToolTr::tr("%1 mm²").arg(values.areaMm2, 0, 'f', 1);
  }
  return {shape};
}

}  // namespace rc
