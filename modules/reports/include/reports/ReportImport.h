#pragma once
// Reports from the RIS into the store (issue 24): CSV/XLSX exports (columns mapped once per
// source, or recognised by their usual Japanese and English headers) and HL7 v2 ORU^R01
// messages (OBX text; UTF-8, ISO-2022-JP or Shift_JIS). Each report is matched to its stored
// study (accession number through the keyed hash the import kept, else patient ID and date
// through the correspondence table), de-identified (TextScrubber) and stored as a draft for
// review. Unmatched reports are listed, never dropped silently; PDF reports are refused. The
// patient's name and birth date columns serve only to find those identifiers in the text;
// the author's name only to give the author a stable pseudonym. Neither is stored.

#include "core/Result.h"
#include "reports/TextScrubber.h"
#include "storage/CaseStore.h"

#include <QStringList>

#include <map>
#include <vector>

namespace rc {

class CorrespondenceTable;
class DeidProfile;

// One report as the source gives it: identifying, held in memory only.
struct SourceReport {
  QString where;  // "reports.csv row 3", "oru.hl7 message 2"
  QString patientId, accessionNumber;
  QString studyDate;  // YYYYMMDD, or empty
  QString author;
  QStringList patientNames;
  QString birthDate;  // YYYYMMDD
  QString findings, impression;
};

// Which column holds what: {"columns": {"patient_id": "患者番号", "accession_number": ...,
// "study_date", "findings", "impression", "author", "patient_name": [..], "birth_date"}}.
struct ReportMapping {
  std::map<QString, QStringList> columns;  // role -> headers
  static Result<ReportMapping> fromJson(const QByteArray& json, const QString& fileName);
  // The usual headers: 患者ID / patient_id, 受付番号 / accession_number, 検査日 / study_date,
  // 所見 / findings, 診断 or 印象 / impression, 読影医 / author, 氏名 / patient_name, 生年月日 / birth_date.
  static ReportMapping usual();
};

// The reports of a file; problems with single rows or messages are listed in `problems`
// ("row 4: no patient ID and no accession number"), a file that cannot be read at all fails.
Result<std::vector<SourceReport>> readReportSource(const QString& path, const ReportMapping& mapping, QStringList* problems);

// How the store's profile treats dates (its rule for Study Date).
ReportDates reportDatesOf(const DeidProfile& profile);

// The store's settings for cleaning report text: the profile's treatment of dates, and the
// site's lists of staff and hospital names (staff-names.txt, hospital-names.txt in the store's
// folder: one name per line, # comments), when it has them.
ScrubSettings reportScrubSettings(const CaseStore& store, const DeidProfile& profile);

struct ReportImportReport {
  struct Problem {
    QString where, reason;
  };
  int read = 0, stored = 0, alreadyStored = 0;
  std::vector<Problem> unmatched;
  std::vector<Problem> refused;
};

Result<ReportImportReport> importReports(const CaseStore& store, const CorrespondenceTable& table, const DeidProfile& profile,
                                         const TextScrubber& scrubber, const std::vector<SourceReport>& reports, const QString& actor);

}  // namespace rc
