#pragma once
// The hand-off of a dataset to a partner: one folder (an IHE PDI-style medium) holding, for
// the chosen cases, the de-identified DICOM under DICOM/PATnnnnn/STUnnnnn/SERnnnnn/IMGnnnnn,
// each annotated series' SEG and SR, the case sheet (.xlsx and .csv), a README for the
// partner, MANIFEST.sha256 (sha256sum format) and a DICOMDIR listing every DICOM file.
//
// A gate runs before anything is written and refuses with every problem, naming the case:
// images with burned-in text not yet reviewed, unverified AI-made segments (unless included),
// empty required sheet cells (unless an incomplete sheet is asked for). Every file passes the
// store's export profile and the residual-PHI scan again on its way out; the correspondence
// table never goes (the package is checked against it before it is handed over).
//
// Atomic: the package is built under a hidden partial name, every file fsynced, the export
// recorded in the ledger, and only then renamed to its name. A crash leaves a partial folder
// that no one takes for a package, and no ledger row.

#include "core/Progress.h"
#include "core/Result.h"
#include "handoff/CaseSheet.h"
#include "storage/CaseStore.h"
#include "storage/LabelStore.h"

#include <map>

#include <QStringList>

namespace rc {

class CorrespondenceTable;
class DeidProfile;

struct DatasetExportOptions {
  QStringList cases;                           // patient codes; empty: every patient of the store
  QString partner;                             // required
  QString purpose;
  QString actor;                               // who exports (the ledger)
  bool japaneseSheet = true;
  SheetTemplate sheetColumns = SheetTemplate::builtIn(QStringLiteral("chest")).value();  // the columns after I
  bool allowIncomplete = false;                // export a sheet with empty required cells, marked
  bool includeUnverified = false;              // AI-made segments no reader verified, marked
  // Not empty: the package goes out as one AES-256 zip at the output path (the plain folder
  // is built inside the store and deleted). The password is never stored or logged.
  QString zipPassword;
  const CorrespondenceTable* table = nullptr;  // required (residual-PHI scan)
  const DeidProfile* profile = nullptr;        // required (the store's profile)
  // A reading study's export: only the project's cases among the chosen patients' series,
  // each with its final label set (consensus, or the one accepted reading); a case without
  // one (key without a series) stops the export. The README and the sheet say which set.
  QString project;
  std::map<QString, LabelChoice> projectCases;  // series uid -> its final set
  SheetAdditions sheetAdditions;                // a study's own columns (the bone-scan study's readings and programs)
  // Not empty: only these series of the chosen cases (a PACS push of one series); with no
  // cases named, the cases are those of these series.
  QStringList seriesOnly;
  bool withLabels = true;                       // false: the images alone, no SEG or SR
  // Where the ledger says the package went, when not the output path (a node or a URL that
  // the package, built in scratch space, is sent to).
  QString ledgerDestination;
  // A copy built in scratch space to be sent (C-STORE, STOW-RS) and then deleted: only the
  // DICOM files and their manifest (its hash goes into the ledger), no case sheet, DICOMDIR or
  // README, and not forced to disk (the ledger row is; nothing else outlives the send).
  bool transient = false;
};

struct DatasetExport {
  QString path;
  qint64 exportId = 0;
  int patients = 0, studies = 0, series = 0, files = 0;
  qint64 bytes = 0;
  QString manifestSha256;             // the package's hash (of MANIFEST.sha256)
  std::vector<MissingCell> missing;   // empty required cells of an incomplete export
  // Presentation states and vendors' private objects a general-purpose DICOMDIR cannot list
  // (de-identification removes a presentation state's creation date, which its record
  // requires): left out, each with its reason. An image that cannot be listed stops the export.
  QStringList leftOut;
  QStringList labelsLeftOut;  // findings a series' report could not carry, "<patient>: finding X: reason"
  int reports = 0;            // confirmed reports written (reports.csv and a Basic Text SR each)
  int draftReports = 0;       // reports of these studies not yet confirmed: left home
};

Result<DatasetExport> exportDataset(const CaseStore& store, const QString& outputPath, const DatasetExportOptions& options,
                                    Progress& progress = Progress::none());

// Re-checks a package: every file against MANIFEST.sha256 (nothing missing, nothing added,
// no byte changed) and the DICOMDIR (readable; it lists every DICOM file and nothing else).
// A zip is opened with `password` (a wrong one fails). Returns the problems, each naming the
// file; empty when the package is intact.
Result<QStringList> verifyPackage(const QString& path, const QString& password = QString());

}  // namespace rc
