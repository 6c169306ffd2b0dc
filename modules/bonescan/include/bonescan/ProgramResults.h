#pragma once
// Analysis programs' results (BONENAVI, VSBONE 2.0 / 3.0, ...) from the CSV or XLSX the
// programs' users keep: one row per case and program. The key is the patient code, or inside
// the hospital the original patient ID looked up in the correspondence table (as clinical
// data is); the values are checked (BSI 0-100, hotspot count a whole number >= 0, a tracer
// that is known) and a row with a bad value is refused whole; rows that match no patient are
// listed. Results go to their own table: a program's result never passes for a reading.

#include "core/Result.h"
#include "handoff/ClinicalImport.h"
#include "storage/CaseStore.h"

#include <map>

namespace rc {
class CorrespondenceTable;
}

namespace rc::bonescan {

struct ProgramResultMapping {
  enum class Key { PatientCode, OriginalPatientId };
  QString keyColumn;
  Key key = Key::PatientCode;
  // field ("program", "version", "tracer", "bsi", "hotspots", "study_date") -> column header
  std::map<QString, QString> columns;
  std::map<QString, QString> regionColumns;  // column header -> region id (per-region BSI)

  // {"key": {"column": "ID", "kind": "patient-code" | "original-id"},
  //  "columns": {"program": "Software", "bsi": "BSI (%)", ...}, "regions": {"BSI skull": "skull"}}
  static Result<ProgramResultMapping> fromJson(const QByteArray& json, const QString& fileName);
  // The default columns: patient_id or patient_code, program, version, tracer, bsi, hotspots,
  // study_date if present, and bsi_<region> (bsi_skull, bsi_ribs-left, ...).
  static Result<ProgramResultMapping> guess(const SpreadsheetTable& table);
};

struct ProgramImportReport {
  struct Problem {
    int row = 0;  // 1-based data row
    QString column, reason;
  };
  int stored = 0;
  int replaced = 0;  // of those, how many replaced a result imported before
  std::vector<Problem> unmatched;
  std::vector<Problem> invalid;
};

// `table` is needed only for Key::OriginalPatientId. `source` names the file in the rows.
Result<ProgramImportReport> importProgramResults(CaseDatabase& db, const CorrespondenceTable* table, const SpreadsheetTable& sheet,
                                                 const ProgramResultMapping& mapping, const QString& source, const QString& actor);

}  // namespace rc::bonescan
