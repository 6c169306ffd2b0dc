#include "SliceOverlay.h"

#include "core/ImageMeasurement.h"
#include "viewer/SliceView.h"
#include "viewmodel/Outlines.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace rc {

namespace {

const QColor kText(255, 242, 153);
const QColor kBox(255, 170, 40);
const QColor kMeasurement(90, 220, 255);
const QColor kSelected(255, 90, 220);
const QColor kTool(120, 255, 120);

QString number(double v, int decimals = 1) { return QString::number(v, 'f', decimals); }

QString formatValue(double v) {
  return std::abs(v - std::round(v)) < 1e-6 ? QString::number(std::llround(v)) : QString::number(v, 'g', 5);
}

// Text with a dark shadow, readable on any image.
void shadowedText(QPainter& p, const QRectF& rect, int flags, const QString& text, const QColor& color) {
  p.setPen(QColor(0, 0, 0, 200));
  p.drawText(rect.translated(1, 1), flags, text);
  p.setPen(color);
  p.drawText(rect, flags, text);
}

QPolygonF toDisplay(const SliceGeometry& g, const std::vector<Vec3>& points) {
  QPolygonF polygon;
  for (const Vec3& point : points) polygon << g.indexToDisplay(point);
  return polygon;
}

// The four corners of an ROI's box in the plane (index coordinates on its slice).
std::vector<Vec3> roiCorners(const ImageMeasurement& m) {
  const auto [u, v] = inPlaneAxes(m.normalAxis);
  std::vector<Vec3> corners(4, m.first);
  corners[1][size_t(u)] = m.second[size_t(u)];
  corners[2][size_t(u)] = m.second[size_t(u)];
  corners[2][size_t(v)] = m.second[size_t(v)];
  corners[3][size_t(v)] = m.second[size_t(v)];
  return corners;
}

}  // namespace

SliceOverlay::SliceOverlay(SliceViewModel* model, ToolModel* tools) : model_(model), tools_(tools) {}

QString SliceOverlay::readoutText() const {
  if (!hover_ || !model_->hasVolume()) return QString();
  const SliceGeometry g = model_->geometry(size_);
  const VoxelReadout r = model_->viewer()->readout(g.displayToIndex(*hover_, model_->slice()));
  if (!r.valid) return QString();
  QString value = model_->volume()->pixelType() == PixelType::Rgb8 ? QString() : formatValue(r.value);
  if (!r.unit.isEmpty()) value += QLatin1Char(' ') + r.unit;
  return tr("(%1, %2, %3)  %4, %5, %6 mm  %7")
      .arg(r.voxel[0]).arg(r.voxel[1]).arg(r.voxel[2])
      .arg(number(r.patient[0]), number(r.patient[1]), number(r.patient[2]), value)
      .trimmed();
}

QStringList SliceOverlay::cornerTexts() const {
  const auto& v = model_->volume();
  if (!v) return {QString(), QString(), QString(), QString()};
  const ViewerModel* viewer = model_->viewer();
  const QString topLeft = viewer->patientCode() + QLatin1Char('\n') + viewer->seriesLabel();
  QString topRight = QStringLiteral("%1  %2 x %3").arg(v->modality).arg(v->width()).arg(v->height());
  if (!viewer->isSingleImage()) {
    static const char* const names[] = {QT_TR_NOOP("Axial"), QT_TR_NOOP("Coronal"), QT_TR_NOOP("Sagittal")};
    topRight = tr(names[int(model_->plane())]) + QStringLiteral("  ") + topRight;
  }
  if (std::abs(model_->zoom() - 1.0) > 1e-9) topRight += QLatin1Char('\n') + tr("Zoom %1%").arg(std::lround(model_->zoom() * 100));
  if (model_->axes().oblique) topRight += QLatin1Char('\n') + tr("oblique: planes follow the acquisition");
  QString bottomLeft = tr("Slice %1/%2").arg(model_->slice() + 1).arg(model_->sliceCount());
  if (v->hasPatientOrientation && model_->sliceCount() > 1) {
    // Position of the slice along its normal, in patient millimetres.
    const Vec3 p = viewer->cursorPatient();
    const Vec3& n = v->axes[size_t(model_->axes().normal)];
    bottomLeft += QLatin1Char('\n') + tr("Position %1 mm").arg(p[0] * n[0] + p[1] * n[1] + p[2] * n[2], 0, 'f', 1);
  }
  if (v->sheared) bottomLeft += QLatin1Char('\n') + tr("gantry tilt: shown without shear correction");
  if (v->irregularSpacing) bottomLeft += QLatin1Char('\n') + tr("irregular slice spacing: shown evenly spaced");
  QString bottomRight;
  const QString readout = readoutText();
  if (!readout.isEmpty()) bottomRight = readout + QLatin1Char('\n');
  if (v->pixelType() != PixelType::Rgb8) {
    const WindowLevel w = model_->window();
    bottomRight += tr("W %1  L %2").arg(formatValue(w.width), formatValue(w.center));
    if (viewer->inverted()) bottomRight += QLatin1Char(' ') + tr("(inverted)");
  }
  return {topLeft, topRight, bottomLeft, bottomRight};
}

void SliceOverlay::paint(QImage& image) const {
  image.fill(Qt::transparent);
  QPainter p(&image);
  p.setRenderHint(QPainter::Antialiasing);
  if (!model_->hasVolume()) {
    QFont font = p.font();
    font.setPointSizeF(font.pointSizeF() * 1.1);
    p.setFont(font);
    shadowedText(p, QRectF(QPointF(), size_), Qt::AlignCenter | Qt::TextWordWrap,
                 tr("Double-click a series in the browser to view it"), kText);
    return;
  }
  const SliceGeometry g = model_->geometry(size_);
  paintBoxes(p, g);
  paintMeasurements(p, g);
  paintToolFeedback(p, g);
  paintTexts(p);
}

void SliceOverlay::paintBoxes(QPainter& p, const SliceGeometry& g) const {
  const auto& labels = model_->viewer()->labels();
  if (!labels || !model_->viewer()->overlayVisible()) return;
  const Volume& v = *model_->volume();
  for (const Finding& f : labels->findings) {
    std::vector<Vec3> outline;
    if (f.volumeBox) outline = volumeBoxOutline(v, *f.volumeBox, model_->axes().normal, model_->slice());
    else if (f.imageBox) outline = imageBoxOutline(v, *f.imageBox, model_->axes().normal, model_->slice());
    if (!outline.empty()) {
      const QPolygonF polygon = toDisplay(g, outline);
      p.setPen(QPen(kBox, 1.5));
      p.setBrush(Qt::NoBrush);
      p.drawPolygon(polygon);
      QRectF label(polygon.boundingRect().topLeft() - QPointF(0, 18), QSizeF(300, 16));
      shadowedText(p, label, Qt::AlignLeft | Qt::AlignBottom, f.trackingId, kBox);
    }
    paintDrawings(p, g, f);
  }
}

// What the finding was measured on (another tool's lines, axes, ellipses; a ruler imported
// from a report), with the name and the value beside it.
void SliceOverlay::paintDrawings(QPainter& p, const SliceGeometry& g, const Finding& f) const {
  const Volume& v = *model_->volume();
  std::vector<std::pair<const Graphic*, QString>> drawings;
  for (const Measurement& m : f.measurements)
    if (m.graphic)
      drawings.emplace_back(&*m.graphic, QStringLiteral("%1: %2 %3 %4")
                                             .arg(f.trackingId, m.concept.meaning, number(m.value), m.unit.meaning.isEmpty() ? m.unit.value : m.unit.meaning)
                                             .append(isPhysicalUnit(m.unit) ? QString() : QStringLiteral(" ⚠")));
  for (const Graphic& drawn : f.graphics) drawings.emplace_back(&drawn, f.trackingId);
  for (const auto& [graphic, text] : drawings) {
    const DrawnOutline outline = graphicOutline(v, *graphic, model_->axes().normal, model_->slice());
    if (outline.points.empty()) continue;
    const QPolygonF polygon = toDisplay(g, outline.points);
    p.setPen(QPen(kBox, 1.5));
    p.setBrush(Qt::NoBrush);
    if (outline.closed) p.drawPolygon(polygon);
    else if (polygon.size() > 1) p.drawPolyline(polygon);
    if (graphic->type == GraphicType::Point || graphic->type == GraphicType::Multipoint || !outline.closed)
      for (const QPointF& end : {polygon.front(), polygon.back()}) p.drawEllipse(end, 2.5, 2.5);
    shadowedText(p, QRectF(polygon.boundingRect().bottomRight() + QPointF(6, 2), QSizeF(420, 18)), Qt::AlignLeft | Qt::AlignTop, text, kBox);
  }
}

void SliceOverlay::paintMeasurements(QPainter& p, const SliceGeometry& g) const {
  const ViewerModel* viewer = model_->viewer();
  const Volume& v = *model_->volume();
  for (const ImageMeasurement& m : viewer->measurements()) {
    if (m.normalAxis != model_->axes().normal || m.slice != model_->slice()) continue;
    const QColor color = m.id != 0 && m.id == viewer->selectedMeasurement() ? kSelected : kMeasurement;
    p.setPen(QPen(color, 1.5));
    p.setBrush(Qt::NoBrush);
    const MeasurementValues values = measure(v, m);
    QString text;
    QPointF anchor;
    if (m.kind == MeasurementKind::Ruler) {
      const QPointF a = g.indexToDisplay(m.first), b = g.indexToDisplay(m.second);
      p.drawLine(a, b);
      for (const QPointF& end : {a, b}) p.drawEllipse(end, 2.5, 2.5);
      text = tr("%1 mm").arg(number(values.lengthMm));
      anchor = b;
    } else {
      const QPolygonF corners = toDisplay(g, roiCorners(m));
      const QRectF box = corners.boundingRect();
      if (m.kind == MeasurementKind::Ellipse) p.drawEllipse(box);
      else p.drawPolygon(corners);
      text = tr("%1 mm²  mean %2 ± %3 %4\nmin %5  max %6")
                 .arg(number(values.areaMm2), formatValue(values.mean), number(values.sd), values.unit,
                      formatValue(values.min), formatValue(values.max));
      anchor = box.bottomRight();
    }
    if (!m.label.isEmpty()) text = m.label + QLatin1Char('\n') + text;
    shadowedText(p, QRectF(anchor + QPointF(6, 2), QSizeF(420, 60)), Qt::AlignLeft | Qt::AlignTop, text, color);
  }
}

void SliceOverlay::paintShape(QPainter& p, const SliceGeometry& g, const ToolShape& shape) const {
  switch (shape.kind) {
    case ToolShape::Kind::Polyline: {
      const QPolygonF polygon = toDisplay(g, shape.points);
      if (shape.closed) p.drawPolygon(polygon);
      else p.drawPolyline(polygon);
      break;
    }
    case ToolShape::Kind::Ellipse:
      if (shape.points.size() == 2) p.drawEllipse(QRectF(g.indexToDisplay(shape.points[0]), g.indexToDisplay(shape.points[1])));
      break;
    case ToolShape::Kind::Circle:
      if (!shape.points.empty()) {
        const double r = shape.radiusMm / g.millimetresPerPixel();
        p.drawEllipse(g.indexToDisplay(shape.points.front()), r, r);
      }
      break;
  }
  if (!shape.text.isEmpty() && !shape.points.empty())
    shadowedText(p, QRectF(g.indexToDisplay(shape.points.back()) + QPointF(8, 2), QSizeF(420, 60)),
                 Qt::AlignLeft | Qt::AlignTop, shape.text, kTool);
}

void SliceOverlay::paintToolFeedback(QPainter& p, const SliceGeometry& g) const {
  if (!tools_ || !tools_->active()) return;
  p.setPen(QPen(kTool, 1.5, Qt::DashLine));
  p.setBrush(Qt::NoBrush);
  for (const ToolShape& shape : tools_->active()->feedback(*model_)) paintShape(p, g, shape);
}

void SliceOverlay::paintTexts(QPainter& p) const {
  const QStringList texts = cornerTexts();
  const QRectF area = QRectF(QPointF(), size_).adjusted(6, 4, -6, -4);
  const auto letters = orientationTexts();
  QFont letterFont = p.font();
  letterFont.setBold(true);
  letterFont.setPointSizeF(letterFont.pointSizeF() * 1.25);
  // In a narrow view the corner texts would run into the orientation letter at the top or
  // bottom centre: they then move past the letter's line.
  const QFontMetricsF textMetrics(p.font()), letterMetrics(letterFont);
  auto widest = [&](const QString& text) {
    double w = 0;
    for (const QString& line : text.split(QLatin1Char('\n'))) w = std::max(w, textMetrics.horizontalAdvance(line));
    return w;
  };
  auto collides = [&](const QString& left, const QString& right, const QString& letter) {
    if (letter.isEmpty()) return false;
    const double half = letterMetrics.horizontalAdvance(letter) / 2 + 6, centre = area.center().x();
    return area.left() + widest(left) > centre - half || area.right() - widest(right) < centre + half;
  };
  const double letterLine = letterMetrics.height();
  const QRectF top = collides(texts[0], texts[1], letters[2]) ? area.adjusted(0, letterLine, 0, 0) : area;
  const QRectF bottom = collides(texts[2], texts[3], letters[3]) ? area.adjusted(0, 0, 0, -letterLine) : area;
  // Left and right texts that would meet stack instead: the right one under (at the bottom:
  // the left one over) the other.
  auto meet = [&](const QString& left, const QString& right) { return widest(left) + widest(right) + 12 > area.width(); };
  auto height = [&](const QString& text) { return textMetrics.lineSpacing() * double(text.count(QLatin1Char('\n')) + 1); };
  const QRectF topRight = meet(texts[0], texts[1]) ? top.adjusted(0, height(texts[0]), 0, 0) : top;
  const QRectF bottomLeft = meet(texts[2], texts[3]) ? bottom.adjusted(0, 0, 0, -height(texts[3])) : bottom;
  shadowedText(p, top, Qt::AlignLeft | Qt::AlignTop, texts[0], kText);
  shadowedText(p, topRight, Qt::AlignRight | Qt::AlignTop, texts[1], kText);
  shadowedText(p, bottomLeft, Qt::AlignLeft | Qt::AlignBottom, texts[2], kText);
  shadowedText(p, bottom, Qt::AlignRight | Qt::AlignBottom, texts[3], kText);
  p.setFont(letterFont);
  shadowedText(p, area, Qt::AlignLeft | Qt::AlignVCenter, letters[0], kText);
  shadowedText(p, area, Qt::AlignRight | Qt::AlignVCenter, letters[1], kText);
  shadowedText(p, area, Qt::AlignHCenter | Qt::AlignTop, letters[2], kText);
  shadowedText(p, area, Qt::AlignHCenter | Qt::AlignBottom, letters[3], kText);
}

}  // namespace rc
