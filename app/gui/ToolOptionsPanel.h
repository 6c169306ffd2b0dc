#pragma once
// The settings of the annotation tools (brush size and shape, threshold range and presets,
// paint-over rule, region growing) and the operations on the active segment (fill holes,
// islands, grow/shrink in mm, interpolation between painted slices). Operations run off the
// GUI thread; the panel shows which one runs and offers Cancel.

#include <QWidget>

#include <functional>
#include <tuple>
#include <vector>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;

namespace rc {

class AnnotationSession;
class ToolSettings;

class ToolOptionsPanel : public QWidget {
  Q_OBJECT
public:
  // `sliceAxis` tells the index axis across the view the user works in (for per-slice
  // operations and interpolation).
  ToolOptionsPanel(AnnotationSession* annotation, ToolSettings* settings, std::function<int()> sliceAxis,
                   QWidget* parent = nullptr);

  QDoubleSpinBox* radiusBox() const { return radius_; }
  QComboBox* presetsBox() const { return presets_; }
  QDoubleSpinBox* lowerBox() const { return lower_; }
  // The open series decides the threshold presets and units: Hounsfield presets on CT, a
  // share of the maximum count on NM, none elsewhere.
  void setSeries(const QString& modality, double maximum);
  QPushButton* interpolateButton() const { return interpolate_; }

signals:
  void failed(const QString& message);

private:
  void refreshFromSettings();
  void start(bool started);
  // The presets for the open series: (name, lower, upper).
  std::vector<std::tuple<QString, double, double>> presets() const;

  AnnotationSession* annotation_;
  ToolSettings* settings_;
  std::function<int()> sliceAxis_;
  QString modality_ = QStringLiteral("CT");
  double maximum_ = 0;
  QDoubleSpinBox* radius_;
  QCheckBox* sphere_;
  QComboBox* presets_;
  QDoubleSpinBox* lower_;
  QDoubleSpinBox* upper_;
  QComboBox* paintOver_;
  QComboBox* growMethod_;
  QDoubleSpinBox* growRadius_;
  QCheckBox* perSlice_;
  QDoubleSpinBox* islandMm3_;
  QDoubleSpinBox* marginMm_;
  QPushButton* interpolate_;
  QLabel* running_;
  QPushButton* cancel_;
  QList<QPushButton*> operationButtons_;
};

}  // namespace rc
