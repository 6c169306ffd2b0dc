#pragma once
// File > Import clinical data…: the hospital's spreadsheet into the clinical records. The
// user picks the file and the template, says which column names the patient (patient code,
// or the original patient ID inside the hospital) and which column fills which field; the
// mapping is remembered per template. Importing lists what was written, the rows that match
// no patient, the values a field refuses, and every filled value that differs (old and new),
// which is only replaced when the user asks for it after seeing them.

#include "handoff/ClinicalImport.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QTableWidget;

namespace rc {

class ClinicalImportDialog : public QDialog {
  Q_OBJECT
public:
  // `table` opens the correspondence table when rows are keyed by the original ID (null:
  // the user cancelled or it failed; the message is shown by the caller).
  ClinicalImportDialog(CaseStore store, std::function<const CorrespondenceTable*()> table, QWidget* parent = nullptr);

  // Reads a spreadsheet (what the Choose… button does).
  bool loadFile(const QString& path);
  ClinicalMapping mapping() const;
  // Imports with the mapping shown; the report is also written into the dialog.
  Result<ClinicalImportReport> runImport();

  QComboBox* templateBox() const { return template_; }
  QCheckBox* overwriteBox() const { return overwrite_; }
  QPlainTextEdit* reportView() const { return report_; }

private:
  void showColumns();
  void rememberMapping() const;

  CaseStore store_;
  std::function<const CorrespondenceTable*()> table_;
  SpreadsheetTable sheet_;
  QLabel* file_;
  QComboBox* template_;
  QComboBox* keyColumn_;
  QComboBox* keyKind_;
  QTableWidget* columns_;
  QCheckBox* overwrite_;
  QPlainTextEdit* report_;
};

}  // namespace rc
