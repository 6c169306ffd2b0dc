#include "ClinicalImportDialog.h"

#include "annotate/ClinicalTemplate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rc {

namespace {

bool japaneseUi() { return QLocale().language() == QLocale::Japanese; }

}  // namespace

ClinicalImportDialog::ClinicalImportDialog(CaseStore store, std::function<const CorrespondenceTable*()> table, QWidget* parent)
    : QDialog(parent), store_(std::move(store)), table_(std::move(table)) {
  setWindowTitle(tr("Import clinical data"));
  resize(720, 640);
  auto* layout = new QVBoxLayout(this);
  auto* form = new QFormLayout;
  auto* choose = new QPushButton(tr("Choose the spreadsheet (.xlsx, .csv)…"), this);
  file_ = new QLabel(this);
  form->addRow(choose, file_);
  template_ = new QComboBox(this);
  for (const QString& id : ClinicalTemplate::builtInIds()) {
    const auto t = ClinicalTemplate::builtIn(id);
    template_->addItem(t ? t->name(japaneseUi()) : id, id);
  }
  form->addRow(tr("Template"), template_);
  keyColumn_ = new QComboBox(this);
  keyKind_ = new QComboBox(this);
  keyKind_->addItem(tr("Patient code"), int(ClinicalMapping::Key::PatientCode));
  keyKind_->addItem(tr("Original patient ID (looked up in the correspondence table)"), int(ClinicalMapping::Key::OriginalPatientId));
  form->addRow(tr("Column naming the patient"), keyColumn_);
  form->addRow(tr("It holds"), keyKind_);
  layout->addLayout(form);
  columns_ = new QTableWidget(0, 2, this);
  columns_->setHorizontalHeaderLabels({tr("Column of the sheet"), tr("Field")});
  columns_->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
  layout->addWidget(columns_, 2);
  overwrite_ = new QCheckBox(tr("Replace filled values that differ (listed below after an import)"), this);
  layout->addWidget(overwrite_);
  report_ = new QPlainTextEdit(this);
  report_->setReadOnly(true);
  layout->addWidget(report_, 1);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
  QPushButton* import = buttons->addButton(tr("Import"), QDialogButtonBox::ActionRole);
  layout->addWidget(buttons);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
  connect(choose, &QPushButton::clicked, this, [this] {
    const QString path = QFileDialog::getOpenFileName(this, tr("Clinical data"), QString(), tr("Spreadsheets (*.xlsx *.csv)"));
    if (!path.isEmpty()) loadFile(path);
  });
  connect(template_, &QComboBox::currentIndexChanged, this, &ClinicalImportDialog::showColumns);
  connect(import, &QPushButton::clicked, this, [this] { (void)runImport(); });
}

bool ClinicalImportDialog::loadFile(const QString& path) {
  const auto sheet = readSpreadsheet(path);
  if (!sheet) {
    report_->setPlainText(sheet.error());
    return false;
  }
  sheet_ = sheet.value();
  file_->setText(tr("%1 — %n row(s)", nullptr, int(sheet_.rows.size())).arg(path));
  showColumns();
  return true;
}

// The remembered mapping of the template when it fits the sheet, else a guess from the headers.
void ClinicalImportDialog::showColumns() {
  const QString templateId = template_->currentData().toString();
  const auto clinicalTemplate = ClinicalTemplate::builtIn(templateId);
  if (!clinicalTemplate) return;
  ClinicalMapping m;
  const QByteArray remembered = QSettings().value(QStringLiteral("clinical-mapping/") + templateId).toByteArray();
  if (auto r = ClinicalMapping::fromJson(remembered, QStringLiteral("settings")); r && sheet_.header.contains(r->keyColumn)) m = r.value();
  else if (auto g = ClinicalMapping::guess(sheet_, templateId)) m = g.value();
  keyColumn_->clear();
  keyColumn_->addItems(sheet_.header);
  keyColumn_->setCurrentText(m.keyColumn);
  keyKind_->setCurrentIndex(m.key == ClinicalMapping::Key::OriginalPatientId ? 1 : 0);
  columns_->setRowCount(int(sheet_.header.size()));
  for (int r = 0; r < sheet_.header.size(); ++r) {
    columns_->setItem(r, 0, new QTableWidgetItem(sheet_.header[r]));
    auto* field = new QComboBox(columns_);
    field->addItem(tr("(not imported)"), QString());
    for (const TemplateField& f : clinicalTemplate->fields()) field->addItem(f.label(japaneseUi()), f.id);
    const auto it = m.fields.find(sheet_.header[r]);
    if (it != m.fields.end()) field->setCurrentIndex(field->findData(it->second));
    columns_->setCellWidget(r, 1, field);
  }
}

ClinicalMapping ClinicalImportDialog::mapping() const {
  ClinicalMapping m;
  m.templateId = template_->currentData().toString();
  m.keyColumn = keyColumn_->currentText();
  m.key = ClinicalMapping::Key(keyKind_->currentData().toInt());
  for (int r = 0; r < columns_->rowCount(); ++r) {
    const auto* field = qobject_cast<const QComboBox*>(columns_->cellWidget(r, 1));
    if (field && !field->currentData().toString().isEmpty() && columns_->item(r, 0)->text() != m.keyColumn)
      m.fields[columns_->item(r, 0)->text()] = field->currentData().toString();
  }
  return m;
}

void ClinicalImportDialog::rememberMapping() const {
  const ClinicalMapping m = mapping();
  QSettings().setValue(QStringLiteral("clinical-mapping/") + m.templateId, m.toJson());
}

Result<ClinicalImportReport> ClinicalImportDialog::runImport() {
  const ClinicalMapping m = mapping();
  const CorrespondenceTable* table = m.key == ClinicalMapping::Key::OriginalPatientId ? table_() : nullptr;
  if (m.key == ClinicalMapping::Key::OriginalPatientId && !table) {
    report_->setPlainText(tr("The correspondence table is needed to match original patient IDs."));
    return fail(report_->toPlainText());
  }
  auto report = importClinicalData(store_, table, sheet_, m, overwrite_->isChecked());
  if (!report) {
    report_->setPlainText(report.error());
    return report;
  }
  rememberMapping();
  QStringList lines;
  lines << tr("%n clinical record(s) written.", nullptr, report->patients);
  for (const auto& c : report->updated) lines << tr("written: %1 %2: %3 → %4").arg(c.patientCode, c.field, c.oldValue, c.newValue);
  for (const auto& c : report->conflicts)
    lines << tr("kept (differs): %1 %2: stored %3, sheet %4").arg(c.patientCode, c.field, c.oldValue, c.newValue);
  for (const auto& p : report->unmatched) lines << tr("no patient: row %1 (%2): %3").arg(p.row).arg(p.column, p.reason);
  for (const auto& p : report->invalid) lines << tr("refused: row %1, %2: %3").arg(p.row).arg(p.column, p.reason);
  if (!report->conflicts.empty())
    lines << QString() << tr("To replace the kept values, tick \"Replace filled values\" and import again.");
  report_->setPlainText(lines.join(QLatin1Char('\n')));
  return report;
}

}  // namespace rc
