#pragma once
// Clinical records: per patient code, the values of a project template's fields (age,
// smoking, tumour markers, EOD score, ...) as JSON. They go with the patient (opt-out).
// Saving is optimistic like the labels: a save based on an older revision is a conflict.

#include "core/Result.h"
#include "storage/CaseStore.h"

#include <QJsonObject>

#include <optional>
#include <vector>

namespace rc {

struct ClinicalRecord {
  QString patientCode;
  QString templateId;   // the template the values were entered with ("chest", "bone-scan", ...)
  QJsonObject values;   // field id -> value (string, number or bool)
  qint64 revision = 0;  // 0: not stored yet
  QString updatedAt;
  QString updatedBy;
};

class ClinicalRecordStore {
public:
  explicit ClinicalRecordStore(CaseDatabase& db) : db_(db) {}

  Result<std::optional<ClinicalRecord>> load(const QString& patientCode);
  Result<std::vector<ClinicalRecord>> all();
  // Saves `record` (its revision is the one it was read with; 0 for a new one) and returns
  // the new revision.
  Result<qint64> save(const ClinicalRecord& record, const QString& actor = QString());

private:
  CaseDatabase& db_;
};

}  // namespace rc
