#pragma once
// A tool the left mouse button drives in a plane view (a ruler, an ROI, a brush, a box). The
// view converts its events to voxel coordinates through SliceGeometry, so a tool never sees
// a widget or a pixel: tests press, drag and release at voxel coordinates.

#include "core/Volume.h"

#include <QObject>
#include <QPointF>
#include <QString>

#include <vector>

namespace rc {

class SliceViewModel;

struct ToolEvent {
  Vec3 index;                 // continuous voxel index; its normal coordinate is the slice
  const SliceViewModel* view = nullptr;
  double mmPerPixel = 1;      // of the view, for sizes drawn in screen pixels
  Qt::KeyboardModifiers modifiers = Qt::NoModifier;
};

// What the view draws for the tool while it works: shapes in voxel index coordinates on
// the view's plane.
struct ToolShape {
  enum class Kind { Polyline, Ellipse, Circle };
  Kind kind = Kind::Polyline;
  std::vector<Vec3> points;   // polyline points; ellipse: two opposite corners of its box; circle: centre
  double radiusMm = 0;        // circle
  bool closed = false;
  QString text;               // drawn beside the last point
};

class ViewTool {
public:
  virtual ~ViewTool() = default;
  virtual void press(const ToolEvent& event) = 0;
  virtual void drag(const ToolEvent& event) = 0;
  virtual void release(const ToolEvent& event) = 0;
  virtual void hover(const ToolEvent& event) { (void)event; }
  virtual void cancel() {}
  // Why the last press or drag changed nothing (a locked segment...); empty when it worked.
  virtual QString lastError() const { return QString(); }
  // Shapes to draw in `view` now (rubber band, brush outline).
  virtual std::vector<ToolShape> feedback(const SliceViewModel& view) const {
    (void)view;
    return {};
  }
};

// The active tool (none: the left button moves the cross-hair).
class ToolModel : public QObject {
  Q_OBJECT
public:
  explicit ToolModel(QObject* parent = nullptr) : QObject(parent) {}
  ViewTool* active() const { return active_; }
  void setActive(ViewTool* tool) {
    if (tool == active_) return;
    if (active_) active_->cancel();
    active_ = tool;
    emit activeChanged();
  }
  // The views redraw the tool's feedback when it changes.
  void feedbackChanged() { emit feedbackUpdated(); }

signals:
  void activeChanged();
  void feedbackUpdated();

private:
  ViewTool* active_ = nullptr;
};

}  // namespace rc
