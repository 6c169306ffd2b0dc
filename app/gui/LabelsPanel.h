#pragma once
// The segments of the open series: a search, the list grouped by category (colour, name,
// unverified and locked marks, shown or hidden per segment or per group: an AI model's 117
// organs stay workable), the active one (the one the tools paint), and what a reader does with
// them: add, edit (name, codes from the vocabulary, colour), verify, lock, delete. Below: how
// the overlay is drawn (opacity, outline). The panel holds no label state: SegmentListModel
// reads AnnotationSession.

#include <QSet>
#include <QWidget>

class QCheckBox;
class QLineEdit;
class QTreeView;
class QPushButton;
class QSlider;

namespace rc {

class AnnotationSession;
class SegmentListModel;
class ViewerModel;
struct Segment;

class LabelsPanel : public QWidget {
  Q_OBJECT
public:
  LabelsPanel(ViewerModel* viewer, AnnotationSession* annotation, QWidget* parent = nullptr);

  QTreeView* segmentTree() const { return tree_; }
  SegmentListModel* segmentModel() const { return model_; }
  QLineEdit* searchField() const { return search_; }
  QSlider* opacitySlider() const { return opacity_; }
  QCheckBox* outlineBox() const { return outline_; }
  // Opens the segment's dialog (name, codes, colour); false when cancelled or refused.
  bool editSegment(int number);

signals:
  void failed(const QString& message);

private:
  void selectActiveSegment();
  void restoreExpandedGroups();
  void updateButtons();
  int selectedSegment() const;

  ViewerModel* viewer_;
  AnnotationSession* annotation_;
  SegmentListModel* model_;
  QLineEdit* search_;
  QTreeView* tree_;
  QPushButton* showAll_;
  QPushButton* hideAll_;
  QPushButton* add_;
  QPushButton* edit_;
  QPushButton* verify_;
  QPushButton* lock_;
  QPushButton* remove_;
  QSlider* opacity_;
  QCheckBox* outline_;
  QSet<QString> collapsedGroups_;  // by title, kept across a new series or a search
};

}  // namespace rc
