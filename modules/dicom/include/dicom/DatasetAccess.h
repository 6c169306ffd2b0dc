#pragma once
// Small typed accessors over DCMTK datasets, for the modules that work on DCMTK objects
// (dicom, deid, exchange). Text is decoded with the project's CharacterSet (never DCMTK's conversion).

#include "dicom/CharacterSet.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcitem.h>
#include <dcmtk/dcmdata/dctagkey.h>

#include <QByteArray>
#include <QHash>
#include <QString>

#include <optional>
#include <vector>

namespace rc::dcm {

// Raw bytes of a string element's value (all values, backslashes included), as in the file.
QByteArray rawValue(DcmItem* item, const DcmTagKey& tag);
// Decoded, trimmed text.
QString text(DcmItem* item, const DcmTagKey& tag, const CharacterSet& charset,
             TextKind kind = TextKind::MultiValued);
// ASCII-only values (UI, CS, DA, TM, AS): trimmed, no charset involved.
QString ascii(DcmItem* item, const DcmTagKey& tag);
// Numeric value at `index` of a DS/IS/US/SS/UL/SL/FL/FD element; nullopt if absent or invalid.
std::optional<double> number(DcmItem* item, const DcmTagKey& tag, unsigned long index = 0);
// A header number as an integer in [lo, hi]: nullopt when absent, not a whole number, or
// outside the range. Every count, size, bit depth and index read from a header goes through
// this one check before it is used (a hostile file may say Bits Stored 2147483648).
std::optional<int> integer(DcmItem* item, const DcmTagKey& tag, int lo, int hi, unsigned long index = 0);
// All numeric values; empty if any is invalid.
std::vector<double> numbers(DcmItem* item, const DcmTagKey& tag);
// Item `index` of sequence `tag` directly inside `item`, or nullptr.
DcmItem* sequenceItem(DcmItem* item, const DcmTagKey& tag, unsigned long index = 0);
unsigned long sequenceLength(DcmItem* item, const DcmTagKey& tag);
// The character set in force inside `item`: its own Specific Character Set, or the one it inherits.
CharacterSet characterSetIn(DcmItem* item, const CharacterSet& inherited);
// How a string VR's value splits into values (PN component groups, backslashes, or neither).
TextKind textKindOf(DcmEVR vr);
// Whether the bytes of an element of unknown VR (UN, OB) read as text: printable characters,
// spaces, ISO 2022 escapes and 8-bit bytes, with at most a trailing NUL.
bool looksLikeText(const char* value, Uint32 length);

// Private creators of `item` keyed by privateBlock(group, element): a private element
// (gggg,xxee) belongs to the creator at (gggg,00xx).
QHash<quint32, QString> privateCreators(DcmItem* item, const CharacterSet& charset);
inline quint32 privateBlock(quint16 group, quint16 element) { return (quint32(group) << 8) | (element >> 8); }
inline bool isPrivateCreator(const DcmTagKey& tag) {
  return (tag.getGroup() & 1) && tag.getElement() >= 0x10 && tag.getElement() <= 0xFF;
}

// "(gggg,eeee) Keyword" for messages.
QString tagLabel(const DcmTagKey& tag);
QString conditionText(const OFCondition& condition);

// Re-encodes every text value of `item` (and its sequences, which may declare their own
// character set) as UTF-8 and declares ISO_IR 192, so that text the project adds in UTF-8
// sits beside it consistently. ASCII values stay byte for byte the same.
void convertTextToUtf8(DcmItem* item);

}  // namespace rc::dcm
