#pragma once
// Import of folders, files and DICOM media (DICOMDIR) into a case store.
//
// Files are found recursively (and through any DICOMDIR, whose missing references are
// reported), their headers scanned in parallel and grouped by series. Each series is then
// de-identified (nothing identified enters the store: the patient gets the correspondence
// table's code, UIDs the keyed mapping), every de-identified file is checked for residual
// PHI against the identifiers of its original (a file that fails is refused), and the series
// is filed in one transaction: a cancelled or crashed import never leaves half a series.
// Non-DICOM files are skipped, corrupt ones reported with file and reason, and the rest of
// the import goes on. Instances already in the store are skipped, so importing twice is safe.

#include "core/Progress.h"
#include "core/Result.h"
#include "deid/CorrespondenceTable.h"
#include "deid/Deidentifier.h"
#include "deid/Profile.h"
#include "dicom/DicomHeader.h"
#include "storage/CaseStore.h"

#include <QHash>
#include <QString>
#include <QStringList>

class QTemporaryDir;

#include <memory>
#include <optional>
#include <vector>

namespace rc {

struct ImportIssue {
  enum class Kind { Skipped, Error };
  Kind kind;
  QString path;
  QString reason;
};

struct ImportReport {
  int filesFound = 0;
  int filesImported = 0;
  int seriesImported = 0;   // series that received at least one new instance
  int alreadyPresent = 0;   // instances the store already had (counted in skipped)
  int skipped = 0;          // non-DICOM files, DICOMDIRs, duplicates, already stored
  int errors = 0;           // unreadable or corrupt files, files that could not be stored
  int burnedInFlagged = 0;  // stored images that wait for a burned-in text review
  int newPatients = 0;      // patient codes issued by this import
  bool cancelled = false;
  std::vector<ImportIssue> issues;
  QStringList importedSeriesUids;

  bool ok() const { return errors == 0 && !cancelled; }
  // "imported N files, N series, N skipped, N errors"
  QString summaryLine() const;
};

// The first part of an import, which needs no key: the files found under the paths and their
// headers, read in parallel. A caller may scan while the correspondence table is unlocked
// (the key derivation is the longest single step of a command-line import).
struct ImportScan {
  QStringList paths;                                           // as the caller named them
  QStringList files;                                           // in a deterministic order
  std::vector<std::optional<Result<DicomHeader>>> headers;     // per file; empty: not DICOM
  QStringList dicomDirs;                                       // media directories found
  ImportReport report;                                         // issues found while scanning
  // Files whose names are not UTF-8 are read through alias links (walkFiles): link -> the
  // name to report. The links live as long as the last copy of `aliases`.
  QHash<QString, QString> displayNames;
  std::vector<std::shared_ptr<QTemporaryDir>> aliases;
};
ImportScan scanForImport(const QStringList& paths, Progress& progress = Progress::none(), int threads = 0);

class Importer {
public:
  // `table` must be open (it issues the codes and holds the UID key) and outlive the run.
  Importer(CaseStore store, std::shared_ptr<const DeidProfile> profile, CorrespondenceTable* table)
      : store_(std::move(store)), profile_(std::move(profile)), table_(table) {}

  // Imports every DICOM file found under `paths` (files, folders, or DICOMDIR files).
  ImportReport run(const QStringList& paths, Progress& progress = Progress::none());
  // Imports what a scan found (a cancelled scan imports nothing).
  ImportReport run(ImportScan scan, Progress& progress = Progress::none());

  // Decoding threads for the header scan; 0 = one per core.
  void setThreads(int threads) { threads_ = threads; }
  // The text of reports that arrive as SRs goes through `cleaner` (modules/reports gives one).
  void setReportTextCleaner(ReportTextCleaner cleaner) { reportTextCleaner_ = std::move(cleaner); }

private:
  ImportReport runScanned(ImportScan scan, Progress& progress);

  CaseStore store_;
  std::shared_ptr<const DeidProfile> profile_;
  CorrespondenceTable* table_;
  int threads_ = 0;
  ReportTextCleaner reportTextCleaner_;
};

// Files objects RadCurator derived from a stored series (an ADC map, a tumour ADC map): they
// carry the patient, study and UIDs of their de-identified source already, so they are not
// de-identified again. Each file must name a patient code and study that the store holds, in
// that pairing; the files form one new series, filed in one transaction. Returns its UID.
Result<QString> fileDerivedSeries(const CaseStore& store, const QStringList& files);

}  // namespace rc
