#pragma once
// The tumour-specific ADC workflow in the window (casework/AdcWork.h does the work):
// - ComputeAdcDialog: which shells (or a fit) and the noise floor for Diffusion > Compute ADC map;
// - AdcThresholdDialog: the ADC range of the candidate mask, chosen on the map's histogram,
//   with the minimum island size and the optional high-b condition;
// - AdcPanel: the ADC distribution of the active segment (histogram, whole and per lesion),
//   following the edits once painting pauses.

#include "casework/AdcWork.h"
#include "diffusion/AdcStatistics.h"

#include <QDialog>
#include <QTimer>
#include <QWidget>

#include <memory>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QTableWidget;

namespace rc {

class AnnotationSession;
class Session;

// A histogram of ADC values with the chosen range shaded; a drag across it picks a range.
class AdcHistogramView : public QWidget {
  Q_OBJECT
public:
  explicit AdcHistogramView(QWidget* parent = nullptr);
  void setHistogram(AdcHistogram histogram);
  void setRange(double low, double high);
  QSize sizeHint() const override { return {420, 150}; }

signals:
  void rangePicked(double low, double high);

protected:
  void paintEvent(QPaintEvent* event) override;
  void mousePressEvent(QMouseEvent* event) override;
  void mouseMoveEvent(QMouseEvent* event) override;

private:
  QRectF plotArea() const;
  double valueAt(double x) const;
  double xOf(double value) const;
  AdcHistogram histogram_;
  double low_ = 0, high_ = 0;
  double dragStart_ = 0;
};

class ComputeAdcDialog : public QDialog {
  Q_OBJECT
public:
  explicit ComputeAdcDialog(QWidget* parent = nullptr);
  AdcOptions options() const;

private:
  QRadioButton* extremes_;
  QRadioButton* chosen_;
  QRadioButton* fit_;
  QDoubleSpinBox* lowB_;
  QDoubleSpinBox* highB_;
  QCheckBox* autoFloor_;
  QDoubleSpinBox* floor_;
};

class AdcThresholdDialog : public QDialog {
  Q_OBJECT
public:
  AdcThresholdDialog(std::shared_ptr<const Volume> adc, QWidget* parent = nullptr);
  AdcThresholdRequest request() const;

private:
  void updateCount();
  std::shared_ptr<const Volume> adc_;
  AdcHistogramView* histogram_;
  QDoubleSpinBox* low_;
  QDoubleSpinBox* high_;
  QDoubleSpinBox* minIsland_;
  QCheckBox* highB_;
  QLineEdit* label_;
  QLabel* count_;
};

class AdcPanel : public QWidget {
  Q_OBJECT
public:
  AdcPanel(Session* session, AnnotationSession* annotation, QWidget* parent = nullptr);
  // Whether the open series is an ADC map (known once it is opened).
  bool showsAdcMap() const { return isAdc_; }
  // The distributions shown (the whole segment first, then each lesion); for tests.
  const std::vector<LesionDistribution>& distributions() const { return distributions_; }

private:
  void onSeriesOpened();
  void recompute();
  Session* session_;
  AnnotationSession* annotation_;
  QLabel* title_;
  AdcHistogramView* histogram_;
  QTableWidget* table_;
  QTimer timer_;
  bool isAdc_ = false;
  std::vector<LesionDistribution> distributions_;
};

}  // namespace rc
