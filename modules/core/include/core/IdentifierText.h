#pragma once
// One normalisation for finding identifiers in text, whatever form they were written in.
//
// A patient ID, a name or a birth date leaks just as well as "ＬＩＤＣ－ＩＤＲＩ－０００１",
// "lidc idri 0001", "LIDC‐IDRI‐0001" (U+2010) or "LIDC\u200B-IDRI-0001" as in its own
// spelling. Text and identifier are both folded the same way before they are compared:
//  - NFKC (full-width letters and digits become ASCII, half-width kana full-width), per
//    character cluster so that a base and its combining marks normalise together;
//  - case folded;
//  - invisible characters dropped (format characters such as zero-width space, joiners,
//    directional marks and the BOM, the soft hyphen, variation selectors);
//  - separators dropped: white space (the ideographic space too), hyphens and dashes of every
//    kind (U+2010-2015, U+2212, U+FE63, the katakana prolonged sound mark ー), the katakana
//    middle dot, underscore, full stop and slash. Where one stood, the next character is
//    marked as starting a word, so that word matching still knows where words begin.
// The backslash (DICOM's value delimiter) and every other character stay as they are.
//
// Used by the residual-PHI scan, the label import check and the report de-identification;
// `origin` maps every folded character back to the original text (for highlighting and
// replacement).

#include <QString>

#include <vector>

namespace rc {

struct FoldedText {
  QString text;                    // the folded characters (no separators, no invisibles)
  std::vector<int> origin;         // per folded character: where its original characters start
  std::vector<int> originEnd;      // ... and end (a cluster such as ｶﾞ folds to one character)
  std::vector<bool> wordStart;     // per folded character: a separator stood right before it
  int originalLength = 0;

  // [start, end) of folded characters as a range of the original text.
  int originalStart(int foldedIndex) const;
  int originalEnd(int foldedEndIndex) const;
};

FoldedText foldIdentifierText(const QString& text);
// NFKC per character cluster with the same map back to the original, invisible characters
// dropped, but case and separators kept (for patterns that need them: dates, phone numbers).
FoldedText normalizeTextNfkc(const QString& text);
// The folded characters alone (for identifiers, which are folded once and compared often).
QString foldIdentifier(const QString& identifier);

// How an identifier must sit in the text to count.
enum class IdentifierMatch {
  Word,       // not inside a longer word of the same script (Latin letters and digits)
  Substring,  // anywhere (kanji and kana: Japanese has no spaces between words)
};

// Whether the folded `identifier` (foldIdentifier) occurs in `text`; `at`, if given, receives
// the folded index of the first occurrence.
bool containsIdentifier(const FoldedText& text, const QString& foldedIdentifier, IdentifierMatch match, int* at = nullptr);

// Separators and invisible characters, as the folding treats them (exposed for tests).
bool isIdentifierSeparator(char32_t c);
bool isInvisibleCharacter(char32_t c);

}  // namespace rc
