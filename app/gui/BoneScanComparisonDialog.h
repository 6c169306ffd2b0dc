#pragma once
// The bone-scan study's comparison as a window: how many cases and results counted, the
// sensitivity and specificity of each program and reader against the readers' majority at a
// chosen cut-off as bars, a Bland-Altman plot for a chosen subject, and every figure with its
// 95% interval in a table that can be saved as the CSV the command line writes.

#include "bonescan/BoneScanComparison.h"

#include <QDialog>

class QComboBox;
class QTableWidget;
class QVBoxLayout;

namespace rc {

class BoneScanComparisonDialog : public QDialog {
  Q_OBJECT
public:
  BoneScanComparisonDialog(const QString& project, bonescan::BoneScanComparison comparison, QWidget* parent = nullptr);
  QTableWidget* table() const { return table_; }
  QComboBox* threshold() const { return threshold_; }
  // The subjects the bars show at the chosen threshold.
  QStringList barSubjects() const;

private:
  void showBars();
  void showBlandAltman();
  void saveCsv();

  bonescan::BoneScanComparison comparison_;
  QComboBox* threshold_;
  QComboBox* subject_;
  QTableWidget* table_;
  QVBoxLayout* barsBox_;
  QVBoxLayout* blandAltmanBox_;
  QStringList barSubjects_;
};

}  // namespace rc
