#include "DoseDialog.h"

#include "core/Files.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rc {

DoseDialog::DoseDialog(StudyDose dose, QWidget* parent) : QDialog(parent), dose_(std::move(dose)) {
  setWindowTitle(tr("Radiation dose of the study"));
  resize(1100, 360);
  auto* layout = new QVBoxLayout(this);
  QString source;
  switch (dose_.source) {
    case StudyDose::Source::DoseReport: source = tr("from the scanner's radiation dose SR"); break;
    case StudyDose::Source::Images: source = tr("from the CT images' CTDIvol (no dose SR; the images carry no DLP)"); break;
    case StudyDose::Source::None: source = tr("no dose information: neither a dose SR nor CT images with CTDIvol"); break;
  }
  auto number = [](const std::optional<double>& v, int decimals) { return v ? QString::number(*v, 'f', decimals) : QString(); };
  layout->addWidget(new QLabel(tr("Study of %1, %2: %3. Total DLP: %4 mGy·cm.")
                                   .arg(dose_.patientCode, dose_.studyDate.isEmpty() ? tr("no date") : dose_.studyDate, source,
                                        dose_.totalDlpMgyCm ? number(dose_.totalDlpMgyCm, 2) : tr("not known")),
                               this));
  const QStringList headers = {tr("Event"), tr("Acquisition"), tr("Region"), tr("CTDIvol (mGy)"), tr("DLP (mGy·cm)"), tr("Scan length (mm)"),
                               tr("kVp"),   tr("Tube current (mA)"), tr("Rotation (s)"), tr("mAs"), tr("Phantom"), tr("SSDE (mGy)")};
  table_ = new QTableWidget(int(dose_.events.size()), int(headers.size()), this);
  table_->setHorizontalHeaderLabels(headers);
  table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  for (int row = 0; row < int(dose_.events.size()); ++row) {
    const DoseEvent& e = dose_.events[size_t(row)];
    const QStringList cells = {e.label, e.acquisitionType, e.targetRegion, number(e.ctdiVolMgy, 2), number(e.dlpMgyCm, 2), number(e.scanLengthMm, 1),
                               number(e.kvp, 0), number(e.tubeCurrentMa, 0), number(e.rotationTimeS, 3), number(e.mAs, 1), e.phantom, number(e.ssdeMgy, 2)};
    for (int c = 0; c < cells.size(); ++c) table_->setItem(row, c, new QTableWidgetItem(cells[c]));
  }
  table_->resizeColumnsToContents();
  table_->horizontalHeader()->setStretchLastSection(true);
  layout->addWidget(table_);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
  QPushButton* save = buttons->addButton(tr("Save &CSV…"), QDialogButtonBox::ActionRole);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
  connect(save, &QPushButton::clicked, this, [this] {
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the dose as CSV"), QStringLiteral("dose.csv"), tr("CSV (*.csv)"));
    if (path.isEmpty()) return;
    if (const Status s = writeFileAtomically(path, doseCsv({dose_})); !s) QMessageBox::warning(this, tr("Dose"), s.error());
  });
  layout->addWidget(buttons);
}

}  // namespace rc
