#pragma once
// The bone-scan study's comparison (DOMAIN.md workflow 4): each analysis program against the
// readers, the programs with each other, and the readers with each other.
//  - reference: the readers' majority on metastasis yes/no (a tie gives none), the median of
//    their counts of metastases, the (lower) median of their EOD grades;
//  - per program: sensitivity and specificity of "metastasis" at BSI > 0, BSI > 0.46,
//    BSI > 1 and hotspots > 2, with Wilson 95% intervals; ROC AUC of the BSI with its DeLong
//    interval; Bland-Altman of the hotspot count against the readers' median count;
//  - per pair of programs: Bland-Altman of the BSI on the cases both analysed;
//  - readers: Fleiss' kappa (metastasis yes/no), the mean pairwise linear-weighted kappa of
//    the EOD grades and ICC(2,1) of the counts, on the cases every reader read; and each reader
//    against the reference (sensitivity, specificity, weighted kappa of EOD, Bland-Altman of
//    the count against the median; the reader is part of the majority, as the protocol has it).
// A program's result counts only on a scan with the tracer the program was built for
// (BONENAVI 99mTc-MDP, VSBONE 99mTc-HMDP); the figures say how many did and did not.

#include "core/Result.h"
#include "reading/ReadingStudy.h"
#include "storage/BoneScanStore.h"

#include <QByteArray>

#include <map>
#include <optional>

namespace rc::bonescan {

struct ReaderCall {
  int metastases = 0;
  int eod = 0;
  bool metastasis = false;
};

struct ComparisonCase {
  QString patientCode, seriesUid;
  std::map<QString, ReaderCall> readers;     // login -> the reader's reading
  std::vector<ProgramResultRecord> results;  // the programs' results on this scan
};

// One line of the comparison. measure: sensitivity, specificity, auc, fleiss_kappa,
// weighted_kappa, icc21, bland_altman_bias, bland_altman_low, bland_altman_high.
struct ComparisonRow {
  QString measure, subject, threshold;
  std::optional<double> value, low, high;  // nullopt: undefined for these data
  int n = 0;
};

struct ProgramCount {
  QString subject;      // program and version
  QString tracer;       // its own tracer; empty when the program is not known
  int ownTracer = 0;    // results counted
  int otherTracer = 0;  // results on another tracer, not counted
};

struct BoneScanComparison {
  std::vector<ComparisonRow> rows;
  int cases = 0;           // cases with at least one reading
  int referenceCases = 0;  // with a majority
  int ties = 0;            // readers split evenly: no reference
  QStringList readers;
  int readByAll = 0;
  std::vector<ProgramCount> programs;
  // The pairs behind each Bland-Altman subject (a, b as the rows' bias is a - b), for plots.
  std::map<QString, std::vector<std::pair<double, double>>> blandAltmanPairs;
};

// The readers' reference on one case: the majority on metastasis (none on a tie), the median
// count, the lower median EOD grade.
struct ReferenceReading {
  std::optional<bool> metastasis;
  double medianCount = 0;
  int eod = 0;
};
ReferenceReading referenceReading(const std::map<QString, ReaderCall>& readers);  // at least one reader
// Whether a program's result counts (it ran on the tracer it was built for, or its tracer is not known).
bool countsForComparison(const ProgramResultRecord& result);

QString programSubject(const QString& program, const QString& version);
BoneScanComparison compareBoneScans(const std::vector<ComparisonCase>& cases);
// measure,subject,threshold,value,ci_low,ci_high,n (UTF-8, one header row).
QByteArray comparisonCsv(const BoneScanComparison& comparison);

// The project's cases as the comparison takes them: readings imported or submitted (a reading
// in progress does not count), and the programs' results of the case's patient and scan date.
// Needs the role reviewer or data-manager (the figures show every reader's calls).
Result<std::vector<ComparisonCase>> comparisonCases(ReadingStudy& study, const ProjectRecord& project);

}  // namespace rc::bonescan
