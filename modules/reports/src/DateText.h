#pragma once
// Dates as reports write them, found in NFKC-normalised text: Western (2023/3/2, 2023-03-02,
// 2023年3月2日, 20230302, March 2, 2023, 2 Mar 2023), Japanese eras (令和5年3月2日, 令和元年,
// R5.3.2, H31.4.30), month and day alone (3月2日, with the report's year), kanji numerals
// (令和五年三月二日, 二〇二三年三月二日).

#include <QDate>
#include <QString>

#include <vector>

namespace rc {

struct DateInText {
  int start = 0, end = 0;  // in the normalised text
  QDate date;              // the day; for a year or a month alone, its first day
  enum class Precision { Day, Month, Year } precision = Precision::Day;
  bool japaneseStyle = false;  // written with 年/月/日 (or an era): rewritten that way
  bool yearGiven = true;       // false: 3月2日 (the year came from the report's date)
};

// Every date in `text`; `referenceYear` completes dates written without a year (0: such
// dates are still found, with year 2000, but marked yearGiven = false).
std::vector<DateInText> findDates(const QString& text, int referenceYear);

// "二十三" -> 23, "二〇二三" -> 2023, "元" -> 1, "12" -> 12; -1 if not a number.
int parseJapaneseNumber(const QString& text);

// The date written as `like` was (precision and style kept).
QString writeDateLike(const QDate& date, const DateInText& like);

}  // namespace rc
