#pragma once
// How the series' labels are drawn: each segment with its colour and a visibility box, the
// overlay's opacity, filled or outlined.

#include <QWidget>

class QCheckBox;
class QListWidget;
class QSlider;

namespace rc {

class ViewerModel;

class LabelsPanel : public QWidget {
  Q_OBJECT
public:
  explicit LabelsPanel(ViewerModel* viewer, QWidget* parent = nullptr);

  QListWidget* segmentList() const { return list_; }
  QSlider* opacitySlider() const { return opacity_; }
  QCheckBox* outlineBox() const { return outline_; }

private:
  void refresh();

  ViewerModel* viewer_;
  QListWidget* list_;
  QSlider* opacity_;
  QCheckBox* outline_;
};

}  // namespace rc
