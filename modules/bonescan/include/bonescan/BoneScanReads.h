#pragma once
// Readers' readings of bone scans: made in the viewer (hotspot marks, counted per region; the
// EOD grade follows from the count and the superscan tick unless overridden with a reason), or
// made on paper or in another tool and imported (patient_code or patient_id, reader,
// metastases, eod, metastasis). Both end as one row per case and reader (BoneScanStore); who
// may see or write which follows the project's reading design (ReadingStudy::access).

#include "bonescan/BoneScan.h"
#include "bonescan/ProgramResults.h"
#include "reading/ReadingStudy.h"

namespace rc::bonescan {

// A reading as the viewer holds it while the reader works.
struct ViewerReading {
  std::vector<HotspotMarkRecord> marks;
  bool superscan = false;
  std::optional<int> eodOverride;  // with eodReason
  QString eodReason;
  std::optional<bool> metastasis;  // the reader's yes/no; unset: yes when a metastasis is marked
  int revision = 0;                // of the stored reading it started from (0: none)
};

// The row a viewer reading gives: counts from the marks, the EOD by rule or as overridden.
// Fails when an override has no reason or is out of 0-4, or a mark has an unknown region/call.
Result<BoneScanReadRecord> readingRecord(const ViewerReading& reading, qint64 caseId, const QString& reader);

// Saves the acting reader's own reading of the case with its marks (compare and set on the
// revision: a reading saved meanwhile elsewhere is a conflict, never overwritten). Returns
// the new revision.
Result<int> saveViewerReading(ReadingStudy& study, const ProjectRecord& project, const QString& seriesUid, const ViewerReading& reading);
// A reader's reading and marks (empty when none yet): the acting reader's own by default, or
// another reader's where the project lets the actor see it (a reviewer; blinding holds).
Result<ViewerReading> loadViewerReading(ReadingStudy& study, const ProjectRecord& project, const QString& seriesUid,
                                        const QString& reader = QString());

struct ReadsImportReport {
  int stored = 0;
  int replaced = 0;
  std::vector<ProgramImportReport::Problem> unmatched;
  std::vector<ProgramImportReport::Problem> invalid;
};

// Paper readings into the project (the actor needs the role data-manager). Each row's reader
// must be a person (a model or program never counts as a reader) assigned to the case; a
// reading made in the viewer is never replaced by an imported one.
Result<ReadsImportReport> importReads(CaseDatabase& db, ReadingStudy& study, const ProjectRecord& project, const CorrespondenceTable* table,
                                      const SpreadsheetTable& sheet, const QString& source);
// Whether the sheet names patients by their original ID (a patient_id column, no patient_code).
bool readsNeedCorrespondence(const SpreadsheetTable& sheet);

// The readings the actor may see: all for reviewers and data managers; a reader of a blinded
// project sees the others' readings of a case only once every assigned reader is done.
Result<std::vector<BoneScanReadRecord>> visibleReads(ReadingStudy& study, const ProjectRecord& project);

}  // namespace rc::bonescan
