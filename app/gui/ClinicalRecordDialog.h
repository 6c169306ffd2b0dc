#pragma once
// The clinical record of a patient as a form generated from the project's template: a line
// per field (a list for choices), each value checked and saved as the user leaves the field;
// a refused value stays red with what the field accepts.

#include <QDialog>

#include <map>

class QLabel;
class QWidget;

namespace rc {

class ClinicalRecordModel;

class ClinicalRecordDialog : public QDialog {
  Q_OBJECT
public:
  ClinicalRecordDialog(ClinicalRecordModel* model, QWidget* parent = nullptr);

  QWidget* fieldEditor(const QString& fieldId) const;
  QString message() const;

private:
  void commit(const QString& fieldId, const QString& text);

  ClinicalRecordModel* model_;
  std::map<QString, QWidget*> editors_;
  QLabel* message_;
};

}  // namespace rc
