// The export ledger (CaseDatabase): what left the store, to whom, when, by whom.

#include "StorageSupport.h"
#include "core/LoginName.h"
#include "storage/CaseStore.h"
#include "storage/ReadingStore.h"

#include <QDateTime>
#include <QVariant>

#include <set>

namespace rc {

Result<qint64> CaseDatabase::recordExport(const QString& partner, const QString& destination, const std::vector<ExportItem>& items,
                                          const QString& note, const QString& actor) {
  QSqlQuery q(db_);
  Transaction tx(db_);
  auto abort = [&](const QString& message) -> Result<qint64> {
    return fail(StorageTr::tr("the export to %1 was not recorded: %2").arg(destination, message));
  };
  if (!tx.begun()) return abort(tx.error());
  q.prepare(QStringLiteral("INSERT INTO exports (created_at, partner, destination, created_by, note) VALUES (?, ?, ?, ?, ?)"));
  q.addBindValue(utcNow());
  q.addBindValue(notNull(partner));
  q.addBindValue(notNull(destination));
  q.addBindValue(notNull(actor.isEmpty() ? loginName() : actor));
  q.addBindValue(notNull(note));
  if (!q.exec()) return abort(sqlError(q));
  const qint64 exportId = q.lastInsertId().toLongLong();
  q.prepare(QStringLiteral("INSERT INTO export_items (export_id, patient_code, study_uid, series_uid, sop_instance_uid, file_sha256) "
                           "VALUES (?, ?, ?, ?, ?, ?)"));
  for (const ExportItem& item : items) {
    q.addBindValue(exportId);
    q.addBindValue(notNull(item.patientCode));
    q.addBindValue(notNull(item.studyUid));
    q.addBindValue(notNull(item.seriesUid));
    q.addBindValue(notNull(item.sopInstanceUid));
    q.addBindValue(notNull(item.fileSha256));
    if (!q.exec()) return abort(sqlError(q));
  }
  // The audit log names each patient that left, in the same transaction as the ledger.
  std::set<QString> patients;
  for (const ExportItem& item : items)
    if (!item.patientCode.isEmpty()) patients.insert(item.patientCode);
  for (const QString& code : patients)
    if (const Status audited = writeAudit(db_, AuditEntry{QStringLiteral("export"), actor, code,
                                                          QStringLiteral("export %1 to %2").arg(exportId).arg(partner), QString(), QString()});
        !audited)
      return abort(audited.error());
  if (!tx.commit()) return abort(tx.error());
  return exportId;
}

Result<std::vector<ExportRecord>> CaseDatabase::listExports() {
  QSqlQuery q(db_);
  // The patients of an export as one comma-separated text (each engine names the aggregate its own way).
  const QString patients = isPostgres(db_) ? QStringLiteral("STRING_AGG(DISTINCT i.patient_code, ',')")
                                           : QStringLiteral("GROUP_CONCAT(DISTINCT i.patient_code)");
  if (!q.exec(QStringLiteral("SELECT e.id, e.created_at, e.partner, e.destination, e.created_by, e.note, "
                             "(SELECT COUNT(*) FROM export_items i WHERE i.export_id = e.id), "
                             "(SELECT %1 FROM export_items i WHERE i.export_id = e.id) "
                             "FROM exports e ORDER BY e.id")
                  .arg(patients)))
    return fail(sqlError(q));
  std::vector<ExportRecord> out;
  while (q.next()) {
    ExportRecord r;
    r.id = q.value(0).toLongLong();
    r.createdAt = q.value(1).toString();
    r.partner = q.value(2).toString();
    r.destination = q.value(3).toString();
    r.createdBy = q.value(4).toString();
    r.note = q.value(5).toString();
    r.files = q.value(6).toInt();
    r.patients = q.value(7).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    r.patients.sort();
    out.push_back(r);
  }
  return out;
}

Status CaseDatabase::deleteExport(qint64 exportId) {
  QSqlQuery q(db_);
  Transaction tx(db_);
  if (!tx.begun()) return fail(tx.error());
  for (const QString& sql : {QStringLiteral("DELETE FROM export_items WHERE export_id = ?"), QStringLiteral("DELETE FROM exports WHERE id = ?")}) {
    q.prepare(sql);
    q.addBindValue(exportId);
    if (!q.exec()) return fail(sqlError(q));
  }
  if (!tx.commit()) return fail(tx.error());
  return Status::success();
}

}  // namespace rc
