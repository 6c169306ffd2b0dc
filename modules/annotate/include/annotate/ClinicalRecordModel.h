#pragma once
// The clinical record of one patient as the form edits it: the template's fields, their
// values, and a setter that checks a typed value against its field and saves it at once (a
// record is small; every accepted value is on disk when the form moves on).

#include "annotate/ClinicalTemplate.h"
#include "core/Result.h"
#include "storage/CaseStore.h"
#include "storage/ClinicalRecordStore.h"

#include <QObject>

#include <optional>

namespace rc {

class ClinicalRecordModel : public QObject {
  Q_OBJECT
public:
  explicit ClinicalRecordModel(QObject* parent = nullptr) : QObject(parent) {}

  // Reads the patient's record (an empty one when there is none yet).
  Status open(const CaseStore& store, const QString& patientCode, ClinicalTemplate clinicalTemplate);
  bool isOpen() const { return store_.has_value(); }
  const ClinicalTemplate& clinicalTemplate() const { return template_; }
  QString patientCode() const { return record_.patientCode; }
  const ClinicalRecord& record() const { return record_; }

  QJsonValue value(const QString& fieldId) const { return record_.values.value(fieldId); }
  QString text(const QString& fieldId, bool japaneseUi) const { return template_.display(fieldId, value(fieldId), japaneseUi); }
  // Checks `text` against the field and saves the record. A wrong value is refused with
  // what the field accepts, and nothing changes; an empty text clears the field. When
  // another window saved the record meanwhile, its values are read and the failure says so.
  Status setValue(const QString& fieldId, const QString& text);

signals:
  void changed();

private:
  std::optional<CaseStore> store_;
  ClinicalTemplate template_;
  ClinicalRecord record_;
};

}  // namespace rc
