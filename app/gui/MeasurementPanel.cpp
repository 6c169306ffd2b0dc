#include "MeasurementPanel.h"

#include "session/Session.h"
#include "viewer/ViewerPanel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rc {

namespace {

QString kindText(MeasurementKind kind) {
  switch (kind) {
    case MeasurementKind::Ellipse: return MeasurementPanel::tr("Ellipse");
    case MeasurementKind::Rectangle: return MeasurementPanel::tr("Rectangle");
    case MeasurementKind::Ruler: break;
  }
  return MeasurementPanel::tr("Ruler");
}

QString valueText(const Volume& volume, const ImageMeasurement& m) {
  const MeasurementValues v = measure(volume, m);
  if (m.kind == MeasurementKind::Ruler) return MeasurementPanel::tr("%1 mm").arg(v.lengthMm, 0, 'f', 1);
  return MeasurementPanel::tr("%1 mm², mean %2 ± %3 %4 (min %5, max %6, %7 voxels)")
      .arg(v.areaMm2, 0, 'f', 1)
      .arg(v.mean, 0, 'f', 1)
      .arg(v.sd, 0, 'f', 1)
      .arg(v.unit)
      .arg(v.min)
      .arg(v.max)
      .arg(v.voxels);
}

}  // namespace

MeasurementPanel::MeasurementPanel(Session* session, ViewerPanel* viewer, QWidget* parent)
    : QWidget(parent), session_(session), viewer_(viewer) {
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(2, 2, 2, 2);
  table_ = new QTableWidget(0, 3, this);
  table_->setHorizontalHeaderLabels({tr("Kind"), tr("Label"), tr("Value")});
  table_->setSelectionBehavior(QAbstractItemView::SelectRows);
  table_->setSelectionMode(QAbstractItemView::SingleSelection);
  table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table_->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
  table_->verticalHeader()->hide();
  table_->installEventFilter(this);
  layout->addWidget(table_);
  auto* buttons = new QHBoxLayout;
  delete_ = new QPushButton(tr("Delete"), this);
  delete_->setToolTip(tr("Delete the selected measurement (Edit > Undo brings it back)"));
  buttons->addStretch();
  buttons->addWidget(delete_);
  layout->addLayout(buttons);
  connect(delete_, &QPushButton::clicked, this, &MeasurementPanel::deleteSelected);
  connect(table_, &QTableWidget::itemSelectionChanged, this, &MeasurementPanel::showSelected);
  connect(table_, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
    const qint64 id = table_->item(row, 0)->data(Qt::UserRole).toLongLong();
    const ImageMeasurement* m = session_->measurement(id);
    if (!m) return;
    bool ok = false;
    const QString label = QInputDialog::getText(this, tr("Measurement"), tr("Label:"), QLineEdit::Normal, m->label, &ok);
    if (!ok) return;
    if (const Status s = session_->relabelMeasurement(id, label); !s) emit failed(s.error());
  });
  connect(session_, &Session::measurementsChanged, this, &MeasurementPanel::refresh);
  connect(session_, &Session::seriesClosed, this, &MeasurementPanel::refresh);
  refresh();
}

void MeasurementPanel::refresh() {
  const qint64 selected = selectedId();
  table_->setRowCount(0);
  const auto volume = session_->volume();
  for (const ImageMeasurement& m : session_->measurements()) {
    const int row = table_->rowCount();
    table_->insertRow(row);
    auto* kind = new QTableWidgetItem(kindText(m.kind));
    kind->setData(Qt::UserRole, m.id);
    table_->setItem(row, 0, kind);
    table_->setItem(row, 1, new QTableWidgetItem(m.label));
    table_->setItem(row, 2, new QTableWidgetItem(volume ? valueText(*volume, m) : QString()));
    if (m.id == selected) table_->selectRow(row);
  }
  table_->resizeColumnToContents(0);
  delete_->setEnabled(table_->rowCount() > 0);
}

qint64 MeasurementPanel::selectedId() const {
  const auto rows = table_->selectionModel()->selectedRows();
  if (rows.isEmpty()) return 0;
  return table_->item(rows.first().row(), 0)->data(Qt::UserRole).toLongLong();
}

void MeasurementPanel::showSelected() {
  const qint64 id = selectedId();
  viewer_->viewer()->setSelectedMeasurement(id);
  const ImageMeasurement* m = session_->measurement(id);
  if (!m) return;
  // The cross-hair at the measurement's centre brings its plane to its slice.
  Vec3 centre;
  for (int a = 0; a < 3; ++a) centre[size_t(a)] = (m->first[size_t(a)] + m->second[size_t(a)]) / 2;
  centre[size_t(m->normalAxis)] = m->slice;
  viewer_->viewer()->setCursor(centre);
  for (int p = 0; p < 3; ++p)
    if (viewer_->planeModel(ViewPlane(p))->axes().normal == m->normalAxis) viewer_->layoutModel()->setActiveView(p);
}

void MeasurementPanel::deleteSelected() {
  const qint64 id = selectedId();
  if (id == 0) return;
  if (const Status s = session_->deleteMeasurement(id); !s) emit failed(s.error());
}

bool MeasurementPanel::eventFilter(QObject* watched, QEvent* event) {
  if (watched == table_ && event->type() == QEvent::KeyPress) {
    const int key = static_cast<QKeyEvent*>(event)->key();
    if (key == Qt::Key_Delete || key == Qt::Key_Backspace) {
      deleteSelected();
      return true;
    }
  }
  return QWidget::eventFilter(watched, event);
}

}  // namespace rc
