#include "AgreementDialog.h"

#include "Charts.h"
#include "core/Files.h"

#include <QChartView>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QMessageBox>
#include <QPushButton>
#include <QScatterSeries>
#include <QTabWidget>
#include <QTableWidget>
#include <QValueAxis>
#include <QVBoxLayout>

namespace rc {

namespace {

QString figure(std::optional<double> v) { return v ? QString::number(*v, 'f', 3) : QObject::tr("undefined"); }

// Per-case Dice of each structure, one bar per case and pair of readers.
QChartView* diceChart(const StudyAgreementReport& report, QWidget* parent) {
  auto* chart = new QChart;
  chart->setTitle(AgreementDialog::tr("Dice per case"));
  auto* series = new QBarSeries;
  std::map<QString, QBarSet*> sets;  // one set per structure
  QStringList cases;
  for (const CaseSegmentAgreement& s : report.segments) {
    const QString label = QStringLiteral("%1 %2/%3").arg(s.patientCode, s.readerA, s.readerB);
    if (!cases.contains(label)) cases << label;
  }
  for (const CaseSegmentAgreement& s : report.segments) {
    QBarSet*& set = sets[s.structure];
    if (!set) {
      set = new QBarSet(s.structure);
      for (int n = 0; n < cases.size(); ++n) set->append(0);
      series->append(set);
    }
    set->replace(int(cases.indexOf(QStringLiteral("%1 %2/%3").arg(s.patientCode, s.readerA, s.readerB))), s.agreement.dice.value_or(0));
  }
  chart->addSeries(series);
  auto* x = new QBarCategoryAxis;
  x->append(cases);
  auto* y = new QValueAxis;
  y->setRange(0, 1);
  y->setTitleText(QStringLiteral("Dice"));
  chart->addAxis(x, Qt::AlignBottom);
  chart->addAxis(y, Qt::AlignLeft);
  series->attachAxis(x);
  series->attachAxis(y);
  auto* view = new QChartView(chart, parent);
  view->setRenderHint(QPainter::Antialiasing);
  view->setMinimumSize(420, 260);
  return view;
}

// Bland-Altman of the first item that has one: differences against means, bias and limits.
QChartView* blandAltmanOfFirstItem(const StudyAgreementReport& report, QWidget* parent) {
  for (const ItemAgreement& i : report.items)
    if (i.limits && i.limits->n >= 2)
      return blandAltmanChart(AgreementDialog::tr("Bland-Altman: %1 (%2 − %3)").arg(i.item, i.readers.value(0), i.readers.value(1)), i.pairs,
                              *i.limits, AgreementDialog::tr("mean of the two readers"), AgreementDialog::tr("difference (A − B)"), parent);
  auto* chart = new QChart;
  chart->setTitle(AgreementDialog::tr("Bland-Altman: needs two or more cases read by the same two readers"));
  return new QChartView(chart, parent);
}

}  // namespace

AgreementDialog::AgreementDialog(const QString& project, StudyAgreementReport report, QWidget* parent)
    : QDialog(parent), report_(std::move(report)) {
  setWindowTitle(tr("Agreement — %1").arg(project));
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(new QLabel(tr("%n case(s) compared (every reader submitted); %1 not yet.", nullptr, report_.casesCompared)
                                   .arg(report_.skipped.size()),
                               this));
  auto* tabs = new QTabWidget(this);
  items_ = new QTableWidget(int(report_.items.size()), 5, this);
  items_->setHorizontalHeaderLabels({tr("Item"), tr("Statistic"), tr("Readers"), tr("Cases"), tr("Value")});
  for (int r = 0; r < int(report_.items.size()); ++r) {
    const ItemAgreement& i = report_.items[size_t(r)];
    const QString value = i.limits ? tr("bias %1 (%2 … %3)").arg(i.limits->bias, 0, 'f', 3).arg(i.limits->lower, 0, 'f', 3).arg(i.limits->upper, 0, 'f', 3)
                                   : figure(i.value);
    const QStringList cells{i.item, i.statistic, i.readers.join(QStringLiteral(", ")), QString::number(i.cases), value};
    for (int c = 0; c < cells.size(); ++c) items_->setItem(r, c, new QTableWidgetItem(cells[c]));
  }
  items_->horizontalHeader()->setStretchLastSection(true);
  items_->resizeColumnsToContents();
  tabs->addTab(items_, tr("Project"));
  auto* segments = new QTableWidget(int(report_.segments.size()), 7, this);
  segments->setHorizontalHeaderLabels({tr("Patient"), tr("Structure"), tr("Reader A"), tr("Reader B"), tr("Dice"), tr("HD95 (mm)"), tr("Volume difference (mL)")});
  for (int r = 0; r < int(report_.segments.size()); ++r) {
    const CaseSegmentAgreement& s = report_.segments[size_t(r)];
    const MaskAgreement& m = s.agreement;
    const QString hd = m.hd95State == DistanceState::Value      ? QString::number(m.hd95Mm, 'f', 2)
                       : m.hd95State == DistanceState::Infinite ? tr("infinite (one mask empty)")
                                                                : tr("undefined (both empty)");
    const QStringList cells{s.patientCode, s.structure, s.readerA, s.readerB, figure(m.dice), hd, QString::number(m.volumeDifferenceMl(), 'f', 2)};
    for (int c = 0; c < cells.size(); ++c) segments->setItem(r, c, new QTableWidgetItem(cells[c]));
  }
  segments->resizeColumnsToContents();
  tabs->addTab(segments, tr("Segments per case"));
  auto* charts = new QWidget(this);
  auto* chartLayout = new QHBoxLayout(charts);
  chartLayout->addWidget(diceChart(report_, charts));
  chartLayout->addWidget(blandAltmanOfFirstItem(report_, charts));
  tabs->addTab(charts, tr("Plots"));
  layout->addWidget(tabs, 1);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
  QPushButton* csv = buttons->addButton(tr("Save as CSV…"), QDialogButtonBox::ActionRole);
  connect(csv, &QPushButton::clicked, this, &AgreementDialog::saveCsv);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  layout->addWidget(buttons);
  resize(900, 560);
}

void AgreementDialog::saveCsv() {
  const QString path = QFileDialog::getSaveFileName(this, tr("Save the agreement figures"), QStringLiteral("agreement.csv"), tr("CSV (*.csv)"));
  if (path.isEmpty()) return;
  if (const Status s = writeFileAtomically(path, agreementCsv(report_)); !s) QMessageBox::warning(this, windowTitle(), s.error());
}

AuditLogDialog::AuditLogDialog(Query query, QWidget* parent) : QDialog(parent), query_(std::move(query)) {
  setWindowTitle(tr("Audit log"));
  auto* layout = new QVBoxLayout(this);
  auto* filters = new QHBoxLayout;
  actor_ = new QLineEdit(this);
  action_ = new QLineEdit(this);
  patient_ = new QLineEdit(this);
  project_ = new QLineEdit(this);
  for (auto [edit, hint] : {std::pair{actor_, tr("Who")}, std::pair{action_, tr("Action")}, std::pair{patient_, tr("Patient code")},
                            std::pair{project_, tr("Project")}}) {
    edit->setPlaceholderText(hint);
    edit->setClearButtonEnabled(true);
    filters->addWidget(edit);
    connect(edit, &QLineEdit::editingFinished, this, [this] {
      if (const Status s = reload(); !s) QMessageBox::warning(this, windowTitle(), s.error());
    });
  }
  layout->addLayout(filters);
  table_ = new QTableWidget(0, 7, this);
  table_->setHorizontalHeaderLabels({tr("When (UTC)"), tr("Who"), tr("Action"), tr("Patient"), tr("Project"), tr("Series"), tr("Detail")});
  table_->horizontalHeader()->setStretchLastSection(true);
  table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  layout->addWidget(table_, 1);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
  QPushButton* csv = buttons->addButton(tr("Save as CSV…"), QDialogButtonBox::ActionRole);
  connect(csv, &QPushButton::clicked, this, &AuditLogDialog::saveCsv);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  layout->addWidget(buttons);
  resize(980, 520);
}

Status AuditLogDialog::reload() {
  AuditFilter f;
  f.actor = actor_->text().trimmed();
  f.action = action_->text().trimmed();
  f.patientCode = patient_->text().trimmed();
  f.project = project_->text().trimmed();
  auto rows = query_(f);
  if (!rows) return fail(rows.error());
  rows_ = std::move(*rows);
  table_->setRowCount(int(rows_.size()));
  for (int r = 0; r < int(rows_.size()); ++r) {
    const AuditRecord& a = rows_[size_t(r)];
    const QStringList cells{a.at, a.actor, a.action, a.patientCode, a.project, a.seriesUid, a.detail};
    for (int c = 0; c < cells.size(); ++c) table_->setItem(r, c, new QTableWidgetItem(cells[c]));
  }
  table_->resizeColumnsToContents();
  return Status::success();
}

void AuditLogDialog::saveCsv() {
  const QString path = QFileDialog::getSaveFileName(this, tr("Save the audit log"), QStringLiteral("audit.csv"), tr("CSV (*.csv)"));
  if (path.isEmpty()) return;
  if (const Status s = writeFileAtomically(path, auditCsv(rows_)); !s)
    QMessageBox::warning(this, windowTitle(), s.error());
}

}  // namespace rc
