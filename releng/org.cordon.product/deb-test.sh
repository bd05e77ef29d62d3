#!/usr/bin/env bash
# The .deb as a desk gets it: installed with apt-get, used by an ordinary user (the command line,
# and the workbench started by its desktop entry's command under Xvfb), upgraded, removed; the
# user's data folder is there before and after, untouched.
#   deb-test.sh PRODUCTS_DIR WORK_FOLDER
# Needs root (it installs the package on this machine and removes it again, and makes a user);
# without root, or where a cordon package is already installed, it says why and does nothing.
set -euo pipefail

products="$1"
user=cordon-desk-test
rm -rf "$2"
mkdir -p "$2"
work="$(cd "$2" && pwd)"

fail() {
  echo "DEB TEST FAILED: $*" >&2
  exit 1
}
check() { echo "  ok: $*"; }
skip() {
  echo "deb test skipped: $*"
  exit 0
}

deb="$(ls "$products"/cordon_*_amd64.deb 2>/dev/null | head -n 1)"
[ -n "$deb" ] || fail "no cordon_*_amd64.deb in $products"
[ "$(id -u)" -eq 0 ] || skip "it needs root to install $deb"
command -v apt-get >/dev/null && command -v dpkg-deb >/dev/null || skip "this machine has no apt-get"
! dpkg -s cordon >/dev/null 2>&1 || skip "a cordon package is installed here already; it is left alone"

home="/home/$user"
cleanup() {
  pkill -u "$user" >/dev/null 2>&1 || true
  if dpkg -s cordon >/dev/null 2>&1; then apt-get remove -y -qq cordon >/dev/null 2>&1 || true; fi
  userdel -r "$user" >/dev/null 2>&1 || true
}
trap cleanup EXIT
cleanup
useradd -m -s /bin/bash "$user"
as_user() { runuser -u "$user" -- env HOME="$home" LANG=C.UTF-8 "$@"; }

echo "Deb test of $(basename "$deb")"

# 1. installed with apt-get: /opt/cordon with its own Java, the commands on the PATH, a desktop entry
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$(readlink -f "$deb")" >"$work/install.out" 2>&1 \
  || fail "apt-get install failed: $(tail -n 5 "$work/install.out")"
[ -x /opt/cordon/jre/bin/java ] || fail "the package has no runtime in /opt/cordon/jre"
[ "$(readlink -f /usr/bin/cordon)" = /opt/cordon/bin/cordon ] || fail "/usr/bin/cordon is not the installation's"
[ "$(readlink -f /usr/bin/cordon-workbench)" = /opt/cordon/bin/cordon-workbench ] || fail "/usr/bin/cordon-workbench is not the installation's"
entry=/usr/share/applications/cordon.desktop
grep -qx 'Name=Cordon 防控指挥工作台' "$entry" || fail "the desktop entry is not named 'Cordon 防控指挥工作台'"
grep -qx 'Icon=cordon' "$entry" && [ -f /usr/share/icons/hicolor/scalable/apps/cordon.svg ] || fail "the desktop entry has no icon"
check "apt-get install: /opt/cordon with jre/, cordon and cordon-workbench on the PATH, the desktop entry and its icon"

# 2. a user with no Java of their own: the command line makes ~/.cordon/data with the sample
out="$(as_user env PATH=/usr/bin:/bin cordon summary)" || fail "cordon summary as $user exited with $?: $out"
grep -qx "townships: 23" <<<"$out" || fail "cordon summary as $user said: $out"
[ -f "$home/.cordon/data/db/service.properties" ] || fail "the data folder is not $home/.cordon/data"
printf 'code,name,kind,order\nT-99,试验乡,township,99\n' >"$work/township.csv"
chmod 644 "$work/township.csv"
as_user cordon import townships "$work/township.csv" >/dev/null || fail "an import as $user failed"
check "cordon summary and import as $user, on the package's own Java, in ~/.cordon/data"

# 3. the desktop entry's command opens the workbench's window
exec_line="$(sed -n 's/^Exec=//p' "$entry")"
cat >"$work/window.sh" <<EOF
$exec_line >"$work/workbench.out" 2>&1 &
workbench=\$!
for _ in \$(seq 1 240); do
  window="\$(xdotool search --onlyvisible --name '^Cordon' 2>/dev/null | head -n 1)" && [ -n "\$window" ] && break
  kill -0 "\$workbench" 2>/dev/null || { echo "ended early"; exit 0; }
  sleep 0.5
done
[ -n "\${window:-}" ] && sleep 3 && import -window root "$work/deb-workbench.png" 2>/dev/null
echo "window: \$(xdotool getwindowname "\${window:-0}" 2>/dev/null)"
kill -TERM "\$workbench"
wait "\$workbench" 2>/dev/null || true
EOF
chmod 755 "$work/window.sh"
chmod 777 "$work"
outcome="$(as_user xvfb-run -a -s "-screen 0 1280x1024x24" bash "$work/window.sh")"
grep -q '^window: Cordon' <<<"$outcome" || fail "the desktop entry's command '$exec_line' showed no Cordon window: $outcome $(cat "$work/workbench.out" 2>/dev/null)"
! grep -q 'Exception' "$work/workbench.out" || fail "the workbench printed an exception: $(cat "$work/workbench.out")"
check "the desktop entry's command ($exec_line) opened the window '${outcome#window: }'"

# 4. an upgrade to a newer package keeps the data
version="$(dpkg-deb -f "$deb" Version)"
dpkg-deb -R "$deb" "$work/newer"
sed -i "s/^Version: .*/Version: $version.1/" "$work/newer/DEBIAN/control"
dpkg-deb --root-owner-group -Zgzip -z1 --build "$work/newer" "$work/cordon_${version}.1_amd64.deb" >/dev/null
rm -rf "$work/newer"
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$work/cordon_${version}.1_amd64.deb" >"$work/upgrade.out" 2>&1 \
  || fail "the upgrade failed: $(tail -n 5 "$work/upgrade.out")"
[ "$(dpkg-query -W -f '${Version}' cordon)" = "$version.1" ] || fail "the upgrade did not install $version.1"
as_user cordon summary | grep -qx "townships: 24" || fail "after the upgrade the user's data is not what it was"
check "upgraded to $version.1: the user's data is as it was (24 townships)"

# 5. removal takes the installation and leaves the data
apt-get remove -y -qq cordon >"$work/remove.out" 2>&1 || fail "apt-get remove failed: $(tail -n 5 "$work/remove.out")"
[ ! -e /opt/cordon/bin/cordon ] && [ ! -e /usr/bin/cordon ] && [ ! -e "$entry" ] || fail "apt-get remove left the installation behind"
[ -f "$home/.cordon/data/db/service.properties" ] || fail "apt-get remove took the user's data folder"
check "apt-get remove: the installation is gone, $home/.cordon/data is still there"
echo "Deb test passed"
