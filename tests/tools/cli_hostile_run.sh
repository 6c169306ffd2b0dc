#!/usr/bin/env bash
# Runs radcurator-cli (built with -fsanitize=address,undefined) over the malformed public
# samples and the generated hostile corpus: import, load of every stored series, the store
# check, batch de-identification and the PHI scan. Fails on any sanitizer report or any exit
# by signal; clean refusals (exit 1) are what these files should get.
#   cli_hostile_run.sh CLI SAMPLE_DATA TOOLS_DIR
set -uo pipefail
cli=$1 data=$2 tools=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export RADCURATOR_PASSPHRASE=hostile-check-passphrase ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0}
/usr/bin/python3 "$tools/hostile_corpus.py" "$work/hostile" >/dev/null || { echo "cannot generate the corpus"; exit 1; }
inputs=("$work/hostile")
[[ -d $data/codecs-multiframe-malformed ]] && inputs+=("$data/codecs-multiframe-malformed")
[[ -d $data/dicomdir-media ]] && inputs+=("$data/dicomdir-media")
failures=0
run() {  # run NAME COMMAND...: a signal or a sanitizer report is a failure
  "${@:2}" >"$work/out" 2>&1
  local rc=$?
  if ((rc >= 128)) || grep -qE "ERROR: AddressSanitizer|runtime error:|ERROR: LeakSanitizer" "$work/out"; then
    echo "FAILED: $1 (exit $rc)"
    grep -E "ERROR: |runtime error:|SUMMARY" "$work/out" | head -5
    failures=$((failures + 1))
  fi
}
run import "$cli" import "${inputs[@]}" --store "$work/store"
tail -1 "$work/out"
count=0
while IFS=$'\t' read -r _ _ _ uid _; do
  run "load $uid" "$cli" load --series "$uid" --store "$work/store"
  count=$((count + 1))
done < <("$cli" list --store "$work/store")
echo "loaded $count series"
run check "$cli" check --store "$work/store"
grep -q " 0 problems" "$work/out" || { echo "FAILED: the store check found problems"; cat "$work/out"; failures=$((failures + 1)); }
for input in "${inputs[@]}"; do
  name=$(basename "$input")
  run "deid $name" "$cli" deid "$input" "$work/deid-$name" --profile basic
  run "phi-scan $name" "$cli" phi-scan "$input" --profile basic
done
echo "$failures failure(s)"
((failures == 0))
