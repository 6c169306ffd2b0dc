// libFuzzer harness: the clinical spreadsheet reader, on the input as an .xlsx (a zip of XML
// parts: shared strings, styles, the sheet) and as a .csv (UTF-8, BOM, Shift_JIS).
#include "FuzzSupport.h"
#include "handoff/ClinicalImport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  rc::fuzz::ensureApplication();
  for (const char* name : {"input.xlsx", "input.csv"}) {
    const auto table = rc::readSpreadsheet(rc::fuzz::writeInput(data, size, QString::fromLatin1(name)));
    if (table) {
      // What the import does with a table: every cell looked up by column.
      for (const rc::SpreadsheetRow& row : table->rows)
        for (int c = 0; c < table->header.size(); ++c) (void)row.value(c);
    }
  }
  return 0;
}
