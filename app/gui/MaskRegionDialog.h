#pragma once
// Burned-in text review of one image: shows it, lets the user drag a rectangle over text to
// black out, or confirm that there is none.

#include <QDialog>
#include <QImage>
#include <QRect>

class QLabel;

namespace rc {

class RegionPicker;

class MaskRegionDialog : public QDialog {
  Q_OBJECT
public:
  enum class Decision { Cancel, NoText, Mask };

  MaskRegionDialog(const QImage& image, const QString& reason, QWidget* parent = nullptr);

  Decision decision() const { return decision_; }
  QRect region() const;  // in image pixels

private:
  RegionPicker* picker_;
  Decision decision_ = Decision::Cancel;
};

}  // namespace rc
