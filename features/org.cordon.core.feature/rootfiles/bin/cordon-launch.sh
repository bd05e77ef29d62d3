# Sourced by bin/cordon and bin/cordon-workbench: finds the installation, a Java 21+ runtime and
# the Equinox launcher. (There is no native eclipse launcher: it is not on Maven Central.)
# The runtime is the installation's own (jre/, made by jlink with the modules Cordon needs), else
# CORDON_JAVA, else a system Java: JAVA_HOME, Temurin under /usr/lib/jvm, java on the PATH.

cordon_install="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"

# The runtime's release file names its version without starting a VM (a third of a second on
# every launch); a runtime without one is asked.
cordon_java_major() {
  local release
  release="$(dirname "$(dirname "$(readlink -f "$1")")")/release"
  if [ -f "$release" ] && grep -q '^JAVA_VERSION="[0-9]' "$release"; then
    sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$release"
    return 0
  fi
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p'
}

cordon_find_java() {
  local candidate
  for candidate in "$cordon_install/jre/bin/java" "${CORDON_JAVA:-}" "${JAVA_HOME:+$JAVA_HOME/bin/java}" /usr/lib/jvm/temurin-25-jdk-amd64/bin/java \
      /usr/lib/jvm/temurin-2[1-9]*/bin/java "$(command -v java 2>/dev/null)"; do
    if [ -n "$candidate" ] && [ -x "$candidate" ]; then
      local major
      major="$(cordon_java_major "$candidate")"
      if [ -n "$major" ] && [ "$major" -ge 21 ]; then
        echo "$candidate"
        return 0
      fi
    fi
  done
  return 1
}

cordon_java="$(cordon_find_java)" || {
  echo "cordon: Cordon needs Java 21 or newer; install it or point CORDON_JAVA at its java." >&2
  exit 1
}

cordon_launcher="$(ls "$cordon_install"/plugins/org.eclipse.equinox.launcher_*.jar 2>/dev/null | sort | tail -n 1)"
if [ -z "$cordon_launcher" ]; then
  echo "cordon: the installation in $cordon_install is incomplete (no Equinox launcher in plugins/)." >&2
  exit 1
fi

# Class-data sharing: the classes a start loads (the JDK's, the framework's and the bundles') are
# kept in an archive that the next start maps instead of loading and verifying them again. The
# archive belongs to this installation, its plug-ins and this Java, so it is named after them; a
# start without one writes it at exit to a file of its own (NAME-KEY.jsa.PID.new), taken into use
# only when the process ended well, so two desks never write one file. CORDON_CDS=off leaves it out.
#   cordon_class_archive NAME    sets cordon_cds_args (VM options) and cordon_cds_pending
#   cordon_class_archive_done STATUS   keeps or drops what the start wrote, for a launcher that
#     waits for Java; one that execs Java (bin/cordon) leaves it to Java to write
#     $cordon_cds_pending.PID.new.ok when it ends well, and to the next start to take the archive.
cordon_cds_args=()
cordon_cds_pending=""
cordon_class_archive() {
  cordon_cds_args=()
  cordon_cds_pending=""
  [ "${CORDON_CDS:-on}" != "off" ] || return 0
  local folder="${CORDON_CDS_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/cordon}"
  mkdir -p "$folder" 2>/dev/null && [ -w "$folder" ] || return 0
  # NAME-INSTALLATION-CONTENT: the installation's part of the name lets a start clear away its
  # own outdated archives without touching those of another installation on the same account
  # (an unpacked archive beside the .deb's, or the one without its runtime that the benchmark
  # starts), which would otherwise delete each other's on every alternate start.
  local installation key
  installation="$(printf '%s' "$cordon_install" | md5sum | cut -c1-8)"
  key="$(printf '%s|%s|%s' "$(stat -c %Y "$cordon_install/plugins" 2>/dev/null)" \
    "$(readlink -f "$cordon_java")" "$(stat -c %Y "$(readlink -f "$cordon_java")" 2>/dev/null)" | md5sum | cut -c1-12)"
  local archive="$folder/$1-$installation-$key.jsa"
  # the JVM's own messages about the archive would mix with the command's output
  local quiet=(-Xlog:disable -Xlog:all=warning:stderr -Xlog:cds*=off:stderr)
  cordon_class_archive_adopt "$archive"
  if [ -s "$archive" ]; then
    cordon_cds_args=("${quiet[@]}" "-XX:SharedArchiveFile=$archive")
  else
    # archives of this installation's earlier plug-ins or Java are of no further use
    find "$folder" -maxdepth 1 -name "$1-$installation-*.jsa*" -mmin +1 -delete 2>/dev/null || true
    cordon_cds_pending="$archive"
    cordon_cds_args=("${quiet[@]}" "-XX:ArchiveClassesAtExit=$archive.$$.new")
  fi
}
# Takes into use an archive that an exec'd start wrote and marked good, once its process has
# ended (its Java writes the archive as it exits); drops those of starts that ended otherwise.
cordon_class_archive_adopt() {
  local archive="$1" written pid
  for written in "$archive".*.new; do
    [ -e "$written" ] || continue
    pid="${written%.new}"
    pid="${pid##*.}"
    ! kill -0 "$pid" 2>/dev/null || continue
    if [ -e "$written.ok" ] && [ ! -s "$archive" ]; then
      mv -f "$written" "$archive" 2>/dev/null || rm -f "$written"
    else
      rm -f "$written"
    fi
    rm -f "$written.ok"
  done
}
cordon_class_archive_done() {
  [ -n "$cordon_cds_pending" ] || return 0
  local written="$cordon_cds_pending.$$.new"
  if [ "$1" -eq 0 ] && [ -s "$written" ]; then
    mv -f "$written" "$cordon_cds_pending" 2>/dev/null || rm -f "$written"
  else
    rm -f "$written"
  fi
  cordon_cds_pending=""
}
