// radcurator-cli reports: diagnostic reports from the RIS, de-identified, matched to stored
// studies, reviewed and confirmed (reports/).

#include "CliSupport.h"
#include "Commands.h"
#include "core/LoginName.h"
#include "deid/CorrespondenceTable.h"
#include "reading/ReadingStudy.h"
#include "reports/ReportImport.h"
#include "reports/TextScrubber.h"
#include "storage/ReportStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rc::cli {

namespace {

Result<ReportMapping> mappingOf(const Args& args) {
  if (!args.has(QStringLiteral("map"))) return ReportMapping::usual();
  QFile f(args.value(QStringLiteral("map")));
  if (!f.open(QIODevice::ReadOnly)) return fail(QStringLiteral("%1: cannot read").arg(f.fileName()));
  return ReportMapping::fromJson(f.readAll(), f.fileName());
}

// The cleaned text of a source and what was replaced, for checking it before it is imported:
// the store's table and profile when there is a store, the rules alone otherwise.
int scrub(const Args& args) {
  if (args.positional.size() != 2) return usage();
  const QString path = args.positional[1];
  const auto scrubber = TextScrubber::create(ScrubSettings{});
  if (!scrubber) return failed(scrubber.error());
  std::vector<SourceReport> reports;
  QStringList problems;
  if (path.endsWith(QLatin1String(".txt"), Qt::CaseInsensitive)) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return failed(QStringLiteral("%1: %2").arg(path, file.errorString()));
    SourceReport r;
    r.where = path;
    r.findings = QString::fromUtf8(file.readAll());
    reports.push_back(r);
  } else {
    const auto mapping = mappingOf(args);
    if (!mapping) return failed(mapping.error());
    auto read = readReportSource(path, *mapping, &problems);
    if (!read) return failed(read.error());
    reports = std::move(read).value();
  }
  for (const QString& p : problems) out() << "skipped\t" << p << '\n';
  for (const SourceReport& r : reports) {
    ScrubContext context;
    context.patients.push_back({QString(), r.patientNames, r.patientId, r.birthDate, 0});
    context.identifiers = QStringList{r.accessionNumber};
    context.reportDate = QDate::fromString(r.studyDate, QStringLiteral("yyyyMMdd"));
    out() << "== " << r.where << '\n';
    for (const auto& [label, text] : {std::pair{QStringLiteral("findings"), &r.findings}, std::pair{QStringLiteral("impression"), &r.impression}}) {
      if (text->isEmpty()) continue;
      const ScrubbedText cleaned = (*scrubber)->scrub(*text, context);
      out() << label << ":\n" << cleaned.text << '\n';
      for (const Replacement& x : cleaned.replacements) out() << "replaced\t" << label << '\t' << kindName(x.kind) << '\t' << x.reason << '\n';
    }
  }
  return 0;
}

int importReportFiles(const Args& args) {
  if (args.positional.size() < 2) return usage();
  const auto store = openStore(args);
  if (!store) return 1;
  const auto mapping = mappingOf(args);
  if (!mapping) return failed(mapping.error());
  const auto table = openStoreTable(args, *store);
  if (!table) return 1;
  const auto profile = openStoreProfile(*store);
  if (!profile) return 1;
  const auto scrubber = TextScrubber::create(reportScrubSettings(*store, *profile));
  if (!scrubber) return failed(scrubber.error());
  int exitCode = 0;
  int stored = 0, already = 0, read = 0;
  for (const QString& path : args.positional.mid(1)) {
    QStringList problems;
    const auto reports = readReportSource(path, *mapping, &problems);
    if (!reports) {
      err() << "error: " << reports.error() << '\n';
      exitCode = 1;
      continue;
    }
    for (const QString& p : problems) out() << "skipped\t" << p << '\n';
    const auto report = importReports(*store, *table, *profile, **scrubber, *reports, loginName());
    if (!report) return failed(report.error());
    for (const auto& p : report->unmatched) out() << "unmatched\t" << p.where << '\t' << p.reason << '\n';
    for (const auto& p : report->refused) out() << "refused\t" << p.where << '\t' << p.reason << '\n';
    if (!report->unmatched.empty() || !report->refused.empty() || !problems.isEmpty()) exitCode = 1;
    stored += report->stored;
    already += report->alreadyStored;
    read += report->read;
  }
  out() << "reports read: " << read << ", stored: " << stored << ", already stored: " << already << " (drafts: review and confirm them)\n";
  return exitCode;
}

void printReport(const ReportRecord& r, bool full) {
  out() << r.id << '\t' << r.patientCode << '\t' << r.studyUid << '\t' << r.reportDate << '\t' << r.status << '\t'
        << (r.author.isEmpty() ? QStringLiteral("-") : r.author) << '\t' << r.source << (r.edited ? QStringLiteral("\tedited") : QString()) << '\n';
  if (!full) return;
  out() << "findings:\n" << r.findings << "\nimpression:\n" << r.impression << '\n';
  for (const QJsonValue& v : QJsonDocument::fromJson(r.replacements.toUtf8()).array()) {
    const QJsonObject o = v.toObject();
    const QString& text = o[QStringLiteral("field")].toString() == QLatin1String("impression") ? r.impression : r.findings;
    out() << "replaced\t" << o[QStringLiteral("field")].toString() << '\t' << o[QStringLiteral("kind")].toString() << '\t'
          << text.mid(o[QStringLiteral("start")].toInt(), o[QStringLiteral("length")].toInt()) << '\t' << o[QStringLiteral("reason")].toString() << '\n';
  }
}

int list(const Args& args, bool full) {
  const auto store = openStore(args);
  if (!store) return 1;
  CaseDatabase db(*store);
  if (!db.isOpen()) return failed(db.openError());
  const QString code = full ? args.positional.value(1) : args.value(QStringLiteral("patient"));
  if (full && code.isEmpty()) return usage();
  ReportStore reports(db);
  // `show` takes a patient code or a report's number.
  bool isNumber = false;
  const qint64 id = code.toLongLong(&isNumber);
  if (full && isNumber) {
    const auto r = reports.report(id);
    if (!r) return failed(r.error());
    printReport(*r, true);
    return 0;
  }
  const auto rows = reports.list(code);
  if (!rows) return failed(rows.error());
  for (const ReportRecord& r : rows.value()) printReport(r, full);
  if (full && rows->empty()) return failed(QStringLiteral("no reports of patient %1").arg(code));
  return 0;
}

int confirm(const Args& args) {
  bool ok = false;
  const qint64 id = args.positional.value(1).toLongLong(&ok);
  if (!ok) return usage();
  Acting a;
  if (!act(args, a)) return 1;
  if (!a.study->actorHas(QStringLiteral("reviewer")) && !a.study->actorHas(QStringLiteral("data-manager")))
    return failed(QStringLiteral("%1 is not a reviewer: reports are confirmed by a reviewer").arg(a.study->actor().login));
  ReportStore reports(*a.db);
  const auto r = reports.report(id);
  if (!r) return failed(r.error());
  if (r->status == QLatin1String("confirmed")) {
    out() << "report " << id << " is confirmed already\n";
    return 0;
  }
  if (const Status s = reports.confirm(id, r->revision, a.study->actor().login); !s) return failed(s.error());
  out() << "confirmed report " << id << " (" << r->patientCode << ")\n";
  return 0;
}

}  // namespace

int reportsCommand(const Args& args) {
  const QString sub = args.positional.value(0);
  if (sub == QLatin1String("scrub")) return scrub(args);
  if (sub == QLatin1String("import")) return importReportFiles(args);
  if (sub == QLatin1String("list")) return list(args, false);
  if (sub == QLatin1String("show")) return list(args, true);
  if (sub == QLatin1String("confirm")) return confirm(args);
  return usage();
}

}  // namespace rc::cli
