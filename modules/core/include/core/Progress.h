#pragma once
// Progress reporting and cooperative cancellation for long work (import, load, export).
// Workers call report() and poll cancelled(); the GUI (or CLI) installs the callback and
// calls cancel() from any thread.

#include <QString>

#include <atomic>
#include <functional>
#include <mutex>

namespace rc {

class Progress {
public:
  using Callback = std::function<void(qint64 done, qint64 total, const QString& what)>;

  Progress() = default;
  explicit Progress(Callback callback) : callback_(std::move(callback)) {}
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;

  void setCallback(Callback callback) {
    std::lock_guard<std::mutex> lock(mutex_);
    callback_ = std::move(callback);
  }
  void report(qint64 done, qint64 total, const QString& what = QString()) {
    std::lock_guard<std::mutex> lock(mutex_);
    if (callback_) callback_(done, total, what);
  }
  void cancel() { cancelled_.store(true); }
  bool cancelled() const { return cancelled_.load(); }

  // A shared instance for callers that do not care about progress.
  static Progress& none() {
    static thread_local Progress silent;
    return silent;
  }

private:
  std::mutex mutex_;
  Callback callback_;
  std::atomic<bool> cancelled_{false};
};

}  // namespace rc
