# Sourced by bin/cordon and bin/cordon-workbench: finds the installation, a Java 21+ runtime and
# the Equinox launcher. (There is no native eclipse launcher: it is not on Maven Central.)

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
  for candidate in "${CORDON_JAVA:-}" "${JAVA_HOME:+$JAVA_HOME/bin/java}" /usr/lib/jvm/temurin-25-jdk-amd64/bin/java \
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
