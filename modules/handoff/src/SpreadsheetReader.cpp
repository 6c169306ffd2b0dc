// Reading the hospital's spreadsheets: .csv in UTF-8, ISO-2022-JP or Shift_JIS, and the first sheet of an
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

#include "core/JapaneseText.h"
#include <QXmlStreamReader>

#include <algorithm>
#include <climits>
#include <cmath>
#include <map>
#include <memory>
#include <optional>

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

Result<QString> decodeCsv(const QByteArray& bytes, const QString& path) { return decodeJapaneseText(bytes, path); }

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

// Every part is read through this: a DTD (entity declarations) is refused before anything
// of it is used, and so is XML that does not parse.
class PartReader {
public:
  PartReader(const QByteArray& xml, QString part, const QString& path) : xml_(xml), part_(std::move(part)), path_(path) {}
  bool next() {
    if (xml_.atEnd()) return false;
    xml_.readNext();
    if (xml_.isDTD()) xml_.raiseError(QStringLiteral("a DTD (entity declarations), which no workbook part has"));
    return !xml_.hasError();
  }
  QXmlStreamReader& xml() { return xml_; }
  Status status() const {
    if (!xml_.hasError()) return Status::success();
    return fail(SheetReaderTr::tr("%1: %2 is damaged (line %3): %4").arg(path_, part_).arg(xml_.lineNumber()).arg(xml_.errorString()));
  }

private:
  QXmlStreamReader xml_;
  QString part_;
  QString path_;
};

// Text of <t> children of the current element (a shared string or an inline string, plain or rich).
QString readText(PartReader& reader) {
  QXmlStreamReader& xml = reader.xml();
  QString text;
  const QString end = xml.name().toString();
  while (reader.next()) {
    if (xml.isStartElement() && xml.name() == QLatin1String("t")) text += xml.readElementText();
    else if (xml.isEndElement() && xml.name() == end) break;
  }
  return text;
}

// Style indexes whose number format is a date (built-in 14-22, 45-47, or a custom one with
// day/month/year letters).
Result<QSet<int>> dateStyles(const QByteArray& stylesXml, const QString& path) {
  QSet<int> dateFormats = {14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47};
  QSet<int> styles;
  if (stylesXml.isEmpty()) return styles;  // no styles part: no dates
  PartReader reader(stylesXml, QStringLiteral("xl/styles.xml"), path);
  QXmlStreamReader& xml = reader.xml();
  bool inCellXfs = false;
  int index = 0;
  while (reader.next()) {
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
  if (const Status ok = reader.status(); !ok) return fail(ok.error());
  return styles;
}

// "BC12" -> column 54, row 12 (0-based column, 1-based row); nullopt past XFD1048576 or for
// anything that is no cell reference. Bounded as it is read: no overflow, however long.
struct CellReference {
  int column = -1;
  int row = 0;  // 0: the reference named no row
};
std::optional<CellReference> parseCellReference(QStringView reference) {
  CellReference cell;
  qsizetype i = 0;
  qint64 column = 0;
  for (; i < reference.size() && reference[i].isLetter(); ++i) {
    const char16_t c = reference[i].toUpper().unicode();
    if (c < 'A' || c > 'Z') return std::nullopt;
    column = column * 26 + (c - 'A' + 1);
    if (column > kSheetMaxColumns) return std::nullopt;
  }
  if (i == 0) return std::nullopt;
  qint64 row = 0;
  for (; i < reference.size(); ++i) {
    const char16_t c = reference[i].unicode();
    if (c < '0' || c > '9') return std::nullopt;
    row = row * 10 + (c - '0');
    if (row > kSheetMaxRows) return std::nullopt;
  }
  cell.column = int(column - 1);
  cell.row = int(row);
  return cell;
}

// A number attribute or value in 0..limit, read without overflow; nullopt otherwise.
std::optional<qint64> boundedInteger(QStringView text, qint64 limit) {
  bool ok = false;
  const qint64 v = text.trimmed().toLongLong(&ok);
  if (!ok || v < 0 || v > limit) return std::nullopt;
  return v;
}

QString numberText(const QString& v) {
  bool ok = false;
  const double d = v.toDouble(&ok);
  if (!ok) return v;
  return QString::number(d, 'g', 15);
}

Result<QStringList> sharedStrings(zip_t* z, const QString& path) {
  const auto shared = zipEntry(z, "xl/sharedStrings.xml", false, path);
  if (!shared) return fail(shared.error());
  QStringList strings;
  if (shared->isEmpty()) return strings;  // a workbook without shared strings
  PartReader reader(shared.value(), QStringLiteral("xl/sharedStrings.xml"), path);
  QXmlStreamReader& xml = reader.xml();
  while (reader.next())
    if (xml.isStartElement() && xml.name() == QLatin1String("si")) strings << readText(reader);
  if (const Status ok = reader.status(); !ok) return fail(ok.error());
  return strings;
}

// The part of the workbook's first sheet: workbook.xml names it, its relationship gives the part.
Result<QString> firstSheetPart(zip_t* z, const QString& path) {
  QString sheetPart = QStringLiteral("xl/worksheets/sheet1.xml");
  const auto workbook = zipEntry(z, "xl/workbook.xml", true, path);
  if (!workbook) return fail(workbook.error());
  const auto rels = zipEntry(z, "xl/_rels/workbook.xml.rels", false, path);
  if (!rels) return fail(rels.error());
  if (rels->isEmpty()) return sheetPart;
  QString firstId;
  PartReader book(workbook.value(), QStringLiteral("xl/workbook.xml"), path);
  while (firstId.isEmpty() && book.next())
    if (book.xml().isStartElement() && book.xml().name() == QLatin1String("sheet"))
      for (const QXmlStreamAttribute& a : book.xml().attributes())
        if (a.name() == QLatin1String("id")) firstId = a.value().toString();
  if (const Status ok = book.status(); !ok) return fail(ok.error());
  PartReader relations(rels.value(), QStringLiteral("xl/_rels/workbook.xml.rels"), path);
  QXmlStreamReader& r = relations.xml();
  while (relations.next()) {
    if (r.isStartElement() && r.name() == QLatin1String("Relationship") && r.attributes().value(QLatin1String("Id")) == firstId) {
      const QString target = r.attributes().value(QLatin1String("Target")).toString();
      sheetPart = target.startsWith(QLatin1Char('/')) ? target.mid(1) : QStringLiteral("xl/") + target;
    }
  }
  if (const Status ok = relations.status(); !ok) return fail(ok.error());
  return sheetPart;
}

// The last day Excel's 1900 date system can show (9999-12-31).
constexpr double kMaxSerialDate = 2958465;

Result<SpreadsheetTable> readXlsx(const QString& path) {
  int error = 0;
  std::unique_ptr<zip_t, ZipCloser> z(zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &error));
  if (!z) return fail(SheetReaderTr::tr("%1: not an Excel workbook (not a zip archive)").arg(path));
  const auto strings = sharedStrings(z.get(), path);
  if (!strings) return fail(strings.error());
  const auto styles = zipEntry(z.get(), "xl/styles.xml", false, path);
  if (!styles) return fail(styles.error());
  const auto datesStyles = dateStyles(styles.value(), path);
  if (!datesStyles) return fail(datesStyles.error());
  const auto sheetPart = firstSheetPart(z.get(), path);
  if (!sheetPart) return fail(sheetPart.error());
  const auto sheet = zipEntry(z.get(), sheetPart->toUtf8().constData(), true, path);
  if (!sheet) return fail(sheet.error());

  // Rows as the file holds them: sheet row number -> cells (sparse).
  std::map<int, std::map<int, QString>> rows;
  PartReader reader(sheet.value(), sheetPart.value(), path);
  QXmlStreamReader& xml = reader.xml();
  int rowNumber = 0;
  int column = -1;
  auto cellError = [&](const QString& reference, const QString& reason) {
    return fail(SheetReaderTr::tr("%1: %2, cell %3: %4").arg(path, sheetPart.value(), reference, reason));
  };
  while (reader.next()) {
    if (xml.isStartElement() && xml.name() == QLatin1String("row")) {
      const QStringView r = xml.attributes().value(QLatin1String("r"));
      if (r.isEmpty()) {
        ++rowNumber;  // rows may leave out their number: the next one
      } else {
        const auto n = boundedInteger(r, kSheetMaxRows);
        if (!n || *n < 1)
          return fail(SheetReaderTr::tr("%1: %2: row number \"%3\" is not a row of a sheet (1 to %4)")
                          .arg(path, sheetPart.value(), r.toString()).arg(kSheetMaxRows));
        rowNumber = int(*n);
      }
      column = -1;
      if (rowNumber > kSheetMaxRows)
        return fail(SheetReaderTr::tr("%1: %2: more than %3 rows").arg(path, sheetPart.value()).arg(kSheetMaxRows));
    } else if (xml.isStartElement() && xml.name() == QLatin1String("c")) {
      const auto attrs = xml.attributes();
      const QString reference = attrs.value(QLatin1String("r")).toString();
      if (reference.isEmpty()) {
        ++column;  // cells may leave out their reference too
      } else {
        const auto cell = parseCellReference(reference);
        if (!cell) return cellError(reference, SheetReaderTr::tr("not a cell reference of a sheet (A1 to XFD1048576)"));
        column = cell->column;
      }
      if (column >= kSheetMaxColumns) return cellError(reference, SheetReaderTr::tr("past the last column XFD"));
      const QString type = attrs.value(QLatin1String("t")).toString();
      const int style = int(boundedInteger(attrs.value(QLatin1String("s")), INT_MAX).value_or(0));
      QString value, inlineText;
      while (reader.next()) {
        if (xml.isStartElement() && xml.name() == QLatin1String("v")) value = xml.readElementText();
        else if (xml.isStartElement() && xml.name() == QLatin1String("is")) inlineText = readText(reader);
        else if (xml.isEndElement() && xml.name() == QLatin1String("c")) break;
      }
      const QString where = reference.isEmpty() ? QStringLiteral("%1 (row %2)").arg(column + 1).arg(rowNumber) : reference;
      QString text;
      if (type == QLatin1String("s")) {
        const auto index = boundedInteger(value, qint64(strings->size()) - 1);
        if (!index)
          return cellError(where, SheetReaderTr::tr("shared string %1 does not exist (the workbook has %2)").arg(value).arg(strings->size()));
        text = strings->at(qsizetype(*index));
      } else if (type == QLatin1String("inlineStr")) {
        text = inlineText;
      } else if (type == QLatin1String("b")) {
        text = value == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
      } else if (type == QLatin1String("str") || type == QLatin1String("e")) {
        text = value;
      } else if (datesStyles->contains(style) && !value.isEmpty()) {
        bool ok = false;
        const double serial = value.toDouble(&ok);
        if (!ok || !std::isfinite(serial) || serial < 1 || serial > kMaxSerialDate)
          return cellError(where, SheetReaderTr::tr("\"%1\" is not a date Excel can show (serial 1 to %2)").arg(value).arg(kMaxSerialDate, 0, 'f', 0));
        text = QDate(1899, 12, 30).addDays(qint64(serial)).toString(Qt::ISODate);  // Excel's 1900 date system
      } else {
        text = numberText(value);
      }
      if (!text.isEmpty()) rows[rowNumber][column] = text;
    }
  }
  if (const Status ok = reader.status(); !ok) return fail(ok.error());
  if (rows.empty()) return fail(SheetReaderTr::tr("%1: the first sheet is empty").arg(path));
  // The first row that holds anything is the header; data rows count from it.
  SpreadsheetTable table;
  const auto& [headerNumber, headerCells] = *rows.begin();
  for (const auto& [c, text] : headerCells) {
    while (table.header.size() < c) table.header << QString();
    table.header << text;
  }
  for (auto it = std::next(rows.begin()); it != rows.end(); ++it)
    table.rows.push_back({it->first - headerNumber, std::vector<std::pair<int, QString>>(it->second.begin(), it->second.end())});
  return table;
}

}  // namespace

QString SpreadsheetRow::value(int column) const {
  const auto it = std::lower_bound(cells.begin(), cells.end(), column, [](const auto& cell, int c) { return cell.first < c; });
  return it != cells.end() && it->first == column ? it->second : QString();
}

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
  for (size_t r = 1; r < rows.size(); ++r) {
    SpreadsheetRow row{int(r), {}};
    for (qsizetype c = 0; c < rows[r].size(); ++c)
      if (!rows[r][c].isEmpty()) row.cells.emplace_back(int(c), rows[r][c]);
    if (!row.cells.empty()) table.rows.push_back(std::move(row));
  }
  return table;
}

}  // namespace rc
