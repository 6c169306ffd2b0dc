#!/usr/bin/python3
"""Oracle for header tests: prints JSON {file: {keyword: value}} for the keywords given after
"--", read with pydicom (multi-valued numbers as lists, everything else as strings).
Usage: tags_oracle.py FILE... -- Keyword..."""
import json
import sys

import pydicom

split = sys.argv.index("--")
files, keywords = sys.argv[1:split], sys.argv[split + 1:]
out = {}
for path in files:
    ds = pydicom.dcmread(path, force=True, stop_before_pixels=True)
    values = {}
    for keyword in keywords:
        if keyword not in ds:
            continue
        value = ds.data_element(keyword).value
        if isinstance(value, pydicom.multival.MultiValue):
            values[keyword] = [float(v) if isinstance(v, (int, float)) else str(v) for v in value]
        elif isinstance(value, (int, float)):
            values[keyword] = float(value)
        elif isinstance(value, pydicom.sequence.Sequence):
            values[keyword] = len(value)
        else:
            values[keyword] = str(value)
    out[path] = values
json.dump(out, sys.stdout)
