#!/usr/bin/python3
"""Independent reader of a dataset package for the tests: the case sheet with openpyxl (cell
values with their types, the frozen pane, the document properties) and the DICOMDIR with
pydicom's FileSet (every instance it lists). Prints JSON."""
import datetime
import json
import os
import sys

import openpyxl
import pydicom
from pydicom.fileset import FileSet


def cell(v):
    if v is None:
        return None
    if isinstance(v, datetime.datetime):
        return {"date": v.date().isoformat()}
    if isinstance(v, (int, float)):
        return {"number": float(v)}
    return str(v)


def main():
    root = sys.argv[1]
    wb = openpyxl.load_workbook(os.path.join(root, "case-sheet.xlsx"))
    ws = wb.active
    rows = [[cell(v) for v in row] for row in ws.iter_rows(values_only=True)]
    fs = FileSet(pydicom.dcmread(os.path.join(root, "DICOMDIR")))
    instances = []
    for inst in fs:
        ds = inst.load()
        instances.append({"path": os.path.relpath(inst.path, root), "sopInstance": str(ds.SOPInstanceUID),
                          "modality": str(ds.get("Modality", ""))})
    json.dump({"rows": rows, "freeze": ws.freeze_panes, "keywords": wb.properties.keywords,
               "comments": wb.properties.description, "instances": instances}, sys.stdout)


if __name__ == "__main__":
    sys.exit(main())
