#!/usr/bin/python3
"""The peer of bench_reading's agreement figures: the same measures (Dice, HD95 with MONAI's
convention, volume difference) in numpy + scipy, cropped to the union box of the two masks plus
a margin as MONAI does (a whole-volume distance transform is ~30x slower and no fair peer).

    agreement-scipy-peer.py SPEC.json

SPEC: {"dims": [i, j, k], "spacing": [si, sj, sk], "pairs": [{"a": FILE, "b": FILE}, ...]}; a
mask file holds the volume's voxels as bits (numpy.packbits of the k-slowest, i-fastest bytes).
Prints the seconds per pair set and the figures (to check both programs measure the same)."""
import json
import sys
import time

import numpy as np
from scipy.ndimage import binary_erosion, distance_transform_edt

MARGIN = 2


def load(path, dims):
    bits = np.fromfile(path, dtype=np.uint8)
    return np.unpackbits(bits)[: dims[0] * dims[1] * dims[2]].reshape(dims[2], dims[1], dims[0]).astype(bool)


def measures(a, b, sampling):
    na, nb = int(a.sum()), int(b.sum())
    both = int((a & b).sum())
    dice = 2.0 * both / (na + nb) if na + nb else None
    union = a | b
    if not a.any() or not b.any():
        return dice, None, na, nb
    idx = np.nonzero(union)
    lo = [max(0, int(x.min()) - MARGIN) for x in idx]
    hi = [min(s, int(x.max()) + 1 + MARGIN) for x, s in zip(idx, union.shape)]
    box = tuple(slice(l, h) for l, h in zip(lo, hi))
    ca, cb = a[box], b[box]
    edge_a = ca ^ binary_erosion(ca)
    edge_b = cb ^ binary_erosion(cb)
    d_ab = distance_transform_edt(~edge_b, sampling=sampling)[edge_a]
    d_ba = distance_transform_edt(~edge_a, sampling=sampling)[edge_b]
    return dice, float(max(np.percentile(d_ab, 95), np.percentile(d_ba, 95))), na, nb


def main():
    spec = json.load(open(sys.argv[1]))
    dims, spacing = spec["dims"], spec["spacing"]
    sampling = (spacing[2], spacing[1], spacing[0])
    masks = {}
    for p in spec["pairs"]:
        for f in (p["a"], p["b"]):
            if f not in masks:
                masks[f] = load(f, dims)
    start = time.perf_counter()
    out = []
    voxel_ml = spacing[0] * spacing[1] * spacing[2] / 1000.0
    for p in spec["pairs"]:
        dice, hd, na, nb = measures(masks[p["a"]], masks[p["b"]], sampling)
        out.append({"dice": dice, "hd95": hd, "volumeDifferenceMl": (na - nb) * voxel_ml})
    seconds = time.perf_counter() - start
    json.dump({"seconds": seconds, "pairs": out}, sys.stdout)


if __name__ == "__main__":
    main()
