#!/usr/bin/python3
"""The peer of bench_reading's worklist figures: Python's sqlite3 reading the same rows (cases
with their series, study, patient and readings) and filtering, clearing and sorting them as the
worklist does (status in the order of a reading, last first).

    worklist-sqlite-peer.py DATABASE

Prints {"openMs": median, "filterMs": median, "rows": shown rows} as JSON."""
import json
import sqlite3
import statistics
import sys
import time

ORDER = ["new", "assigned", "in progress", "returned", "submitted", "in review", "accepted", "excluded"]


def open_rows(db):
    cases = db.execute(
        "SELECT c.id, se.series_uid, st.study_uid, p.code, se.modality, st.study_date, se.description, c.category, "
        "c.excluded_reason FROM cases c JOIN series se ON c.series_id = se.id JOIN studies st ON se.study_id = st.id "
        "JOIN patients p ON st.patient_id = p.id WHERE c.project_id = 1 ORDER BY p.code, st.study_date, se.series_number, c.id"
    ).fetchall()
    readings = {}
    for case_id, reader, status, reason in db.execute(
        "SELECT a.case_id, a.reader, a.status, a.reason FROM assignments a JOIN cases c ON a.case_id = c.id "
        "WHERE c.project_id = 1 ORDER BY a.case_id, a.id"
    ):
        readings.setdefault(case_id, []).append((reader, status, reason))
    rows = []
    for c in cases:
        if c[8]:
            rows.append((c, "", "excluded", c[8]))
        elif c[0] not in readings:
            rows.append((c, "", "new", ""))
        else:
            rows.extend((c,) + r for r in readings[c[0]])
    return rows


def main():
    db = sqlite3.connect(sys.argv[1])
    open_ms, filter_ms = [], []
    shown = []
    for _ in range(15):
        start = time.perf_counter()
        rows = open_rows(db)
        open_ms.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        _ = [r for r in rows if "RC-0012" in r[0][3].upper() and r[2] == "assigned" and r[0][4] == "CT"]
        shown = list(rows)
        shown.sort(key=lambda r: ORDER.index(r[2]), reverse=True)
        filter_ms.append((time.perf_counter() - start) * 1000)
    json.dump({"openMs": statistics.median(open_ms), "filterMs": statistics.median(filter_ms), "rows": len(shown)}, sys.stdout)


if __name__ == "__main__":
    main()
