// Datasets handed to partners: the export (package with DICOMDIR, case sheet, manifest), the
// ledger of exports, and the check of a package.

#include "Commands.h"
#include "bonescan/BoneScanSheet.h"
#include "core/LoginName.h"
#include "core/Progress.h"
#include "deid/CorrespondenceTable.h"
#include "handoff/ClinicalImport.h"
#include "handoff/DatasetExport.h"
#include "reading/ReadingStudy.h"

#include <QFile>

#include <cstdio>
#include <unistd.h>

namespace rc::cli {

namespace {

// The archive's password: the first line of the file (never echoed, never logged).
Result<QString> readPasswordFile(const Args& args) {
  const QString path = args.value(QStringLiteral("password-file"));
  if (path.isEmpty()) return QString();
  const auto line = firstLineOf(path);
  if (!line) return fail(QStringLiteral("%1: cannot read the password file").arg(path));
  const QString password = line.value();
  if (password.size() < 8) return fail(QStringLiteral("%1: the password must have at least 8 characters").arg(path));
  return password;
}

}  // namespace

int exportCommand(const Args& args) {
  const QString outPath = args.value(QStringLiteral("out"));
  const QString partner = args.value(QStringLiteral("partner"));
  const QString cases = args.value(QStringLiteral("cases"));
  const QString lang = args.value(QStringLiteral("sheet-lang"), QStringLiteral("ja"));
  if (!args.positional.isEmpty() || outPath.isEmpty() || partner.isEmpty() || cases.isEmpty() ||
      (lang != QLatin1String("ja") && lang != QLatin1String("en")))
    return usage();
  const auto store = openStore(args);
  if (!store) return 1;
  const auto table = openStoreTable(args, *store);
  if (!table) return 1;
  const auto profile = openStoreProfile(*store);
  if (!profile) return 1;
  const bool zip = args.has(QStringLiteral("zip"));
  const auto password = readPasswordFile(args);
  if (!password || zip != !password->isEmpty()) {
    err() << "error: " << (password ? QStringLiteral("--zip and --password-file go together") : password.error()) << "\n";
    return 1;
  }
  DatasetExportOptions options;
  options.zipPassword = password.value();
  if (cases != QLatin1String("all")) options.cases = cases.split(QLatin1Char(','), Qt::SkipEmptyParts);
  options.partner = partner;
  options.purpose = args.value(QStringLiteral("purpose"));
  options.actor = loginName();
  options.japaneseSheet = lang == QLatin1String("ja");
  const QString sheetTemplate = args.value(QStringLiteral("sheet-template"), QStringLiteral("chest"));
  const auto columns = sheetTemplate.endsWith(QLatin1String(".json")) ? SheetTemplate::load(sheetTemplate) : SheetTemplate::builtIn(sheetTemplate);
  if (!columns) {
    err() << "error: " << columns.error() << "\n";
    return 1;
  }
  options.sheetColumns = columns.value();
  options.allowIncomplete = args.has(QStringLiteral("allow-incomplete"));
  options.includeUnverified = args.has(QStringLiteral("include-unverified"));
  options.table = table.get();
  options.profile = profile.get();
  // A reading study's export: its cases with their final labels, exported by a data manager.
  std::unique_ptr<CaseDatabase> db;
  std::optional<ReadingStudy> study;
  std::optional<ProjectRecord> project;
  if (args.has(QStringLiteral("project"))) {
    db = std::make_unique<CaseDatabase>(*store);
    auto acting = actAs(args, *db);
    if (!acting) return 1;
    study.emplace(std::move(*acting));
    if (!study->actorHas(role::dataManager)) {
      err() << "error: " << study->actor().login << " may not export a project: that needs the role data-manager\n";
      return 1;
    }
    auto p = study->project(args.value(QStringLiteral("project")));
    const auto projectCases = p ? study->store().cases(p->id) : Result<std::vector<CaseRecord>>(fail(p.error()));
    if (!projectCases) {
      err() << "error: " << projectCases.error() << "\n";
      return 1;
    }
    project = *p;
    options.project = project->name;
    // The project's case-sheet template, unless another is asked for.
    if (!args.has(QStringLiteral("sheet-template")) && !project->sheetTemplate.isEmpty()) {
      const auto projectColumns = project->sheetTemplate.endsWith(QLatin1String(".json")) ? SheetTemplate::load(project->sheetTemplate)
                                                                                         : SheetTemplate::builtIn(project->sheetTemplate);
      if (!projectColumns) {
        err() << "error: project " << project->name << ": " << projectColumns.error() << "\n";
        return 1;
      }
      options.sheetColumns = projectColumns.value();
    }
    // A bone-scan study's readings fill the sheet's EOD and metastasis and its own columns; a
    // case the readers have read needs no label set to go.
    const auto boneScan = bonescan::boneScanSheet(*study, *project, lang != QLatin1String("en"));
    if (!boneScan) {
      err() << "error: " << boneScan.error() << "\n";
      return 1;
    }
    if (!boneScan->seriesWithReadings.isEmpty()) options.sheetAdditions = boneScan->additions;
    for (const CaseRecord& c : *projectCases) {
      if (!c.excludedReason.isEmpty() || (!options.cases.isEmpty() && !options.cases.contains(c.patientCode))) continue;
      const auto final = study->finalLabels(*project, c.seriesUid);
      if (!final) {
        err() << "error: " << final.error() << "\n";
        return 1;
      }
      if (final->has_value()) options.projectCases[c.seriesUid] = LabelChoice{final->value().key, final->value().source};
      else if (boneScan->seriesWithReadings.contains(c.seriesUid))
        // (A key no label set has: the readings travel in the sheet, no labels with them.)
        options.projectCases[c.seriesUid] =
            LabelChoice{LabelSetKey{c.seriesUid, project->id, QString()}, QStringLiteral("bone-scan readings (the readers' reference)")};
      else options.projectCases[c.seriesUid] = LabelChoice{};
    }
    if (cases == QLatin1String("all"))
      for (const CaseRecord& c : *projectCases)
        if (c.excludedReason.isEmpty() && !options.cases.contains(c.patientCode)) options.cases << c.patientCode;
    options.actor = study->actor().login;
  }
  Progress progress;
  cancelOnInterrupt(&progress);
  if (::isatty(STDERR_FILENO)) {
    // One line that updates itself, on a terminal only (logs and pipes get the result).
    progress.setCallback([](qint64 done, qint64 total, const QString& what) {
      std::fprintf(stderr, "\r%3d%%  %-60s", int(total > 0 ? 100 * done / total : 0), qPrintable(what.left(60)));
      if (done >= total) std::fputc('\n', stderr);
    });
  }
  const auto exported = exportDataset(*store, outPath, options, progress);
  cancelOnInterrupt(nullptr);
  if (!exported) {
    err() << "error: " << exported.error() << "\n";
    return exported.cancelled() ? 130 : 1;
  }
  out() << "exported\t" << exported->path << "\t" << exported->patients << " patients, " << exported->studies << " studies, "
        << exported->series << " series, " << exported->files << " DICOM files, " << exported->bytes << " bytes\n";
  out() << "package\tMANIFEST.sha256 " << exported->manifestSha256 << "\n";
  for (const QString& left : exported->leftOut) out() << "left out\t" << left << "\n";
  for (const QString& left : exported->labelsLeftOut) out() << "left out of a report\t" << left << "\n";
  if (exported->reports > 0 || exported->draftReports > 0)
    out() << "reports\t" << exported->reports << " confirmed written (reports.csv, Basic Text SR)\t" << exported->draftReports
          << " not confirmed, left home\n";
  for (const MissingCell& m : exported->missing)
    out() << "incomplete\trow " << m.row << "\t" << m.column << "\t" << m.patientCode << "\n";
  out() << "recorded as export " << exported->exportId << "\n";
  if (study)
    if (const Status audited = study->audit(QStringLiteral("project exported"), *project, QString(),
                                            QStringLiteral("export %1 to %2: %3 series").arg(exported->exportId).arg(partner).arg(options.projectCases.size()));
        !audited)
      err() << "warning: not in the audit log: " << audited.error() << "\n";
  return 0;
}

int exportsCommand(const Args& args) {
  if (!args.positional.isEmpty()) return usage();
  const auto store = openStore(args);
  if (!store) return 1;
  CaseDatabase db(*store);
  const auto exports = db.listExports();
  if (!exports) {
    err() << "error: " << exports.error() << "\n";
    return 1;
  }
  for (const ExportRecord& e : exports.value())
    out() << e.id << '\t' << e.createdAt << '\t' << e.partner << '\t' << e.createdBy << '\t' << e.files << " files\t"
          << e.patients.join(QLatin1Char(',')) << '\t' << e.destination << '\t' << e.note << '\n';
  return 0;
}

int verifyCommand(const Args& args) {
  if (args.positional.size() != 1) return usage();
  const auto password = readPasswordFile(args);
  if (!password) {
    err() << "error: " << password.error() << "\n";
    return 1;
  }
  const auto problems = verifyPackage(args.positional.front(), password.value());
  if (!problems) {
    err() << "error: " << problems.error() << "\n";
    return 1;
  }
  for (const QString& p : problems.value()) err() << "mismatch: " << p << "\n";
  if (!problems->isEmpty()) return 1;
  out() << "intact\t" << args.positional.front() << "\n";
  return 0;
}

}  // namespace rc::cli

namespace rc::cli {

// clinical import FILE [--map MAPPING.json] [--template ID] [--overwrite]
int clinicalCommand(const Args& args) {
  if (args.positional.size() != 2 || args.positional.front() != QLatin1String("import")) return usage();
  const QString file = args.positional.at(1);
  const auto store = openStore(args);
  if (!store) return 1;
  const auto sheet = readSpreadsheet(file);
  if (!sheet) {
    err() << "error: " << sheet.error() << "\n";
    return 1;
  }
  Result<ClinicalMapping> mapping = fail(QString());
  if (args.has(QStringLiteral("map"))) {
    QFile f(args.value(QStringLiteral("map")));
    if (!f.open(QIODevice::ReadOnly)) {
      err() << "error: " << f.fileName() << ": cannot read\n";
      return 1;
    }
    mapping = ClinicalMapping::fromJson(f.readAll(), f.fileName());
  } else {
    mapping = ClinicalMapping::guess(sheet.value(), args.value(QStringLiteral("template"), QStringLiteral("chest")));
  }
  if (!mapping) {
    err() << "error: " << mapping.error() << "\n";
    return 1;
  }
  // The original patient ID is looked up in the correspondence table: only then is it opened.
  std::unique_ptr<CorrespondenceTable> table;
  if (mapping->key == ClinicalMapping::Key::OriginalPatientId) {
    table = openStoreTable(args, *store);
    if (!table) return 1;
  }
  const auto report = importClinicalData(*store, table.get(), sheet.value(), mapping.value(), args.has(QStringLiteral("overwrite")), loginName());
  if (!report) {
    err() << "error: " << report.error() << "\n";
    return 1;
  }
  for (const auto& c : report->updated)
    out() << "updated\t" << c.patientCode << '\t' << c.field << '\t' << c.oldValue << " -> " << c.newValue << '\n';
  for (const auto& c : report->conflicts)
    out() << "conflict\t" << c.patientCode << '\t' << c.field << "\tstored " << c.oldValue << ", sheet " << c.newValue
          << " (kept; --overwrite replaces)\n";
  for (const auto& p : report->unmatched) out() << "unmatched\trow " << p.row << '\t' << p.column << '\t' << p.reason << '\n';
  for (const auto& p : report->invalid) out() << "invalid\trow " << p.row << '\t' << p.column << '\t' << p.reason << '\n';
  out() << "clinical records written: " << report->patients << "\n";
  return report->conflicts.empty() && report->unmatched.empty() && report->invalid.empty() ? 0 : 1;
}

}  // namespace rc::cli
