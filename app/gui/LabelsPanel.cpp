#include "LabelsPanel.h"

#include "viewmodel/ViewerModel.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QListWidget>
#include <QPainter>
#include <QSlider>
#include <QVBoxLayout>

namespace rc {

namespace {

QIcon swatch(const std::array<std::uint8_t, 3>& color) {
  QPixmap pixmap(14, 14);
  pixmap.fill(QColor(color[0], color[1], color[2]));
  return QIcon(pixmap);
}

}  // namespace

LabelsPanel::LabelsPanel(ViewerModel* viewer, QWidget* parent) : QWidget(parent), viewer_(viewer) {
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(2, 2, 2, 2);
  list_ = new QListWidget(this);
  layout->addWidget(list_);
  auto* form = new QFormLayout;
  opacity_ = new QSlider(Qt::Horizontal, this);
  opacity_->setRange(0, 100);
  opacity_->setValue(int(viewer_->overlayOpacity() * 100));
  form->addRow(tr("Opacity"), opacity_);
  outline_ = new QCheckBox(tr("Outline only"), this);
  form->addRow(QString(), outline_);
  layout->addLayout(form);
  connect(opacity_, &QSlider::valueChanged, this, [this](int v) { viewer_->setOverlayOpacity(v / 100.0); });
  connect(outline_, &QCheckBox::toggled, viewer_, &ViewerModel::setOverlayOutline);
  connect(list_, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
    viewer_->setSegmentHidden(item->data(Qt::UserRole).toInt(), item->checkState() != Qt::Checked);
  });
  connect(viewer_, &ViewerModel::labelsChanged, this, &LabelsPanel::refresh);
  connect(viewer_, &ViewerModel::volumeChanged, this, &LabelsPanel::refresh);
  refresh();
}

void LabelsPanel::refresh() {
  const QSignalBlocker block(list_);
  list_->clear();
  const auto& labels = viewer_->labels();
  if (!labels) return;
  for (const Segment& s : labels->segments) {
    auto* item = new QListWidgetItem(swatch(s.color), QStringLiteral("%1  %2").arg(s.number).arg(s.label), list_);
    item->setData(Qt::UserRole, s.number);
    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
    item->setCheckState(viewer_->segmentHidden(s.number) ? Qt::Unchecked : Qt::Checked);
  }
}

}  // namespace rc
