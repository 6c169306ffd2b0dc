#include "core/PersonName.h"

#include <QStringList>

namespace rc {

namespace {

// family^given^middle^prefix^suffix -> "prefix family given middle suffix", empty parts dropped.
QString componentGroup(const QString& group) {
  const QStringList c = group.split(QLatin1Char('^'));
  QStringList parts;
  for (int i : {3, 0, 1, 2, 4}) {
    const QString part = c.value(i).trimmed();
    if (!part.isEmpty()) parts << part;
  }
  return parts.join(QLatin1Char(' '));
}

}  // namespace

QString displayPersonName(const QString& dicomPersonName) {
  const QString first = dicomPersonName.section(QLatin1Char('\\'), 0, 0);  // first value only
  const QStringList groups = first.split(QLatin1Char('='));
  const QString alphabetic = componentGroup(groups.value(0));
  const QString ideographic = componentGroup(groups.value(1));
  const QString phonetic = componentGroup(groups.value(2));
  if (!alphabetic.isEmpty() && !ideographic.isEmpty()) return QStringLiteral("%1 (%2)").arg(alphabetic, ideographic);
  if (!alphabetic.isEmpty()) return alphabetic;
  if (!ideographic.isEmpty()) return ideographic;
  return phonetic;
}

}  // namespace rc
