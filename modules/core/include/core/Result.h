#pragma once
// Result<T>: the return type of every function that can fail on user data.
// A failure carries a message meant for the user (file, tag, reason), already translated.
// No exceptions cross module boundaries.

#include <QString>

#include <cassert>
#include <utility>
#include <variant>

namespace rc {

struct Failure {
  QString message;
};

inline Failure fail(QString message) { return Failure{std::move(message)}; }

template <class T>
class [[nodiscard]] Result {
public:
  Result(T value) : state_(std::move(value)) {}
  Result(Failure failure) : state_(std::move(failure)) {}

  bool ok() const { return std::holds_alternative<T>(state_); }
  explicit operator bool() const { return ok(); }

  const T& value() const& { assert(ok()); return std::get<T>(state_); }
  T& value() & { assert(ok()); return std::get<T>(state_); }
  T&& value() && { assert(ok()); return std::get<T>(std::move(state_)); }
  const T* operator->() const { return &value(); }
  T* operator->() { return &value(); }
  const T& operator*() const& { return value(); }
  T& operator*() & { return value(); }

  const QString& error() const {
    static const QString none;
    return ok() ? none : std::get<Failure>(state_).message;
  }

private:
  std::variant<T, Failure> state_;
};

// Result of an operation with nothing to return.
class [[nodiscard]] Status {
public:
  Status() = default;
  Status(Failure failure) : error_(std::move(failure.message)), failed_(true) {}
  static Status success() { return Status(); }

  bool ok() const { return !failed_; }
  explicit operator bool() const { return ok(); }
  const QString& error() const { return error_; }

private:
  QString error_;
  bool failed_ = false;
};

}  // namespace rc
