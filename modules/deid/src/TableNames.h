#pragma once
// Names of PS3.3 modules and IODs as the tables match them, shared by the build step that
// compiles the tables (tools/GenerateStandardTables.cpp) and the program that reads them.

#include <QString>

namespace rc {

// "General Image Module Attributes", "general-image" and "General Image" all become
// "generalimage"; "CT Image IOD Modules" becomes "ctimage".
inline QString normalizedTableName(QString name) {
  name = name.toLower();
  for (const char* noise : {"module attributes", "iod modules", "attributes", "module"}) name.remove(QLatin1String(noise));
  QString kept;
  kept.reserve(name.size());
  for (const QChar c : name)
    if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))) kept += c;
  return kept;
}

}  // namespace rc
