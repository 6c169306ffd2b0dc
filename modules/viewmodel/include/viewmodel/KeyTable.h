#pragma once
// The one table of keys and mouse gestures: the views' event handling reads it, and so does
// Help > Mouse and keyboard, so the two never disagree. Keys can be rebound (settings).

#include <QKeyCombination>
#include <QString>

#include <optional>
#include <vector>

namespace rc {

enum class KeyAction {
  // reading
  NextSlice, PreviousSlice, FirstSlice, LastSlice,
  PresetLung, PresetMediastinum, PresetBone, WindowFromFile,
  ResetView, FitView, Invert, CycleLayout, ToggleOverlay,
  // measuring
  Ruler, EllipseRoi, RectangleRoi,
  // annotating
  Navigate, Box, AxisRuler, Brush, Eraser, ThresholdBrush, RegionGrow,
  BrushSmaller, BrushLarger, PreviousSegment, NextSegment, NewSegment,
  Undo, Redo, Save,
  // reading studies
  NextCase, PreviousCase,
};

struct KeyBinding {
  KeyAction action;
  QString id;               // stable name for settings ("next-slice")
  QKeyCombination key;
  const char* description;  // untranslated; shown through QCoreApplication::translate("KeyTable", ...)
};

struct MouseGesture {
  const char* gesture;      // untranslated, e.g. "Right-drag"
  const char* description;
};

class KeyTable {
public:
  KeyTable();  // the defaults

  const std::vector<KeyBinding>& bindings() const { return bindings_; }
  static const std::vector<MouseGesture>& mouseGestures();

  std::optional<KeyAction> actionFor(QKeyCombination key) const;
  // Replaces the keys of the action named `id`; false when there is no such action.
  bool rebind(const QString& id, const std::vector<QKeyCombination>& keys);

  // Translated texts for Help (the key itself is written by the GUI, which can name keys).
  static QString describe(const KeyBinding& binding);
  static QString describe(const MouseGesture& gesture);
  static QString gestureName(const MouseGesture& gesture);

private:
  std::vector<KeyBinding> bindings_;
};

}  // namespace rc
