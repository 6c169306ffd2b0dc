// The case sheet as .xlsx through libxlsxwriter (kept to this file).

#include "handoff/CaseSheet.h"

#include <xlsxwriter.h>

#include <QCoreApplication>
#include <QDate>
#include <QFile>

#include <algorithm>

namespace rc {

namespace {

struct SheetTr {
  Q_DECLARE_TR_FUNCTIONS(CaseSheet)
};

// Excel's column width is in characters of its default font; a Japanese character takes two.
double displayWidth(const QString& text) {
  double w = 0;
  for (const QChar c : text) w += c.unicode() < 0x2E80 ? 1.0 : 2.0;
  return w;
}

}  // namespace

Status writeCaseSheetXlsx(const CaseSheet& sheet, const QString& path, bool japanese, bool incomplete) {
  const QByteArray file = QFile::encodeName(path);
  lxw_workbook* book = workbook_new(file.constData());
  if (!book) return fail(SheetTr::tr("%1: cannot create the workbook").arg(path));
  lxw_worksheet* ws = workbook_add_worksheet(book, japanese ? "症例" : "Cases");
  lxw_format* header = workbook_add_format(book);
  format_set_bold(header);
  format_set_bg_color(header, 0xDDEBF7);
  format_set_border(header, LXW_BORDER_THIN);
  lxw_format* dateFormat = workbook_add_format(book);
  format_set_num_format(dateFormat, "yyyy-mm-dd");
  lxw_format* wrap = workbook_add_format(book);
  format_set_text_wrap(wrap);
  format_set_align(wrap, LXW_ALIGN_VERTICAL_TOP);
  lxw_format* note = workbook_add_format(book);
  format_set_bold(note);
  format_set_font_color(note, 0xC00000);

  std::vector<double> widths(sheet.columns.size(), 8);
  for (size_t c = 0; c < sheet.columns.size(); ++c) {
    const QString text = japanese ? sheet.columns[c].japanese : sheet.columns[c].english;
    worksheet_write_string(ws, 0, lxw_col_t(c), text.toUtf8().constData(), header);
    widths[c] = std::max(widths[c], displayWidth(text) + 2);
  }
  for (size_t r = 0; r < sheet.rows.size(); ++r) {
    const lxw_row_t row = lxw_row_t(r + 1);
    const auto& values = sheet.rows[r].values;
    for (size_t c = 0; c < values.size() && c < sheet.columns.size(); ++c) {
      const QVariant& v = values[c];
      const lxw_col_t col = lxw_col_t(c);
      if (!v.isValid()) continue;
      if (v.typeId() == QMetaType::QDate) {
        const QDate d = v.toDate();
        lxw_datetime dt = {d.year(), d.month(), d.day(), 0, 0, 0};
        worksheet_write_datetime(ws, row, col, &dt, dateFormat);
        widths[c] = std::max(widths[c], 12.0);
      } else if (v.typeId() == QMetaType::Double) {
        worksheet_write_number(ws, row, col, v.toDouble(), nullptr);
        widths[c] = std::max(widths[c], displayWidth(QString::number(v.toDouble())) + 2);
      } else {
        const QString text = v.toString();
        worksheet_write_string(ws, row, col, text.toUtf8().constData(), wrap);
        widths[c] = std::max(widths[c], std::min(60.0, displayWidth(text) + 2));
      }
    }
  }
  for (size_t c = 0; c < widths.size(); ++c) worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), widths[c], nullptr);
  worksheet_freeze_panes(ws, 1, 0);

  const QByteArray title = japanese ? QByteArrayLiteral("症例シート") : QByteArrayLiteral("Case sheet");
  const QByteArray mark = japanese ? QStringLiteral("不完全: 必須項目が空欄のまま出力されました").toUtf8()
                                   : QByteArrayLiteral("INCOMPLETE: exported with empty required cells");
  if (incomplete)
    worksheet_write_string(ws, lxw_row_t(sheet.rows.size() + 2), 0, mark.constData(), note);
  // libxlsxwriter's properties are non-const char* it only reads.
  QByteArray author("RadCurator"), comments = incomplete ? mark : QByteArray("complete: every required cell filled"),
      keywords(incomplete ? "incomplete" : "complete"), titleBytes = title;
  lxw_doc_properties properties = {};
  properties.title = titleBytes.data();
  properties.author = author.data();
  properties.comments = comments.data();
  properties.keywords = keywords.data();
  workbook_set_properties(book, &properties);
  const lxw_error closed = workbook_close(book);
  if (closed != LXW_NO_ERROR) return fail(SheetTr::tr("%1: cannot write the workbook: %2").arg(path, QString::fromUtf8(lxw_strerror(closed))));
  return Status::success();
}

}  // namespace rc
