#pragma once
// Residual-PHI scan: reads every element of a file (nested sequences, private tags, elements
// of unknown VR read as text) and reports
// - any value containing a known identifier (the original identifiers of the file, or every
//   name part, ID and birth date of the correspondence table; romaji, kanji and kana alike),
//   in whatever form it was written: full-width, other hyphens, spaces or none, zero-width
//   characters, any case (core/IdentifierText.h folds text and identifiers alike),
// - with a profile: any person name or date the profile empties or removes, any private
//   attribute off the safe list, overlay data the profile removes, a missing
//   Patient Identity Removed = YES.
// Findings name the file, the element path and the reason, never the value itself: the
// report must not become a new place where PHI lives.

#include "core/IdentifierText.h"
#include "core/Result.h"
#include "deid/CorrespondenceTable.h"
#include "deid/Profile.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

class DcmFileFormat;

namespace rc {

// Identifying strings of a patient or file, by how they are matched.
struct IdentifierSet {
  QStringList names;          // person-name parts: whole words (Latin) or substrings (kanji, kana)
  QStringList ids;            // patient IDs, issuers, accession numbers: whole words
  QStringList organisations;  // institution names, addresses, departments: whole values
  QStringList dates;          // birth dates in the usual spellings: whole words, never inside
                              // dates the profile deliberately keeps
  QList<QStringList> fullNames;  // names matched only when every part occurs in one value
  QStringList all() const { return names + ids + organisations + dates; }
  bool isEmpty() const {
    return names.isEmpty() && ids.isEmpty() && organisations.isEmpty() && dates.isEmpty() && fullNames.isEmpty();
  }
  void append(const IdentifierSet& other);
  void removeValue(const QString& value);  // e.g. the patient code, which is meant to be there
};

struct PhiFinding {
  QString file;
  QString element;  // "(0010,0010)" or "(0008,1115)[0]/(0008,1140)[1]/(0010,0010)"
  QString reason;
};

class PhiScanner {
public:
  // Without a profile only identifier matches are reported.
  explicit PhiScanner(const DeidProfile* profile = nullptr) : profile_(profile) {}

  // Strings that must not appear, with what they are ("the patient's name").
  void addIdentifiers(const IdentifierSet& identifiers, const QString& what);
  // Every patient of the table: ID and birth date alone, names as whole names (every part of
  // a component group in one value), so that one patient's common word of a surname does not
  // flag every other patient's files.
  void addCorrespondence(const CorrespondenceTable& table);

  // Also report matches of `other`'s identifiers (not its structural rules), without copying
  // them: one pass over the file checks both. `other` must outlive this scanner.
  void alsoMatch(const PhiScanner* other) { also_ = other; }

  // What identifier a piece of text contains ("an identifier of patient RC-000001 ..."), or
  // an empty string. For text that is not in a DICOM file yet (labels, tracking IDs).
  QString findInText(const QString& text) const;

  // Findings for one file; a file that cannot be read is an error, not "clean". `alsoRead`,
  // if given, sees the file as parsed for the scan (so that a caller needs no parse of its own).
  Result<std::vector<PhiFinding>> scanFile(const QString& path, const std::function<void(DcmFileFormat&)>& alsoRead = {}) const;

  int identifierCount() const { return int(tokens_.size()); }

private:
  enum class Match { Word, Substring, WholeValue };
  enum class Kind { Name, Id, Organisation, Date };
  struct Token {
    QString text;  // folded (foldIdentifier)
    QString what;
    Match match;
    Kind kind;
    QStringList allOf;  // a whole name: every part (folded) must match; text unused
  };
  static bool matches(const FoldedText& text, const Token& token);
  const DeidProfile* profile_;
  std::vector<Token> tokens_;
  const PhiScanner* also_ = nullptr;
};

// Identifier strings of one patient: name parts (every component group), ID, birth date.
IdentifierSet identityTokens(const PatientIdentity& identity);
// Splits a person name into the parts worth matching (Latin parts of 3+ letters, any
// kanji/kana part of 2+ characters).
QStringList namePartsOf(const QString& personName);

}  // namespace rc
