#include "importer/Importer.h"

#include "core/Parallel.h"
#include "deid/BurnedIn.h"
#include "deid/Deidentifier.h"
#include "deid/PhiScanner.h"
#include "dicom/DicomDir.h"
#include "dicom/DicomHeader.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDirIterator>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSet>
#include <QUuid>

#include <map>
#include <optional>

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

// Every regular file under `paths`, each once; DICOMDIRs are listed separately.
struct Collected {
  QStringList files;
  QStringList dicomDirs;
};

Collected collectFiles(const QStringList& paths, ImportReport& report) {
  Collected collected;
  QSet<QString> seen;
  auto add = [&](const QString& path) {
    const QString canonical = QFileInfo(path).canonicalFilePath();
    if (canonical.isEmpty() || seen.contains(canonical)) return;
    seen.insert(canonical);
    if (isDicomDirName(path)) collected.dicomDirs << canonical;
    else collected.files << canonical;
  };
  for (const QString& path : paths) {
    const QFileInfo info(path);
    if (info.isDir()) {
      QDirIterator it(path, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
      QStringList found;
      while (it.hasNext()) found << it.next();
      found.sort();  // deterministic order on every file system
      for (const QString& f : found) add(f);
    } else if (info.isFile()) {
      add(path);
    } else {
      report.issues.push_back({ImportIssue::Kind::Error, path, ImporterTr::tr("no such file or folder")});
      ++report.errors;
    }
  }
  // Files referenced from DICOMDIRs (media may hold them under names the walk already
  // found; `seen` keeps each once). Missing references are errors: the medium is incomplete.
  for (const QString& dicomDir : collected.dicomDirs) {
    const auto contents = readDicomDir(dicomDir);
    if (!contents) {
      report.issues.push_back({ImportIssue::Kind::Error, dicomDir, reasonOnly(dicomDir, contents.error())});
      ++report.errors;
      continue;
    }
    for (const QString& f : contents->files) add(f);
    for (const QString& missing : contents->missing) {
      report.issues.push_back({ImportIssue::Kind::Error, missing,
                               ImporterTr::tr("referenced by %1 but missing from the medium").arg(dicomDir)});
      ++report.errors;
    }
  }
  return collected;
}

// Rows for one de-identified series. The patient is filed under the code the correspondence
// table issued, whatever the profile wrote into the files.
SeriesBatch batchFor(const std::vector<DicomHeader>& headers, const QString& patientCode) {
  const DicomHeader& first = headers.front();
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
  batch.series.uid = first.seriesInstanceUid;
  batch.series.modality = first.modality;
  batch.series.bodyPart = first.bodyPartExamined;
  batch.series.description = first.seriesDescription;
  batch.series.date = first.seriesDate;
  batch.series.number = first.seriesNumber;
  batch.series.rows = first.rows;
  batch.series.columns = first.columns;
  batch.series.transferSyntaxUid = first.transferSyntaxUid;
  for (const DicomHeader& h : headers) {
    InstanceRecord r;
    r.sopInstanceUid = h.sopInstanceUid;
    r.sopClassUid = h.sopClassUid;
    r.instanceNumber = h.instanceNumber;
    r.rows = h.rows;
    r.columns = h.columns;
    r.frames = h.isImage() ? h.numberOfFrames : 0;
    r.transferSyntaxUid = h.transferSyntaxUid;
    if (h.isImage()) r.burnedInRisk = burnedInTextRisk(h.sopClassUid, h.modality, h.burnedInAnnotation, h.imageType);
    batch.instances.push_back({r, h.filePath});
  }
  return batch;
}

}  // namespace

QString ImportReport::summaryLine() const {
  return QStringLiteral("imported %1 files, %2 series, %3 skipped, %4 errors")
      .arg(filesImported)
      .arg(seriesImported)
      .arg(skipped)
      .arg(errors);
}

ImportReport Importer::run(const QStringList& paths, Progress& progress) {
  ImportReport report;
  const Collected collected = collectFiles(paths, report);
  for (const QString& dicomDir : collected.dicomDirs) {
    report.issues.push_back({ImportIssue::Kind::Skipped, dicomDir, ImporterTr::tr("DICOMDIR media directory (its files are imported)")});
    ++report.skipped;
  }
  report.filesFound = int(collected.files.size());
  const qint64 total = report.filesFound;

  // 1. Header scan, in parallel (a few kilobytes of I/O per file).
  struct Scanned {
    bool isDicom = false;
    std::optional<Result<DicomHeader>> header;  // set for DICOM files
  };
  std::vector<Scanned> scanned(collected.files.size());
  std::atomic<qint64> done{0};
  parallelFor(collected.files.size(), threads_, [&](size_t i) {
    if (progress.cancelled()) return false;
    const QString& path = collected.files[qsizetype(i)];
    scanned[i].isDicom = looksLikeDicom(path);
    if (scanned[i].isDicom) scanned[i].header = readDicomHeader(path);
    progress.report(++done, total, ImporterTr::tr("Reading headers"));
    return true;
  });
  if (progress.cancelled()) {
    report.cancelled = true;
    return report;
  }

  // 2. Classify and group by series, in file order.
  std::map<QString, std::vector<const DicomHeader*>> bySeries;
  QStringList seriesOrder;
  QHash<QString, QString> firstFileOfSop;
  for (size_t i = 0; i < scanned.size(); ++i) {
    const QString& path = collected.files[qsizetype(i)];
    if (!scanned[i].isDicom) {
      report.issues.push_back({ImportIssue::Kind::Skipped, path, ImporterTr::tr("not a DICOM file")});
      ++report.skipped;
      continue;
    }
    const Result<DicomHeader>& result = *scanned[i].header;
    if (!result) {
      report.issues.push_back({ImportIssue::Kind::Error, path, reasonOnly(path, result.error())});
      ++report.errors;
      continue;
    }
    const DicomHeader& h = result.value();
    if (h.isMediaDirectory()) {
      report.issues.push_back({ImportIssue::Kind::Skipped, path, ImporterTr::tr("DICOMDIR media directory (its files are imported)")});
      ++report.skipped;
      continue;
    }
    if (firstFileOfSop.contains(h.sopInstanceUid)) {
      report.issues.push_back({ImportIssue::Kind::Skipped, path,
                               ImporterTr::tr("same SOP Instance UID as %1").arg(firstFileOfSop.value(h.sopInstanceUid))});
      ++report.skipped;
      continue;
    }
    firstFileOfSop.insert(h.sopInstanceUid, path);
    if (!bySeries.count(h.seriesInstanceUid)) seriesOrder << h.seriesInstanceUid;
    bySeries[h.seriesInstanceUid].push_back(&h);
  }

  // 3. De-identify each series, check it, file it in its own transaction.
  if (!profile_ || !table_) {
    report.issues.push_back({ImportIssue::Kind::Error, store_.directory(), ImporterTr::tr("no de-identification profile or correspondence table")});
    report.errors += int(firstFileOfSop.size());
    return report;
  }
  CaseDatabase db(store_);
  if (!db.isOpen()) {
    report.issues.push_back({ImportIssue::Kind::Error, store_.databasePath(), db.openError()});
    report.errors += int(firstFileOfSop.size());
    return report;
  }
  // Scratch space inside the store (same file system: the final step is a rename).
  const QString scratch = QDir(store_.temporaryDirectory()).filePath(QStringLiteral("import-") +
                                                                     QUuid::createUuid().toString(QUuid::WithoutBraces));
  QDir().mkpath(scratch);
  QMutex tableMutex;  // the table issues codes one at a time
  const int patientsBefore = int(table_->entries().size());
  // Every patient of this import gets its code before any file is de-identified, so that each
  // output is checked against the whole table, this import's other patients included (a
  // report that names another patient). Codes of opted-out patients are refused per file below.
  for (const QString& seriesUid : seriesOrder) {
    const DicomHeader* h = bySeries[seriesUid].front();
    (void)table_->codeFor({h->patientId, h->issuerOfPatientId, h->patientName, h->patientBirthDate});
  }
  PhiScanner knownPatients;
  knownPatients.addCorrespondence(*table_);
  DeidContext context;
  context.profile = profile_.get();
  context.uidSecret = table_->secret();
  context.knownPatients = &knownPatients;
  context.resolvePatient = [&](const PatientIdentity& identity) -> Result<PatientKeys> {
    QMutexLocker lock(&tableMutex);
    auto code = table_->codeFor(identity);
    if (!code) return fail(code.error());
    return PatientKeys{code.value(), table_->dateOffsetDays(identity)};
  };

  qint64 stored = 0;
  const qint64 toStore = qint64(firstFileOfSop.size());
  for (const QString& seriesUid : seriesOrder) {
    if (progress.cancelled()) {
      report.cancelled = true;
      break;
    }
    const auto& originals = bySeries[seriesUid];
    struct Done {
      std::optional<DicomHeader> header;  // of the de-identified file
      QString patientCode;
      QString error;
    };
    std::vector<Done> done(originals.size());
    parallelFor(originals.size(), threads_, [&](size_t i) {
      const QString out = QDir(scratch).filePath(QStringLiteral("%1.dcm").arg(stored + qint64(i)));
      const auto outcome = deidentifyFileChecked(originals[i]->filePath, out, context);
      if (!outcome) {
        done[i].error = outcome.error();
        return true;
      }
      auto header = readDicomHeader(out);
      if (!header) {
        done[i].error = header.error();
        return true;
      }
      done[i].header = std::move(header).value();
      done[i].patientCode = outcome->patientCode;
      return true;
    });

    // File the de-identified instances of the series (one patient per series).
    std::vector<DicomHeader> headers;
    QStringList sources;  // the original file of each de-identified one
    QString patientCode;
    for (size_t i = 0; i < done.size(); ++i) {
      if (!done[i].error.isEmpty()) {
        report.issues.push_back({ImportIssue::Kind::Error, originals[i]->filePath, reasonOnly(originals[i]->filePath, done[i].error)});
        ++report.errors;
        continue;
      }
      if (patientCode.isEmpty()) patientCode = done[i].patientCode;
      headers.push_back(*done[i].header);
      sources << originals[i]->filePath;
    }
    if (!headers.empty()) {
      const SeriesBatch batch = batchFor(headers, patientCode);
      const auto outcome = db.storeSeries(batch);
      if (!outcome) {
        for (const QString& source : sources) report.issues.push_back({ImportIssue::Kind::Error, source, outcome.error()});
        report.errors += int(headers.size());
      } else {
        report.filesImported += outcome->stored;
        report.alreadyPresent += outcome->alreadyPresent;
        report.skipped += outcome->alreadyPresent;
        if (outcome->stored > 0) {
          ++report.seriesImported;
          report.importedSeriesUids << headers.front().seriesInstanceUid;
          for (const auto& instance : batch.instances)
            if (!instance.record.burnedInRisk.isEmpty()) ++report.burnedInFlagged;
        }
        if (outcome->alreadyPresent > 0) {
          report.issues.push_back({ImportIssue::Kind::Skipped, originals.front()->filePath,
                                   ImporterTr::tr("%n instance(s) of series %1 already in the store", nullptr,
                                                  outcome->alreadyPresent)
                                       .arg(headers.front().seriesInstanceUid)});
        }
      }
    }
    for (const DicomHeader& h : headers) QFile::remove(h.filePath);
    stored += qint64(originals.size());
    progress.report(stored, toStore, ImporterTr::tr("De-identifying and storing"));
  }
  QDir(scratch).removeRecursively();
  report.newPatients = int(table_->entries().size()) - patientsBefore;
  const Status logged = db.recordImport(paths.join(QLatin1Char(';')), report.filesImported, report.seriesImported,
                                        report.skipped, report.errors);
  if (!logged) report.issues.push_back({ImportIssue::Kind::Error, store_.databasePath(), logged.error()});
  return report;
}

}  // namespace rc
