#!/usr/bin/env bash
# Runs each fuzz harness (built with the standalone driver in the sanitizer build) over its
# seeds: the generated hostile DICOM corpus and hostile spreadsheets, and the public samples
# where present. Fails on any sanitizer report or any exit by signal.
#   run-seeds.sh FUZZ_BUILD_DIR SAMPLE_DATA TOOLS_DIR TARGET...
set -uo pipefail
build=$1 data=$2 tools=$3
shift 3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0} UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1}
/usr/bin/python3 "$tools/hostile_corpus.py" "$work/dicom" >/dev/null || { echo "cannot generate the DICOM corpus"; exit 1; }
/usr/bin/python3 "$tools/hostile_sheets.py" "$work/sheets" >/dev/null || { echo "cannot generate the spreadsheets"; exit 1; }
/usr/bin/python3 "$tools/make_clinical_xlsx.py" "$work/sheets/clinical.xlsx" DEMO-0001 2>/dev/null || true
existing() { for d in "$@"; do [[ -e $d ]] && echo "$d"; done; }
failures=0
for target in "$@"; do
  case $target in
    spreadsheet) seeds=("$work/sheets") ;;
    seg | sr | labelcheck) mapfile -t seeds < <(existing "$data/seg-sr" "$work/dicom") ;;
    dicomdir) mapfile -t seeds < <(existing "$data/dicomdir-media" "$work/dicom") ;;
    *) mapfile -t seeds < <(existing "$work/dicom" "$data/codecs-multiframe-malformed/malformed" "$data/deid-corpora/pydicom_deid") ;;
  esac
  "$build/fuzz_$target" "${seeds[@]}" >"$work/out" 2>&1
  rc=$?
  if ((rc != 0)) || grep -qE "ERROR: AddressSanitizer|runtime error:|ERROR: LeakSanitizer" "$work/out"; then
    echo "FAILED: fuzz_$target (exit $rc)"
    grep -E "ERROR: |runtime error:|SUMMARY|#[0-9]+ " "$work/out" | head -12
    failures=$((failures + 1))
  else
    echo "fuzz_$target: $(tail -1 "$work/out")"
  fi
done
exit $((failures > 0))
