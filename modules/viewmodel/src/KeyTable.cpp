#include "viewmodel/KeyTable.h"

#include <QCoreApplication>

#include <algorithm>

namespace rc {

namespace {

QKeyCombination k(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) { return QKeyCombination(modifiers, key); }

}  // namespace

KeyTable::KeyTable()
    : bindings_{
          {KeyAction::NextSlice, QStringLiteral("next-slice"), k(Qt::Key_PageUp), QT_TRANSLATE_NOOP("KeyTable", "Next slice")},
          {KeyAction::NextSlice, QStringLiteral("next-slice"), k(Qt::Key_Up), QT_TRANSLATE_NOOP("KeyTable", "Next slice")},
          {KeyAction::PreviousSlice, QStringLiteral("previous-slice"), k(Qt::Key_PageDown), QT_TRANSLATE_NOOP("KeyTable", "Previous slice")},
          {KeyAction::PreviousSlice, QStringLiteral("previous-slice"), k(Qt::Key_Down), QT_TRANSLATE_NOOP("KeyTable", "Previous slice")},
          {KeyAction::FirstSlice, QStringLiteral("first-slice"), k(Qt::Key_Home), QT_TRANSLATE_NOOP("KeyTable", "First slice")},
          {KeyAction::LastSlice, QStringLiteral("last-slice"), k(Qt::Key_End), QT_TRANSLATE_NOOP("KeyTable", "Last slice")},
          {KeyAction::PresetLung, QStringLiteral("window-lung"), k(Qt::Key_1), QT_TRANSLATE_NOOP("KeyTable", "Lung window (-600/1500)")},
          {KeyAction::PresetMediastinum, QStringLiteral("window-mediastinum"), k(Qt::Key_2), QT_TRANSLATE_NOOP("KeyTable", "Mediastinum window (40/400)")},
          {KeyAction::PresetBone, QStringLiteral("window-bone"), k(Qt::Key_3), QT_TRANSLATE_NOOP("KeyTable", "Bone window (400/1800)")},
          {KeyAction::WindowFromFile, QStringLiteral("window-file"), k(Qt::Key_0), QT_TRANSLATE_NOOP("KeyTable", "Window from the file")},
          {KeyAction::ResetView, QStringLiteral("reset-view"), k(Qt::Key_R), QT_TRANSLATE_NOOP("KeyTable", "Reset zoom, pan, window and inversion")},
          {KeyAction::FitView, QStringLiteral("fit-view"), k(Qt::Key_F), QT_TRANSLATE_NOOP("KeyTable", "Fit the image to the view")},
          {KeyAction::Invert, QStringLiteral("invert"), k(Qt::Key_I), QT_TRANSLATE_NOOP("KeyTable", "Invert grey levels")},
          {KeyAction::CycleLayout, QStringLiteral("cycle-layout"), k(Qt::Key_L), QT_TRANSLATE_NOOP("KeyTable", "Next layout (1x1, 1x3, 2x2)")},
          {KeyAction::ToggleOverlay, QStringLiteral("toggle-overlay"), k(Qt::Key_Space), QT_TRANSLATE_NOOP("KeyTable", "Show or hide the label overlay")},
          {KeyAction::Ruler, QStringLiteral("ruler"), k(Qt::Key_M), QT_TRANSLATE_NOOP("KeyTable", "Ruler")},
          {KeyAction::EllipseRoi, QStringLiteral("ellipse-roi"), k(Qt::Key_O), QT_TRANSLATE_NOOP("KeyTable", "Ellipse ROI")},
          {KeyAction::RectangleRoi, QStringLiteral("rectangle-roi"), k(Qt::Key_U), QT_TRANSLATE_NOOP("KeyTable", "Rectangle ROI")},
          {KeyAction::Navigate, QStringLiteral("navigate"), k(Qt::Key_Escape), QT_TRANSLATE_NOOP("KeyTable", "Back to navigation (cross-hair)")},
          {KeyAction::Box, QStringLiteral("box"), k(Qt::Key_X), QT_TRANSLATE_NOOP("KeyTable", "Box")},
          {KeyAction::AxisRuler, QStringLiteral("axis-ruler"), k(Qt::Key_D), QT_TRANSLATE_NOOP("KeyTable", "Long and short axis of the finding (bidirectional ruler)")},
          {KeyAction::Brush, QStringLiteral("brush"), k(Qt::Key_B), QT_TRANSLATE_NOOP("KeyTable", "Brush")},
          {KeyAction::Eraser, QStringLiteral("eraser"), k(Qt::Key_E), QT_TRANSLATE_NOOP("KeyTable", "Eraser")},
          {KeyAction::ThresholdBrush, QStringLiteral("threshold-brush"), k(Qt::Key_T), QT_TRANSLATE_NOOP("KeyTable", "Threshold brush")},
          {KeyAction::RegionGrow, QStringLiteral("region-grow"), k(Qt::Key_G), QT_TRANSLATE_NOOP("KeyTable", "Region growing")},
          {KeyAction::BrushSmaller, QStringLiteral("brush-smaller"), k(Qt::Key_BracketLeft), QT_TRANSLATE_NOOP("KeyTable", "Smaller brush")},
          {KeyAction::BrushSmaller, QStringLiteral("brush-smaller"), k(Qt::Key_Minus), QT_TRANSLATE_NOOP("KeyTable", "Smaller brush")},
          {KeyAction::BrushLarger, QStringLiteral("brush-larger"), k(Qt::Key_BracketRight), QT_TRANSLATE_NOOP("KeyTable", "Larger brush")},
          {KeyAction::BrushLarger, QStringLiteral("brush-larger"), k(Qt::Key_Plus), QT_TRANSLATE_NOOP("KeyTable", "Larger brush")},
          {KeyAction::PreviousSegment, QStringLiteral("previous-segment"), k(Qt::Key_Q), QT_TRANSLATE_NOOP("KeyTable", "Previous segment")},
          {KeyAction::NextSegment, QStringLiteral("next-segment"), k(Qt::Key_W), QT_TRANSLATE_NOOP("KeyTable", "Next segment")},
          {KeyAction::NewSegment, QStringLiteral("new-segment"), k(Qt::Key_N), QT_TRANSLATE_NOOP("KeyTable", "New segment")},
          {KeyAction::Undo, QStringLiteral("undo"), k(Qt::Key_Z, Qt::ControlModifier), QT_TRANSLATE_NOOP("KeyTable", "Undo")},
          {KeyAction::Redo, QStringLiteral("redo"), k(Qt::Key_Y, Qt::ControlModifier), QT_TRANSLATE_NOOP("KeyTable", "Redo")},
          {KeyAction::Redo, QStringLiteral("redo"), k(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier), QT_TRANSLATE_NOOP("KeyTable", "Redo")},
          {KeyAction::Save, QStringLiteral("save"), k(Qt::Key_S, Qt::ControlModifier), QT_TRANSLATE_NOOP("KeyTable", "Save now")},
          {KeyAction::NextCase, QStringLiteral("next-case"), k(Qt::Key_PageDown, Qt::ControlModifier), QT_TRANSLATE_NOOP("KeyTable", "Next case of the worklist")},
          {KeyAction::PreviousCase, QStringLiteral("previous-case"), k(Qt::Key_PageUp, Qt::ControlModifier), QT_TRANSLATE_NOOP("KeyTable", "Previous case of the worklist")},
      } {}

const std::vector<MouseGesture>& KeyTable::mouseGestures() {
  static const std::vector<MouseGesture> gestures = {
      {QT_TRANSLATE_NOOP("KeyTable", "Wheel"), QT_TRANSLATE_NOOP("KeyTable", "Previous/next slice")},
      {QT_TRANSLATE_NOOP("KeyTable", "Shift+wheel"), QT_TRANSLATE_NOOP("KeyTable", "10 slices at a time")},
      {QT_TRANSLATE_NOOP("KeyTable", "Ctrl+wheel"), QT_TRANSLATE_NOOP("KeyTable", "Zoom")},
      {QT_TRANSLATE_NOOP("KeyTable", "Left click or drag"), QT_TRANSLATE_NOOP("KeyTable", "Move the cross-hair (or use the active tool)")},
      {QT_TRANSLATE_NOOP("KeyTable", "Shift+move"), QT_TRANSLATE_NOOP("KeyTable", "The cross-hair follows the pointer")},
      {QT_TRANSLATE_NOOP("KeyTable", "Right-drag"), QT_TRANSLATE_NOOP("KeyTable", "Window (horizontal) and level (vertical)")},
      {QT_TRANSLATE_NOOP("KeyTable", "Middle-drag or Shift+left-drag"), QT_TRANSLATE_NOOP("KeyTable", "Pan")},
      {QT_TRANSLATE_NOOP("KeyTable", "Double-click"), QT_TRANSLATE_NOOP("KeyTable", "Maximise the view, and back")},
  };
  return gestures;
}

std::optional<KeyAction> KeyTable::actionFor(QKeyCombination key) const {
  // Keypad keys count as their ordinary keys (the "+" of the number pad).
  const QKeyCombination plain(key.keyboardModifiers() & ~Qt::KeypadModifier, key.key());
  for (const KeyBinding& b : bindings_)
    if (b.key == plain) return b.action;
  return std::nullopt;
}

bool KeyTable::rebind(const QString& id, const std::vector<QKeyCombination>& keys) {
  auto first = std::find_if(bindings_.begin(), bindings_.end(), [&](const KeyBinding& b) { return b.id == id; });
  if (first == bindings_.end()) return false;
  const KeyBinding model = *first;
  bindings_.erase(std::remove_if(bindings_.begin(), bindings_.end(), [&](const KeyBinding& b) { return b.id == id; }),
                  bindings_.end());
  for (QKeyCombination key : keys) bindings_.push_back({model.action, model.id, key, model.description});
  return true;
}

QString KeyTable::describe(const KeyBinding& binding) { return QCoreApplication::translate("KeyTable", binding.description); }
QString KeyTable::describe(const MouseGesture& gesture) { return QCoreApplication::translate("KeyTable", gesture.description); }
QString KeyTable::gestureName(const MouseGesture& gesture) { return QCoreApplication::translate("KeyTable", gesture.gesture); }

}  // namespace rc
