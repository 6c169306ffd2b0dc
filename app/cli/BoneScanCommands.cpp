// The bone-scan study from the command line:
//   bone-scan programs import FILE.csv|FILE.xlsx [--map M.json]   the analysis programs' results
//   bone-scan reads import FILE.csv --project NAME                 readings made on paper
//   bone-scan reads --project NAME                                 the readings the actor may see
//   bone-scan compare NAME [--csv FILE]                            programs vs readers, readers vs each other
//   bone-scan export-sr --project NAME --series UID --reader LOGIN --out DIR [--partner P]
//                                                                  a reader's hotspots as a TID 1500 SR

#include "Commands.h"
#include "bonescan/BoneScanComparison.h"
#include "bonescan/BoneScanReads.h"
#include "bonescan/HotspotFindings.h"
#include "casework/LabelTransfer.h"
#include "bonescan/ProgramResults.h"
#include "core/Files.h"
#include "core/LoginName.h"

#include <QFile>

namespace rc::cli {

namespace {

using namespace rc::bonescan;

template <class Report>
void printProblems(const Report& report) {
  for (const auto& p : report.unmatched) out() << "unmatched\trow " << p.row << '\t' << p.column << '\t' << p.reason << '\n';
  for (const auto& p : report.invalid) out() << "invalid\trow " << p.row << '\t' << p.column << '\t' << p.reason << '\n';
}

int programsImport(const Args& args) {
  if (args.positional.size() != 3) return usage();
  const QString file = args.positional[2];
  const auto store = openStore(args);
  if (!store) return 1;
  CaseDatabase db(*store);
  if (!db.isOpen()) return failed(db.openError());
  const auto sheet = readSpreadsheet(file);
  if (!sheet) return failed(sheet.error());
  Result<ProgramResultMapping> mapping = fail(QString());
  if (args.has(QStringLiteral("map"))) {
    QFile f(args.value(QStringLiteral("map")));
    if (!f.open(QIODevice::ReadOnly)) return failed(f.fileName() + QStringLiteral(": cannot read"));
    mapping = ProgramResultMapping::fromJson(f.readAll(), f.fileName());
  } else {
    mapping = ProgramResultMapping::guess(*sheet);
  }
  if (!mapping) return failed(QStringLiteral("%1: %2").arg(file, mapping.error()));
  // The original patient ID is looked up in the correspondence table: only then is it opened.
  std::unique_ptr<CorrespondenceTable> table;
  if (mapping->key == ProgramResultMapping::Key::OriginalPatientId) {
    table = openStoreTable(args, *store);
    if (!table) return 1;
  }
  const auto report = importProgramResults(db, table.get(), *sheet, *mapping, file, loginName());
  if (!report) return failed(report.error());
  printProblems(*report);
  out() << "program results stored: " << report->stored << " (" << report->replaced << " replaced earlier ones)\n";
  return report->unmatched.empty() && report->invalid.empty() ? 0 : 1;
}

int readsImport(const Args& args) {
  if (args.positional.size() != 3 || !args.has(QStringLiteral("project"))) return usage();
  const QString file = args.positional[2];
  Acting a;
  if (!act(args, a)) return 1;
  const auto project = a.study->project(args.value(QStringLiteral("project")));
  if (!project) return failed(project.error());
  const auto sheet = readSpreadsheet(file);
  if (!sheet) return failed(sheet.error());
  std::unique_ptr<CorrespondenceTable> table;
  if (readsNeedCorrespondence(*sheet)) {
    table = openStoreTable(args, *a.store);
    if (!table) return 1;
  }
  const auto report = importReads(*a.db, *a.study, *project, table.get(), *sheet, file);
  if (!report) return failed(report.error());
  printProblems(*report);
  out() << "readings stored: " << report->stored << " (" << report->replaced << " replaced earlier ones)\n";
  return report->unmatched.empty() && report->invalid.empty() ? 0 : 1;
}

int readsList(const Args& args) {
  if (args.positional.size() != 1 || !args.has(QStringLiteral("project"))) return usage();
  Acting a;
  if (!act(args, a)) return 1;
  const auto project = a.study->project(args.value(QStringLiteral("project")));
  if (!project) return failed(project.error());
  const auto reads = visibleReads(*a.study, *project);
  if (!reads) return failed(reads.error());
  for (const BoneScanReadRecord& r : *reads)
    out() << "reading\t" << r.patientCode << '\t' << r.seriesUid << '\t' << r.reader << "\tmetastases " << r.metastases << "\teod " << r.eod
          << (r.superscan ? QStringLiteral(" (superscan)") : QString()) << "\tmetastasis " << (r.metastasis ? "yes" : "no") << '\t' << r.source
          << (r.eodReason.isEmpty() ? QString() : QStringLiteral("\tEOD: ") + r.eodReason) << '\n';
  out() << "readings\t" << reads->size() << '\n';
  return 0;
}

int compare(const Args& args) {
  if (args.positional.size() != 2) return usage();
  Acting a;
  if (!act(args, a)) return 1;
  const auto project = a.study->project(args.positional[1]);
  if (!project) return failed(project.error());
  const auto cases = comparisonCases(*a.study, *project);
  if (!cases) return failed(cases.error());
  const BoneScanComparison c = compareBoneScans(*cases);
  auto number = [](const std::optional<double>& v) { return v ? QString::number(*v, 'f', 4) : QStringLiteral("undefined"); };
  out() << "cases\t" << c.cases << " with readings\t" << c.referenceCases << " with a majority\t" << c.ties << " tied (no reference)\n";
  out() << "readers\t" << c.readers.join(QLatin1Char(',')) << "\t" << c.readByAll << " cases read by all\n";
  for (const ProgramCount& p : c.programs)
    out() << "program\t" << p.subject << "\t" << p.ownTracer << " on its own tracer "
          << (p.tracer.isEmpty() ? QStringLiteral("(not known: all counted)") : QStringLiteral("99mTc-") + p.tracer) << "\t" << p.otherTracer
          << " on another tracer, not counted\n";
  for (const ComparisonRow& r : c.rows) {
    out() << r.measure << '\t' << r.subject << '\t' << r.threshold << '\t' << number(r.value);
    if (r.low) out() << "\t95% CI " << number(r.low) << " .. " << number(r.high);
    out() << "\tn " << r.n << '\n';
  }
  if (args.has(QStringLiteral("csv")))
    if (const Status written = writeFileAtomically(args.value(QStringLiteral("csv")), comparisonCsv(c)); !written) return failed(written.error());
  if (const Status audited = a.study->audit(QStringLiteral("bone-scan comparison computed"), *project, QString(),
                                            QStringLiteral("%1 cases").arg(c.cases));
      !audited)
    err() << "warning: not in the audit log: " << audited.error() << "\n";
  return 0;
}

// A reader's hotspot reading as an SR beside the scan, through the store's profile and the
// residual-PHI scan like every label export, recorded in the ledger.
int exportSr(const Args& args) {
  const QString seriesUid = args.value(QStringLiteral("series")), reader = args.value(QStringLiteral("reader"));
  const QString outDir = args.value(QStringLiteral("out"));
  if (seriesUid.isEmpty() || reader.isEmpty() || outDir.isEmpty() || !args.has(QStringLiteral("project"))) return usage();
  Acting a;
  if (!act(args, a)) return 1;
  const auto project = a.study->project(args.value(QStringLiteral("project")));
  if (!project) return failed(project.error());
  const auto c = a.study->store().caseOf(project->id, seriesUid);
  if (!c) return failed(c.error());
  if (!c->has_value()) return failed(QStringLiteral("%1 is not a case of %2").arg(seriesUid, project->name));
  if (const SetAccess access = a.study->access(*project, **c, reader); !access.canOpen) return failed(access.reason);
  const auto marks = BoneScanStore(*a.db).marks(c->value().id, reader);
  if (!marks) return failed(marks.error());
  if (marks->empty()) return failed(QStringLiteral("%1 marked no hotspot on %2").arg(reader, seriesUid));
  const auto table = openStoreTable(args, *a.store);
  if (!table) return 1;
  const auto profile = openStoreProfile(*a.store);
  if (!profile) return 1;
  LabelExportOptions options;
  options.profile = profile.get();
  options.table = table.get();
  options.partner = args.value(QStringLiteral("partner"));
  options.labelSet = LabelSetKey{seriesUid, project->id, reader};
  options.moreFindings = [&](const Volume& scan) { return hotspotFindings(*marks, scan, reader, seriesUid + QLatin1Char('/') + reader); };
  const auto exported = exportSeriesLabels(*a.store, seriesUid, outDir, options);
  if (!exported) return failed(exported.error());
  if (!exported->srPath.isEmpty()) out() << "SR\t" << exported->srPath << "\t" << exported->findings << " findings\n";
  for (const QString& reason : exported->leftOut) err() << "left out: " << reason << "\n";
  out() << "recorded as export " << exported->exportId << "\n";
  return exported->srPath.isEmpty() ? 1 : 0;
}

}  // namespace

int boneScanCommand(const Args& args) {
  const QString what = args.positional.value(0), verb = args.positional.value(1);
  if (what == QLatin1String("programs") && verb == QLatin1String("import")) return programsImport(args);
  if (what == QLatin1String("reads") && verb == QLatin1String("import")) return readsImport(args);
  if (what == QLatin1String("reads") && args.positional.size() == 1) return readsList(args);
  if (what == QLatin1String("compare")) return compare(args);
  if (what == QLatin1String("export-sr")) return exportSr(args);
  return usage();
}

}  // namespace rc::cli
