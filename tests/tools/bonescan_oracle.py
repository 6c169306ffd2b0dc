#!/usr/bin/python3
"""Independent figures for the bone-scan comparison (test_bonescan), from the study as JSON:

  {"cases": [{"readers": {"r1": {"metastases": 3, "eod": 1, "metastasis": true}, ...},
              "results": [{"program": "BONENAVI", "version": "2.1", "tracer": "MDP",
                           "bsi": 0.4 | null, "hotspots": 2 | null}, ...]}, ...]}

Rules as the study protocol states them (reference = the readers' majority, ties none; a
program counts only on its own tracer), figures from the libraries partners use:
statsmodels (Wilson interval, Fleiss' kappa), scikit-learn (ROC AUC, weighted kappa), numpy
(DeLong's variance by midranks after Sun & Xu 2014, Bland-Altman, ICC(2,1) from the two-way
ANOVA mean squares). Prints {"rows": [{measure, subject, threshold, value, ci_low, ci_high, n}],
"seconds": the computation's time}.
"""
import itertools
import json
import sys
import time
import warnings

import numpy as np
from scipy.stats import norm, rankdata
from sklearn.metrics import cohen_kappa_score, roc_auc_score

from agreement_oracle import icc21  # ICC(2,1) from the two-way ANOVA mean squares
from statsmodels.stats.inter_rater import aggregate_raters, fleiss_kappa
from statsmodels.stats.proportion import proportion_confint

Z = norm.ppf(0.975)


def own_tracer(program):
    p = program.upper()
    if p.startswith("BONENAVI"):
        return "MDP"
    if p.startswith("VSBONE"):
        return "HMDP"
    return None


def subject(r):
    return (r["program"] + " " + r["version"]).strip()


def reference(readers):
    calls = [v["metastasis"] for v in readers.values()]
    yes = sum(calls)
    no = len(calls) - yes
    return {
        "metastasis": None if yes == no else yes > no,
        "median": float(np.median([v["metastases"] for v in readers.values()])),
        "eod": sorted(v["eod"] for v in readers.values())[(len(readers) - 1) // 2],
    }


def delong(y, score):
    """AUC and its DeLong variance, by midranks (Sun & Xu 2014)."""
    y = np.asarray(y, dtype=bool)
    score = np.asarray(score, dtype=float)
    pos, neg = score[y], score[~y]
    m, n = len(pos), len(neg)
    tz = rankdata(np.concatenate([pos, neg]))
    tx, ty = rankdata(pos), rankdata(neg)
    auc = (tz[:m].sum() - m * (m + 1) / 2) / (m * n)
    v10 = (tz[:m] - tx) / n
    v01 = 1 - (tz[m:] - ty) / m
    var = np.var(v10, ddof=1) / m + np.var(v01, ddof=1) / n
    return auc, var


def row(measure, subj, threshold, value, low, high, n):
    return {"measure": measure, "subject": subj, "threshold": threshold, "value": value, "ci_low": low, "ci_high": high, "n": n}


def diagnostic(rows, subj, threshold, pairs):
    tp = sum(1 for c, t in pairs if t and c)
    p = sum(1 for c, t in pairs if t)
    tn = sum(1 for c, t in pairs if not t and not c)
    n = sum(1 for c, t in pairs if not t)
    for measure, k, total in (("sensitivity", tp, p), ("specificity", tn, n)):
        if total == 0:
            rows.append(row(measure, subj, threshold, None, None, None, 0))
        else:
            lo, hi = proportion_confint(k, total, alpha=0.05, method="wilson")
            rows.append(row(measure, subj, threshold, k / total, float(lo), float(hi), total))


def bland_altman(rows, subj, a, b):
    d = np.asarray(a, float) - np.asarray(b, float)
    if len(d) < 2:
        vals = (None, None, None)
    else:
        bias, sd = d.mean(), d.std(ddof=1)
        vals = (float(bias), float(bias - 1.96 * sd), float(bias + 1.96 * sd))
    for measure, v in zip(("bland_altman_bias", "bland_altman_low", "bland_altman_high"), vals):
        rows.append(row(measure, subj, "", v, None, None, len(d)))


def compare(cases):
    refs = [reference(c["readers"]) if c["readers"] else None for c in cases]
    rows = []
    programs = {}
    for i, c in enumerate(cases):
        for r in c["results"]:
            own = own_tracer(r["program"])
            if own is not None and r["tracer"] != own:
                continue
            programs.setdefault(subject(r), []).append((i, r))
    for subj in sorted(programs):
        results = programs[subj]
        for label, key, cut in (("bsi>0", "bsi", 0), ("bsi>0.46", "bsi", 0.46), ("bsi>1", "bsi", 1), ("hotspots>2", "hotspots", 2)):
            pairs = [(r[key] > cut, refs[i]["metastasis"]) for i, r in results
                     if refs[i] and refs[i]["metastasis"] is not None and r[key] is not None]
            if pairs:
                diagnostic(rows, subj, label, pairs)
        scored = [(refs[i]["metastasis"], r["bsi"]) for i, r in results if refs[i] and refs[i]["metastasis"] is not None and r["bsi"] is not None]
        if scored:
            y = [t for t, _ in scored]
            s = [v for _, v in scored]
            auc = float(roc_auc_score(y, s))
            _, var = delong(y, s)
            half = Z * np.sqrt(var)
            rows.append(row("auc", subj, "", auc, max(0.0, auc - half), min(1.0, auc + half), len(scored)))
        counted = [(r["hotspots"], refs[i]["median"]) for i, r in results if refs[i] and r["hotspots"] is not None]
        if counted:
            bland_altman(rows, subj, [a for a, _ in counted], [b for _, b in counted])
    for a, b in itertools.combinations(sorted(programs), 2):
        bsi_a = {i: r["bsi"] for i, r in programs[a] if r["bsi"] is not None}
        both = [(bsi_a[i], r["bsi"]) for i, r in programs[b] if r["bsi"] is not None and i in bsi_a]
        if both:
            bland_altman(rows, a + " vs " + b, [x for x, _ in both], [y for _, y in both])
    readers = sorted({login for c in cases for login in c["readers"]})
    full = [c for c in cases if c["readers"] and len(c["readers"]) == len(readers)]
    if len(readers) >= 2:
        table = np.array([[1 if c["readers"][r]["metastasis"] else 0 for r in readers] for c in full])
        counts, _ = aggregate_raters(table)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            fk = float(fleiss_kappa(counts, method="fleiss"))
        rows.append(row("fleiss_kappa", "readers", "", fk, None, None, len(full)))
        kappas = []
        for a, b in itertools.combinations(readers, 2):
            kappas.append(cohen_kappa_score([c["readers"][a]["eod"] for c in full], [c["readers"][b]["eod"] for c in full],
                                            labels=[0, 1, 2, 3, 4], weights="linear"))
        rows.append(row("weighted_kappa", "readers", "", float(np.mean(kappas)), None, None, len(full)))
        rows.append(row("icc21", "readers", "", icc21([[c["readers"][r]["metastases"] for r in readers] for c in full]), None, None, len(full)))
    for reader in readers:
        mine = [(c["readers"][reader], refs[i]) for i, c in enumerate(cases) if reader in c["readers"]]
        pairs = [(m["metastasis"], ref["metastasis"]) for m, ref in mine if ref["metastasis"] is not None]
        if pairs:
            diagnostic(rows, reader, "", pairs)
        k = cohen_kappa_score([m["eod"] for m, _ in mine], [ref["eod"] for _, ref in mine], labels=[0, 1, 2, 3, 4], weights="linear")
        rows.append(row("weighted_kappa", reader, "", float(k), None, None, len(mine)))
        bland_altman(rows, reader, [m["metastases"] for m, _ in mine], [ref["median"] for _, ref in mine])
    return rows


def main():
    cases = json.load(open(sys.argv[1]))["cases"]
    start = time.perf_counter()
    rows = compare(cases)
    # The computation alone (bench_bonescan's peer figure), without Python's start-up and imports.
    print(json.dumps({"rows": rows, "seconds": time.perf_counter() - start}))


if __name__ == "__main__":
    main()
