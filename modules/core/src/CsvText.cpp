#include "core/CsvText.h"

namespace rc {

QString formulaSafeText(const QString& text) {
  if (text.isEmpty()) return text;
  const QChar first = text.front();
  const bool formula = first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-') || first == QLatin1Char('@') ||
                       first == QLatin1Char('\t') || first == QLatin1Char('\r');
  return formula ? QLatin1Char('\'') + text : text;
}

QString csvField(const QString& text) {
  QString s = formulaSafeText(text);
  if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')) || s.contains(QLatin1Char('\n')) || s.contains(QLatin1Char('\r')))
    s = QLatin1Char('"') + s.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
  return s;
}

}  // namespace rc
