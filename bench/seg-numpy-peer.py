#!/usr/bin/python3
"""The peer of bench_labels' large-SEG figures: pydicom + numpy doing the same work on the
same BINARY SEG as RadCurator's reader and writer.

  seg-numpy-peer.py SEG_IN SEG_OUT

import: read the file, unpack every frame's bits, and place each frame into one label
        volume (uint8 per voxel, the segment number; the frames' positions tell the slice);
export: from that label volume, one frame per slice and segment on it, packed to bits,
        written as the Pixel Data of a copy of the input dataset (the peer is spared building
        the per-frame functional groups, so its export time is a lower bound).
Prints one JSON line: seconds of each, frames, and the voxels of each segment (the bench
checks them against its own).
"""
import json
import sys
import time

import numpy as np
import pydicom


def main(path_in, path_out):
    t0 = time.perf_counter()
    ds = pydicom.dcmread(path_in)
    rows, cols = int(ds.Rows), int(ds.Columns)
    frames = int(ds.NumberOfFrames)
    bits = np.unpackbits(np.frombuffer(ds.PixelData, dtype=np.uint8), bitorder="little")
    planes = bits[: frames * rows * cols].reshape(frames, rows, cols)
    positions, numbers = [], []
    for item in ds.PerFrameFunctionalGroupsSequence:
        numbers.append(int(item.SegmentIdentificationSequence[0].ReferencedSegmentNumber))
        positions.append(round(float(item.PlanePositionSequence[0].ImagePositionPatient[2]), 3))
    z = sorted(set(positions))
    slice_of = {p: k for k, p in enumerate(z)}
    # The frames cover the slices the segments touch; the label volume spans those (the bench
    # compares counts, not placement on the full grid).
    labels = np.zeros((len(z), rows, cols), dtype=np.uint8)
    for f in range(frames):
        labels[slice_of[positions[f]]][planes[f].astype(bool)] = numbers[f]
    t1 = time.perf_counter()
    segments = sorted(set(numbers))
    counts = {str(s): int(np.count_nonzero(labels == s)) for s in segments}
    t2 = time.perf_counter()
    out_frames = []
    for k in range(len(z)):  # per slice, only the segments present (the quick way in numpy)
        plane = labels[k]
        for s in np.unique(plane):
            if s:
                out_frames.append(plane == s)
    packed = np.packbits(np.stack(out_frames).reshape(-1), bitorder="little")
    ds.PixelData = packed.tobytes()
    ds.NumberOfFrames = len(out_frames)
    ds.save_as(path_out)
    t3 = time.perf_counter()
    print(json.dumps({"importSeconds": t1 - t0, "exportSeconds": t3 - t2, "frames": frames,
                      "framesWritten": len(out_frames), "voxels": counts}))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
