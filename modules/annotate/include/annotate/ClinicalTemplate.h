#pragma once
// The fields of a project's clinical record (chest: age, smoking, tumour markers...; bone
// scan: EOD score, metastasis, BSI; ADC: primary tumour, stage, recurrence...) from a
// template file, and the check of each value against its field's type. Built-in templates
// live in resources/templates/; a project's own file of the same form can be used instead.

#include "core/Result.h"

#include <QJsonValue>
#include <QString>

#include <optional>
#include <vector>

namespace rc {

struct TemplateChoice {
  QString value;  // stored
  QString english, japanese;
  QString label(bool japaneseUi) const { return japaneseUi && !japanese.isEmpty() ? japanese : english; }
};

struct TemplateField {
  enum class Type { Integer, Number, Text, Choice, Date };
  QString id;
  Type type = Type::Text;
  QString english, japanese;
  QString unit;
  std::optional<double> min, max;
  std::vector<TemplateChoice> choices;
  bool required = false;
  QString label(bool japaneseUi) const { return japaneseUi && !japanese.isEmpty() ? japanese : english; }
};

class ClinicalTemplate {
public:
  // "chest", "bone-scan" or "adc".
  static Result<ClinicalTemplate> builtIn(const QString& id);
  static QStringList builtInIds();
  static Result<ClinicalTemplate> load(const QString& path);
  static Result<ClinicalTemplate> parse(const QByteArray& json, const QString& fileName);

  QString id() const { return id_; }
  QString name(bool japaneseUi) const { return japaneseUi && !nameJa_.isEmpty() ? nameJa_ : nameEn_; }
  const std::vector<TemplateField>& fields() const { return fields_; }
  const TemplateField* field(const QString& id) const;

  // The value typed for a field, checked and converted (a number for numeric fields, the
  // stored value of a choice, an ISO date); an empty text clears the field (null). The
  // error says what the field accepts.
  Result<QJsonValue> validate(const QString& fieldId, const QString& text) const;
  // The value as a user reads it (a choice's label, a number with its unit).
  QString display(const QString& fieldId, const QJsonValue& value, bool japaneseUi) const;

private:
  QString id_, nameEn_, nameJa_;
  std::vector<TemplateField> fields_;
};

}  // namespace rc
