#pragma once
// The painted layer of a SliceView, above the image and the labels: orientation
// letters, corner texts and readout, findings' boxes, measurements and the active tool's
// feedback. Everything is placed through SliceGeometry, so it lines up with the image by
// construction. It is painted with QPainter into an image that VTK draws as the frame's last
// layer: one GL frame per change, no window-sized composition of a translucent widget.

#include "viewmodel/SliceViewModel.h"
#include "viewmodel/ViewTool.h"

#include <QCoreApplication>
#include <QImage>
#include <QStringList>

#include <array>
#include <optional>

class QPainter;

namespace rc {

class SliceOverlay {
  Q_DECLARE_TR_FUNCTIONS(rc::SliceOverlay)

public:
  SliceOverlay(SliceViewModel* model, ToolModel* tools);

  void setSize(const QSize& size) { size_ = size; }
  QSize size() const { return size_; }
  // The display point under the mouse while it is over the view.
  void setHoverPoint(std::optional<QPointF> point) { hover_ = point; }

  QStringList cornerTexts() const;  // top-left, top-right, bottom-left, bottom-right
  std::array<QString, 4> orientationTexts() const { return model_->edgeLetters(); }
  QString readoutText() const;

  // Paints the whole layer into `image` (straight RGBA, cleared to transparent first).
  void paint(QImage& image) const;

private:
  void paintBoxes(QPainter& p, const SliceGeometry& g) const;
  void paintDrawings(QPainter& p, const SliceGeometry& g, const Finding& f) const;
  void paintMeasurements(QPainter& p, const SliceGeometry& g) const;
  void paintToolFeedback(QPainter& p, const SliceGeometry& g) const;
  void paintTexts(QPainter& p) const;
  void paintShape(QPainter& p, const SliceGeometry& g, const ToolShape& shape) const;

  SliceViewModel* model_;
  ToolModel* tools_;
  QSize size_{1, 1};
  std::optional<QPointF> hover_;
};

}  // namespace rc
