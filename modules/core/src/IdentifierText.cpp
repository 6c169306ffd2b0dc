#include "core/IdentifierText.h"

#include <QList>

namespace rc {

bool isInvisibleCharacter(char32_t c) {
  if (c == 0x00AD || c == 0x034F || c == 0x180E || c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0) return true;
  if ((c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xE0100 && c <= 0xE01EF)) return true;  // variation selectors
  return QChar::category(c) == QChar::Other_Format;  // ZWSP, ZWNJ, ZWJ, LRM/RLM, WJ, BOM, tags ...
}

bool isIdentifierSeparator(char32_t c) {
  switch (c) {
    case U'_': case U'.': case U'/':
    case 0x00B7: case 0x02D7: case 0x2043: case 0x2212: case 0x2796:  // middle dot, minus signs
    case 0x30FB: case 0xFF65:                                          // katakana middle dot
    case 0x30FC: case 0xFF70:                                          // prolonged sound mark ー
      return true;
    default:
      break;
  }
  if (c < 0x20 || c == 0x7F) return true;  // control characters break a word like a space
  if (QChar::isSpace(c)) return true;       // the ideographic space U+3000 too
  return QChar::category(c) == QChar::Punctuation_Dash;  // - U+2010..2015 U+FE63 U+FF0D ...
}

namespace {

bool isLatinWordCharacter(QChar c) { return c.unicode() < 0x2E80 && c.isLetterOrNumber(); }

// Combining marks and the half-width voiced sound marks belong to the character before them.
bool continuesCluster(char32_t c) { return QChar::isMark(c) || c == 0xFF9E || c == 0xFF9F; }

struct Folder {
  FoldedText& out;
  bool pendingBreak = true;  // the text's start begins a word
  bool keepSeparators = false;

  void put(char32_t c, int start, int end) {
    if (isInvisibleCharacter(c)) return;
    if (!keepSeparators && isIdentifierSeparator(c)) {
      pendingBreak = true;
      return;
    }
    if (QChar::requiresSurrogates(c)) {
      out.text += QChar(QChar::highSurrogate(c));
      out.text += QChar(QChar::lowSurrogate(c));
      for (int k = 0; k < 2; ++k) out.origin.push_back(start), out.originEnd.push_back(end), out.wordStart.push_back(k == 0 && pendingBreak);
    } else {
      out.text += QChar(char16_t(c));
      out.origin.push_back(start);
      out.originEnd.push_back(end);
      out.wordStart.push_back(pendingBreak);
    }
    pendingBreak = false;
  }
};

}  // namespace

int FoldedText::originalStart(int foldedIndex) const {
  if (foldedIndex >= int(origin.size())) return originalLength;
  return origin[size_t(foldedIndex)];
}

int FoldedText::originalEnd(int foldedEndIndex) const {
  if (foldedEndIndex <= 0) return 0;
  return originEnd[size_t(foldedEndIndex - 1)];
}

namespace {

FoldedText normalize(const QString& text, bool fold) {
  FoldedText out;
  out.originalLength = int(text.size());
  out.text.reserve(text.size());
  out.origin.reserve(size_t(text.size()));
  out.originEnd.reserve(size_t(text.size()));
  out.wordStart.reserve(size_t(text.size()));
  Folder folder{out};
  folder.keepSeparators = !fold;
  const qsizetype n = text.size();
  auto codePointAt = [&](qsizetype i, qsizetype* next) -> char32_t {
    const QChar c = text.at(i);
    if (c.isHighSurrogate() && i + 1 < n && text.at(i + 1).isLowSurrogate()) {
      *next = i + 2;
      return QChar::surrogateToUcs4(c, text.at(i + 1));
    }
    *next = i + 1;
    return c.unicode();
  };
  for (qsizetype i = 0; i < n;) {
    const char16_t u = text.at(i).unicode();
    // ASCII without a combining mark after it (the common case): no normalisation needed.
    if (u < 0x80 && (i + 1 >= n || !continuesCluster(text.at(i + 1).unicode()))) {
      folder.put(char32_t(fold && u >= 'A' && u <= 'Z' ? u + 32 : u), int(i), int(i + 1));
      ++i;
      continue;
    }
    // Kana, kanji and Japanese punctuation are their own NFKC form (and have no case): the
    // bulk of a Japanese text needs no normalisation call. Full-width ASCII is plain ASCII.
    if (i + 1 >= n || !continuesCluster(text.at(i + 1).unicode())) {
      const bool stable = (u >= 0x3041 && u <= 0x3096) || (u >= 0x30A1 && u <= 0x30FA) || u == 0x30FC || (u >= 0x4E00 && u <= 0x9FFF) ||
                          (u >= 0x3001 && u <= 0x3002) || (u >= 0x3008 && u <= 0x3011);
      if (stable) {
        folder.put(char32_t(u), int(i), int(i + 1));
        ++i;
        continue;
      }
      if (u >= 0xFF01 && u <= 0xFF5E) {
        const char16_t ascii = char16_t(u - 0xFEE0);
        folder.put(char32_t(fold && ascii >= 'A' && ascii <= 'Z' ? ascii + 32 : ascii), int(i), int(i + 1));
        ++i;
        continue;
      }
    }
    const qsizetype start = i;
    qsizetype next = i;
    QString cluster;
    const char32_t first = codePointAt(i, &next);
    if (!isInvisibleCharacter(first)) cluster += QString::fromUcs4(&first, 1);
    i = next;
    while (i < n) {
      const char32_t c = codePointAt(i, &next);
      if (!continuesCluster(c)) break;
      if (!isInvisibleCharacter(c)) cluster += QString::fromUcs4(&c, 1);  // variation selectors go
      i = next;
    }
    if (cluster.isEmpty()) continue;  // an invisible character: as if it were not there
    QString folded = cluster.normalized(QString::NormalizationForm_KC);
    if (fold) folded = folded.toCaseFolded();
    for (const char32_t c : folded.toUcs4()) folder.put(c, int(start), int(i));
  }
  return out;
}

}  // namespace

FoldedText foldIdentifierText(const QString& text) { return normalize(text, true); }

FoldedText normalizeTextNfkc(const QString& text) { return normalize(text, false); }

QString foldIdentifier(const QString& identifier) { return foldIdentifierText(identifier).text; }

bool containsIdentifier(const FoldedText& text, const QString& foldedIdentifier, IdentifierMatch match, int* at) {
  if (foldedIdentifier.isEmpty()) return false;
  const qsizetype length = foldedIdentifier.size();
  for (qsizetype p = text.text.indexOf(foldedIdentifier); p >= 0; p = text.text.indexOf(foldedIdentifier, p + 1)) {
    if (match == IdentifierMatch::Word) {
      const qsizetype end = p + length;
      // A boundary: the text's edge, a separator, or a character that cannot continue the word.
      const bool startsWord = p == 0 || text.wordStart[size_t(p)] || !isLatinWordCharacter(text.text.at(p - 1)) ||
                              !isLatinWordCharacter(text.text.at(p));
      const bool endsWord = end >= text.text.size() || text.wordStart[size_t(end)] || !isLatinWordCharacter(text.text.at(end)) ||
                            !isLatinWordCharacter(text.text.at(end - 1));
      if (!startsWord || !endsWord) continue;
    }
    if (at) *at = int(p);
    return true;
  }
  return false;
}

}  // namespace rc
