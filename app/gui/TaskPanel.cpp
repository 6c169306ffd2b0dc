#include "TaskPanel.h"

#include <QHBoxLayout>
#include <QPointer>

namespace rc {

TaskPanel::TaskPanel(QWidget* parent) : QWidget(parent) {
  auto* layout = new QHBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  label_ = new QLabel(this);
  bar_ = new QProgressBar(this);
  bar_->setMinimumWidth(220);
  bar_->setMaximumHeight(18);
  cancelButton_ = new QPushButton(tr("Cancel"), this);
  layout->addWidget(label_);
  layout->addWidget(bar_);
  layout->addWidget(cancelButton_);
  connect(cancelButton_, &QPushButton::clicked, this, &TaskPanel::cancel);
  setVisible(false);
}

void TaskPanel::begin(const QString& title) {
  busy_ = true;
  progress_ = std::make_shared<Progress>();
  label_->setText(title);
  bar_->setRange(0, 0);  // busy indicator until the first report
  cancelButton_->setEnabled(true);
  setVisible(true);
  // Reports arrive on worker threads; hand them to the GUI thread.
  QPointer<TaskPanel> self(this);
  progress_->setCallback([self, title](qint64 done, qint64 total, const QString& what) {
    QMetaObject::invokeMethod(
        self,
        [self, done, total, what, title] {
          if (!self || !self->busy_) return;
          self->label_->setText(what.isEmpty() ? title : what);
          if (total > 0) {
            self->bar_->setRange(0, int(std::min<qint64>(total, INT_MAX)));
            self->bar_->setValue(int(std::min<qint64>(done, INT_MAX)));
          }
        },
        Qt::QueuedConnection);
  });
  emit busyChanged(true);
}

void TaskPanel::finish() {
  busy_ = false;
  setVisible(false);
  emit busyChanged(false);
}

void TaskPanel::cancel() {
  if (!progress_) return;
  progress_->cancel();
  cancelButton_->setEnabled(false);
  label_->setText(tr("Cancelling…"));
}

}  // namespace rc
