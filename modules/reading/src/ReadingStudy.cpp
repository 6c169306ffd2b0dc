#include "reading/ReadingStudy.h"

#include "ConsensusBuilder.h"
#include "core/CsvText.h"
#include "core/LoginName.h"

#include <QFileInfo>

#include <sodium.h>

#include <algorithm>
#include <map>

namespace rc {

namespace reading {

QStringList statusOrder() {
  return {QStringLiteral("new"), assigned, inProgress, returned, submitted, inReview, accepted, QStringLiteral("excluded")};
}

QString statusText(const QString& status) {
  // The stored names, for lupdate; shown through the "ReadingStatus" context.
  static const char* const names[] = {QT_TRANSLATE_NOOP("ReadingStatus", "new"),       QT_TRANSLATE_NOOP("ReadingStatus", "assigned"),
                                      QT_TRANSLATE_NOOP("ReadingStatus", "in progress"), QT_TRANSLATE_NOOP("ReadingStatus", "returned"),
                                      QT_TRANSLATE_NOOP("ReadingStatus", "submitted"),   QT_TRANSLATE_NOOP("ReadingStatus", "in review"),
                                      QT_TRANSLATE_NOOP("ReadingStatus", "accepted"),    QT_TRANSLATE_NOOP("ReadingStatus", "excluded")};
  for (const char* name : names)
    if (status == QLatin1String(name)) return QCoreApplication::translate("ReadingStatus", name);
  return status;
}

bool isDone(const QString& status) { return status == submitted || status == inReview || status == accepted; }

QString caseStatus(const CaseRecord& c) {
  if (!c.excludedReason.isEmpty()) return QStringLiteral("excluded");
  if (c.assignments.empty()) return QStringLiteral("new");
  const QStringList order = statusOrder();
  int least = int(order.size());
  for (const AssignmentRecord& a : c.assignments) least = std::min(least, int(order.indexOf(a.status)));
  return least < order.size() ? order[least] : c.assignments.front().status;
}

}  // namespace reading

namespace {

bool everyReaderDone(const CaseRecord& c) {
  return !c.assignments.empty() &&
         std::all_of(c.assignments.begin(), c.assignments.end(), [](const AssignmentRecord& a) { return reading::isDone(a.status); });
}

const AssignmentRecord* assignmentOf(const CaseRecord& c, const QString& reader) {
  for (const AssignmentRecord& a : c.assignments)
    if (a.reader == reader) return &a;
  return nullptr;
}

// A login others can tell apart from the set names the store reserves.
Status checkLogin(const QString& login) {
  if (login.trimmed().isEmpty() || login != login.trimmed())
    return fail(ReadingStudy::tr("a login has no leading or trailing spaces and is not empty"));
  if (login == kConsensusReader) return fail(ReadingStudy::tr("\"%1\" names the consensus set; choose another login").arg(login));
  return Status::success();
}

// An archived project is over: its cases, readings and sets stay as they are.
Status stillOpen(const ProjectRecord& project) {
  if (project.archivedAt.isEmpty()) return Status::success();
  return fail(ReadingStudy::tr("project %1 was archived on %2; nothing in it changes any more").arg(project.name, project.archivedAt));
}

}  // namespace

Result<QString> hashPassword(const QString& password) {
  if (sodium_init() < 0) return fail(ReadingStudy::tr("libsodium could not be initialised"));
  const QByteArray utf8 = password.toUtf8();
  char hash[crypto_pwhash_STRBYTES];
  if (crypto_pwhash_str(hash, utf8.constData(), size_t(utf8.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                        crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
    return fail(ReadingStudy::tr("not enough memory to hash the password"));
  return QString::fromLatin1(hash);
}

bool passwordMatches(const QString& hash, const QString& password) {
  if (sodium_init() < 0) return false;
  const QByteArray h = hash.toLatin1(), utf8 = password.toUtf8();
  return crypto_pwhash_str_verify(h.constData(), utf8.constData(), size_t(utf8.size())) == 0;
}

std::vector<CategoryCount> cohortBalance(const ProjectRecord& project, const std::vector<CaseRecord>& cases) {
  std::map<QString, int> counts;
  for (const CaseRecord& c : cases)
    if (c.excludedReason.isEmpty()) ++counts[c.category];
  std::vector<CategoryCount> out;
  for (const auto& [category, target] : project.targets) out.push_back({category, counts[category], target});
  for (const auto& [category, n] : counts)
    if (std::none_of(project.targets.begin(), project.targets.end(), [&](const auto& t) { return t.first == category; }))
      out.push_back({category, n, std::nullopt});
  return out;
}

QByteArray auditCsv(const std::vector<AuditRecord>& rows) {
  QStringList lines{QStringLiteral("at,actor,action,patient,project,series,detail")};
  for (const AuditRecord& r : rows)
    lines << QStringList{csvField(r.at), csvField(r.actor), csvField(r.action), csvField(r.patientCode), csvField(r.project),
                         csvField(r.seriesUid), csvField(r.detail)}
                 .join(QLatin1Char(','));
  return (lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8();
}

Result<ConsensusSource> parseConsensusSource(const QString& text) {
  if (text == QLatin1String("majority")) return ConsensusSource{ConsensusSource::Majority, {}};
  if (text == QLatin1String("staple")) return ConsensusSource{ConsensusSource::Staple, {}};
  if (text.startsWith(QLatin1String("reader:")) && text.size() > 7) return ConsensusSource{ConsensusSource::Reader, text.mid(7)};
  return fail(ReadingStudy::tr("a consensus starts from \"majority\", \"staple\" or \"reader:LOGIN\", not \"%1\"").arg(text));
}

// ---- who acts

Result<ReadingStudy> ReadingStudy::open(CaseDatabase& db, const QString& login, const std::optional<QString>& password) {
  const QString who = login.isEmpty() ? loginName() : login;
  if (const Status ok = checkLogin(who); !ok) return fail(ok.error());
  ReadingStore store(db);
  const auto known = store.person(who);
  if (!known) return fail(known.error());
  if (!known->has_value()) {
    // The first person of a store runs it (of two starting at once, one is first).
    PersonRecord first;
    first.login = who;
    first.roles = {role::dataManager, role::reader, role::reviewer};
    const auto added = store.addFirstPerson(
        first, {QStringLiteral("person added"), who, {}, tr("first person of the store: %1").arg(first.roles.join(QStringLiteral(", "))), {}, {}});
    if (!added) return fail(added.error());
    if (!*added) return fail(tr("%1 is not one of this store's people; a data manager adds people (radcurator-cli people add)").arg(who));
    const auto again = store.person(who);
    if (!again || !again->has_value()) return fail(again ? tr("%1 could not be added").arg(who) : again.error());
    return ReadingStudy(db, **again);
  }
  const PersonRecord& person = **known;
  if (!person.archivedAt.isEmpty()) return fail(tr("%1 was archived on %2 and can no longer act").arg(who, person.archivedAt));
  if (person.kind == QLatin1String("model")) return fail(tr("%1 is a model, not a person: a person acts for it").arg(who));
  if (!person.passwordHash.isEmpty()) {
    if (!password) return fail(tr("%1 has a password: give it").arg(who));
    if (!passwordMatches(person.passwordHash, *password)) return fail(tr("wrong password for %1").arg(who));
  }
  return ReadingStudy(db, person);
}

Status ReadingStudy::require(const QString& role, const QString& what) const {
  if (actorHas(role)) return Status::success();
  return fail(tr("%1 may not %2: that needs the role %3").arg(actor_.login, what, role));
}

AuditEntry ReadingStudy::entry(const QString& action, const ProjectRecord& project, const CaseRecord& c, const QString& detail) const {
  return {action, actor_.login, c.patientCode, detail, project.name, c.seriesUid};
}

Status ReadingStudy::audit(const QString& action, const ProjectRecord& project, const QString& seriesUid, const QString& detail) {
  QString patient;
  if (!seriesUid.isEmpty()) {
    const auto c = store_.caseOf(project.id, seriesUid);
    if (c && c->has_value()) patient = c.value()->patientCode;
  }
  return store_.writeAudit(AuditEntry{action, actor_.login, patient, detail, project.name, seriesUid});
}

// ---- people and projects

Status ReadingStudy::addPerson(const QString& login, const QString& displayName, const QStringList& roles, const QString& password,
                               const QString& kind, const QString& modelVersion) {
  if (const Status ok = require(role::dataManager, tr("add people")); !ok) return ok;
  if (const Status ok = checkLogin(login); !ok) return ok;
  for (const QString& r : roles)
    if (r != role::reader && r != role::reviewer && r != role::dataManager)
      return fail(tr("unknown role \"%1\" (reader, reviewer, data-manager)").arg(r));
  if (kind == QLatin1String("model") && roles != QStringList{role::reader})
    return fail(tr("a model can only be a reader"));
  PersonRecord p;
  p.login = login;
  p.displayName = displayName;
  p.kind = kind;
  p.modelVersion = modelVersion;
  p.roles = roles;
  if (!password.isEmpty()) {
    const auto hash = hashPassword(password);
    if (!hash) return fail(hash.error());
    p.passwordHash = *hash;
  }
  const QString detail = kind == QLatin1String("model") ? tr("model %1 %2").arg(login, modelVersion)
                                                        : tr("%1 as %2").arg(login, roles.join(QStringLiteral(", ")));
  return store_.addPerson(p, {QStringLiteral("person added"), actor_.login, {}, detail, {}, {}});
}

Status ReadingStudy::archivePerson(const QString& login) {
  if (const Status ok = require(role::dataManager, tr("archive people")); !ok) return ok;
  if (login == actor_.login) return fail(tr("%1 cannot archive themselves").arg(login));
  const auto person = store_.person(login);
  if (!person) return fail(person.error());
  if (!person->has_value()) return fail(tr("%1 is not one of this store's people").arg(login));
  return store_.archivePerson(login, {QStringLiteral("person archived"), actor_.login, {}, login, {}, {}});
}

Status ReadingStudy::archiveProject(const ProjectRecord& project) {
  if (const Status ok = require(role::dataManager, tr("archive projects")); !ok) return ok;
  return store_.archiveProject(project.id, {QStringLiteral("project archived"), actor_.login, {}, project.name, project.name, {}});
}

Result<qint64> ReadingStudy::createProject(const ProjectRecord& project) {
  if (const Status ok = require(role::dataManager, tr("create projects")); !ok) return fail(ok.error());
  if (project.name.trimmed().isEmpty()) return fail(tr("a project needs a name"));
  if (project.readersPerCase < 1) return fail(tr("a project needs one reader per case or more"));
  const auto existing = store_.project(project.name);
  if (!existing) return fail(existing.error());
  if (existing->has_value()) return fail(tr("there is already a project \"%1\"").arg(project.name));
  QStringList targets;
  for (const auto& [category, n] : project.targets) targets << QStringLiteral("%1 %2").arg(category).arg(n);
  return store_.addProject(project, {QStringLiteral("project created"), actor_.login, {},
                                     tr("%1: %2 reader(s) per case%3%4; targets: %5")
                                         .arg(project.name)
                                         .arg(project.readersPerCase)
                                         .arg(project.blinded ? tr(", blinded") : QString(),
                                              project.reviewRequired ? tr(", review required") : QString(),
                                              targets.isEmpty() ? tr("none") : targets.join(QStringLiteral(", "))),
                                     project.name, {}});
}

Result<ProjectRecord> ReadingStudy::project(const QString& name) {
  const auto p = store_.project(name);
  if (!p) return fail(p.error());
  if (!p->has_value()) return fail(tr("there is no project \"%1\"").arg(name));
  return **p;
}

Result<int> ReadingStudy::addCases(const ProjectRecord& project, const QStringList& seriesUids, const QString& category) {
  if (const Status open = stillOpen(project); !open) return fail(open.error());
  if (const Status ok = require(role::dataManager, tr("add cases")); !ok) return fail(ok.error());
  if (!category.isEmpty() && !project.targets.empty() &&
      std::none_of(project.targets.begin(), project.targets.end(), [&](const auto& t) { return t.first == category; })) {
    QStringList known;
    for (const auto& t : project.targets) known << t.first;
    return fail(tr("project %1 has no category \"%2\" (%3)").arg(project.name, category, known.join(QStringLiteral(", "))));
  }
  return store_.addCases(project.id, seriesUids, category,
                         {QStringLiteral("cases added"), actor_.login, {},
                          tr("%n series%1", nullptr, int(seriesUids.size())).arg(category.isEmpty() ? QString() : tr(" as %1").arg(category)),
                          project.name, seriesUids.size() == 1 ? seriesUids.front() : QString()});
}

Result<CaseRecord> ReadingStudy::caseOf(const ProjectRecord& project, const QString& seriesUid) {
  const auto c = store_.caseOf(project.id, seriesUid);
  if (!c) return fail(c.error());
  if (!c->has_value()) return fail(tr("series %1 is not a case of project %2").arg(seriesUid, project.name));
  return **c;
}

Status ReadingStudy::exclude(const ProjectRecord& project, const QString& seriesUid, const QString& reason) {
  if (const Status open = stillOpen(project); !open) return open;
  if (const Status ok = require(role::dataManager, tr("exclude cases")); !ok) return ok;
  if (reason.trimmed().isEmpty()) return fail(tr("an exclusion needs a reason"));
  const auto c = caseOf(project, seriesUid);
  if (!c) return fail(c.error());
  return store_.setExcluded(c->id, reason, entry(QStringLiteral("case excluded"), project, *c, reason));
}

Status ReadingStudy::include(const ProjectRecord& project, const QString& seriesUid) {
  if (const Status open = stillOpen(project); !open) return open;
  if (const Status ok = require(role::dataManager, tr("include cases")); !ok) return ok;
  const auto c = caseOf(project, seriesUid);
  if (!c) return fail(c.error());
  return store_.setExcluded(c->id, QString(), entry(QStringLiteral("case included"), project, *c, c->excludedReason));
}

Result<PersonRecord> ReadingStudy::assignableReader(const QString& reader) {
  const auto person = store_.person(reader);
  if (!person) return fail(person.error());
  if (!person->has_value() || !person.value()->roles.contains(role::reader)) return fail(tr("%1 is not a reader of this store").arg(reader));
  if (!person.value()->archivedAt.isEmpty()) return fail(tr("%1 was archived").arg(reader));
  return **person;
}

Status ReadingStudy::assign(const ProjectRecord& project, const QString& seriesUid, const QString& reader) {
  if (const Status open = stillOpen(project); !open) return open;
  if (const Status ok = require(role::dataManager, tr("assign readers")); !ok) return ok;
  const auto person = assignableReader(reader);
  if (!person) return fail(person.error());
  const auto c = caseOf(project, seriesUid);
  if (!c) return fail(c.error());
  if (!c->excludedReason.isEmpty()) return fail(tr("the case is excluded (%1)").arg(c->excludedReason));
  if (assignmentOf(*c, reader)) return fail(tr("%1 already reads this case").arg(reader));
  // A model reads beside the people the design wants; it does not take a person's place.
  const bool model = person->kind == QLatin1String("model");
  const int people = int(std::count_if(c->assignments.begin(), c->assignments.end(), [&](const AssignmentRecord& a) {
    const auto p = store_.person(a.reader);
    return !(p && p->has_value() && p.value()->kind == QLatin1String("model"));
  }));
  if (!model && people >= project.readersPerCase)
    return fail(tr("the case already has the %n reader(s) project %1 wants", nullptr, project.readersPerCase).arg(project.name));
  return store_.addAssignment(c->id, reader, entry(QStringLiteral("reader assigned"), project, *c, reader));
}

Result<int> ReadingStudy::assignRoundRobin(const ProjectRecord& project, const QStringList& readers) {
  if (const Status open = stillOpen(project); !open) return fail(open.error());
  if (const Status ok = require(role::dataManager, tr("assign readers")); !ok) return fail(ok.error());
  if (readers.isEmpty()) return fail(tr("round robin needs readers"));
  if (readers.size() < project.readersPerCase)
    return fail(tr("project %1 wants %2 readers per case; %3 given").arg(project.name).arg(project.readersPerCase).arg(readers.size()));
  // Every reader is checked before anyone is assigned: a wrong login changes nothing.
  for (const QString& reader : readers) {
    const auto person = assignableReader(reader);
    if (!person) return fail(person.error());
    if (person->kind == QLatin1String("model")) return fail(tr("%1 is a model: its labels are imported, not assigned in turn").arg(reader));
  }
  const auto all = store_.cases(project.id);
  if (!all) return fail(all.error());
  int next = 0, made = 0;
  for (const CaseRecord& c : *all) {
    if (!c.excludedReason.isEmpty()) continue;
    int have = int(c.assignments.size());
    for (int tried = 0; have < project.readersPerCase && tried < readers.size(); ++tried) {
      const QString reader = readers[next];
      next = (next + 1) % int(readers.size());
      if (assignmentOf(c, reader)) continue;
      if (const Status ok = store_.addAssignment(c.id, reader, entry(QStringLiteral("reader assigned"), project, c, tr("%1 (round robin)").arg(reader)));
          !ok)
        return fail(ok.error());
      ++have, ++made;
    }
  }
  return made;
}

Result<std::vector<CaseRecord>> ReadingStudy::worklist(const ProjectRecord& project) {
  const bool seesAll = actorHas(role::dataManager) || actorHas(role::reviewer);
  auto cases = store_.cases(project.id, seesAll ? QString() : actor_.login);
  if (!cases) return cases;
  if (!seesAll)
    for (CaseRecord& c : *cases)
      c.assignments.erase(std::remove_if(c.assignments.begin(), c.assignments.end(),
                                         [&](const AssignmentRecord& a) { return a.reader != actor_.login; }),
                          c.assignments.end());
  return cases;
}

// ---- label sets

SetAccess ReadingStudy::access(const ProjectRecord& project, const CaseRecord& c, const QString& reader) const {
  const AssignmentRecord* own = assignmentOf(c, actor_.login);
  const bool staff = actorHas(role::reviewer) || actorHas(role::dataManager);
  const bool allDone = everyReaderDone(c);
  if (reader == actor_.login) {
    if (!own) return {false, true, tr("%1 is not assigned to this case").arg(actor_.login)};
    if (!c.excludedReason.isEmpty()) return {true, true, tr("the case is excluded (%1)").arg(c.excludedReason)};
    if (own->status == reading::assigned || own->status == reading::inProgress || own->status == reading::returned)
      return {true, false, QString()};
    return {true, true, tr("the reading is %1; a reviewer may return it").arg(own->status)};
  }
  // Someone else's set, or the consensus.
  if (own && project.blinded && !allDone)
    return {false, true, tr("blinded reading: the other readers' sets of this case stay hidden until every assigned reader has submitted")};
  if (reader == kConsensusReader) {
    if (!allDone) return {false, true, tr("the consensus starts once every assigned reader has submitted")};
    if (staff) return {true, false, QString()};
    return {own != nullptr, true, own ? QString() : tr("%1 is not assigned to this case").arg(actor_.login)};
  }
  const AssignmentRecord* theirs = assignmentOf(c, reader);
  if (!theirs) return {false, true, tr("%1 is not assigned to this case").arg(reader)};
  if (staff) return {true, true, reading::isDone(theirs->status) ? QString() : tr("the reading is %1, not yet submitted").arg(theirs->status)};
  if (own) return {true, true, QString()};
  return {false, true, tr("%1 is not assigned to this case").arg(actor_.login)};
}

Result<std::optional<StoredLabels>> ReadingStudy::openSet(const ProjectRecord& project, const QString& seriesUid, const QString& reader) {
  const auto c = caseOf(project, seriesUid);
  if (!c) return fail(c.error());
  const SetAccess a = access(project, *c, reader);
  if (!a.canOpen) return fail(a.reason);
  return labels_.load(LabelSetKey{seriesUid, project.id, reader});
}

Result<std::vector<LabelSetSummary>> ReadingStudy::sets(const ProjectRecord& project, const QString& seriesUid) {
  const auto c = caseOf(project, seriesUid);
  if (!c) return fail(c.error());
  auto all = labels_.setsOf(seriesUid, project.id);
  if (!all) return all;
  all->erase(std::remove_if(all->begin(), all->end(), [&](const LabelSetSummary& s) { return !access(project, *c, s.key.reader).canOpen; }),
             all->end());
  return all;
}

Result<qint64> ReadingStudy::saveOwnSet(const ProjectRecord& project, const QString& seriesUid, const LabelSet& labels,
                                        const std::set<int>& changedSegments, std::optional<qint64> basedOn) {
  if (const Status open = stillOpen(project); !open) return fail(open.error());
  const auto c = caseOf(project, seriesUid);
  if (!c) return fail(c.error());
  const SetAccess a = access(project, *c, actor_.login);
  if (!a.canOpen || a.readOnly) return fail(a.reason);
  const auto saved = labels_.save(LabelSetKey{seriesUid, project.id, actor_.login}, labels, changedSegments, basedOn, actor_.login);
  if (!saved) return saved;
  if (const Status started = startReading(project, seriesUid); !started) return fail(started.error());
  return saved;
}

Status ReadingStudy::startReading(const ProjectRecord& project, const QString& seriesUid) {
  const auto c = caseOf(project, seriesUid);
  if (!c) return fail(c.error());
  const AssignmentRecord* own = assignmentOf(*c, actor_.login);
  if (!own) return fail(tr("%1 is not assigned to this case").arg(actor_.login));
  if (own->status == reading::inProgress) return Status::success();
  return store_.transition(c->id, actor_.login, {reading::assigned, reading::returned}, reading::inProgress, QString(),
                           entry(QStringLiteral("reading started"), project, *c, QString()));
}

Status ReadingStudy::submit(const ProjectRecord& project, const QString& seriesUid) {
  if (const Status open = stillOpen(project); !open) return open;
  const auto c = caseOf(project, seriesUid);
  if (!c) return fail(c.error());
  if (!assignmentOf(*c, actor_.login)) return fail(tr("%1 is not assigned to this case").arg(actor_.login));
  if (!c->excludedReason.isEmpty()) return fail(tr("the case is excluded (%1)").arg(c->excludedReason));
  const LabelSetKey key{seriesUid, project.id, actor_.login};
  const auto revision = labels_.revision(key);
  if (!revision) return fail(revision.error());
  if (*revision == 0) {
    // Read and found nothing: an empty set is still a reading, frozen like any other.
    LabelSet empty;
    empty.seriesInstanceUid = seriesUid;
    if (const auto saved = labels_.save(key, empty, {}, qint64(0), actor_.login); !saved) return fail(saved.error());
  }
  return store_.transition(c->id, actor_.login, {reading::assigned, reading::inProgress, reading::returned}, reading::submitted, QString(),
                           entry(QStringLiteral("reading submitted"), project, *c, QString()),
                           FreezeRequest{key, QStringLiteral("submitted"), QString()});
}

Status ReadingStudy::mayImport(const ProjectRecord& project, const QString& seriesUid, const QString& reader) {
  if (const Status open = stillOpen(project); !open) return open;
  if (reader == kConsensusReader) return fail(tr("a consensus is made from the readers' sets (consensus), not imported"));
  const auto person = store_.person(reader);
  if (!person) return fail(person.error());
  if (!person->has_value()) return fail(tr("%1 is not one of this store's people").arg(reader));
  const auto c = caseOf(project, seriesUid);
  if (!c) return fail(c.error());
  if (person.value()->kind == QLatin1String("model")) {
    if (const Status ok = require(role::dataManager, tr("import a model's labels")); !ok) return ok;
    const AssignmentRecord* theirs = assignmentOf(*c, reader);
    if (theirs && theirs->status != reading::assigned) return fail(tr("%1 has read this case already (%2)").arg(reader, theirs->status));
    return Status::success();
  }
  if (reader != actor_.login) return fail(tr("%1 may import labels only into their own set, not %2's").arg(actor_.login, reader));
  const SetAccess a = access(project, *c, reader);
  if (!a.canOpen || a.readOnly) return fail(a.reason);
  return Status::success();
}

Status ReadingStudy::imported(const ProjectRecord& project, const QString& seriesUid, const QString& reader, const QString& file) {
  const auto person = store_.person(reader);
  if (!person || !person->has_value()) return fail(person ? tr("%1 is not one of this store's people").arg(reader) : person.error());
  auto c = caseOf(project, seriesUid);
  if (!c) return fail(c.error());
  if (person.value()->kind == QLatin1String("model")) {
    if (!assignmentOf(*c, reader)) {
      if (const Status ok = assign(project, seriesUid, reader); !ok) return ok;
      c = caseOf(project, seriesUid);
      if (!c) return fail(c.error());
    }
    return store_.transition(c->id, reader, {reading::assigned}, reading::submitted, QString(),
                             entry(QStringLiteral("labels imported"), project, *c,
                                   tr("%1 %2 from %3").arg(reader, person.value()->modelVersion, QFileInfo(file).fileName())),
                             FreezeRequest{LabelSetKey{seriesUid, project.id, reader}, QStringLiteral("imported"), QFileInfo(file).fileName()});
  }
  const AssignmentRecord* own = assignmentOf(*c, reader);
  if (own && own->status != reading::inProgress)
    return store_.transition(c->id, reader, {reading::assigned, reading::returned}, reading::inProgress, QString(),
                             entry(QStringLiteral("labels imported"), project, *c, QFileInfo(file).fileName()));
  return store_.writeAudit(entry(QStringLiteral("labels imported"), project, *c, QFileInfo(file).fileName()));
}

// ---- review

Status ReadingStudy::review(const ProjectRecord& project, const QString& seriesUid, const QString& reader, const QStringList& from,
                            const QString& to, const QString& reason, const QString& action) {
  if (const Status open = stillOpen(project); !open) return open;
  if (const Status ok = require(role::reviewer, tr("review")); !ok) return ok;
  if (reader == actor_.login) return fail(tr("%1 cannot review their own reading").arg(reader));
  const auto c = caseOf(project, seriesUid);
  if (!c) return fail(c.error());
  if (assignmentOf(*c, actor_.login) && project.blinded && !everyReaderDone(*c))
    return fail(tr("blinded reading: %1 reads this case too and has not seen the others' sets").arg(actor_.login));
  return store_.transition(c->id, reader, from, to, reason, entry(action, project, *c, reason.isEmpty() ? reader : reader + QStringLiteral(": ") + reason));
}

Status ReadingStudy::startReview(const ProjectRecord& project, const QString& seriesUid, const QString& reader) {
  return review(project, seriesUid, reader, {reading::submitted}, reading::inReview, QString(), QStringLiteral("review started"));
}

Status ReadingStudy::accept(const ProjectRecord& project, const QString& seriesUid, const QString& reader, const QString& comment) {
  return review(project, seriesUid, reader, {reading::submitted, reading::inReview}, reading::accepted, comment,
                QStringLiteral("reading accepted"));
}

Status ReadingStudy::returnToReader(const ProjectRecord& project, const QString& seriesUid, const QString& reader, const QString& reason) {
  if (reason.trimmed().isEmpty()) return fail(tr("returning a reading needs a comment for the reader"));
  return review(project, seriesUid, reader, {reading::submitted, reading::inReview}, reading::returned, reason,
                QStringLiteral("reading returned"));
}

Status ReadingStudy::correct(const ProjectRecord& project, const QString& seriesUid, const QString& reader, const LabelSet& corrected,
                             const QString& note) {
  if (const Status open = stillOpen(project); !open) return open;
  if (const Status ok = require(role::reviewer, tr("correct readings")); !ok) return ok;
  if (reader == actor_.login) return fail(tr("%1 cannot review their own reading").arg(reader));
  const auto c = caseOf(project, seriesUid);
  if (!c) return fail(c.error());
  const AssignmentRecord* theirs = assignmentOf(*c, reader);
  if (!theirs || !(theirs->status == reading::submitted || theirs->status == reading::inReview))
    return fail(tr("only a submitted reading can be corrected; %1's is %2").arg(reader, theirs ? theirs->status : tr("not assigned")));
  const LabelSetKey key{seriesUid, project.id, reader};
  std::set<int> every;
  for (const Segment& s : corrected.segments) every.insert(s.number);
  if (const auto saved = labels_.save(key, corrected, every, std::nullopt, actor_.login); !saved) return fail(saved.error());
  return store_.transition(c->id, reader, {reading::submitted, reading::inReview}, reading::accepted, note,
                           entry(QStringLiteral("reading corrected"), project, *c, note.isEmpty() ? reader : reader + QStringLiteral(": ") + note),
                           FreezeRequest{key, QStringLiteral("corrected"), note});
}

// ---- consensus and what leaves

Result<qint64> ReadingStudy::makeConsensus(const ProjectRecord& project, const QString& seriesUid, const ConsensusSource& source) {
  if (const Status open = stillOpen(project); !open) return fail(open.error());
  if (!actorHas(role::reviewer) && !actorHas(role::dataManager))
    return fail(tr("%1 may not make a consensus: that needs the role reviewer or data-manager").arg(actor_.login));
  const auto c = caseOf(project, seriesUid);
  if (!c) return fail(c.error());
  if (!everyReaderDone(*c)) return fail(tr("the consensus starts once every assigned reader has submitted"));
  std::vector<ReaderLabels> readers;
  for (const AssignmentRecord& a : c->assignments) {
    const auto stored = labels_.load(LabelSetKey{seriesUid, project.id, a.reader});
    if (!stored) return fail(stored.error());
    if (!stored->has_value()) return fail(tr("%1 submitted no label set").arg(a.reader));
    readers.push_back({a.reader, std::move(stored.value()->labels)});
  }
  auto built = buildConsensus(readers, source, seriesUid);
  if (!built) return fail(built.error());
  const LabelSetKey key{seriesUid, project.id, kConsensusReader};
  const auto saved = labels_.replace(key, *built, actor_.login);
  if (!saved) return saved;
  const QString how = source.kind == ConsensusSource::Reader ? tr("from the set of %1").arg(source.reader)
                      : source.kind == ConsensusSource::Majority ? tr("majority vote of %n reader(s)", nullptr, int(readers.size()))
                                                                  : tr("STAPLE of %n reader(s)", nullptr, int(readers.size()));
  if (const auto frozen = labels_.freeze(key, QStringLiteral("consensus"), actor_.login, how); !frozen) return fail(frozen.error());
  if (const Status audited = store_.writeAudit(entry(QStringLiteral("consensus made"), project, *c, how)); !audited) return fail(audited.error());
  return saved;
}

Result<std::optional<FinalLabels>> ReadingStudy::finalLabels(const ProjectRecord& project, const QString& seriesUid) {
  const auto c = caseOf(project, seriesUid);
  if (!c) return fail(c.error());
  if (!c->excludedReason.isEmpty()) return std::optional<FinalLabels>();
  const LabelSetKey consensus{seriesUid, project.id, kConsensusReader};
  const auto stored = labels_.load(consensus);
  if (!stored) return fail(stored.error());
  if (stored->has_value()) return std::optional<FinalLabels>(FinalLabels{consensus, QStringLiteral("consensus"), **stored});
  // Without a consensus: the one reading that counts, in a design of one reader per case (a
  // model's set never counts by itself: a person reads beside it).
  if (project.readersPerCase > 1) return std::optional<FinalLabels>();
  const AssignmentRecord* counted = nullptr;
  QString how;
  for (const AssignmentRecord& a : c->assignments) {
    const auto person = store_.person(a.reader);
    if (!person) return fail(person.error());
    if (person->has_value() && person.value()->kind == QLatin1String("model")) continue;
    const bool counts = a.status == reading::accepted || (!project.reviewRequired && reading::isDone(a.status));
    if (!counts) continue;
    if (counted) return std::optional<FinalLabels>();  // several readings and no consensus yet
    counted = &a;
    how = a.status == reading::accepted ? QStringLiteral("accepted (%1)").arg(a.reader) : QStringLiteral("submitted (%1)").arg(a.reader);
  }
  if (!counted) return std::optional<FinalLabels>();
  const LabelSetKey key{seriesUid, project.id, counted->reader};
  const auto theirs = labels_.load(key);
  if (!theirs) return fail(theirs.error());
  if (!theirs->has_value()) return std::optional<FinalLabels>();
  return std::optional<FinalLabels>(FinalLabels{key, how, **theirs});
}

}  // namespace rc
