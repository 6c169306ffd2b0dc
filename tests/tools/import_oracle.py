#!/usr/bin/python3
"""Oracle for import counts: predicts radcurator-cli's summary for a folder of well-formed
files, reading them with pydicom. Rules (the importer's, restated independently):
- a file that does not start like DICOM ("DICM" at 128, or a first element of group
  0000/0002/0008 in either byte order, as files without meta do) is skipped;
- a DICOMDIR (by name, or by its Media Storage Directory SOP class) is skipped; each
  reference of a file named DICOMDIR to an absent file is an error;
- a DICOM file lacking SOP Instance, Study Instance or Series Instance UID is an error;
- a file in a transfer syntax DCMTK 3.6.7 cannot write back (HTJ2K, Deflated Image Frame
  Compression) is an error: de-identification must rewrite every file;
- a second file with an already seen SOP Instance UID is skipped;
- series = distinct Series Instance UIDs among the imported files.
Prints JSON {"files": n, "series": n, "skipped": n, "errors": n}."""
import json
import os
import sys

import struct
import warnings

import pydicom

warnings.simplefilter("ignore")
DICOMDIR_CLASS = "1.2.840.10008.1.3.10"
UNWRITABLE_SYNTAXES = {"1.2.840.10008.1.2.4.201", "1.2.840.10008.1.2.4.202", "1.2.840.10008.1.2.4.203",
                       "1.2.840.10008.1.2.8.1"}


def looks_like_dicom(path):
    with open(path, "rb") as f:
        head = f.read(132)
    if len(head) >= 132 and head[128:132] == b"DICM":
        return True
    if len(head) < 8:
        return False
    groups = (struct.unpack("<H", head[0:2])[0], struct.unpack(">H", head[0:2])[0])
    elements = (struct.unpack("<H", head[2:4])[0], struct.unpack(">H", head[2:4])[0])
    return any(g in (0x0000, 0x0002, 0x0008) for g in groups) and min(elements) < 0x0100

root = sys.argv[1]
files, dicomdirs = [], []
for base, _, names in os.walk(root):
    for name in names:
        path = os.path.join(base, name)
        (dicomdirs if name.upper() == "DICOMDIR" else files).append(path)

skipped = len(dicomdirs)
errors = 0
seen_files = {os.path.realpath(f) for f in files}
for d in dicomdirs:
    ds = pydicom.dcmread(d, force=True)
    for record in ds.get("DirectoryRecordSequence", []):
        if "ReferencedFileID" not in record:
            continue
        value = record.ReferencedFileID
        parts = list(value) if isinstance(value, pydicom.multival.MultiValue) else [value]
        target = os.path.join(os.path.dirname(d), *[str(p) for p in parts])
        # media names match case-insensitively
        found = None
        current = os.path.dirname(d)
        for part in [str(p) for p in parts]:
            entries = os.listdir(current) if os.path.isdir(current) else []
            match = [e for e in entries if e.upper() == part.upper()]
            if not match:
                current = None
                break
            current = os.path.join(current, match[0])
        if current is None or not os.path.isfile(current):
            errors += 1

sops, series = set(), set()
imported = 0
for f in sorted(files):
    if not looks_like_dicom(f):
        skipped += 1
        continue
    try:
        ds = pydicom.dcmread(f, stop_before_pixels=True, force=True)
        sop_class = str(ds.get("SOPClassUID", "") or getattr(ds.get("file_meta", {}), "MediaStorageSOPClassUID", ""))
    except Exception:  # unreadable: an error, as for the importer
        errors += 1
        continue
    if sop_class == DICOMDIR_CLASS:
        skipped += 1
        continue
    meta = getattr(ds, "file_meta", None)
    sop = str(ds.get("SOPInstanceUID", "") or (meta.get("MediaStorageSOPInstanceUID", "") if meta else "")).strip()
    if not sop or not str(ds.get("StudyInstanceUID", "")).strip() or not str(ds.get("SeriesInstanceUID", "")).strip():
        errors += 1
        continue
    if sop in sops:
        skipped += 1
        continue
    syntax = str(meta.get("TransferSyntaxUID", "")) if meta else ""
    if syntax in UNWRITABLE_SYNTAXES:
        errors += 1
        continue
    sops.add(sop)
    series.add(str(ds.SeriesInstanceUID))
    imported += 1
json.dump({"files": imported, "series": len(series), "skipped": skipped, "errors": errors}, sys.stdout)
