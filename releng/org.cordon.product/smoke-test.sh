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

# 2. bin/cordon summary on a fresh data folder creates the database and counts nothing
out="$("$product/bin/cordon" --data "$work/fresh" summary)" || fail "bin/cordon summary exited with $?"
for key in townships communities units unpaired_communities; do
  grep -qx "$key: 0" <<<"$out" || fail "'$key: 0' missing from the summary of a fresh folder: $out"
done
[ -f "$work/fresh/db/service.properties" ] || fail "summary did not create the database in $work/fresh/db"
check "bin/cordon summary on a fresh data folder"

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

kill "$workbench"
wait "$workbench" 2>/dev/null || true
trap - EXIT
if grep -q 'Exception' "$work/workbench.out"; then
  fail "the workbench printed an exception: $(cat "$work/workbench.out")"
fi
check "the workbench printed no exception"
echo "Product smoke test passed."
