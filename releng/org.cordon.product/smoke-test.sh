#!/usr/bin/env bash
# Runs the materialised product the way users do and fails the build when it misbehaves:
#   smoke-test.sh PRODUCT_FOLDER WORK_FOLDER
set -euo pipefail

product="$1"
work="$2"
rm -rf "$work"
mkdir -p "$work"
export CORDON_WORKSPACE="$work/workspace"

fail() {
  echo "PRODUCT SMOKE TEST FAILED: $*" >&2
  exit 1
}
check() { echo "  ok: $*"; }

echo "Product smoke test of $product"

# 1. bin/cordon version names what runs
out="$("$product/bin/cordon" version)" || fail "bin/cordon version exited with $?"
grep -q '^Cordon: 1\.0\.0' <<<"$out" || fail "no Cordon version in: $out"
grep -q '^EclipseLink: 5\.0\.0' <<<"$out" || fail "no EclipseLink version in: $out"
grep -qx 'Derby: 10.17.1.0' <<<"$out" || fail "no Derby version in: $out"
check "bin/cordon version"

# 2. a fresh data folder starts with the Lin County sample; init --empty gives an empty database
out="$("$product/bin/cordon" --data "$work/fresh" summary)" || fail "bin/cordon summary exited with $?"
for figure in "townships: 23" "communities: 117" "units: 43" "unpaired_communities: 0" "vehicles_checked: 31000" \
    "persons_checked: 64000" "fever_found: 0" "funds_yuan: 11630000.00" "donations_cash_yuan: 3704738.00" "schools: 142"; do
  grep -qx "$figure" <<<"$out" || fail "'$figure' missing from the summary of a fresh folder: $out"
done
[ -f "$work/fresh/db/service.properties" ] || fail "summary did not create the database in $work/fresh/db"
check "bin/cordon summary on a fresh data folder: the sample's figures"
# The installed product writes the daily briefing as a PDF: OpenPDF resolves and the CJK font is embedded.
out="$("$product/bin/cordon" --data "$work/fresh" report daily --date 2020-02-13 --format pdf --out "$work/briefing.pdf")" \
  || fail "bin/cordon report daily exited with $?: $out"
[ "$(head -c 5 "$work/briefing.pdf")" = "%PDF-" ] || fail "report daily wrote no PDF to $work/briefing.pdf"
grep -q -a 'WenQuanYi' "$work/briefing.pdf" || fail "the briefing's PDF does not embed the WenQuanYi font"
check "bin/cordon report daily --format pdf: a PDF with the CJK font embedded"
"$product/bin/cordon" --data "$work/empty" init --empty >/dev/null || fail "bin/cordon init --empty exited with $?"
out="$("$product/bin/cordon" --data "$work/empty" summary)" || fail "bin/cordon summary exited with $?"
for key in townships communities units unpaired_communities; do
  grep -qx "$key: 0" <<<"$out" || fail "'$key: 0' missing from the summary of an empty database: $out"
done
check "bin/cordon init --empty, then summary: all zero"

# 2b. an import with a bad row writes nothing and says where
printf 'code,name,kind,order\nT-01,临泉镇,town,0\nT-02,白文镇,city,1\n' >"$work/townships.csv"
set +e
err="$("$product/bin/cordon" --data "$work/empty" import townships "$work/townships.csv" 2>&1 >/dev/null)"
rc=$?
set -e
[ "$rc" -eq 1 ] || fail "an import with a bad row exited with $rc, not 1"
grep -qx 'townships.csv:3: kind: "city" is not one of town, township' <<<"$err" || fail "unexpected import problems: $err"
"$product/bin/cordon" --data "$work/empty" summary | grep -qx "townships: 0" || fail "the failed import wrote something"
check "a bad row: $(head -n 1 <<<"$err")"

# 2c. an import that runs out of memory (a heap too small for the file, which is read whole) says so
# in one sentence, exits with 1 and writes nothing: Equinox alone would log the error in the
# configuration area and end the process with 0, printing nothing
truncate -s 300M "$work/huge.csv"
set +e
err="$(CORDON_VM_ARGS=-Xmx64m "$product/bin/cordon" --data "$work/empty" import townships "$work/huge.csv" 2>&1 >"$work/stdout.txt")"
rc=$?
set -e
rm -f "$work/huge.csv"
[ "$rc" -eq 1 ] || fail "an import that ran out of memory exited with $rc, not 1: $err"
[ ! -s "$work/stdout.txt" ] || fail "an import that ran out of memory printed on stdout: $(cat "$work/stdout.txt")"
[ "$(wc -l <<<"$err")" -eq 1 ] || fail "expected one line on stderr from an import that ran out of memory, got: $err"
grep -q '^cordon: the import of .*huge.csv failed: Cordon ran out of memory (its Java heap of [0-9]* MB is full); nothing of it was imported' <<<"$err" \
  || fail "unexpected message from an import that ran out of memory: $err"
"$product/bin/cordon" --data "$work/empty" summary | grep -qx "townships: 0" || fail "the import that ran out of memory wrote something"
check "out of memory: $err"

# 3. a data folder that cannot be created: one sentence on stderr, exit code 1, nothing on stdout
touch "$work/a-file"
set +e
err="$("$product/bin/cordon" --data "$work/a-file/data" summary 2>&1 >"$work/stdout.txt")"
rc=$?
set -e
[ "$rc" -eq 1 ] || fail "an unusable data folder exited with $rc, not 1"
[ ! -s "$work/stdout.txt" ] || fail "an unusable data folder printed on stdout: $(cat "$work/stdout.txt")"
[ "$(wc -l <<<"$err")" -eq 1 ] || fail "expected one line on stderr, got: $err"
grep -q '^cordon: Cordon cannot create its data folder ' <<<"$err" || fail "unexpected message: $err"
! grep -q 'Exception' <<<"$err" || fail "a stack trace or exception name leaked: $err"
check "unusable data folder: $err"

# 3b. a framework that resolves its bundles afresh (-clean, another language) still wires Derby's
# embedded driver: Derby's client exports an empty package of the same name
out="$(CORDON_VM_ARGS="-Dosgi.clean=true -Duser.language=zh -Duser.country=CN" "$product/bin/cordon" --data "$work/fresh" summary 2>&1)" \
  || fail "bin/cordon after a clean start in Chinese exited with $?: $out"
grep -q "communities: 117" <<<"$out" || fail "bin/cordon after a clean start in Chinese said: $out"
check "a clean start in Chinese opens the database"

# 3c. a second process started while the first is still creating the database (and filling it with
# the sample) is told the database is in use, the same sentence as ever, and cannot damage it
"$product/bin/cordon" --data "$work/racing" summary >"$work/racing-first.out" 2>&1 &
first=$!
for _ in $(seq 1 400); do
  [ -d "$work/racing/db" ] && break
  sleep 0.05
done
[ -d "$work/racing/db" ] || fail "the first process did not begin to create $work/racing/db"
set +e
err="$("$product/bin/cordon" --data "$work/racing" summary 2>&1 >/dev/null)"
rc=$?
set -e
kill -0 "$first" 2>/dev/null || echo "  (note: the first process had already finished when the second asked)"
[ "$rc" -eq 1 ] || fail "a second process during the creation exited with $rc, not 1 ($err)"
[ "$err" = "cordon: The Cordon database in $work/racing is in use by another Cordon process; close it or use a shared server database." ] \
  || fail "a second process during the creation said: $err"
wait "$first" || fail "the first process failed while a second one asked: $(cat "$work/racing-first.out")"
grep -qx "townships: 23" "$work/racing-first.out" || fail "the first process did not finish the sample: $(cat "$work/racing-first.out")"
"$product/bin/cordon" --data "$work/racing" summary | grep -qx "communities: 117" || fail "the database made while a second process asked is not whole"
check "a second process while the first creates the database: the 'in use' sentence; the database is whole"

# 4. the workbench holds the database; a second process is told so in one sentence
run_gui() {
  if [ -n "${DISPLAY:-}" ]; then "$@"; else xvfb-run -a -s "-screen 0 1280x1024x24" "$@"; fi
}
run_gui "$product/bin/cordon-workbench" --data "$work/shared" >"$work/workbench.out" 2>&1 &
workbench=$!
trap 'kill $workbench 2>/dev/null || true' EXIT
for _ in $(seq 1 240); do
  [ -f "$work/shared/db/db.lck" ] && break
  kill -0 "$workbench" 2>/dev/null || fail "the workbench ended before opening its database: $(cat "$work/workbench.out")"
  sleep 0.5
done
[ -f "$work/shared/db/db.lck" ] || fail "the workbench did not open its database within 120 s"
check "the workbench started and opened $work/shared"

set +e
err="$("$product/bin/cordon" --data "$work/shared" summary 2>&1 >/dev/null)"
rc=$?
set -e
expected="cordon: The Cordon database in $work/shared is in use by another Cordon process; close it or use a shared server database."
[ "$rc" -eq 1 ] || fail "a second process exited with $rc, not 1 ($err)"
[ "$err" = "$expected" ] || fail "a second process said: $err"
check "second process: $err"

# 4b. a second workbench on that database opens its window, says why in one dialog and exits with 1
# (the database opens while the window is built, so the refusal comes after the window)
second_workbench() {
  CORDON_WORKSPACE="$work/workspace-second" "$product/bin/cordon-workbench" --data "$work/shared" >"$work/second.out" 2>&1 &
  local pid=$! dialog=""
  for _ in $(seq 1 240); do
    dialog="$(xdotool search --onlyvisible --name '^Cordon cannot start ?$' 2>/dev/null | head -n 1)" && [ -n "$dialog" ] && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.5
  done
  [ -n "$dialog" ] || { echo "no dialog"; kill "$pid" 2>/dev/null; return 0; }
  import -window root "$work/second-workbench.png" 2>/dev/null || true
  # no window manager under Xvfb: the dialog, the only modal shell, has the keyboard
  xdotool key --clearmodifiers Return
  local status=0
  wait "$pid" || status=$?
  echo "exit $status"
}
export -f second_workbench
export product work
if [ -n "${DISPLAY:-}" ]; then
  outcome="$(second_workbench)"
else
  outcome="$(xvfb-run -a -s "-screen 0 1280x1024x24" bash -c second_workbench)"
fi
[ "$outcome" = "exit 1" ] || fail "a second workbench on a held database: $outcome ($(cat "$work/second.out"))"
! grep -q 'Exception' "$work/second.out" || fail "the second workbench printed an exception: $(cat "$work/second.out")"
check "a second workbench showed 'Cordon cannot start' and exited with 1"

kill "$workbench"
# Under a display, $workbench is the subshell of run_gui; the workbench's own Java process is its child.
pkill -TERM -f -- "-Dcordon.data=$work/shared" 2>/dev/null || true
wait "$workbench" 2>/dev/null || true
# The subshell may end before the Java process, which still writes the installation's OSGi
# configuration (and its class-data archive) as it stops; the installation is copied below.
for _ in $(seq 1 150); do
  pgrep -f -- "-Dcordon.data=$work/shared" >/dev/null 2>&1 || break
  sleep 0.2
done
! pgrep -f -- "-Dcordon.data=$work/shared" >/dev/null 2>&1 || fail "the workbench did not stop within 30 s of TERM"
trap - EXIT
if grep -q 'Exception' "$work/workbench.out"; then
  fail "the workbench printed an exception: $(cat "$work/workbench.out")"
fi
check "the workbench printed no exception"
# 5. a department's installation lacks other groups' plug-ins: without any one group the workbench
#    starts, and every other group's perspective and editors open on the database
groups_all="office checkpoints screening community medical materials funds publicity schools supervision"
for left_out in checkpoints funds; do
  partial="$work/without-$left_out"
  cp -a "$product" "$partial"
  ls "$partial"/plugins/org.cordon.group."$left_out"_* >/dev/null 2>&1 || fail "the product has no org.cordon.group.$left_out bundle to leave out"
  rm -rf "$partial"/plugins/org.cordon.group."$left_out"_* "$partial/configuration/org.eclipse.osgi"
  sed -i "/^org\.cordon\.group\.$left_out,/d" "$partial/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"
  report="$work/check-without-$left_out.txt"
  run_gui timeout 300 env CORDON_WORKSPACE="$work/workspace-without-$left_out" CORDON_VM_ARGS="-Dcordon.check=$report" \
    "$partial/bin/cordon-workbench" --data "$work/data-without-$left_out" >"$work/without-$left_out.out" 2>&1 \
    || fail "the workbench without $left_out exited with $?: $(cat "$work/without-$left_out.out")"
  [ -f "$report" ] || fail "the workbench without $left_out wrote no installation check"
  grep -qx "groups: 9" "$report" || fail "without $left_out, expected 9 groups: $(cat "$report")"
  ! grep -q "^group: org.cordon.group.$left_out " "$report" || fail "$left_out was left out but is still listed"
  for group in $groups_all; do
    [ "$group" = "$left_out" ] && continue
    grep -q "^group: org.cordon.group.$group " "$report" || fail "without $left_out, $group is missing: $(cat "$report")"
  done
  grep -qx "result: ok" "$report" || fail "without $left_out: $(grep -E '^(result|problem):' "$report")"
  ! grep -q "failed" "$report" || fail "without $left_out an editor failed: $(cat "$report")"
  ! grep -q 'Exception' "$work/without-$left_out.out" || fail "the workbench without $left_out printed an exception: $(cat "$work/without-$left_out.out")"
  check "without $left_out: 9 groups, $(grep -c '^editor: .* ok' "$report") editors opened on the sample database"
done
# 6. the check with timings (the scale benchmark's probe): every editor stays open with the
#    seconds to its first rows, the largest table is sorted by every column and filtered, the heap is told
report="$work/check-timings.txt"
run_gui timeout 300 env CORDON_WORKSPACE="$work/workspace-timings" CORDON_VM_ARGS="-Dcordon.check=$report -Dcordon.check.timings=true" \
  "$product/bin/cordon-workbench" --data "$work/data-timings" >"$work/timings.out" 2>&1 \
  || fail "the workbench's check with timings exited with $?: $(cat "$work/timings.out")"
[ -f "$report" ] || fail "the check with timings wrote no report"
grep -qx "result: ok" "$report" || fail "the check with timings: $(grep -E '^(result|problem):' "$report")"
editors=$(grep -c '^editor: ' "$report")
[ "$(grep -c '^editor: .* ok .*first_rows_s=[0-9.]*' "$report")" -eq "$editors" ] || fail "an editor line has no time: $(grep '^editor: ' "$report" | grep -v first_rows_s)"
grep -qx "open editors: $editors" "$report" || fail "not every editor stayed open: $(grep '^open editors:' "$report") of $editors"
grep -q '^largest: .* records=[1-9]' "$report" || fail "the check found no largest table: $(cat "$report")"
[ "$(grep -c '^sort: .* first_rows_s=[0-9.]* all_rows_s=[0-9.]* records=[1-9]' "$report")" -ge 4 ] || fail "the largest table was not sorted both ways by its columns: $(grep '^sort:' "$report")"
grep -q '^filter: .* first_rows_s=[0-9.]* all_rows_s=[0-9.]* records=[1-9]' "$report" || fail "the largest table was not filtered to some rows: $(grep '^filter:' "$report")"
grep -q '^heap: peak_mb=[1-9][0-9]* retained_mb=[1-9][0-9]* max_mb=' "$report" || fail "the check told no heap: $(grep '^heap:' "$report")"
! grep -q 'Exception' "$work/timings.out" || fail "the check with timings printed an exception: $(cat "$work/timings.out")"
check "the check with timings: $editors editors open, $(grep '^largest:' "$report" | cut -d' ' -f2-), $(grep '^heap:' "$report" | cut -d' ' -f2-3)"

echo "Product smoke test passed."
