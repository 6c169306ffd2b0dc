#include "storage/ReadingStore.h"

#include "StorageSupport.h"
#include "core/LoginName.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

#include <map>

namespace rc {

namespace {


PersonRecord personFrom(const QSqlQuery& q) {
  PersonRecord p;
  p.login = q.value(0).toString();
  p.displayName = q.value(1).toString();
  p.kind = q.value(2).toString();
  p.modelVersion = q.value(3).toString();
  p.passwordHash = q.value(4).toString();
  p.createdAt = q.value(5).toString();
  p.archivedAt = q.value(6).toString();
  return p;
}

const char* const kPersonColumns = "login, display_name, kind, model_version, password_hash, created_at, archived_at";

ProjectRecord projectFrom(const QSqlQuery& q) {
  ProjectRecord p;
  p.id = q.value(0).toLongLong();
  p.name = q.value(1).toString();
  p.vocabulary = q.value(2).toString();
  p.sheetTemplate = q.value(3).toString();
  p.clinicalTemplate = q.value(4).toString();
  p.readersPerCase = q.value(5).toInt();
  p.blinded = q.value(6).toBool();
  p.reviewRequired = q.value(7).toBool();
  p.createdAt = q.value(8).toString();
  p.createdBy = q.value(9).toString();
  p.archivedAt = q.value(10).toString();
  return p;
}

const char* const kProjectColumns =
    "id, name, vocabulary, sheet_template, clinical_template, readers_per_case, blinded, review_required, created_at, created_by, "
    "archived_at";

const char* const kCaseSelect =
    "SELECT c.id, c.project_id, se.series_uid, st.study_uid, p.code, se.modality, st.study_date, se.description, c.category, "
    "c.excluded_reason, c.added_at, c.added_by FROM cases c JOIN series se ON c.series_id = se.id JOIN studies st ON se.study_id = st.id "
    "JOIN patients p ON st.patient_id = p.id";

CaseRecord caseFrom(const QSqlQuery& q) {
  CaseRecord c;
  c.id = q.value(0).toLongLong();
  c.projectId = q.value(1).toLongLong();
  c.seriesUid = q.value(2).toString();
  c.studyUid = q.value(3).toString();
  c.patientCode = q.value(4).toString();
  c.modality = q.value(5).toString();
  c.studyDate = q.value(6).toString();
  c.seriesDescription = q.value(7).toString();
  c.category = q.value(8).toString();
  c.excludedReason = q.value(9).toString();
  c.addedAt = q.value(10).toString();
  c.addedBy = q.value(11).toString();
  return c;
}

// Columns 1.. of an assignments row read from `first` on.
AssignmentRecord assignmentFrom(const QSqlQuery& q, int first) {
  return {q.value(first).toString(),     q.value(first + 1).toString(), q.value(first + 2).toString(), q.value(first + 3).toString(),
          q.value(first + 4).toString(), q.value(first + 5).toString(), q.value(first + 6).toString()};
}

// One change and its audit row, or nothing.
template <class Change>
Status inTransaction(QSqlDatabase& db, const AuditEntry& audit, Change change) {
  Transaction tx(db);
  if (!tx.begun()) return fail(tx.error());
  if (const Status changed = change(); !changed) return changed;
  if (const Status audited = writeAudit(db, audit); !audited) return audited;
  if (!tx.commit()) return fail(tx.error());
  return Status::success();
}

Status loadRoles(QSqlDatabase& db, std::vector<PersonRecord>& people) {
  QSqlQuery q(db);
  if (!q.exec(QStringLiteral("SELECT login, role FROM person_roles ORDER BY login, role"))) return fail(sqlError(q));
  std::map<QString, QStringList> roles;
  while (q.next()) roles[q.value(0).toString()] << q.value(1).toString();
  for (PersonRecord& p : people) p.roles = roles[p.login];
  return Status::success();
}

Status loadTargets(QSqlDatabase& db, ProjectRecord& p) {
  QSqlQuery q(db);
  q.prepare(QStringLiteral("SELECT category, target FROM project_targets WHERE project_id = ? ORDER BY position"));
  q.addBindValue(p.id);
  if (!q.exec()) return fail(sqlError(q));
  while (q.next()) p.targets.emplace_back(q.value(0).toString(), q.value(1).toInt());
  return Status::success();
}

}  // namespace

Status writeAudit(QSqlDatabase& db, const AuditEntry& e) {
  QSqlQuery q(db);
  q.prepare(QStringLiteral("INSERT INTO audit_log (at, actor, action, patient_code, detail, project, series_uid) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?)"));
  q.addBindValue(utcNow());
  q.addBindValue(notNull(e.actor.isEmpty() ? loginName() : e.actor));
  q.addBindValue(e.action);
  q.addBindValue(notNull(e.patientCode));
  q.addBindValue(notNull(e.detail));
  q.addBindValue(notNull(e.project));
  q.addBindValue(notNull(e.seriesUid));
  if (!q.exec()) return fail(sqlError(q));
  return Status::success();
}

// ---- people

Result<std::vector<PersonRecord>> ReadingStore::people() {
  QSqlQuery q(db_.sql());
  if (!q.exec(QStringLiteral("SELECT %1 FROM people ORDER BY login").arg(QLatin1String(kPersonColumns)))) return fail(sqlError(q));
  std::vector<PersonRecord> out;
  while (q.next()) out.push_back(personFrom(q));
  if (const Status roles = loadRoles(db_.sql(), out); !roles) return fail(roles.error());
  return out;
}

Result<std::optional<PersonRecord>> ReadingStore::person(const QString& login) {
  QSqlQuery q(db_.sql());
  q.prepare(QStringLiteral("SELECT %1 FROM people WHERE login = ?").arg(QLatin1String(kPersonColumns)));
  q.addBindValue(login);
  if (!q.exec()) return fail(sqlError(q));
  if (!q.next()) return std::optional<PersonRecord>();
  std::vector<PersonRecord> one{personFrom(q)};
  if (const Status roles = loadRoles(db_.sql(), one); !roles) return fail(roles.error());
  return std::optional<PersonRecord>(one.front());
}

namespace {

// The person and their roles; with `onlyIfNobody`, only into a store that has no people yet
// (one statement: of two programs doing this at once, one adds). Returns whether it added.
Result<bool> insertPerson(QSqlDatabase& db, const PersonRecord& person, bool onlyIfNobody) {
  QSqlQuery q(db);
  q.prepare(QStringLiteral("INSERT INTO people (login, display_name, kind, model_version, password_hash, created_at) "
                           "SELECT ?, ?, ?, ?, ?, ? WHERE ? = 0 OR NOT EXISTS (SELECT 1 FROM people)"));
  q.addBindValue(person.login);
  q.addBindValue(notNull(person.displayName));
  q.addBindValue(person.kind);
  q.addBindValue(notNull(person.modelVersion));
  q.addBindValue(notNull(person.passwordHash));
  q.addBindValue(utcNow());
  q.addBindValue(onlyIfNobody ? 1 : 0);
  if (!q.exec()) return fail(sqlError(q));
  if (q.numRowsAffected() != 1) return false;
  q.prepare(QStringLiteral("INSERT INTO person_roles (login, role) VALUES (?, ?)"));
  for (const QString& role : person.roles) {
    q.addBindValue(person.login);
    q.addBindValue(role);
    if (!q.exec()) return fail(sqlError(q));
  }
  return true;
}

}  // namespace

Status ReadingStore::addPerson(const PersonRecord& person, const AuditEntry& audit) {
  return inTransaction(db_.sql(), audit, [&]() -> Status {
    const auto added = insertPerson(db_.sql(), person, false);
    return added ? Status::success() : Status(added.failure());
  });
}

Result<bool> ReadingStore::addFirstPerson(const PersonRecord& person, const AuditEntry& audit) {
  bool added = false;
  const Status done = inTransaction(db_.sql(), audit, [&]() -> Status {
    const auto inserted = insertPerson(db_.sql(), person, true);
    if (!inserted) return inserted.failure();
    added = *inserted;
    if (!added) return conflictFailure(QStringLiteral("someone else was first"));  // rolls back, no audit row
    return Status::success();
  });
  if (!done && !(done.failureKind() == FailureKind::Conflict && !added)) return fail(done.error());
  return added;
}

Status ReadingStore::archivePerson(const QString& login, const AuditEntry& audit) {
  return inTransaction(db_.sql(), audit, [&]() -> Status {
    QSqlQuery q(db_.sql());
    q.prepare(QStringLiteral("UPDATE people SET archived_at = ? WHERE login = ? AND archived_at = ''"));
    q.addBindValue(utcNow());
    q.addBindValue(login);
    if (!q.exec()) return fail(sqlError(q));
    return Status::success();
  });
}

// ---- projects

Result<qint64> ReadingStore::addProject(const ProjectRecord& p, const AuditEntry& audit) {
  qint64 id = 0;
  const Status added = inTransaction(db_.sql(), audit, [&]() -> Status {
    QSqlQuery q(db_.sql());
    q.prepare(QStringLiteral("INSERT INTO projects (name, vocabulary, sheet_template, clinical_template, readers_per_case, blinded, "
                             "review_required, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(p.name);
    q.addBindValue(notNull(p.vocabulary));
    q.addBindValue(notNull(p.sheetTemplate));
    q.addBindValue(notNull(p.clinicalTemplate));
    q.addBindValue(p.readersPerCase);
    q.addBindValue(p.blinded ? 1 : 0);
    q.addBindValue(p.reviewRequired ? 1 : 0);
    q.addBindValue(utcNow());
    q.addBindValue(notNull(audit.actor.isEmpty() ? loginName() : audit.actor));
    if (!q.exec()) return fail(sqlError(q));
    id = q.lastInsertId().toLongLong();
    q.prepare(QStringLiteral("INSERT INTO project_targets (project_id, category, target, position) VALUES (?, ?, ?, ?)"));
    int position = 0;
    for (const auto& [category, target] : p.targets) {
      q.addBindValue(id);
      q.addBindValue(category);
      q.addBindValue(target);
      q.addBindValue(++position);
      if (!q.exec()) return fail(sqlError(q));
    }
    return Status::success();
  });
  if (!added) return fail(added.error());
  return id;
}

Result<std::vector<ProjectRecord>> ReadingStore::projects() {
  QSqlQuery q(db_.sql());
  if (!q.exec(QStringLiteral("SELECT %1 FROM projects ORDER BY name").arg(QLatin1String(kProjectColumns)))) return fail(sqlError(q));
  std::vector<ProjectRecord> out;
  while (q.next()) out.push_back(projectFrom(q));
  for (ProjectRecord& p : out)
    if (const Status t = loadTargets(db_.sql(), p); !t) return fail(t.error());
  return out;
}

Result<std::optional<ProjectRecord>> ReadingStore::project(const QString& name) {
  QSqlQuery q(db_.sql());
  q.prepare(QStringLiteral("SELECT %1 FROM projects WHERE name = ?").arg(QLatin1String(kProjectColumns)));
  q.addBindValue(name);
  if (!q.exec()) return fail(sqlError(q));
  if (!q.next()) return std::optional<ProjectRecord>();
  ProjectRecord p = projectFrom(q);
  if (const Status t = loadTargets(db_.sql(), p); !t) return fail(t.error());
  return std::optional<ProjectRecord>(p);
}

Status ReadingStore::archiveProject(qint64 id, const AuditEntry& audit) {
  return inTransaction(db_.sql(), audit, [&]() -> Status {
    QSqlQuery q(db_.sql());
    q.prepare(QStringLiteral("UPDATE projects SET archived_at = ? WHERE id = ? AND archived_at = ''"));
    q.addBindValue(utcNow());
    q.addBindValue(id);
    if (!q.exec()) return fail(sqlError(q));
    return Status::success();
  });
}

Result<std::vector<ProjectRecord>> ReadingStore::projectsOfSeries(const QString& seriesUid) {
  QSqlQuery q(db_.sql());
  q.prepare(QStringLiteral("SELECT %1 FROM projects WHERE id IN (SELECT c.project_id FROM cases c JOIN series se ON c.series_id = se.id "
                           "WHERE se.series_uid = ?) ORDER BY name")
                .arg(QLatin1String(kProjectColumns)));
  q.addBindValue(seriesUid);
  if (!q.exec()) return fail(sqlError(q));
  std::vector<ProjectRecord> out;
  while (q.next()) out.push_back(projectFrom(q));
  for (ProjectRecord& p : out)
    if (const Status t = loadTargets(db_.sql(), p); !t) return fail(t.error());
  return out;
}

// ---- cases

Result<int> ReadingStore::addCases(qint64 projectId, const QStringList& seriesUids, const QString& category, const AuditEntry& audit) {
  int added = 0;
  const Status done = inTransaction(db_.sql(), audit, [&]() -> Status {
    QSqlQuery find(db_.sql()), insert(db_.sql());
    find.prepare(QStringLiteral("SELECT id FROM series WHERE series_uid = ?"));
    insert.prepare(QStringLiteral("INSERT INTO cases (project_id, series_id, category, added_at, added_by) VALUES (?, ?, ?, ?, ?) "
                                  "ON CONFLICT(project_id, series_id) DO NOTHING"));
    for (const QString& uid : seriesUids) {
      find.addBindValue(uid);
      if (!find.exec()) return fail(sqlError(find));
      if (!find.next()) return fail(StorageTr::tr("no series %1 in the store").arg(uid));
      insert.addBindValue(projectId);
      insert.addBindValue(find.value(0).toLongLong());
      insert.addBindValue(notNull(category));
      insert.addBindValue(utcNow());
      insert.addBindValue(notNull(audit.actor.isEmpty() ? loginName() : audit.actor));
      if (!insert.exec()) return fail(sqlError(insert));
      added += insert.numRowsAffected() > 0 ? 1 : 0;
    }
    return Status::success();
  });
  if (!done) return fail(done.error());
  return added;
}

Result<std::vector<CaseRecord>> ReadingStore::cases(qint64 projectId, const QString& reader) {
  QSqlQuery q(db_.sql());
  const QString readerFilter =
      reader.isEmpty() ? QString() : QStringLiteral(" AND c.id IN (SELECT case_id FROM assignments WHERE reader = ?)");
  q.prepare(QStringLiteral("%1 WHERE c.project_id = ?%2 ORDER BY p.code, st.study_date, se.series_number, c.id")
                .arg(QLatin1String(kCaseSelect), readerFilter));
  q.addBindValue(projectId);
  if (!reader.isEmpty()) q.addBindValue(reader);
  if (!q.exec()) return fail(sqlError(q));
  std::vector<CaseRecord> out;
  std::map<qint64, size_t> indexOf;
  while (q.next()) {
    CaseRecord c = caseFrom(q);
    indexOf[c.id] = out.size();
    out.push_back(std::move(c));
  }
  QSqlQuery a(db_.sql());
  a.prepare(QStringLiteral("SELECT a.case_id, a.reader, a.status, a.reason, a.assigned_at, a.assigned_by, a.updated_at, a.updated_by "
                           "FROM assignments a JOIN cases c ON a.case_id = c.id WHERE c.project_id = ? ORDER BY a.case_id, a.id"));
  a.addBindValue(projectId);
  if (!a.exec()) return fail(sqlError(a));
  while (a.next()) {
    const auto it = indexOf.find(a.value(0).toLongLong());
    if (it == indexOf.end()) continue;
    out[it->second].assignments.push_back(assignmentFrom(a, 1));
  }
  return out;
}

Result<std::optional<CaseRecord>> ReadingStore::caseOf(qint64 projectId, const QString& seriesUid) {
  // (Few cases per series and project: the whole project's list would do, but a store may
  // hold thousands; this reads the one.)
  QSqlQuery q(db_.sql());
  q.prepare(QStringLiteral("SELECT c.id FROM cases c JOIN series se ON c.series_id = se.id WHERE c.project_id = ? AND se.series_uid = ?"));
  q.addBindValue(projectId);
  q.addBindValue(seriesUid);
  if (!q.exec()) return fail(sqlError(q));
  if (!q.next()) return std::optional<CaseRecord>();
  const qint64 id = q.value(0).toLongLong();
  q.prepare(QStringLiteral("%1 WHERE c.id = ?").arg(QLatin1String(kCaseSelect)));
  q.addBindValue(id);
  if (!q.exec() || !q.next()) return fail(sqlError(q));
  CaseRecord c = caseFrom(q);
  q.prepare(QStringLiteral("SELECT reader, status, reason, assigned_at, assigned_by, updated_at, updated_by FROM assignments "
                           "WHERE case_id = ? ORDER BY id"));
  q.addBindValue(id);
  if (!q.exec()) return fail(sqlError(q));
  while (q.next())
    c.assignments.push_back(assignmentFrom(q, 0));
  return std::optional<CaseRecord>(c);
}

Status ReadingStore::setExcluded(qint64 caseId, const QString& reason, const AuditEntry& audit) {
  return inTransaction(db_.sql(), audit, [&]() -> Status {
    QSqlQuery q(db_.sql());
    q.prepare(QStringLiteral("UPDATE cases SET excluded_reason = ? WHERE id = ?"));
    q.addBindValue(notNull(reason));
    q.addBindValue(caseId);
    if (!q.exec()) return fail(sqlError(q));
    return Status::success();
  });
}

// ---- assignments

Status ReadingStore::addAssignment(qint64 caseId, const QString& reader, const AuditEntry& audit) {
  return inTransaction(db_.sql(), audit, [&]() -> Status {
    QSqlQuery q(db_.sql());
    const QString by = notNull(audit.actor.isEmpty() ? loginName() : audit.actor);
    q.prepare(QStringLiteral("INSERT INTO assignments (case_id, reader, status, assigned_at, assigned_by, updated_at, updated_by) "
                             "VALUES (?, ?, 'assigned', ?, ?, ?, ?)"));
    q.addBindValue(caseId);
    q.addBindValue(reader);
    q.addBindValue(utcNow());
    q.addBindValue(by);
    q.addBindValue(utcNow());
    q.addBindValue(by);
    if (!q.exec()) return fail(sqlError(q));
    return Status::success();
  });
}

Status ReadingStore::transition(qint64 caseId, const QString& reader, const QStringList& from, const QString& status,
                                const QString& reason, const AuditEntry& audit, const std::optional<FreezeRequest>& freeze) {
  Transaction tx(db_.sql());
  if (!tx.begun()) return fail(tx.error());
  QSqlQuery q(db_.sql());
  q.prepare(QStringLiteral("SELECT status FROM assignments WHERE case_id = ? AND reader = ?"));
  q.addBindValue(caseId);
  q.addBindValue(reader);
  if (!q.exec()) return fail(sqlError(q));
  if (!q.next()) return fail(StorageTr::tr("%1 is not assigned to this case").arg(reader));
  const QString current = q.value(0).toString();
  if (!from.contains(current))
    return conflictFailure(StorageTr::tr("the reading of %1 is %2 (changed meanwhile?), not %3")
                               .arg(reader, current, from.join(QStringLiteral(" / "))));
  q.prepare(QStringLiteral("UPDATE assignments SET status = ?, reason = ?, updated_at = ?, updated_by = ? WHERE case_id = ? AND reader = ?"));
  q.addBindValue(status);
  q.addBindValue(notNull(reason));
  q.addBindValue(utcNow());
  q.addBindValue(notNull(audit.actor.isEmpty() ? loginName() : audit.actor));
  q.addBindValue(caseId);
  q.addBindValue(reader);
  if (!q.exec()) return fail(sqlError(q));
  if (freeze) {
    const auto frozen = freezeLabelSet(db_.sql(), freeze->key, freeze->kind, audit.actor, freeze->note);
    if (!frozen) return fail(StorageTr::tr("%1: no revision made: %2").arg(describe(freeze->key), frozen.error()));
  }
  if (const Status audited = rc::writeAudit(db_.sql(), audit); !audited) return audited;
  if (!tx.commit()) return fail(tx.error());
  return Status::success();
}

// ---- audit

Status ReadingStore::writeAudit(const AuditEntry& entry) { return rc::writeAudit(db_.sql(), entry); }

Result<std::vector<AuditRecord>> ReadingStore::audit(const AuditFilter& f) {
  QStringList where;
  QVariantList values;
  auto equal = [&](const char* column, const QString& value) {
    if (value.isEmpty()) return;
    where << QStringLiteral("%1 = ?").arg(QLatin1String(column));
    values << value;
  };
  equal("actor", f.actor);
  equal("action", f.action);
  equal("patient_code", f.patientCode);
  equal("project", f.project);
  equal("series_uid", f.seriesUid);
  if (!f.from.isEmpty()) {
    where << QStringLiteral("at >= ?");
    values << f.from;
  }
  if (!f.to.isEmpty()) {
    where << QStringLiteral("at < ?");
    values << QDate::fromString(f.to, Qt::ISODate).addDays(1).toString(Qt::ISODate);
  }
  QSqlQuery q(db_.sql());
  q.prepare(QStringLiteral("SELECT id, at, actor, action, patient_code, detail, project, series_uid FROM audit_log%1 ORDER BY id")
                .arg(where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "))));
  for (const QVariant& v : values) q.addBindValue(v);
  if (!q.exec()) return fail(sqlError(q));
  std::vector<AuditRecord> out;
  while (q.next())
    out.push_back({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
                   q.value(5).toString(), q.value(6).toString(), q.value(7).toString()});
  return out;
}

}  // namespace rc
