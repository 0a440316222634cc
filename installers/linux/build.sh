#!/usr/bin/env bash
# Build the Linux bundle (dist/executrek/), the .deb and the .tar.gz (in dist/), then
# run `executrek self-test` from the unpacked .tar.gz. Exit non-zero on any failure.
#
#   installers/linux/build.sh            # uses .venv/bin/python (pip install -e ".[build]")
#   PYTHON=/path/to/python installers/linux/build.sh
#
# Environment: DIST (default dist), WORK (default build/pyinstaller),
# EXECUTREK_FORBID_GPL=1 (release builds: fail when the GPL x265 encoder is bundled),
# DEB_COMPRESSION (xz, gzip or zstd; default xz).
set -euo pipefail
# shellcheck source=../build_common.sh
source "$(dirname "$0")/../build_common.sh"  # ROOT, PY, DIST, WORK, say, die
PKG=executrek-field

"$PY" -c "import PyInstaller" 2>/dev/null ||
  die "PyInstaller is not installed for $PY (pip install -e '.[build]')"
command -v dpkg-deb >/dev/null || die "dpkg-deb is needed for the .deb"
VERSION=$("$PY" -c "from importlib.metadata import version; print(version('$PKG'))")
# PEP 440 pre-releases sort before the release in Debian only with a tilde.
DEB_VERSION=$(printf '%s' "$VERSION" | sed -E 's/\.?(dev|a|b|rc)([0-9]+)/~\1\2/')
ARCH=$(dpkg --print-architecture)
mkdir -p "$DIST" "$WORK"
BUNDLE=$DIST/executrek

say "icons"
"$PY" installers/make_icons.py "$WORK/icons" >/dev/null
export EXECUTREK_ICON_DIR=$WORK/icons

say "bundle ($VERSION) -> $BUNDLE"
started=$(date +%s)
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$DIST" --workpath "$WORK" installers/executrek.spec >"$WORK/pyinstaller.log" 2>&1 ||
  { tail -40 "$WORK/pyinstaller.log" >&2; die "PyInstaller failed (log: $WORK/pyinstaller.log)"; }
echo "PyInstaller took $(($(date +%s) - started)) s"
"$PY" installers/collect_licences.py "$BUNDLE/licenses" >/dev/null

say "check"
forbid=()
[ "${EXECUTREK_FORBID_GPL:-0}" = 1 ] && forbid=(--forbid-gpl)
"$PY" installers/check_bundle.py "$BUNDLE" --json "$WORK/bundle.json" "${forbid[@]}"
read -r DEPENDS RECOMMENDS < <("$PY" - "$WORK/bundle.json" <<'EOF'
import json, sys
found = json.load(open(sys.argv[1]))
print(", ".join(["libc6 (>= 2.34)", *found["deb_depends"]]).replace(" ", "_"),
      ", ".join(found["deb_recommends"]).replace(" ", "_"))
EOF
)
DEPENDS=${DEPENDS//_/ }
RECOMMENDS=${RECOMMENDS//_/ }

desktop_entry() {  # $1: the Exec command
  cat <<EOF
[Desktop Entry]
Type=Application
Name=Executrek Field
GenericName=Site inspections and punch lists
Comment=Site inspections, change orders, contractor issues and punch lists
Exec=$1
Icon=$PKG
Terminal=false
Categories=Office;ProjectManagement;
StartupWMClass=executrek
EOF
}

say "tar.gz"
TAR_ROOT=$WORK/tar/$PKG-$VERSION
rm -rf "$WORK/tar"
mkdir -p "$TAR_ROOT"
cp -a "$BUNDLE/." "$TAR_ROOT/"
cp "$WORK/icons/executrek.png" "$TAR_ROOT/$PKG.png"
desktop_entry "executrek" >"$TAR_ROOT/$PKG.desktop"
cat >"$TAR_ROOT/INSTALL.txt" <<EOF
Executrek Field $VERSION for Linux ($ARCH), glibc 2.34 or newer.

Run ./executrek from this folder (or link it into your PATH). It uses these system
libraries (Debian/Ubuntu package names): $DEPENDS.
Optional for Wayland sessions: $RECOMMENDS.
For a menu entry, copy $PKG.desktop to ~/.local/share/applications/ (set Exec= to the
full path of executrek) and $PKG.png to ~/.local/share/icons/hicolor/256x256/apps/.
Your data lives in ~/.local/share/ExecutrekField and is not touched when this folder
is deleted. Licences: licenses/NOTICES.txt.
EOF
TARBALL=$DIST/$PKG-$VERSION-linux-$ARCH.tar.gz
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime='@0' \
  -C "$WORK/tar" -czf "$TARBALL" "$PKG-$VERSION"

say "deb"
DEB_ROOT=$WORK/deb
rm -rf "$DEB_ROOT"
mkdir -p "$DEB_ROOT/DEBIAN" "$DEB_ROOT/opt/$PKG" "$DEB_ROOT/usr/bin" \
  "$DEB_ROOT/usr/share/applications" "$DEB_ROOT/usr/share/icons/hicolor/256x256/apps" \
  "$DEB_ROOT/usr/share/icons/hicolor/scalable/apps" "$DEB_ROOT/usr/share/doc/$PKG"
cp -a "$BUNDLE/." "$DEB_ROOT/opt/$PKG/"
ln -s "/opt/$PKG/executrek" "$DEB_ROOT/usr/bin/executrek"
desktop_entry "/opt/$PKG/executrek" >"$DEB_ROOT/usr/share/applications/$PKG.desktop"
cp "$WORK/icons/executrek.png" "$DEB_ROOT/usr/share/icons/hicolor/256x256/apps/$PKG.png"
cp resources/icons/executrek.svg "$DEB_ROOT/usr/share/icons/hicolor/scalable/apps/$PKG.svg"
cat >"$DEB_ROOT/usr/share/doc/$PKG/copyright" <<EOF
Executrek Field: proprietary, (c) Executrek.
Bundled third-party components and their licences: /opt/$PKG/licenses/NOTICES.txt
EOF
chmod -R u+rwX,go+rX,go-w "$DEB_ROOT"
INSTALLED_KB=$(du -sk --exclude=DEBIAN "$DEB_ROOT" | cut -f1)
{
  echo "Package: $PKG"
  echo "Version: $DEB_VERSION"
  echo "Architecture: $ARCH"
  echo "Maintainer: Executrek PMO <it@executrek.example>"
  echo "Installed-Size: $INSTALLED_KB"
  echo "Depends: $DEPENDS"
  [ -n "$RECOMMENDS" ] && echo "Recommends: $RECOMMENDS"
  echo "Section: misc"
  echo "Priority: optional"
  echo "Homepage: https://executrek.example/field"
  echo "Description: site inspections, change orders and punch lists for owner's reps"
  echo " Executrek Field is the offline-first desktop app of the owner's representative:"
  echo " inspections, change orders, contractor issues and punch lists, kept in a local"
  echo " database and synced with the PMO's central database. User data in"
  echo " ~/.local/share/ExecutrekField is kept when the package is removed."
} >"$DEB_ROOT/DEBIAN/control"
DEB=$DIST/${PKG}_${DEB_VERSION}_$ARCH.deb
dpkg-deb --root-owner-group -Z"${DEB_COMPRESSION:-xz}" --build "$DEB_ROOT" "$DEB" >/dev/null
dpkg-deb --info "$DEB" | sed -n '/Depends/p;/Recommends/p'

say "self-test of the packaged bundle"
TRY=$(mktemp -d)
trap 'rm -rf "$TRY"' EXIT
tar -C "$TRY" -xzf "$TARBALL"
APP=$TRY/$PKG-$VERSION/executrek
shown=$("$APP" --version)
[ "$shown" = "Executrek Field $VERSION" ] || die "--version says '$shown', expected $VERSION"
env -u DISPLAY -u WAYLAND_DISPLAY QT_QPA_PLATFORM=offscreen \
  "$APP" self-test --result-file "$DIST/self-test-linux.json" ||
  die "self-test of the bundle failed (details: $DIST/self-test-linux.json)"

say "done"
du -sh "$BUNDLE" "$TARBALL" "$DEB" | sed 's/^/  /'
