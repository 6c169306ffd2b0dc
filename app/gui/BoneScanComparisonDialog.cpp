#include "BoneScanComparisonDialog.h"

#include "Charts.h"
#include "core/Files.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QValueAxis>
#include <QVBoxLayout>

#include <set>

namespace rc {

using namespace bonescan;

namespace {

QString figure(const std::optional<double>& v) { return v ? QString::number(*v, 'f', 3) : BoneScanComparisonDialog::tr("undefined"); }

void replaceContent(QVBoxLayout* box, QWidget* widget) {
  while (QLayoutItem* item = box->takeAt(0)) {
    delete item->widget();
    delete item;
  }
  box->addWidget(widget);
}

}  // namespace

BoneScanComparisonDialog::BoneScanComparisonDialog(const QString& project, BoneScanComparison comparison, QWidget* parent)
    : QDialog(parent), comparison_(std::move(comparison)) {
  setWindowTitle(tr("Bone-scan comparison — %1").arg(project));
  auto* layout = new QVBoxLayout(this);
  QStringList summary;
  summary << tr("%n case(s) with readings", nullptr, comparison_.cases) + tr(", %n with a majority", nullptr, comparison_.referenceCases) +
                 tr(", %n tied (no reference)", nullptr, comparison_.ties);
  for (const ProgramCount& p : comparison_.programs)
    summary << tr("%1: %2 result(s) on its own tracer%3, %4 on another tracer not counted")
                   .arg(p.subject)
                   .arg(p.ownTracer)
                   .arg(p.tracer.isEmpty() ? QString() : QStringLiteral(" (99mTc-%1)").arg(p.tracer))
                   .arg(p.otherTracer);
  auto* label = new QLabel(summary.join(QLatin1Char('\n')), this);
  label->setWordWrap(true);
  layout->addWidget(label);

  auto* controls = new QHBoxLayout;
  threshold_ = new QComboBox(this);
  std::set<QString> thresholds;
  for (const ComparisonRow& r : comparison_.rows)
    if (r.measure == QLatin1String("sensitivity") && !r.threshold.isEmpty()) thresholds.insert(r.threshold);
  for (const QString& t : thresholds) threshold_->addItem(t);
  controls->addWidget(new QLabel(tr("Cut-off"), this));
  controls->addWidget(threshold_);
  subject_ = new QComboBox(this);
  for (const auto& [subject, pairs] : comparison_.blandAltmanPairs)
    if (pairs.size() >= 2) subject_->addItem(subject);
  controls->addWidget(new QLabel(tr("Bland-Altman of"), this));
  controls->addWidget(subject_, 1);
  layout->addLayout(controls);

  auto* charts = new QHBoxLayout;
  barsBox_ = new QVBoxLayout;
  blandAltmanBox_ = new QVBoxLayout;
  charts->addLayout(barsBox_, 1);
  charts->addLayout(blandAltmanBox_, 1);
  layout->addLayout(charts, 1);

  table_ = new QTableWidget(int(comparison_.rows.size()), 6, this);
  table_->setHorizontalHeaderLabels({tr("Measure"), tr("Subject"), tr("Threshold"), tr("Value"), tr("95% interval"), tr("n")});
  for (int i = 0; i < int(comparison_.rows.size()); ++i) {
    const ComparisonRow& r = comparison_.rows[size_t(i)];
    const QStringList cells = {r.measure, r.subject, r.threshold, figure(r.value),
                               r.low ? QStringLiteral("%1 – %2").arg(figure(r.low), figure(r.high)) : QString(), QString::number(r.n)};
    for (int c = 0; c < cells.size(); ++c) table_->setItem(i, c, new QTableWidgetItem(cells[c]));
  }
  table_->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
  table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table_->setMinimumHeight(160);
  layout->addWidget(table_, 1);

  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
  QPushButton* save = buttons->addButton(tr("Save as CSV…"), QDialogButtonBox::ActionRole);
  connect(save, &QPushButton::clicked, this, &BoneScanComparisonDialog::saveCsv);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  layout->addWidget(buttons);
  connect(threshold_, &QComboBox::currentIndexChanged, this, &BoneScanComparisonDialog::showBars);
  connect(subject_, &QComboBox::currentIndexChanged, this, &BoneScanComparisonDialog::showBlandAltman);
  showBars();
  showBlandAltman();
  resize(1100, 760);
}

QStringList BoneScanComparisonDialog::barSubjects() const { return barSubjects_; }

void BoneScanComparisonDialog::showBars() {
  // The programs at the chosen cut-off, then each reader against the majority.
  const QString cut = threshold_->currentText();
  auto* sensitivity = new QBarSet(tr("sensitivity"));
  auto* specificity = new QBarSet(tr("specificity"));
  barSubjects_.clear();
  for (const ComparisonRow& r : comparison_.rows) {
    const bool program = r.threshold == cut, reader = r.threshold.isEmpty() && !r.subject.contains(QLatin1String(" vs "));
    if (r.measure != QLatin1String("sensitivity") || !(program || reader)) continue;
    const auto spec = std::find_if(comparison_.rows.begin(), comparison_.rows.end(), [&](const ComparisonRow& s) {
      return s.measure == QLatin1String("specificity") && s.subject == r.subject && s.threshold == r.threshold;
    });
    barSubjects_ << r.subject;
    sensitivity->append(r.value.value_or(0));
    specificity->append(spec != comparison_.rows.end() ? spec->value.value_or(0) : 0);
  }
  auto* series = new QBarSeries;
  series->append(sensitivity);
  series->append(specificity);
  auto* chart = new QChart;
  chart->setTitle(tr("Against the readers' majority (programs at %1)").arg(cut));
  chart->addSeries(series);
  auto* x = new QBarCategoryAxis;
  x->append(barSubjects_);
  x->setLabelsAngle(-30);  // program names are long
  auto* y = new QValueAxis;
  y->setRange(0, 1);
  chart->addAxis(x, Qt::AlignBottom);
  chart->addAxis(y, Qt::AlignLeft);
  series->attachAxis(x);
  series->attachAxis(y);
  auto* view = new QChartView(chart);
  view->setRenderHint(QPainter::Antialiasing);
  view->setMinimumSize(420, 280);
  replaceContent(barsBox_, view);
}

void BoneScanComparisonDialog::showBlandAltman() {
  const QString subject = subject_->currentText();
  const auto pairs = comparison_.blandAltmanPairs.find(subject);
  std::vector<double> a, b;
  if (pairs != comparison_.blandAltmanPairs.end())
    for (const auto& [x, y] : pairs->second) a.push_back(x), b.push_back(y);
  const auto limits = blandAltman(a, b);
  if (!limits) {
    auto* chart = new QChart;
    chart->setTitle(tr("Bland-Altman: needs two or more cases"));
    replaceContent(blandAltmanBox_, new QChartView(chart));
    return;
  }
  const bool programs = subject.contains(QLatin1String(" vs "));
  replaceContent(blandAltmanBox_, blandAltmanChart(programs ? tr("Bland-Altman: BSI, %1").arg(subject) : tr("Bland-Altman: count of %1 − readers' median").arg(subject),
                                                   pairs->second, *limits, tr("mean"), programs ? tr("difference (%)") : tr("difference (lesions)"),
                                                   nullptr));
}

void BoneScanComparisonDialog::saveCsv() {
  const QString path = QFileDialog::getSaveFileName(this, tr("Save the comparison"), QStringLiteral("comparison.csv"), tr("CSV (*.csv)"));
  if (path.isEmpty()) return;
  if (const Status written = writeFileAtomically(path, comparisonCsv(comparison_)); !written)
    QMessageBox::warning(this, tr("Save the comparison"), written.error());
}

}  // namespace rc
