#pragma once
// The segments of the open series: the list (colour, name, unverified and locked marks, shown
// or hidden), the active one (the one the tools paint), and what a reader does with them: add,
// edit (name, codes from the vocabulary, colour), verify, lock, delete. Below: how the overlay
// is drawn (opacity, outline). The panel holds no label state; it shows AnnotationSession.

#include <QWidget>

class QCheckBox;
class QListWidget;
class QPushButton;
class QSlider;

namespace rc {

class AnnotationSession;
class ViewerModel;
struct Segment;

class LabelsPanel : public QWidget {
  Q_OBJECT
public:
  LabelsPanel(ViewerModel* viewer, AnnotationSession* annotation, QWidget* parent = nullptr);

  QListWidget* segmentList() const { return list_; }
  QSlider* opacitySlider() const { return opacity_; }
  QCheckBox* outlineBox() const { return outline_; }
  // Opens the segment's dialog (name, codes, colour); false when cancelled or refused.
  bool editSegment(int number);

signals:
  void failed(const QString& message);

private:
  void refresh();
  void updateButtons();
  int selectedSegment() const;

  ViewerModel* viewer_;
  AnnotationSession* annotation_;
  QListWidget* list_;
  QPushButton* add_;
  QPushButton* edit_;
  QPushButton* verify_;
  QPushButton* lock_;
  QPushButton* remove_;
  QSlider* opacity_;
  QCheckBox* outline_;
};

}  // namespace rc
