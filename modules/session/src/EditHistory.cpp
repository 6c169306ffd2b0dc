#include "session/EditHistory.h"

namespace rc {

EditHistory::EditHistory(size_t byteBudget, QObject* parent) : QObject(parent), budget_(byteBudget) {}

void EditHistory::push(std::unique_ptr<EditStep> step) {
  // A new edit ends the redo branch.
  for (const auto& s : undone_) bytes_ -= s->bytes();
  undone_.clear();
  bytes_ += step->bytes();
  done_.push_back(std::move(step));
  trim();
  emit changed();
}

void EditHistory::trim() {
  // Oldest first; the newest step stays even if it alone is over the budget.
  while (bytes_ > budget_ && done_.size() > 1) {
    bytes_ -= done_.front()->bytes();
    done_.pop_front();
  }
}

Status EditHistory::undo() {
  if (done_.empty()) return Status::success();
  const Status s = done_.back()->undo();
  if (!s) return s;
  undone_.push_back(std::move(done_.back()));
  done_.pop_back();
  emit changed();
  return Status::success();
}

Status EditHistory::redo() {
  if (undone_.empty()) return Status::success();
  const Status s = undone_.back()->redo();
  if (!s) return s;
  done_.push_back(std::move(undone_.back()));
  undone_.pop_back();
  emit changed();
  return Status::success();
}

void EditHistory::clear() {
  done_.clear();
  undone_.clear();
  bytes_ = 0;
  emit changed();
}

}  // namespace rc
