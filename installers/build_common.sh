# Sourced by installers/<platform>/build.sh: the paths every bundle build uses, with the
# checkout as the working directory, and its two kinds of message.
#   ROOT  the checkout
#   PY    the python that builds ($PYTHON, default .venv/bin/python)
#   DIST  where the bundle and the packages go ($DIST, default dist)
#   WORK  PyInstaller's working folder ($WORK, default build/pyinstaller)
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$PWD
PY=${PYTHON:-$ROOT/.venv/bin/python}
DIST=${DIST:-$ROOT/dist}
WORK=${WORK:-$ROOT/build/pyinstaller}

say() { printf '== %s\n' "$*"; }
die() { printf 'build.sh: %s\n' "$*" >&2; exit 1; }
