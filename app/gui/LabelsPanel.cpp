#include "LabelsPanel.h"

#include "annotate/AnnotationSession.h"
#include "viewmodel/ViewerModel.h"

#include <QCheckBox>
#include <QColorDialog>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QSlider>
#include <QVBoxLayout>

namespace rc {

namespace {

QIcon swatch(const std::array<std::uint8_t, 3>& color) {
  QPixmap pixmap(14, 14);
  pixmap.fill(QColor(color[0], color[1], color[2]));
  return QIcon(pixmap);
}

bool japaneseUi() { return QLocale().language() == QLocale::Japanese; }

}  // namespace

LabelsPanel::LabelsPanel(ViewerModel* viewer, AnnotationSession* annotation, QWidget* parent)
    : QWidget(parent), viewer_(viewer), annotation_(annotation) {
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(2, 2, 2, 2);
  list_ = new QListWidget(this);
  list_->setToolTip(tr("The active segment is the one the brush paints (Q / W step through them). "
                       "Untick to hide a segment; double-click to edit it."));
  layout->addWidget(list_);
  auto* buttons = new QGridLayout;
  add_ = new QPushButton(tr("Add"), this);
  edit_ = new QPushButton(tr("Edit…"), this);
  verify_ = new QPushButton(tr("Verify"), this);
  verify_->setToolTip(tr("Confirm a segment another tool or an AI model made; unverified segments stay out of exports"));
  lock_ = new QPushButton(tr("Lock"), this);
  lock_->setCheckable(true);
  lock_->setToolTip(tr("No tool changes the voxels of a locked segment"));
  remove_ = new QPushButton(tr("Delete"), this);
  buttons->addWidget(add_, 0, 0);
  buttons->addWidget(edit_, 0, 1);
  buttons->addWidget(remove_, 0, 2);
  buttons->addWidget(verify_, 1, 0);
  buttons->addWidget(lock_, 1, 1);
  layout->addLayout(buttons);
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
  connect(list_, &QListWidget::currentRowChanged, this, [this] {
    if (const int n = selectedSegment()) annotation_->setActiveSegment(n);
    updateButtons();
  });
  connect(list_, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem* item) { editSegment(item->data(Qt::UserRole).toInt()); });
  connect(add_, &QPushButton::clicked, this, [this] {
    const auto added = annotation_->addSegment();
    if (!added) emit failed(added.error());
  });
  connect(edit_, &QPushButton::clicked, this, [this] { editSegment(selectedSegment()); });
  connect(remove_, &QPushButton::clicked, this, [this] {
    if (const Status s = annotation_->removeSegment(selectedSegment()); !s) emit failed(s.error());
  });
  connect(verify_, &QPushButton::clicked, this, [this] {
    if (const Status s = annotation_->verifySegment(selectedSegment()); !s) emit failed(s.error());
  });
  connect(lock_, &QPushButton::clicked, this, [this](bool locked) {
    const auto labels = annotation_->labels();
    const Segment* s = labels ? labels->segment(selectedSegment()) : nullptr;
    if (!s) return;
    Segment info = *s;
    info.locked = locked;
    if (const Status st = annotation_->updateSegment(info); !st) emit failed(st.error());
  });
  connect(viewer_, &ViewerModel::labelsChanged, this, &LabelsPanel::refresh);
  connect(viewer_, &ViewerModel::volumeChanged, this, &LabelsPanel::refresh);
  connect(annotation_, &AnnotationSession::labelsChanged, this, &LabelsPanel::refresh);
  connect(annotation_, &AnnotationSession::activeSegmentChanged, this, &LabelsPanel::refresh);
  refresh();
}

int LabelsPanel::selectedSegment() const {
  const QListWidgetItem* item = list_->currentItem();
  return item ? item->data(Qt::UserRole).toInt() : 0;
}

void LabelsPanel::refresh() {
  const QSignalBlocker block(list_);
  list_->clear();
  const auto labels = annotation_->labels() ? annotation_->labels() : viewer_->labels();
  if (labels) {
    for (const Segment& s : labels->segments) {
      QString text = QStringLiteral("%1  %2").arg(s.number).arg(s.label);
      if (!s.verified) text += QLatin1Char(' ') + tr("(unverified)");
      if (s.locked) text += QLatin1Char(' ') + tr("(locked)");
      auto* item = new QListWidgetItem(swatch(s.color), text, list_);
      item->setData(Qt::UserRole, s.number);
      item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
      item->setCheckState(viewer_->segmentHidden(s.number) ? Qt::Unchecked : Qt::Checked);
      item->setToolTip(tr("%1 / %2, %3").arg(s.category.meaning, s.type.meaning, segmentAlgorithmName(s.algorithm)));
      if (!s.verified) item->setForeground(QColor(0xd0, 0x70, 0x00));
      if (s.number == annotation_->activeSegment()) list_->setCurrentItem(item);
    }
  }
  updateButtons();
}

void LabelsPanel::updateButtons() {
  const auto labels = annotation_->labels();
  const Segment* s = labels ? labels->segment(selectedSegment()) : nullptr;
  add_->setEnabled(labels != nullptr);
  for (QPushButton* b : {edit_, remove_, lock_}) b->setEnabled(s != nullptr);
  verify_->setEnabled(s && !s->verified);
  lock_->setChecked(s && s->locked);
}

bool LabelsPanel::editSegment(int number) {
  const auto labels = annotation_->labels();
  const Segment* s = labels ? labels->segment(number) : nullptr;
  if (!s) return false;
  Segment info = *s;
  const Vocabulary& vocabulary = annotation_->vocabulary();
  const bool ja = japaneseUi();

  QDialog dialog(this);
  dialog.setWindowTitle(tr("Segment %1").arg(number));
  auto* form = new QFormLayout(&dialog);
  auto* name = new QLineEdit(info.label, &dialog);
  form->addRow(tr("Name"), name);
  auto* type = new QComboBox(&dialog);
  int current = -1;
  for (const VocabularyCategory& c : vocabulary.segmentCategories())
    for (const VocabularyTerm& t : c.types) {
      type->addItem(QStringLiteral("%1 — %2").arg(c.category.label(ja), t.label(ja)));
      if (t.code.sameConcept(info.type) && c.category.code.sameConcept(info.category)) current = type->count() - 1;
    }
  if (current < 0) {  // a code the vocabulary does not list (an imported SEG): keep it selectable
    type->addItem(QStringLiteral("%1 — %2").arg(info.category.meaning, info.type.meaning));
    current = type->count() - 1;
  }
  type->setCurrentIndex(current);
  form->addRow(tr("Category and type"), type);
  auto* description = new QLineEdit(info.description, &dialog);
  form->addRow(tr("Description"), description);
  QColor color(info.color[0], info.color[1], info.color[2]);
  auto* colorButton = new QPushButton(&dialog);
  colorButton->setIcon(swatch(info.color));
  connect(colorButton, &QPushButton::clicked, &dialog, [&] {
    const QColor chosen = QColorDialog::getColor(color, &dialog, tr("Segment colour"));
    if (!chosen.isValid()) return;
    color = chosen;
    colorButton->setIcon(swatch({std::uint8_t(color.red()), std::uint8_t(color.green()), std::uint8_t(color.blue())}));
  });
  form->addRow(tr("Colour"), colorButton);
  auto* box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
  form->addRow(box);
  connect(box, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
  connect(box, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
  if (dialog.exec() != QDialog::Accepted) return false;

  info.label = name->text().trimmed();
  info.description = description->text().trimmed();
  int index = 0;
  for (const VocabularyCategory& c : vocabulary.segmentCategories())
    for (const VocabularyTerm& t : c.types) {
      if (index++ != type->currentIndex()) continue;
      info.category = c.category.code;
      info.type = t.code;
    }
  info.color = {std::uint8_t(color.red()), std::uint8_t(color.green()), std::uint8_t(color.blue())};
  const Status saved = annotation_->updateSegment(info);
  if (!saved) emit failed(saved.error());
  return saved.ok();
}

}  // namespace rc
