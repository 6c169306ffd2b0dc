#include "annotate/Vocabulary.h"

#include "LocatedJson.h"

#include <QCoreApplication>
#include <QFile>

namespace rc {

namespace {

struct VocabularyTr {
  Q_DECLARE_TR_FUNCTIONS(Vocabulary)
};

Result<VocabularyTerm> readTerm(const JsonReader& r, const JsonNode& node, const QString& path) {
  if (node.type != JsonNode::Type::Object) return r.error(node, path, VocabularyTr::tr("must be an object {...}"));
  VocabularyTerm term;
  auto code = r.require(node, QStringLiteral("code"), JsonNode::Type::Object, path + QStringLiteral(".code"));
  if (!code) return code.failure();
  for (const auto& [key, field] : {std::pair<const char*, QString*>{"value", &term.code.value},
                                   {"scheme", &term.code.scheme},
                                   {"meaning", &term.code.meaning}}) {
    auto text = r.string(*code.value(), QLatin1String(key), path + QStringLiteral(".code.") + QLatin1String(key));
    if (!text) return text.failure();
    *field = text.value();
  }
  auto ja = r.string(node, QStringLiteral("ja"), path + QStringLiteral(".ja"), false);
  if (!ja) return ja.failure();
  term.japanese = ja.value();
  if (const JsonNode* color = node.member(QStringLiteral("color"))) {
    const QString at = path + QStringLiteral(".color");
    if (color->type != JsonNode::Type::Array || color->items.size() != 3)
      return r.error(*color, at, VocabularyTr::tr("must be [red, green, blue]"));
    std::array<std::uint8_t, 3> rgb{};
    for (size_t c = 0; c < 3; ++c) {
      const JsonNode& v = color->items[c];
      if (v.type != JsonNode::Type::Number || v.number < 0 || v.number > 255 || v.number != int(v.number))
        return r.error(v, at, VocabularyTr::tr("each colour value must be a whole number from 0 to 255"));
      rgb[c] = std::uint8_t(v.number);
    }
    term.color = rgb;
  }
  if (const JsonNode* side = node.member(QStringLiteral("laterality"))) {
    auto lat = readTerm(r, JsonNode{JsonNode::Type::Object, side->line, false, 0, {}, {}, {{QStringLiteral("code"), *side}}},
                        path + QStringLiteral(".laterality"));
    if (!lat) return lat.failure();
    term.laterality = lat->code;
  }
  return term;
}

Result<std::vector<VocabularyTerm>> readTerms(const JsonReader& r, const JsonNode& root, const QString& key) {
  auto list = r.require(root, key, JsonNode::Type::Array, key);
  if (!list) return list.failure();
  std::vector<VocabularyTerm> terms;
  for (size_t n = 0; n < list.value()->items.size(); ++n) {
    auto term = readTerm(r, list.value()->items[n], QStringLiteral("%1[%2]").arg(key).arg(n));
    if (!term) return term.failure();
    terms.push_back(std::move(term).value());
  }
  if (terms.empty()) return r.error(*list.value(), key, VocabularyTr::tr("needs at least one term"));
  return terms;
}

}  // namespace

const Vocabulary& Vocabulary::builtIn() {
  static const Vocabulary vocabulary = [] {
    auto v = load(QStringLiteral(":/vocabulary/chest.json"));
    // The built-in file is tested; should it ever break, the program still runs.
    if (!v) qWarning("%s", qPrintable(v.error()));
    return v ? std::move(v).value() : Vocabulary();
  }();
  return vocabulary;
}

Result<Vocabulary> Vocabulary::load(const QString& path) {
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) return fail(VocabularyTr::tr("%1: cannot read the vocabulary: %2").arg(path, file.errorString()));
  return parse(file.readAll(), path);
}

Result<Vocabulary> Vocabulary::parse(const QByteArray& json, const QString& fileName) {
  auto root = parseLocatedJson(json, fileName);
  if (!root) return root.failure();
  const JsonReader r(fileName);
  if (root->type != JsonNode::Type::Object) return r.error(*root, QStringLiteral("(top)"), VocabularyTr::tr("must be an object {...}"));
  auto format = r.require(*root, QStringLiteral("format"), JsonNode::Type::Number, QStringLiteral("format"));
  if (!format) return format.failure();
  if (format.value()->number != 1) return r.error(*format.value(), QStringLiteral("format"), VocabularyTr::tr("only format 1 is known"));
  Vocabulary v;
  auto name = r.string(*root, QStringLiteral("name"), QStringLiteral("name"));
  if (!name) return name.failure();
  v.name_ = name.value();

  auto categories = r.require(*root, QStringLiteral("segmentCategories"), JsonNode::Type::Array, QStringLiteral("segmentCategories"));
  if (!categories) return categories.failure();
  for (size_t n = 0; n < categories.value()->items.size(); ++n) {
    const JsonNode& node = categories.value()->items[n];
    const QString path = QStringLiteral("segmentCategories[%1]").arg(n);
    auto category = readTerm(r, node, path);
    if (!category) return category.failure();
    VocabularyCategory c{std::move(category).value(), {}};
    auto types = r.require(node, QStringLiteral("types"), JsonNode::Type::Array, path + QStringLiteral(".types"));
    if (!types) return types.failure();
    for (size_t t = 0; t < types.value()->items.size(); ++t) {
      auto type = readTerm(r, types.value()->items[t], QStringLiteral("%1.types[%2]").arg(path).arg(t));
      if (!type) return type.failure();
      c.types.push_back(std::move(type).value());
    }
    if (c.types.empty()) return r.error(*types.value(), path + QStringLiteral(".types"), VocabularyTr::tr("needs at least one term"));
    v.categories_.push_back(std::move(c));
  }
  if (v.categories_.empty())
    return r.error(*categories.value(), QStringLiteral("segmentCategories"), VocabularyTr::tr("needs at least one term"));
  for (const auto& [key, list] : {std::pair<const char*, std::vector<VocabularyTerm>*>{"diseaseClasses", &v.diseaseClasses_},
                                  {"findingTypes", &v.findingTypes_},
                                  {"locations", &v.locations_},
                                  {"certainty", &v.certainties_}}) {
    auto terms = readTerms(r, *root, QLatin1String(key));
    if (!terms) return terms.failure();
    *list = std::move(terms).value();
  }
  return v;
}

std::pair<CodedConcept, CodedConcept> Vocabulary::defaultSegmentCodes() const {
  if (categories_.empty()) return {};
  return {categories_.front().category.code, categories_.front().types.front().code};
}

const VocabularyTerm* Vocabulary::find(const CodedConcept& code) const {
  if (code.isEmpty()) return nullptr;
  for (const auto& c : categories_) {
    if (c.category.code.sameConcept(code)) return &c.category;
    for (const auto& t : c.types)
      if (t.code.sameConcept(code)) return &t;
  }
  for (const auto* list : {&diseaseClasses_, &findingTypes_, &locations_, &certainties_})
    for (const auto& t : *list)
      if (t.code.sameConcept(code)) return &t;
  return nullptr;
}

const VocabularyCategory* Vocabulary::categoryOfType(const CodedConcept& type) const {
  for (const auto& c : categories_)
    for (const auto& t : c.types)
      if (t.code.sameConcept(type)) return &c;
  return nullptr;
}

}  // namespace rc
