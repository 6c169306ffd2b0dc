#pragma once
// The coded terms readers choose from: segment categories and types (SNOMED CT, CID
// 7150/7151 style), disease classes, finding types, locations and certainty. Read from a
// JSON file so a project can extend or correct it without recompiling: the built-in
// resources/vocabulary/chest.json, or a file of the same form given to the program (or put
// at STORE/vocabulary.json). A broken file is refused with its name, line and key.

#include "core/Coded.h"
#include "core/Result.h"

#include <QString>

#include <array>
#include <cstdint>
#include <optional>
#include <vector>

namespace rc {

struct VocabularyTerm {
  CodedConcept code;
  QString japanese;                    // shown in the Japanese UI; the code meaning otherwise
  std::optional<std::array<std::uint8_t, 3>> color;  // segment types: the colour a new segment gets
  CodedConcept laterality;             // locations: the side the term implies (may be empty)
  QString label(bool japaneseUi) const { return japaneseUi && !japanese.isEmpty() ? japanese : code.meaning; }
};

struct VocabularyCategory {
  VocabularyTerm category;
  std::vector<VocabularyTerm> types;
};

class Vocabulary {
public:
  // The vocabulary the program ships with.
  static const Vocabulary& builtIn();
  // A vocabulary file; errors name the file, line and key.
  static Result<Vocabulary> load(const QString& path);
  static Result<Vocabulary> parse(const QByteArray& json, const QString& fileName);

  QString name() const { return name_; }
  const std::vector<VocabularyCategory>& segmentCategories() const { return categories_; }
  const std::vector<VocabularyTerm>& diseaseClasses() const { return diseaseClasses_; }
  const std::vector<VocabularyTerm>& findingTypes() const { return findingTypes_; }
  const std::vector<VocabularyTerm>& locations() const { return locations_; }
  const std::vector<VocabularyTerm>& certainties() const { return certainties_; }

  // The category and type a new segment gets (the first of each).
  std::pair<CodedConcept, CodedConcept> defaultSegmentCodes() const;
  // The term of `code` in any list (for its Japanese label), or nullptr.
  const VocabularyTerm* find(const CodedConcept& code) const;
  // The category a type belongs to.
  const VocabularyCategory* categoryOfType(const CodedConcept& type) const;

private:
  QString name_;
  std::vector<VocabularyCategory> categories_;
  std::vector<VocabularyTerm> diseaseClasses_, findingTypes_, locations_, certainties_;
};

}  // namespace rc
