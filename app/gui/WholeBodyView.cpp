#include "WholeBodyView.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

#include <cstring>

namespace rc {

namespace {

constexpr double kMargin = 28;  // room for the view label above and the edge letters beside

QColor callColor(const QString& call) {
  if (call == bonescan::call::metastasis) return QColor(220, 30, 30);
  if (call == bonescan::call::equivocal) return QColor(230, 140, 0);
  return QColor(30, 150, 60);
}

}  // namespace

WholeBodyView::WholeBodyView(WholeBodyModel* model, bonescan::HotspotReading* reading, QWidget* parent)
    : QWidget(parent), model_(model), reading_(reading) {
  setFocusPolicy(Qt::StrongFocus);
  setMinimumSize(320, 400);
  setAutoFillBackground(true);
  QPalette p = palette();
  p.setColor(QPalette::Window, Qt::white);  // inverted scans are read on white
  setPalette(p);
  connect(model_, &WholeBodyModel::changed, this, [this] {
    rebuildImages();
    update();
  });
  connect(reading_, &bonescan::HotspotReading::changed, this, qOverload<>(&QWidget::update));
}

void WholeBodyView::rebuildImages() {
  images_.clear();
  for (int v = 0; v < int(model_->views().size()); ++v) {
    images_.push_back(greyImage(v));
  }
}

QImage WholeBodyView::greyImage(int view) const {
  const std::vector<std::uint8_t> grey = model_->grey(view);
  QImage image(model_->width(view), model_->height(view), QImage::Format_Grayscale8);
  for (int row = 0; row < image.height(); ++row)
    std::memcpy(image.scanLine(row), grey.data() + size_t(row) * size_t(image.width()), size_t(image.width()));
  return image;
}

double WholeBodyView::scale() const {
  // One scale for every view (earlier scans included): the widest and tallest must fit.
  const int n = int(model_->views().size());
  int widest = 0, tallest = 0;
  for (int v = 0; v < n; ++v) widest = std::max(widest, model_->width(v)), tallest = std::max(tallest, model_->height(v));
  if (!n || widest <= 0 || tallest <= 0) return 1;
  const double cellWidth = (width() - kMargin) / double(n) - kMargin;
  return std::max(0.05, std::min(cellWidth / widest, (height() - 2 * kMargin) / tallest));
}

QRectF WholeBodyView::viewRect(int v) const {
  const int n = int(model_->views().size());
  const double s = scale(), w = model_->width(v) * s, h = model_->height(v) * s;
  const double cell = (width() - kMargin) / double(std::max(1, n));
  return QRectF(kMargin / 2 + cell * v + (cell - w) / 2, kMargin + (height() - 2 * kMargin - h) / 2, w, h);
}

int WholeBodyView::viewAt(QPointF point, QPointF* image) const {
  for (int v = 0; v < int(model_->views().size()); ++v) {
    const QRectF r = viewRect(v);
    if (!r.contains(point)) continue;
    // Pixel centres at whole numbers: the shown pixel under the point, then the image's.
    const QPointF shown((point.x() - r.left()) / scale() - 0.5, (point.y() - r.top()) / scale() - 0.5);
    if (image) *image = model_->toImage(v, shown);
    return v;
  }
  return -1;
}

QPointF WholeBodyView::toWidget(int view, QPointF image) const {
  const QPointF shown = model_->toShown(view, image);
  const QRectF r = viewRect(view);
  return QPointF(r.left() + (shown.x() + 0.5) * scale(), r.top() + (shown.y() + 0.5) * scale());
}

std::pair<QString, QString> WholeBodyView::edgeLetters(int view) const {
  // Anterior as acquired: the camera faces the patient, whose right is on the viewer's left.
  // Posterior as acquired shows the back: right on the right, unless mirrored.
  const PlanarView side = model_->views()[size_t(view)].side;
  if (side == PlanarView::Unknown) return {};
  const bool rightOnLeft = side == PlanarView::Anterior || model_->mirrored(view);
  return rightOnLeft ? std::pair{tr("R"), tr("L")} : std::pair{tr("L"), tr("R")};
}

int WholeBodyView::viewOfMark(const QString& side) const {
  if (side == QLatin1String("posterior")) return model_->viewOf(PlanarView::Posterior);
  const int anterior = model_->viewOf(PlanarView::Anterior);
  return anterior >= 0 ? anterior : model_->viewOf(PlanarView::Unknown);
}

QString WholeBodyView::markLabel(int index) const {
  // Lesions numbered in the order placed; a mark that shows a lesion again carries its number.
  const auto& marks = reading_->marks();
  int lesion = 0;
  for (int i = 0; i <= index && i < int(marks.size()); ++i)
    if (marks[size_t(i)].sameLesionAs < 0) ++lesion;
  const int linked = marks[size_t(index)].sameLesionAs;
  return linked >= 0 ? markLabel(linked) + QLatin1Char('\'') : QString::number(lesion);
}

void WholeBodyView::paintEvent(QPaintEvent*) {
  QPainter p(this);
  p.setRenderHint(QPainter::Antialiasing);
  if (images_.size() != model_->views().size()) rebuildImages();
  if (model_->views().empty()) {
    p.drawText(rect(), Qt::AlignCenter, tr("No planar scan open"));
    return;
  }
  QFont bold = font();
  bold.setBold(true);
  for (int v = 0; v < int(model_->views().size()); ++v) {
    const QRectF r = viewRect(v);
    p.drawImage(r, images_[size_t(v)]);
    p.setPen(QColor(90, 90, 90));
    p.drawRect(r.adjusted(-0.5, -0.5, 0.5, 0.5));
    p.setFont(bold);
    p.setPen(Qt::black);
    const WholeBodyModel::View& shown = model_->views()[size_t(v)];
    QString label = shown.side == PlanarView::Unknown ? tr("View %1 (the file names no side)").arg(shown.label) : shown.label;
    if (model_->mirrored(v)) label += tr(" (mirrored)");
    p.drawText(QRectF(r.left(), r.top() - kMargin, r.width(), kMargin), Qt::AlignCenter, label);
    const auto [left, right] = edgeLetters(v);
    p.drawText(QRectF(r.left() - kMargin / 2 - 2, r.center().y() - 10, kMargin / 2, 20), Qt::AlignCenter, left);
    p.drawText(QRectF(r.right() + 2, r.center().y() - 10, kMargin / 2, 20), Qt::AlignCenter, right);
  }
  // The marks on their view.
  p.setFont(font());
  for (int i = 0; i < int(reading_->marks().size()); ++i) {
    const HotspotMarkRecord& m = reading_->marks()[size_t(i)];
    const int v = viewOfMark(m.view);
    if (v < 0) continue;
    const QPointF at = toWidget(v, QPointF(m.x, m.y));
    p.setPen(QPen(callColor(m.call), 2));
    p.setBrush(Qt::NoBrush);
    p.drawEllipse(at, 7, 7);
    p.drawText(at + QPointF(9, -6), markLabel(i));
  }
}

QImage WholeBodyView::renderView(int view) const {
  if (view < 0 || size_t(view) >= model_->views().size()) return {};
  QImage out = (size_t(view) < images_.size() ? images_[size_t(view)] : QImage()).convertToFormat(QImage::Format_RGB32);
  if (out.isNull()) out = greyImage(view).convertToFormat(QImage::Format_RGB32);
  QPainter p(&out);
  p.setRenderHint(QPainter::Antialiasing);
  for (const HotspotMarkRecord& m : reading_->marks()) {
    if (viewOfMark(m.view) != view) continue;
    p.setPen(QPen(callColor(m.call), 1.5));
    p.drawEllipse(model_->toShown(view, QPointF(m.x, m.y)), 4, 4);
  }
  return out;
}

void WholeBodyView::mousePressEvent(QMouseEvent* event) {
  setFocus();
  QPointF image;
  const int v = viewAt(event->position(), &image);
  if (v < 0 || model_->views()[size_t(v)].scan != 0) return;  // earlier scans are for looking only
  const QString viewName = markSide(model_->views()[size_t(v)].side);
  const int mark = reading_->markAt(viewName, image.x(), image.y(), 9 / scale());
  if (event->button() == Qt::RightButton || (mark >= 0 && event->button() == Qt::LeftButton && event->modifiers() == Qt::NoModifier)) {
    if (mark >= 0) emit markMenuRequested(mark, event->globalPosition().toPoint());
    return;
  }
  if (event->button() == Qt::LeftButton) emit imageClicked(v, image, event->globalPosition().toPoint());
}

void WholeBodyView::keyPressEvent(QKeyEvent* event) {
  switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal: model_->darker(); return;
    case Qt::Key_Minus: model_->brighter(); return;
    case Qt::Key_I: model_->setInverted(!model_->inverted()); return;
    case Qt::Key_M: model_->setMirrorPosterior(!model_->mirrorPosterior()); return;
    default: QWidget::keyPressEvent(event);
  }
}

}  // namespace rc
