#pragma once
// The rows of diagnostic reports (schema 9): the de-identified text of each report under its
// study, where each replacement stands, who imported, edited and confirmed it; authors by
// pseudonym. What the text means and how it was cleaned are modules/reports'.

#include "core/Result.h"
#include "storage/CaseStore.h"

#include <utility>
#include <vector>

namespace rc {

struct AuditEntry;

struct ReportRecord {
  qint64 id = 0;  // 0: not stored yet
  QString studyUid;
  QString patientCode, studyDate;  // filled when read back
  QString source;     // "reports.csv row 3", "oru.hl7 message 2"
  QString sourceKey;  // keyed hash of what the report was; the same report imported again is skipped
  QString author;     // pseudonym ("読影医A"), or empty
  QString reportDate; // as the store's profile treats dates
  QString findings, impression;  // de-identified
  QString replacements = QStringLiteral("[]");  // JSON: [{"field", "kind", "start", "length", "reason"}]
  QString status = QStringLiteral("draft");     // "draft" or "confirmed"
  bool edited = false;
  int revision = 0;
  QString importedAt, importedBy, confirmedAt, confirmedBy;
};

class ReportStore {
public:
  explicit ReportStore(CaseDatabase& db) : db_(db) {}

  // Studies whose accession number has this keyed hash.
  Result<QStringList> studiesWithAccessionKey(const QString& accessionKey);
  // (study UID, study date as stored) of a patient's studies.
  Result<std::vector<std::pair<QString, QString>>> studiesOfPatient(const QString& patientCode);
  // The pseudonym of an author (by the keyed hash of the name), given on first sight:
  // 読影医A, 読影医B, ... 読影医Z, 読影医AA, ...
  Result<QString> authorPseudonym(const QString& authorKey);

  // Stores the reports in one transaction; one whose source key is stored already is skipped.
  // Returns how many were stored.
  Result<int> add(const std::vector<ReportRecord>& reports, const AuditEntry& audit);
  Result<std::vector<ReportRecord>> list(const QString& patientCode = QString());
  Result<ReportRecord> report(qint64 id);
  // A reviewer's hand edit (compare and set on the revision): the report is a draft again.
  Status edit(qint64 id, int expectedRevision, const QString& findings, const QString& impression, const QString& replacements,
              const QString& actor);
  // A reviewer confirms what they read (compare and set): only confirmed reports leave.
  Status confirm(qint64 id, int expectedRevision, const QString& actor);

private:
  CaseDatabase& db_;
};

}  // namespace rc
