#!/usr/bin/python3
"""Independent figures for test_agreement, computed the way the tools partners use do it.

  agreement_oracle.py masks SPEC.json     Dice, HD95 (MONAI's convention, on the whole volume:
                                          scipy's binary_erosion with its face-connected
                                          structure and border value 0, distance_transform_edt
                                          with the spacing, numpy's percentile), volume difference
  agreement_oracle.py ratings SPEC.json   Cohen's kappa (scikit-learn), Fleiss' kappa
                                          (statsmodels), ICC(2,1) from the two-way ANOVA mean
                                          squares, Bland-Altman (numpy)
  agreement_oracle.py staple SPEC.json    STAPLE by expectation-maximisation (Warfield 2004) in
                                          numpy, on the box the spec names

Masks are raw bytes (0/1), k slowest, i fastest, of dims [i, j, k]. Prints JSON.
"""
import json
import math
import sys

import numpy as np
from scipy.ndimage import binary_erosion, distance_transform_edt
from sklearn.metrics import cohen_kappa_score
from statsmodels.stats.inter_rater import aggregate_raters, fleiss_kappa


def load_mask(path, dims):
    return np.fromfile(path, dtype=np.uint8).reshape(dims[2], dims[1], dims[0]).astype(bool)


def number(x):
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return "undefined"
    if isinstance(x, float) and math.isinf(x):
        return "infinite"
    return float(x)


def hd95(a, b, sampling):
    if not a.any() and not b.any():
        return "undefined"
    if not a.any() or not b.any():
        return "infinite"
    edge_a = a ^ binary_erosion(a)
    edge_b = b ^ binary_erosion(b)
    d_ab = distance_transform_edt(~edge_b, sampling=sampling)[edge_a]
    d_ba = distance_transform_edt(~edge_a, sampling=sampling)[edge_b]
    return float(max(np.percentile(d_ab, 95), np.percentile(d_ba, 95)))


def masks(spec):
    dims, spacing = spec["dims"], spec["spacing"]
    sampling = (spacing[2], spacing[1], spacing[0])
    voxel_ml = spacing[0] * spacing[1] * spacing[2] / 1000.0
    out = []
    for pair in spec["pairs"]:
        a, b = load_mask(pair["a"], dims), load_mask(pair["b"], dims)
        na, nb, both = int(a.sum()), int(b.sum()), int((a & b).sum())
        dice = "undefined" if na + nb == 0 else 2.0 * both / (na + nb)
        out.append({"name": pair["name"], "dice": dice, "hd95": hd95(a, b, sampling),
                    "volumeDifferenceMl": (na - nb) * voxel_ml})
    return out


def icc21(y):
    y = np.asarray(y, dtype=float)
    n, k = y.shape
    grand = y.mean()
    ms_rows = k * ((y.mean(axis=1) - grand) ** 2).sum() / (n - 1)
    ms_cols = n * ((y.mean(axis=0) - grand) ** 2).sum() / (k - 1)
    ss_err = ((y - y.mean(axis=1, keepdims=True) - y.mean(axis=0, keepdims=True) + grand) ** 2).sum()
    ms_err = ss_err / ((n - 1) * (k - 1))
    return (ms_rows - ms_err) / (ms_rows + (k - 1) * ms_err + k * (ms_cols - ms_err) / n)


def ratings(spec):
    out = {}
    for name, c in spec.get("cohen", {}).items():
        weights = c.get("weights")
        labels = c.get("order") or None
        with np.errstate(all="ignore"):
            import warnings
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                k = cohen_kappa_score(c["a"], c["b"], weights=weights, labels=labels)
        out["cohen:" + name] = number(float(k))
    for name, table in spec.get("fleiss", {}).items():
        counts, _ = aggregate_raters(np.asarray(table, dtype=object))
        with np.errstate(all="ignore"):
            out["fleiss:" + name] = number(float(fleiss_kappa(counts, method="fleiss")))
    for name, values in spec.get("icc", {}).items():
        with np.errstate(all="ignore"):
            out["icc:" + name] = number(float(icc21(values)))
    for name, pair in spec.get("blandAltman", {}).items():
        d = np.asarray(pair["a"], dtype=float) - np.asarray(pair["b"], dtype=float)
        sd = d.std(ddof=1)
        out["ba:" + name] = {"bias": float(d.mean()), "sd": float(sd), "lower": float(d.mean() - 1.96 * sd),
                             "upper": float(d.mean() + 1.96 * sd)}
    return out


def staple(spec):
    dims = spec["dims"]
    lo, hi = spec["box"]["lo"], spec["box"]["hi"]
    ds = [load_mask(p, dims)[lo[2]:hi[2] + 1, lo[1]:hi[1] + 1, lo[0]:hi[0] + 1].astype(float) for p in spec["masks"]]
    d = np.stack([x.ravel() for x in ds])  # readers x voxels
    w = d.mean(axis=0)
    prior = w.mean()
    last = None
    for iteration in range(1000):
        p = (d * w).sum(axis=1) / w.sum()
        q = ((1 - d) * (1 - w)).sum(axis=1) / (1 - w).sum()
        alpha = np.prod(np.where(d > 0, p[:, None], 1 - p[:, None]), axis=0)
        beta = np.prod(np.where(d > 0, 1 - q[:, None], q[:, None]), axis=0)
        w = prior * alpha / (prior * alpha + (1 - prior) * beta)
        if last is not None and np.all((p - last[0]) ** 2 <= 1e-14) and np.all((q - last[1]) ** 2 <= 1e-14):
            break
        last = (p, q)
    inside = (w >= spec.get("threshold", 0.5)).reshape(ds[0].shape)
    full = np.zeros((dims[2], dims[1], dims[0]), dtype=np.uint8)
    full[lo[2]:hi[2] + 1, lo[1]:hi[1] + 1, lo[0]:hi[0] + 1] = inside
    full.tofile(spec["out"])
    return {"sensitivity": [float(x) for x in p], "specificity": [float(x) for x in q], "voxels": int(inside.sum())}


if __name__ == "__main__":
    what, path = sys.argv[1], sys.argv[2]
    spec = json.load(open(path, encoding="utf-8"))
    print(json.dumps({"masks": masks, "ratings": ratings, "staple": staple}[what](spec)))
