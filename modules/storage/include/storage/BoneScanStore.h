#pragma once
// The rows of the bone-scan study (schema 8): analysis programs' results per patient, each
// reader's reading of a case, and the hotspot marks behind a reading made in the viewer.
// Rows only: what the values mean, the EOD rule and the statistics are modules/bonescan's.
// A program's result is kept apart from the readings, in its own table, so that it can never
// pass for a reader's reading.

#include "core/Result.h"
#include "storage/CaseStore.h"

#include <optional>
#include <vector>

namespace rc {

struct AuditEntry;

struct ProgramResultRecord {
  QString patientCode;
  QString studyDate;  // YYYYMMDD, empty: the patient's one bone scan
  QString program, version;
  QString tracer;     // "MDP" or "HMDP"
  std::optional<double> bsi;
  std::optional<int> hotspots;
  QString regionBsi;  // JSON object region -> BSI, empty when the file has none
  QString source;     // file and row it came from
  QString importedAt, importedBy;
};

struct BoneScanReadRecord {
  qint64 caseId = 0;
  QString seriesUid, patientCode;  // filled when read back
  QString reader;
  int metastases = 0;
  bool superscan = false;
  int eod = 0;
  QString eodReason;  // why the grade differs from what the count gives; empty when it does not
  bool metastasis = false;
  QString source = QStringLiteral("viewer");  // "viewer" or "imported"
  int revision = 0;   // 0: not stored yet
  QString updatedAt, updatedBy;
};

struct HotspotMarkRecord {
  QString sopInstanceUid;
  int frame = 1;
  QString view;  // "anterior" or "posterior"
  double x = 0, y = 0;  // pixel column and row on that frame
  QString region, call;
  int sameLesionAs = -1;  // index of the mark (in the same list) this one shows again; -1: none
};

class BoneScanStore {
public:
  explicit BoneScanStore(CaseDatabase& db) : db_(db) {}

  // Stores the results in one transaction (a result of the same patient, date, program and
  // version is replaced); returns how many replaced one. An unknown patient code fails all.
  Result<int> saveResults(const std::vector<ProgramResultRecord>& results, const AuditEntry& audit);
  Result<std::vector<ProgramResultRecord>> results();

  // Stores a reader's reading of a case, and with `marks` (when given) the marks it was
  // counted from, in one transaction: only if the stored revision is still `read.revision`
  // (0: none stored yet), else a conflict naming who saved it last. Returns the new revision.
  Result<int> saveRead(const BoneScanReadRecord& read, const std::optional<std::vector<HotspotMarkRecord>>& marks, const AuditEntry& audit);
  Result<std::optional<BoneScanReadRecord>> read(qint64 caseId, const QString& reader);
  // Every reading of the project's cases (excluded cases left out).
  Result<std::vector<BoneScanReadRecord>> reads(qint64 projectId);
  Result<std::vector<HotspotMarkRecord>> marks(qint64 caseId, const QString& reader);

private:
  CaseDatabase& db_;
};

}  // namespace rc
