"""End to end: ``installers/linux/build.sh`` builds the bundle, the .deb and the .tar.gz,
and the unpacked bundle passes its own self-test. Runs in CI so the packaging never
rots; skipped locally when PyInstaller is not installed (``pip install -e ".[build]"``)."""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tarfile
from importlib.metadata import version
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BUILD = ROOT / "installers" / "linux" / "build.sh"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.timeout(1200),
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux packaging"),
]


def _require_tools() -> None:
    missing = [
        name
        for name, present in (
            ("PyInstaller", importlib.util.find_spec("PyInstaller") is not None),
            ("dpkg-deb", shutil.which("dpkg-deb") is not None),
            ("readelf", shutil.which("readelf") is not None),
        )
        if not present
    ]
    if missing:
        message = f"packaging tools missing: {', '.join(missing)}"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    _require_tools()
    out = tmp_path_factory.mktemp("installers")
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.update(
        PYTHON=sys.executable,
        DIST=str(out / "dist"),
        WORK=str(out / "work"),
        DEB_COMPRESSION="zstd",  # xz for releases; zstd keeps this test quick
        HOME=str(out / "home"),
        EXECUTREK_DATA_DIR="",
    )
    proc = subprocess.run(
        ["bash", str(BUILD)], capture_output=True, text=True, env=env, timeout=1100, check=False
    )
    (out / "build.log").write_text(proc.stdout + proc.stderr, encoding="utf-8")
    assert proc.returncode == 0, (proc.stdout + proc.stderr)[-4000:]
    return out / "dist"


def test_bundle_passes_its_self_test(built: Path) -> None:
    outcome = json.loads((built / "self-test-linux.json").read_text(encoding="utf-8"))
    assert outcome["ok"] is True, outcome["reason"]
    assert outcome["frozen"] is True
    assert outcome["version"] == version("executrek-field")
    assert [s["name"] for s in outcome["steps"]][-1] == "main window"


def test_deb_declares_the_qt_system_libraries_and_installs_files(built: Path) -> None:
    (deb,) = built.glob("executrek-field_*.deb")
    fields = subprocess.run(
        ["dpkg-deb", "--field", str(deb), "Package", "Version", "Depends"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "Package: executrek-field" in fields
    assert f"Version: {version('executrek-field')}" in fields
    for dependency in ("libc6 (>= 2.34)", "libxcb-cursor0", "libxkbcommon-x11-0", "libegl1"):
        assert dependency in fields
    contents = subprocess.run(
        ["dpkg-deb", "--contents", str(deb)], capture_output=True, text=True, check=True
    ).stdout
    for path in (
        "./usr/bin/executrek -> /opt/executrek-field/executrek",
        "./usr/share/applications/executrek-field.desktop",
        "./usr/share/icons/hicolor/256x256/apps/executrek-field.png",
        "./opt/executrek-field/licenses/NOTICES.txt",
        "./opt/executrek-field/_internal/executrek/models/migrations/versions/0001_initial.py",
        "./opt/executrek-field/_internal/executrek/resources/fonts/DejaVuSans.ttf",
        "/platforms/libqoffscreen.so",
        "/platforms/libqxcb.so",
    ):
        assert path in contents, path
    assert "QtQuick" not in contents and "libQt6Qml" not in contents


def test_tarball_holds_the_whole_bundle(built: Path) -> None:
    (tarball,) = built.glob("executrek-field-*-linux-*.tar.gz")
    with tarfile.open(tarball) as tar:
        names = tar.getnames()
        members = {m.name: m for m in tar.getmembers()}
    top = f"executrek-field-{version('executrek-field')}"
    assert members[f"{top}/executrek"].mode & 0o111
    assert f"{top}/executrek-field.desktop" in names
    assert f"{top}/_internal/executrek/sync/migrations/script.py.mako" in names
    assert all(m.uid == 0 and m.gid == 0 for m in members.values())


def test_bundle_check_finds_nothing_missing(built: Path) -> None:
    findings = json.loads((built.parent / "work" / "bundle.json").read_text(encoding="utf-8"))
    assert findings["problems"] == []
    assert "libxcb1" in findings["deb_depends"]
