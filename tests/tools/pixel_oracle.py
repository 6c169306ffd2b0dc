#!/usr/bin/python3
"""Oracle for the pixel tests: decodes FILE with pydicom (uncompressed transfer syntaxes only)
and prints JSON: rows, columns, frames, photometric, the real-world value (modality LUT
applied) at each requested point "frame,row,col", and the real-world sum of every frame.
For colour images the points give [R, G, B] (palette colour applied)."""
import json
import sys

import numpy
import pydicom
from pydicom.pixel_data_handlers.util import apply_color_lut, apply_modality_lut

path = sys.argv[1]
points = [tuple(int(v) for v in p.split(",")) for p in sys.argv[2:]]
ds = pydicom.dcmread(path, force=True)
if "TransferSyntaxUID" not in ds.file_meta:
    ds.file_meta.TransferSyntaxUID = pydicom.uid.ImplicitVRLittleEndian
arr = ds.pixel_array
frames = int(getattr(ds, "NumberOfFrames", 1) or 1)
photometric = str(ds.PhotometricInterpretation)
if photometric == "PALETTE COLOR":
    arr = apply_color_lut(arr, ds)
    if arr.dtype != numpy.uint8:
        arr = (arr >> 8).astype(numpy.uint8)
    color = True
else:
    color = int(ds.SamplesPerPixel) == 3
    if not color:
        arr = apply_modality_lut(arr, ds)
if frames == 1:
    arr = arr[numpy.newaxis, ...]
values = []
for f, r, c in points:
    v = arr[f, r, c]
    values.append([int(x) for x in v] if color else float(v))
sums = [float(numpy.asarray(arr[f], dtype=numpy.float64).sum()) for f in range(frames)]
json.dump({"rows": int(ds.Rows), "columns": int(ds.Columns), "frames": frames,
           "photometric": photometric, "values": values, "frameSums": sums}, sys.stdout)
