#pragma once
// Undo and redo for every edit of a case: each edit is a step that can undo and redo itself
// (a measurement added or deleted; later mask strokes as changed regions, segment and finding
// edits). Memory is bounded by a byte budget: the oldest steps go first.

#include "core/Result.h"

#include <QObject>
#include <QString>

#include <deque>
#include <memory>

namespace rc {

class EditStep {
public:
  virtual ~EditStep() = default;
  virtual QString text() const = 0;  // "Delete ruler", for the Edit menu
  virtual Status undo() = 0;
  virtual Status redo() = 0;
  virtual size_t bytes() const { return 64; }  // memory the step holds
};

class EditHistory : public QObject {
  Q_OBJECT
public:
  explicit EditHistory(size_t byteBudget = size_t(256) << 20, QObject* parent = nullptr);

  // Records an edit that has just been made (it is not redone here).
  void push(std::unique_ptr<EditStep> step);
  Status undo();
  Status redo();
  bool canUndo() const { return !done_.empty(); }
  bool canRedo() const { return !undone_.empty(); }
  QString undoText() const { return canUndo() ? done_.back()->text() : QString(); }
  QString redoText() const { return canRedo() ? undone_.back()->text() : QString(); }
  int undoCount() const { return int(done_.size()); }
  size_t bytes() const { return bytes_; }
  size_t byteBudget() const { return budget_; }
  void clear();

signals:
  void changed();

private:
  void trim();

  std::deque<std::unique_ptr<EditStep>> done_;
  std::deque<std::unique_ptr<EditStep>> undone_;
  size_t budget_;
  size_t bytes_ = 0;
};

}  // namespace rc
