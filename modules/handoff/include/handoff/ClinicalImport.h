#pragma once
// Clinical data from the spreadsheet the hospital already keeps (.xlsx, or .csv in UTF-8 or
// Shift_JIS) into the patients' clinical records. A mapping says which column holds the key
// (the patient code, or inside the hospital the original patient ID, looked up in the
// correspondence table and never stored anywhere else) and which columns fill which template
// fields. Every value is checked against its field; a filled value is never overwritten
// unless asked, and each such conflict is reported with the old and the new value; rows that
// match no patient are listed.

#include "core/Result.h"
#include "storage/CaseStore.h"

#include <QStringList>

#include <map>
#include <utility>
#include <vector>

namespace rc {

class CorrespondenceTable;

// One data row: only the cells that hold something, so that a sheet's size in memory follows
// what the file holds, not the row and column numbers it claims (a cell in row 2,000,000,000
// or column XFD costs one cell).
struct SpreadsheetRow {
  int number = 0;  // 1-based data row, as the sheet numbers it below its header row
  std::vector<std::pair<int, QString>> cells;  // (0-based column, text), by column; dates as YYYY-MM-DD
  QString value(int column) const;
};

struct SpreadsheetTable {
  QStringList header;
  std::vector<SpreadsheetRow> rows;  // rows with at least one cell, in sheet order
};

// Excel's sheet: 1,048,576 rows of 16,384 columns (A..XFD).
constexpr int kSheetMaxRows = 1048576;
constexpr int kSheetMaxColumns = 16384;

// The first sheet of an .xlsx (libzip + Qt XML: shared and inline strings, numbers, dates),
// or a .csv (UTF-8 with or without BOM, ISO-2022-JP, else Shift_JIS). A damaged file is an error naming
// the file and the part or cell, never a silently shortened value: XML that does not parse,
// a DTD (a workbook never has one; entities could expand without end), a shared-string index
// or serial date out of range, a cell reference past XFD1048576, text that is not the
// encoding it claims.
Result<SpreadsheetTable> readSpreadsheet(const QString& path);

struct ClinicalMapping {
  enum class Key { PatientCode, OriginalPatientId };
  QString templateId = QStringLiteral("chest");
  QString keyColumn;
  Key key = Key::PatientCode;
  std::map<QString, QString> fields;  // column header -> template field id

  // {"template": "chest", "key": {"column": "ID", "kind": "patient-code" | "original-id"},
  //  "columns": {"年齢": "age", ...}}
  static Result<ClinicalMapping> fromJson(const QByteArray& json, const QString& fileName);
  QByteArray toJson() const;
  // Without a mapping file: the key column by its usual names, fields by label (ja or en) or id.
  static Result<ClinicalMapping> guess(const SpreadsheetTable& table, const QString& templateId);
};

struct ClinicalImportReport {
  struct Change {
    QString patientCode, field, oldValue, newValue;
  };
  struct Problem {
    int row = 0;  // 1-based data row
    QString column, reason;
  };
  std::vector<Change> updated;      // written
  std::vector<Change> conflicts;    // a filled value differs: kept (unless overwrite)
  std::vector<Problem> unmatched;   // rows whose key matches no patient
  std::vector<Problem> invalid;     // values a field refuses
  int patients = 0;                 // records written
};

Result<ClinicalImportReport> importClinicalData(const CaseStore& store, const CorrespondenceTable* table, const SpreadsheetTable& sheet,
                                                const ClinicalMapping& mapping, bool overwrite, const QString& actor = QString());

}  // namespace rc
