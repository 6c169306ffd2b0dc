#include "storage/EditSessions.h"

#include "StorageSupport.h"

#include <QDateTime>
#include <QVariant>

namespace rc {

namespace {


}  // namespace

Result<qint64> EditSessions::begin(const QString& seriesInstanceUid, const QString& host, qint64 pid, const QString& user) {
  QSqlQuery q(db_.sql());
  q.prepare(QStringLiteral("INSERT INTO edit_sessions (series_id, host, pid, \"user\", started_at) "
                           "SELECT id, ?, ?, ?, ? FROM series WHERE series_uid = ?"));
  q.addBindValue(notNull(host));
  q.addBindValue(pid);
  q.addBindValue(notNull(user));
  q.addBindValue(utcNow());
  q.addBindValue(seriesInstanceUid);
  if (!q.exec()) return fail(sqlError(q));
  if (q.numRowsAffected() != 1) return fail(StorageTr::tr("no series %1 in the store").arg(seriesInstanceUid));
  return q.lastInsertId().toLongLong();
}

Status EditSessions::noteSaved(qint64 id) {
  QSqlQuery q(db_.sql());
  q.prepare(QStringLiteral("UPDATE edit_sessions SET saved_at = ? WHERE id = ?"));
  q.addBindValue(utcNow());
  q.addBindValue(id);
  if (!q.exec()) return fail(sqlError(q));
  return Status::success();
}

Status EditSessions::end(qint64 id, const QString& how) {
  QSqlQuery q(db_.sql());
  q.prepare(QStringLiteral("UPDATE edit_sessions SET ended_at = ?, ended_how = ? WHERE id = ? AND ended_at IS NULL"));
  q.addBindValue(utcNow());
  q.addBindValue(how);
  q.addBindValue(id);
  if (!q.exec()) return fail(sqlError(q));
  return Status::success();
}

Result<std::vector<EditSessionRecord>> EditSessions::open(const QString& seriesInstanceUid) {
  QSqlQuery q(db_.sql());
  q.prepare(QStringLiteral("SELECT e.id, se.series_uid, e.host, e.pid, e.\"user\", e.started_at, e.saved_at FROM edit_sessions e "
                           "JOIN series se ON e.series_id = se.id WHERE e.ended_at IS NULL AND (? = '' OR se.series_uid = ?) "
                           "ORDER BY e.id"));
  q.addBindValue(notNull(seriesInstanceUid));
  q.addBindValue(notNull(seriesInstanceUid));
  if (!q.exec()) return fail(sqlError(q));
  std::vector<EditSessionRecord> rows;
  while (q.next())
    rows.push_back({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong(),
                    q.value(4).toString(), q.value(5).toString(), q.value(6).toString()});
  return rows;
}

}  // namespace rc
