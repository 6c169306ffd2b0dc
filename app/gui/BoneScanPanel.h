#pragma once
// The bone-scan dock beside a whole-body scan: the window (percentile or maximum, percent,
// invert, mirror the posterior view), and the reader's reading — who reads, the counts per
// region and in total as marks are placed, the EOD grade by the count (or overridden with a
// reason), the superscan tick, metastasis yes/no, and the list of marks. It only shows the
// models and passes edits on; the rules are the models'.

#include "bonescan/HotspotReading.h"
#include "viewmodel/WholeBodyModel.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace rc {

class BoneScanPanel : public QWidget {
  Q_OBJECT
public:
  BoneScanPanel(WholeBodyModel* model, bonescan::HotspotReading* reading, QWidget* parent = nullptr);

  // What the panel shows, for tests: "Total: 3 metastases (4 lesions)", the EOD line.
  QString totalText() const;
  QString eodText() const;
  int countRows() const;

signals:
  void failed(const QString& message);

private:
  void showWindow();
  void showReading();
  void report(const Status& status);

  WholeBodyModel* model_;
  bonescan::HotspotReading* reading_;
  QComboBox* basis_;
  QDoubleSpinBox* percentile_;
  QDoubleSpinBox* percent_;
  QCheckBox* invert_;
  QCheckBox* mirror_;
  QLabel* reader_;
  QTableWidget* counts_;
  QLabel* total_;
  QLabel* eodByRule_;
  QComboBox* eodOverride_;
  QLineEdit* eodReason_;
  QCheckBox* superscan_;
  QComboBox* metastasis_;
  QListWidget* marks_;
  QPushButton* remove_;
};

}  // namespace rc
