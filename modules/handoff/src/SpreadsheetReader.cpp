// Reading the hospital's spreadsheets: .csv in UTF-8 or Shift_JIS, and the first sheet of an
// .xlsx (a zip of XML parts, read with libzip and QXmlStreamReader).

#include "handoff/ClinicalImport.h"

#include <zip.h>

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>
#include <QXmlStreamReader>

#include <memory>

namespace rc {

namespace {

struct SheetReaderTr {
  Q_DECLARE_TR_FUNCTIONS(SpreadsheetReader)
};

// ---- CSV ----------------------------------------------------------------------------------

std::vector<QStringList> parseCsv(const QString& text) {
  std::vector<QStringList> rows;
  QStringList row;
  QString cell;
  bool quoted = false;
  for (int i = 0; i < text.size(); ++i) {
    const QChar c = text[i];
    if (quoted) {
      if (c == QLatin1Char('"')) {
        if (i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) cell += c, ++i;
        else quoted = false;
      } else {
        cell += c;
      }
    } else if (c == QLatin1Char('"')) {
      quoted = true;
    } else if (c == QLatin1Char(',')) {
      row << cell;
      cell.clear();
    } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
      if (c == QLatin1Char('\r') && i + 1 < text.size() && text[i + 1] == QLatin1Char('\n')) ++i;
      row << cell;
      cell.clear();
      rows.push_back(row);
      row.clear();
    } else {
      cell += c;
    }
  }
  if (!cell.isEmpty() || !row.isEmpty()) rows.push_back(row << cell);
  return rows;
}

Result<QString> decodeCsv(const QByteArray& bytes, const QString& path) {
  if (bytes.startsWith("\xEF\xBB\xBF")) return QString::fromUtf8(bytes.mid(3));
  QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
  QString text = utf8(bytes);
  if (!utf8.hasError()) return text;
  // Not UTF-8: the Japanese Excel default.
  QStringDecoder sjis("Shift_JIS");
  if (!sjis.isValid()) return fail(SheetReaderTr::tr("%1: not UTF-8, and this system cannot decode Shift_JIS").arg(path));
  text = sjis(bytes);
  if (sjis.hasError()) return fail(SheetReaderTr::tr("%1: neither UTF-8 nor Shift_JIS text").arg(path));
  return text;
}

// ---- XLSX ---------------------------------------------------------------------------------

struct ZipCloser {
  void operator()(zip_t* z) const { zip_discard(z); }
};

Result<QByteArray> zipEntry(zip_t* z, const char* name, bool required, const QString& path) {
  zip_stat_t st;
  if (zip_stat(z, name, 0, &st) != 0) {
    if (!required) return QByteArray();
    return fail(SheetReaderTr::tr("%1: not an Excel workbook (no %2)").arg(path, QString::fromLatin1(name)));
  }
  if (st.size > (zip_uint64_t(256) << 20)) return fail(SheetReaderTr::tr("%1: %2 is too large").arg(path, QString::fromLatin1(name)));
  zip_file_t* f = zip_fopen(z, name, 0);
  if (!f) return fail(SheetReaderTr::tr("%1: cannot read %2").arg(path, QString::fromLatin1(name)));
  QByteArray data(qsizetype(st.size), Qt::Uninitialized);
  const zip_int64_t got = zip_fread(f, data.data(), st.size);
  zip_fclose(f);
  if (got != zip_int64_t(st.size)) return fail(SheetReaderTr::tr("%1: cannot read %2").arg(path, QString::fromLatin1(name)));
  return data;
}

// Text of <t> children of the current element (a shared string or an inline string, plain or rich).
QString readText(QXmlStreamReader& xml) {
  QString text;
  const QString end = xml.name().toString();
  while (!xml.atEnd()) {
    xml.readNext();
    if (xml.isStartElement() && xml.name() == QLatin1String("t")) text += xml.readElementText();
    else if (xml.isEndElement() && xml.name() == end) break;
  }
  return text;
}

// Style indexes whose number format is a date (built-in 14-22, 45-47, or a custom one with
// day/month/year letters).
QSet<int> dateStyles(const QByteArray& stylesXml) {
  QSet<int> dateFormats = {14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47};
  QSet<int> styles;
  QXmlStreamReader xml(stylesXml);
  bool inCellXfs = false;
  int index = 0;
  while (!xml.atEnd()) {
    xml.readNext();
    if (xml.isStartElement() && xml.name() == QLatin1String("numFmt")) {
      const QString code = xml.attributes().value(QLatin1String("formatCode")).toString().toLower();
      QString stripped = code;
      stripped.remove(QRegularExpression(QStringLiteral("\"[^\"]*\"|\\[[^]]*\\]")));
      if (stripped.contains(QLatin1Char('y')) || stripped.contains(QLatin1Char('d')))
        dateFormats.insert(xml.attributes().value(QLatin1String("numFmtId")).toInt());
    } else if (xml.isStartElement() && xml.name() == QLatin1String("cellXfs")) {
      inCellXfs = true;
    } else if (xml.isEndElement() && xml.name() == QLatin1String("cellXfs")) {
      inCellXfs = false;
    } else if (inCellXfs && xml.isStartElement() && xml.name() == QLatin1String("xf")) {
      if (dateFormats.contains(xml.attributes().value(QLatin1String("numFmtId")).toInt())) styles.insert(index);
      ++index;
    }
  }
  return styles;
}

int columnIndex(const QString& reference) {  // "BC12" -> 54
  int n = 0;
  for (const QChar c : reference) {
    if (!c.isLetter()) break;
    n = n * 26 + (c.toUpper().unicode() - 'A' + 1);
  }
  return n - 1;
}

QString numberText(const QString& v) {
  bool ok = false;
  const double d = v.toDouble(&ok);
  if (!ok) return v;
  return QString::number(d, 'g', 15);
}

Result<SpreadsheetTable> readXlsx(const QString& path) {
  int error = 0;
  std::unique_ptr<zip_t, ZipCloser> z(zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &error));
  if (!z) return fail(SheetReaderTr::tr("%1: not an Excel workbook (not a zip archive)").arg(path));
  const auto shared = zipEntry(z.get(), "xl/sharedStrings.xml", false, path);
  if (!shared) return fail(shared.error());
  QStringList strings;
  {
    QXmlStreamReader xml(shared.value());
    while (!xml.atEnd()) {
      xml.readNext();
      if (xml.isStartElement() && xml.name() == QLatin1String("si")) strings << readText(xml);
    }
  }
  const auto styles = zipEntry(z.get(), "xl/styles.xml", false, path);
  if (!styles) return fail(styles.error());
  const QSet<int> datesStyles = dateStyles(styles.value());
  // The first sheet: workbook.xml names it, its relationship gives the part.
  QString sheetPart = QStringLiteral("xl/worksheets/sheet1.xml");
  const auto workbook = zipEntry(z.get(), "xl/workbook.xml", true, path);
  if (!workbook) return fail(workbook.error());
  const auto rels = zipEntry(z.get(), "xl/_rels/workbook.xml.rels", false, path);
  if (rels && !rels->isEmpty()) {
    QString firstId;
    QXmlStreamReader xml(workbook.value());
    while (!xml.atEnd() && firstId.isEmpty()) {
      xml.readNext();
      if (xml.isStartElement() && xml.name() == QLatin1String("sheet"))
        for (const QXmlStreamAttribute& a : xml.attributes())
          if (a.name() == QLatin1String("id")) firstId = a.value().toString();
    }
    QXmlStreamReader r(rels.value());
    while (!r.atEnd()) {
      r.readNext();
      if (r.isStartElement() && r.name() == QLatin1String("Relationship") && r.attributes().value(QLatin1String("Id")) == firstId) {
        QString target = r.attributes().value(QLatin1String("Target")).toString();
        sheetPart = target.startsWith(QLatin1Char('/')) ? target.mid(1) : QStringLiteral("xl/") + target;
      }
    }
  }
  const auto sheet = zipEntry(z.get(), sheetPart.toUtf8().constData(), true, path);
  if (!sheet) return fail(sheet.error());

  std::vector<QStringList> rows;
  QXmlStreamReader xml(sheet.value());
  QStringList row;
  int rowNumber = 0;
  while (!xml.atEnd()) {
    xml.readNext();
    if (xml.isStartElement() && xml.name() == QLatin1String("row")) {
      row.clear();
      rowNumber = xml.attributes().value(QLatin1String("r")).toInt();
    } else if (xml.isEndElement() && xml.name() == QLatin1String("row")) {
      while (int(rows.size()) < rowNumber - 1) rows.emplace_back();  // empty rows keep their place
      rows.push_back(row);
    } else if (xml.isStartElement() && xml.name() == QLatin1String("c")) {
      const auto attrs = xml.attributes();
      const int column = columnIndex(attrs.value(QLatin1String("r")).toString());
      const QString type = attrs.value(QLatin1String("t")).toString();
      const int style = attrs.value(QLatin1String("s")).toInt();
      QString value, inlineText;
      while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("v")) value = xml.readElementText();
        else if (xml.isStartElement() && xml.name() == QLatin1String("is")) inlineText = readText(xml);
        else if (xml.isEndElement() && xml.name() == QLatin1String("c")) break;
      }
      QString text;
      if (type == QLatin1String("s")) text = strings.value(value.toInt());
      else if (type == QLatin1String("inlineStr")) text = inlineText;
      else if (type == QLatin1String("b")) text = value == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
      else if (type == QLatin1String("str") || type == QLatin1String("e")) text = value;
      else if (datesStyles.contains(style) && !value.isEmpty())
        text = QDate(1899, 12, 30).addDays(qint64(value.toDouble())).toString(Qt::ISODate);  // Excel's 1900 date system
      else
        text = numberText(value);
      if (column >= 0 && column < 16384) {
        while (row.size() <= column) row << QString();
        row[column] = text;
      }
    }
  }
  if (xml.hasError()) return fail(SheetReaderTr::tr("%1: the sheet's XML is damaged: %2").arg(path, xml.errorString()));
  SpreadsheetTable table;
  if (rows.empty()) return fail(SheetReaderTr::tr("%1: the first sheet is empty").arg(path));
  table.header = rows.front();
  table.rows.assign(rows.begin() + 1, rows.end());
  return table;
}

}  // namespace

Result<SpreadsheetTable> readSpreadsheet(const QString& path) {
  if (path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive)) return readXlsx(path);
  QFile f(path);
  if (!f.open(QIODevice::ReadOnly)) return fail(SheetReaderTr::tr("%1: cannot read: %2").arg(path, f.errorString()));
  const auto text = decodeCsv(f.readAll(), path);
  if (!text) return fail(text.error());
  const auto rows = parseCsv(text.value());
  if (rows.empty()) return fail(SheetReaderTr::tr("%1: empty").arg(path));
  SpreadsheetTable table;
  table.header = rows.front();
  for (QString& h : table.header) h = h.trimmed();
  table.rows.assign(rows.begin() + 1, rows.end());
  return table;
}

}  // namespace rc
