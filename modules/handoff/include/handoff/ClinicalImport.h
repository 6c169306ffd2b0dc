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
#include <vector>

namespace rc {

class CorrespondenceTable;

struct SpreadsheetTable {
  QStringList header;
  std::vector<QStringList> rows;  // cell texts; dates as YYYY-MM-DD
};

// The first sheet of an .xlsx (libzip + Qt XML: shared and inline strings, numbers, dates),
// or a .csv (UTF-8 with or without BOM, else Shift_JIS).
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
