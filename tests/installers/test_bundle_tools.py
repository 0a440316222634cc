"""The build helpers in installers/: what the bundle leaves out, the completeness check,
the icon files and the licence notices."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest
from PIL import Image

ROOT = Path(__file__).resolve().parents[2]


def _load(name: str) -> ModuleType:
    sys.path.insert(0, str(ROOT / "installers"))
    try:
        spec = importlib.util.spec_from_file_location(name, ROOT / "installers" / f"{name}.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module  # dataclasses resolve annotations through it
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(ROOT / "installers"))


@pytest.fixture(scope="module")
def rules() -> ModuleType:
    return _load("bundle_rules")


@pytest.mark.parametrize(
    ("dest", "platform", "kept"),
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "linux", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", "linux", True),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", "linux", False),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", "linux", False),
        ("PySide6/Qt/lib/libQt6Quick.so.6", "linux", False),
        ("PySide6/Qt/translations/qtbase_de.qm", "linux", True),
        ("PySide6/Qt/translations/qtdeclarative_de.qm", "linux", False),
        ("libX11.so.6", "linux", False),  # the desktop's own, declared in the .deb
        ("libxcb-cursor.so.0", "linux", False),
        ("libXau-154567c4.so.6.0.0", "linux", True),  # a wheel's private copy
        ("pillow.libs/libbrotlidec-7e5462ba.so.1.2.0", "linux", True),
        ("libX11.so.6", "darwin", True),
        ("PySide6\\plugins\\platforms\\qwindows.dll", "win32", True),
        ("PySide6\\Qt6Qml.dll", "win32", False),
        ("executrek/resources/fonts/DejaVuSans.ttf", "linux", True),
        ("executrek/resources/translations/executrek_de.qm", "linux", True),
        ("PySide6/Qt/lib/libQt6Network.so.6", "linux", True),  # QNetworkInformation
        ("PySide6/Qt/plugins/networkinformation/libqglib.so", "linux", True),
        ("PySide6/Qt/lib/libQt6NetworkAuth.so.6", "linux", False),
    ],
)
def test_what_the_bundle_keeps(rules: ModuleType, dest: str, platform: str, kept: bool) -> None:
    assert rules.keep_binary(dest, platform) is kept


def test_an_incomplete_bundle_fails_the_check(tmp_path: Path) -> None:
    check_bundle = _load("check_bundle")
    (tmp_path / "_internal" / "PySide6" / "Qt6Quick.dll").parent.mkdir(parents=True)
    (tmp_path / "_internal" / "PySide6" / "Qt6Quick.dll").write_bytes(b"MZ")
    (tmp_path / "_internal" / "libx265-1234.so.217").write_bytes(b"\x7fELF")
    found = check_bundle.check(tmp_path, forbid_gpl=True, platform="win32")
    problems = "\n".join(found.problems)
    assert "missing run-time file executrek/models/migrations/env.py" in problems
    assert "missing run-time file executrek/models/migrations/versions/0001_initial.py" in problems
    assert "missing run-time file executrek/resources/fonts/DejaVuSans.ttf" in problems
    assert "missing the executrek-field package metadata" in problems
    assert "missing Qt platform plugin qoffscreen" in problems
    assert "missing Qt platform plugin qwindows" in problems
    assert "excluded Qt part bundled: _internal/PySide6/Qt6Quick.dll" in problems
    assert "GPL x265 encoder bundled" in problems
    assert found.gpl_components == ["_internal/libx265-1234.so.217"]


def test_icons_are_rendered_from_the_svg(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, str(ROOT / "installers" / "make_icons.py"), str(tmp_path)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    with Image.open(tmp_path / "executrek.png") as png:
        assert png.size == (256, 256)
        assert png.mode == "RGBA"
        assert png.getpixel((0, 0))[3] == 0  # transparent outside the rounded square
        assert png.getpixel((128, 20))[:3] == (0x1F, 0x3A, 0x5F)  # the brand blue
    with Image.open(tmp_path / "executrek.ico") as ico:
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(ico.info["sizes"])
    with Image.open(tmp_path / "executrek.icns") as icns:
        assert icns.size == (1024, 1024)


def test_licence_notices_cover_the_lgpl_components(tmp_path: Path) -> None:
    collect_licences = _load("collect_licences")
    collect_licences.collect(tmp_path)
    notices = (tmp_path / "NOTICES.txt").read_text(encoding="utf-8")
    for line in ("PySide6_Essentials", "shiboken6", "psycopg-binary", "pillow_heif", "SQLAlchemy"):
        assert line in notices
    assert "LGPL-3.0" in notices and "on request for three years" in notices
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in (tmp_path / "LGPL-3.0.txt").read_text()
    assert any(p.name == "LICENSES_bundled.txt" for p in tmp_path.rglob("*"))
