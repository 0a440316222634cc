#!/usr/bin/env bash
# Build "Executrek Field.app" and dist/ExecutrekField-<version>-macos-<arch>.dmg, sign and
# notarise them when the secrets are present, then self-test the app inside the .dmg.
#
#   installers/macos/build.sh        # python from $PYTHON or .venv (pip install -e ".[build]")
#
# Signing and notarisation (all optional; without them the .app is ad-hoc signed and
# only runs on the machine that built it or after "Open" in the Finder's context menu):
#   MACOS_CERTIFICATE_P12      base64 of the "Developer ID Application" certificate + key (.p12)
#   MACOS_CERTIFICATE_PASSWORD password of that .p12
#   MACOS_SIGNING_IDENTITY     e.g. "Developer ID Application: Executrek Ltd (TEAMID1234)"
#   APPLE_ID, APPLE_TEAM_ID, APPLE_APP_PASSWORD  notarisation (app-specific password)
# EXECUTREK_FORBID_GPL=1 fails a bundle that contains the GPL x265 encoder.
set -euo pipefail
# shellcheck source=../build_common.sh
source "$(dirname "$0")/../build_common.sh"  # ROOT, PY, DIST, WORK, say, die
APP="$DIST/Executrek Field.app"

VERSION=$("$PY" -c "from importlib.metadata import version; print(version('executrek-field'))")
ARCH=$(uname -m)
mkdir -p "$DIST" "$WORK"

KEYCHAIN=""
cleanup() { [ -n "$KEYCHAIN" ] && security delete-keychain "$KEYCHAIN" >/dev/null 2>&1 || true; }
trap cleanup EXIT
if [ -n "${MACOS_CERTIFICATE_P12:-}" ]; then
  say "signing keychain"
  KEYCHAIN=$WORK/signing.keychain-db
  KEYCHAIN_PASSWORD=$(uuidgen)
  printf '%s' "$MACOS_CERTIFICATE_P12" | base64 --decode >"$WORK/cert.p12"
  security create-keychain -p "$KEYCHAIN_PASSWORD" "$KEYCHAIN"
  security set-keychain-settings -lut 21600 "$KEYCHAIN"
  security unlock-keychain -p "$KEYCHAIN_PASSWORD" "$KEYCHAIN"
  security import "$WORK/cert.p12" -k "$KEYCHAIN" -P "$MACOS_CERTIFICATE_PASSWORD" \
    -T /usr/bin/codesign
  rm -f "$WORK/cert.p12"
  security set-key-partition-list -S apple-tool:,apple: -s -k "$KEYCHAIN_PASSWORD" "$KEYCHAIN" >/dev/null
  security list-keychains -d user -s "$KEYCHAIN" $(security list-keychains -d user | tr -d '"')
  export EXECUTREK_CODESIGN_IDENTITY=${MACOS_SIGNING_IDENTITY:?MACOS_SIGNING_IDENTITY is needed with a certificate}
  export EXECUTREK_ENTITLEMENTS=$ROOT/installers/macos/entitlements.plist
fi
IDENTITY=${EXECUTREK_CODESIGN_IDENTITY:--}  # "-" is ad-hoc signing

say "icons"
"$PY" installers/make_icons.py "$WORK/icons" >/dev/null
export EXECUTREK_ICON_DIR=$WORK/icons

say "app bundle $VERSION ($ARCH)"
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$DIST" --workpath "$WORK" installers/executrek.spec
"$PY" installers/collect_licences.py "$APP/Contents/Resources/licenses" >/dev/null
forbid=()
[ "${EXECUTREK_FORBID_GPL:-0}" = 1 ] && forbid=(--forbid-gpl)
"$PY" installers/check_bundle.py "$APP" --json "$WORK/bundle.json" "${forbid[@]}"

say "sign the app ($IDENTITY)"
# Adding licenses/ changed the bundle after PyInstaller signed it: sign the whole .app
# again (hardened runtime and a secure timestamp are required for notarisation).
sign_args=(--force --sign "$IDENTITY")
[ "$IDENTITY" != "-" ] && sign_args+=(--options runtime --timestamp --entitlements "$ROOT/installers/macos/entitlements.plist")
codesign "${sign_args[@]}" "$APP"
codesign --verify --strict --verbose=2 "$APP"

say "dmg"
DMG=$DIST/ExecutrekField-$VERSION-macos-$ARCH.dmg
STAGE=$WORK/dmg
rm -rf "$STAGE" "$DMG"
mkdir -p "$STAGE"
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"
hdiutil create -volname "Executrek Field" -srcfolder "$STAGE" -fs HFS+ -format UDZO -ov "$DMG" >/dev/null
[ "$IDENTITY" != "-" ] && codesign --force --timestamp --sign "$IDENTITY" "$DMG"

if [ "$IDENTITY" != "-" ] && [ -n "${APPLE_ID:-}" ]; then
  say "notarise"
  xcrun notarytool submit "$DMG" --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" \
    --password "$APPLE_APP_PASSWORD" --wait --timeout 30m
  xcrun stapler staple "$DMG"
  xcrun stapler validate "$DMG"
  spctl --assess --type open --context context:primary-signature --verbose=2 "$DMG"
else
  echo "(not notarised: APPLE_ID and a signing certificate are needed)"
fi

say "self-test of the app inside the dmg"
MOUNT=$(mktemp -d)
hdiutil attach "$DMG" -nobrowse -readonly -mountpoint "$MOUNT" >/dev/null
trap 'hdiutil detach "$MOUNT" -quiet || true; cleanup' EXIT
EXE="$MOUNT/Executrek Field.app/Contents/MacOS/executrek"
shown=$("$EXE" --version)
[ "$shown" = "Executrek Field $VERSION" ] || die "--version says '$shown', expected $VERSION"
"$EXE" self-test --result-file "$DIST/self-test-macos.json" ||
  die "self-test failed (details: $DIST/self-test-macos.json)"
say "done"
du -sh "$APP" "$DMG"
