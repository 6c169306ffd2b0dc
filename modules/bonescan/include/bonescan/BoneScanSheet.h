#pragma once
// The case sheet of a bone-scan project (handoff/CaseSheet.h): EOD (column D) and metastasis
// (E) from the readers' reference reading (majority, lower median grade; a tie leaves E empty,
// which the export then reports), the readers' median count, each program's BSI and hotspot
// count on its own tracer, and each reader's count. Readers are "Reader 1", "Reader 2", ... in
// login order: the sheet leaves the hospital, the readers' names do not.

#include "core/Result.h"
#include "handoff/CaseSheet.h"
#include "reading/ReadingStudy.h"

namespace rc::bonescan {

struct BoneScanSheet {
  SheetAdditions additions;
  QStringList seriesWithReadings;  // cases with at least one counted reading
};

// Needs the role reviewer or data-manager (it shows every reader's reading).
Result<BoneScanSheet> boneScanSheet(ReadingStudy& study, const ProjectRecord& project, bool japanese);

}  // namespace rc::bonescan
