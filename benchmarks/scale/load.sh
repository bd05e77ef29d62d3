#!/usr/bin/env bash
# Loads the scale data (benchmarks/scale/generate.py) into a new database, as a desk would: one
# bin/cordon import per kind, in the order bin/cordon kinds gives (each kind after the kinds it names).
#
#   load.sh PRODUCT_HOME DATA_DIR CSV_DIR
#
# PRODUCT_HOME is an installed product (its bin/cordon), DATA_DIR a data folder that does not exist
# yet, CSV_DIR holds KIND.csv files. Prints one line per kind on stdout,
#   KIND ROWS SECONDS PEAK_MB
# (wall time and peak resident memory of its bin/cordon process) and the imports' own lines on
# stderr. Fails loudly, with exit status 1, at the first import that does not end with its line.
set -euo pipefail
if [ $# -ne 3 ]; then
  echo "usage: load.sh PRODUCT_HOME DATA_DIR CSV_DIR" >&2
  exit 2
fi
cordon="$1/bin/cordon"
data="$2"
csv="$3"
[ -x "$cordon" ] || { echo "load.sh: there is no $cordon" >&2; exit 1; }
[ -d "$csv" ] || { echo "load.sh: there is no folder $csv of CSV files" >&2; exit 1; }
[ ! -e "$data" ] || { echo "load.sh: $data exists; the scale data go into a new data folder" >&2; exit 1; }

now_ns() { date +%s%N; }
out=$(mktemp)
trap 'rm -f "$out" "$out.err" "$out.time"' EXIT

"$cordon" --data "$data" init --empty >&2
kinds=$("$cordon" --data "$data" kinds)
loaded=0
for kind in $kinds; do
  file="$csv/$kind.csv"
  if [ ! -f "$file" ]; then
    echo "load.sh: no $kind.csv in $csv; $kind left empty" >&2
    continue
  fi
  rows=$(( $(grep -cv '^#' "$file") - 1 ))
  start=$(now_ns)
  set +e
  /usr/bin/time -f "%M" -o "$out.time" "$cordon" --data "$data" import "$kind" "$file" > "$out" 2> "$out.err"
  status=$?
  set -e
  seconds=$(awk -v a="$start" -v b="$(now_ns)" 'BEGIN { printf "%.3f", (b - a) / 1e9 }')
  cat "$out" >&2
  if [ "$status" -ne 0 ] || ! grep -q "^imported $rows rows of $kind " "$out"; then
    echo "load.sh: the import of $kind ($rows rows) failed with exit status $status after $seconds s:" >&2
    cat "$out.err" >&2
    [ -s "$out" ] || [ -s "$out.err" ] || echo "load.sh: (and it printed nothing at all)" >&2
    exit 1
  fi
  # anything on stderr of a good import is worth seeing too
  cat "$out.err" >&2
  echo "$kind $rows $seconds $(awk '{ printf "%d", $1 / 1024 }' "$out.time")"
  loaded=$((loaded + 1))
done
echo "load.sh: loaded $loaded kinds into $data" >&2
