#pragma once
// Result<T>: the return type of every function that can fail on user data.
// A failure carries a message meant for the user (file, tag, reason), already translated.
// No exceptions cross module boundaries.

#include <QString>

#include <cassert>
#include <utility>
#include <variant>

namespace rc {

// What kind of failure: the GUI reports an error, says nothing about a cancel (the user asked
// for it), and offers to reload on a conflict (someone else saved first).
enum class FailureKind { Error, Cancelled, Conflict };

struct Failure {
  QString message;
  FailureKind kind = FailureKind::Error;
};

inline Failure fail(QString message) { return Failure{std::move(message), FailureKind::Error}; }
inline Failure cancelledFailure(QString message) { return Failure{std::move(message), FailureKind::Cancelled}; }
inline Failure conflictFailure(QString message) { return Failure{std::move(message), FailureKind::Conflict}; }

template <class T>
class [[nodiscard]] Result {
public:
  Result(T value) : state_(std::move(value)) {}
  Result(Failure failure) : state_(std::move(failure)) {}

  bool ok() const { return std::holds_alternative<T>(state_); }
  explicit operator bool() const { return ok(); }

  const T& value() const& { assert(ok()); return std::get<T>(state_); }
  T& value() & { assert(ok()); return std::get<T>(state_); }
  // By value from a temporary: `for (auto& x : f().value())` then holds the value itself
  // instead of a reference into a Result that is already gone.
  T value() && { assert(ok()); return std::get<T>(std::move(state_)); }
  const T* operator->() const { return &value(); }
  T* operator->() { return &value(); }
  const T& operator*() const& { return value(); }
  T& operator*() & { return value(); }

  const QString& error() const {
    static const QString none;
    return ok() ? none : std::get<Failure>(state_).message;
  }
  FailureKind failureKind() const { return ok() ? FailureKind::Error : std::get<Failure>(state_).kind; }
  bool cancelled() const { return !ok() && failureKind() == FailureKind::Cancelled; }
  // The failure as it is, to pass on with its kind (fail(error()) would make it an error).
  Failure failure() const { return ok() ? Failure{} : std::get<Failure>(state_); }

private:
  std::variant<T, Failure> state_;
};

// Result of an operation with nothing to return.
class [[nodiscard]] Status {
public:
  Status() = default;
  Status(Failure failure) : error_(std::move(failure.message)), kind_(failure.kind), failed_(true) {}
  static Status success() { return Status(); }

  bool ok() const { return !failed_; }
  explicit operator bool() const { return ok(); }
  const QString& error() const { return error_; }
  FailureKind failureKind() const { return kind_; }
  bool cancelled() const { return failed_ && kind_ == FailureKind::Cancelled; }
  Failure failure() const { return Failure{error_, kind_}; }

private:
  QString error_;
  FailureKind kind_ = FailureKind::Error;
  bool failed_ = false;
};

}  // namespace rc
