#pragma once
// What the window's jobs (import, export, ADC, reading) need of the window: the case, the
// task panel that runs long work off the GUI thread, and where messages go. The jobs'
// controllers hold this, not the MainWindow, so each job lives in one place of its own.

#include <QString>

#include <functional>

class QWidget;

namespace rc {

class Session;
class TaskPanel;
struct StoreDeid;

struct WindowContext {
  Session* session = nullptr;
  TaskPanel* tasks = nullptr;
  QWidget* window = nullptr;  // the parent of dialogs
  std::function<void(const QString& title, const QString& message)> showError;
  std::function<void(const QString& message)> showStatus;
  std::function<bool()> interactive;  // false: no message boxes (screenshot mode, tests)
};

// The open store's profile and unlocked correspondence table (asking for the passphrase when
// needed); null after saying why, or silently when the user cancelled the question.
StoreDeid* unlockStoreDeid(const WindowContext& context);

}  // namespace rc
