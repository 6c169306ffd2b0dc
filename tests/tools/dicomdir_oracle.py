#!/usr/bin/python3
"""Oracle for DICOMDIR tests: prints JSON {"references": [...]} with the Referenced File ID of
every directory record (components joined with '/'), in record order, read with pydicom."""
import json
import sys

import pydicom

ds = pydicom.dcmread(sys.argv[1], force=True)
refs = []
for record in ds.get("DirectoryRecordSequence", []):
    if "ReferencedFileID" in record:
        value = record.ReferencedFileID
        parts = list(value) if isinstance(value, pydicom.multival.MultiValue) else [value]
        refs.append("/".join(str(p) for p in parts))
json.dump({"references": refs}, sys.stdout)
