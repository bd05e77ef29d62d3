#!/usr/bin/env bash
# Makes Cordon installable on a desk without Java or Maven (docs/installing.md):
#   package-desk.sh PRODUCTS_DIR
# 1. a minimal Java runtime made by jlink from the build's JDK, with the modules the product's
#    plug-ins use (found by jdeps, see below), put into every materialised product as cordon/jre/;
# 2. the product archives packed again with it;
# 3. cordon_VERSION_amd64.deb of the full product, from a staged tree with dpkg-deb: /opt/cordon,
#    /usr/bin/cordon and cordon-workbench, a desktop entry and its icon.
# dpkg-deb rather than jpackage: jpackage would make its own launcher and runtime image around a
# main class, while Cordon is an installation that p2 changes in place and shell launchers start.
set -euo pipefail

products="$1"
here="$(cd "$(dirname "$0")" && pwd)"
jdk="${JAVA_HOME:?package-desk.sh needs JAVA_HOME (the JDK of the build)}"
full="$products/org.cordon.product/linux/gtk/x86_64/cordon"
core="$products/org.cordon.product.core/linux/gtk/x86_64/cordon"
work="$products/../desk"
rm -rf "$work"
mkdir -p "$work"

fail() {
  echo "package-desk.sh: $*" >&2
  exit 1
}
[ -d "$full/plugins" ] && [ -d "$core/plugins" ] || fail "the products are not materialised under $products"

# ---- 1. the modules: what jdeps finds in every plug-in jar of the full product, plus what no
# class names but the product needs at run time, less what no run reaches.
# The jars are analysed without their module descriptors (deb/ClassPathCopy.java says why).
"$jdk/bin/java" "$here/deb/ClassPathCopy.java" "$full/plugins" "$work/jars" || fail "the plug-ins could not be copied for jdeps"
found="$("$jdk/bin/jdeps" --multi-release "$("$jdk/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')" \
  --ignore-missing-deps -q --print-module-deps "$work"/jars/*.jar)" || fail "jdeps could not analyse the plug-ins"
# jdk.javadoc: only ICU4J's javadoc taglet names it, a class no run loads (and it would bring the
# whole compiler). jdk.localedata (Chinese dates and numbers, en and zh only) and jdk.charsets
# (GB18030 and GBK file names and terminals) are found through service lookups, which jdeps does
# not see. The smoke, plug-ins and crash tests run the product on this runtime.
modules="$(tr ',' '\n' <<<"$found" | grep -v -x 'jdk.javadoc' | sort -u | paste -sd, -),jdk.localedata,jdk.charsets"
echo "package-desk.sh: jdeps found $found; the runtime has $modules"
"$jdk/bin/jlink" --add-modules "$modules" --include-locales=en,zh --strip-debug --no-header-files --no-man-pages \
  --compress=zip-6 --generate-cds-archive --output "$work/jre" || fail "jlink could not make the runtime"
"$work/jre/bin/java" -version >/dev/null 2>&1 || fail "the runtime jlink made does not start"
echo "$modules" >"$work/jre/cordon-modules.txt"

# ---- 2. every product gets it, and its archive is packed again
for home in "$full" "$core"; do
  rm -rf "$home/jre"
  cp -a "$work/jre" "$home/jre"
done
size() { du -m "$1" | cut -f1; }
repack() { # ARCHIVE HOME
  local before
  before="$(size "$1")"
  tar -C "$(dirname "$2")" -czf "$1.new" "$(basename "$2")"
  mv -f "$1.new" "$1"
  echo "package-desk.sh: $(basename "$1"): ${before} MB without the runtime, $(size "$1") MB with it"
}
repack "$products/cordon-linux.gtk.x86_64.tar.gz" "$full"
repack "$products/cordon-core-linux.gtk.x86_64.tar.gz" "$core"

# ---- 3. the .deb of the full product
ui_jar="$(ls "$full"/plugins/org.cordon.ui_*.jar | head -n 1)"
version="$(basename "$ui_jar" .jar)"
version="${version#org.cordon.ui_}"
stage="$work/stage"
mkdir -p "$stage/opt" "$stage/usr/bin" "$stage/usr/share/applications" "$stage/usr/share/icons/hicolor/scalable/apps" "$stage/DEBIAN"
cp -a "$full" "$stage/opt/cordon"
# what a run leaves in the installation is no part of a package
rm -rf "$stage/opt/cordon/configuration/org.eclipse.osgi" "$stage/opt/cordon/configuration/.settings" "$stage/opt/cordon/workspace"
ln -s /opt/cordon/bin/cordon "$stage/usr/bin/cordon"
ln -s /opt/cordon/bin/cordon-workbench "$stage/usr/bin/cordon-workbench"
cp "$here/deb/cordon.desktop" "$stage/usr/share/applications/cordon.desktop"
cp "$here/deb/cordon.svg" "$stage/usr/share/icons/hicolor/scalable/apps/cordon.svg"
sed -e "s/@VERSION@/$version/" -e "s/@SIZE@/$(du -sk "$stage/opt" | cut -f1)/" "$here/deb/control" >"$stage/DEBIAN/control"
deb="$products/cordon_${version}_amd64.deb"
rm -f "$products"/cordon_*_amd64.deb
dpkg-deb --root-owner-group -Zgzip -z6 --build "$stage" "$deb" >/dev/null || fail "dpkg-deb could not build $deb"
echo "package-desk.sh: $(basename "$deb"): $(size "$deb") MB"
rm -rf "$work/jars" "$stage"
