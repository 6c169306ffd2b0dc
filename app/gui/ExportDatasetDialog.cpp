#include "ExportDatasetDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

namespace rc {

ExportDatasetDialog::ExportDatasetDialog(const QStringList& patientCodes, QWidget* parent) : QDialog(parent) {
  setWindowTitle(tr("Export dataset"));
  resize(560, 560);
  auto* form = new QFormLayout(this);
  cases_ = new QListWidget(this);
  for (const QString& code : patientCodes) {
    auto* item = new QListWidgetItem(code, cases_);
    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
    item->setCheckState(Qt::Checked);
  }
  form->addRow(tr("Cases"), cases_);
  partner_ = new QLineEdit(this);
  partner_->setPlaceholderText(tr("the company or institution that receives the data"));
  form->addRow(tr("Partner"), partner_);
  purpose_ = new QLineEdit(this);
  form->addRow(tr("Purpose"), purpose_);
  auto* where = new QHBoxLayout;
  output_ = new QLineEdit(this);
  auto* browse = new QPushButton(tr("Choose…"), this);
  where->addWidget(output_, 1);
  where->addWidget(browse);
  form->addRow(tr("Export to"), where);
  language_ = new QComboBox(this);
  language_->addItem(tr("Japanese"), QStringLiteral("ja"));
  language_->addItem(tr("English"), QStringLiteral("en"));
  language_->setCurrentIndex(0);  // the partners' sheets are Japanese unless asked otherwise
  form->addRow(tr("Case sheet"), language_);
  columns_ = new QComboBox(this);
  for (const QString& id : SheetTemplate::builtInIds()) columns_->addItem(id, id);
  columns_->setToolTip(tr("The project's columns after I (resources/sheets/)"));
  form->addRow(tr("Project columns"), columns_);
  incomplete_ = new QCheckBox(tr("Export even if required cells of the case sheet are empty (the sheet is marked incomplete)"), this);
  unverified_ = new QCheckBox(tr("Include segments made by AI models that no reader verified (marked UNVERIFIED)"), this);
  form->addRow(incomplete_);
  form->addRow(unverified_);
  zip_ = new QCheckBox(tr("One encrypted archive (AES-256 zip)"), this);
  form->addRow(zip_);
  password_ = new QLineEdit(this);
  passwordAgain_ = new QLineEdit(this);
  for (QLineEdit* e : {password_, passwordAgain_}) {
    e->setEchoMode(QLineEdit::Password);
    e->setEnabled(false);
  }
  form->addRow(tr("Password"), password_);
  form->addRow(tr("Repeat the password"), passwordAgain_);
  problem_ = new QLabel(this);
  problem_->setWordWrap(true);
  problem_->setStyleSheet(QStringLiteral("color: #c00000"));
  form->addRow(problem_);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
  buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
  form->addRow(buttons);
  connect(buttons, &QDialogButtonBox::accepted, this, &ExportDatasetDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  connect(zip_, &QCheckBox::toggled, this, [this](bool on) {
    password_->setEnabled(on);
    passwordAgain_->setEnabled(on);
    const QString path = output_->text();
    if (on && !path.isEmpty() && !path.endsWith(QLatin1String(".zip"))) output_->setText(path + QStringLiteral(".zip"));
    if (!on && path.endsWith(QLatin1String(".zip"))) output_->setText(path.chopped(4));
  });
  connect(browse, &QPushButton::clicked, this, [this] {
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Where the package goes (a new folder is made there)"));
    if (folder.isEmpty()) return;
    const QString name = QStringLiteral("dataset-%1").arg(partner_->text().trimmed().isEmpty() ? QStringLiteral("partner") : partner_->text().trimmed());
    output_->setText(folder + QLatin1Char('/') + name + (zip_->isChecked() ? QStringLiteral(".zip") : QString()));
  });
}

DatasetExportOptions ExportDatasetDialog::options() const {
  DatasetExportOptions o;
  for (int i = 0; i < cases_->count(); ++i)
    if (cases_->item(i)->checkState() == Qt::Checked) o.cases << cases_->item(i)->text();
  o.partner = partner_->text().trimmed();
  o.purpose = purpose_->text().trimmed();
  o.japaneseSheet = language_->currentData().toString() == QLatin1String("ja");
  if (auto columns = SheetTemplate::builtIn(columns_->currentData().toString())) o.sheetColumns = columns.value();
  o.allowIncomplete = incomplete_->isChecked();
  o.includeUnverified = unverified_->isChecked();
  if (zip_->isChecked()) o.zipPassword = password_->text();
  return o;
}

QString ExportDatasetDialog::outputPath() const { return output_->text().trimmed(); }

void ExportDatasetDialog::accept() {
  QString problem;
  if (options().cases.isEmpty()) problem = tr("Choose at least one case.");
  else if (partner_->text().trimmed().isEmpty()) problem = tr("Name the partner.");
  else if (outputPath().isEmpty()) problem = tr("Choose where the package goes.");
  else if (QFileInfo::exists(outputPath())) problem = tr("%1 exists already; an export never replaces anything.").arg(outputPath());
  else if (zip_->isChecked() && password_->text().size() < 8) problem = tr("The password needs at least 8 characters.");
  else if (zip_->isChecked() && password_->text() != passwordAgain_->text()) problem = tr("The passwords differ.");
  problem_->setText(problem);
  if (problem.isEmpty()) QDialog::accept();
}

}  // namespace rc
