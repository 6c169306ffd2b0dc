#!/usr/bin/python3
"""Oracle for the character-set tests: prints, as JSON, every text element (PN, LO, SH, ST,
LT, UT) of each file as pydicom decodes it, keyed by file and tag "(gggg,eeee)"; elements in
sequences are keyed "seq/(gggg,eeee)[i]/(gggg,eeee)". Multi-valued elements are joined with
backslashes, person names by their component groups with '='."""
import json
import sys

import pydicom

TEXT_VRS = {"PN", "LO", "SH", "ST", "LT", "UT"}


def text(elem):
    value = elem.value
    if elem.VR == "PN":
        values = value if isinstance(value, pydicom.multival.MultiValue) else [value]
        return "\\".join(str(v) for v in values)
    if isinstance(value, pydicom.multival.MultiValue):
        return "\\".join(str(v) for v in value)
    return "" if value is None else str(value)


def walk(ds, prefix, out):
    for elem in ds:
        key = "(%04X,%04X)" % (elem.tag.group, elem.tag.element)
        if elem.VR == "SQ":
            for i, item in enumerate(elem.value):
                walk(item, "%s%s[%d]/" % (prefix, key, i), out)
        elif elem.VR in TEXT_VRS and elem.value not in (None, ""):
            out[prefix + key] = text(elem).strip(" ")


result = {}
for path in sys.argv[1:]:
    ds = pydicom.dcmread(path, force=True)
    ds.decode()
    values = {}
    walk(ds, "", values)
    result[path] = values
json.dump(result, sys.stdout, ensure_ascii=False)
