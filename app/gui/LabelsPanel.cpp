#include "LabelsPanel.h"

#include "annotate/AnnotationSession.h"
#include "annotate/SegmentListModel.h"
#include "viewmodel/ViewerModel.h"

#include <QCheckBox>
#include <QColorDialog>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLineEdit>
#include <QHBoxLayout>
#include <QHash>
#include <QIdentityProxyModel>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QSlider>
#include <QTreeView>
#include <QVBoxLayout>

namespace rc {

namespace {

QIcon swatch(const std::array<std::uint8_t, 3>& color) {
  QPixmap pixmap(14, 14);
  pixmap.fill(QColor(color[0], color[1], color[2]));
  return QIcon(pixmap);
}

bool japaneseUi() { return QLocale().language() == QLocale::Japanese; }

// What the list looks like, from the model's roles: a colour swatch, unverified segments in
// orange, group rows in bold. Presentation only.
class SegmentListLook : public QIdentityProxyModel {
public:
  using QIdentityProxyModel::QIdentityProxyModel;
  QVariant data(const QModelIndex& index, int role) const override {
    const bool group = !index.parent().isValid();
    if (role == Qt::DecorationRole && !group) {
      const uint rgb = QIdentityProxyModel::data(index, SegmentListModel::ColorRole).toUInt();
      auto cached = icons_.find(rgb);
      if (cached == icons_.end())
        cached = icons_.insert(rgb, swatch({std::uint8_t(qRed(rgb)), std::uint8_t(qGreen(rgb)), std::uint8_t(qBlue(rgb))}));
      return *cached;
    }
    if (role == Qt::ForegroundRole && !group && !QIdentityProxyModel::data(index, SegmentListModel::VerifiedRole).toBool())
      return QColor(0xd0, 0x70, 0x00);
    if (role == Qt::FontRole && group) {
      QFont font;
      font.setBold(true);
      return font;
    }
    return QIdentityProxyModel::data(index, role);
  }

private:
  mutable QHash<uint, QIcon> icons_;
};

}  // namespace

LabelsPanel::LabelsPanel(ViewerModel* viewer, AnnotationSession* annotation, QWidget* parent)
    : QWidget(parent), viewer_(viewer), annotation_(annotation) {
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(2, 2, 2, 2);
  model_ = new SegmentListModel(viewer_, annotation_, this);
  auto* look = new SegmentListLook(this);
  look->setSourceModel(model_);
  search_ = new QLineEdit(this);
  search_->setPlaceholderText(tr("Search segments (name, type, number)"));
  search_->setClearButtonEnabled(true);
  layout->addWidget(search_);
  tree_ = new QTreeView(this);
  tree_->setModel(look);
  tree_->setHeaderHidden(true);
  tree_->setUniformRowHeights(true);  // 117 rows and more scroll without measuring each
  tree_->setSelectionMode(QAbstractItemView::SingleSelection);
  tree_->setToolTip(tr("The active segment is the one the brush paints (Q / W step through them). "
                       "Untick to hide a segment or a whole group; double-click to edit a segment."));
  layout->addWidget(tree_);
  auto* shown = new QHBoxLayout;
  showAll_ = new QPushButton(tr("Show all"), this);
  showAll_->setToolTip(tr("Show every segment listed (the search's results when searching)"));
  hideAll_ = new QPushButton(tr("Hide all"), this);
  hideAll_->setToolTip(tr("Hide every segment listed (the search's results when searching)"));
  shown->addWidget(showAll_);
  shown->addWidget(hideAll_);
  layout->addLayout(shown);
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
  connect(search_, &QLineEdit::textChanged, model_, &SegmentListModel::setFilterText);
  connect(showAll_, &QPushButton::clicked, this, [this] { model_->setListedHidden(false); });
  connect(hideAll_, &QPushButton::clicked, this, [this] { model_->setListedHidden(true); });
  connect(tree_, &QTreeView::collapsed, this, [this](const QModelIndex& i) { collapsedGroups_.insert(model_->groupTitle(i.row())); });
  connect(tree_, &QTreeView::expanded, this, [this](const QModelIndex& i) { collapsedGroups_.remove(model_->groupTitle(i.row())); });
  connect(model_, &QAbstractItemModel::modelReset, this, [this] {
    restoreExpandedGroups();
    selectActiveSegment();
  });
  connect(tree_->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
    if (const int n = selectedSegment()) annotation_->setActiveSegment(n);
    updateButtons();
  });
  connect(tree_, &QTreeView::doubleClicked, this, [this](const QModelIndex& index) {
    if (const int n = index.data(SegmentListModel::SegmentNumberRole).toInt()) editSegment(n);
  });
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
  connect(annotation_, &AnnotationSession::labelsChanged, this, &LabelsPanel::updateButtons);
  connect(annotation_, &AnnotationSession::activeSegmentChanged, this, &LabelsPanel::selectActiveSegment);
  restoreExpandedGroups();
  selectActiveSegment();
}

int LabelsPanel::selectedSegment() const { return tree_->currentIndex().data(SegmentListModel::SegmentNumberRole).toInt(); }

void LabelsPanel::restoreExpandedGroups() {
  const bool searching = !model_->filterText().isEmpty();  // a search shows what it found
  for (int g = 0; g < model_->groupCount(); ++g)
    tree_->setExpanded(tree_->model()->index(g, 0), searching || !collapsedGroups_.contains(model_->groupTitle(g)));
}

void LabelsPanel::selectActiveSegment() {
  const QModelIndex source = model_->indexOfSegment(annotation_->activeSegment());
  const QModelIndex row = tree_->model()->index(source.row(), 0, tree_->model()->index(source.parent().row(), 0));
  if (source.isValid() && tree_->currentIndex() != row) {
    const QSignalBlocker block(tree_->selectionModel());
    tree_->setCurrentIndex(row);
    tree_->scrollTo(row);
    tree_->viewport()->update();
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
  showAll_->setEnabled(model_->listedSegmentCount() > 0);
  hideAll_->setEnabled(model_->listedSegmentCount() > 0);
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
