#!/usr/bin/env bash
# bin/cordon plugins COMMAND: adds and removes working-group features on this installation with
# the p2 director, which runs inside the installation itself (docs/installing.md).
#   plugins list                          the installed working groups, "NAME VERSION" a line
#   plugins available --from REPO         the working groups a repository offers
#   plugins install GROUP... --from REPO  install groups (or replace them by the repository's version)
#   plugins remove GROUP...               uninstall groups
# p2 plans a change as a whole before it touches a file, and rolls back a change that fails
# half-way, so a failure leaves the installation as it was; this script adds one sentence saying
# why. The director's full output of the last run is kept in configuration/cordon-plugins.log.
set -euo pipefail
. "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/cordon-launch.sh"

director_log="$cordon_install/configuration/cordon-plugins.log"
group_prefix="org.cordon.group."
group_suffix=".feature.feature.group"

usage_error() {
  echo "cordon: $1; try 'cordon plugins help'." >&2
  exit 2
}

fail() {
  echo "cordon: $1" >&2
  exit 1
}

usage() {
  cat <<'EOF'
Usage: cordon plugins COMMAND

Commands:
  list                          the installed working groups, "NAME VERSION" a line
  available --from REPO         the working groups the repository REPO offers
  install GROUP... --from REPO  install working groups from REPO, or replace installed ones by
                                REPO's version (an update)
  remove GROUP...               uninstall working groups; their data stay in the database

GROUP is a group's name: office, checkpoints, screening, community, medical, materials, funds,
publicity, schools, supervision. REPO is the Cordon p2 repository, a folder or its zip.
Close the workbench before a change; it takes effect when the workbench starts again.
EOF
}

# Runs the p2 director (or another p2 application given as -application) on this installation.
# Its profile and p2 data area are the ones config.ini names, so it changes the installation
# it runs from. Output goes to the log, which callers read.
run_p2() {
  local application=org.eclipse.equinox.p2.director
  if [ "${1:-}" = "-application" ]; then application="$2"; shift 2; fi
  "$cordon_java" -Xmx512m -Dosgi.logfile="$director_log.osgi" -jar "$cordon_launcher" \
    -nosplash -application "$application" -data @none "$@" >"$director_log" 2>&1
}

# A group's installable unit id from what the user typed: checkpoints, org.cordon.group.checkpoints
# or org.cordon.group.checkpoints.feature.
group_unit() {
  local name="$1"
  name="${name#"$group_prefix"}"
  name="${name%.feature}"
  [[ "$name" =~ ^[a-z][a-z0-9_]*$ ]] || usage_error "'$1' is not a working group's name"
  echo "$group_prefix$name$group_suffix"
}

group_name() {
  local unit="$1"
  unit="${unit#"$group_prefix"}"
  echo "${unit%"$group_suffix"}"
}

group_names() {
  local unit names=()
  for unit in "$@"; do names+=("$(group_name "$unit")"); done
  echo "${names[*]}"
}

# The director's repository argument for a folder or a zip; fails with one sentence when REPO
# cannot be a repository at all.
repository_uri() {
  local repo="$1" absolute
  [ -e "$repo" ] || fail "there is no repository at $repo."
  absolute="$(readlink -f "$repo")"
  if [ -d "$absolute" ]; then
    compgen -G "$absolute/content.*" >/dev/null || compgen -G "$absolute/compositeContent.*" >/dev/null \
      || fail "$repo is a folder but not a p2 repository (it has no content.jar or content.xml)."
    echo "file:$absolute"
  else
    unzip -l "$absolute" >/dev/null 2>&1 || fail "$repo is neither a folder nor a zip of a p2 repository."
    echo "jar:file:$absolute!/"
  fi
}

check_writable() {
  local folder
  for folder in "$cordon_install" "$cordon_install/plugins" "$cordon_install/features" "$cordon_install/configuration" "$cordon_install/p2"; do
    [ -w "$folder" ] || fail "cannot change the installation in $cordon_install: $folder is not writable by $(id -un)."
  done
}

# One sentence from the director's output, for a failed change: explain_failure REPO WHAT, where
# WHAT says what failed ("checkpoints cannot be installed") and REPO may be empty.
explain_failure() {
  local repo="$1" what="$2" line missing
  if line="$(grep -m 1 -o 'The installable unit [^ ]* has not been found' "$director_log")"; then
    line="${line#The installable unit }"
    line="${line% has not been found}"
    if [ -n "$repo" ]; then
      fail "$repo has no working group '$(group_name "$line")'; 'cordon plugins available --from $repo' lists what it has."
    fi
    fail "the working group '$(group_name "$line")' is not installed; 'cordon plugins list' shows the installed groups."
  fi
  if grep -q 'No repository found at\|Unable to load repositories' "$director_log"; then
    fail "$repo is not a p2 repository that this installation can read."
  fi
  if missing="$(grep -m 1 -o "requires '[^']*' but it could not be found" "$director_log")"; then
    missing="${missing#requires \'}"
    missing="${missing%%\' but it could not be found}"
    missing="${missing#*; }"
    missing="${missing%%, filter=*}"
    missing="${missing/.feature.group / }"
    fail "$what: it needs $missing, which neither this installation nor ${repo:-its repositories} provides."
  fi
  if grep -q 'Cannot complete the' "$director_log"; then
    line="$(grep -m 1 -A 3 'Cannot complete the' "$director_log" | grep -m 1 -i 'conflict\|requires\|missing' | sed 's/^[[:space:]]*//')" || true
    fail "$what: ${line:-p2 found no consistent set of plug-ins} (see $director_log)."
  fi
  fail "$what: the p2 director says: $(grep -v '^[[:space:]]*$' "$director_log" | grep -v 'See log file' | tail -n 1) (see $director_log)."
}

installed_units() {
  run_p2 -listInstalledRoots || fail "the p2 director could not read this installation's profile (see $director_log)."
  sed -n "s#^\($group_prefix[a-z0-9_]*$group_suffix\)/\(.*\)\$#\1 \2#p" "$director_log" | sort
}

list_installed() {
  local units unit version
  units="$(installed_units)"
  while read -r unit version; do
    if [ -n "$unit" ]; then echo "$(group_name "$unit") $version"; fi
  done <<<"$units"
}

# "UNIT VERSION" for each working group a repository offers, its newest version if it has several.
offered_units() {
  local uri="$1" repo="$2"
  run_p2 -repository "$uri" -list || explain_failure "$repo" "the repository cannot be read"
  grep "^$group_prefix[a-z0-9_]*$group_suffix=" "$director_log" | tr '=' ' ' | sort -k 1,1 -k 2,2V \
    | awk '{ newest[$1] = $2 } END { for (unit in newest) print unit, newest[unit] }' | sort
}

list_available() {
  local offered unit version
  offered="$(offered_units "$(repository_uri "$1")" "$1")"
  while read -r unit version; do
    if [ -n "$unit" ]; then echo "$(group_name "$unit") $version"; fi
  done <<<"$offered"
}

install_groups() {
  local repo="$1" uri unit installed offered="" offered_version version
  shift
  uri="$(repository_uri "$repo")"
  check_writable
  installed="$(installed_units)"
  local arguments=(-repository "$uri") installing=() replacing=false director_output replaced
  declare -A replaced_version=()
  for unit in "$@"; do
    version="$(sed -n "s#^$unit ##p" <<<"$installed")"
    if [ -n "$version" ]; then
      [ -n "$offered" ] || offered="$(offered_units "$uri" "$repo")"
      offered_version="$(sed -n "s#^$unit ##p" <<<"$offered")"
      [ -n "$offered_version" ] || fail "$repo has no working group '$(group_name "$unit")'; 'cordon plugins available --from $repo' lists what it has."
      if [ "$offered_version" = "$version" ]; then
        echo "$(group_name "$unit") $version is installed already"
        continue
      fi
      # An update replaces the group in one plan: its singleton bundle cannot sit beside a second
      # version, and uninstalling first would leave the group out if the install then failed.
      arguments+=(-uninstallIU "$unit")
      replaced_version[$unit]="$version"
      replacing=true
    fi
    arguments+=(-installIU "$unit")
    installing+=("$unit")
  done
  [ ${#installing[@]} -gt 0 ] || return 0
  run_p2 "${arguments[@]}" || explain_failure "$repo" "$(group_names "${installing[@]}") cannot be installed"
  director_output="$(cat "$director_log")"
  if $replacing; then collect_garbage; fi
  for unit in "${installing[@]}"; do
    replaced="${replaced_version[$unit]:-}"
    echo "installed $(group_name "$unit") $(sed -n "s#^Installing $unit \(.*\)\.\$#\1#p" <<<"$director_output" | tail -n 1)${replaced:+ (replacing $replaced)}"
  done
}

remove_groups() {
  local unit
  check_writable
  local arguments=()
  for unit in "$@"; do arguments+=(-uninstallIU "$unit"); done
  run_p2 "${arguments[@]}" || explain_failure "" "$(group_names "$@") cannot be removed"
  collect_garbage
  for unit in "$@"; do echo "removed $(group_name "$unit")"; done
}

# The director leaves a removed or replaced bundle's jar in plugins/; p2's garbage collector
# deletes the jars no installed unit needs any more.
collect_garbage() {
  local profile
  profile="$(sed -n 's/^eclipse\.p2\.profile=//p' "$cordon_install/configuration/config.ini")"
  run_p2 -application org.eclipse.equinox.p2.garbagecollector.application -profile "${profile:-DefaultProfile}" \
    || echo "cordon: the change is made, but unused plug-in files could not be deleted (see $director_log)." >&2
}

command="${1:-help}"
[ $# -gt 0 ] && shift
groups=()
repo=""
while [ $# -gt 0 ]; do
  case "$1" in
    --from) [ $# -ge 2 ] || usage_error "--from needs a repository folder or zip"; repo="$2"; shift 2 ;;
    --from=*) repo="${1#--from=}"; shift ;;
    -*) usage_error "unknown option '$1'" ;;
    *) groups+=("$(group_unit "$1")"); shift ;;
  esac
done

case "$command" in
  list)
    [ ${#groups[@]} -eq 0 ] && [ -z "$repo" ] || usage_error "'plugins list' takes no arguments"
    list_installed ;;
  available)
    [ -n "$repo" ] || usage_error "'plugins available' needs --from REPO"
    [ ${#groups[@]} -eq 0 ] || usage_error "'plugins available' takes no group"
    list_available "$repo" ;;
  install)
    [ ${#groups[@]} -gt 0 ] || usage_error "'plugins install' needs a group"
    [ -n "$repo" ] || usage_error "'plugins install' needs --from REPO, the Cordon repository folder or zip"
    install_groups "$repo" "${groups[@]}" ;;
  remove)
    [ ${#groups[@]} -gt 0 ] || usage_error "'plugins remove' needs a group"
    [ -z "$repo" ] || usage_error "'plugins remove' takes no --from"
    remove_groups "${groups[@]}" ;;
  help|--help|-h) usage ;;
  *) usage_error "unknown plugins command '$command'" ;;
esac
