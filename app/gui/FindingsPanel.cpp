#include "FindingsPanel.h"

#include "annotate/AnnotationSession.h"
#include "core/SegmentStatistics.h"
#include "core/VectorMath.h"

#include <algorithm>

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rc {

namespace {

bool japaneseUi() { return QLocale().language() == QLocale::Japanese; }

QString termLabel(const Vocabulary& vocabulary, const CodedConcept& code) {
  if (code.isEmpty()) return QString();
  const VocabularyTerm* term = vocabulary.find(code);
  return term ? term->label(japaneseUi()) : code.meaning;
}

}  // namespace

FindingsPanel::FindingsPanel(AnnotationSession* annotation, QWidget* parent) : QWidget(parent), annotation_(annotation) {
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(2, 2, 2, 2);
  noFinding_ = new QCheckBox(tr("No finding (read and found normal)"), this);
  layout->addWidget(noFinding_);
  list_ = new QListWidget(this);
  list_->setMaximumHeight(120);
  layout->addWidget(list_);
  auto* buttons = new QHBoxLayout;
  add_ = new QPushButton(tr("New finding"), this);
  remove_ = new QPushButton(tr("Delete"), this);
  buttons->addWidget(add_);
  buttons->addWidget(remove_);
  layout->addLayout(buttons);

  form_ = new QWidget(this);
  auto* form = new QFormLayout(form_);
  form->setRowWrapPolicy(QFormLayout::WrapLongRows);
  form->setContentsMargins(0, 0, 0, 0);
  name_ = new QLineEdit(form_);
  form->addRow(tr("Name"), name_);
  diseaseClass_ = new QComboBox(form_);
  form->addRow(tr("Disease class"), diseaseClass_);
  type_ = new QComboBox(form_);
  form->addRow(tr("Finding type"), type_);
  location_ = new QComboBox(form_);
  form->addRow(tr("Location"), location_);
  certainty_ = new QComboBox(form_);
  form->addRow(tr("Certainty"), certainty_);
  auto* axes = new QHBoxLayout;
  longAxis_ = new QDoubleSpinBox(form_);
  shortAxis_ = new QDoubleSpinBox(form_);
  for (QDoubleSpinBox* b : {longAxis_, shortAxis_}) {
    b->setRange(0, 1000);
    b->setDecimals(1);
    b->setSuffix(tr(" mm"));
    b->setSpecialValueText(tr("—"));  // 0: not measured
    axes->addWidget(b);
  }
  axesFromSegment_ = new QPushButton(tr("From segment"), form_);
  axesFromSegment_->setToolTip(tr("The longest in-plane diameter of the segment and its perpendicular extent"));
  axes->addWidget(axesFromSegment_);
  form->addRow(tr("Long / short axis"), axes);
  segment_ = new QComboBox(form_);
  form->addRow(tr("Segment"), segment_);
  box_ = new QLabel(form_);
  box_->setWordWrap(true);
  form->addRow(tr("Box"), box_);
  statistics_ = new QLabel(form_);
  statistics_->setWordWrap(true);
  statistics_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  form->addRow(tr("Statistics"), statistics_);
  comment_ = new QPlainTextEdit(form_);
  comment_->setMaximumHeight(70);
  form->addRow(tr("Comment"), comment_);
  layout->addWidget(form_);
  layout->addStretch(1);

  // Long vocabulary terms must not widen the dock beyond the images' share.
  for (QComboBox* box : {diseaseClass_, type_, location_, certainty_, segment_}) {
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(12);
  }
  connect(noFinding_, &QCheckBox::clicked, this, [this](bool checked) {
    if (const Status s = annotation_->setNoFinding(checked); !s) {
      emit failed(s.error());
      refresh();
    }
  });
  connect(add_, &QPushButton::clicked, this, [this] {
    Finding f;
    const auto& classes = annotation_->vocabulary().diseaseClasses();
    if (!classes.empty()) f.diseaseClass = classes.front().code;
    const auto added = annotation_->addFinding(f);
    if (!added) emit failed(added.error());
  });
  connect(remove_, &QPushButton::clicked, this, [this] {
    if (const Status s = annotation_->removeFinding(annotation_->activeFinding()); !s) emit failed(s.error());
  });
  connect(list_, &QListWidget::currentRowChanged, this, [this] {
    if (const QListWidgetItem* item = list_->currentItem()) annotation_->setActiveFinding(item->data(Qt::UserRole).toString());
  });
  connect(name_, &QLineEdit::editingFinished, this, &FindingsPanel::apply);
  for (QComboBox* box : {diseaseClass_, type_, location_, certainty_, segment_})
    connect(box, &QComboBox::activated, this, &FindingsPanel::apply);
  for (QDoubleSpinBox* box : {longAxis_, shortAxis_}) connect(box, &QDoubleSpinBox::editingFinished, this, &FindingsPanel::apply);
  // A step per keystroke would flood the history: the comment is applied when it loses focus.
  comment_->installEventFilter(this);
  connect(axesFromSegment_, &QPushButton::clicked, this, [this] {
    const auto labels = annotation_->labels();
    const Finding* f = labels ? labels->finding(annotation_->activeFinding()) : nullptr;
    const auto volume = annotation_->session()->volume();
    const Segment* s = f && labels ? labels->segment(f->segmentNumber) : nullptr;
    if (!s || !volume) {
      emit failed(tr("Link the finding to a painted segment first."));
      return;
    }
    const SegmentStatistics stats = segmentStatistics(MaskSlices(labels->voxels, s->number), *volume);
    longAxis_->setValue(stats.longAxisMm);
    shortAxis_->setValue(stats.shortAxisMm);
    apply();
  });
  connect(annotation_, &AnnotationSession::labelsChanged, this, &FindingsPanel::refresh);
  // The statistics follow the paint, once it pauses: they scan the whole segment, which a
  // brush stroke must not wait for at every dab.
  statisticsTimer_.setSingleShot(true);
  statisticsTimer_.setInterval(300);
  connect(&statisticsTimer_, &QTimer::timeout, this, [this] {
    if (!showing_) showActive();
  });
  connect(annotation_, &AnnotationSession::masksChanged, this, [this] { statisticsTimer_.start(); });
  connect(annotation_, &AnnotationSession::activeFindingChanged, this, &FindingsPanel::refresh);
  refresh();
}

bool FindingsPanel::eventFilter(QObject* watched, QEvent* event) {
  if (watched == comment_ && event->type() == QEvent::FocusOut) apply();
  return QWidget::eventFilter(watched, event);
}

void FindingsPanel::fillCombo(QComboBox* box, const std::vector<VocabularyTerm>& terms, const CodedConcept& current) {
  box->clear();
  box->addItem(tr("(not given)"));
  const bool ja = japaneseUi();
  int index = 0;
  for (const VocabularyTerm& t : terms) {
    box->addItem(t.label(ja));
    if (!current.isEmpty() && t.code.sameConcept(current)) index = box->count() - 1;
  }
  if (!current.isEmpty() && index == 0) {  // a code from an imported SR the vocabulary lacks
    box->addItem(current.meaning);
    index = box->count() - 1;
  }
  box->setCurrentIndex(index);
}

void FindingsPanel::refresh() {
  const auto labels = annotation_->labels();
  {
    const QSignalBlocker block(list_);
    list_->clear();
    if (labels) {
      const Vocabulary& v = annotation_->vocabulary();
      for (const Finding& f : labels->findings) {
        QString text = f.trackingId;
        const QString disease = termLabel(v, f.diseaseClass), type = termLabel(v, f.finding);
        if (!disease.isEmpty()) text += QStringLiteral(" — ") + disease;
        if (!type.isEmpty()) text += QStringLiteral(", ") + type;
        const QStringList measured = describeMeasurements(f);
        if (std::any_of(f.measurements.begin(), f.measurements.end(), [](const Measurement& m) { return !isPhysicalUnit(m.unit); }))
          text += QStringLiteral(" ⚠");
        auto* item = new QListWidgetItem(text, list_);
        QStringList sites;
        for (const CodedConcept& site : f.moreSites) sites << site.meaning;
        item->setToolTip((measured + (sites.isEmpty() ? QStringList() : QStringList{tr("Also: %1").arg(sites.join(QStringLiteral("; ")))}))
                             .join(QLatin1Char('\n')));
        item->setData(Qt::UserRole, f.trackingUid);
        if (f.trackingUid == annotation_->activeFinding()) list_->setCurrentItem(item);
      }
    }
  }
  noFinding_->setEnabled(labels != nullptr);
  noFinding_->setChecked(labels && labels->noFinding);
  add_->setEnabled(labels != nullptr);
  remove_->setEnabled(labels && labels->finding(annotation_->activeFinding()));
  showActive();
}

void FindingsPanel::showActive() {
  const auto labels = annotation_->labels();
  const Finding* f = labels ? labels->finding(annotation_->activeFinding()) : nullptr;
  form_->setEnabled(f != nullptr);
  showing_ = true;
  const QSignalBlocker b1(name_), b2(diseaseClass_), b3(type_), b4(location_), b5(certainty_), b6(longAxis_), b7(shortAxis_),
      b8(segment_), b9(comment_);
  const Vocabulary& v = annotation_->vocabulary();
  const Finding empty;
  const Finding& shown = f ? *f : empty;
  name_->setText(shown.trackingId);
  fillCombo(diseaseClass_, v.diseaseClasses(), shown.diseaseClass);
  fillCombo(type_, v.findingTypes(), shown.finding);
  fillCombo(location_, v.locations(), shown.site);
  fillCombo(certainty_, v.certainties(), shown.certainty);
  longAxis_->setValue(shown.longAxisMm.value_or(0));
  shortAxis_->setValue(shown.shortAxisMm.value_or(0));
  if (comment_->toPlainText() != shown.comment) comment_->setPlainText(shown.comment);
  segment_->clear();
  segment_->addItem(tr("(none)"), 0);
  if (labels)
    for (const Segment& s : labels->segments) {
      segment_->addItem(QStringLiteral("%1  %2").arg(s.number).arg(s.label), s.number);
      if (s.number == shown.segmentNumber) segment_->setCurrentIndex(segment_->count() - 1);
    }
  if (shown.imageBox)
    box_->setText(tr("2D box %1 × %2 mm").arg(shown.imageBox->widthMm(), 0, 'f', 1).arg(shown.imageBox->heightMm(), 0, 'f', 1));
  else if (shown.volumeBox)
    box_->setText(tr("3D box %1 × %2 × %3 mm")
                      .arg(norm(shown.volumeBox->edges[0]), 0, 'f', 1)
                      .arg(norm(shown.volumeBox->edges[1]), 0, 'f', 1)
                      .arg(norm(shown.volumeBox->edges[2]), 0, 'f', 1));
  else
    box_->setText(tr("none (draw one with the box tool, X)"));
  const auto volume = annotation_->session()->volume();
  const Segment* s = f && labels ? labels->segment(f->segmentNumber) : nullptr;
  if (s && volume && labels->voxels.count(s->number) > 0) {
    const SegmentStatistics st = segmentStatistics(MaskSlices(labels->voxels, s->number), *volume);
    const QString unit = volume->modality == QLatin1String("CT") ? tr("HU") : QString();
    statistics_->setText(tr("%1 mL; mean %2 ± %3 %4 (min %5, max %6); long/short %7 / %8 mm")
                             .arg(st.volumeMl, 0, 'f', 2)
                             .arg(st.mean, 0, 'f', 1)
                             .arg(st.sd, 0, 'f', 1)
                             .arg(unit)
                             .arg(st.min)
                             .arg(st.max)
                             .arg(st.longAxisMm, 0, 'f', 1)
                             .arg(st.shortAxisMm, 0, 'f', 1));
  } else {
    statistics_->setText(tr("—"));
  }
  showing_ = false;
}

void FindingsPanel::apply() {
  const auto labels = annotation_->labels();
  const Finding* current = labels ? labels->finding(annotation_->activeFinding()) : nullptr;
  if (!current || showing_) return;
  Finding f = *current;
  const Vocabulary& v = annotation_->vocabulary();
  auto chosen = [](QComboBox* box, const std::vector<VocabularyTerm>& terms, const CodedConcept& was) -> const CodedConcept {
    const int i = box->currentIndex();
    if (i <= 0) return CodedConcept();
    if (size_t(i - 1) < terms.size()) return terms[size_t(i - 1)].code;
    return was;  // the imported code the vocabulary lacks
  };
  f.trackingId = name_->text().trimmed();
  f.diseaseClass = chosen(diseaseClass_, v.diseaseClasses(), f.diseaseClass);
  f.finding = chosen(type_, v.findingTypes(), f.finding);
  const CodedConcept site = chosen(location_, v.locations(), f.site);
  if (!site.sameConcept(f.site)) {
    const VocabularyTerm* term = v.find(site);
    f.laterality = term ? term->laterality : CodedConcept();
  }
  f.site = site;
  f.certainty = chosen(certainty_, v.certainties(), f.certainty);
  f.longAxisMm = longAxis_->value() > 0 ? std::optional<double>(longAxis_->value()) : std::nullopt;
  f.shortAxisMm = shortAxis_->value() > 0 ? std::optional<double>(shortAxis_->value()) : std::nullopt;
  f.segmentNumber = segment_->currentData().toInt();
  f.comment = comment_->toPlainText().trimmed();
  const bool same = f.trackingId == current->trackingId && f.diseaseClass == current->diseaseClass && f.finding == current->finding &&
                    f.site == current->site && f.certainty == current->certainty && f.longAxisMm == current->longAxisMm &&
                    f.shortAxisMm == current->shortAxisMm && f.segmentNumber == current->segmentNumber && f.comment == current->comment;
  if (same) return;
  if (const Status s = annotation_->updateFinding(f); !s) {
    emit failed(s.error());
    showActive();
  }
}

}  // namespace rc
