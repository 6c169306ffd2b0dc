#pragma once
// The Segments panel's list as a model a tree view binds to: segments grouped by their
// category (an AI model's 117 organs under "Anatomical Structure", a reader's nodules under
// "Morphologically Abnormal Structure"), a search that keeps only the segments it matches,
// and shown/hidden per segment or per group through the viewer. It holds no label state of
// its own: it reads AnnotationSession (or the viewer's labels when nothing is being edited)
// and follows their signals. Qt Core only; the panel maps the colour role to a swatch.

#include "core/Labels.h"

#include <QAbstractItemModel>
#include <QString>

#include <vector>

namespace rc {

class AnnotationSession;
class ViewerModel;

class SegmentListModel : public QAbstractItemModel {
  Q_OBJECT
public:
  enum Role {
    SegmentNumberRole = Qt::UserRole + 1,  // int; 0 on a group row
    ColorRole,                             // QRgb (uint, 0xffRRGGBB) of the segment
    VerifiedRole,                          // bool
    LockedRole,                            // bool
  };

  SegmentListModel(ViewerModel* viewer, AnnotationSession* annotation, QObject* parent = nullptr);

  // Keeps the segments whose number, name, type, category or description contains `text`
  // (any case, full- or half-width alike); groups left without a segment are not listed.
  void setFilterText(const QString& text);
  QString filterText() const { return filter_; }

  // Shows or hides every segment listed (after the search), as one change.
  void setListedHidden(bool hidden);
  // The row of segment `number`, invalid when it is not listed.
  QModelIndex indexOfSegment(int number) const;
  int segmentAt(const QModelIndex& index) const;
  int groupCount() const { return int(groups_.size()); }
  int listedSegmentCount() const;
  QString groupTitle(int group) const;

  QModelIndex index(int row, int column, const QModelIndex& parent = QModelIndex()) const override;
  QModelIndex parent(const QModelIndex& child) const override;
  int rowCount(const QModelIndex& parent = QModelIndex()) const override;
  int columnCount(const QModelIndex& parent = QModelIndex()) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
  Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
  struct Group {
    CodedConcept category;
    QString title;
    std::vector<int> segments;  // numbers, in the label set's order
  };

  std::shared_ptr<const LabelSet> labels() const;
  std::vector<Group> groupsOf(const LabelSet* labels) const;
  bool matches(const Segment& segment) const;
  // Re-reads the labels: a reset when the rows change, else only their data.
  void rebuild();
  void emitAllDataChanged(const QList<int>& roles);
  QString segmentText(const Segment& segment) const;

  ViewerModel* viewer_;
  AnnotationSession* annotation_;
  QString filter_;  // folded
  std::vector<Group> groups_;
};

}  // namespace rc
