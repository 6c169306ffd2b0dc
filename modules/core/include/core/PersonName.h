#pragma once
// Display of DICOM person names (PN): "YAMADA^TARO=山田^太郎=やまだ^たろう" becomes
// "YAMADA TARO (山田 太郎)" — family name first, as Japanese worklists show it; the
// ideographic group in parentheses; the phonetic group left out (it repeats the others).

#include <QString>

namespace rc {

QString displayPersonName(const QString& dicomPersonName);

}  // namespace rc
