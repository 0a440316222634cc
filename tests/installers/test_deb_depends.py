"""The .deb's Depends cover every system library Qt's X11 (xcb) platform plugin and the
xcb GL integration plugins need, derived from the real PySide6 files: a user who
installs the .deb with apt never meets a missing xcb library."""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path
from types import ModuleType

import PySide6
import pytest

from executrek.app.qt_platform_check import elf_needed
from executrek.app.system_libs import LINUX_SYSTEM_LIBS

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux packaging")

ROOT = Path(__file__).resolve().parents[2]
QT = Path(PySide6.__file__).resolve().parent / "Qt"
# The C++ runtime comes with the bundle (PyInstaller collects it); glibc is a Depends of
# its own (libc6 >= 2.34).
BUNDLED_RUNTIME = {"libstdc++.so.6", "libgcc_s.so.1"}


def _load(name: str) -> ModuleType:
    sys.path.insert(0, str(ROOT / "installers"))
    try:
        spec = importlib.util.spec_from_file_location(name, ROOT / "installers" / f"{name}.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(ROOT / "installers"))


@pytest.fixture(scope="module")
def rules() -> ModuleType:
    return _load("bundle_rules")


def xcb_files(rules: ModuleType) -> list[str]:
    """The xcb plugin, the xcb GL integrations the bundle keeps, and Qt's xcb library,
    relative to PySide6's Qt folder."""
    files = [
        "plugins/platforms/libqxcb.so",
        *(
            p.relative_to(QT).as_posix()
            for p in sorted((QT / "plugins" / "xcbglintegrations").glob("*.so"))
        ),
        "lib/libQt6XcbQpa.so.6",
    ]
    present = [f for f in files if (QT / f).is_file()]
    if "plugins/platforms/libqxcb.so" not in present:
        pytest.skip("this PySide6 has no xcb plugin")
    return [f for f in present if rules.keep_binary("PySide6/Qt/" + f, "linux")]


def system_needs(rules: ModuleType, files: list[str]) -> set[str]:
    qt_own = {p.name for p in (QT / "lib").iterdir()}
    needs = {lib for f in files for lib in elf_needed(QT / f)}
    return needs - qt_own - rules.GLIBC_LIBS - BUNDLED_RUNTIME


def test_every_library_the_xcb_plugins_need_has_a_package(rules: ModuleType) -> None:
    files = xcb_files(rules)
    assert len(files) >= 3, files  # the plugin, at least one GL integration, XcbQpa
    needs = system_needs(rules, files)
    assert {"libxcb-icccm.so.4", "libxcb-keysyms.so.1", "libxcb-cursor.so.0"} <= needs
    undeclared = sorted(n for n in needs if n not in LINUX_SYSTEM_LIBS)
    assert not undeclared, f"add to app/system_libs.py LINUX_SYSTEM_LIBS: {undeclared}"
    # Declared means never bundled: the system's copy matches its X server and drivers.
    bundled = sorted(n for n in needs if rules.keep_binary(n, "linux"))
    assert not bundled, bundled
    # ... and the bundle keeps the C++ runtime those plugins need.
    assert all(rules.keep_binary(n, "linux") for n in BUNDLED_RUNTIME)


@pytest.mark.skipif(shutil.which("readelf") is None, reason="check_bundle needs readelf")
def test_the_deb_depends_computed_by_check_bundle_cover_them(
    rules: ModuleType, tmp_path: Path
) -> None:
    """The same derivation the build makes: a bundle holding the real xcb plugins gets a
    Depends entry for each system library they need, and no problem."""
    check_bundle = _load("check_bundle")
    files = xcb_files(rules)
    qt = tmp_path / "_internal" / "PySide6" / "Qt"
    for f in files:
        (qt / f).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(QT / f, qt / f)
    # What the bundle has besides: Qt's other libraries and the C++ runtime.
    for name in {p.name for p in (QT / "lib").iterdir()} | BUNDLED_RUNTIME:
        if not (qt / "lib" / name).exists():
            (qt / "lib" / name).write_bytes(b"")
    listed = check_bundle.files_of(tmp_path)
    depends, _recommends, problems = check_bundle.linux_system_needs(tmp_path, listed)
    assert problems == []
    wanted = {LINUX_SYSTEM_LIBS[n] for n in system_needs(rules, files)}
    assert wanted <= depends, sorted(wanted - depends)
    assert {"libxcb-icccm4", "libxcb-keysyms1", "libxcb-glx0"} <= depends


def test_the_readme_apt_line_installs_what_the_window_needs(rules: ModuleType) -> None:
    """README's Troubleshooting line for a system without the X11 libraries."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    line = next((ln for ln in readme.splitlines() if "sudo apt-get install libegl1" in ln), None)
    assert line is not None, "README lost its apt-get line for the window's libraries"
    listed = set(line.split("install", 1)[1].split())
    assert listed <= set(LINUX_SYSTEM_LIBS.values()), sorted(
        listed - set(LINUX_SYSTEM_LIBS.values())
    )
    wanted = {LINUX_SYSTEM_LIBS[n] for n in system_needs(rules, xcb_files(rules))}
    assert wanted <= listed, sorted(wanted - listed)
