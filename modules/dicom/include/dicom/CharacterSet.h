#pragma once
// Decoding of DICOM text values per Specific Character Set (0008,0005), done in the project
// because Debian's DCMTK refuses ISO 2022 IR 87 (Japanese kanji).
//
// Supports single-byte sets (ISO_IR 6/100/101/109/110/126/127/138/144/148/166/13), UTF-8
// (ISO_IR 192), GB18030/GBK, and ISO 2022 code extensions with escape sequences (IR 6, 13, 14,
// 87, 159, 149, 58 and the ISO 8859 G1 sets). Per PS3.5 6.1.2.5.3 the initial designations are
// restored at every value delimiter, at CR/LF/FF/TAB, and in person names at '^' and '='.
// Decoding never fails: undecodable bytes become U+FFFD so a bad name still shows.

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace rc {

enum class TextKind {
  MultiValued,   // CS, LO, SH, ... : backslash separates values
  PersonName,    // PN: also '^' and '=' reset the code elements
  SingleValued,  // LT, ST, UT: backslash is an ordinary character
};

class CharacterSet {
public:
  // Parses the raw value of (0008,0005), e.g. "ISO 2022 IR 13\ISO 2022 IR 87" or "ISO_IR 192".
  // An empty value means the default repertoire (ASCII).
  explicit CharacterSet(const QByteArray& specificCharacterSet = QByteArray());

  QString decode(const QByteArray& raw, TextKind kind = TextKind::MultiValued) const;

  // Defined terms as written in the file (empty first term kept as "").
  const QStringList& terms() const { return terms_; }
  // Terms this decoder does not know (decoded as Latin-1 as a last resort).
  QStringList unknownTerms() const;
  bool usesCodeExtensions() const;

private:
  QStringList terms_;
};

// Encodes text for a value written with the given character set. Used when the project writes
// Japanese names (the demo phantom) in ISO 2022 IR 87: each component group is encoded on its
// own so that every '^', '=' and '\' is preceded by a return to the initial code element.
QByteArray encodeIso2022Japanese(const QString& text);

}  // namespace rc
