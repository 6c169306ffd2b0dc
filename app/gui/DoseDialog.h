#pragma once
// A study's radiation dose: where it comes from (the dose SR, or the CT images' CTDIvol), the
// total DLP, and every irradiation event with its indices; saved as the CSV the command line
// writes.

#include "dose/StudyDose.h"

#include <QDialog>

class QTableWidget;

namespace rc {

class DoseDialog : public QDialog {
  Q_OBJECT
public:
  DoseDialog(StudyDose dose, QWidget* parent = nullptr);
  QTableWidget* table() const { return table_; }

private:
  StudyDose dose_;
  QTableWidget* table_;
};

}  // namespace rc
