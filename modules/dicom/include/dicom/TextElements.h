#pragma once
// Every text element of a file (PN, LO, SH, ST, LT, UT, and optionally all string VRs), at
// every sequence depth, decoded with the Specific Character Set in force at that place (a
// sequence item may declare its own). Used for charset checks and the residual-PHI scan.

#include "core/Result.h"

#include <QString>

#include <vector>

namespace rc {

struct TextElement {
  QString key;   // "(0010,0010)", or "(0032,1064)[0]/(0010,0010)" inside sequences
  QString vr;    // "PN", "LO", ...
  QString text;  // decoded, trimmed; multiple values joined by '\'
};

enum class TextScope {
  Text,        // PN LO SH ST LT UT
  AllStrings,  // also AE AS CS DA DS DT IS TM UC UI UR
};

Result<std::vector<TextElement>> readTextElements(const QString& path, TextScope scope = TextScope::Text);

}  // namespace rc
