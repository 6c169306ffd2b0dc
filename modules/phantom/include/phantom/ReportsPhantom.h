#pragma once
// The demo's reports and dose (make-phantom --reports): the RIS's export of the chest
// patient's two reports (CSV as a RIS writes it: the patient's name and birth date, an
// accession number, a referring doctor's name and extension in the text) and the CT's X-Ray
// Radiation Dose SR as a scanner writes it (observer and device names, serial number, an
// authorising physician, a scout and a helical event).

#include "core/Result.h"
#include "phantom/ChestPhantom.h"

namespace rc {

struct ReportsPhantomResult {
  QString risCsv;
  QString doseReport;
};

Result<ReportsPhantomResult> writeReportsPhantom(const QString& directory, const PhantomResult& chest);

}  // namespace rc
