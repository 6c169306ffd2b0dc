#pragma once
// File > Export dataset…: which cases go to which partner, for what, where, and how (case
// sheet language, an incomplete sheet, unverified AI segments, an encrypted archive with its
// password typed twice). The export itself runs in the window's task panel.

#include "handoff/DatasetExport.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace rc {

class ExportDatasetDialog : public QDialog {
  Q_OBJECT
public:
  // `patientCodes`: the store's patients, all ticked at first.
  ExportDatasetDialog(const QStringList& patientCodes, QWidget* parent = nullptr);

  // The options chosen (table and profile are the caller's), and where the package goes.
  DatasetExportOptions options() const;
  QString outputPath() const;

  QListWidget* caseList() const { return cases_; }
  QLineEdit* partnerEdit() const { return partner_; }
  QLineEdit* outputEdit() const { return output_; }

  void accept() override;

private:
  QListWidget* cases_;
  QLineEdit* partner_;
  QLineEdit* purpose_;
  QLineEdit* output_;
  QComboBox* language_;
  QComboBox* columns_;
  QCheckBox* incomplete_;
  QCheckBox* unverified_;
  QCheckBox* zip_;
  QLineEdit* password_;
  QLineEdit* passwordAgain_;
  QLabel* problem_;
};

}  // namespace rc
