#pragma once
// Text for CSV files people open in spreadsheets.

#include <QString>

namespace rc {

// Text as a spreadsheet must receive it to show it as text, never run it: a value beginning
// with = + - @, a tab or a carriage return is a formula to Excel, LibreOffice and Google Sheets
// when a CSV is opened; it gets a leading apostrophe (OWASP's advice for CSV injection).
QString formulaSafeText(const QString& text);

// One CSV field: formula-safe, and quoted (RFC 4180) when it holds a comma, quote or line break.
QString csvField(const QString& text);

}  // namespace rc
