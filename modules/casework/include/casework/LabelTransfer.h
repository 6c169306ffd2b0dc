#pragma once
// Labels between the case store and DICOM files.
//
// Export: the labels of one stored series become one SEG (its segments) and one TID 1500 SR
// (its findings, each with what the reader recorded and, for a finding outlined by a
// segment, the segment's statistics; a segment no finding refers to still travels as a TID
// 1411 group of its own with its statistics; a series marked "no finding" as one Normal
// group). Segments an AI model or another tool made (AUTOMATIC) that no reader has verified
// stay home unless asked for, and are then marked in their SEG description. Like everything that leaves the store they pass the store's profile (what
// was added since import, such as the reader's name or creation dates, is treated as the
// profile says; UIDs, patient code and fixed strings are already de-identified) and the
// residual-PHI scan against every patient of the correspondence table. They are written
// under new names in the output folder (nothing there is replaced) and entered in the export
// ledger with their SHA-256. On an ADC map the statistics are the ADC distribution
// (casework/AdcWork.h) and every segment also leaves as a tumour-specific ADC map (a
// Parametric Map: the ADC inside the segment, 0 outside).
//
// Import: a SEG or SR (ours, or another tool's) is read onto its source series in the store,
// found by the UIDs it references, or, for objects made on the original images before
// de-identification, by those UIDs run through the store's keyed mapping (needs the
// correspondence table). Imported text (labels, tracking IDs, the reader) is checked against
// the table's identifiers when it is open. An object is read once; an SR's segment
// references need their SEG imported first.

#include "core/Progress.h"
#include "core/Result.h"
#include "storage/CaseStore.h"
#include "storage/LabelStore.h"
#include "storage/Records.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace rc {

class CorrespondenceTable;
class DeidProfile;

struct LabelExportOptions {
  QString partner;                             // for the ledger
  bool deflate = false;                        // SEG in Deflated Explicit VR Little Endian
  const CorrespondenceTable* table = nullptr;  // required: the residual-PHI scan needs it
  const DeidProfile* profile = nullptr;        // required: the store's profile, applied to what leaves
  bool includeUnverified = false;              // also unverified AUTOMATIC segments (marked as such)
  bool recordInLedger = true;                  // false: the caller records the files (a dataset export)
  LabelSetKey labelSet;                        // a reading study's set; no series: the store's own set
  // Findings kept outside label sets that travel in the same SR (a bone-scan reader's hotspots),
  // made from the loaded series; the series then needs no label set of its own.
  std::function<std::vector<Finding>(const Volume&)> moreFindings;
};

struct LabelExport {
  QString segPath;  // empty when the series has no segments
  QString srPath;   // empty when it has no findings
  QStringList tumourMapPaths;  // an ADC map's segments: one tumour-specific ADC map each
  QString segSopInstanceUid;
  QString srSopInstanceUid;
  qint64 exportId = 0;
  int segments = 0;
  int findings = 0;
  int segmentGroups = 0;      // segments without a finding, reported as groups of their own
  int unverifiedLeftOut = 0;  // unverified AUTOMATIC segments not exported
  QStringList leftOut;        // findings (or measurements, drawings) not exported, each with the reason
  std::vector<ExportItem> items;  // the files written, with their SHA-256
};

Result<LabelExport> exportSeriesLabels(const CaseStore& store, const QString& seriesInstanceUid, const QString& outputFolder,
                                       const LabelExportOptions& options, Progress& progress = Progress::none());

struct LabelImport {
  QString kind;       // "SEG" or "SR"
  QString seriesInstanceUid;
  bool alreadyImported = false;
  bool mappedFromOriginals = false;  // the object referred to the images before de-identification
  int segments = 0;
  int findings = 0;
  QStringList warnings;  // e.g. FRACTIONAL segments the chosen threshold left empty
};

struct LabelImportOptions {
  // FRACTIONAL SEGs: the fraction of the maximum value from which a voxel is in its segment.
  // Unset: 0.5, and a segment that comes out empty although the file has values for it stops
  // the import with its value range (nothing is imported silently empty).
  std::optional<double> fractionalThreshold;
  // The set the labels go to: the store's own (project 0), or a reader's in a project.
  qint64 projectId = 0;
  QString reader;
  QString actor;  // who imports (default: the login name)
  // Asked once the object's series is known, before anything is stored: a refusal stops the
  // import with its reason (a reading study's rules: blinding, assignment, status).
  std::function<Status(const QString& seriesUid)> mayImportInto;
};

Result<LabelImport> importLabelObject(const CaseStore& store, const QString& file, const CorrespondenceTable* table,
                                      Progress& progress = Progress::none(), const LabelImportOptions& options = {});

// Whether importing `file` would need the correspondence table (its references are not in
// the store as they are). Used to ask for the passphrase only when it matters.
Result<bool> labelObjectNeedsMapping(const CaseStore& store, const QString& file);

}  // namespace rc
