// The export ledger (CaseDatabase): what left the store, to whom, when, by whom.

#include "StorageSupport.h"
#include "core/LoginName.h"
#include "storage/CaseStore.h"

#include <QDateTime>
#include <QVariant>

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
  q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
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
  if (!tx.commit()) return abort(tx.error());
  return exportId;
}

}  // namespace rc
