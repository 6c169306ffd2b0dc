#!/usr/bin/python3
"""How a partner's programs read a case sheet's text cells: the .csv with Python's csv module
(as any CSV reader splits it) and the .xlsx with openpyxl (the cell's type: 's' string, 'f'
formula, 'n' number). Usage: sheet_cells_oracle.py CSV XLSX. Prints JSON:
{"csv": [[cell, ...], ...], "xlsx": [[{"type": t, "value": v}, ...], ...]}"""
import csv
import json
import re
import sys

import openpyxl


def main():
    with open(sys.argv[1], newline="", encoding="utf-8-sig") as f:
        csv_rows = [row for row in csv.reader(f)]
    wb = openpyxl.load_workbook(sys.argv[2])  # formulas stay formulas (data_only=False)
    # Control characters travel as _xHHHH_ in OOXML; Excel shows the character.
    def text(v):
        return None if v is None else re.sub(r"_x([0-9A-Fa-f]{4})_", lambda m: chr(int(m.group(1), 16)), str(v))
    xlsx_rows = [[{"type": c.data_type, "value": text(c.value)} for c in row] for row in wb.active.iter_rows()]
    json.dump({"csv": csv_rows, "xlsx": xlsx_rows}, sys.stdout)


if __name__ == "__main__":
    sys.exit(main())
