# shellcheck shell=bash
# Shared set-up of scripts/run and scripts/test (sourced from the repository root, never
# run on its own). Prints one line per step it takes:
#
#   setup_venv WHO [EXTRAS]         create .venv if needed (with $PYTHON, default python3),
#                                   then upgrade pip and install the app with EXTRAS
#                                   (e.g. "test,build"). Skipped when pyproject.toml, the
#                                   venv's Python and the extras are what the last install
#                                   used (stamp: .venv/.setup-stamp).
#   install_debian_tools WHO TOOL:PACKAGE…
#                                   apt-get install the packages of missing tools, when
#                                   running as root where apt-get exists.
#
# On failure the pip or apt log is printed and the calling script stops.

say() { printf '== %s\n' "$*"; }

_stamp_of() {  # the hash of what an install depends on: pyproject.toml and the Python
  .venv/bin/python - <<'EOF'
import hashlib, sys
digest = hashlib.sha256(open("pyproject.toml", "rb").read())
digest.update(sys.version.encode())
digest.update(sys.executable.encode())
print(digest.hexdigest())
EOF
}

_covers() {  # _covers "test,build" "test": every extra of $2 is in $1
  local extra
  for extra in ${2//,/ }; do
    case ",$1," in *",$extra,"*) ;; *) return 1 ;; esac
  done
}

setup_venv() {
  local who=$1 extras=${2:-} py=${PYTHON:-python3} stamp_file=.venv/.setup-stamp extra
  if [ ! -x .venv/bin/python ]; then
    if ! "$py" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
      echo "$who: Python 3.11 or newer is needed; '$py' is not (set PYTHON=/path/to/python3.11)" >&2
      exit 1
    fi
    say "creating .venv with $("$py" -c 'import sys; print(sys.executable, sys.version.split()[0])')"
    "$py" -m venv .venv
  fi
  local stamp have_hash="" have_extras="" all
  stamp=$(_stamp_of) || { echo "$who: .venv/bin/python does not run; delete .venv and try again" >&2; exit 1; }
  [ -f "$stamp_file" ] && read -r have_hash have_extras <"$stamp_file"
  [ "$have_hash" = "$stamp" ] || have_extras=""
  # Nothing changed since the last install (which had at least these extras): no pip.
  if [ "$have_hash" = "$stamp" ] && [ -x .venv/bin/executrek ] && _covers "$have_extras" "$extras"; then
    return 0
  fi
  all=$have_extras
  for extra in ${extras//,/ }; do
    _covers "$all" "$extra" || all=${all:+$all,}$extra
  done
  local spec=.
  [ -n "$all" ] && spec=".[$all]"
  say "upgrading pip (log: .venv/install.log)"
  if ! .venv/bin/python -m pip install --quiet --upgrade pip >.venv/install.log 2>&1; then
    cat .venv/install.log >&2
    echo "$who: upgrading pip failed (see above)" >&2
    exit 1
  fi
  say "installing Executrek Field${all:+ with $all} and its dependencies (the first time takes about a minute)"
  if ! .venv/bin/python -m pip install --quiet -e "$spec" >>.venv/install.log 2>&1; then
    cat .venv/install.log >&2
    echo "$who: installing the dependencies failed (see above)" >&2
    exit 1
  fi
  printf '%s %s\n' "$stamp" "$all" >"$stamp_file"
}

install_debian_tools() {
  local who=$1 tool missing=()
  shift
  for tool in "$@"; do
    command -v "${tool%%:*}" >/dev/null 2>&1 || missing+=("${tool##*:}")
  done
  [ ${#missing[@]} -gt 0 ] || return 0
  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    say "not installing ${missing[*]} (needs root and apt-get); the checks that use them are skipped"
    return 0
  fi
  say "installing Debian packages: ${missing[*]} (log: .venv/apt.log)"
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"; } \
    >.venv/apt.log 2>&1 || echo "$who: could not install ${missing[*]} (see .venv/apt.log)" >&2
}
