#include "annotate/ClinicalRecordModel.h"

#include <QCoreApplication>

namespace rc {

namespace {
struct RecordTr {
  Q_DECLARE_TR_FUNCTIONS(ClinicalRecord)
};
}  // namespace

Status ClinicalRecordModel::open(const CaseStore& store, const QString& patientCode, ClinicalTemplate clinicalTemplate) {
  CaseDatabase db(store);
  if (!db.isOpen()) return fail(db.openError());
  auto stored = ClinicalRecordStore(db).load(patientCode);
  if (!stored) return stored.failure();
  store_ = store;
  template_ = std::move(clinicalTemplate);
  record_ = stored->value_or(ClinicalRecord{patientCode, template_.id(), {}, 0, {}, {}});
  emit changed();
  return Status::success();
}

Status ClinicalRecordModel::setValue(const QString& fieldId, const QString& text) {
  if (!store_) return fail(RecordTr::tr("no patient is open"));
  auto checked = template_.validate(fieldId, text);
  if (!checked) return checked.failure();
  if (record_.values.value(fieldId) == checked.value()) return Status::success();
  ClinicalRecord next = record_;
  next.templateId = template_.id();
  if (checked->isNull()) next.values.remove(fieldId);
  else next.values.insert(fieldId, checked.value());
  CaseDatabase db(*store_);
  if (!db.isOpen()) return fail(db.openError());
  ClinicalRecordStore records(db);
  const auto saved = records.save(next);
  if (!saved) {
    if (saved.failureKind() == FailureKind::Conflict) {
      if (auto fresh = records.load(record_.patientCode); fresh && fresh->has_value()) record_ = **fresh;
      emit changed();
    }
    return saved.failure();
  }
  next.revision = saved.value();
  record_ = next;
  emit changed();
  return Status::success();
}

}  // namespace rc
