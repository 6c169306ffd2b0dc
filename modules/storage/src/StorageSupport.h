#pragma once
// Shared by the storage sources: translation context and small SQL helpers.

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

namespace rc {

struct StorageTr {
  Q_DECLARE_TR_FUNCTIONS(Storage)
};

inline QString sqlError(const QSqlQuery& q) { return q.lastError().text(); }

// The time rows are stamped with: UTC, ISO 8601 (2026-12-07T13:25:11Z), made here rather than by
// the engine so both engines write the same text.
inline QString utcNow() { return QDateTime::currentDateTimeUtc().toString(Qt::ISODate); }

// Team mode: the store's database is on PostgreSQL (QPSQL) rather than in the SQLite file.
inline bool isPostgres(const QSqlDatabase& db) { return db.driverName() == QLatin1String("QPSQL"); }

// A null QString binds as SQL NULL; the schema wants '' for "absent".
inline QString notNull(const QString& s) { return s.isNull() ? QStringLiteral("") : s; }

// One write transaction. BEGIN IMMEDIATE takes SQLite's writer lock at once (waiting up to the
// connection's busy timeout), so two writers never deadlock half-way; whatever leaves the
// scope without commit() is rolled back.
//
// On PostgreSQL the same guarantee comes from an advisory lock of the store's schema, held to
// the end of the transaction: writers of one store take turns as they do on SQLite, so every
// check-then-write the repositories make (revisions, "already filed", "one code per patient")
// means the same on both engines, while readers never wait. A committed write tells the other
// workstations (NOTIFY, see StoreChanges).
class Transaction {
public:
  // scope: a writer that touches only one thing of the store (one label set) names it; on
  // PostgreSQL it then holds the store's lock shared and the thing's exclusive, so the saves of
  // different readers go side by side while any unscoped writer still has the store to itself.
  explicit Transaction(QSqlDatabase& db, const QString& scope = QString()) : db_(db) {
    QSqlQuery q(db_);
    if (isPostgres(db_)) {
      begun_ = q.exec(QStringLiteral("BEGIN"));
      if (!begun_) {
        error_ = sqlError(q);
        return;
      }
      const bool locked =
          scope.isEmpty() ? q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(7262, hashtext(current_schema()))"))
                          : q.exec(QStringLiteral("SELECT pg_advisory_xact_lock_shared(7262, hashtext(current_schema()))")) &&
                                q.prepare(QStringLiteral("SELECT pg_advisory_xact_lock(7263, hashtext(current_schema() || ?))")) &&
                                (q.addBindValue(scope), q.exec());
      if (!locked) {
        error_ = sqlError(q);
        QSqlQuery(db_).exec(QStringLiteral("ROLLBACK"));
        begun_ = false;
      }
      return;
    }
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
    if (isPostgres(db_) && !q.exec(QStringLiteral("SELECT pg_notify('radcurator', current_schema())"))) {
      error_ = sqlError(q);
      return false;
    }
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
