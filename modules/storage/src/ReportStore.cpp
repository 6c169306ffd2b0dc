#include "storage/ReportStore.h"

#include "StorageSupport.h"
#include "storage/ReadingStore.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

namespace rc {

namespace {


const char* const kSelect =
    "SELECT r.id, st.study_uid, p.code, st.study_date, r.source, r.source_key, r.author, r.report_date, r.findings, r.impression, "
    "r.replacements, r.status, r.edited, r.revision, r.imported_at, r.imported_by, r.confirmed_at, r.confirmed_by "
    "FROM reports r JOIN studies st ON r.study_id = st.id JOIN patients p ON st.patient_id = p.id";

ReportRecord recordFrom(const QSqlQuery& q) {
  ReportRecord r;
  r.id = q.value(0).toLongLong();
  r.studyUid = q.value(1).toString();
  r.patientCode = q.value(2).toString();
  r.studyDate = q.value(3).toString();
  r.source = q.value(4).toString();
  r.sourceKey = q.value(5).toString();
  r.author = q.value(6).toString();
  r.reportDate = q.value(7).toString();
  r.findings = q.value(8).toString();
  r.impression = q.value(9).toString();
  r.replacements = q.value(10).toString();
  r.status = q.value(11).toString();
  r.edited = q.value(12).toBool();
  r.revision = q.value(13).toInt();
  r.importedAt = q.value(14).toString();
  r.importedBy = q.value(15).toString();
  r.confirmedAt = q.value(16).toString();
  r.confirmedBy = q.value(17).toString();
  return r;
}

// "A".."Z", "AA".."AZ", ...
QString letters(int n) {
  QString out;
  for (++n; n > 0; n = (n - 1) / 26) out.prepend(QChar(char16_t(u'A' + (n - 1) % 26)));
  return out;
}

}  // namespace

Result<QStringList> ReportStore::studiesWithAccessionKey(const QString& accessionKey) {
  QSqlQuery q(db_.sql());
  q.prepare(QStringLiteral("SELECT study_uid FROM studies WHERE accession_key = ? AND accession_key <> '' ORDER BY id"));
  q.addBindValue(accessionKey);
  if (!q.exec()) return fail(sqlError(q));
  QStringList out;
  while (q.next()) out << q.value(0).toString();
  return out;
}

Result<std::vector<std::pair<QString, QString>>> ReportStore::studiesOfPatient(const QString& patientCode) {
  QSqlQuery q(db_.sql());
  q.prepare(QStringLiteral("SELECT st.study_uid, st.study_date FROM studies st JOIN patients p ON st.patient_id = p.id WHERE p.code = ? "
                           "ORDER BY st.study_date, st.id"));
  q.addBindValue(patientCode);
  if (!q.exec()) return fail(sqlError(q));
  std::vector<std::pair<QString, QString>> out;
  while (q.next()) out.emplace_back(q.value(0).toString(), q.value(1).toString());
  return out;
}

Result<QString> ReportStore::authorPseudonym(const QString& authorKey) {
  QSqlDatabase& db = db_.sql();
  Transaction tx(db);
  if (!tx.begun()) return fail(tx.error());
  QSqlQuery q(db);
  q.prepare(QStringLiteral("SELECT pseudonym FROM report_authors WHERE author_key = ?"));
  q.addBindValue(authorKey);
  if (!q.exec()) return fail(sqlError(q));
  if (q.next()) return q.value(0).toString();
  if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM report_authors")) || !q.next()) return fail(sqlError(q));
  // Stored data, not a word of the interface: the same in every language.
  const QString pseudonym = QStringLiteral("読影医") + letters(q.value(0).toInt());
  q.prepare(QStringLiteral("INSERT INTO report_authors (author_key, pseudonym) VALUES (?, ?)"));
  q.addBindValue(authorKey);
  q.addBindValue(pseudonym);
  if (!q.exec()) return fail(sqlError(q));
  if (!tx.commit()) return fail(tx.error());
  return pseudonym;
}

Result<int> ReportStore::add(const std::vector<ReportRecord>& reports, const AuditEntry& audit) {
  QSqlDatabase& db = db_.sql();
  Transaction tx(db);
  if (!tx.begun()) return fail(tx.error());
  int stored = 0;
  const QString at = utcNow();
  for (const ReportRecord& r : reports) {
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id FROM studies WHERE study_uid = ?"));
    q.addBindValue(r.studyUid);
    if (!q.exec()) return fail(sqlError(q));
    if (!q.next()) return fail(StorageTr::tr("no study %1 in the store").arg(r.studyUid));
    const qint64 studyId = q.value(0).toLongLong();
    q.prepare(QStringLiteral(
        "INSERT INTO reports (study_id, source, source_key, author, report_date, findings, impression, replacements, imported_at, imported_by) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(source_key) DO NOTHING"));
    q.addBindValue(studyId);
    for (const QString& v : {r.source, r.sourceKey, r.author, r.reportDate, r.findings, r.impression, r.replacements, at, audit.actor})
      q.addBindValue(notNull(v));
    if (!q.exec()) return fail(sqlError(q));
    stored += q.numRowsAffected() > 0;
  }
  AuditEntry entry = audit;
  if (entry.detail.isEmpty()) entry.detail = StorageTr::tr("%1 report(s) stored").arg(stored);
  if (const Status logged = writeAudit(db, entry); !logged) return fail(logged.error());
  if (!tx.commit()) return fail(tx.error());
  return stored;
}

Result<std::vector<ReportRecord>> ReportStore::list(const QString& patientCode) {
  QSqlQuery q(db_.sql());
  q.prepare(QString::fromLatin1(kSelect) + (patientCode.isEmpty() ? QString() : QStringLiteral(" WHERE p.code = ?")) +
            QStringLiteral(" ORDER BY p.code, st.study_date, r.id"));
  if (!patientCode.isEmpty()) q.addBindValue(patientCode);
  if (!q.exec()) return fail(sqlError(q));
  std::vector<ReportRecord> out;
  while (q.next()) out.push_back(recordFrom(q));
  return out;
}

Result<ReportRecord> ReportStore::report(qint64 id) {
  QSqlQuery q(db_.sql());
  q.prepare(QString::fromLatin1(kSelect) + QStringLiteral(" WHERE r.id = ?"));
  q.addBindValue(id);
  if (!q.exec()) return fail(sqlError(q));
  if (!q.next()) return fail(StorageTr::tr("no report %1 in the store").arg(id));
  return recordFrom(q);
}

Status ReportStore::edit(qint64 id, int expectedRevision, const QString& findings, const QString& impression, const QString& replacements,
                         const QString& actor) {
  QSqlDatabase& db = db_.sql();
  Transaction tx(db);
  if (!tx.begun()) return fail(tx.error());
  QSqlQuery q(db);
  q.prepare(QStringLiteral("UPDATE reports SET findings = ?, impression = ?, replacements = ?, edited = 1, status = 'draft', "
                           "confirmed_at = '', confirmed_by = '', revision = revision + 1 WHERE id = ? AND revision = ?"));
  for (const QString& v : {findings, impression, replacements}) q.addBindValue(notNull(v));
  q.addBindValue(id);
  q.addBindValue(expectedRevision);
  if (!q.exec()) return fail(sqlError(q));
  if (q.numRowsAffected() != 1)
    return fail(StorageTr::tr("report %1 was changed by someone else since it was opened (revision %2); nothing was saved").arg(id).arg(expectedRevision));
  const auto stored = report(id);
  if (!stored) return fail(stored.error());
  if (const Status logged = writeAudit(db, {QStringLiteral("report edited"), actor, stored->patientCode,
                                            StorageTr::tr("report %1 (revision %2)").arg(id).arg(expectedRevision + 1), QString(), QString()});
      !logged)
    return logged;
  if (!tx.commit()) return fail(tx.error());
  return Status::success();
}

Status ReportStore::confirm(qint64 id, int expectedRevision, const QString& actor) {
  QSqlDatabase& db = db_.sql();
  Transaction tx(db);
  if (!tx.begun()) return fail(tx.error());
  QSqlQuery q(db);
  q.prepare(QStringLiteral("UPDATE reports SET status = 'confirmed', confirmed_at = ?, confirmed_by = ?, revision = revision + 1 "
                           "WHERE id = ? AND revision = ?"));
  q.addBindValue(utcNow());
  q.addBindValue(actor);
  q.addBindValue(id);
  q.addBindValue(expectedRevision);
  if (!q.exec()) return fail(sqlError(q));
  if (q.numRowsAffected() != 1)
    return fail(StorageTr::tr("report %1 was changed by someone else since it was opened (revision %2); not confirmed").arg(id).arg(expectedRevision));
  const auto stored = report(id);
  if (!stored) return fail(stored.error());
  if (const Status logged = writeAudit(db, {QStringLiteral("report confirmed"), actor, stored->patientCode, StorageTr::tr("report %1").arg(id),
                                            QString(), QString()});
      !logged)
    return logged;
  if (!tx.commit()) return fail(tx.error());
  return Status::success();
}

}  // namespace rc
