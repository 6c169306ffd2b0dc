#include "storage/MeasurementStore.h"

#include "StorageSupport.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QVariant>

namespace rc {

namespace {

QString pointsJson(const ImageMeasurement& m) {
  const QJsonArray points{QJsonArray{m.first[0], m.first[1], m.first[2]}, QJsonArray{m.second[0], m.second[1], m.second[2]}};
  return QString::fromUtf8(QJsonDocument(points).toJson(QJsonDocument::Compact));
}

Vec3 point(const QJsonValue& value) {
  const QJsonArray a = value.toArray();
  return {a.at(0).toDouble(), a.at(1).toDouble(), a.at(2).toDouble()};
}

}  // namespace

Result<std::vector<ImageMeasurement>> MeasurementStore::ofSeries(const QString& seriesUid) {
  QSqlQuery q(db_.sql());
  q.prepare(QStringLiteral("SELECT m.id, m.kind, m.normal_axis, m.slice, m.points, m.label, m.created_by, m.created_at "
                           "FROM measurements m JOIN series se ON m.series_id = se.id WHERE se.series_uid = ? ORDER BY m.id"));
  q.addBindValue(seriesUid);
  if (!q.exec()) return fail(sqlError(q));
  std::vector<ImageMeasurement> rows;
  while (q.next()) {
    ImageMeasurement m;
    m.id = q.value(0).toLongLong();
    const auto kind = measurementKindFromName(q.value(1).toString());
    if (!kind) return fail(StorageTr::tr("measurement %1 has an unknown kind %2").arg(m.id).arg(q.value(1).toString()));
    m.kind = *kind;
    m.normalAxis = q.value(2).toInt();
    m.slice = q.value(3).toInt();
    const QJsonArray points = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).array();
    if (points.size() != 2) return fail(StorageTr::tr("measurement %1 is damaged").arg(m.id));
    m.first = point(points.at(0));
    m.second = point(points.at(1));
    m.label = q.value(5).toString();
    m.createdBy = q.value(6).toString();
    m.createdAt = q.value(7).toString();
    rows.push_back(m);
  }
  return rows;
}

Result<qint64> MeasurementStore::save(const QString& seriesUid, const ImageMeasurement& m) {
  QSqlQuery q(db_.sql());
  // A measurement brought back by undo keeps its id; a new one gets the next (an explicit NULL
  // id would do on SQLite only).
  q.prepare(m.id > 0 ? QStringLiteral("INSERT INTO measurements (id, series_id, kind, normal_axis, slice, points, label, created_by, created_at) "
                                      "SELECT ?, id, ?, ?, ?, ?, ?, ?, ? FROM series WHERE series_uid = ?")
                     : QStringLiteral("INSERT INTO measurements (series_id, kind, normal_axis, slice, points, label, created_by, created_at) "
                                      "SELECT id, ?, ?, ?, ?, ?, ?, ? FROM series WHERE series_uid = ?"));
  if (m.id > 0) q.addBindValue(m.id);
  q.addBindValue(measurementKindName(m.kind));
  q.addBindValue(m.normalAxis);
  q.addBindValue(m.slice);
  q.addBindValue(pointsJson(m));
  q.addBindValue(notNull(m.label));
  q.addBindValue(notNull(m.createdBy));
  q.addBindValue(m.createdAt.isEmpty() ? utcNow() : m.createdAt);
  q.addBindValue(seriesUid);
  if (!q.exec()) return fail(sqlError(q));
  if (q.numRowsAffected() != 1) return fail(StorageTr::tr("no series %1 in the store").arg(seriesUid));
  return m.id > 0 ? m.id : q.lastInsertId().toLongLong();
}

Status MeasurementStore::update(const ImageMeasurement& m) {
  QSqlQuery q(db_.sql());
  q.prepare(QStringLiteral("UPDATE measurements SET kind = ?, normal_axis = ?, slice = ?, points = ?, label = ? WHERE id = ?"));
  q.addBindValue(measurementKindName(m.kind));
  q.addBindValue(m.normalAxis);
  q.addBindValue(m.slice);
  q.addBindValue(pointsJson(m));
  q.addBindValue(notNull(m.label));
  q.addBindValue(m.id);
  if (!q.exec()) return fail(sqlError(q));
  if (q.numRowsAffected() != 1) return fail(StorageTr::tr("no measurement %1 in the store").arg(m.id));
  return Status::success();
}

Status MeasurementStore::remove(qint64 id) {
  QSqlQuery q(db_.sql());
  q.prepare(QStringLiteral("DELETE FROM measurements WHERE id = ?"));
  q.addBindValue(id);
  if (!q.exec()) return fail(sqlError(q));
  return Status::success();
}

}  // namespace rc
