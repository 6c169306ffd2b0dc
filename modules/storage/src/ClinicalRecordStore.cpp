#include "storage/ClinicalRecordStore.h"

#include "StorageSupport.h"
#include "core/LoginName.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QVariant>

namespace rc {

namespace {

Result<ClinicalRecord> fromRow(const QSqlQuery& q) {
  ClinicalRecord r;
  r.patientCode = q.value(0).toString();
  r.templateId = q.value(1).toString();
  QJsonParseError error{};
  const QJsonDocument doc = QJsonDocument::fromJson(q.value(2).toString().toUtf8(), &error);
  if (!doc.isObject()) return fail(StorageTr::tr("the clinical record of %1 is damaged: %2").arg(r.patientCode, error.errorString()));
  r.values = doc.object();
  r.revision = q.value(3).toLongLong();
  r.updatedAt = q.value(4).toString();
  r.updatedBy = q.value(5).toString();
  return r;
}

const char* const kSelect =
    "SELECT p.code, c.template, c.content, c.revision, c.updated_at, c.updated_by FROM clinical_records c "
    "JOIN patients p ON c.patient_id = p.id";

}  // namespace

Result<std::optional<ClinicalRecord>> ClinicalRecordStore::load(const QString& patientCode) {
  QSqlQuery q(db_.sql());
  q.prepare(QLatin1String(kSelect) + QStringLiteral(" WHERE p.code = ?"));
  q.addBindValue(patientCode);
  if (!q.exec()) return fail(sqlError(q));
  if (!q.next()) return std::optional<ClinicalRecord>();
  auto record = fromRow(q);
  if (!record) return fail(record.error());
  return std::optional<ClinicalRecord>(std::move(record).value());
}

Result<std::vector<ClinicalRecord>> ClinicalRecordStore::all() {
  QSqlQuery q(db_.sql());
  if (!q.exec(QLatin1String(kSelect) + QStringLiteral(" ORDER BY p.code"))) return fail(sqlError(q));
  std::vector<ClinicalRecord> records;
  while (q.next()) {
    auto record = fromRow(q);
    if (!record) return fail(record.error());
    records.push_back(std::move(record).value());
  }
  return records;
}

Result<qint64> ClinicalRecordStore::save(const ClinicalRecord& record, const QString& actor) {
  auto notSaved = [&](const QString& message) -> Result<qint64> {
    return fail(StorageTr::tr("the clinical record of %1 was not saved: %2").arg(record.patientCode, message));
  };
  Transaction tx(db_.sql());
  if (!tx.begun()) return notSaved(tx.error());
  QSqlQuery q(db_.sql());
  q.prepare(QStringLiteral("SELECT p.id, c.revision, c.updated_by, c.updated_at FROM patients p "
                           "LEFT JOIN clinical_records c ON c.patient_id = p.id WHERE p.code = ?"));
  q.addBindValue(record.patientCode);
  if (!q.exec()) return notSaved(sqlError(q));
  if (!q.next()) return notSaved(StorageTr::tr("no patient %1 in the store").arg(record.patientCode));
  const qint64 patientId = q.value(0).toLongLong();
  const qint64 stored = q.value(1).isNull() ? 0 : q.value(1).toLongLong();
  if (stored != record.revision)
    return conflictFailure(StorageTr::tr("the clinical record of %1 was saved elsewhere meanwhile (by %2 at %3)")
                               .arg(record.patientCode, q.value(2).toString(), q.value(3).toString()));
  q.prepare(QStringLiteral("INSERT INTO clinical_records (patient_id, template, content, revision, updated_at, updated_by) "
                           "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(patient_id) DO UPDATE SET template = excluded.template, "
                           "content = excluded.content, revision = excluded.revision, updated_at = excluded.updated_at, "
                           "updated_by = excluded.updated_by"));
  q.addBindValue(patientId);
  q.addBindValue(notNull(record.templateId));
  q.addBindValue(QString::fromUtf8(QJsonDocument(record.values).toJson(QJsonDocument::Compact)));
  q.addBindValue(stored + 1);
  q.addBindValue(utcNow());
  q.addBindValue(notNull(actor.isEmpty() ? loginName() : actor));
  if (!q.exec()) return notSaved(sqlError(q));
  if (!tx.commit()) return notSaved(tx.error());
  return stored + 1;
}

}  // namespace rc
