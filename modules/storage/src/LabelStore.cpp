#include "storage/LabelStore.h"

#include "StorageSupport.h"
#include "core/LoginName.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QVariant>

namespace rc {

namespace {

QString now() { return QDateTime::currentDateTimeUtc().toString(Qt::ISODate); }

Result<qint64> seriesId(QSqlDatabase& db, const QString& seriesUid) {
  QSqlQuery q(db);
  q.prepare(QStringLiteral("SELECT id FROM series WHERE series_uid = ?"));
  q.addBindValue(seriesUid);
  if (!q.exec()) return fail(sqlError(q));
  if (!q.next()) return fail(StorageTr::tr("no series %1 in the store").arg(seriesUid));
  return q.value(0).toLongLong();
}

}  // namespace

Result<std::optional<StoredLabels>> LabelStore::load(const QString& seriesInstanceUid) {
  QSqlQuery q(db_.sql());
  q.prepare(QStringLiteral("SELECT l.series_id, l.content, l.revision, l.updated_at, l.updated_by FROM label_sets l "
                           "JOIN series se ON l.series_id = se.id WHERE se.series_uid = ?"));
  q.addBindValue(seriesInstanceUid);
  if (!q.exec()) return fail(sqlError(q));
  if (!q.next()) return std::optional<StoredLabels>();
  const qint64 id = q.value(0).toLongLong();
  QJsonParseError error{};
  const QJsonDocument doc = QJsonDocument::fromJson(q.value(1).toString().toUtf8(), &error);
  if (!doc.isObject())
    return fail(StorageTr::tr("labels of series %1 are damaged: %2").arg(seriesInstanceUid, error.errorString()));
  auto labels = LabelSet::fromJson(doc.object());
  if (!labels) return fail(StorageTr::tr("labels of series %1: %2").arg(seriesInstanceUid, labels.error()));
  StoredLabels stored{std::move(labels).value(), q.value(2).toLongLong(), q.value(3).toString(), q.value(4).toString()};
  QSqlQuery masks(db_.sql());
  masks.prepare(QStringLiteral("SELECT segment_number, mask FROM segment_masks WHERE series_id = ?"));
  masks.addBindValue(id);
  if (!masks.exec()) return fail(sqlError(masks));
  while (masks.next()) {
    const int number = masks.value(0).toInt();
    auto mask = SegmentMask::decode(masks.value(1).toByteArray());
    if (!mask)
      return fail(StorageTr::tr("labels of series %1, segment %2: %3").arg(seriesInstanceUid).arg(number).arg(mask.error()));
    if (!stored.labels.segment(number) || mask->isEmpty()) continue;
    // The set's voxels take the grid of its first segment that has one.
    if (mask->dimensions() != stored.labels.voxels.dimensions() && stored.labels.voxels.segmentNumbers().empty())
      stored.labels.voxels = LabelMap(mask->dimensions());
    if (mask->dimensions() == stored.labels.voxels.dimensions()) stored.labels.voxels.assign(number, mask.value());
  }
  return std::optional<StoredLabels>(std::move(stored));
}

Result<qint64> LabelStore::revision(const QString& seriesInstanceUid) {
  QSqlQuery q(db_.sql());
  q.prepare(QStringLiteral("SELECT l.revision FROM label_sets l JOIN series se ON l.series_id = se.id WHERE se.series_uid = ?"));
  q.addBindValue(seriesInstanceUid);
  if (!q.exec()) return fail(sqlError(q));
  return q.next() ? q.value(0).toLongLong() : qint64(0);
}

Result<qint64> LabelStore::save(const LabelSet& labels, const std::set<int>& changedSegments, std::optional<qint64> basedOn,
                                const QString& actor) {
  auto notSaved = [&](const QString& message) -> Result<qint64> {
    return fail(StorageTr::tr("labels of series %1 not saved: %2").arg(labels.seriesInstanceUid, message));
  };
  // The last line of defence: JSON has no NaN, it would be stored as 0.
  for (const Finding& f : labels.findings)
    if (const QString impossible = impossibleValueIn(f); !impossible.isEmpty()) return notSaved(impossible);
  Transaction tx(db_.sql());
  if (!tx.begun()) return notSaved(tx.error());
  const auto id = seriesId(db_.sql(), labels.seriesInstanceUid);
  if (!id) return notSaved(id.error());

  // The revision check and the write in one transaction: nobody saves in between.
  QSqlQuery q(db_.sql());
  q.prepare(QStringLiteral("SELECT revision, updated_at, updated_by FROM label_sets WHERE series_id = ?"));
  q.addBindValue(id.value());
  if (!q.exec()) return notSaved(sqlError(q));
  const bool exists = q.next();
  const qint64 stored = exists ? q.value(0).toLongLong() : 0;
  if (basedOn && *basedOn != stored)
    return conflictFailure(StorageTr::tr("the labels of series %1 were saved elsewhere meanwhile (by %2 at %3, revision %4; "
                                         "this copy was read at revision %5)")
                               .arg(labels.seriesInstanceUid, exists ? q.value(2).toString() : StorageTr::tr("someone"),
                                    exists ? q.value(1).toString() : QString())
                               .arg(stored)
                               .arg(*basedOn));
  const qint64 next = stored + 1;

  q.prepare(QStringLiteral("INSERT INTO label_sets (series_id, content, updated_at, revision, updated_by) VALUES (?, ?, ?, ?, ?) "
                           "ON CONFLICT(series_id) DO UPDATE SET content = excluded.content, updated_at = excluded.updated_at, "
                           "revision = excluded.revision, updated_by = excluded.updated_by"));
  q.addBindValue(id.value());
  q.addBindValue(QString::fromUtf8(QJsonDocument(labels.toJson()).toJson(QJsonDocument::Compact)));
  q.addBindValue(now());
  q.addBindValue(next);
  q.addBindValue(notNull(actor.isEmpty() ? loginName() : actor));
  if (!q.exec()) return notSaved(sqlError(q));

  // Masks of segments that are gone, then the changed ones.
  QStringList kept;
  for (const Segment& s : labels.segments) kept << QString::number(s.number);
  q.prepare(QStringLiteral("DELETE FROM segment_masks WHERE series_id = ?%1")
                .arg(kept.isEmpty() ? QString() : QStringLiteral(" AND segment_number NOT IN (%1)").arg(kept.join(QLatin1Char(',')))));
  q.addBindValue(id.value());
  if (!q.exec()) return notSaved(sqlError(q));
  q.prepare(QStringLiteral("INSERT INTO segment_masks (series_id, segment_number, mask, revision) VALUES (?, ?, ?, ?) "
                           "ON CONFLICT(series_id, segment_number) DO UPDATE SET mask = excluded.mask, revision = excluded.revision"));
  for (const Segment& s : labels.segments) {
    if (!changedSegments.count(s.number)) continue;
    q.addBindValue(id.value());
    q.addBindValue(s.number);
    q.addBindValue(labels.voxels.extract(s.number).encode());
    q.addBindValue(next);
    if (!q.exec()) return notSaved(sqlError(q));
  }
  if (!tx.commit()) return notSaved(tx.error());
  return next;
}

Result<qint64> LabelStore::replace(const LabelSet& labels, const QString& actor) {
  std::set<int> all;
  for (const Segment& s : labels.segments) all.insert(s.number);
  return save(labels, all, std::nullopt, actor);
}

}  // namespace rc
