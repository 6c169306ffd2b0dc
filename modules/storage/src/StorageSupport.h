#pragma once
// Shared by the storage sources: translation context and small SQL helpers.

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

namespace rc {

struct StorageTr {
  Q_DECLARE_TR_FUNCTIONS(Storage)
};

inline QString sqlError(const QSqlQuery& q) { return q.lastError().text(); }

// A null QString binds as SQL NULL; the schema wants '' for "absent".
inline QString notNull(const QString& s) { return s.isNull() ? QStringLiteral("") : s; }

// One write transaction. BEGIN IMMEDIATE takes the writer lock at once (waiting up to the
// connection's busy timeout), so two writers never deadlock half-way; whatever leaves the
// scope without commit() is rolled back.
class Transaction {
public:
  explicit Transaction(QSqlDatabase& db) : db_(db) {
    QSqlQuery q(db_);
    begun_ = q.exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (!begun_) error_ = sqlError(q);
  }
  ~Transaction() {
    if (begun_ && !committed_) QSqlQuery(db_).exec(QStringLiteral("ROLLBACK"));
  }
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;

  bool begun() const { return begun_; }
  QString error() const { return error_; }
  bool commit() {
    QSqlQuery q(db_);
    committed_ = q.exec(QStringLiteral("COMMIT"));
    if (!committed_) error_ = sqlError(q);
    return committed_;
  }

private:
  QSqlDatabase& db_;
  bool begun_ = false;
  bool committed_ = false;
  QString error_;
};

struct AuditEntry;
struct LabelSetKey;
template <class T>
class Result;
class Status;

// Shared by the repositories, inside a transaction the caller holds: an audit row, and a
// label set frozen as its next revision (returns the revision's number).
Status writeAudit(QSqlDatabase& db, const AuditEntry& entry);
Result<int> freezeLabelSet(QSqlDatabase& db, const LabelSetKey& key, const QString& kind, const QString& actor, const QString& note);
QString describe(const LabelSetKey& key);

}  // namespace rc
