#include "MaskRegionDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

namespace rc {

// The image scaled to fit, with a rectangle the user drags; reports it in image pixels.
class RegionPicker : public QWidget {
public:
  explicit RegionPicker(const QImage& image, QWidget* parent = nullptr) : QWidget(parent), image_(image) {
    setMinimumSize(480, 400);
    setCursor(Qt::CrossCursor);
  }
  QRect regionInImage() const {
    if (drag_.isNull()) return QRect();
    const QRectF target = targetRect();
    const double scale = image_.width() / target.width();
    const QRectF r = QRectF(drag_.normalized()).translated(-target.topLeft());
    return QRect(int(r.left() * scale), int(r.top() * scale), int(r.width() * scale), int(r.height() * scale))
        .intersected(image_.rect());
  }

protected:
  void paintEvent(QPaintEvent*) override {
    QPainter p(this);
    p.fillRect(rect(), Qt::black);
    p.drawImage(targetRect(), image_);
    if (!drag_.isNull()) {
      p.setPen(QPen(QColor(255, 176, 0), 2));
      p.fillRect(drag_.normalized(), QColor(0, 0, 0, 160));
      p.drawRect(drag_.normalized());
    }
  }
  void mousePressEvent(QMouseEvent* e) override {
    drag_ = QRect(e->position().toPoint(), QSize(1, 1));
    update();
  }
  void mouseMoveEvent(QMouseEvent* e) override {
    if (e->buttons() & Qt::LeftButton) {
      drag_.setBottomRight(e->position().toPoint());
      update();
    }
  }

private:
  QRectF targetRect() const {
    const QSizeF fitted = QSizeF(image_.size()).scaled(size(), Qt::KeepAspectRatio);
    return QRectF(QPointF((width() - fitted.width()) / 2, (height() - fitted.height()) / 2), fitted);
  }
  QImage image_;
  QRect drag_;
};

MaskRegionDialog::MaskRegionDialog(const QImage& image, const QString& reason, QWidget* parent) : QDialog(parent) {
  setWindowTitle(tr("Burned-in text review"));
  auto* layout = new QVBoxLayout(this);
  auto* explanation = new QLabel(tr("%1. Drag a rectangle over any text that could identify the patient, then Mask; "
                                    "or confirm that the image shows none.")
                                     .arg(reason),
                                 this);
  explanation->setWordWrap(true);
  layout->addWidget(explanation);
  picker_ = new RegionPicker(image, this);
  picker_->setObjectName(QStringLiteral("regionPicker"));
  layout->addWidget(picker_, 1);
  auto* buttons = new QDialogButtonBox(this);
  QPushButton* mask = buttons->addButton(tr("Mask the rectangle"), QDialogButtonBox::AcceptRole);
  QPushButton* none = buttons->addButton(tr("No burned-in text"), QDialogButtonBox::YesRole);
  mask->setObjectName(QStringLiteral("maskButton"));
  none->setObjectName(QStringLiteral("noTextButton"));
  buttons->addButton(QDialogButtonBox::Cancel);
  connect(mask, &QPushButton::clicked, this, [this] {
    if (region().isEmpty()) return;  // nothing selected yet
    decision_ = Decision::Mask;
    accept();
  });
  connect(none, &QPushButton::clicked, this, [this] {
    decision_ = Decision::NoText;
    accept();
  });
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  layout->addWidget(buttons);
  resize(720, 640);
}

QRect MaskRegionDialog::region() const { return picker_->regionInImage(); }

}  // namespace rc
