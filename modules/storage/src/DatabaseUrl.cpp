#include "storage/DatabaseUrl.h"

#include "StorageSupport.h"

#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace rc {

Result<DatabaseUrl> DatabaseUrl::parse(const QString& text) {
  const QUrl url(text, QUrl::StrictMode);
  const QString shown = text.section(u'@', -1);  // never echo a password
  if (!url.isValid() || (url.scheme() != QLatin1String("postgresql") && url.scheme() != QLatin1String("postgres")))
    return fail(StorageTr::tr("%1: not a database URL (postgresql://USER@HOST:PORT/DATABASE)").arg(shown));
  DatabaseUrl parsed;
  parsed.user = url.userName();
  parsed.password = url.password();
  parsed.host = url.host();
  parsed.port = url.port(5432);
  parsed.database = url.path().mid(1);
  if (parsed.user.isEmpty() || parsed.host.isEmpty() || parsed.database.isEmpty() || parsed.database.contains(u'/'))
    return fail(StorageTr::tr("%1: a database URL names the user, the host and the database "
                              "(postgresql://USER@HOST:PORT/DATABASE)")
                    .arg(shown));
  const QUrlQuery query(url);
  for (const auto& [key, value] : query.queryItems()) {
    if (key != QLatin1String("schema"))
      return fail(StorageTr::tr("%1: unknown database URL option %2 (only schema=NAME)").arg(shown, key));
    parsed.schema = value;
  }
  // The schema is spliced into statements (search path, CREATE SCHEMA): a plain identifier only.
  static const QRegularExpression identifier(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
  if (!parsed.schema.isEmpty() && !identifier.match(parsed.schema).hasMatch())
    return fail(StorageTr::tr("%1: schema %2 is not a plain lower-case name (letters, digits, _)").arg(shown, parsed.schema));
  return parsed;
}

QString DatabaseUrl::toString() const {
  QString text = QStringLiteral("postgresql://%1@%2:%3/%4")
                     .arg(QString::fromLatin1(QUrl::toPercentEncoding(user)), host)
                     .arg(port)
                     .arg(QString::fromLatin1(QUrl::toPercentEncoding(database)));
  if (!schema.isEmpty()) text += QStringLiteral("?schema=") + schema;
  return text;
}

}  // namespace rc
