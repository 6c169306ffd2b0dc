#pragma once
// Who is working, for audit lines, the export ledger and the reader of an edit: the login
// name, or "unknown" where the environment does not say (a service, a bare container).

#include <QString>

namespace rc {

inline QString loginName() {
  QString name = qEnvironmentVariable("USER");
  if (name.isEmpty()) name = qEnvironmentVariable("LOGNAME");
  return name.isEmpty() ? QStringLiteral("unknown") : name;
}

}  // namespace rc
