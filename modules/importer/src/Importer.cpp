#include "importer/Importer.h"

#include "core/Files.h"
#include "core/Parallel.h"
#include "deid/BurnedIn.h"
#include "deid/Deidentifier.h"
#include "deid/PhiScanner.h"
#include "dicom/DicomDir.h"
#include "dicom/DicomFile.h"
#include "dicom/DicomHeader.h"
#include "storage/ScratchSpace.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSet>
#include <QTemporaryDir>
#include <QUuid>

#include <condition_variable>
#include <deque>
#include <exception>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <thread>

namespace rc {

namespace {

struct ImporterTr {
  Q_DECLARE_TR_FUNCTIONS(Importer)
};

bool isDicomDirName(const QString& path) {
  const QString name = QFileInfo(path).fileName().toUpper();
  return name == QLatin1String("DICOMDIR") || name == QLatin1String("DICOMDIR.;1") || name == QLatin1String("DICOMDIR;1");
}

// Module messages name the file first ("<path>: reason"); an issue already carries the path.
QString reasonOnly(const QString& path, const QString& message) {
  const QString prefix = path + QStringLiteral(": ");
  return message.startsWith(prefix) ? message.mid(prefix.size()) : message;
}

void addIssue(ImportReport& report, ImportIssue::Kind kind, const QString& path, const QString& message) {
  report.issues.push_back({kind, path, reasonOnly(path, message)});
  if (kind == ImportIssue::Kind::Error) ++report.errors;
  else ++report.skipped;
}

// Every regular file under `paths`, each once; DICOMDIRs are listed separately. Nothing
// outside what the user named is read: a link out of a folder is skipped, and a medium's
// references must stay inside the medium. Everything else found is accounted for in the
// report (walkFiles: unreadable folders, dangling or looping links, with their reasons).
struct Collected {
  QStringList files;
  QStringList dicomDirs;
  QHash<QString, QString> displayNames;  // alias link -> the name to show (names not in UTF-8)
  std::vector<std::shared_ptr<QTemporaryDir>> aliases;
};

Collected collectFiles(const QStringList& paths, ImportReport& report) {
  Collected collected;
  QSet<QByteArray> seen;
  auto add = [&](const FoundFile& file, bool aliased) {
    if (seen.contains(file.realPath)) return;
    seen.insert(file.realPath);
    if (aliased) collected.displayNames.insert(file.path, file.displayPath);
    if (isDicomDirName(file.displayPath)) collected.dicomDirs << file.path;
    else collected.files << file.path;
  };
  for (const QString& path : paths) {
    FolderWalk walk = walkFiles(path);
    for (const WalkProblem& p : walk.problems)
      addIssue(report, p.error ? ImportIssue::Kind::Error : ImportIssue::Kind::Skipped, p.displayPath, p.reason);
    for (const FoundFile& f : walk.files) add(f, walk.aliases && f.path.startsWith(walk.aliases->path() + QLatin1Char('/')));
    if (walk.aliases) collected.aliases.push_back(walk.aliases);
  }
  // Files referenced from DICOMDIRs (media may hold them under names the walk already
  // found; `seen` keeps each once). Missing references are errors: the medium is incomplete.
  for (const QString& dicomDir : collected.dicomDirs) {
    const auto contents = readDicomDir(dicomDir);
    if (!contents) {
      addIssue(report, ImportIssue::Kind::Error, dicomDir, contents.error());
      continue;
    }
    for (const QString& f : contents->files) {
      const QByteArray real = QFile::encodeName(QFileInfo(f).canonicalFilePath());
      if (!real.isEmpty()) add(FoundFile{QString::fromUtf8(real), f, real}, false);
    }
    for (const QString& missing : contents->missing)
      addIssue(report, ImportIssue::Kind::Error, missing, ImporterTr::tr("referenced by %1 but missing from the medium").arg(dicomDir));
    for (const QString& refused : contents->refused) addIssue(report, ImportIssue::Kind::Error, dicomDir, refused);
  }
  return collected;
}

// Rows for one de-identified series. The patient is filed under the code the correspondence
// table issued; every instance carries the code written into its own file.
struct Deidentified {
  DicomHeader header;  // of the de-identified file
  QString patientCode;
  QString source;      // the original file
  QString sha256;      // of the de-identified file, where the worker that wrote it hashed it
  QString accessionKey;  // keyed hash of the original's accession number (the file no longer has it)
};

SeriesBatch batchFor(const std::vector<Deidentified>& files, const QString& patientCode) {
  const DicomHeader& first = files.front().header;
  SeriesBatch batch;
  batch.patient.code = patientCode;
  batch.patient.name = first.patientName;
  batch.patient.sex = first.patientSex;
  batch.patient.birthDate = first.patientBirthDate;
  batch.patient.age = first.patientAge;
  batch.study.uid = first.studyInstanceUid;
  batch.study.date = first.studyDate;
  batch.study.time = first.studyTime;
  batch.study.description = first.studyDescription;
  batch.study.accessionNumber = first.accessionNumber;
  for (const Deidentified& file : files)
    if (batch.study.accessionKey.isEmpty()) batch.study.accessionKey = file.accessionKey;
  batch.series.uid = first.seriesInstanceUid;
  batch.series.modality = first.modality;
  batch.series.bodyPart = first.bodyPartExamined;
  batch.series.description = first.seriesDescription;
  batch.series.date = first.seriesDate;
  batch.series.number = first.seriesNumber;
  batch.series.rows = first.rows;
  batch.series.columns = first.columns;
  batch.series.transferSyntaxUid = first.transferSyntaxUid;
  for (const Deidentified& file : files) {
    const DicomHeader& h = file.header;
    InstanceRecord r;
    r.sopInstanceUid = h.sopInstanceUid;
    r.sopClassUid = h.sopClassUid;
    r.instanceNumber = h.instanceNumber;
    r.rows = h.rows;
    r.columns = h.columns;
    r.frames = h.isImage() ? h.numberOfFrames : 0;
    r.transferSyntaxUid = h.transferSyntaxUid;
    if (h.isImage()) r.burnedInRisk = burnedInTextRisk(h.sopClassUid, h.modality, h.burnedInAnnotation, h.imageType);
    batch.instances.push_back({r, h.filePath, file.patientCode, file.sha256});
  }
  return batch;
}

// The value most files vote for; a tie goes to the one the first of them named.
QString majority(const std::vector<QString>& votes) {
  QHash<QString, int> counts;
  QString best;
  for (const QString& v : votes) {
    const int n = ++counts[v];
    if (best.isEmpty() || n > counts.value(best)) best = v;
  }
  return best;
}

}  // namespace

QString ImportReport::summaryLine() const {
  return QStringLiteral("imported %1 files, %2 series, %3 skipped, %4 errors")
      .arg(filesImported)
      .arg(seriesImported)
      .arg(skipped)
      .arg(errors);
}

ImportScan scanForImport(const QStringList& paths, Progress& progress, int threads) {
  ImportScan scan;
  scan.paths = paths;
  Collected collected = collectFiles(paths, scan.report);
  scan.files = collected.files;
  scan.dicomDirs = collected.dicomDirs;
  scan.displayNames = std::move(collected.displayNames);
  scan.aliases = std::move(collected.aliases);
  scan.report.filesFound = int(collected.files.size());
  const qint64 total = scan.report.filesFound;

  // 1. Header scan, in parallel (a few kilobytes of I/O per file). A file that cannot be read
  // is an error with the system's reason, not "not a DICOM file".
  scan.headers.resize(size_t(collected.files.size()));
  std::atomic<qint64> done{0};
  // Read through a const reference only: a non-const QStringList::operator[] detaches a list
  // shared with another copy, and two threads detaching at once corrupt it.
  const QStringList& files = scan.files;
  parallelFor(size_t(files.size()), threads, [&](size_t i) {
    if (progress.cancelled()) return false;
    const QString& path = files[qsizetype(i)];
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
      scan.headers[i] = Result<DicomHeader>(fail(ImporterTr::tr("cannot read the file: %1").arg(file.errorString())));
    } else {
      const QByteArray head = file.read(132);
      file.close();
      if (looksLikeDicom(reinterpret_cast<const unsigned char*>(head.constData()), head.size())) scan.headers[i] = readDicomHeader(path);
    }
    progress.report(++done, total, ImporterTr::tr("Reading headers"));
    return true;
  });
  if (progress.cancelled()) scan.report.cancelled = true;
  return scan;
}

ImportReport Importer::run(const QStringList& paths, Progress& progress) {
  return run(scanForImport(paths, progress, threads_), progress);
}

ImportReport Importer::run(ImportScan scan, Progress& progress) {
  const QHash<QString, QString> displayNames = scan.displayNames;
  ImportReport report = runScanned(std::move(scan), progress);
  // Files whose names are not UTF-8 were read through alias links: name them as they are.
  if (!displayNames.isEmpty())
    for (ImportIssue& issue : report.issues)
      for (auto it = displayNames.begin(); it != displayNames.end(); ++it) {
        if (issue.path == it.key()) issue.path = it.value();
        issue.reason.replace(it.key(), it.value());
      }
  return report;
}

namespace {

// 2. The files that can be filed, in file order; what the scan could not use is reported.
std::vector<const DicomHeader*> fileableHeaders(const ImportScan& scan, ImportReport& report) {
  const auto& scanned = scan.headers;
  std::vector<const DicomHeader*> headers;
  for (size_t i = 0; i < scanned.size(); ++i) {
    const QString& path = scan.files[qsizetype(i)];
    if (!scanned[i]) {
      addIssue(report, ImportIssue::Kind::Skipped, path, ImporterTr::tr("not a DICOM file"));
      continue;
    }
    const Result<DicomHeader>& result = *scanned[i];
    if (!result) {
      addIssue(report, ImportIssue::Kind::Error, path, result.error());
      continue;
    }
    if (result->isMediaDirectory()) {
      addIssue(report, ImportIssue::Kind::Skipped, path, ImporterTr::tr("DICOMDIR media directory (its files are imported)"));
      continue;
    }
    if (result->sopClassUid == QLatin1String("1.2.840.10008.5.1.4.1.1.104.1")) {  // Encapsulated PDF Storage
      addIssue(report, ImportIssue::Kind::Error, path,
               ImporterTr::tr("refused: an encapsulated PDF report's text cannot be de-identified reliably; import the report as "
                              "text (radcurator-cli reports import, CSV or HL7)"));
      continue;
    }
    headers.push_back(&result.value());
  }
  return headers;
}

// 3. Every patient of this import gets its code before any file is de-identified, so that
// each output is checked against the whole table, this import's other patients included
// (a report that names another patient). An opted-out patient's files are refused here.
// Returns the codes issued (counted, not from the table's size: another program may issue
// codes meanwhile).
int issueCodes(CorrespondenceTable& table, std::vector<const DicomHeader*>& headers, QHash<const DicomHeader*, QString>& codeOf,
               ImportReport& report) {
  int issuedCodes = 0;
  QHash<QString, Result<QString>> byIdentity;
  std::vector<const DicomHeader*> kept;
  for (const DicomHeader* h : headers) {
    const PatientIdentity identity{h->patientId, h->issuerOfPatientId, h->patientName, h->patientBirthDate};
    const QString key = QStringList{identity.patientId, identity.issuer, identity.name, identity.birthDate}.join(QChar(0x1f));
    auto it = byIdentity.find(key);
    if (it == byIdentity.end()) {
      bool issued = false;
      it = byIdentity.insert(key, table.codeFor(identity, &issued));
      issuedCodes += issued;
    }
    if (!it->ok()) {
      addIssue(report, ImportIssue::Kind::Error, h->filePath, it->error());
      continue;
    }
    codeOf.insert(h, it->value());
    kept.push_back(h);
  }
  headers.swap(kept);
  return issuedCodes;
}

// 4. A file that contradicts its study's patient, or its series' study, is refused alone.
// The store decides where it already holds the study or series; otherwise most of this
// import's files do. No file is ever filed under another patient's code.
void refuseContradictions(CaseDatabase& db, const std::function<QString(const QString&)>& storedUid,
                          const QHash<const DicomHeader*, QString>& codeOf, std::vector<const DicomHeader*>& headers, ImportReport& report) {
  std::map<QString, std::vector<QString>> codesOfStudy;
  for (const DicomHeader* h : headers) codesOfStudy[h->studyInstanceUid].push_back(codeOf.value(h));
  QHash<QString, QString> studyOwner;
  for (const auto& [study, codes] : codesOfStudy) {
    const auto stored = db.patientOfStudy(storedUid(study));
    studyOwner.insert(study, stored && !stored->isEmpty() ? stored.value() : majority(codes));
  }
  std::map<QString, std::vector<QString>> studiesOfSeries;
  std::vector<const DicomHeader*> kept;
  for (const DicomHeader* h : headers) {
    const QString owner = studyOwner.value(h->studyInstanceUid);
    if (codeOf.value(h) != owner) {
      addIssue(report, ImportIssue::Kind::Error, h->filePath,
               ImporterTr::tr("refused: the file is of patient %1, but its study belongs to patient %2 (a file is never "
                              "filed under another patient's code)")
                   .arg(codeOf.value(h), owner));
      continue;
    }
    studiesOfSeries[h->seriesInstanceUid].push_back(h->studyInstanceUid);
    kept.push_back(h);
  }
  headers.swap(kept);
  QHash<QString, QString> seriesStudy;  // original UIDs
  for (const auto& [series, studies] : studiesOfSeries) {
    const auto stored = db.studyOfSeries(storedUid(series));
    QString study = majority(studies);
    if (stored && !stored->isEmpty()) {
      study.clear();  // the store's study, as this import names it (if it does)
      for (const QString& s : studies)
        if (storedUid(s) == stored.value()) study = s;
    }
    seriesStudy.insert(series, study);
  }
  kept.clear();
  for (const DicomHeader* h : headers) {
    if (seriesStudy.value(h->seriesInstanceUid) != h->studyInstanceUid) {
      addIssue(report, ImportIssue::Kind::Error, h->filePath,
               ImporterTr::tr("refused: its series belongs to another study than the one the file names"));
      continue;
    }
    kept.push_back(h);
  }
  headers.swap(kept);

}

// 5. Grouped by series; copies of one SOP Instance UID form one unit, tried in file order
// until one passes de-identification and the PHI check (a damaged copy that sorts first
// must not cost the good one).
struct Unit {
  std::vector<const DicomHeader*> copies;
};
struct SeriesUnits {
  std::map<QString, std::vector<Unit>> unitsOfSeries;
  QStringList seriesOrder;  // first seen first
};

SeriesUnits groupUnits(const std::vector<const DicomHeader*>& headers, ImportReport& report) {
  SeriesUnits grouped;
  auto& unitsOfSeries = grouped.unitsOfSeries;
  auto& seriesOrder = grouped.seriesOrder;
  QHash<QString, std::pair<QString, size_t>> unitOfSop;  // SOP -> (series, index)
  for (const DicomHeader* h : headers) {
    const auto found = unitOfSop.constFind(h->sopInstanceUid);
    if (found != unitOfSop.constEnd()) {
      Unit& unit = unitsOfSeries[found->first][found->second];
      if (found->first == h->seriesInstanceUid) {
        unit.copies.push_back(h);
      } else {
        addIssue(report, ImportIssue::Kind::Skipped, h->filePath,
                 ImporterTr::tr("same SOP Instance UID as %1, in another series").arg(unit.copies.front()->filePath));
      }
      continue;
    }
    if (!unitsOfSeries.count(h->seriesInstanceUid)) seriesOrder << h->seriesInstanceUid;
    auto& units = unitsOfSeries[h->seriesInstanceUid];
    unitOfSop.insert(h->sopInstanceUid, {h->seriesInstanceUid, units.size()});
    units.push_back({{h}});
  }
  return grouped;
}

// One unit's result: the copy that passed (if one did) and why the others did not.
struct Outcome {
  std::optional<Deidentified> file;
  std::vector<std::pair<const DicomHeader*, QString>> failed;  // copies that did not pass
};

// 6b. One series' outcomes into the store (one transaction) and the report; the scratch
// files go.
void fileSeries(CaseDatabase& db, const std::vector<Unit>& units, const std::vector<Outcome>& outcomes, ImportReport& report) {
  std::vector<Deidentified> files;
  for (const Outcome& o : outcomes) {
    for (const auto& [copy, problem] : o.failed) {
      if (o.file)
        addIssue(report, ImportIssue::Kind::Skipped, copy->filePath,
                 ImporterTr::tr("same SOP Instance UID as %1, which was imported; this copy could not be: %2")
                     .arg(o.file->source, reasonOnly(copy->filePath, problem)));
      else
        addIssue(report, ImportIssue::Kind::Error, copy->filePath, problem);
    }
    if (o.file) files.push_back(*o.file);
  }
  // Copies after the one that passed were never needed.
  for (size_t i = 0; i < units.size(); ++i) {
    if (!outcomes[i].file) continue;
    bool after = false;
    for (const DicomHeader* copy : units[i].copies) {
      if (after)
        addIssue(report, ImportIssue::Kind::Skipped, copy->filePath,
                 ImporterTr::tr("same SOP Instance UID as %1").arg(outcomes[i].file->source));
      if (copy->filePath == outcomes[i].file->source) after = true;
    }
  }

  if (!files.empty()) {
    const SeriesBatch batch = batchFor(files, files.front().patientCode);
    const auto stored = db.storeSeries(batch);
    if (!stored) {
      for (const Deidentified& f : files) addIssue(report, ImportIssue::Kind::Error, f.source, stored.error());
    } else {
      report.filesImported += stored->stored;
      report.alreadyPresent += stored->alreadyPresent;
      if (stored->stored > 0) {
        ++report.seriesImported;
        report.importedSeriesUids << batch.series.uid;
        for (const auto& instance : batch.instances)
          if (!instance.record.burnedInRisk.isEmpty()) ++report.burnedInFlagged;
      }
      if (stored->alreadyPresent > 0) {
        report.skipped += stored->alreadyPresent;
        report.issues.push_back({ImportIssue::Kind::Skipped, files.front().source,
                                 ImporterTr::tr("%n instance(s) of series %1 already in the store", nullptr,
                                                stored->alreadyPresent)
                                     .arg(batch.series.uid)});
      }
    }
  }
  for (const Deidentified& f : files) QFile::remove(f.header.filePath);
}

}  // namespace

ImportReport Importer::runScanned(ImportScan scan, Progress& progress) {
  ImportReport report = std::move(scan.report);
  if (report.cancelled || progress.cancelled()) {
    report.cancelled = true;
    return report;
  }
  for (const QString& dicomDir : scan.dicomDirs)
    addIssue(report, ImportIssue::Kind::Skipped, dicomDir, ImporterTr::tr("DICOMDIR media directory (its files are imported)"));
  std::vector<const DicomHeader*> headers = fileableHeaders(scan, report);
  if (!profile_ || !table_) {
    addIssue(report, ImportIssue::Kind::Error, store_.directory(), ImporterTr::tr("no de-identification profile or correspondence table"));
    report.errors += int(headers.size());
    return report;
  }
  CaseDatabase db(store_);
  if (!db.isOpen()) {
    addIssue(report, ImportIssue::Kind::Error, store_.databasePath(), db.openError());
    report.errors += int(headers.size());
    return report;
  }
  QHash<const DicomHeader*, QString> codeOf;
  int issuedCodes = issueCodes(*table_, headers, codeOf, report);
  const bool retainUids = profile_->has(DeidOption::RetainUids);
  const auto storedUid = [&](const QString& original) { return retainUids ? original : mapUid(table_->secret(), original); };
  refuseContradictions(db, storedUid, codeOf, headers, report);
  const SeriesUnits grouped = groupUnits(headers, report);
  const auto& unitsOfSeries = grouped.unitsOfSeries;
  const QStringList& seriesOrder = grouped.seriesOrder;

  // 6. De-identified into the store's scratch space (same file system: the final step is a
  // rename), a series at a time ahead of the filing, then filed series by series. The scratch
  // folder is this import's while it runs; a killed import's folder is removed at the next start.
  auto madeScratch = ScratchFolder::create(store_, QStringLiteral("import"));
  if (!madeScratch) {
    addIssue(report, ImportIssue::Kind::Error, store_.temporaryDirectory(), madeScratch.error());
    report.errors += int(headers.size());
    return report;
  }
  std::optional<ScratchFolder> scratchFolder(std::move(madeScratch).value());
  const QString scratch = scratchFolder->path();
  QMutex tableMutex;  // the table issues codes one at a time
  PhiScanner knownPatients;
  knownPatients.addCorrespondence(*table_);
  DeidContext context;
  context.profile = profile_.get();
  context.uidSecret = table_->secret();
  context.knownPatients = &knownPatients;
  context.hashOutput = true;
  context.cleanReportText = reportTextCleaner_;
  context.resolvePatient = [&](const PatientIdentity& identity) -> Result<PatientKeys> {
    QMutexLocker lock(&tableMutex);
    bool issued = false;
    auto code = table_->codeFor(identity, &issued);
    issuedCodes += issued;
    if (!code) return fail(code.error());
    return PatientKeys{code.value(), table_->dateOffsetDays(identity)};
  };

  qint64 processed = 0;
  qint64 toStore = 0;
  for (const auto& [series, units] : unitsOfSeries) toStore += qint64(units.size());
  // De-identifies (and checks) every unit of one series into the scratch folder. Touches
  // nothing but its own outcomes, so that it can run beside the filing of the previous series.
  auto deidentifySeries = [&](size_t seriesIndex) {
    const auto& units = unitsOfSeries.at(seriesOrder[int(seriesIndex)]);
    std::vector<Outcome> outcomes(units.size());
    parallelFor(units.size(), threads_, [&](size_t i) {
      for (const DicomHeader* original : units[i].copies) {
        const QString out = QDir(scratch).filePath(QStringLiteral("%1-%2-%3.dcm").arg(seriesIndex).arg(i).arg(outcomes[i].failed.size()));
        const QString expected = codeOf.value(original);
        // The written file's header comes from the PHI scan's parse of it.
        std::optional<Result<DicomHeader>> written;
        const auto deidentified =
            deidentifyFileChecked(original->filePath, out, context, [&](DcmFileFormat& file) { written = headerOf(file, out); });
        QString problem;
        std::optional<DicomHeader> header;
        if (!deidentified) {
          problem = deidentified.error();
        } else if (!written) {
          problem = ImporterTr::tr("%1: the de-identified file was not read back").arg(out);
        } else if (const Result<DicomHeader>& h = *written; !h) {
          problem = h.error();
        } else if (deidentified->patientCode != expected ||
                   (profile_->issuesPatientCodes() && h->patientId != expected)) {
          // Never file an instance under a code other than the one written into it.
          problem = ImporterTr::tr("refused: the de-identified file carries patient code %1, expected %2")
                        .arg(profile_->issuesPatientCodes() ? h->patientId : deidentified->patientCode, expected);
        } else {
          header = h.value();
        }
        if (header) {
          // Hashed as it was written, on the cores, not by the filing that waits on the disk.
          outcomes[i].file = Deidentified{std::move(*header), expected, original->filePath, deidentified->outputSha256,
                                          keyedIdentifierHash(table_->secret(), QStringLiteral("accession"), original->accessionNumber)};
          return true;
        }
        QFile::remove(out);
        outcomes[i].failed.emplace_back(original, problem);
      }
      return !progress.cancelled();
    });
    return outcomes;
  };

  // De-identification runs up to kSeriesAhead series ahead of the filing, in file order, on a
  // thread of its own: filing waits on the disk (the syncfs before a series' rows commit),
  // de-identification keeps the cores busy meanwhile, and neither waits for the other.
  constexpr size_t kSeriesAhead = 2;
  std::mutex queueMutex;
  std::condition_variable queueChanged;
  std::deque<std::vector<Outcome>> ready;
  bool producerDone = false, stopProducing = false;
  std::exception_ptr producerError;
  std::thread producer([&] {
    try {
      for (size_t i = 0; i < size_t(seriesOrder.size()) && !progress.cancelled(); ++i) {
        {
          std::unique_lock<std::mutex> lock(queueMutex);
          queueChanged.wait(lock, [&] { return stopProducing || ready.size() < kSeriesAhead; });
          if (stopProducing) break;
        }
        std::vector<Outcome> outcomes = deidentifySeries(i);
        std::lock_guard<std::mutex> lock(queueMutex);
        ready.push_back(std::move(outcomes));
        queueChanged.notify_all();
      }
    } catch (...) {
      std::lock_guard<std::mutex> lock(queueMutex);
      producerError = std::current_exception();
    }
    std::lock_guard<std::mutex> lock(queueMutex);
    producerDone = true;
    queueChanged.notify_all();
  });
  // Stops the producer and waits for it, on every way out of this function.
  auto stopAndJoin = [&] {
    {
      std::lock_guard<std::mutex> lock(queueMutex);
      stopProducing = true;
      queueChanged.notify_all();
    }
    if (producer.joinable()) producer.join();
  };
  struct JoinOnExit {
    std::function<void()> join;
    ~JoinOnExit() { join(); }
  } joinOnExit{stopAndJoin};
  // The series in order; nothing once the producer stopped (a cancel, an error).
  auto nextSeries = [&]() -> std::optional<std::vector<Outcome>> {
    std::unique_lock<std::mutex> lock(queueMutex);
    queueChanged.wait(lock, [&] { return !ready.empty() || producerDone; });
    if (ready.empty()) return std::nullopt;
    std::vector<Outcome> outcomes = std::move(ready.front());
    ready.pop_front();
    queueChanged.notify_all();
    return outcomes;
  };
  for (size_t seriesIndex = 0; seriesIndex < size_t(seriesOrder.size()); ++seriesIndex) {
    const QString& seriesUid = seriesOrder[int(seriesIndex)];
    if (progress.cancelled()) {
      report.cancelled = true;
      break;
    }
    const auto& units = unitsOfSeries.at(seriesUid);  // read-only: the producer reads the map too
    auto next = nextSeries();
    if (!next || progress.cancelled()) {  // a series cut short by a cancel is not filed
      report.cancelled = progress.cancelled();
      break;
    }
    const std::vector<Outcome>& outcomes = *next;

    fileSeries(db, units, outcomes, report);
    processed += qint64(units.size());
    progress.report(processed, toStore, ImporterTr::tr("De-identifying and storing"));
  }
  stopAndJoin();  // series de-identified ahead of a cancel: their scratch files go below
  scratchFolder.reset();  // removes the folder
  if (producerError) std::rethrow_exception(producerError);
  report.newPatients = issuedCodes;
  const Status logged = db.recordImport(scan.paths.join(QLatin1Char(';')), report.filesImported, report.seriesImported,
                                        report.skipped, report.errors);
  if (!logged) report.issues.push_back({ImportIssue::Kind::Error, store_.databasePath(), logged.error()});
  return report;
}

Result<QString> fileDerivedSeries(const CaseStore& store, const QStringList& files) {
  if (files.isEmpty()) return fail(ImporterTr::tr("no derived file to file"));
  CaseDatabase db(store);
  if (!db.isOpen()) return fail(db.openError());
  std::vector<Deidentified> headers;
  for (const QString& path : files) {
    auto header = readDicomHeader(path);
    if (!header) return header.failure();
    headers.push_back({header.value(), header->patientId, path, QString()});
  }
  const DicomHeader& first = headers.front().header;
  for (const Deidentified& d : headers) {
    if (d.header.seriesInstanceUid != first.seriesInstanceUid || d.header.studyInstanceUid != first.studyInstanceUid)
      return fail(ImporterTr::tr("%1: a derived series is one series of one study").arg(d.source));
  }
  auto patient = db.patientOfStudy(first.studyInstanceUid);
  if (!patient) return patient.failure();
  if (patient->isEmpty() || patient.value() != first.patientId)
    return fail(ImporterTr::tr("%1: study %2 is not filed under patient %3 in the store")
                    .arg(first.filePath, first.studyInstanceUid, first.patientId));
  const auto stored = db.storeSeries(batchFor(headers, first.patientId));
  if (!stored) return stored.failure();
  return first.seriesInstanceUid;
}

}  // namespace rc
