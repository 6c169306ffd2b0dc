#pragma once
// Text files as Japanese hospital systems write them: UTF-8 (with or without a BOM),
// ISO-2022-JP (JIS, 7-bit with escape sequences: HL7 messages, mail) or Shift_JIS (Excel's
// CSV, older RIS exports). The encoding is recognised from the bytes; text that is none of
// them is an error naming the file, never a string with replacement characters.

#include "core/Result.h"

#include <QByteArray>
#include <QString>

namespace rc {

// `hint`, when given ("UTF-8", "ISO-2022-JP", "Shift_JIS"; as an HL7 header names it), is
// tried first.
Result<QString> decodeJapaneseText(const QByteArray& bytes, const QString& path, const QString& hint = QString());

}  // namespace rc
