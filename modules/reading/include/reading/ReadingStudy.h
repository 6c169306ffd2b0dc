#pragma once
// A reading study run on a store: who may do what, and in which order.
//
// Every action is done by a named person (the actor): the OS login unless another login is
// given, checked against the store's people; a person with a local password must give it.
// The first person to act on a store that has no people becomes its data manager (and
// reader and reviewer), so a store keeps working as before until someone adds people.
//
// Roles: a data manager makes projects, adds cases and people and assigns readers; a reader
// reads the cases assigned to them (one label set per reader per case); a reviewer accepts,
// returns or corrects submitted sets and makes the consensus.
//
// A reader's status on a case goes
//     assigned -> in progress -> submitted -> [in review ->] accepted
//                                          -> returned -> in progress -> submitted ...
// Submitting freezes the set as a revision; a reviewer's correction is a new revision under
// the reviewer's name (the reader's stays). In a blinded project, nobody who reads the case
// sees another reader's set of it (open, list, export, agreement) until every assigned reader
// has submitted.

#include "core/Labels.h"
#include "core/Result.h"
#include "storage/LabelStore.h"
#include "storage/ReadingStore.h"

#include <QCoreApplication>

#include <optional>
#include <vector>

namespace rc {

namespace role {
inline const QString reader = QStringLiteral("reader");
inline const QString reviewer = QStringLiteral("reviewer");
inline const QString dataManager = QStringLiteral("data-manager");
}  // namespace role

namespace reading {
inline const QString assigned = QStringLiteral("assigned");
inline const QString inProgress = QStringLiteral("in progress");
inline const QString submitted = QStringLiteral("submitted");
inline const QString inReview = QStringLiteral("in review");
inline const QString accepted = QStringLiteral("accepted");
inline const QString returned = QStringLiteral("returned");
// Statuses in the order a worklist shows them; "new" and "excluded" are of a case, not a reader.
QStringList statusOrder();
// The status a worklist shows for a case: excluded, new (nobody assigned), or the least
// advanced of its readers' statuses.
QString caseStatus(const CaseRecord& c);
bool isDone(const QString& status);  // submitted, in review or accepted
// A status as the user's language says it (the stored names are English).
QString statusText(const QString& status);
}  // namespace reading

// Hashes a local account's password for the store (libsodium crypto_pwhash_str, interactive
// limits: an account is checked each time someone acts, so it must not take a second).
Result<QString> hashPassword(const QString& password);
bool passwordMatches(const QString& hash, const QString& password);

// Cohort balance: the cases (not excluded) per inclusion category against the project's
// targets, the targeted categories first in the project's order.
struct CategoryCount {
  QString category;
  int cases = 0;
  std::optional<int> target;
  bool isShort() const { return target && cases < *target; }
};
std::vector<CategoryCount> cohortBalance(const ProjectRecord& project, const std::vector<CaseRecord>& cases);

// The audit rows as CSV (formula-safe cells), a header first.
QByteArray auditCsv(const std::vector<AuditRecord>& rows);

// How a consensus starts.
struct ConsensusSource {
  enum Kind { Reader, Majority, Staple } kind = Majority;
  QString reader;  // Kind::Reader
};
Result<ConsensusSource> parseConsensusSource(const QString& text);  // "reader:LOGIN", "majority", "staple"

// The labels that leave the store for a case of a project, and which set they are.
struct FinalLabels {
  LabelSetKey key;
  QString source;  // "consensus", "accepted (alice)", "submitted (alice)"
  StoredLabels stored;
};

// What the actor may do with a reader's set of a case.
struct SetAccess {
  bool canOpen = false;
  bool readOnly = true;
  QString reason;  // why not (or why read-only)
};

class ReadingStudy {
  Q_DECLARE_TR_FUNCTIONS(ReadingStudy)

public:
  // The study layer of `db` for `login` (empty: the OS login). `password` must be given for
  // a person with a local password.
  static Result<ReadingStudy> open(CaseDatabase& db, const QString& login = QString(),
                                   const std::optional<QString>& password = std::nullopt);

  // A person open() already checked, on another connection to the store (a worker thread's,
  // which holds a copy of the person, not the study of the GUI thread).
  static ReadingStudy continueAs(CaseDatabase& db, const PersonRecord& checked) { return ReadingStudy(db, checked); }

  const PersonRecord& actor() const { return actor_; }
  bool actorHas(const QString& role) const { return actor_.roles.contains(role); }
  ReadingStore& store() { return store_; }

  // ---- people (data manager)
  // `kind` "model": an AI model as a reader (login = its name); its labels stay unverified
  // until a person confirms them.
  Status addPerson(const QString& login, const QString& displayName, const QStringList& roles, const QString& password = QString(),
                   const QString& kind = QStringLiteral("person"), const QString& modelVersion = QString());

  // A person or model leaves the study: archived, never deleted (their sets, revisions and
  // audit rows stay, and are listed); they can no longer act or be assigned.
  Status archivePerson(const QString& login);

  // ---- projects (data manager)
  Result<qint64> createProject(const ProjectRecord& project);
  Result<ProjectRecord> project(const QString& name);
  // A project that is over: archived with its cases and every label set, never deleted.
  Status archiveProject(const ProjectRecord& project);
  Result<int> addCases(const ProjectRecord& project, const QStringList& seriesUids, const QString& category);
  Status exclude(const ProjectRecord& project, const QString& seriesUid, const QString& reason);
  Status include(const ProjectRecord& project, const QString& seriesUid);
  Status assign(const ProjectRecord& project, const QString& seriesUid, const QString& reader);
  // Gives every case that has fewer readers than the design wants the next of `readers` in
  // turn (skipping one already on it); returns the number of assignments made.
  Result<int> assignRoundRobin(const ProjectRecord& project, const QStringList& readers);

  // The cases the actor may see: a reader who is neither data manager nor reviewer sees only
  // the cases assigned to them, and only their own assignment on each.
  Result<std::vector<CaseRecord>> worklist(const ProjectRecord& project);

  // ---- label sets
  SetAccess access(const ProjectRecord& project, const CaseRecord& c, const QString& reader) const;
  Result<std::optional<StoredLabels>> openSet(const ProjectRecord& project, const QString& seriesUid, const QString& reader);
  // The reader's sets the actor may list (blinding applies).
  Result<std::vector<LabelSetSummary>> sets(const ProjectRecord& project, const QString& seriesUid);
  // Saves the actor's own set (status becomes "in progress"); the revision is as LabelStore::save.
  Result<qint64> saveOwnSet(const ProjectRecord& project, const QString& seriesUid, const LabelSet& labels,
                            const std::set<int>& changedSegments, std::optional<qint64> basedOn);
  Status submit(const ProjectRecord& project, const QString& seriesUid);
  // The actor's reading of the case is under way (assigned or returned -> in progress; nothing
  // when it already is): called when the reader's first edit is saved.
  Status startReading(const ProjectRecord& project, const QString& seriesUid);

  // Labels from a file (SEG/SR) into a reader's set: the actor's own set while it is open
  // for editing, or a model's set (data manager; the model is assigned to the case if it is
  // not yet). Asked before anything is stored...
  Status mayImport(const ProjectRecord& project, const QString& seriesUid, const QString& reader);
  // ...and after: a person's reading is then in progress; a model's is done, frozen as an
  // "imported" revision (its segments stay unverified until a person confirms them).
  Status imported(const ProjectRecord& project, const QString& seriesUid, const QString& reader, const QString& file);

  // ---- review (reviewer)
  Status startReview(const ProjectRecord& project, const QString& seriesUid, const QString& reader);
  Status accept(const ProjectRecord& project, const QString& seriesUid, const QString& reader, const QString& comment = QString());
  Status returnToReader(const ProjectRecord& project, const QString& seriesUid, const QString& reader, const QString& reason);
  // The reviewer's corrected set, saved over the reader's and frozen as a "corrected"
  // revision under the reviewer's name; the reading is then accepted.
  Status correct(const ProjectRecord& project, const QString& seriesUid, const QString& reader, const LabelSet& corrected,
                 const QString& note);

  // ---- consensus (reviewer or data manager; every assigned reader must have submitted)
  Result<qint64> makeConsensus(const ProjectRecord& project, const QString& seriesUid, const ConsensusSource& source);

  // The consensus set if there is one; else, in a design of one reader per case, that
  // person's accepted (or, without required review, submitted) set; nullopt when the case has
  // none yet.
  Result<std::optional<FinalLabels>> finalLabels(const ProjectRecord& project, const QString& seriesUid);

  Status audit(const QString& action, const ProjectRecord& project, const QString& seriesUid, const QString& detail);

private:
  ReadingStudy(CaseDatabase& db, PersonRecord actor) : db_(&db), store_(db), labels_(db), actor_(std::move(actor)) {}
  Status require(const QString& role, const QString& what) const;
  // A person who may be given a reading: known, a reader, not archived.
  Result<PersonRecord> assignableReader(const QString& reader);
  Result<CaseRecord> caseOf(const ProjectRecord& project, const QString& seriesUid);
  AuditEntry entry(const QString& action, const ProjectRecord& project, const CaseRecord& c, const QString& detail) const;
  Status review(const ProjectRecord& project, const QString& seriesUid, const QString& reader, const QStringList& from,
                const QString& to, const QString& reason, const QString& action);

  CaseDatabase* db_;
  ReadingStore store_;
  LabelStore labels_;
  PersonRecord actor_;
};

}  // namespace rc
