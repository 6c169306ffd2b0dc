#pragma once
// Small typed accessors over DCMTK datasets, for the modules that work on DCMTK objects
// (dicom, deid, exchange). Text is decoded with the project's CharacterSet (never DCMTK's conversion).

#include "dicom/CharacterSet.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcitem.h>
#include <dcmtk/dcmdata/dctagkey.h>

#include <QByteArray>
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
// All numeric values; empty if any is invalid.
std::vector<double> numbers(DcmItem* item, const DcmTagKey& tag);
// Item `index` of sequence `tag` directly inside `item`, or nullptr.
DcmItem* sequenceItem(DcmItem* item, const DcmTagKey& tag, unsigned long index = 0);
unsigned long sequenceLength(DcmItem* item, const DcmTagKey& tag);
// "(gggg,eeee) Keyword" for messages.
QString tagLabel(const DcmTagKey& tag);
QString conditionText(const OFCondition& condition);

// Re-encodes every text value of `item` (and its sequences, which may declare their own
// character set) as UTF-8 and declares ISO_IR 192, so that text the project adds in UTF-8
// sits beside it consistently. ASCII values stay byte for byte the same.
void convertTextToUtf8(DcmItem* item);

}  // namespace rc::dcm
