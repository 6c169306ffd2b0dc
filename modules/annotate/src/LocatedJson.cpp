#include "LocatedJson.h"

#include <QCoreApplication>

namespace rc {

namespace {

struct JsonTr {
  Q_DECLARE_TR_FUNCTIONS(LocatedJson)
};

class Parser {
public:
  Parser(const QByteArray& text, QString file) : s_(text), file_(std::move(file)) {}

  Result<JsonNode> document() {
    skipSpace();
    auto root = value(0);
    if (!root) return root;
    skipSpace();
    if (at_ < s_.size()) return failHere(JsonTr::tr("text after the end of the JSON value"));
    return root;
  }

private:
  Failure failHere(const QString& what) const {
    return fail(JsonTr::tr("%1, line %2: %3").arg(file_).arg(line_).arg(what));
  }
  void skipSpace() {
    while (at_ < s_.size()) {
      const char c = s_[at_];
      if (c == '\n') ++line_;
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') break;
      ++at_;
    }
  }
  bool consume(char c) {
    skipSpace();
    if (at_ < s_.size() && s_[at_] == c) {
      ++at_;
      return true;
    }
    return false;
  }

  Result<JsonNode> value(int depth) {
    if (depth > 64) return failHere(JsonTr::tr("nested too deeply"));
    skipSpace();
    if (at_ >= s_.size()) return failHere(JsonTr::tr("unexpected end of the file"));
    JsonNode node;
    node.line = line_;
    const char c = s_[at_];
    if (c == '{') {
      ++at_;
      node.type = JsonNode::Type::Object;
      if (consume('}')) return node;
      do {
        skipSpace();
        if (at_ >= s_.size() || s_[at_] != '"') return failHere(JsonTr::tr("a key in double quotes was expected"));
        auto key = stringValue();
        if (!key) return key.failure();
        if (!consume(':')) return failHere(JsonTr::tr("':' was expected after \"%1\"").arg(key.value()));
        auto v = value(depth + 1);
        if (!v) return v;
        node.members.emplace_back(key.value(), std::move(v).value());
      } while (consume(','));
      if (!consume('}')) return failHere(JsonTr::tr("',' or '}' was expected"));
      return node;
    }
    if (c == '[') {
      ++at_;
      node.type = JsonNode::Type::Array;
      if (consume(']')) return node;
      do {
        auto v = value(depth + 1);
        if (!v) return v;
        node.items.push_back(std::move(v).value());
      } while (consume(','));
      if (!consume(']')) return failHere(JsonTr::tr("',' or ']' was expected"));
      return node;
    }
    if (c == '"') {
      auto text = stringValue();
      if (!text) return text.failure();
      node.type = JsonNode::Type::String;
      node.string = text.value();
      return node;
    }
    for (const auto& [word, type, truth] : {std::tuple<const char*, JsonNode::Type, bool>{"true", JsonNode::Type::Bool, true},
                                            {"false", JsonNode::Type::Bool, false},
                                            {"null", JsonNode::Type::Null, false}}) {
      const qsizetype n = qsizetype(qstrlen(word));
      if (s_.mid(at_, n) == word) {
        at_ += n;
        node.type = type;
        node.boolean = truth;
        return node;
      }
    }
    if (c == '-' || (c >= '0' && c <= '9')) {
      const qsizetype start = at_;
      while (at_ < s_.size() && QByteArrayView("+-0123456789.eE").contains(s_[at_])) ++at_;
      bool ok = false;
      node.number = s_.mid(start, at_ - start).toDouble(&ok);
      if (!ok) return failHere(JsonTr::tr("not a number: %1").arg(QString::fromLatin1(s_.mid(start, at_ - start))));
      node.type = JsonNode::Type::Number;
      return node;
    }
    return failHere(JsonTr::tr("unexpected character '%1'").arg(QChar::fromLatin1(c)));
  }

  Result<QString> stringValue() {
    ++at_;  // the opening quote
    QByteArray out;
    while (at_ < s_.size()) {
      const char c = s_[at_++];
      if (c == '"') return QString::fromUtf8(out);
      if (c == '\n') return failHere(JsonTr::tr("a string runs past the end of its line"));
      if (c != '\\') {
        out += c;
        continue;
      }
      if (at_ >= s_.size()) break;
      const char e = s_[at_++];
      switch (e) {
        case '"': out += '"'; break;
        case '\\': out += '\\'; break;
        case '/': out += '/'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'u': {
          bool ok = false;
          const uint code = s_.mid(at_, 4).toUInt(&ok, 16);
          if (!ok) return failHere(JsonTr::tr("a broken \\u escape"));
          at_ += 4;
          out += QString(QChar(char16_t(code))).toUtf8();
          break;
        }
        default: return failHere(JsonTr::tr("an unknown escape \\%1").arg(QChar::fromLatin1(e)));
      }
    }
    return failHere(JsonTr::tr("a string is not closed"));
  }

  const QByteArray& s_;
  QString file_;
  qsizetype at_ = 0;
  int line_ = 1;
};

QString typeName(JsonNode::Type type) {
  switch (type) {
    case JsonNode::Type::Bool: return JsonTr::tr("true or false");
    case JsonNode::Type::Number: return JsonTr::tr("a number");
    case JsonNode::Type::String: return JsonTr::tr("a text in double quotes");
    case JsonNode::Type::Array: return JsonTr::tr("a list [...]");
    case JsonNode::Type::Object: return JsonTr::tr("an object {...}");
    case JsonNode::Type::Null: break;
  }
  return JsonTr::tr("null");
}

}  // namespace

Result<JsonNode> parseLocatedJson(const QByteArray& text, const QString& fileName) {
  QByteArray body = text;
  if (body.startsWith("\xEF\xBB\xBF")) body.remove(0, 3);  // a BOM from a Windows editor
  return Parser(body, fileName).document();
}

Failure JsonReader::error(const JsonNode& at, const QString& path, const QString& what) const {
  return fail(JsonTr::tr("%1, line %2, key %3: %4").arg(file_).arg(at.line).arg(path, what));
}

Result<const JsonNode*> JsonReader::require(const JsonNode& object, const QString& key, JsonNode::Type type,
                                            const QString& path) const {
  const JsonNode* node = object.member(key);
  if (!node) return error(object, path, JsonTr::tr("missing (%1 is needed)").arg(typeName(type)));
  if (node->type != type) return error(*node, path, JsonTr::tr("must be %1").arg(typeName(type)));
  return node;
}

Result<QString> JsonReader::string(const JsonNode& object, const QString& key, const QString& path, bool required) const {
  if (!required && !object.member(key)) return QString();
  auto node = require(object, key, JsonNode::Type::String, path);
  if (!node) return node.failure();
  if (required && node.value()->string.trimmed().isEmpty()) return error(*node.value(), path, JsonTr::tr("must not be empty"));
  return node.value()->string;
}

}  // namespace rc
