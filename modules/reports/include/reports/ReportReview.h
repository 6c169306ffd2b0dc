#pragma once
// The review of a study's reports (no widgets): each report's de-identified text with where
// every replacement stands (for highlighting), a reviewer's hand edit (the placeholders in the
// edited text are found again, so that the highlights follow), and the confirmation that lets
// a report leave with an export. Both are compare-and-set on the report's revision: a second
// window's stale edit is refused and said, never saved over another.

#include "core/Result.h"
#include "storage/CaseStore.h"
#include "storage/ReportStore.h"

#include <vector>

namespace rc {

struct ReportHighlight {
  QString field;  // "findings" or "impression"
  int start = 0, length = 0;
  QString kind, reason;
};

class ReportReview {
public:
  // The reports of `studyUid` (every study's when empty).
  static Result<ReportReview> load(const CaseStore& store, const QString& studyUid);

  const std::vector<ReportRecord>& reports() const { return reports_; }
  std::vector<ReportHighlight> highlights(size_t index) const;

  Status edit(size_t index, const QString& findings, const QString& impression, const QString& actor);
  Status confirm(size_t index, const QString& actor);

private:
  Status reload(size_t index);
  CaseStore store_;
  QString studyUid_;
  std::vector<ReportRecord> reports_;
  explicit ReportReview(CaseStore store) : store_(std::move(store)) {}
};

// As the store keeps them (ReportRecord::replacements).
QString replacementsJson(const std::vector<ReportHighlight>& highlights);

// The placeholders ([氏名], [ID], ... and 90歳以上) in `text`, as replacements of `field`.
std::vector<ReportHighlight> placeholdersIn(const QString& field, const QString& text, const QString& reason);

}  // namespace rc
