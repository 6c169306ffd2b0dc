#pragma once
// Shared by the storage sources: translation context and small SQL helpers.

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

namespace rc {

struct StorageTr {
  Q_DECLARE_TR_FUNCTIONS(Storage)
};

inline QString sqlError(const QSqlQuery& q) { return q.lastError().text(); }

// A null QString binds as SQL NULL; the schema wants '' for "absent".
inline QString notNull(const QString& s) { return s.isNull() ? QStringLiteral("") : s; }

}  // namespace rc
