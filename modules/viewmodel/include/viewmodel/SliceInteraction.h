#pragma once
// Mouse and keyboard habits of a plane view, as plain logic on the models (no widget): the
// view hands over its events in display coordinates and this decides, from the key table,
// what they do.
//
//   wheel / PgUp / PgDn      slice            Shift+wheel   10 slices     Ctrl+wheel  zoom
//   left click / drag        cross-hair (or the active tool)
//   Shift+move               cross-hair follows the pointer
//   right-drag               window/level     middle-drag (Shift+left-drag) pan
//   double-click             maximise the view and back
// and every key of the KeyTable; keys it does not handle go to `otherAction`.

#include "viewmodel/KeyTable.h"
#include "viewmodel/LayoutModel.h"
#include "viewmodel/SliceViewModel.h"
#include "viewmodel/ViewTool.h"

#include <QPointF>
#include <QSizeF>

#include <functional>

namespace rc {

struct PointerInput {
  QPointF position;                  // display pixels
  Qt::MouseButton button = Qt::NoButton;  // the button that changed (press, release)
  Qt::MouseButtons buttons = Qt::NoButton;  // the buttons held
  Qt::KeyboardModifiers modifiers = Qt::NoModifier;
};

class SliceInteraction {
public:
  SliceInteraction(SliceViewModel* view, int viewIndex, LayoutModel* layout, ToolModel* tools, const KeyTable* keys);

  void setViewSize(const QSizeF& size) { size_ = size; }
  QSizeF viewSize() const { return size_; }

  bool press(const PointerInput& input);
  bool move(const PointerInput& input);
  bool release(const PointerInput& input);
  bool doubleClick(const PointerInput& input);
  bool wheel(int steps, Qt::KeyboardModifiers modifiers);
  bool key(QKeyCombination key);
  void leave();

  // Actions of the key table this class does not handle (tools, undo, save...).
  std::function<bool(KeyAction)> otherAction;

private:
  enum class Drag { None, Cursor, Window, Pan, Tool };
  ToolEvent toolEvent(const PointerInput& input) const;
  void moveCursorTo(const QPointF& position);

  SliceViewModel* view_;
  int viewIndex_;
  LayoutModel* layout_;
  ToolModel* tools_;
  const KeyTable* keys_;
  QSizeF size_{1, 1};
  Drag drag_ = Drag::None;
  QPointF last_;
};

}  // namespace rc
