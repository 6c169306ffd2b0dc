#include "viewmodel/SliceInteraction.h"

#include <cmath>

namespace rc {

SliceInteraction::SliceInteraction(SliceViewModel* view, int viewIndex, LayoutModel* layout, ToolModel* tools,
                                   const KeyTable* keys)
    : view_(view), viewIndex_(viewIndex), layout_(layout), tools_(tools), keys_(keys) {}

ToolEvent SliceInteraction::toolEvent(const PointerInput& input) const {
  const SliceGeometry g = view_->geometry(size_);
  return {g.displayToIndex(input.position, view_->slice()), view_, g.millimetresPerPixel(), input.modifiers};
}

void SliceInteraction::moveCursorTo(const QPointF& position) {
  const SliceGeometry g = view_->geometry(size_);
  view_->viewer()->setCursor(g.displayToIndex(position, view_->slice()));
}

bool SliceInteraction::press(const PointerInput& input) {
  if (!view_->hasVolume()) return false;
  if (layout_) layout_->setActiveView(viewIndex_);
  last_ = input.position;
  if (input.button == Qt::RightButton) {
    drag_ = Drag::Window;
  } else if (input.button == Qt::MiddleButton || (input.button == Qt::LeftButton && (input.modifiers & Qt::ShiftModifier))) {
    drag_ = Drag::Pan;
  } else if (input.button == Qt::LeftButton) {
    if (tools_ && tools_->active()) {
      drag_ = Drag::Tool;
      tools_->active()->press(toolEvent(input));
    } else {
      drag_ = Drag::Cursor;
      moveCursorTo(input.position);
    }
  } else {
    return false;
  }
  return true;
}

bool SliceInteraction::move(const PointerInput& input) {
  if (!view_->hasVolume()) return false;
  const SliceGeometry g = view_->geometry(size_);
  const QPointF delta = input.position - last_;
  last_ = input.position;
  view_->viewer()->setHover(g.insideVolume(input.position) ? std::optional<Vec3>(g.displayToIndex(input.position, view_->slice()))
                                                            : std::nullopt);
  switch (drag_) {
    case Drag::Window:
      // Right: wider window; up: higher level.
      view_->dragWindow(delta.x(), -delta.y());
      return true;
    case Drag::Pan:
      // The image follows the pointer.
      view_->panBy(-delta.x() * g.millimetresPerPixel(), -delta.y() * g.millimetresPerPixel());
      return true;
    case Drag::Cursor:
      moveCursorTo(input.position);
      return true;
    case Drag::Tool:
      if (tools_ && tools_->active()) tools_->active()->drag(toolEvent(input));
      return true;
    case Drag::None:
      break;
  }
  if (input.buttons == Qt::NoButton && (input.modifiers & Qt::ShiftModifier)) {
    moveCursorTo(input.position);
    return true;
  }
  if (tools_ && tools_->active()) tools_->active()->hover(toolEvent(input));
  return false;
}

bool SliceInteraction::release(const PointerInput& input) {
  if (drag_ == Drag::None) return false;
  if (drag_ == Drag::Tool && tools_ && tools_->active()) tools_->active()->release(toolEvent(input));
  drag_ = Drag::None;
  return true;
}

bool SliceInteraction::doubleClick(const PointerInput& input) {
  if (input.button != Qt::LeftButton || !layout_) return false;
  if (tools_ && tools_->active()) return false;  // a tool's double-click is its own
  layout_->toggleMaximized(viewIndex_);
  return true;
}

bool SliceInteraction::wheel(int steps, Qt::KeyboardModifiers modifiers) {
  if (!view_->hasVolume() || steps == 0) return false;
  if (modifiers & Qt::ControlModifier) view_->zoomBy(std::pow(1.1, steps));
  else view_->scroll(steps * ((modifiers & Qt::ShiftModifier) ? 10 : 1));
  return true;
}

bool SliceInteraction::key(QKeyCombination key) {
  const auto action = keys_ ? keys_->actionFor(key) : std::nullopt;
  if (!action) return false;
  ViewerModel* viewer = view_->viewer();
  switch (*action) {
    case KeyAction::NextSlice: view_->scroll(+1); return true;
    case KeyAction::PreviousSlice: view_->scroll(-1); return true;
    case KeyAction::FirstSlice: view_->setSlice(0); return true;
    case KeyAction::LastSlice: view_->setSlice(view_->sliceCount() - 1); return true;
    case KeyAction::PresetLung: viewer->applyPreset(0); return true;
    case KeyAction::PresetMediastinum: viewer->applyPreset(1); return true;
    case KeyAction::PresetBone: viewer->applyPreset(2); return true;
    case KeyAction::WindowFromFile: view_->setWindow(viewer->defaultWindow()); return true;
    case KeyAction::ResetView: view_->resetView(); return true;
    case KeyAction::FitView: view_->fit(); return true;
    case KeyAction::Invert: viewer->setInverted(!viewer->inverted()); return true;
    case KeyAction::CycleLayout:
      if (layout_) layout_->cycle();
      return true;
    case KeyAction::ToggleOverlay: viewer->setOverlayVisible(!viewer->overlayVisible()); return true;
    default:
      return otherAction ? otherAction(*action) : false;
  }
}

void SliceInteraction::leave() { view_->viewer()->setHover(std::nullopt); }

}  // namespace rc
