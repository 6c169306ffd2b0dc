#pragma once
// Where a store's database lives when it is not the SQLite file in the store's folder (team
// mode): a PostgreSQL server, named as postgresql://USER[:PASSWORD]@HOST[:PORT]/DATABASE
// [?schema=NAME]. The password is better kept out of the URL (libpq reads PGPASSWORD and
// ~/.pgpass); a URL is never written anywhere with it. `schema=new` asks for a schema of the
// store's own, named when the store is created (several stores can share one database).

#include "core/Result.h"

#include <QString>

namespace rc {

struct DatabaseUrl {
  QString user;
  QString password;
  QString host;
  int port = 5432;
  QString database;
  QString schema;  // empty: the server's default (public)

  static Result<DatabaseUrl> parse(const QString& text);
  // The URL without the password: what the store's settings file keeps and messages show.
  QString toString() const;
  bool wantsNewSchema() const { return schema == QLatin1String("new"); }
  // The schema statements run in ("public" when none is named).
  QString schemaName() const { return schema.isEmpty() ? QStringLiteral("public") : schema; }
};

}  // namespace rc
