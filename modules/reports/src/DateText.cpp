#include "DateText.h"

#include <QRegularExpression>

#include <algorithm>

namespace rc {

namespace {

const QString kNumber = QStringLiteral("(\\d{1,4}|[〇零一二三四五六七八九十]{1,5}|元)");

int eraBase(const QString& era) {
  if (era.startsWith(QStringLiteral("令和")) || era == QLatin1String("R")) return 2018;
  if (era.startsWith(QStringLiteral("平成")) || era == QLatin1String("H")) return 1988;
  if (era.startsWith(QStringLiteral("昭和")) || era == QLatin1String("S")) return 1925;
  if (era.startsWith(QStringLiteral("大正")) || era == QLatin1String("T")) return 1911;
  if (era.startsWith(QStringLiteral("明治")) || era == QLatin1String("M")) return 1867;
  return -1;
}

int monthOfName(const QString& name) {
  static const QStringList months = {QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"), QStringLiteral("apr"),
                                     QStringLiteral("may"), QStringLiteral("jun"), QStringLiteral("jul"), QStringLiteral("aug"),
                                     QStringLiteral("sep"), QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec")};
  return int(months.indexOf(name.left(3).toLower())) + 1;
}

bool overlaps(const std::vector<DateInText>& found, int start, int end) {
  return std::any_of(found.begin(), found.end(), [&](const DateInText& d) { return start < d.end && d.start < end; });
}

}  // namespace

int parseJapaneseNumber(const QString& text) {
  if (text.isEmpty()) return -1;
  if (text == QStringLiteral("元")) return 1;
  bool ok = false;
  const int plain = text.toInt(&ok);
  if (ok) return plain;
  static const QString digits = QStringLiteral("〇一二三四五六七八九");
  if (!text.contains(QStringLiteral("十"))) {  // positional: 二〇二三
    int value = 0;
    for (const QChar c : text) {
      const int d = c == QChar(u'零') ? 0 : int(digits.indexOf(c));
      if (d < 0) return -1;
      value = value * 10 + d;
    }
    return value;
  }
  // 十, 二十, 二十三, 十二
  const int ten = int(text.indexOf(QStringLiteral("十")));
  const QString before = text.left(ten), after = text.mid(ten + 1);
  const int tens = before.isEmpty() ? 1 : int(digits.indexOf(before));
  const int ones = after.isEmpty() ? 0 : int(digits.indexOf(after));
  if (tens < 0 || ones < 0 || before.size() > 1 || after.size() > 1) return -1;
  return tens * 10 + ones;
}

std::vector<DateInText> findDates(const QString& text, int referenceYear) {
  std::vector<DateInText> found;
  auto add = [&](const QRegularExpressionMatch& m, int year, int month, int day, DateInText::Precision precision, bool japanese,
                 bool yearGiven = true) {
    if (overlaps(found, int(m.capturedStart()), int(m.capturedEnd()))) return;
    const QDate date(year, month > 0 ? month : 1, day > 0 ? day : 1);
    if (!date.isValid() || year < 1850 || year > 2200) return;
    found.push_back({int(m.capturedStart()), int(m.capturedEnd()), date, precision, japanese, yearGiven});
  };
  const QString sp = QStringLiteral("\\s*");
  // Eras, in kanji: 令和5年3月2日, 令和元年, 平成三十一年四月三十日.
  static const QRegularExpression era(QStringLiteral("(令和|平成|昭和|大正|明治)\\s*") + kNumber + sp + QStringLiteral("年(?:") + sp + kNumber + sp +
                                      QStringLiteral("月(?:") + sp + kNumber + sp + QStringLiteral("日)?)?"));
  const bool hasEra = text.contains(QStringLiteral("令和")) || text.contains(QStringLiteral("平成")) || text.contains(QStringLiteral("昭和")) ||
                      text.contains(QStringLiteral("大正")) || text.contains(QStringLiteral("明治"));
  const bool hasYear = text.contains(QChar(u'年'));
  const bool hasMonth = text.contains(QChar(u'月'));
  int digits = 0;
  bool latin = false;
  for (const QChar c : text) {
    digits += c.isDigit();
    latin = latin || (c.toLower() >= QLatin1Char('a') && c.toLower() <= QLatin1Char('z'));
  }
  auto matches = [&](const QRegularExpression& re, bool worth) { return worth ? re.globalMatch(text) : QRegularExpressionMatchIterator(); };
  for (auto it = matches(era, hasEra); it.hasNext();) {
    const auto m = it.next();
    const int n = parseJapaneseNumber(m.captured(2)), month = parseJapaneseNumber(m.captured(3)), day = parseJapaneseNumber(m.captured(4));
    if (n < 1) continue;
    add(m, eraBase(m.captured(1)) + n, m.captured(3).isEmpty() ? 0 : month, m.captured(4).isEmpty() ? 0 : day,
        m.captured(4).isEmpty() ? (m.captured(3).isEmpty() ? DateInText::Precision::Year : DateInText::Precision::Month) : DateInText::Precision::Day,
        true);
  }
  // Eras abbreviated: R5.3.2, H31/4/30 (the letter not inside a word).
  static const QRegularExpression eraShort(QStringLiteral("(?<![A-Za-z0-9])([MTSHR])\\s?(\\d{1,2})[./-](\\d{1,2})[./-](\\d{1,2})(?![0-9])"));
  for (auto it = matches(eraShort, latin && digits >= 3); it.hasNext();) {
    const auto m = it.next();
    add(m, eraBase(m.captured(1)) + m.captured(2).toInt(), m.captured(3).toInt(), m.captured(4).toInt(), DateInText::Precision::Day, false);
  }
  // Western with 年月日: 2023年3月2日, 二〇二三年三月二日, 2023年3月.
  static const QRegularExpression western(QStringLiteral("(?<![0-9])(\\d{4}|[〇零一二三四五六七八九]{4})") + sp + QStringLiteral("年") + sp + kNumber + sp +
                                          QStringLiteral("月(?:") + sp + kNumber + sp + QStringLiteral("日)?"));
  for (auto it = matches(western, hasYear && hasMonth); it.hasNext();) {
    const auto m = it.next();
    add(m, parseJapaneseNumber(m.captured(1)), parseJapaneseNumber(m.captured(2)), m.captured(3).isEmpty() ? 0 : parseJapaneseNumber(m.captured(3)),
        m.captured(3).isEmpty() ? DateInText::Precision::Month : DateInText::Precision::Day, true);
  }
  // Numeric: 2023/3/2, 2023-03-02, 2023.3.2.
  static const QRegularExpression numeric(QStringLiteral("(?<![0-9])(\\d{4})([./-])(\\d{1,2})\\2(\\d{1,2})(?![0-9])"));
  for (auto it = matches(numeric, digits >= 6); it.hasNext();) {
    const auto m = it.next();
    add(m, m.captured(1).toInt(), m.captured(3).toInt(), m.captured(4).toInt(), DateInText::Precision::Day, false);
  }
  // Eight digits that make a date of this or the last century: 20230302.
  static const QRegularExpression compact(QStringLiteral("(?<![0-9])((?:19|20)\\d{2})(\\d{2})(\\d{2})(?![0-9])"));
  for (auto it = matches(compact, digits >= 8); it.hasNext();) {
    const auto m = it.next();
    add(m, m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt(), DateInText::Precision::Day, false);
  }
  // English: March 2, 2023 / Mar. 2 2023 / 2 March 2023.
  static const QString monthName = QStringLiteral("(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
                                                  "Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?");
  static const QRegularExpression englishMdy(QStringLiteral("\\b") + monthName + QStringLiteral("\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b"),
                                             QRegularExpression::CaseInsensitiveOption);
  for (auto it = matches(englishMdy, latin && digits >= 5); it.hasNext();) {
    const auto m = it.next();
    add(m, m.captured(3).toInt(), monthOfName(m.captured(1)), m.captured(2).toInt(), DateInText::Precision::Day, false);
  }
  static const QRegularExpression englishDmy(QStringLiteral("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+") + monthName + QStringLiteral(",?\\s+(\\d{4})\\b"),
                                             QRegularExpression::CaseInsensitiveOption);
  for (auto it = matches(englishDmy, latin && digits >= 5); it.hasNext();) {
    const auto m = it.next();
    add(m, m.captured(3).toInt(), monthOfName(m.captured(2)), m.captured(1).toInt(), DateInText::Precision::Day, false);
  }
  // Month and day alone: 3月2日 (the report's year).
  static const QRegularExpression monthDay(QStringLiteral("(?<![0-9年])") + kNumber + sp + QStringLiteral("月") + sp + kNumber + sp + QStringLiteral("日"));
  for (auto it = matches(monthDay, hasMonth && text.contains(QChar(u'日'))); it.hasNext();) {
    const auto m = it.next();
    add(m, referenceYear > 0 ? referenceYear : 2000, parseJapaneseNumber(m.captured(1)), parseJapaneseNumber(m.captured(2)), DateInText::Precision::Day,
        true, false);
  }
  std::sort(found.begin(), found.end(), [](const DateInText& a, const DateInText& b) { return a.start < b.start; });
  return found;
}

QString writeDateLike(const QDate& date, const DateInText& like) {
  if (like.japaneseStyle) {
    if (!like.yearGiven) return QStringLiteral("%1月%2日").arg(date.month()).arg(date.day());
    switch (like.precision) {
      case DateInText::Precision::Year: return QStringLiteral("%1年").arg(date.year());
      case DateInText::Precision::Month: return QStringLiteral("%1年%2月").arg(date.year()).arg(date.month());
      case DateInText::Precision::Day: break;
    }
    return QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day());
  }
  return date.toString(QStringLiteral("yyyy/MM/dd"));
}

}  // namespace rc
