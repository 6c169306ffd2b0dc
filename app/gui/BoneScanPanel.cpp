#include "BoneScanPanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rc {

using namespace bonescan;

BoneScanPanel::BoneScanPanel(WholeBodyModel* model, HotspotReading* reading, QWidget* parent)
    : QWidget(parent), model_(model), reading_(reading) {
  auto* layout = new QVBoxLayout(this);

  auto* window = new QGroupBox(tr("Window"), this);
  auto* windowForm = new QFormLayout(window);
  basis_ = new QComboBox(window);
  basis_->addItem(tr("Percentile of the counts"));
  basis_->addItem(tr("Maximum count"));
  windowForm->addRow(tr("Upper level from"), basis_);
  percentile_ = new QDoubleSpinBox(window);
  percentile_->setRange(50, 100);
  percentile_->setDecimals(1);
  percentile_->setSuffix(tr(" th percentile"));
  windowForm->addRow(tr("Percentile"), percentile_);
  percent_ = new QDoubleSpinBox(window);
  percent_->setRange(1, 1000);
  percent_->setDecimals(0);
  percent_->setSuffix(QStringLiteral(" %"));
  percent_->setToolTip(tr("+ darker, - brighter (in the view)"));
  windowForm->addRow(tr("Upper level"), percent_);
  invert_ = new QCheckBox(tr("Inverted (hot = dark)"), window);
  mirror_ = new QCheckBox(tr("Mirror the posterior view"), window);
  mirror_->setToolTip(tr("Both views then show the patient's right on the same side"));
  windowForm->addRow(invert_);
  windowForm->addRow(mirror_);
  layout->addWidget(window);

  auto* read = new QGroupBox(tr("Hotspot reading"), this);
  auto* readLayout = new QVBoxLayout(read);
  reader_ = new QLabel(read);
  reader_->setWordWrap(true);
  readLayout->addWidget(reader_);
  counts_ = new QTableWidget(0, 3, read);
  counts_->setHorizontalHeaderLabels({tr("Region"), tr("Metastases"), tr("Lesions")});
  counts_->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
  counts_->verticalHeader()->hide();
  counts_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  counts_->setMinimumHeight(120);
  readLayout->addWidget(counts_);
  total_ = new QLabel(read);
  readLayout->addWidget(total_);
  auto* form = new QFormLayout;
  eodByRule_ = new QLabel(read);
  form->addRow(tr("EOD by the count"), eodByRule_);
  eodOverride_ = new QComboBox(read);
  eodOverride_->addItem(tr("as counted"));
  for (int g = 0; g <= 4; ++g) eodOverride_->addItem(QString::number(g), g);
  form->addRow(tr("EOD given"), eodOverride_);
  eodReason_ = new QLineEdit(read);
  eodReason_->setPlaceholderText(tr("why the grade differs from the count"));
  form->addRow(tr("Reason"), eodReason_);
  superscan_ = new QCheckBox(tr("Superscan"), read);
  form->addRow(superscan_);
  metastasis_ = new QComboBox(read);
  metastasis_->addItem(tr("as marked"));
  metastasis_->addItem(tr("yes"));
  metastasis_->addItem(tr("no"));
  form->addRow(tr("Metastasis"), metastasis_);
  readLayout->addLayout(form);
  marks_ = new QListWidget(read);
  marks_->setMinimumHeight(100);
  readLayout->addWidget(marks_);
  remove_ = new QPushButton(tr("Remove mark"), read);
  readLayout->addWidget(remove_);
  layout->addWidget(read);
  layout->addStretch();

  connect(model_, &WholeBodyModel::changed, this, &BoneScanPanel::showWindow);
  connect(reading_, &HotspotReading::changed, this, &BoneScanPanel::showReading);
  auto applyWindow = [this] {
    model_->setWindow(basis_->currentIndex() == 0 ? WholeBodyModel::WindowBasis::Percentile : WholeBodyModel::WindowBasis::Maximum,
                      percent_->value(), percentile_->value());
  };
  connect(basis_, &QComboBox::activated, this, applyWindow);
  connect(percentile_, &QDoubleSpinBox::editingFinished, this, applyWindow);
  connect(percent_, &QDoubleSpinBox::editingFinished, this, applyWindow);
  connect(invert_, &QCheckBox::toggled, model_, &WholeBodyModel::setInverted);
  connect(mirror_, &QCheckBox::toggled, model_, &WholeBodyModel::setMirrorPosterior);
  connect(eodOverride_, &QComboBox::activated, this, [this](int index) {
    report(reading_->setEodOverride(index == 0 ? std::nullopt : std::optional<int>(index - 1), eodReason_->text()));
  });
  connect(eodReason_, &QLineEdit::editingFinished, this, [this] {
    if (eodOverride_->currentIndex() > 0) report(reading_->setEodOverride(eodOverride_->currentIndex() - 1, eodReason_->text()));
  });
  connect(superscan_, &QCheckBox::clicked, this, [this](bool on) { report(reading_->setSuperscan(on)); });
  connect(metastasis_, &QComboBox::activated, this, [this](int index) {
    report(reading_->setMetastasis(index == 0 ? std::nullopt : std::optional<bool>(index == 1)));
  });
  connect(remove_, &QPushButton::clicked, this, [this] {
    if (marks_->currentRow() >= 0) report(reading_->removeMark(marks_->currentRow()));
  });
  showWindow();
  showReading();
}

void BoneScanPanel::report(const Status& status) {
  if (!status) {
    emit failed(status.error());
    showReading();  // back to what is stored
  }
}

void BoneScanPanel::showWindow() {
  const QSignalBlocker b1(basis_), b2(percentile_), b3(percent_), b4(invert_), b5(mirror_);
  basis_->setCurrentIndex(model_->basis() == WholeBodyModel::WindowBasis::Percentile ? 0 : 1);
  percentile_->setValue(model_->percentile());
  percentile_->setEnabled(model_->basis() == WholeBodyModel::WindowBasis::Percentile);
  percent_->setValue(model_->percent());
  invert_->setChecked(model_->inverted());
  mirror_->setChecked(model_->mirrorPosterior());
}

QString BoneScanPanel::totalText() const { return total_->text(); }
QString BoneScanPanel::eodText() const { return eodByRule_->text(); }
int BoneScanPanel::countRows() const { return counts_->rowCount(); }

void BoneScanPanel::showReading() {
  const bool open = reading_->isOpen(), editable = open && !reading_->readOnly();
  reader_->setText(!open                   ? tr("Open the case from the worklist to read it: hotspots are marked per reader.")
                   : reading_->readOnly() ? tr("%1's reading, read-only: %2").arg(reading_->reader(), reading_->readOnlyReason())
                                          : tr("%1's reading. Click a hotspot to mark it; click a mark to change it.").arg(reading_->reader()));
  const LesionCounts c = reading_->counts();
  counts_->setRowCount(0);
  for (const QString& region : regionIds()) {
    const auto lesions = c.lesionsPerRegion.find(region);
    if (lesions == c.lesionsPerRegion.end()) continue;
    const int row = counts_->rowCount();
    counts_->insertRow(row);
    counts_->setItem(row, 0, new QTableWidgetItem(regionLabel(region)));
    const auto m = c.metastasesPerRegion.find(region);
    counts_->setItem(row, 1, new QTableWidgetItem(QString::number(m == c.metastasesPerRegion.end() ? 0 : m->second)));
    counts_->setItem(row, 2, new QTableWidgetItem(QString::number(lesions->second)));
  }
  total_->setText(tr("Total: %n metastases", nullptr, c.metastases) + tr(" (%n lesions)", nullptr, c.lesions));
  eodByRule_->setText(QString::number(reading_->eodByRule()));
  const QSignalBlocker b1(eodOverride_), b2(superscan_), b3(metastasis_), b4(eodReason_);
  const ViewerReading& r = reading_->reading();
  eodOverride_->setCurrentIndex(r.eodOverride ? *r.eodOverride + 1 : 0);
  eodReason_->setText(r.eodReason);
  superscan_->setChecked(r.superscan);
  metastasis_->setCurrentIndex(!r.metastasis ? 0 : *r.metastasis ? 1 : 2);
  metastasis_->setToolTip(tr("Now: %1").arg(reading_->metastasis() ? tr("yes") : tr("no")));
  marks_->clear();
  for (size_t i = 0; i < r.marks.size(); ++i) {
    const HotspotMarkRecord& m = r.marks[i];
    QString text = QStringLiteral("%1  %2 · %3 · %4").arg(i + 1).arg(regionLabel(m.region), callLabel(m.call),
                                                               m.view == QLatin1String("posterior") ? tr("POST") : tr("ANT"));
    if (m.sameLesionAs >= 0) text += tr(" (same lesion as %1)").arg(m.sameLesionAs + 1);
    marks_->addItem(text);
  }
  for (QWidget* w : std::initializer_list<QWidget*>{eodOverride_, eodReason_, superscan_, metastasis_, remove_}) w->setEnabled(editable);
}

}  // namespace rc
