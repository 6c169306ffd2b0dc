#pragma once
// A JSON reader that remembers the line of every value, so that a broken vocabulary or
// template file is reported as "file, line, key: what is wrong" (Qt's JSON reader gives only
// a byte offset for syntax errors and nothing for a wrong value).

#include "core/Result.h"

#include <QByteArray>
#include <QString>

#include <utility>
#include <vector>

namespace rc {

struct JsonNode {
  enum class Type { Null, Bool, Number, String, Array, Object };
  Type type = Type::Null;
  int line = 0;
  bool boolean = false;
  double number = 0;
  QString string;
  std::vector<JsonNode> items;                         // array
  std::vector<std::pair<QString, JsonNode>> members;   // object, in file order

  const JsonNode* member(const QString& key) const {
    for (const auto& [k, v] : members)
      if (k == key) return &v;
    return nullptr;
  }
};

// Parses UTF-8 JSON; a syntax error names `fileName` and the line.
Result<JsonNode> parseLocatedJson(const QByteArray& text, const QString& fileName);

// Reads typed values out of a tree and words the errors: "file, line N, key a.b[2].c: ...".
class JsonReader {
public:
  explicit JsonReader(QString fileName) : file_(std::move(fileName)) {}

  Failure error(const JsonNode& at, const QString& path, const QString& what) const;
  // A member that must be there and have the type; `path` is the member's own key path.
  Result<const JsonNode*> require(const JsonNode& object, const QString& key, JsonNode::Type type, const QString& path) const;
  Result<QString> string(const JsonNode& object, const QString& key, const QString& path, bool required = true) const;

private:
  QString file_;
};

}  // namespace rc
