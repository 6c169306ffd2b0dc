#pragma once
// Status-bar panel for long work off the GUI thread: a label, a progress bar and Cancel.
// run() executes a function on the thread pool with a Progress the function reports to;
// `done` is called on the GUI thread with the function's result.

#include "core/Progress.h"

#include <QFutureWatcher>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QWidget>
#include <QtConcurrent>

#include <functional>
#include <memory>

namespace rc {

class TaskPanel : public QWidget {
  Q_OBJECT
public:
  explicit TaskPanel(QWidget* parent = nullptr);

  bool isBusy() const { return busy_; }

  template <class T>
  void run(const QString& title, std::function<T(Progress&)> work, std::function<void(T)> done) {
    begin(title);
    auto progress = progress_;
    auto* watcher = new QFutureWatcher<T>(this);
    connect(watcher, &QFutureWatcher<T>::finished, this, [this, watcher, done] {
      T result = watcher->result();
      watcher->deleteLater();
      finish();
      done(std::move(result));
    });
    watcher->setFuture(QtConcurrent::run([work, progress] { return work(*progress); }));
  }

public slots:
  void cancel();

signals:
  void busyChanged(bool busy);

private:
  void begin(const QString& title);
  void finish();

  QLabel* label_;
  QProgressBar* bar_;
  QPushButton* cancelButton_;
  std::shared_ptr<Progress> progress_;
  bool busy_ = false;
};

}  // namespace rc
