// Reading studies from the command line: people, projects, cases, assignments, the worklist,
// submit, review, consensus, agreement and the audit log. Every command acts as a named person
// (--as LOGIN, default the OS login; a local password from --as-password-file or
// RADCURATOR_PASSWORD).

#include "Commands.h"
#include "core/Files.h"
#include "reading/ReadingStudy.h"
#include "reading/StudyAgreement.h"

#include <QFile>
#include <QFileInfo>

namespace rc::cli {

namespace {

std::optional<ProjectRecord> projectNamed(ReadingStudy& study, const QString& name) {
  const auto p = study.project(name);
  if (!p) {
    err() << "error: " << p.error() << "\n";
    return std::nullopt;
  }
  return *p;
}

// --all, --series UID..., --study UID...: the series they name.
Result<QStringList> chosenSeries(const Args& args, CaseDatabase& db) {
  QStringList out = args.values(QStringLiteral("series"));
  const QStringList studies = args.values(QStringLiteral("study"));
  if (args.has(QStringLiteral("all")) || !studies.isEmpty()) {
    const auto all = db.listSeries();
    if (!all) return fail(all.error());
    for (const SeriesSummary& s : *all)
      if (args.has(QStringLiteral("all")) || studies.contains(s.studyUid)) out << s.seriesUid;
    for (const QString& study : studies)
      if (std::none_of(all->begin(), all->end(), [&](const SeriesSummary& s) { return s.studyUid == study; }))
        return fail(QStringLiteral("no study %1 in the store").arg(study));
  }
  out.removeDuplicates();
  return out;
}

int projectCreate(const Args& args, Acting& a) {
  if (args.positional.size() != 2) return usage();
  ProjectRecord p;
  p.name = args.positional[1];
  bool ok = true;
  p.readersPerCase = args.value(QStringLiteral("readers"), QStringLiteral("1")).toInt(&ok);
  if (!ok || p.readersPerCase < 1) return failed(QStringLiteral("--readers takes a number of readers per case, 1 or more"));
  p.blinded = args.has(QStringLiteral("blinded"));
  p.reviewRequired = args.has(QStringLiteral("review"));
  // --template names the clinical record and case-sheet templates (chest, bone-scan, adc);
  // --vocabulary FILE.json the coded terms readers pick from (default: the store's).
  p.clinicalTemplate = args.value(QStringLiteral("template"));
  p.sheetTemplate = args.value(QStringLiteral("sheet-template"), p.clinicalTemplate);
  p.vocabulary = args.value(QStringLiteral("vocabulary"));
  if (!p.vocabulary.isEmpty()) p.vocabulary = QFileInfo(p.vocabulary).absoluteFilePath();
  for (const QString& target : args.values(QStringLiteral("target"))) {
    const int eq = target.lastIndexOf(QLatin1Char('='));
    const int count = eq > 0 ? target.mid(eq + 1).toInt(&ok) : -1;
    if (eq <= 0 || !ok || count < 0) return failed(QStringLiteral("--target takes CATEGORY=COUNT, not \"%1\"").arg(target));
    p.targets.emplace_back(target.left(eq), count);
  }
  const auto id = a.study->createProject(p);
  if (!id) return failed(id.error());
  out() << "project\t" << p.name << "\t" << *id << "\n";
  return 0;
}

int projectList(Acting& a) {
  const auto projects = a.study->store().projects();
  if (!projects) return failed(projects.error());
  for (const ProjectRecord& p : *projects) {
    const auto cases = a.study->store().cases(p.id);
    if (!cases) return failed(cases.error());
    QStringList targets;
    for (const CategoryCount& b : cohortBalance(p, *cases))
      if (b.target) targets << QStringLiteral("%1 %2/%3").arg(b.category).arg(b.cases).arg(*b.target);
    out() << "project\t" << p.name << "\t" << p.readersPerCase << " reader(s)" << (p.blinded ? "\tblinded" : "\topen")
          << (p.reviewRequired ? "\treview" : "\tno review") << "\t" << cases->size() << " cases\t" << targets.join(QStringLiteral(", "))
          << (p.archivedAt.isEmpty() ? QString() : QStringLiteral("\tarchived ") + p.archivedAt) << "\n";
  }
  return 0;
}

int projectAddCases(const Args& args, Acting& a) {
  if (args.positional.size() != 2) return usage();
  const auto p = projectNamed(*a.study, args.positional[1]);
  if (!p) return 1;
  const auto series = chosenSeries(args, *a.db);
  if (!series) return failed(series.error());
  if (series->isEmpty()) return failed(QStringLiteral("name the cases: --all, --series UID or --study UID"));
  const auto added = a.study->addCases(*p, *series, args.value(QStringLiteral("category")));
  if (!added) return failed(added.error());
  out() << "added\t" << *added << "\tof " << series->size() << " series\n";
  return 0;
}

// Cohort balance: cases per category against the targets, and with/without findings.
int projectBalance(const Args& args, Acting& a) {
  if (args.positional.size() != 2) return usage();
  const auto p = projectNamed(*a.study, args.positional[1]);
  if (!p) return 1;
  const auto cases = a.study->store().cases(p->id);
  if (!cases) return failed(cases.error());
  int withFindings = 0, withoutFindings = 0, undecided = 0;
  for (const CaseRecord& c : *cases) {
    if (!c.excludedReason.isEmpty()) continue;
    const auto final = a.study->finalLabels(*p, c.seriesUid);
    if (!final || !final->has_value()) ++undecided;
    else if (final->value().stored.labels.findings.empty() && final->value().stored.labels.segments.empty()) ++withoutFindings;
    else ++withFindings;
  }
  const std::vector<CategoryCount> balance = cohortBalance(*p, *cases);
  for (const CategoryCount& b : balance)
    out() << "category\t" << (b.category.isEmpty() ? QStringLiteral("(none)") : b.category) << "\t" << b.cases << "\t"
          << (b.target ? QString::number(*b.target) : QStringLiteral("-")) << (b.isShort() ? "\tshort" : "") << "\n";
  out() << "findings\twith " << withFindings << "\twithout " << withoutFindings << "\tnot final " << undecided << "\n";
  for (const CategoryCount& b : balance)
    if (b.isShort()) err() << "warning: " << b.category << ": " << b.cases << " of the " << *b.target << " cases wanted\n";
  return 0;
}

int people(const Args& args, Acting& a) {
  const QString sub = args.positional.value(0);
  if (sub == QLatin1String("list")) {
    const auto all = a.study->store().people();
    if (!all) return failed(all.error());
    for (const PersonRecord& p : *all)
      out() << "person\t" << p.login << "\t" << p.kind << "\t" << p.roles.join(QLatin1Char(',')) << "\t" << p.displayName
            << (p.modelVersion.isEmpty() ? QString() : QStringLiteral("\t") + p.modelVersion)
            << (p.archivedAt.isEmpty() ? QString() : QStringLiteral("\tarchived ") + p.archivedAt) << "\n";
    return 0;
  }
  if (sub == QLatin1String("archive") && args.positional.size() == 2) {
    if (const Status archived = a.study->archivePerson(args.positional[1]); !archived) return failed(archived.error());
    out() << "archived\t" << args.positional[1] << "\n";
    return 0;
  }
  if (sub == QLatin1String("add") && args.positional.size() == 2) {
    QString password;
    if (args.has(QStringLiteral("new-password-file"))) {
      QFile file(args.value(QStringLiteral("new-password-file")));
      if (!file.open(QIODevice::ReadOnly)) return failed(QStringLiteral("%1: cannot read the password").arg(file.fileName()));
      password = QString::fromUtf8(file.readLine()).trimmed();
    }
    const QString model = args.value(QStringLiteral("model"));
    QStringList roles = args.value(QStringLiteral("role"), QStringLiteral("reader")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    const Status added = a.study->addPerson(args.positional[1], args.value(QStringLiteral("name")), roles, password,
                                            model.isEmpty() ? QStringLiteral("person") : QStringLiteral("model"), model);
    if (!added) return failed(added.error());
    out() << "person\t" << args.positional[1] << "\t" << roles.join(QLatin1Char(',')) << "\n";
    return 0;
  }
  return usage();
}

}  // namespace

int projectCommand(const Args& args) {
  Acting a;
  if (!act(args, a)) return 1;
  const QString sub = args.positional.value(0);
  if (sub == QLatin1String("create")) return projectCreate(args, a);
  if (sub == QLatin1String("list")) return projectList(a);
  if (sub == QLatin1String("add-cases")) return projectAddCases(args, a);
  if (sub == QLatin1String("balance")) return projectBalance(args, a);
  if (sub == QLatin1String("archive") && args.positional.size() == 2) {
    const auto p = projectNamed(*a.study, args.positional[1]);
    if (!p) return 1;
    if (const Status archived = a.study->archiveProject(*p); !archived) return failed(archived.error());
    out() << "archived\t" << p->name << "\n";
    return 0;
  }
  if (sub == QLatin1String("exclude") || sub == QLatin1String("include")) {
    if (args.positional.size() != 2 || !args.has(QStringLiteral("series"))) return usage();
    const auto p = projectNamed(*a.study, args.positional[1]);
    if (!p) return 1;
    const QString series = args.value(QStringLiteral("series"));
    const Status done = sub == QLatin1String("exclude") ? a.study->exclude(*p, series, args.value(QStringLiteral("reason")))
                                                        : a.study->include(*p, series);
    if (!done) return failed(done.error());
    out() << sub << "d\t" << series << "\n";
    return 0;
  }
  return usage();
}

int peopleCommand(const Args& args) {
  Acting a;
  if (!act(args, a)) return 1;
  return people(args, a);
}

int assignCommand(const Args& args) {
  if (args.positional.size() != 1) return usage();
  Acting a;
  if (!act(args, a)) return 1;
  const auto p = projectNamed(*a.study, args.positional[0]);
  if (!p) return 1;
  if (args.has(QStringLiteral("round-robin"))) {
    const auto made = a.study->assignRoundRobin(*p, args.value(QStringLiteral("round-robin")).split(QLatin1Char(','), Qt::SkipEmptyParts));
    if (!made) return failed(made.error());
    out() << "assigned\t" << *made << "\n";
    return 0;
  }
  const QString reader = args.value(QStringLiteral("reader"));
  if (reader.isEmpty()) return usage();
  QStringList series = args.values(QStringLiteral("series"));
  if (args.has(QStringLiteral("all"))) {
    const auto cases = a.study->store().cases(p->id);
    if (!cases) return failed(cases.error());
    for (const CaseRecord& c : *cases)
      if (c.excludedReason.isEmpty() && std::none_of(c.assignments.begin(), c.assignments.end(), [&](const AssignmentRecord& r) { return r.reader == reader; }))
        series << c.seriesUid;
  }
  if (series.isEmpty()) return failed(QStringLiteral("name the cases: --all or --series UID"));
  int made = 0, failures = 0;
  for (const QString& uid : series) {
    if (const Status ok = a.study->assign(*p, uid, reader); !ok) {
      err() << "error: " << uid << ": " << ok.error() << "\n";
      ++failures;
    } else {
      ++made;
    }
  }
  out() << "assigned\t" << made << "\n";
  return failures == 0 ? 0 : 1;
}

int worklistCommand(const Args& args) {
  if (args.positional.size() != 1) return usage();
  Acting a;
  if (!act(args, a)) return 1;
  const auto p = projectNamed(*a.study, args.positional[0]);
  if (!p) return 1;
  const auto cases = a.study->worklist(*p);
  if (!cases) return failed(cases.error());
  const QString reader = args.value(QStringLiteral("reader")), status = args.value(QStringLiteral("status"));
  for (const CaseRecord& c : *cases) {
    const QString caseStatus = reading::caseStatus(c);
    if (c.assignments.empty() || !c.excludedReason.isEmpty()) {
      if (reader.isEmpty() && (status.isEmpty() || status == caseStatus))
        out() << c.patientCode << "\t" << c.seriesUid << "\t-\t" << caseStatus << "\t" << c.category << "\n";
      continue;
    }
    for (const AssignmentRecord& r : c.assignments) {
      if ((!reader.isEmpty() && r.reader != reader) || (!status.isEmpty() && r.status != status)) continue;
      out() << c.patientCode << "\t" << c.seriesUid << "\t" << r.reader << "\t" << r.status << "\t" << c.category
            << (r.reason.isEmpty() ? QString() : QStringLiteral("\t") + r.reason) << "\n";
    }
  }
  return 0;
}

int submitCommand(const Args& args) {
  const QString series = args.value(QStringLiteral("series"));
  if (args.positional.size() != 1 || series.isEmpty()) return usage();
  Acting a;
  if (!act(args, a)) return 1;
  const auto p = projectNamed(*a.study, args.positional[0]);
  if (!p) return 1;
  if (const Status ok = a.study->submit(*p, series); !ok) return failed(ok.error());
  out() << "submitted\t" << series << "\t" << a.study->actor().login << "\n";
  return 0;
}

int reviewCommand(const Args& args) {
  const QString series = args.value(QStringLiteral("series")), reader = args.value(QStringLiteral("reader"));
  if (args.positional.size() != 2 || series.isEmpty() || reader.isEmpty()) return usage();
  Acting a;
  if (!act(args, a)) return 1;
  const auto p = projectNamed(*a.study, args.positional[0]);
  if (!p) return 1;
  const QString decision = args.positional[1], comment = args.value(QStringLiteral("comment"));
  Status done;
  if (decision == QLatin1String("accept")) done = a.study->accept(*p, series, reader, comment);
  else if (decision == QLatin1String("return")) done = a.study->returnToReader(*p, series, reader, comment);
  else if (decision == QLatin1String("start")) done = a.study->startReview(*p, series, reader);
  else return usage();
  if (!done) return failed(done.error());
  out() << decision << "\t" << series << "\t" << reader << "\n";
  return 0;
}

int consensusCommand(const Args& args) {
  const QString series = args.value(QStringLiteral("series")), from = args.value(QStringLiteral("from"));
  if (args.positional.size() != 1 || series.isEmpty() || from.isEmpty()) return usage();
  Acting a;
  if (!act(args, a)) return 1;
  const auto p = projectNamed(*a.study, args.positional[0]);
  if (!p) return 1;
  // "--from LOGIN" names a reader; "majority" and "staple" are methods.
  const auto source = parseConsensusSource(from == QLatin1String("majority") || from == QLatin1String("staple") || from.startsWith(QLatin1String("reader:"))
                                               ? from
                                               : QStringLiteral("reader:") + from);
  if (!source) return failed(source.error());
  const auto made = a.study->makeConsensus(*p, series, *source);
  if (!made) return failed(made.error());
  const auto stored = LabelStore(*a.db).load(LabelSetKey{series, p->id, kConsensusReader});
  const int segments = stored && stored->has_value() ? int(stored.value()->labels.segments.size()) : 0;
  out() << "consensus\t" << series << "\t" << from << "\t" << segments << " segments\n";
  return 0;
}

int agreementCommand(const Args& args) {
  if (args.positional.size() != 1) return usage();
  Acting a;
  if (!act(args, a)) return 1;
  const auto p = projectNamed(*a.study, args.positional[0]);
  if (!p) return 1;
  Progress progress;
  cancelOnInterrupt(&progress);
  const auto report = studyAgreement(*a.db, *a.study, *p, progress);
  cancelOnInterrupt(nullptr);
  if (!report) return failed(report.error());
  auto number = [](std::optional<double> v) { return v ? QString::number(*v, 'f', 4) : QStringLiteral("undefined"); };
  for (const CaseSegmentAgreement& s : report->segments) {
    const MaskAgreement& m = s.agreement;
    const QString hd = m.hd95State == DistanceState::Value      ? QString::number(m.hd95Mm, 'f', 3)
                       : m.hd95State == DistanceState::Infinite ? QStringLiteral("infinite (one mask empty)")
                                                                : QStringLiteral("undefined (both empty)");
    out() << "segment\t" << s.patientCode << "\t" << s.seriesUid << "\t" << s.structure << "\t" << s.readerA << "\t" << s.readerB
          << "\tdice " << number(m.dice) << "\thd95 " << hd << "\tvolume difference ml " << QString::number(m.volumeDifferenceMl(), 'f', 3) << "\n";
  }
  for (const CaseBoxAgreement& b : report->boxes)
    out() << "boxes\t" << b.patientCode << "\t" << b.seriesUid << "\t" << b.kind << "\t" << b.readerA << "\t" << b.readerB << "\tmatched "
          << b.matched << " of " << b.boxesA << "/" << b.boxesB << "\tmean iou " << number(b.meanIou) << "\n";
  for (const ItemAgreement& i : report->items) {
    out() << "project\t" << i.item << "\t" << i.statistic << "\t" << i.readers.join(QLatin1Char(',')) << "\t" << i.cases << " cases\t";
    if (i.limits)
      out() << "bias " << QString::number(i.limits->bias, 'f', 4) << "\tlimits " << QString::number(i.limits->lower, 'f', 4) << " .. "
            << QString::number(i.limits->upper, 'f', 4) << "\n";
    else
      out() << number(i.value) << "\n";
  }
  out() << "compared\t" << report->casesCompared << " cases\n";
  for (const QString& s : report->skipped) out() << "skipped\t" << s << "\n";
  if (args.has(QStringLiteral("csv"))) {
    if (const Status written = writeFileAtomically(args.value(QStringLiteral("csv")), agreementCsv(*report)); !written)
      return failed(written.error());
  }
  if (const Status audited = a.study->audit(QStringLiteral("agreement computed"), *p, QString(), QStringLiteral("%1 cases").arg(report->casesCompared));
      !audited)
    err() << "warning: not in the audit log: " << audited.error() << "\n";
  return 0;
}

int auditCommand(const Args& args) {
  if (!args.positional.isEmpty()) return usage();
  Acting a;
  if (!act(args, a)) return 1;
  if (!a.study->actorHas(role::dataManager) && !a.study->actorHas(role::reviewer))
    return failed(QStringLiteral("%1 may not read the audit log: that needs the role data-manager or reviewer").arg(a.study->actor().login));
  AuditFilter filter;
  filter.actor = args.value(QStringLiteral("actor"));
  filter.action = args.value(QStringLiteral("action"));
  filter.project = args.value(QStringLiteral("project"));
  filter.seriesUid = args.value(QStringLiteral("series"));
  filter.patientCode = args.value(QStringLiteral("patient"));
  filter.from = args.value(QStringLiteral("since"));
  const auto rows = a.study->store().audit(filter);
  if (!rows) return failed(rows.error());
  for (const AuditRecord& r : *rows)
    out() << r.at << "\t" << r.actor << "\t" << r.action << "\t" << r.patientCode << "\t" << r.project << "\t" << r.seriesUid << "\t"
          << r.detail << "\n";
  if (args.has(QStringLiteral("csv")))
    if (const Status written = writeFileAtomically(args.value(QStringLiteral("csv")), auditCsv(*rows)); !written) return failed(written.error());
  return 0;
}

}  // namespace rc::cli
