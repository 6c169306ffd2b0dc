#pragma once
// A planar NM scan as a nuclear-medicine reader sees it: the views side by side at one scale
// and height (WholeBodyModel), each labelled (ANT / POST) with the patient's right and left at
// its edges, and the reader's hotspot marks drawn on their view (HotspotReading), numbered by
// lesion, coloured by call. A click on the image asks the controller to place a mark; a
// right-click on a mark offers its actions. Keys: + / - darker / brighter, I invert, M mirror
// the posterior view.

#include "bonescan/HotspotReading.h"
#include "viewmodel/WholeBodyModel.h"

#include <QImage>
#include <QWidget>

namespace rc {

class WholeBodyView : public QWidget {
  Q_OBJECT
public:
  WholeBodyView(WholeBodyModel* model, bonescan::HotspotReading* reading, QWidget* parent = nullptr);

  // Where view `v` is drawn in the widget, and the scale (screen pixels per image pixel).
  QRectF viewRect(int v) const;
  double scale() const;
  // The view under a widget point (-1: none) and the image pixel there.
  int viewAt(QPointF point, QPointF* image = nullptr) const;
  QPointF toWidget(int view, QPointF image) const;
  // One view as shown (the image and its marks, no labels), for --views-dir.
  QImage renderView(int view) const;
  // The view a mark's side ("anterior" / "posterior") is drawn on: a scan whose file names no
  // side shows its marks on its first view (they are stored as anterior). -1: not shown.
  int viewOfMark(const QString& side) const;
  static QString markSide(PlanarView side) {
    return side == PlanarView::Posterior ? QStringLiteral("posterior") : QStringLiteral("anterior");
  }
  // Edge letters of a view as shown: left, right.
  std::pair<QString, QString> edgeLetters(int view) const;

signals:
  void imageClicked(int view, QPointF image, QPoint globalPosition);
  void markMenuRequested(int mark, QPoint globalPosition);

protected:
  void paintEvent(QPaintEvent* event) override;
  void mousePressEvent(QMouseEvent* event) override;
  void keyPressEvent(QKeyEvent* event) override;

private:
  void rebuildImages();
  QImage greyImage(int view) const;
  QString markLabel(int index) const;

  WholeBodyModel* model_;
  bonescan::HotspotReading* reading_;
  std::vector<QImage> images_;
};

}  // namespace rc
