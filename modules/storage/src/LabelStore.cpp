// Labels of a series and the export ledger (CaseDatabase, part 2).

#include "StorageSupport.h"
#include "core/LoginName.h"
#include "storage/CaseStore.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QVariant>

namespace rc {

namespace {

QString now() { return QDateTime::currentDateTimeUtc().toString(Qt::ISODate); }

}  // namespace

Result<QString> CaseDatabase::seriesOfInstance(const QString& sopInstanceUid) {
  QSqlQuery q(db_);
  q.prepare(QStringLiteral("SELECT se.series_uid FROM instances i JOIN series se ON i.series_id = se.id "
                           "WHERE i.sop_instance_uid = ?"));
  q.addBindValue(sopInstanceUid);
  if (!q.exec()) return fail(sqlError(q));
  return q.next() ? q.value(0).toString() : QString();
}

Result<std::optional<LabelSet>> CaseDatabase::labelSet(const QString& seriesInstanceUid) {
  QSqlQuery q(db_);
  q.prepare(QStringLiteral("SELECT l.series_id, l.content FROM label_sets l JOIN series se ON l.series_id = se.id "
                           "WHERE se.series_uid = ?"));
  q.addBindValue(seriesInstanceUid);
  if (!q.exec()) return fail(sqlError(q));
  if (!q.next()) return std::optional<LabelSet>();
  const qint64 seriesId = q.value(0).toLongLong();
  QJsonParseError error{};
  const QJsonDocument doc = QJsonDocument::fromJson(q.value(1).toString().toUtf8(), &error);
  if (!doc.isObject())
    return fail(StorageTr::tr("labels of series %1 are damaged: %2").arg(seriesInstanceUid, error.errorString()));
  auto labels = LabelSet::fromJson(doc.object());
  if (!labels) return fail(StorageTr::tr("labels of series %1: %2").arg(seriesInstanceUid, labels.error()));
  QSqlQuery masks(db_);
  masks.prepare(QStringLiteral("SELECT segment_number, mask FROM segment_masks WHERE series_id = ?"));
  masks.addBindValue(seriesId);
  if (!masks.exec()) return fail(sqlError(masks));
  while (masks.next()) {
    const int number = masks.value(0).toInt();
    auto mask = SegmentMask::decode(masks.value(1).toByteArray());
    if (!mask) return fail(StorageTr::tr("labels of series %1, segment %2: %3").arg(seriesInstanceUid).arg(number).arg(mask.error()));
    for (Segment& s : labels->segments)
      if (s.number == number) s.mask = std::move(mask).value();
  }
  return std::optional<LabelSet>(std::move(labels).value());
}

Status CaseDatabase::saveLabelSet(const LabelSet& labels) {
  QSqlQuery q(db_);
  q.prepare(QStringLiteral("SELECT id FROM series WHERE series_uid = ?"));
  q.addBindValue(labels.seriesInstanceUid);
  if (!q.exec()) return fail(sqlError(q));
  if (!q.next()) return fail(StorageTr::tr("no series %1 in the store").arg(labels.seriesInstanceUid));
  const qint64 seriesId = q.value(0).toLongLong();

  auto abort = [&](const QString& message) -> Status {
    QSqlQuery(db_).exec(QStringLiteral("ROLLBACK"));
    return fail(StorageTr::tr("labels of series %1 not saved: %2").arg(labels.seriesInstanceUid, message));
  };
  if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) return abort(sqlError(q));
  q.prepare(QStringLiteral("INSERT INTO label_sets (series_id, content, updated_at) VALUES (?, ?, ?) "
                           "ON CONFLICT(series_id) DO UPDATE SET content = excluded.content, updated_at = excluded.updated_at"));
  q.addBindValue(seriesId);
  q.addBindValue(QString::fromUtf8(QJsonDocument(labels.toJson()).toJson(QJsonDocument::Compact)));
  q.addBindValue(now());
  if (!q.exec()) return abort(sqlError(q));
  q.prepare(QStringLiteral("DELETE FROM segment_masks WHERE series_id = ?"));
  q.addBindValue(seriesId);
  if (!q.exec()) return abort(sqlError(q));
  q.prepare(QStringLiteral("INSERT INTO segment_masks (series_id, segment_number, mask) VALUES (?, ?, ?)"));
  for (const Segment& s : labels.segments) {
    q.addBindValue(seriesId);
    q.addBindValue(s.number);
    q.addBindValue(s.mask.encode());
    if (!q.exec()) return abort(sqlError(q));
  }
  if (!q.exec(QStringLiteral("COMMIT"))) return abort(sqlError(q));
  return Status::success();
}

Result<qint64> CaseDatabase::recordExport(const QString& partner, const QString& destination, const std::vector<ExportItem>& items,
                                          const QString& note, const QString& actor) {
  QSqlQuery q(db_);
  auto abort = [&](const QString& message) -> Result<qint64> {
    QSqlQuery(db_).exec(QStringLiteral("ROLLBACK"));
    return fail(StorageTr::tr("the export to %1 was not recorded: %2").arg(destination, message));
  };
  if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) return abort(sqlError(q));
  q.prepare(QStringLiteral("INSERT INTO exports (created_at, partner, destination, created_by, note) VALUES (?, ?, ?, ?, ?)"));
  q.addBindValue(now());
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
  if (!q.exec(QStringLiteral("COMMIT"))) return abort(sqlError(q));
  return exportId;
}

}  // namespace rc
