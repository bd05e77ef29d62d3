#!/usr/bin/env bash
# A department's installation, as docs/installing.md describes it: the core-only product, the
# checkpoints group installed from the built repository with 'bin/cordon plugins', seen by the
# workbench, removed again; failed installs change nothing; the database is untouched throughout.
#   plugins-test.sh CORE_PRODUCT_FOLDER REPOSITORY_ZIP WORK_FOLDER FULL_PRODUCT_FOLDER
set -euo pipefail

core_product="$1"
repository_zip="$2"
work="$3"
full_product="$4"
rm -rf "$work"
mkdir -p "$work"
export CORDON_WORKSPACE="$work/workspace"

fail() {
  echo "PLUGINS TEST FAILED: $*" >&2
  exit 1
}
check() { echo "  ok: $*"; }

echo "Plug-ins test of $core_product with $repository_zip"
[ -d "$core_product" ] || fail "no core-only product at $core_product"
[ -f "$repository_zip" ] || fail "no repository zip at $repository_zip (releng/org.cordon.repository builds it, before this module)"

# The department's copy: the build's own product folder stays as built
install="$work/cordon"
cp -a "$core_product" "$install"
cordon="$install/bin/cordon"
data="$work/data"
bundles_info="$install/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"

run_gui() {
  if [ -n "${DISPLAY:-}" ]; then "$@"; else xvfb-run -a -s "-screen 0 1280x1024x24" "$@"; fi
}

# Starts the workbench with the installation check and prints its report
installation_check() {
  local name="$1" report="$work/check-$1.txt"
  run_gui timeout 300 env CORDON_VM_ARGS="-Dcordon.check=$report" "$install/bin/cordon-workbench" --data "$data" \
    >"$work/workbench-$name.out" 2>&1 || fail "the workbench ($name) exited with $?: $(cat "$work/workbench-$name.out")"
  [ -f "$report" ] || fail "the workbench ($name) wrote no installation check"
  grep -qx "result: ok" "$report" || fail "installation check ($name): $(cat "$report")"
  ! grep -q 'Exception' "$work/workbench-$name.out" || fail "the workbench ($name) printed an exception: $(cat "$work/workbench-$name.out")"
  cat "$report"
}

# What p2 and the launcher see of the installation: a failed change must leave all of it as it was
fingerprint() {
  (cd "$install" && ls plugins features && cat "$bundles_info" && ls p2/org.eclipse.equinox.p2.engine/profileRegistry/*.profile) \
    | sha256sum
}

# The records of the group that comes and goes, as CSV (the summary covers the other groups;
# exporting all kinds would start Cordon 36 times)
export_checkpoints() {
  local into="$1" kind
  mkdir -p "$into"
  for kind in checkpoints checkpoint-counts; do
    "$cordon" --data "$data" export "$kind" "$into/$kind.csv" >/dev/null || fail "export $kind exited with $?"
  done
}

# 1. a core-only installation has p2 and no group
out="$("$cordon" plugins list)" || fail "plugins list exited with $?"
[ -z "$out" ] || fail "the core-only product lists groups: $out"
! grep -q '^org\.cordon\.group\.' "$bundles_info" || fail "the core-only product runs a group bundle: $(grep '^org.cordon.group.' "$bundles_info")"
out="$("$cordon" plugins available --from "$repository_zip")" || fail "plugins available exited with $?"
[ "$(grep -c '^[a-z]* 1\.0\.0\.' <<<"$out")" -eq 10 ] || fail "the repository should offer ten groups: $out"
check "core-only: no group installed; the repository offers $(wc -l <<<"$out") groups"

# the full product's groups are roots of its p2 profile, so the office can remove one too
out="$("$full_product/bin/cordon" plugins list)" || fail "plugins list on the full product exited with $?"
[ "$(grep -c '^[a-z]* 1\.0\.0\.' <<<"$out")" -eq 10 ] || fail "the full product should list ten groups: $out"
check "the full product lists its ten groups"

# 2. a database with the sample and a record of our own, which must outlive every change below
"$cordon" --data "$data" summary >/dev/null || fail "summary exited with $?"
cat >"$work/checkpoint.csv" <<'EOF'
code,name,level,kind,township,location,open,two_way,round_the_clock
CP-PLUGINS,Plug-ins test checkpoint,4,health_station,,Cordon plug-ins test,yes,no,yes
EOF
"$cordon" --data "$data" import checkpoints "$work/checkpoint.csv" >/dev/null || fail "importing a checkpoint exited with $?"
summary_before="$("$cordon" --data "$data" summary)"
export_checkpoints "$work/export-before"
grep -q '^CP-PLUGINS,' "$work/export-before/checkpoints.csv" || fail "the added checkpoint is not in the export"
report="$(installation_check core)"
grep -qx "groups: 0" <<<"$report" || fail "the core-only workbench found groups: $report"
check "the core-only workbench starts without groups"

# 3. failed installs: one sentence, exit 1, the installation as it was
expect_failure() {
  local what="$1" pattern="$2" err rc before
  shift 2
  before="$(fingerprint)"
  set +e
  err="$("$cordon" plugins "$@" 2>&1 >/dev/null)"
  rc=$?
  set -e
  [ "$rc" -eq 1 ] || fail "$what exited with $rc, not 1: $err"
  [ "$(wc -l <<<"$err")" -eq 1 ] || fail "$what: expected one line on stderr, got: $err"
  grep -q "^cordon: $pattern" <<<"$err" || fail "$what said: $err"
  ! grep -q 'Exception' <<<"$err" || fail "$what: an exception leaked: $err"
  [ "$(fingerprint)" = "$before" ] || fail "$what changed the installation"
  check "$what: $err"
}
expect_failure "an unknown group" ".* has no working group 'nosuchgroup'" install nosuchgroup --from "$repository_zip"
expect_failure "a missing repository" "there is no repository at " install checkpoints --from "$work/no-such-repository.zip"
# A repository whose checkpoints group needs a Cordon core 2, which nothing here provides
broken="$work/repository-needing-core-2"
mkdir -p "$broken"
unzip -q "$repository_zip" -d "$broken"
python3 - "$broken" <<'EOF'
import pathlib, sys, zipfile
folder = pathlib.Path(sys.argv[1])
with zipfile.ZipFile(folder / "content.jar") as jar:
    content = jar.read("content.xml").decode("utf-8")
for name in ("content.jar", "content.xml.xz", "p2.index"):
    (folder / name).unlink(missing_ok=True)
start = content.index("<unit id='org.cordon.group.checkpoints.feature.feature.group'")
end = content.index("</unit>", start)
old = "name='org.cordon.core.feature.feature.group' range='[1.0.0,2.0.0)'"
if old not in content[start:end]:
    sys.exit("the checkpoints feature no longer requires the core feature as " + old)
unit = content[start:end].replace(old, "name='org.cordon.core.feature.feature.group' range='[2.0.0,3.0.0)'")
(folder / "content.xml").write_text(content[:start] + unit + content[end:], encoding="utf-8")
EOF
expect_failure "an unsatisfiable dependency" "checkpoints cannot be installed: it needs org.cordon.core.feature \[2.0.0,3.0.0)" \
  install checkpoints --from "$broken"

# 4. install checkpoints from the zip: listed, in bundles.info, and a group of the workbench
out="$("$cordon" plugins install checkpoints --from "$repository_zip")" || fail "plugins install checkpoints exited with $?"
grep -q '^installed checkpoints 1\.0\.0\.' <<<"$out" || fail "plugins install said: $out"
out="$("$cordon" plugins list)" || fail "plugins list exited with $?"
grep -q '^checkpoints 1\.0\.0\.' <<<"$out" || fail "after installing, plugins list says: $out"
[ "$(wc -l <<<"$out")" -eq 1 ] || fail "only checkpoints should be installed: $out"
grep -q '^org\.cordon\.group\.checkpoints,' "$bundles_info" || fail "the checkpoints bundle is not in bundles.info"
report="$(installation_check with-checkpoints)"
grep -qx "groups: 1" <<<"$report" || fail "with checkpoints installed: $report"
grep -q "^group: org.cordon.group.checkpoints " <<<"$report" || fail "the workbench does not see checkpoints: $report"
grep -q "^editor: org.cordon.group.checkpoints checkpoints ok records=" <<<"$report" \
  || fail "the checkpoints table did not open: $report"
check "installed checkpoints: $(grep '^editor: org.cordon.group.checkpoints checkpoints ' <<<"$report")"

# installing it again changes nothing
after_install="$(fingerprint)"
out="$("$cordon" plugins install checkpoints --from "$repository_zip")" || fail "installing checkpoints again exited with $?"
grep -q '^checkpoints 1\.0\.0\..* is installed already$' <<<"$out" || fail "installing checkpoints again said: $out"
[ "$(fingerprint)" = "$after_install" ] || fail "installing checkpoints again changed the installation"
check "installing it again: $out"

# 5. remove it: gone from the list, the configuration, plugins/ and the workbench
out="$("$cordon" plugins remove checkpoints)" || fail "plugins remove checkpoints exited with $?"
[ "$out" = "removed checkpoints" ] || fail "plugins remove said: $out"
out="$("$cordon" plugins list)" || fail "plugins list exited with $?"
[ -z "$out" ] || fail "after removing, plugins list says: $out"
! grep -q '^org\.cordon\.group\.' "$bundles_info" || fail "bundles.info still has: $(grep '^org.cordon.group.' "$bundles_info")"
! compgen -G "$install/plugins/org.cordon.group.*" >/dev/null || fail "plugins/ still has: $(ls "$install"/plugins/org.cordon.group.*)"
report="$(installation_check removed)"
grep -qx "groups: 0" <<<"$report" || fail "after removing checkpoints the workbench found: $report"
check "removed checkpoints: not listed, not configured, no files left, the workbench has no group"
expect_failure "removing it again" "the working group 'checkpoints' is not installed" remove checkpoints

# 6. the database: same summary, same records, our checkpoint still there
[ "$("$cordon" --data "$data" summary)" = "$summary_before" ] || fail "the summary changed"
export_checkpoints "$work/export-after"
diff -r "$work/export-before" "$work/export-after" >"$work/export.diff" || fail "the data changed: $(head -n 20 "$work/export.diff")"
grep -q '^CP-PLUGINS,' "$work/export-after/checkpoints.csv" || fail "the added checkpoint is gone"
check "the database: the summary, all checkpoints and their daily counts unchanged, CP-PLUGINS still there"

echo "Plug-ins test passed."
