#pragma once
// The rows of reading studies: people and their roles, projects with their targets, cases
// (a series in a project) and assignments (a reader on a case, with the reader's status).
// Rows only: who may do what, and which status may follow which, is the reading module's
// (modules/reading). Every change is written in one transaction with its audit row; a status
// change happens only from the status the caller saw (compare and set), so two programs
// acting on one case never both win.

#include "core/Result.h"
#include "storage/CaseStore.h"
#include "storage/LabelStore.h"

#include <optional>
#include <utility>
#include <vector>

namespace rc {

struct PersonRecord {
  QString login;
  QString displayName;
  QString kind = QStringLiteral("person");  // "person" or "model"
  QString modelVersion;                     // a model's version
  QString passwordHash;                     // libsodium crypto_pwhash_str; empty: the OS login is trusted
  QStringList roles;                        // "reader", "reviewer", "data-manager"
  QString createdAt;
  QString archivedAt;                       // empty while active
};

struct ProjectRecord {
  qint64 id = 0;
  QString name;
  QString vocabulary;
  QString sheetTemplate;
  QString clinicalTemplate;
  int readersPerCase = 1;
  bool blinded = false;
  bool reviewRequired = false;
  std::vector<std::pair<QString, int>> targets;  // inclusion category -> number of cases wanted
  QString createdAt;
  QString createdBy;
  QString archivedAt;
};

struct AssignmentRecord {
  QString reader;
  QString status;  // "assigned", "in progress", "submitted", "in review", "accepted", "returned"
  QString reason;  // of a return
  QString assignedAt, assignedBy, updatedAt, updatedBy;
};

struct CaseRecord {
  qint64 id = 0;
  qint64 projectId = 0;
  QString seriesUid;
  QString studyUid;
  QString patientCode;
  QString modality;
  QString studyDate;
  QString seriesDescription;
  QString category;
  QString excludedReason;  // empty unless excluded
  QString addedAt, addedBy;
  std::vector<AssignmentRecord> assignments;
};

// The audit row written with a change.
struct AuditEntry {
  QString action;
  QString actor;
  QString patientCode;
  QString detail;
  QString project;
  QString seriesUid;
};

struct AuditRecord {
  qint64 id = 0;
  QString at, actor, action, patientCode, detail, project, seriesUid;
};

struct AuditFilter {
  QString actor, action, patientCode, project, seriesUid;
  QString from, to;  // ISO dates (inclusive), empty: open
};

// A label set to freeze as a revision in the same transaction as a status change.
struct FreezeRequest {
  LabelSetKey key;
  QString kind;
  QString note;
};

class ReadingStore {
public:
  explicit ReadingStore(CaseDatabase& db) : db_(db) {}
  CaseDatabase& database() { return db_; }

  // ---- people
  Result<std::vector<PersonRecord>> people();
  Result<std::optional<PersonRecord>> person(const QString& login);
  Status addPerson(const PersonRecord& person, const AuditEntry& audit);
  // Adds `person` only if the store has nobody yet, in one statement (two programs starting on
  // a new store at once: one is first); false when someone else was.
  Result<bool> addFirstPerson(const PersonRecord& person, const AuditEntry& audit);
  Status archivePerson(const QString& login, const AuditEntry& audit);

  // ---- projects
  Result<qint64> addProject(const ProjectRecord& project, const AuditEntry& audit);
  Result<std::vector<ProjectRecord>> projects();
  Result<std::optional<ProjectRecord>> project(const QString& name);
  Status archiveProject(qint64 id, const AuditEntry& audit);
  // The projects a series is a case of.
  Result<std::vector<ProjectRecord>> projectsOfSeries(const QString& seriesUid);

  // ---- cases
  // Adds the series not yet in the project; returns how many were added. Unknown series fail.
  Result<int> addCases(qint64 projectId, const QStringList& seriesUids, const QString& category, const AuditEntry& audit);
  // Cases of the project, with their assignments; `reader` non-empty: only that reader's.
  Result<std::vector<CaseRecord>> cases(qint64 projectId, const QString& reader = QString());
  Result<std::optional<CaseRecord>> caseOf(qint64 projectId, const QString& seriesUid);
  Status setExcluded(qint64 caseId, const QString& reason, const AuditEntry& audit);

  // ---- assignments
  Status addAssignment(qint64 caseId, const QString& reader, const AuditEntry& audit);
  // The reader's status becomes `status` (with `reason`), only if it is one of `from` now;
  // else a conflict failure naming the status found. `freeze`, if given, is frozen as a
  // revision in the same transaction.
  Status transition(qint64 caseId, const QString& reader, const QStringList& from, const QString& status, const QString& reason,
                    const AuditEntry& audit, const std::optional<FreezeRequest>& freeze = std::nullopt);

  // ---- audit
  Result<std::vector<AuditRecord>> audit(const AuditFilter& filter = {});
  // An audit row of an action that changes nothing here (an export, a consensus saved by LabelStore).
  Status writeAudit(const AuditEntry& entry);

private:
  CaseDatabase& db_;
};

}  // namespace rc
