#pragma once
// The case sheet handed to partners with a dataset (DOMAIN.md 3): one row per exam, columns
// A-I as the hospitals' sheets have them (patient code, exam date, findings, EOD, metastasis,
// age, sex, height, weight), then the project's columns (disease class, finding type,
// location, long and short axis, segment volume). Values come from the store: the labels, the
// clinical record, and what the site profile kept in the DICOM header.
//
// Columns A-G are required. A sheet with empty required cells is refused with their list,
// unless the user asks for an incomplete export: the file then says so (a note row and the
// document properties).

#include "core/Result.h"
#include "storage/CaseStore.h"
#include "storage/LabelStore.h"

#include <QStringList>
#include <QVariant>

#include <functional>
#include <map>
#include <vector>

namespace rc {

struct SheetColumn {
  QString id;        // "patient_code", "exam_date", ...
  QString japanese;  // header in the Japanese sheet
  QString english;
  bool required = false;
};

struct SheetRow {
  QString patientCode;
  QString studyUid;
  std::vector<QVariant> values;  // per column: QString, QDate or double; invalid = empty
};

struct MissingCell {
  int row = 0;        // 1-based data row (the header is row 0)
  QString column;     // "B 検査日" style: letter and header
  QString patientCode;
};

// The project's columns after I, from a sheet template (resources/sheets/<id>.json, or a
// project's file of the same form): finding columns (disease_class, finding_type, location,
// long_axis, short_axis) and clinical record fields ("clinical:<field id>" of its clinical
// template).
struct SheetTemplate {
  QString id;
  QString clinicalTemplate = QStringLiteral("chest");
  QStringList columns;
  static QStringList builtInIds();  // "chest", "bone-scan", "adc", "dose"
  static Result<SheetTemplate> builtIn(const QString& id);
  static Result<SheetTemplate> load(const QString& path);
  static Result<SheetTemplate> parse(const QByteArray& json, const QString& fileName);
};

// A cell the sheet cannot carry as it is, or must not carry.
struct CellProblem {
  int row = 0;        // 1-based data row
  QString column;     // "C 所見" style
  QString patientCode;
  QString reason;
};

struct CaseSheet {
  std::vector<SheetColumn> columns;
  std::vector<SheetRow> rows;
  std::vector<MissingCell> missing(bool japanese) const;
  // Text no spreadsheet would keep whole: over Excel's 32,767 characters per cell (the .xlsx
  // would be cut, the .csv not), or holding a NUL. Refused before anything is written.
  std::vector<CellProblem> unwritable(bool japanese) const;
  // Text cells in which `containsIdentifier` finds something (returns what, or empty).
  std::vector<CellProblem> findIdentifiers(bool japanese, const std::function<QString(const QString&)>& containsIdentifier) const;
};

// Excel's limit of characters in one cell.
constexpr int kMaxCellCharacters = 32767;

// What a study adds to the sheet from outside the store's labels and clinical records (the
// bone-scan study: EOD and metastasis from the readers' reference reading, each program's BSI
// and hotspot count, each reader's count): columns after the template's, and per series the
// cells it fills by column id ("eod" and "metastasis" take the place of the clinical record's;
// "findings" fills column C where the labels leave it empty).
struct SheetAdditions {
  std::vector<SheetColumn> columns;
  std::function<std::map<QString, QVariant>(const QString& seriesUid)> valuesOf;
};

// The sheet of the exams of `patientCodes` (every exam of each patient, by date).
// `labelSets`, for a reading study's sheet: the series whose labels count, each with the set
// that does; a column "label set" then says which set each exam's findings come from.
Result<CaseSheet> buildCaseSheet(const CaseStore& store, const QStringList& patientCodes, bool japanese,
                                 const SheetTemplate& extraColumns, const std::map<QString, LabelChoice>* labelSets = nullptr,
                                 const SheetAdditions* additions = nullptr);

// .xlsx (libxlsxwriter): real dates and numbers, frozen header, widths for Japanese text.
// `incomplete` marks the file as exported with empty required cells.
Status writeCaseSheetXlsx(const CaseSheet& sheet, const QString& path, bool japanese, bool incomplete);
// .csv in UTF-8 with a BOM (Excel opens it as UTF-8); dates as YYYY-MM-DD; text through
// formulaSafeText (core/CsvText.h). (The .xlsx writes text as string cells, which no program evaluates.)
Status writeCaseSheetCsv(const CaseSheet& sheet, const QString& path, bool japanese, bool incomplete);

// "A", "B", ... "AA" for a 0-based column.
QString columnLetter(int column);

}  // namespace rc
