#pragma once
// Reports that arrive with the images, as Basic Text, Enhanced or Comprehensive SR: their TEXT
// goes through the report text de-identification while the SR is de-identified (the importer's
// hook), and each imported report SR becomes a draft report of its study, for review like
// the RIS's reports. Measurement reports (TID 1500) and dose SRs are labels and dose data,
// not reports.

#include "core/Result.h"
#include "deid/Deidentifier.h"
#include "reports/TextScrubber.h"
#include "storage/CaseStore.h"

#include <memory>

namespace rc {

class CorrespondenceTable;

// The importer's hook: a scrubber with `settings` (made on first use: most imports have no
// report SR, and MeCab's dictionary takes a moment to load), the file's patient first and
// every other patient of `table` (as the table is now) after. A scrubber that cannot be made
// empties the text: no report text is kept uncleaned.
ReportTextCleaner reportTextCleaner(const ScrubSettings& settings, const CorrespondenceTable& table);

// Draft reports from the report SRs among `seriesUids` (stored, de-identified); returns how
// many were stored (one already stored is not stored again).
Result<int> reportsFromImportedSrs(const CaseStore& store, const QStringList& seriesUids, const QString& actor);

}  // namespace rc
