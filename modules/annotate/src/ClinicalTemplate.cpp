#include "annotate/ClinicalTemplate.h"

#include "LocatedJson.h"

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QLocale>
#include <QSet>

#include <cmath>

namespace rc {

namespace {

struct TemplateTr {
  Q_DECLARE_TR_FUNCTIONS(ClinicalTemplate)
};

Result<std::pair<QString, QString>> readLabel(const JsonReader& r, const JsonNode& node, const QString& path) {
  auto label = r.require(node, QStringLiteral("label"), JsonNode::Type::Object, path);
  if (!label) return label.failure();
  auto en = r.string(*label.value(), QStringLiteral("en"), path + QStringLiteral(".en"));
  if (!en) return en.failure();
  auto ja = r.string(*label.value(), QStringLiteral("ja"), path + QStringLiteral(".ja"), false);
  if (!ja) return ja.failure();
  return std::make_pair(en.value(), ja.value());
}

}  // namespace

QStringList ClinicalTemplate::builtInIds() { return {QStringLiteral("chest"), QStringLiteral("bone-scan"), QStringLiteral("adc")}; }

Result<ClinicalTemplate> ClinicalTemplate::builtIn(const QString& id) {
  if (!builtInIds().contains(id)) return fail(TemplateTr::tr("no built-in clinical template \"%1\" (there are: %2)").arg(id, builtInIds().join(QStringLiteral(", "))));
  return load(QStringLiteral(":/templates/%1.json").arg(id));
}

Result<ClinicalTemplate> ClinicalTemplate::load(const QString& path) {
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) return fail(TemplateTr::tr("%1: cannot read the template: %2").arg(path, file.errorString()));
  return parse(file.readAll(), path);
}

Result<ClinicalTemplate> ClinicalTemplate::parse(const QByteArray& json, const QString& fileName) {
  auto root = parseLocatedJson(json, fileName);
  if (!root) return root.failure();
  const JsonReader r(fileName);
  if (root->type != JsonNode::Type::Object) return r.error(*root, QStringLiteral("(top)"), TemplateTr::tr("must be an object {...}"));
  auto format = r.require(*root, QStringLiteral("format"), JsonNode::Type::Number, QStringLiteral("format"));
  if (!format) return format.failure();
  if (format.value()->number != 1) return r.error(*format.value(), QStringLiteral("format"), TemplateTr::tr("only format 1 is known"));
  ClinicalTemplate t;
  auto id = r.string(*root, QStringLiteral("id"), QStringLiteral("id"));
  if (!id) return id.failure();
  t.id_ = id.value();
  auto name = r.require(*root, QStringLiteral("name"), JsonNode::Type::Object, QStringLiteral("name"));
  if (!name) return name.failure();
  auto nameEn = r.string(*name.value(), QStringLiteral("en"), QStringLiteral("name.en"));
  if (!nameEn) return nameEn.failure();
  auto nameJa = r.string(*name.value(), QStringLiteral("ja"), QStringLiteral("name.ja"), false);
  if (!nameJa) return nameJa.failure();
  t.nameEn_ = nameEn.value(), t.nameJa_ = nameJa.value();

  auto fields = r.require(*root, QStringLiteral("fields"), JsonNode::Type::Array, QStringLiteral("fields"));
  if (!fields) return fields.failure();
  QSet<QString> ids;
  for (size_t n = 0; n < fields.value()->items.size(); ++n) {
    const JsonNode& node = fields.value()->items[n];
    const QString path = QStringLiteral("fields[%1]").arg(n);
    if (node.type != JsonNode::Type::Object) return r.error(node, path, TemplateTr::tr("must be an object {...}"));
    TemplateField f;
    auto fid = r.string(node, QStringLiteral("id"), path + QStringLiteral(".id"));
    if (!fid) return fid.failure();
    f.id = fid.value();
    if (ids.contains(f.id)) return r.error(node, path + QStringLiteral(".id"), TemplateTr::tr("\"%1\" is used twice").arg(f.id));
    ids.insert(f.id);
    auto type = r.string(node, QStringLiteral("type"), path + QStringLiteral(".type"));
    if (!type) return type.failure();
    static const std::pair<const char*, TemplateField::Type> types[] = {
        {"integer", TemplateField::Type::Integer}, {"number", TemplateField::Type::Number}, {"text", TemplateField::Type::Text},
        {"choice", TemplateField::Type::Choice},   {"date", TemplateField::Type::Date}};
    bool known = false;
    for (const auto& [word, value] : types)
      if (type.value() == QLatin1String(word)) f.type = value, known = true;
    if (!known)
      return r.error(*node.member(QStringLiteral("type")), path + QStringLiteral(".type"),
                     TemplateTr::tr("\"%1\" is not a field type (integer, number, text, choice, date)").arg(type.value()));
    auto label = readLabel(r, node, path + QStringLiteral(".label"));
    if (!label) return label.failure();
    f.english = label->first, f.japanese = label->second;
    auto unit = r.string(node, QStringLiteral("unit"), path + QStringLiteral(".unit"), false);
    if (!unit) return unit.failure();
    f.unit = unit.value();
    for (const auto& [key, slot] : {std::pair<const char*, std::optional<double>*>{"min", &f.min}, {"max", &f.max}}) {
      if (const JsonNode* v = node.member(QLatin1String(key))) {
        if (v->type != JsonNode::Type::Number) return r.error(*v, path + QLatin1Char('.') + QLatin1String(key), TemplateTr::tr("must be a number"));
        *slot = v->number;
      }
    }
    if (const JsonNode* required = node.member(QStringLiteral("required"))) {
      if (required->type != JsonNode::Type::Bool)
        return r.error(*required, path + QStringLiteral(".required"), TemplateTr::tr("must be true or false"));
      f.required = required->boolean;
    }
    if (f.type == TemplateField::Type::Choice) {
      auto choices = r.require(node, QStringLiteral("choices"), JsonNode::Type::Array, path + QStringLiteral(".choices"));
      if (!choices) return choices.failure();
      for (size_t c = 0; c < choices.value()->items.size(); ++c) {
        const JsonNode& choice = choices.value()->items[c];
        const QString cpath = QStringLiteral("%1.choices[%2]").arg(path).arg(c);
        if (choice.type != JsonNode::Type::Object) return r.error(choice, cpath, TemplateTr::tr("must be an object {...}"));
        TemplateChoice tc;
        for (const auto& [key, slot, needed] : {std::tuple<const char*, QString*, bool>{"value", &tc.value, true},
                                                {"en", &tc.english, true},
                                                {"ja", &tc.japanese, false}}) {
          auto text = r.string(choice, QLatin1String(key), cpath + QLatin1Char('.') + QLatin1String(key), needed);
          if (!text) return text.failure();
          *slot = text.value();
        }
        f.choices.push_back(tc);
      }
      if (f.choices.empty()) return r.error(*choices.value(), path + QStringLiteral(".choices"), TemplateTr::tr("needs at least one choice"));
    }
    t.fields_.push_back(std::move(f));
  }
  return t;
}

const TemplateField* ClinicalTemplate::field(const QString& id) const {
  for (const TemplateField& f : fields_)
    if (f.id == id) return &f;
  return nullptr;
}

Result<QJsonValue> ClinicalTemplate::validate(const QString& fieldId, const QString& input) const {
  const TemplateField* f = field(fieldId);
  if (!f) return fail(TemplateTr::tr("the template \"%1\" has no field \"%2\"").arg(id_, fieldId));
  const QString text = input.trimmed();
  if (text.isEmpty()) return QJsonValue(QJsonValue::Null);
  const QString name = f->english;
  switch (f->type) {
    case TemplateField::Type::Integer:
    case TemplateField::Type::Number: {
      bool ok = false;
      // Both "1.5" and a locale's "1,5" are accepted; full-width digits from a Japanese IME too.
      QString normal = text.normalized(QString::NormalizationForm_KC);
      double v = normal.toDouble(&ok);
      if (!ok) v = QLocale().toDouble(normal, &ok);
      if (!ok || !std::isfinite(v)) return fail(TemplateTr::tr("%1: \"%2\" is not a number").arg(name, text));
      if (f->type == TemplateField::Type::Integer && v != std::floor(v))
        return fail(TemplateTr::tr("%1: a whole number is needed, not %2").arg(name, text));
      if ((f->min && v < *f->min) || (f->max && v > *f->max))
        return fail(TemplateTr::tr("%1: %2 is outside %3 to %4").arg(name, text).arg(f->min.value_or(-INFINITY)).arg(f->max.value_or(INFINITY)));
      return QJsonValue(v);
    }
    case TemplateField::Type::Choice:
      for (const TemplateChoice& c : f->choices)
        if (text == c.value || text.compare(c.english, Qt::CaseInsensitive) == 0 || (!c.japanese.isEmpty() && text == c.japanese))
          return QJsonValue(c.value);
      return fail(TemplateTr::tr("%1: \"%2\" is not one of the choices").arg(name, text));
    case TemplateField::Type::Date: {
      const QDate d = QDate::fromString(text.normalized(QString::NormalizationForm_KC), Qt::ISODate);
      if (!d.isValid()) return fail(TemplateTr::tr("%1: \"%2\" is not a date (YYYY-MM-DD)").arg(name, text));
      return QJsonValue(d.toString(Qt::ISODate));
    }
    case TemplateField::Type::Text:
      break;
  }
  return QJsonValue(text);
}

QString ClinicalTemplate::display(const QString& fieldId, const QJsonValue& value, bool japaneseUi) const {
  const TemplateField* f = field(fieldId);
  if (!f || value.isNull() || value.isUndefined()) return QString();
  if (f->type == TemplateField::Type::Choice)
    for (const TemplateChoice& c : f->choices)
      if (c.value == value.toString()) return c.label(japaneseUi);
  if (value.isDouble()) return QLocale::c().toString(value.toDouble(), 'g', 12);
  return value.toString();
}

}  // namespace rc
