#include "AdcWidgets.h"

#include "annotate/AnnotationSession.h"
#include "session/Session.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMouseEvent>
#include <QPainter>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace rc {

// ----- histogram ---------------------------------------------------------------------------

AdcHistogramView::AdcHistogramView(QWidget* parent) : QWidget(parent) {
  setMinimumHeight(110);
  setToolTip(tr("Drag across the histogram to choose the ADC range"));
}

void AdcHistogramView::setHistogram(AdcHistogram histogram) {
  histogram_ = std::move(histogram);
  update();
}

void AdcHistogramView::setRange(double low, double high) {
  low_ = low, high_ = high;
  update();
}

QRectF AdcHistogramView::plotArea() const { return QRectF(12, 6, width() - 40, height() - 26); }

double AdcHistogramView::valueAt(double x) const {
  const QRectF r = plotArea();
  const double upTo = histogram_.binWidth * double(std::max<size_t>(1, histogram_.counts.size()));
  return std::clamp((x - r.left()) / r.width(), 0.0, 1.0) * upTo;
}

double AdcHistogramView::xOf(double value) const {
  const QRectF r = plotArea();
  const double upTo = histogram_.binWidth * double(std::max<size_t>(1, histogram_.counts.size()));
  return r.left() + std::clamp(value / upTo, 0.0, 1.0) * r.width();
}

void AdcHistogramView::paintEvent(QPaintEvent*) {
  QPainter p(this);
  p.fillRect(rect(), palette().base());
  const QRectF r = plotArea();
  p.fillRect(QRectF(QPointF(xOf(low_), r.top()), QPointF(xOf(high_), r.bottom())), QColor(40, 160, 230, 60));
  const size_t peak = histogram_.counts.empty() ? 0 : *std::max_element(histogram_.counts.begin(), histogram_.counts.end());
  if (peak > 0) {
    // Square-root heights: the tumour's small peak stays visible beside the body's large one.
    const double barWidth = r.width() / double(histogram_.counts.size());
    for (size_t b = 0; b < histogram_.counts.size(); ++b) {
      const double h = std::sqrt(double(histogram_.counts[b]) / double(peak)) * r.height();
      const double value = (double(b) + 0.5) * histogram_.binWidth;
      p.fillRect(QRectF(r.left() + double(b) * barWidth, r.bottom() - h, std::max(1.0, barWidth - 0.5), h),
                 value > low_ && value < high_ ? QColor(40, 160, 230) : palette().mid().color());
    }
  }
  p.setPen(palette().text().color());
  p.drawLine(r.bottomLeft(), r.bottomRight());
  const double upTo = histogram_.binWidth * double(histogram_.counts.size());
  for (double tick = 0; tick <= upTo + 1e-9; tick += 1000) {
    const double x = xOf(tick);
    p.drawLine(QPointF(x, r.bottom()), QPointF(x, r.bottom() + 4));
    p.drawText(QRectF(x - 30, r.bottom() + 4, 60, 16), Qt::AlignHCenter | Qt::AlignTop, QString::number(tick));
  }
  if (peak == 0) p.drawText(r, Qt::AlignCenter, tr("no ADC values"));
}

void AdcHistogramView::mousePressEvent(QMouseEvent* event) {
  dragStart_ = valueAt(event->position().x());
  emit rangePicked(dragStart_, dragStart_);
}

void AdcHistogramView::mouseMoveEvent(QMouseEvent* event) {
  if (!(event->buttons() & Qt::LeftButton)) return;
  const double v = valueAt(event->position().x());
  emit rangePicked(std::min(dragStart_, v), std::max(dragStart_, v));
}

// ----- Compute ADC -------------------------------------------------------------------------

ComputeAdcDialog::ComputeAdcDialog(QWidget* parent) : QDialog(parent) {
  setWindowTitle(tr("Compute ADC map"));
  auto* layout = new QVBoxLayout(this);
  auto* intro = new QLabel(tr("The diffusion series is grouped into b-value shells (b-values within 1 s/mm² are one shell; "
                              "directions are combined as a trace-weighted image). The ADC map and each shell's image "
                              "become new series of the study."), this);
  intro->setWordWrap(true);
  layout->addWidget(intro);
  auto* method = new QGroupBox(tr("Method"), this);
  auto* form = new QFormLayout(method);
  extremes_ = new QRadioButton(tr("Two shells: the lowest and the highest b-value"), method);
  chosen_ = new QRadioButton(tr("Two shells, chosen by b-value:"), method);
  fit_ = new QRadioButton(tr("Log-linear least-squares fit over all shells"), method);
  extremes_->setChecked(true);
  lowB_ = new QDoubleSpinBox(method);
  highB_ = new QDoubleSpinBox(method);
  for (QDoubleSpinBox* b : {lowB_, highB_}) {
    b->setRange(0, 10000);
    b->setDecimals(0);
    b->setSuffix(tr(" s/mm²"));
  }
  highB_->setValue(1000);
  form->addRow(extremes_);
  form->addRow(chosen_);
  form->addRow(tr("Low b"), lowB_);
  form->addRow(tr("High b"), highB_);
  form->addRow(fit_);
  layout->addWidget(method);
  auto* floorBox = new QGroupBox(tr("Noise floor"), this);
  auto* floorForm = new QFormLayout(floorBox);
  autoFloor_ = new QCheckBox(tr("Chosen from the background (corners of the low-b image)"), floorBox);
  autoFloor_->setChecked(true);
  floor_ = new QDoubleSpinBox(floorBox);
  floor_->setRange(0, 1e6);
  floor_->setEnabled(false);
  floorForm->addRow(autoFloor_);
  floorForm->addRow(tr("Low-b signal at or below"), floor_);
  layout->addWidget(floorBox);
  connect(autoFloor_, &QCheckBox::toggled, floor_, [this](bool automatic) { floor_->setEnabled(!automatic); });
  auto enableChosen = [this] {
    lowB_->setEnabled(chosen_->isChecked());
    highB_->setEnabled(chosen_->isChecked());
  };
  for (QRadioButton* r : {extremes_, chosen_, fit_}) connect(r, &QRadioButton::toggled, this, enableChosen);
  enableChosen();
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
  buttons->button(QDialogButtonBox::Ok)->setText(tr("Compute"));
  connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  layout->addWidget(buttons);
}

AdcOptions ComputeAdcDialog::options() const {
  AdcOptions o;
  if (fit_->isChecked()) o.method = AdcMethod::LogLinearFit;
  if (chosen_->isChecked()) o.lowB = lowB_->value(), o.highB = highB_->value();
  if (!autoFloor_->isChecked()) o.noiseFloor = floor_->value();
  return o;
}

// ----- threshold ---------------------------------------------------------------------------

AdcThresholdDialog::AdcThresholdDialog(std::shared_ptr<const Volume> adc, QWidget* parent) : QDialog(parent), adc_(std::move(adc)) {
  setWindowTitle(tr("ADC candidate mask"));
  auto* layout = new QVBoxLayout(this);
  auto* intro = new QLabel(tr("Low ADC means high cell density. The voxels in the range become a semi-automatic segment; "
                              "erase what is not tumour (brain, spleen, marrow, bowel, nodes) with the annotation tools."), this);
  intro->setWordWrap(true);
  layout->addWidget(intro);
  histogram_ = new AdcHistogramView(this);
  histogram_->setHistogram(adcHistogram(*adc_));
  layout->addWidget(histogram_);
  auto* form = new QFormLayout;
  low_ = new QDoubleSpinBox(this);
  high_ = new QDoubleSpinBox(this);
  for (QDoubleSpinBox* b : {low_, high_}) {
    b->setRange(0, 10000);
    b->setDecimals(0);
    b->setSingleStep(25);
    b->setSuffix(tr(" ×10⁻⁶ mm²/s"));
  }
  high_->setValue(1000);
  form->addRow(tr("ADC above"), low_);
  form->addRow(tr("ADC below"), high_);
  minIsland_ = new QDoubleSpinBox(this);
  minIsland_->setRange(0, 1e6);
  minIsland_->setDecimals(0);
  minIsland_->setValue(100);
  minIsland_->setSuffix(tr(" mm³"));
  form->addRow(tr("Remove islands smaller than"), minIsland_);
  highB_ = new QCheckBox(tr("and a high signal on the highest-b image (above its median inside the body)"), this);
  form->addRow(highB_);
  label_ = new QLineEdit(tr("ADC candidate"), this);
  form->addRow(tr("Segment name"), label_);
  count_ = new QLabel(this);
  form->addRow(tr("Selected"), count_);
  layout->addLayout(form);
  connect(histogram_, &AdcHistogramView::rangePicked, this, [this](double low, double high) {
    low_->setValue(std::round(low / 25) * 25);
    high_->setValue(std::round(high / 25) * 25);
  });
  for (QDoubleSpinBox* b : {low_, high_}) connect(b, &QDoubleSpinBox::valueChanged, this, &AdcThresholdDialog::updateCount);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
  buttons->button(QDialogButtonBox::Ok)->setText(tr("Make the segment"));
  connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  layout->addWidget(buttons);
  updateCount();
}

void AdcThresholdDialog::updateCount() {
  histogram_->setRange(low_->value(), high_->value());
  const size_t n = countInRange(*adc_, low_->value(), high_->value());
  const double ml = double(n) * adc_->spacing[0] * adc_->spacing[1] * adc_->spacing[2] / 1000.0;
  count_->setText(tr("%1 voxels (%2 mL) before island removal").arg(n).arg(ml, 0, 'f', 2));
}

AdcThresholdRequest AdcThresholdDialog::request() const {
  AdcThresholdRequest r;
  r.adcSeriesUid = adc_->seriesInstanceUid;
  r.candidate.low = low_->value();
  r.candidate.high = high_->value();
  r.candidate.minIslandMm3 = minIsland_->value();
  r.requireHighB = highB_->isChecked();
  r.label = label_->text().trimmed().isEmpty() ? tr("ADC candidate") : label_->text().trimmed();
  r.actor = Session::reader();
  return r;
}

// ----- panel -------------------------------------------------------------------------------

AdcPanel::AdcPanel(Session* session, AnnotationSession* annotation, QWidget* parent)
    : QWidget(parent), session_(session), annotation_(annotation) {
  auto* layout = new QVBoxLayout(this);
  title_ = new QLabel(this);
  title_->setWordWrap(true);
  layout->addWidget(title_);
  histogram_ = new AdcHistogramView(this);
  histogram_->setToolTip(tr("ADC values inside the active segment"));
  layout->addWidget(histogram_);
  table_ = new QTableWidget(this);
  table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table_->setColumnCount(12);
  table_->setHorizontalHeaderLabels({tr("Part"), tr("Volume (mL)"), tr("Mean"), tr("Median"), tr("SD"), tr("P10"), tr("P25"),
                                     tr("P75"), tr("P90"), tr("Skewness"), tr("Kurtosis"), tr("Entropy (bits)")});
  table_->verticalHeader()->hide();
  table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  layout->addWidget(table_, 1);
  // The statistics follow the paint once it pauses (they scan the whole segment).
  timer_.setSingleShot(true);
  timer_.setInterval(300);
  connect(&timer_, &QTimer::timeout, this, &AdcPanel::recompute);
  connect(session_, &Session::seriesOpened, this, &AdcPanel::onSeriesOpened);
  connect(session_, &Session::seriesClosed, this, &AdcPanel::onSeriesOpened);
  connect(annotation_, &AnnotationSession::masksChanged, this, [this] { if (isAdc_) timer_.start(); });
  connect(annotation_, &AnnotationSession::labelsChanged, this, [this] { if (isAdc_) timer_.start(); });
  connect(annotation_, &AnnotationSession::activeSegmentChanged, this, [this] { if (isAdc_) timer_.start(); });
  onSeriesOpened();
}

void AdcPanel::onSeriesOpened() {
  isAdc_ = session_->hasSeries() && session_->volume() && isStoredAdcMap(*session_->volume(), session_->series());
  recompute();
}

void AdcPanel::recompute() {
  distributions_.clear();
  table_->setRowCount(0);
  histogram_->setHistogram(AdcHistogram{});
  if (!isAdc_) {
    title_->setText(tr("Open an ADC map (Diffusion > Compute ADC map) to see the ADC inside its segments."));
    return;
  }
  const auto labels = annotation_->labels();
  const Segment* segment = labels ? labels->segment(annotation_->activeSegment()) : nullptr;
  if (!segment || labels->voxels.isEmpty(segment->number)) {
    title_->setText(tr("ADC map: choose or make a segment (Diffusion > ADC candidate mask)."));
    return;
  }
  const Volume& adc = *session_->volume();
  const SegmentMask mask = labels->voxels.extract(segment->number);
  distributions_ = adcDistributions(mask, adc);
  histogram_->setHistogram(adcHistogram(adc, &mask));
  title_->setText(tr("%1: ADC in 10⁻⁶ mm²/s, %n lesion(s)", nullptr, int(distributions_.size()) - 1).arg(segment->label));
  table_->setRowCount(int(distributions_.size()));
  for (size_t r = 0; r < distributions_.size(); ++r) {
    const ValueDistribution& d = distributions_[r].values;
    const QStringList cells = {distributions_[r].lesion == 0 ? tr("All") : tr("Lesion %1").arg(distributions_[r].lesion),
                               QString::number(d.volumeMl, 'f', 3), QString::number(d.mean, 'f', 0), QString::number(d.median, 'f', 0),
                               QString::number(d.sd, 'f', 0), QString::number(d.p10, 'f', 0), QString::number(d.p25, 'f', 0),
                               QString::number(d.p75, 'f', 0), QString::number(d.p90, 'f', 0), QString::number(d.skewness, 'f', 2),
                               QString::number(d.kurtosis, 'f', 2), QString::number(d.entropy, 'f', 2)};
    for (int c = 0; c < cells.size(); ++c) table_->setItem(int(r), c, new QTableWidgetItem(cells[c]));
  }
}

}  // namespace rc
