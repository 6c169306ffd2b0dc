#include "handoff/DatasetExport.h"
#include "deid/PhiScanner.h"
#include "storage/ScratchSpace.h"

#include "PackageZip.h"

#include "casework/LabelTransfer.h"
#include "core/CsvText.h"
#include "core/Files.h"
#include "deid/CorrespondenceTable.h"
#include "deid/Deidentifier.h"
#include "dicom/DicomDir.h"
#include "dicom/Uid.h"
#include "exchange/ReportSr.h"
#include "storage/LabelStore.h"
#include "storage/ReportStore.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcddirif.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QTemporaryDir>

#include <fcntl.h>
#include <unistd.h>

#include <map>
#include <optional>
#include <set>

namespace rc {

namespace {

struct ExportTr {
  Q_DECLARE_TR_FUNCTIONS(DatasetExport)
};

const QString kManifest = QStringLiteral("MANIFEST.sha256");

QString component(const char* prefix, int n) { return QString::fromLatin1(prefix) + QStringLiteral("%1").arg(n, 8 - int(qstrlen(prefix)), 10, QLatin1Char('0')); }

// Every file and folder of `root` on disk before the package gets its name: one syncfs
// (files, folders and their entries), where an fsync per file took 0.4 s of a 2.5 s export
// of 705 files.
Status syncTree(const QString& root) { return syncFileSystemOf(root); }

QStringList filesUnder(const QString& root) {
  QStringList files;
  QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
  while (it.hasNext()) files << QDir(root).relativeFilePath(it.next());
  files.sort();
  return files;
}

Status writeText(const QString& path, const QString& text) {
  QFile f(path);
  if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(text.toUtf8()) < 0 || !f.flush())
    return fail(ExportTr::tr("%1: cannot write: %2").arg(path, f.errorString()));
  return Status::success();
}

// Lists `dicomFiles` in a new DICOMDIR. A file DCMTK will not list (its record would lack a
// Type 1 attribute, e.g. a presentation state whose creation date PS3.15 removes) is returned
// with the reason in `refused`, not listed, and the rest go on.
Status writeDicomDir(const QString& root, const QStringList& dicomFiles, std::vector<std::pair<QString, QString>>& refused) {
  DicomDirInterface dir;
  dir.enableInventMode(OFTrue);           // a missing Study ID etc. is invented, as dcmgpdir +I does
  dir.disableTransferSyntaxCheck(OFFalse);  // compressed images stay in their transfer syntax
  const QByteArray dicomdir = QFile::encodeName(QDir(root).filePath(QStringLiteral("DICOMDIR")));
  OFCondition c = dir.createNewDicomDir(DicomDirInterface::AP_GeneralPurpose, OFFilename(dicomdir.constData()), "RADCURATOR");
  const QByteArray base = QFile::encodeName(root);
  if (c.bad()) return fail(ExportTr::tr("cannot write the DICOMDIR: %1").arg(QString::fromLocal8Bit(c.text())));
  for (const QString& f : dicomFiles) {
    const OFCondition added = dir.addDicomFile(OFFilename(QFile::encodeName(f).constData()), OFFilename(base.constData()));
    if (added.bad()) refused.emplace_back(f, QString::fromLocal8Bit(added.text()));
  }
  if (c.good()) c = dir.writeDicomDir();
  if (c.bad()) return fail(ExportTr::tr("cannot write the DICOMDIR: %1").arg(QString::fromLocal8Bit(c.text())));
  // DCMTK leaves a backup of an earlier DICOMDIR; there is none, but make sure.
  QFile::remove(QDir(root).filePath(QStringLiteral("DICOMDIR.BAK")));
  return Status::success();
}

// The reports of the exported studies: confirmed ones travel (each text passes the identifier
// scan, like every cell of the case sheet); drafts stay home and are counted.
struct ReportsToSend {
  std::vector<ReportRecord> confirmed;
  int drafts = 0;
};

Result<ReportsToSend> reportsToSend(CaseDatabase& db, const std::vector<const SeriesSummary*>& chosen, const PhiScanner& knownPatients,
                                    QStringList& problems) {
  QSet<QString> studies;
  for (const SeriesSummary* s : chosen) studies.insert(s->studyUid);
  const auto all = ReportStore(db).list();
  if (!all) return fail(all.error());
  ReportsToSend out;
  for (const ReportRecord& r : all.value()) {
    if (!studies.contains(r.studyUid)) continue;
    if (r.status != QLatin1String("confirmed")) {
      ++out.drafts;
      continue;
    }
    for (const QString& text : {r.findings, r.impression, r.author})
      if (const QString found = knownPatients.findInText(text); !found.isEmpty())
        problems << ExportTr::tr("%1: report %2 contains %3").arg(r.patientCode).arg(r.id).arg(found);
    out.confirmed.push_back(r);
  }
  return out;
}

// reports.csv: one row per confirmed report, UTF-8 with a BOM (Excel opens it as UTF-8).
Status writeReportsCsv(const QString& path, const std::vector<ReportRecord>& reports) {
  QStringList lines{QStringLiteral("patient_code,study_uid,report_date,author,findings,impression")};
  for (const ReportRecord& r : reports)
    lines << QStringList{csvField(r.patientCode), r.studyUid, r.reportDate, csvField(r.author), csvField(r.findings), csvField(r.impression)}
                 .join(QLatin1Char(','));
  return writeFileAtomically(path, "\xEF\xBB\xBF" + lines.join(QStringLiteral("\r\n")).toUtf8() + "\r\n");
}

// What the gate decided: the series that go with their labels, the sheet, the reports.
struct ExportPlan {
  QStringList cases;
  std::vector<const SeriesSummary*> chosen;
  std::map<QString, LabelSet> labelsOf;  // series uid -> labels
  std::optional<CaseSheet> sheet;
  std::vector<MissingCell> missing;
  ReportsToSend reports;
};

// The gate: everything that would stop the export is checked before anything is written, and
// every problem is listed at once.
Result<ExportPlan> planExport(const CaseStore& store, CaseDatabase& db, const std::vector<SeriesSummary>& allSeries,
                              const DatasetExportOptions& options) {
  ExportPlan plan;
  plan.cases = options.cases;
  const auto wanted = [&](const SeriesSummary& s) { return options.seriesOnly.isEmpty() || options.seriesOnly.contains(s.seriesUid); };
  if (plan.cases.isEmpty())
    for (const SeriesSummary& s : allSeries)
      if (!plan.cases.contains(s.patientCode) && wanted(s)) plan.cases << s.patientCode;
  for (const SeriesSummary& s : allSeries)
    if (plan.cases.contains(s.patientCode) && wanted(s) && (options.project.isEmpty() || options.projectCases.count(s.seriesUid)))
      plan.chosen.push_back(&s);
  QStringList problems;
  for (const QString& uid : options.seriesOnly)
    if (std::none_of(allSeries.begin(), allSeries.end(), [&](const SeriesSummary& s) { return s.seriesUid == uid; }))
      problems << ExportTr::tr("series %1 is not in the store").arg(uid);
  for (const QString& code : plan.cases)
    if (std::none_of(plan.chosen.begin(), plan.chosen.end(), [&](const SeriesSummary* s) { return s->patientCode == code; }))
      problems << ExportTr::tr("%1: no such case in the store").arg(code);

  LabelStore labelStore(db);
  for (const SeriesSummary* s : plan.chosen) {
    const auto instances = db.instancesOfSeries(s->seriesUid);
    if (!instances) return fail(instances.error());
    int pending = 0;
    for (const InstanceRecord& r : instances.value()) pending += !r.burnedInRisk.isEmpty() && r.burnedInReview.isEmpty();
    if (pending > 0)
      problems << ExportTr::tr("%1: series %2 has %n image(s) that may carry burned-in text and await review", nullptr, pending)
                      .arg(s->patientCode, s->seriesUid);
    LabelSetKey key = LabelSetKey::ofSeries(s->seriesUid);
    if (!options.project.isEmpty()) {
      key = options.projectCases.at(s->seriesUid).key;
      if (key.seriesUid.isEmpty()) {
        problems << ExportTr::tr("%1: series %2 of project %3 has no final labels yet (its readings are not all accepted, or the "
                                 "readers' sets await a consensus)")
                        .arg(s->patientCode, s->seriesUid, options.project);
        continue;
      }
    }
    if (!options.withLabels) continue;
    const auto stored = labelStore.load(key);
    if (!stored) return fail(stored.error());
    if (!stored->has_value()) continue;
    const LabelSet& labels = stored.value()->labels;
    if (!options.includeUnverified)
      for (const Segment& seg : labels.segments)
        if (!seg.verified && seg.algorithm == SegmentAlgorithm::Automatic)
          problems << ExportTr::tr("%1: segment \"%2\" of series %3 was made by %4 and no reader has verified it")
                          .arg(s->patientCode, seg.label, s->seriesUid, seg.algorithmName.isEmpty() ? QStringLiteral("a model") : seg.algorithmName);
    if (!labels.segments.empty() || !labels.findings.empty() || labels.noFinding) plan.labelsOf[s->seriesUid] = labels;
  }
  auto sheet = buildCaseSheet(store, plan.cases, options.japaneseSheet, options.sheetColumns,
                              options.project.isEmpty() ? nullptr : &options.projectCases,
                              options.sheetAdditions.columns.empty() && !options.sheetAdditions.valuesOf ? nullptr : &options.sheetAdditions);
  if (!sheet) return fail(sheet.error());
  plan.missing = sheet->missing(options.japaneseSheet);
  if (!plan.missing.empty() && !options.allowIncomplete)
    for (const MissingCell& m : plan.missing)
      problems << ExportTr::tr("%1: the case sheet's row %2, column %3 is empty").arg(m.patientCode).arg(m.row).arg(m.column);
  // Cells no spreadsheet keeps whole, and cells that name a patient of the table: the sheet
  // passes the same identifier scan as every DICOM file; so does every report's text.
  PhiScanner knownPatients;
  knownPatients.addCorrespondence(*options.table);
  std::vector<CellProblem> cellProblems = sheet->unwritable(options.japaneseSheet);
  const auto named = sheet->findIdentifiers(options.japaneseSheet, [&](const QString& text) { return knownPatients.findInText(text); });
  cellProblems.insert(cellProblems.end(), named.begin(), named.end());
  for (const CellProblem& c : cellProblems)
    problems << ExportTr::tr("%1: the case sheet's row %2, column %3: %4").arg(c.patientCode).arg(c.row).arg(c.column, c.reason);
  auto reports = reportsToSend(db, plan.chosen, knownPatients, problems);
  if (!reports) return fail(reports.error());
  plan.reports = std::move(reports).value();
  plan.sheet = std::move(sheet).value();
  if (!problems.isEmpty())
    return fail(ExportTr::tr("the export was stopped before anything was written:\n%1").arg(problems.join(QLatin1Char('\n'))));
  return plan;
}

// The package as it is written under its partial name: the DICOM files, each one's ledger
// item and hash, and the PATnnnnn/STUnnnnn/SERnnnnn folders in the order of the store's listing.
class PackageWriter {
public:
  PackageWriter(const CaseStore& store, CaseDatabase& db, const DatasetExportOptions& options, QString partial)
      : store_(store), db_(db), options_(options), partial_(std::move(partial)), pass_(*options.profile, *options.table) {}

  std::vector<ExportItem> items;
  QStringList dicomFiles;
  std::map<QString, size_t> itemOfFile;  // stored images: package path -> ledger item
  QHash<QString, QString> hashOfFile;    // package path -> SHA-256, computed once as written
  QHash<QString, QString> sopClassOfFile;
  DatasetExport result;

  // Every stored image of the chosen series through the export profile, then its labels (SEG,
  // SR, tumour ADC maps) as series of their own in the same study.
  Status writeSeries(const ExportPlan& plan, Progress& progress) {
    size_t totalFiles = 0, done = 0;
    for (const SeriesSummary* s : plan.chosen) totalFiles += size_t(std::max(1, s->instanceCount));
    for (const SeriesSummary* s : plan.chosen) {
      if (progress.cancelled()) return cancelledFailure(ExportTr::tr("cancelled"));
      const auto instances = db_.instancesOfSeries(s->seriesUid);
      if (!instances) return fail(instances.error());
      const auto folder = makeFolder(*s);
      if (!folder) return fail(folder.error());
      int n = 0;
      for (const InstanceRecord& r : instances.value()) {
        const QString relative = *folder + QLatin1Char('/') + component("IMG", ++n);
        const auto outcome = deidentifyFileChecked(store_.absoluteFilePath(r.filePath), QDir(partial_).filePath(relative), pass_.context);
        if (!outcome) return fail(ExportTr::tr("%1: %2").arg(s->patientCode, outcome.error()));
        hashOfFile.insert(relative, outcome->outputSha256);  // hashed as it was written
        itemOfFile[relative] = items.size();
        sopClassOfFile.insert(relative, r.sopClassUid);
        items.push_back({s->patientCode, s->studyUid, s->seriesUid, outcome->sopInstanceUid, outcome->outputSha256});
        dicomFiles << relative;
        progress.report(int(80 * ++done / std::max<size_t>(1, totalFiles)), 100, ExportTr::tr("Writing %1").arg(s->patientCode));
      }
      ++result.series;
      if (plan.labelsOf.count(s->seriesUid))
        if (const Status labels = writeLabels(*s); !labels) return labels;
    }
    return Status::success();
  }

  // The confirmed reports: a Basic Text SR each, in its study, through the export profile,
  // and reports.csv.
  Status writeReports(const ExportPlan& plan) {
    for (const ReportRecord& r : plan.reports.confirmed) {
      const auto member = std::find_if(plan.chosen.begin(), plan.chosen.end(), [&](const SeriesSummary* s) { return s->studyUid == r.studyUid; });
      const auto instances = db_.instancesOfSeries((*member)->seriesUid);
      if (!instances) return fail(instances.error());
      if (instances->empty()) continue;
      auto scratch = ScratchFolder::create(store_, QStringLiteral("report"));
      if (!scratch) return fail(scratch.error());
      const QString raw = scratch->filePath(QStringLiteral("report.dcm"));
      const auto written = writeReportSr({store_.absoluteFilePath(instances->front().filePath), r.findings, r.impression, r.reportDate, 950}, raw);
      if (!written) return fail(ExportTr::tr("%1: report %2: %3").arg(r.patientCode).arg(r.id).arg(written.error()));
      const auto folder = makeFolder(**member);
      if (!folder) return fail(folder.error());
      const QString relative = *folder + QLatin1Char('/') + component("IMG", 1);
      const auto outcome = deidentifyFileChecked(raw, QDir(partial_).filePath(relative), pass_.context);
      if (!outcome) return fail(ExportTr::tr("%1: report %2: %3").arg(r.patientCode).arg(r.id).arg(outcome.error()));
      hashOfFile.insert(relative, outcome->outputSha256);
      items.push_back({r.patientCode, r.studyUid, written->seriesInstanceUid, outcome->sopInstanceUid, outcome->outputSha256});
      dicomFiles << relative;
      ++result.series;
    }
    result.reports = int(plan.reports.confirmed.size());
    result.draftReports = plan.reports.drafts;
    if (plan.reports.confirmed.empty()) return Status::success();
    return writeReportsCsv(QDir(partial_).filePath(QStringLiteral("reports.csv")), plan.reports.confirmed);
  }

  // The DICOMDIR. What it cannot list stays home, said in the README and the result; an image
  // or one of our own SEG/SR objects must never be lost that way.
  Status writeDicomDirectory() {
    std::vector<std::pair<QString, QString>> refused;
    if (const Status ok = writeDicomDir(partial_, dicomFiles, refused); !ok) return ok;
    for (const auto& [file, reason] : refused) {
      const auto item = itemOfFile.find(file);
      const QString sopClass = item == itemOfFile.end() ? QString() : sopClassOfFile.value(file);
      // Presentation states and vendors' private objects may stay home; images may not.
      const bool spare = sopClass.startsWith(QLatin1String("1.2.840.10008.5.1.4.1.1.11.")) || !sopClass.startsWith(QLatin1String("1.2.840.10008."));
      if (item == itemOfFile.end() || !spare)
        return fail(ExportTr::tr("%1 (SOP class %2): cannot be listed in the DICOMDIR: %3").arg(file, sopClass, reason));
      QFile::remove(QDir(partial_).filePath(file));
      dicomFiles.removeAll(file);
      items[item->second].fileSha256.clear();  // marked; dropped below
      result.leftOut << QStringLiteral("%1 (SOP class %2, instance %3): %4").arg(file, sopClass, items[item->second].sopInstanceUid, reason);
    }
    items.erase(std::remove_if(items.begin(), items.end(), [](const ExportItem& i) { return i.fileSha256.isEmpty(); }), items.end());
    result.files = int(dicomFiles.size());
    return Status::success();
  }

  // MANIFEST.sha256 over every file of the package; nothing of the correspondence folder may
  // be in it (by content, whatever its name). Returns the manifest's own hash.
  Result<QString> writeManifest() {
    QSet<QString> secretHashes;
    QDirIterator secrets(QDir(store_.directory()).filePath(QStringLiteral("correspondence")), QDir::Files, QDirIterator::Subdirectories);
    while (secrets.hasNext())
      if (const auto h = sha256OfFile(secrets.next())) secretHashes.insert(h.value());
    QString manifest;
    for (const QString& f : filesUnder(partial_)) {
      // The DICOM files were hashed as they were written (the profile made them in this run).
      const auto hash = hashOfFile.contains(f) ? Result<QString>(hashOfFile.value(f)) : sha256OfFile(QDir(partial_).filePath(f));
      if (!hash) return fail(hash.error());
      if (secretHashes.contains(hash.value())) return fail(ExportTr::tr("%1 is a file of the correspondence table; the export was stopped").arg(f));
      result.bytes += QFileInfo(QDir(partial_).filePath(f)).size();
      manifest += hash.value() + QStringLiteral("  ") + f + QLatin1Char('\n');
    }
    const QString manifestPath = QDir(partial_).filePath(kManifest);
    if (const Status ok = writeText(manifestPath, manifest); !ok) return fail(ok.error());
    return sha256OfFile(manifestPath);
  }

  int patients() const { return int(patientNumber_.size()); }
  int studies() const { return int(studyNumber_.size()); }

private:
  // The next series folder of `s`'s study (made on disk).
  Result<QString> makeFolder(const SeriesSummary& s) {
    if (!patientNumber_.count(s.patientCode)) patientNumber_[s.patientCode] = int(patientNumber_.size()) + 1;
    if (!studyNumber_.count(s.studyUid)) {
      int studies = 0;
      for (const auto& [uid, numbers] : studyNumber_) studies += numbers.first == patientNumber_[s.patientCode];
      studyNumber_[s.studyUid] = {patientNumber_[s.patientCode], studies + 1};
    }
    const auto [p, st] = studyNumber_[s.studyUid];
    const int ser = ++seriesCount_[s.studyUid];
    const QString folder = QStringLiteral("DICOM/%1/%2/%3").arg(component("PAT", p), component("STU", st), component("SER", ser));
    if (!QDir(partial_).mkpath(folder)) return fail(ExportTr::tr("%1: cannot create the folder").arg(folder));
    return folder;
  }

  Status writeLabels(const SeriesSummary& s) {
    auto scratch = ScratchFolder::create(store_, QStringLiteral("dataset"));
    if (!scratch) return fail(scratch.error());
    LabelExportOptions labelOptions;
    labelOptions.partner = options_.partner;
    labelOptions.table = options_.table;
    labelOptions.profile = options_.profile;
    labelOptions.includeUnverified = options_.includeUnverified;
    labelOptions.recordInLedger = false;
    if (!options_.project.isEmpty()) labelOptions.labelSet = options_.projectCases.at(s.seriesUid).key;
    const auto labels = exportSeriesLabels(store_, s.seriesUid, scratch->path(), labelOptions);
    if (!labels) return fail(ExportTr::tr("%1: the labels of series %2: %3").arg(s.patientCode, s.seriesUid, labels.error()));
    QStringList objects = {labels->segPath, labels->srPath};
    objects += labels->tumourMapPaths;  // an ADC map's tumour-specific ADC maps
    for (const QString& made : objects) {
      if (made.isEmpty()) continue;
      const auto folder = makeFolder(s);
      if (!folder) return fail(folder.error());
      const QString relative = *folder + QLatin1Char('/') + component("IMG", 1);
      if (!QFile::rename(made, QDir(partial_).filePath(relative))) return fail(ExportTr::tr("%1: cannot be placed in the package").arg(relative));
      dicomFiles << relative;
      ++result.series;
    }
    items.insert(items.end(), labels->items.begin(), labels->items.end());
    for (const QString& reason : labels->leftOut) result.labelsLeftOut << QStringLiteral("%1: %2").arg(s.patientCode, reason);
    return Status::success();
  }

  const CaseStore& store_;
  CaseDatabase& db_;
  const DatasetExportOptions& options_;
  QString partial_;
  const ExportPass pass_;
  std::map<QString, int> patientNumber_;
  std::map<QString, std::pair<int, int>> studyNumber_;  // study uid -> (patient, study)
  std::map<QString, int> seriesCount_;                    // study uid -> series folders made
};

// README.txt: what the package holds and how it was made.
QString readmeText(const DatasetExportOptions& options, const ExportPlan& plan, const DatasetExport& result) {
  const bool incomplete = !plan.missing.empty();
  QStringList readme;
  readme << QStringLiteral("RadCurator dataset for %1").arg(options.partner)
         << QStringLiteral("Exported %1 (UTC)").arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
  if (!options.purpose.isEmpty()) readme << QStringLiteral("Purpose: %1").arg(options.purpose);
  readme << QString()
         << QStringLiteral("Contents: %1 patients, %2 studies, %3 series, %4 DICOM files (images, SEG, SR).")
                .arg(result.patients).arg(result.studies).arg(result.series).arg(result.files)
         << QStringLiteral("DICOM/         de-identified DICOM, PATnnnnn/STUnnnnn/SERnnnnn/IMGnnnnn (IHE PDI style)")
         << QStringLiteral("DICOMDIR       index of every DICOM file (PS3.10 media, general purpose)")
         << QStringLiteral("case-sheet.xlsx, case-sheet.csv   one row per exam (CSV in UTF-8 with BOM)")
         << QStringLiteral("reports.csv    the confirmed diagnostic reports, de-identified (UTF-8 with BOM); each also as a")
         << QStringLiteral("               Basic Text SR in its study (%1 reports)").arg(result.reports)
         << QStringLiteral("MANIFEST.sha256   SHA-256 of every file; check with: sha256sum -c MANIFEST.sha256")
         << QString()
         << QStringLiteral("De-identification: profile \"%1\" (DICOM PS3.15 Annex E); patient codes replace identities.").arg(options.profile->name())
         << QStringLiteral("Every file passed a residual-PHI scan on export. Labels: DICOM SEG and TID 1500 SR;")
         << QStringLiteral("segments made by AI models are %1.").arg(options.includeUnverified ? QStringLiteral("included and marked UNVERIFIED where no reader confirmed them")
                                                                                      : QStringLiteral("included only when a reader verified them"));
  if (!options.project.isEmpty()) {
    // Which reader's labels travel: the partner knows a consensus from a single reading.
    readme << QString() << QStringLiteral("Reading study \"%1\": the labels of each series are").arg(options.project);
    for (const SeriesSummary* s : plan.chosen)
      readme << QStringLiteral("  %1 %2 series %3: %4")
                    .arg(s->patientCode, s->modality)
                    .arg(s->seriesNumber)
                    .arg(options.projectCases.at(s->seriesUid).source);
  }
  if (incomplete) readme << QString() << QStringLiteral("NOTE: the case sheet is INCOMPLETE: %1 required cells are empty.").arg(plan.missing.size());
  if (result.draftReports > 0)
    readme << QString() << QStringLiteral("NOTE: %1 report(s) of these studies were not confirmed by a reviewer and stayed home.").arg(result.draftReports);
  if (!result.leftOut.isEmpty())
    readme << QString()
           << QStringLiteral("Left out: presentation states and private objects a general-purpose DICOMDIR cannot list")
           << QStringLiteral("(PS3.15 removes a presentation state's creation date, which its record requires):") << result.leftOut;
  if (!result.labelsLeftOut.isEmpty())
    readme << QString() << QStringLiteral("Left out of the measurement reports (the rest of each report and its SEG are included):")
           << result.labelsLeftOut;
  return readme.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

}  // namespace

Result<DatasetExport> exportDataset(const CaseStore& store, const QString& outputPath, const DatasetExportOptions& options,
                                    Progress& progress) {
  if (!options.table) return fail(ExportTr::tr("the correspondence table is needed: every file is scanned for the patients' identifiers"));
  if (!options.profile) return fail(ExportTr::tr("the store's de-identification profile is needed for an export"));
  if (options.partner.trimmed().isEmpty()) return fail(ExportTr::tr("name the partner the dataset goes to"));
  const QFileInfo out(outputPath);
  if (out.exists()) return fail(ExportTr::tr("%1 already exists; an export never replaces anything").arg(outputPath));
  if (isInsideFolder(out.absoluteFilePath(), store.directory()))
    return fail(ExportTr::tr("%1 is inside the case store; choose a place outside it").arg(outputPath));

  CaseDatabase db(store);
  if (!db.isOpen()) return fail(db.openError());
  const auto allSeries = db.listSeries();
  if (!allSeries) return fail(allSeries.error());

  // 1. The gate: nothing is written while any of it fails.
  progress.report(0, 100, ExportTr::tr("Checking the cases"));
  const auto plan = planExport(store, db, allSeries.value(), options);
  if (!plan) return fail(plan.error());

  // 2. The package, under a partial name. A plain package is built beside its place; one that
  // leaves encrypted is built inside the store, so that no unencrypted copy ever lies outside it.
  const QString finalPath = out.absoluteFilePath();
  const bool zipped = !options.zipPassword.isEmpty();
  std::optional<ScratchFolder> packageScratch;
  QString partial;
  if (zipped) {
    auto made = ScratchFolder::create(store, QStringLiteral("package"));
    if (!made) return fail(made.error());
    packageScratch = std::move(made).value();
    partial = packageScratch->path();
  } else {
    partial = QFileInfo(finalPath).absolutePath() + QStringLiteral("/.") + out.fileName() + QStringLiteral(".partial-") + newUid().right(8);
    if (!QDir().mkpath(partial)) return fail(ExportTr::tr("%1: cannot create the folder").arg(partial));
  }
  struct Cleanup {
    QString dir;
    bool keep = false;
    ~Cleanup() {
      if (!keep && !dir.isEmpty()) QDir(dir).removeRecursively();
    }
  } cleanup{zipped ? QString() : partial};  // the scratch folder removes itself

  PackageWriter package(store, db, options, partial);
  if (const Status s = package.writeSeries(*plan, progress); !s) return s.cancelled() ? cancelledFailure(s.error()) : fail(s.error());
  if (const Status s = package.writeReports(*plan); !s) return fail(s.error());
  DatasetExport& result = package.result;
  result.patients = package.patients();
  result.studies = package.studies();

  // 3. The case sheet, the DICOMDIR, the README and the manifest.
  progress.report(85, 100, options.transient ? ExportTr::tr("Writing the manifest") : ExportTr::tr("Writing the case sheet and the DICOMDIR"));
  const bool incomplete = !plan->missing.empty();
  if (!options.transient) {
    if (const Status ok = writeCaseSheetXlsx(*plan->sheet, QDir(partial).filePath(QStringLiteral("case-sheet.xlsx")), options.japaneseSheet, incomplete); !ok)
      return fail(ok.error());
    if (const Status ok = writeCaseSheetCsv(*plan->sheet, QDir(partial).filePath(QStringLiteral("case-sheet.csv")), options.japaneseSheet, incomplete); !ok)
      return fail(ok.error());
    if (const Status ok = package.writeDicomDirectory(); !ok) return fail(ok.error());
    if (const Status ok = writeText(QDir(partial).filePath(QStringLiteral("README.txt")), readmeText(options, *plan, result)); !ok)
      return fail(ok.error());
  }
  const auto manifestHash = package.writeManifest();
  if (!manifestHash) return fail(manifestHash.error());
  result.manifestSha256 = manifestHash.value();
  result.missing = incomplete ? plan->missing : std::vector<MissingCell>();

  // 4. Encrypted if asked, on disk, in the ledger, and only then under its name.
  QString packed = partial;  // what gets the final name
  if (zipped) {
    progress.report(90, 100, ExportTr::tr("Encrypting the archive"));
    packed = QFileInfo(finalPath).absolutePath() + QStringLiteral("/.") + out.fileName() + QStringLiteral(".partial-") + newUid().right(8);
    if (const Status ok = zipFolder(partial, packed, options.zipPassword); !ok) {
      QFile::remove(packed);
      return fail(ok.error());
    }
    const int fd = ::open(QFile::encodeName(packed).constData(), O_RDONLY);
    const bool synced = fd >= 0 && ::fsync(fd) == 0;
    if (fd >= 0) ::close(fd);
    if (!synced) {
      QFile::remove(packed);
      return fail(ExportTr::tr("%1: cannot be written to disk").arg(packed));
    }
    result.bytes = QFileInfo(packed).size();
  }
  struct ArchiveCleanup {
    QString file;
    bool keep = false;
    ~ArchiveCleanup() {
      if (!file.isEmpty() && !keep) QFile::remove(file);
    }
  } archiveCleanup{zipped ? packed : QString()};

  progress.report(95, 100, ExportTr::tr("Recording the export"));
  if (!zipped && !options.transient)
    if (const Status ok = syncTree(partial); !ok) return fail(ok.error());
  if (progress.cancelled()) return cancelledFailure(ExportTr::tr("cancelled"));
  QString note = QStringLiteral("dataset of %1 cases; package MANIFEST.sha256 %2").arg(plan->cases.size()).arg(result.manifestSha256);
  if (!options.purpose.isEmpty()) note = QStringLiteral("purpose: %1; ").arg(options.purpose) + note;
  if (incomplete) note += QStringLiteral("; INCOMPLETE case sheet");
  const auto exportId =
      db.recordExport(options.partner, options.ledgerDestination.isEmpty() ? finalPath : options.ledgerDestination, package.items, note, options.actor);
  if (!exportId) return fail(exportId.error());
  // The last step: the package gets its name. Should this fail, the ledger row goes again.
  if (!QDir().rename(packed, finalPath)) {
    (void)db.deleteExport(exportId.value());
    return fail(ExportTr::tr("%1: cannot be given its name").arg(finalPath));
  }
  cleanup.keep = true;  // (a zipped package's folder inside the store goes with its scratch folder)
  archiveCleanup.keep = true;
  if (!options.transient) {
    const int parent = ::open(QFile::encodeName(QFileInfo(finalPath).absolutePath()).constData(), O_RDONLY | O_DIRECTORY);
    if (parent >= 0) ::fsync(parent), ::close(parent);
  }
  result.path = finalPath;
  result.exportId = exportId.value();
  progress.report(100, 100, ExportTr::tr("Done"));
  return result;
}

Result<QStringList> verifyPackage(const QString& path, const QString& password) {
  if (QFileInfo(path).isFile()) {
    // An archive: unpacked into a private folder and checked like a folder.
    QTemporaryDir unpacked;
    if (!unpacked.isValid()) return fail(ExportTr::tr("cannot create a temporary folder"));
    if (const Status ok = unzipFolder(path, password, unpacked.path()); !ok) return fail(ok.error());
    return verifyPackage(unpacked.path());
  }
  QStringList problems;
  QFile manifest(QDir(path).filePath(kManifest));
  if (!manifest.open(QIODevice::ReadOnly)) return fail(ExportTr::tr("%1: no %2 (not a RadCurator package?)").arg(path, kManifest));
  QSet<QString> listed;
  for (const QByteArray& raw : manifest.readAll().split('\n')) {
    const QString line = QString::fromUtf8(raw);
    if (line.trimmed().isEmpty()) continue;
    const QString hash = line.left(64), file = line.mid(66);
    if (hash.size() != 64 || line.mid(64, 2) != QLatin1String("  ") || file.isEmpty()) {
      problems << ExportTr::tr("%1: a line that is not \"hash  file\": %2").arg(kManifest, line);
      continue;
    }
    listed.insert(file);
    const QString full = QDir(path).filePath(file);
    // Lexically inside (the file may be missing): relative, and no way up.
    const QString clean = QDir::cleanPath(file);
    if (QDir::isAbsolutePath(file) || clean == QLatin1String("..") || clean.startsWith(QLatin1String("../")) ||
        (QFileInfo::exists(full) && !isInsideFolder(QFileInfo(full).absoluteFilePath(), QFileInfo(path).absoluteFilePath()))) {
      problems << ExportTr::tr("%1: leads outside the package").arg(file);
      continue;
    }
    const auto actual = sha256OfFile(full);
    if (!actual) problems << ExportTr::tr("%1: missing").arg(file);
    else if (actual.value() != hash) problems << ExportTr::tr("%1: changed (SHA-256 %2, the manifest says %3)").arg(file, actual.value(), hash);
  }
  QStringList dicomFiles;
  for (const QString& f : filesUnder(path)) {
    if (f == kManifest) continue;
    if (!listed.contains(f)) problems << ExportTr::tr("%1: not in the manifest").arg(f);
    if (f.startsWith(QLatin1String("DICOM/"))) dicomFiles << QFileInfo(QDir(path).filePath(f)).absoluteFilePath();
  }
  const auto dicomdir = readDicomDir(QDir(path).filePath(QStringLiteral("DICOMDIR")));
  if (!dicomdir) {
    problems << ExportTr::tr("DICOMDIR: %1").arg(dicomdir.error());
  } else {
    for (const QString& m : dicomdir->missing) problems << ExportTr::tr("DICOMDIR: lists %1, which is not there").arg(m);
    for (const QString& r : dicomdir->refused) problems << ExportTr::tr("DICOMDIR: %1").arg(r);
    QSet<QString> indexed;
    for (const QString& f : dicomdir->files) indexed.insert(QFileInfo(f).absoluteFilePath());
    for (const QString& f : dicomFiles)
      if (!indexed.contains(f)) problems << ExportTr::tr("DICOMDIR: does not list %1").arg(QDir(path).relativeFilePath(f));
  }
  return problems;
}

}  // namespace rc
