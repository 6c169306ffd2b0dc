#pragma once
// Agreement between the readers of a project, per case and over the project.
//
// Only cases every assigned reader has submitted are compared (a case still being read is
// listed as skipped, which also keeps blinded readings hidden). Each reader's set is taken as
// the reader submitted it (the latest "submitted" revision), not as a reviewer corrected it:
// agreement is between independent readings.
//
// Per case and pair of readers:
//  - segments, matched by structure (type code, or label): Dice, HD95 (as MONAI computes
//    it), volume difference; a structure one reader has and the other has not counts as
//    Dice 0;
//  - boxes of findings (2D on an image, 3D in the volume), matched greedily by IoU at any
//    overlap: how many matched and their mean IoU.
// Over the project:
//  - categorical items (finding present, disease class, each evaluation recorded on findings
//    such as metastasis yes/no): Cohen's kappa per pair of readers and Fleiss' kappa over the
//    readers who read the most cases together;
//  - numbers (findings per case, the longest axis measured, each structure's volume):
//    ICC(2,1) over those readers and Bland-Altman per pair. A reader who measured no axis in
//    a case has no value there (not 0).

#include "core/Agreement.h"
#include "core/Progress.h"
#include "core/RaterStatistics.h"
#include "core/Result.h"
#include "reading/ReadingStudy.h"

#include <optional>
#include <vector>

namespace rc {

struct CaseSegmentAgreement {
  QString patientCode, seriesUid, structure, readerA, readerB;
  MaskAgreement agreement;
};

struct CaseBoxAgreement {
  QString patientCode, seriesUid, readerA, readerB;
  QString kind;  // "2D" or "3D"
  int boxesA = 0, boxesB = 0, matched = 0;
  std::optional<double> meanIou;  // of the matched boxes
};

struct ItemAgreement {
  QString item;       // "finding present", "disease class", "findings per case", "volume (ml): Nodule"
  QString statistic;  // "Cohen's kappa", "Fleiss' kappa", "ICC(2,1)", "Bland-Altman"
  QStringList readers;
  int cases = 0;
  std::optional<double> value;       // kappa or ICC; nullopt when undefined (e.g. no variation)
  std::optional<BlandAltman> limits;  // Bland-Altman
  std::vector<std::pair<double, double>> pairs;  // Bland-Altman: each case's (reader A, reader B), for the plot
};

struct StudyAgreementReport {
  std::vector<CaseSegmentAgreement> segments;
  std::vector<CaseBoxAgreement> boxes;
  std::vector<ItemAgreement> items;
  int casesCompared = 0;
  QStringList skipped;  // "RC-000003 1.2.3: 1 of 2 readers submitted"
};

// Needs the role reviewer or data manager.
Result<StudyAgreementReport> studyAgreement(CaseDatabase& db, ReadingStudy& study, const ProjectRecord& project,
                                            Progress& progress = Progress::none());

// The report as CSV: one section per kind of row, formula-safe cells.
QByteArray agreementCsv(const StudyAgreementReport& report);

}  // namespace rc
