#include "storage/BoneScanStore.h"

#include "StorageSupport.h"
#include "core/LoginName.h"
#include "storage/ReadingStore.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

#include <map>

namespace rc {

namespace {


QVariant optionalValue(const std::optional<double>& v) { return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::Double)); }
QVariant optionalValue(const std::optional<int>& v) { return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::Int)); }

const char* const kReadSelect =
    "SELECT r.case_id, se.series_uid, p.code, r.reader, r.metastases, r.superscan, r.eod, r.eod_reason, r.metastasis, r.source, "
    "r.revision, r.updated_at, r.updated_by FROM bone_scan_reads r JOIN cases c ON r.case_id = c.id JOIN series se ON c.series_id = se.id "
    "JOIN studies st ON se.study_id = st.id JOIN patients p ON st.patient_id = p.id";

BoneScanReadRecord readFrom(const QSqlQuery& q) {
  BoneScanReadRecord r;
  r.caseId = q.value(0).toLongLong();
  r.seriesUid = q.value(1).toString();
  r.patientCode = q.value(2).toString();
  r.reader = q.value(3).toString();
  r.metastases = q.value(4).toInt();
  r.superscan = q.value(5).toBool();
  r.eod = q.value(6).toInt();
  r.eodReason = q.value(7).toString();
  r.metastasis = q.value(8).toBool();
  r.source = q.value(9).toString();
  r.revision = q.value(10).toInt();
  r.updatedAt = q.value(11).toString();
  r.updatedBy = q.value(12).toString();
  return r;
}

}  // namespace

Result<int> BoneScanStore::saveResults(const std::vector<ProgramResultRecord>& results, const AuditEntry& audit) {
  QSqlDatabase& db = db_.sql();
  Transaction tx(db);
  if (!tx.begun()) return fail(tx.error());
  int replaced = 0;
  const QString at = utcNow();
  for (const ProgramResultRecord& r : results) {
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id FROM patients WHERE code = ?"));
    q.addBindValue(r.patientCode);
    if (!q.exec()) return fail(sqlError(q));
    if (!q.next()) return fail(StorageTr::tr("no patient %1 in the store").arg(r.patientCode));
    const qint64 patientId = q.value(0).toLongLong();
    QSqlQuery del(db);
    del.prepare(QStringLiteral("DELETE FROM bone_scan_results WHERE patient_id = ? AND study_date = ? AND program = ? AND version = ?"));
    for (const QVariant& v : {QVariant(patientId), QVariant(notNull(r.studyDate)), QVariant(r.program), QVariant(notNull(r.version))})
      del.addBindValue(v);
    if (!del.exec()) return fail(sqlError(del));
    replaced += del.numRowsAffected() > 0 ? 1 : 0;
    QSqlQuery ins(db);
    ins.prepare(QStringLiteral("INSERT INTO bone_scan_results (patient_id, study_date, program, version, tracer, bsi, hotspots, region_bsi, "
                               "source, imported_at, imported_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    ins.addBindValue(patientId);
    ins.addBindValue(notNull(r.studyDate));
    ins.addBindValue(r.program);
    ins.addBindValue(notNull(r.version));
    ins.addBindValue(r.tracer);
    ins.addBindValue(optionalValue(r.bsi));
    ins.addBindValue(optionalValue(r.hotspots));
    ins.addBindValue(notNull(r.regionBsi));
    ins.addBindValue(notNull(r.source));
    ins.addBindValue(at);
    ins.addBindValue(notNull(audit.actor.isEmpty() ? loginName() : audit.actor));
    if (!ins.exec()) return fail(QStringLiteral("%1: %2").arg(r.source, sqlError(ins)));
  }
  if (const Status audited = writeAudit(db, audit); !audited) return fail(audited.error());
  if (!tx.commit()) return fail(tx.error());
  return replaced;
}

Result<std::vector<ProgramResultRecord>> BoneScanStore::results() {
  QSqlQuery q(db_.sql());
  if (!q.exec(QStringLiteral("SELECT p.code, r.study_date, r.program, r.version, r.tracer, r.bsi, r.hotspots, r.region_bsi, r.source, "
                             "r.imported_at, r.imported_by FROM bone_scan_results r JOIN patients p ON r.patient_id = p.id "
                             "ORDER BY p.code, r.study_date, r.program, r.version")))
    return fail(sqlError(q));
  std::vector<ProgramResultRecord> out;
  while (q.next()) {
    ProgramResultRecord r;
    r.patientCode = q.value(0).toString();
    r.studyDate = q.value(1).toString();
    r.program = q.value(2).toString();
    r.version = q.value(3).toString();
    r.tracer = q.value(4).toString();
    if (!q.value(5).isNull()) r.bsi = q.value(5).toDouble();
    if (!q.value(6).isNull()) r.hotspots = q.value(6).toInt();
    r.regionBsi = q.value(7).toString();
    r.source = q.value(8).toString();
    r.importedAt = q.value(9).toString();
    r.importedBy = q.value(10).toString();
    out.push_back(std::move(r));
  }
  return out;
}

Result<int> BoneScanStore::saveRead(const BoneScanReadRecord& read, const std::optional<std::vector<HotspotMarkRecord>>& marks,
                                    const AuditEntry& audit) {
  QSqlDatabase& db = db_.sql();
  Transaction tx(db);
  if (!tx.begun()) return fail(tx.error());
  QSqlQuery q(db);
  q.prepare(QStringLiteral("SELECT revision, updated_by, updated_at FROM bone_scan_reads WHERE case_id = ? AND reader = ?"));
  q.addBindValue(read.caseId);
  q.addBindValue(read.reader);
  if (!q.exec()) return fail(sqlError(q));
  const int stored = q.next() ? q.value(0).toInt() : 0;
  if (stored != read.revision)
    return conflictFailure(StorageTr::tr("the reading of %1 was saved meanwhile by %2 at %3 (revision %4); reload it")
                               .arg(read.reader, q.value(1).toString(), q.value(2).toString())
                               .arg(stored));
  const QString by = notNull(audit.actor.isEmpty() ? loginName() : audit.actor);
  QSqlQuery w(db);
  if (stored == 0) {
    w.prepare(QStringLiteral("INSERT INTO bone_scan_reads (metastases, superscan, eod, eod_reason, metastasis, source, revision, updated_at, "
                             "updated_by, case_id, reader) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
  } else {
    w.prepare(QStringLiteral("UPDATE bone_scan_reads SET metastases = ?, superscan = ?, eod = ?, eod_reason = ?, metastasis = ?, source = ?, "
                             "revision = ?, updated_at = ?, updated_by = ? WHERE case_id = ? AND reader = ?"));
  }
  for (const QVariant& v : {QVariant(read.metastases), QVariant(read.superscan ? 1 : 0), QVariant(read.eod), QVariant(notNull(read.eodReason)),
                            QVariant(read.metastasis ? 1 : 0), QVariant(read.source), QVariant(stored + 1), QVariant(utcNow()), QVariant(by),
                            QVariant(read.caseId), QVariant(read.reader)})
    w.addBindValue(v);
  if (!w.exec()) return fail(sqlError(w));
  if (marks) {
    QSqlQuery del(db);
    del.prepare(QStringLiteral("DELETE FROM bone_scan_marks WHERE case_id = ? AND reader = ?"));
    del.addBindValue(read.caseId);
    del.addBindValue(read.reader);
    if (!del.exec()) return fail(sqlError(del));
    std::vector<qint64> ids;
    const QString at = utcNow();
    for (const HotspotMarkRecord& m : *marks) {
      if (m.sameLesionAs >= int(ids.size())) return fail(StorageTr::tr("a hotspot mark refers to a later mark"));
      QSqlQuery ins(db);
      ins.prepare(QStringLiteral("INSERT INTO bone_scan_marks (case_id, reader, sop_instance_uid, frame, view, x, y, region, call, "
                                 "same_lesion_as, made_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
      for (const QVariant& v : {QVariant(read.caseId), QVariant(read.reader), QVariant(m.sopInstanceUid), QVariant(m.frame), QVariant(m.view),
                                QVariant(m.x), QVariant(m.y), QVariant(m.region), QVariant(m.call),
                                m.sameLesionAs >= 0 ? QVariant(ids[size_t(m.sameLesionAs)]) : QVariant(QMetaType(QMetaType::LongLong)),
                                QVariant(at)})
        ins.addBindValue(v);
      if (!ins.exec()) return fail(sqlError(ins));
      ids.push_back(ins.lastInsertId().toLongLong());
    }
  }
  if (const Status audited = writeAudit(db, audit); !audited) return fail(audited.error());
  if (!tx.commit()) return fail(tx.error());
  return stored + 1;
}

Result<std::optional<BoneScanReadRecord>> BoneScanStore::read(qint64 caseId, const QString& reader) {
  QSqlQuery q(db_.sql());
  q.prepare(QStringLiteral("%1 WHERE r.case_id = ? AND r.reader = ?").arg(QLatin1String(kReadSelect)));
  q.addBindValue(caseId);
  q.addBindValue(reader);
  if (!q.exec()) return fail(sqlError(q));
  if (!q.next()) return std::optional<BoneScanReadRecord>();
  return std::optional<BoneScanReadRecord>(readFrom(q));
}

Result<std::vector<BoneScanReadRecord>> BoneScanStore::reads(qint64 projectId) {
  QSqlQuery q(db_.sql());
  q.prepare(QStringLiteral("%1 WHERE c.project_id = ? AND c.excluded_reason = '' ORDER BY p.code, se.series_uid, r.reader")
                .arg(QLatin1String(kReadSelect)));
  q.addBindValue(projectId);
  if (!q.exec()) return fail(sqlError(q));
  std::vector<BoneScanReadRecord> out;
  while (q.next()) out.push_back(readFrom(q));
  return out;
}

Result<std::vector<HotspotMarkRecord>> BoneScanStore::marks(qint64 caseId, const QString& reader) {
  QSqlQuery q(db_.sql());
  q.prepare(QStringLiteral("SELECT id, sop_instance_uid, frame, view, x, y, region, call, same_lesion_as FROM bone_scan_marks "
                           "WHERE case_id = ? AND reader = ? ORDER BY id"));
  q.addBindValue(caseId);
  q.addBindValue(reader);
  if (!q.exec()) return fail(sqlError(q));
  std::vector<HotspotMarkRecord> out;
  std::map<qint64, int> indexOf;
  std::vector<qint64> links;
  while (q.next()) {
    indexOf[q.value(0).toLongLong()] = int(out.size());
    HotspotMarkRecord m;
    m.sopInstanceUid = q.value(1).toString();
    m.frame = q.value(2).toInt();
    m.view = q.value(3).toString();
    m.x = q.value(4).toDouble();
    m.y = q.value(5).toDouble();
    m.region = q.value(6).toString();
    m.call = q.value(7).toString();
    links.push_back(q.value(8).isNull() ? 0 : q.value(8).toLongLong());
    out.push_back(std::move(m));
  }
  for (size_t i = 0; i < out.size(); ++i)
    if (links[i] && indexOf.count(links[i])) out[i].sameLesionAs = indexOf[links[i]];
  return out;
}

}  // namespace rc
