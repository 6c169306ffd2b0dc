#include "storage/LabelStore.h"

#include "StorageSupport.h"
#include "core/LoginName.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlRecord>
#include <QVariant>

namespace rc {

namespace {


Result<qint64> seriesId(QSqlDatabase& db, const QString& seriesUid) {
  QSqlQuery q(db);
  q.prepare(QStringLiteral("SELECT id FROM series WHERE series_uid = ?"));
  q.addBindValue(seriesUid);
  if (!q.exec()) return fail(sqlError(q));
  if (!q.next()) return fail(StorageTr::tr("no series %1 in the store").arg(seriesUid));
  return q.value(0).toLongLong();
}

// The set's row id; 0 when there is none.
Result<qint64> setId(QSqlDatabase& db, qint64 seriesRow, const LabelSetKey& key) {
  QSqlQuery q(db);
  q.prepare(QStringLiteral("SELECT id FROM label_sets WHERE series_id = ? AND project_id = ? AND reader = ?"));
  q.addBindValue(seriesRow);
  q.addBindValue(key.projectId);
  q.addBindValue(notNull(key.reader));
  if (!q.exec()) return fail(sqlError(q));
  return q.next() ? q.value(0).toLongLong() : qint64(0);
}

}  // namespace

QString describe(const LabelSetKey& key) {
  if (key.isStoreOwn()) return StorageTr::tr("labels of series %1").arg(key.seriesUid);
  if (key.reader == kConsensusReader) return StorageTr::tr("consensus labels of series %1").arg(key.seriesUid);
  return StorageTr::tr("labels of %1 on series %2").arg(key.reader, key.seriesUid);
}

namespace {

// One mask (segment number, encoded mask) into the set's voxels.
Status addMask(StoredLabels& stored, int number, const QByteArray& bytes, const QString& what) {
  auto mask = SegmentMask::decode(bytes);
  if (!mask) return fail(StorageTr::tr("%1, segment %2: %3").arg(what).arg(number).arg(mask.error()));
  if (!stored.labels.segment(number) || mask->isEmpty()) return Status::success();
  // The set's voxels take the grid of its first segment that has one.
  if (mask->dimensions() != stored.labels.voxels.dimensions() && stored.labels.voxels.segmentNumbers().empty())
    stored.labels.voxels = LabelMap(mask->dimensions());
  if (mask->dimensions() == stored.labels.voxels.dimensions()) stored.labels.voxels.assign(number, mask.value());
  return Status::success();
}

// Rows of (segment_number, mask).
Status addMasks(QSqlQuery& masks, StoredLabels& stored, const QString& what) {
  while (masks.next())
    if (const Status added = addMask(stored, masks.value(0).toInt(), masks.value(1).toByteArray(), what); !added) return added;
  return Status::success();
}

Result<LabelSet> parseContent(const QString& content, const QString& what) {
  QJsonParseError error{};
  const QJsonDocument doc = QJsonDocument::fromJson(content.toUtf8(), &error);
  if (!doc.isObject()) return fail(StorageTr::tr("%1 are damaged: %2").arg(what, error.errorString()));
  auto labels = LabelSet::fromJson(doc.object());
  if (!labels) return fail(StorageTr::tr("%1: %2").arg(what, labels.error()));
  return labels;
}

}  // namespace

Result<std::optional<StoredLabels>> LabelStore::load(const LabelSetKey& key) {
  const QString what = describe(key);
  // The set and its masks in one statement, so one snapshot of the store on either engine: a
  // save by another workstation between two reads would give masks newer than the revision.
  const QString ofTheSet = QStringLiteral("JOIN series se ON l.series_id = se.id WHERE se.series_uid = ? AND l.project_id = ? AND l.reader = ?");
  QSqlQuery q(db_.sql());
  q.setForwardOnly(true);  // the masks are not kept twice
  q.prepare(QStringLiteral("SELECT 0, l.content, l.revision, l.updated_at, l.updated_by, NULL FROM label_sets l %1 "
                           "UNION ALL "
                           "SELECT 1, NULL, m.segment_number, NULL, NULL, m.mask FROM segment_masks m JOIN label_sets l ON m.set_id = l.id %1")
                .arg(ofTheSet));
  for (int branch = 0; branch < 2; ++branch) {
    q.addBindValue(key.seriesUid);
    q.addBindValue(key.projectId);
    q.addBindValue(notNull(key.reader));
  }
  if (!q.exec()) return fail(sqlError(q));
  // The rows come in no promised order (no ORDER BY: sorting would copy every mask).
  std::optional<QSqlRecord> set;
  std::vector<std::pair<int, QByteArray>> masks;
  while (q.next()) {
    if (q.value(0).toInt() == 0) set = q.record();
    else masks.emplace_back(q.value(2).toInt(), q.value(5).toByteArray());
  }
  if (!set) return std::optional<StoredLabels>();
  auto labels = parseContent(set->value(1).toString(), what);
  if (!labels) return fail(labels.error());
  StoredLabels stored{std::move(labels).value(), set->value(2).toLongLong(), set->value(3).toString(), set->value(4).toString()};
  for (const auto& [number, bytes] : masks)
    if (const Status added = addMask(stored, number, bytes, what); !added) return fail(added.error());
  return std::optional<StoredLabels>(std::move(stored));
}

Result<qint64> LabelStore::revision(const LabelSetKey& key) {
  QSqlQuery q(db_.sql());
  q.prepare(QStringLiteral("SELECT l.revision FROM label_sets l JOIN series se ON l.series_id = se.id "
                           "WHERE se.series_uid = ? AND l.project_id = ? AND l.reader = ?"));
  q.addBindValue(key.seriesUid);
  q.addBindValue(key.projectId);
  q.addBindValue(notNull(key.reader));
  if (!q.exec()) return fail(sqlError(q));
  return q.next() ? q.value(0).toLongLong() : qint64(0);
}

Result<qint64> LabelStore::save(const LabelSetKey& givenKey, const LabelSet& labels, const std::set<int>& changedSegments,
                                std::optional<qint64> basedOn, const QString& actor) {
  LabelSetKey key = givenKey;
  if (key.seriesUid.isEmpty()) key.seriesUid = labels.seriesInstanceUid;
  auto notSaved = [&](const QString& message) -> Result<qint64> {
    return fail(StorageTr::tr("%1 not saved: %2").arg(describe(key), message));
  };
  if (!labels.seriesInstanceUid.isEmpty() && labels.seriesInstanceUid != key.seriesUid)
    return notSaved(StorageTr::tr("the labels are of series %1").arg(labels.seriesInstanceUid));
  // The last line of defence: JSON has no NaN, it would be stored as 0.
  for (const Finding& f : labels.findings)
    if (const QString impossible = impossibleValueIn(f); !impossible.isEmpty()) return notSaved(impossible);
  // Only this set is written: other readers' sets are saved side by side (team mode).
  Transaction tx(db_.sql(), QStringLiteral("labels\n%1\n%2\n%3").arg(key.seriesUid).arg(key.projectId).arg(key.reader));
  if (!tx.begun()) return notSaved(tx.error());
  const auto series = seriesId(db_.sql(), key.seriesUid);
  if (!series) return notSaved(series.error());

  // The revision check and the write in one transaction: nobody saves in between.
  QSqlQuery q(db_.sql());
  q.prepare(QStringLiteral("SELECT id, revision, updated_at, updated_by FROM label_sets WHERE series_id = ? AND project_id = ? AND reader = ?"));
  q.addBindValue(series.value());
  q.addBindValue(key.projectId);
  q.addBindValue(notNull(key.reader));
  if (!q.exec()) return notSaved(sqlError(q));
  const bool exists = q.next();
  qint64 id = exists ? q.value(0).toLongLong() : 0;
  const qint64 stored = exists ? q.value(1).toLongLong() : 0;
  if (basedOn && *basedOn != stored)
    return conflictFailure(StorageTr::tr("%1 were saved elsewhere meanwhile (by %2 at %3, revision %4; "
                                         "this copy was read at revision %5)")
                               .arg(describe(key), exists ? q.value(3).toString() : StorageTr::tr("someone"),
                                    exists ? q.value(2).toString() : QString())
                               .arg(stored)
                               .arg(*basedOn));
  const qint64 next = stored + 1;
  const QString content = QString::fromUtf8(QJsonDocument(labels.toJson()).toJson(QJsonDocument::Compact));
  const QString by = notNull(actor.isEmpty() ? loginName() : actor);
  if (exists) {
    q.prepare(QStringLiteral("UPDATE label_sets SET content = ?, updated_at = ?, revision = ?, updated_by = ? WHERE id = ?"));
    q.addBindValue(content);
    q.addBindValue(utcNow());
    q.addBindValue(next);
    q.addBindValue(by);
    q.addBindValue(id);
    if (!q.exec()) return notSaved(sqlError(q));
  } else {
    q.prepare(QStringLiteral("INSERT INTO label_sets (series_id, project_id, reader, content, updated_at, revision, updated_by) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(series.value());
    q.addBindValue(key.projectId);
    q.addBindValue(notNull(key.reader));
    q.addBindValue(content);
    q.addBindValue(utcNow());
    q.addBindValue(next);
    q.addBindValue(by);
    if (!q.exec()) return notSaved(sqlError(q));
    id = q.lastInsertId().toLongLong();
  }

  // Masks of segments that are gone, then the changed ones.
  QStringList kept;
  for (const Segment& s : labels.segments) kept << QString::number(s.number);
  q.prepare(QStringLiteral("DELETE FROM segment_masks WHERE set_id = ?%1")
                .arg(kept.isEmpty() ? QString() : QStringLiteral(" AND segment_number NOT IN (%1)").arg(kept.join(QLatin1Char(',')))));
  q.addBindValue(id);
  if (!q.exec()) return notSaved(sqlError(q));
  q.prepare(QStringLiteral("INSERT INTO segment_masks (set_id, segment_number, mask, revision) VALUES (?, ?, ?, ?) "
                           "ON CONFLICT(set_id, segment_number) DO UPDATE SET mask = excluded.mask, revision = excluded.revision"));
  for (const Segment& s : labels.segments) {
    if (!changedSegments.count(s.number)) continue;
    q.addBindValue(id);
    q.addBindValue(s.number);
    q.addBindValue(labels.voxels.extract(s.number).encode());
    q.addBindValue(next);
    if (!q.exec()) return notSaved(sqlError(q));
  }
  if (!tx.commit()) return notSaved(tx.error());
  return next;
}

Result<qint64> LabelStore::replace(const LabelSetKey& key, const LabelSet& labels, const QString& actor) {
  std::set<int> all;
  for (const Segment& s : labels.segments) all.insert(s.number);
  return save(key, labels, all, std::nullopt, actor);
}

Result<int> freezeLabelSet(QSqlDatabase& db, const LabelSetKey& key, const QString& kind, const QString& actor, const QString& note) {
  const auto series = seriesId(db, key.seriesUid);
  if (!series) return fail(series.error());
  const auto id = setId(db, series.value(), key);
  if (!id) return fail(id.error());
  if (id.value() == 0) return fail(StorageTr::tr("there is no such label set"));
  QSqlQuery q(db);
  q.prepare(QStringLiteral("SELECT COALESCE(MAX(number), 0) + 1 FROM label_revisions WHERE set_id = ?"));
  q.addBindValue(id.value());
  if (!q.exec() || !q.next()) return fail(sqlError(q));
  const int number = q.value(0).toInt();
  q.prepare(QStringLiteral("INSERT INTO label_revisions (set_id, number, kind, content, made_by, made_at, note) "
                           "SELECT id, ?, ?, content, ?, ?, ? FROM label_sets WHERE id = ?"));
  q.addBindValue(number);
  q.addBindValue(kind);
  q.addBindValue(notNull(actor.isEmpty() ? loginName() : actor));
  q.addBindValue(utcNow());
  q.addBindValue(notNull(note));
  q.addBindValue(id.value());
  if (!q.exec()) return fail(sqlError(q));
  const qint64 revisionId = q.lastInsertId().toLongLong();
  q.prepare(QStringLiteral("INSERT INTO revision_masks (revision_id, segment_number, mask) "
                           "SELECT ?, segment_number, mask FROM segment_masks WHERE set_id = ?"));
  q.addBindValue(revisionId);
  q.addBindValue(id.value());
  if (!q.exec()) return fail(sqlError(q));
  return number;
}

Result<int> LabelStore::freeze(const LabelSetKey& key, const QString& kind, const QString& actor, const QString& note) {
  auto notFrozen = [&](const QString& message) -> Result<int> {
    return fail(StorageTr::tr("%1: no revision made: %2").arg(describe(key), message));
  };
  Transaction tx(db_.sql());
  if (!tx.begun()) return notFrozen(tx.error());
  const auto number = freezeLabelSet(db_.sql(), key, kind, actor, note);
  if (!number) return notFrozen(number.error());
  if (!tx.commit()) return notFrozen(tx.error());
  return number;
}

Result<std::vector<LabelRevision>> LabelStore::revisions(const LabelSetKey& key) {
  QSqlQuery q(db_.sql());
  q.prepare(QStringLiteral("SELECT r.number, r.kind, r.made_by, r.made_at, r.note FROM label_revisions r "
                           "JOIN label_sets l ON r.set_id = l.id JOIN series se ON l.series_id = se.id "
                           "WHERE se.series_uid = ? AND l.project_id = ? AND l.reader = ? ORDER BY r.number"));
  q.addBindValue(key.seriesUid);
  q.addBindValue(key.projectId);
  q.addBindValue(notNull(key.reader));
  if (!q.exec()) return fail(sqlError(q));
  std::vector<LabelRevision> out;
  while (q.next())
    out.push_back({q.value(0).toInt(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), q.value(4).toString()});
  return out;
}

Result<LabelSet> LabelStore::loadRevision(const LabelSetKey& key, int number) {
  const QString what = StorageTr::tr("revision %1 of the %2").arg(number).arg(describe(key));
  QSqlQuery q(db_.sql());
  q.prepare(QStringLiteral("SELECT r.id, r.content FROM label_revisions r JOIN label_sets l ON r.set_id = l.id "
                           "JOIN series se ON l.series_id = se.id "
                           "WHERE se.series_uid = ? AND l.project_id = ? AND l.reader = ? AND r.number = ?"));
  q.addBindValue(key.seriesUid);
  q.addBindValue(key.projectId);
  q.addBindValue(notNull(key.reader));
  q.addBindValue(number);
  if (!q.exec()) return fail(sqlError(q));
  if (!q.next()) return fail(StorageTr::tr("%1: there is no such revision").arg(what));
  const qint64 id = q.value(0).toLongLong();
  auto labels = parseContent(q.value(1).toString(), what);
  if (!labels) return fail(labels.error());
  StoredLabels stored{std::move(labels).value(), 0, QString(), QString()};
  QSqlQuery masks(db_.sql());
  masks.prepare(QStringLiteral("SELECT segment_number, mask FROM revision_masks WHERE revision_id = ?"));
  masks.addBindValue(id);
  if (!masks.exec()) return fail(sqlError(masks));
  if (const Status added = addMasks(masks, stored, what); !added) return fail(added.error());
  return std::move(stored.labels);
}

Result<std::vector<LabelSetSummary>> LabelStore::setsOf(const QString& seriesInstanceUid, qint64 projectId) {
  QSqlQuery q(db_.sql());
  q.prepare(QStringLiteral("SELECT l.reader, l.revision, l.updated_at, l.updated_by, l.content FROM label_sets l "
                           "JOIN series se ON l.series_id = se.id WHERE se.series_uid = ? AND l.project_id = ? ORDER BY l.reader"));
  q.addBindValue(seriesInstanceUid);
  q.addBindValue(projectId);
  if (!q.exec()) return fail(sqlError(q));
  std::vector<LabelSetSummary> out;
  while (q.next()) {
    LabelSetSummary s;
    s.key = {seriesInstanceUid, projectId, q.value(0).toString()};
    s.revision = q.value(1).toLongLong();
    s.updatedAt = q.value(2).toString();
    s.updatedBy = q.value(3).toString();
    const QJsonObject content = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
    s.segments = int(content.value(QStringLiteral("segments")).toArray().size());
    s.findings = int(content.value(QStringLiteral("findings")).toArray().size());
    out.push_back(s);
  }
  return out;
}

}  // namespace rc
