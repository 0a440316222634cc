"""The start-up check of Qt's X11 (xcb) plugin: instead of Qt's SIGABRT with a misleading
"xcb-cursor0 is needed", one line names the missing libraries and the packages."""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from executrek.app import qt_platform_check as check
from executrek.app.cli import main

LINUX = sys.platform.startswith("linux")


def make_elf(path: Path, needed: list[str], *, wide: bool = True, little: bool = True) -> Path:
    """A minimal ELF shared object: a null section, .dynstr and .dynamic."""
    order = "<" if little else ">"
    strings = b"\0"
    offsets = []
    for name in needed:
        offsets.append(len(strings))
        strings += name.encode() + b"\0"
    entry = order + ("qQ" if wide else "iI")
    dynamic = b"".join(struct.pack(entry, 1, off) for off in offsets)
    dynamic += struct.pack(entry, 5, 0) + struct.pack(entry, 0, 0)  # DT_STRTAB, DT_NULL
    head_size = 64 if wide else 52
    section = order + ("IIQQQQIIQQ" if wide else "IIIIIIIIII")
    shentsize = struct.calcsize(section)
    shoff = head_size + len(strings) + len(dynamic)
    ident = b"\x7fELF" + bytes([2 if wide else 1, 1 if little else 2, 1]) + bytes(9)
    header_format = order + ("HHIQQQIHHHHHH" if wide else "HHIIIIIHHHHHH")
    header = struct.pack(header_format, 3, 62, 1, 0, 0, shoff, 0, head_size, 0, 0, shentsize, 3, 0)
    sections = [
        struct.pack(section, *([0] * 10)),
        struct.pack(section, 0, 3, 0, 0, head_size, len(strings), 0, 0, 1, 0),
        struct.pack(
            section, 0, 6, 0, 0, head_size + len(strings), len(dynamic), 1, 0, 8, len(dynamic)
        ),
    ]
    path.write_bytes(ident + header + strings + dynamic + b"".join(sections))
    return path


@pytest.mark.parametrize(("wide", "little"), [(True, True), (False, True), (True, False)])
def test_needed_entries_are_read_from_the_dynamic_section(
    tmp_path: Path, wide: bool, little: bool
) -> None:
    lib = make_elf(tmp_path / "libx.so", ["libxcb.so.1", "libc.so.6"], wide=wide, little=little)
    assert check.elf_needed(lib) == ["libxcb.so.1", "libc.so.6"]


def test_a_file_that_is_not_elf_is_refused(tmp_path: Path) -> None:
    (tmp_path / "x.so").write_text("not a library")
    with pytest.raises(ValueError, match="not an ELF file"):
        check.elf_needed(tmp_path / "x.so")


@pytest.mark.skipif(not LINUX or shutil.which("readelf") is None, reason="needs readelf")
def test_needed_entries_of_the_real_plugin_match_readelf() -> None:
    plugin = real_plugin()
    out = subprocess.run(
        ["readelf", "-d", str(plugin)], capture_output=True, text=True, check=True
    ).stdout
    listed = [line.split("[", 1)[1].rstrip("]") for line in out.splitlines() if "(NEEDED)" in line]
    assert listed and check.elf_needed(plugin) == listed


@pytest.mark.parametrize(
    ("env", "platform", "xcb"),
    [
        ({"DISPLAY": ":0"}, "linux", True),
        ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "xcb"}, "linux", True),
        ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "xcb:nomitshm;offscreen"}, "linux", True),
        ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}, "linux", False),
        ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "wayland"}, "linux", False),
        ({"QT_QPA_PLATFORM": "xcb"}, "linux", False),  # no X display: Qt's own message
        ({}, "linux", False),
        ({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"}, "linux", False),
        ({"DISPLAY": ":0", "XDG_SESSION_TYPE": "wayland"}, "linux", False),
        ({"DISPLAY": ":0", "WAYLAND_DISPLAY": "w-0", "XDG_SESSION_TYPE": "x11"}, "linux", True),
        ({"DISPLAY": ":0", "WAYLAND_DISPLAY": "w-0", "QT_QPA_PLATFORM": "xcb"}, "linux", True),
        ({"DISPLAY": ":0"}, "darwin", False),
        ({"DISPLAY": ":0"}, "win32", False),
    ],
)
def test_when_qt_will_use_xcb(env: dict[str, str], platform: str, xcb: bool) -> None:
    assert check.will_use_xcb(env, platform) is xcb


def test_missing_libraries_follow_qt_own_libraries(tmp_path: Path) -> None:
    qt_lib = tmp_path / "Qt" / "lib"
    qt_lib.mkdir(parents=True)
    (qt_lib / "libQt6XcbQpa.so.6").touch()
    graph = {
        "libqxcb.so": ["libQt6XcbQpa.so.6", "libxcb-icccm.so.4", "libxcb.so.1"],
        "libQt6XcbQpa.so.6": ["libxcb-icccm.so.4", "libxcb-keysyms.so.1", "libxkbcommon-x11.so.0"],
    }
    asked: list[str] = []

    def misses(soname: str) -> list[str]:
        asked.append(soname)
        # libxkbcommon-x11 is installed, but the loader cannot find what it needs.
        return {
            "libxcb-icccm.so.4": ["libxcb-icccm.so.4"],
            "libxcb-keysyms.so.1": ["libxcb-keysyms.so.1"],
            "libxkbcommon-x11.so.0": ["libxcb-xkb.so.1"],
        }.get(soname, [])

    found = check.missing_libraries(
        Path("libqxcb.so"), [qt_lib], needed_of=lambda p: graph[p.name], misses=misses
    )
    assert found == ["libxcb-icccm.so.4", "libxcb-keysyms.so.1", "libxcb-xkb.so.1"]
    assert asked.count("libxcb-icccm.so.4") == 1
    assert "libQt6XcbQpa.so.6" not in asked  # Qt's own library is read, not loaded


def test_the_line_names_libraries_packages_and_the_headless_way() -> None:
    line = check.problem_line(
        ["libxcb-icccm.so.4", "libxcb-keysyms.so.1", "libxcb-util.so.1"], apt=True
    )
    assert "\n" not in line
    assert "libxcb-icccm.so.4, libxcb-keysyms.so.1, libxcb-util.so.1" in line
    assert "sudo apt-get install libxcb-icccm4 libxcb-keysyms1 libxcb-util1" in line
    assert "QT_QPA_PLATFORM=offscreen" in line
    assert "xcb-cursor0" not in line


def test_a_library_without_a_known_package_is_still_named() -> None:
    line = check.problem_line(["libxcb-keysyms.so.1", "libfoo.so.3"], apt=True)
    assert (
        "sudo apt-get install libxcb-keysyms1 (and the packages that provide libfoo.so.3)" in line
    )
    only = check.problem_line(["libfoo.so.3"], apt=True)
    assert "apt-get" not in only and "libfoo.so.3" in only and "install the packages" in only


def test_without_apt_get_the_line_names_no_debian_packages() -> None:
    line = check.problem_line(["libxcb-icccm.so.4"], apt=False)
    assert "libxcb-icccm.so.4" in line and "install the packages that provide them" in line
    assert "apt-get" not in line and "libxcb-icccm4" not in line
    assert "QT_QPA_PLATFORM=offscreen" in line


def test_packages_are_listed_once_in_the_order_needed() -> None:
    packages, unknown = check.install_packages(
        ["libglib-2.0.so.0", "libgthread-2.0.so.0", "libX11.so.6", "libbar.so.1"]
    )
    assert packages == ["libglib2.0-0", "libx11-6"]
    assert unknown == ["libbar.so.1"]


def fake_folders(tmp_path: Path) -> tuple[list[Path], list[Path]]:
    platforms = tmp_path / "Qt" / "plugins" / "platforms"
    platforms.mkdir(parents=True)
    make_elf(platforms / check.PLUGIN_FILE, ["libxcb-keysyms.so.1"])
    return [tmp_path / "elsewhere", platforms], [tmp_path / "Qt" / "lib"]


def debian(monkeypatch: pytest.MonkeyPatch) -> None:
    """As on Debian/Ubuntu: apt-get is there."""
    real_which = shutil.which
    monkeypatch.setattr(
        shutil, "which", lambda name: "/usr/bin/apt-get" if name == "apt-get" else real_which(name)
    )


def test_the_check_reports_missing_libraries_of_the_plugin_it_finds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    debian(monkeypatch)
    folders = fake_folders(tmp_path)
    seen: list[tuple[Path, list[Path]]] = []

    def find_missing(plugin: Path, lib_dirs: list[Path]) -> list[str]:
        seen.append((plugin, list(lib_dirs)))
        return check.missing_libraries(plugin, lib_dirs, misses=lambda name: [name])

    line = check.xcb_problem(
        {"DISPLAY": ":1"}, "linux", folders=lambda env: folders, find_missing=find_missing
    )
    assert line is not None and "libxcb-keysyms.so.1" in line and "libxcb-keysyms1" in line
    plugin = tmp_path / "Qt" / "plugins" / "platforms" / check.PLUGIN_FILE
    assert seen == [(plugin, [tmp_path / "Qt" / "lib", tmp_path / "Qt" / "lib"])]


def test_the_check_stays_out_of_the_way(tmp_path: Path) -> None:
    folders = fake_folders(tmp_path)
    nothing_missing = check.xcb_problem(
        {"DISPLAY": ":1"}, "linux", folders=lambda env: folders, find_missing=lambda p, d: []
    )
    assert nothing_missing is None
    not_xcb = check.xcb_problem(
        {"DISPLAY": ":1", "QT_QPA_PLATFORM": "offscreen"},
        "linux",
        folders=lambda env: folders,
        find_missing=lambda p, d: ["libxcb-keysyms.so.1"],
    )
    assert not_xcb is None
    no_plugin = check.xcb_problem(
        {"DISPLAY": ":1"},
        "linux",
        folders=lambda env: ([tmp_path / "none"], []),
        find_missing=lambda p, d: ["libxcb-keysyms.so.1"],
    )
    assert no_plugin is None

    def unreadable(plugin: Path, lib_dirs: list[Path]) -> list[str]:
        raise ValueError("no section headers")

    assert (
        check.xcb_problem(
            {"DISPLAY": ":1"}, "linux", folders=lambda e: folders, find_missing=unreadable
        )
        is None
    )


def test_the_loader_names_the_library_it_cannot_find() -> None:
    assert check.loader_misses("libexecutrek-surely-absent.so.9") == [
        "libexecutrek-surely-absent.so.9"
    ]
    if LINUX:
        assert check.loader_misses("libc.so.6") == []


def real_plugin() -> Path:
    plugin_dirs, _ = check.qt_folders({})
    plugin = next(
        (d / check.PLUGIN_FILE for d in plugin_dirs if (d / check.PLUGIN_FILE).is_file()), None
    )
    if plugin is None:
        pytest.skip("PySide6 has no xcb plugin here")
    return plugin


def ldd_not_found(plugin: Path) -> list[str]:
    out = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True, check=True).stdout
    return [line.split("=>")[0].strip() for line in out.splitlines() if "=> not found" in line]


@pytest.mark.skipif(not LINUX or shutil.which("ldd") is None, reason="needs Linux and ldd")
def test_on_this_machine_the_check_agrees_with_ldd() -> None:
    plugin = real_plugin()
    _, lib_dirs = check.qt_folders({})
    found = check.missing_libraries(plugin, [*lib_dirs, plugin.parents[2] / "lib"])
    assert len(found) == len(set(found))
    assert set(found) == set(ldd_not_found(plugin))
    line = check.xcb_problem({"DISPLAY": ":0"}, "linux")
    if found:
        assert line is not None and all(name in line for name in found)
    else:
        assert line is None


def test_gui_command_refuses_with_one_line_before_qt(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from executrek.ui import launch

    for name in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY", "XDG_SESSION_TYPE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("DISPLAY", ":0")
    debian(monkeypatch)
    folders = fake_folders(tmp_path)
    real = check.xcb_problem
    monkeypatch.setattr(
        check,
        "xcb_problem",
        lambda: real(
            platform="linux",
            folders=lambda env: folders,
            find_missing=lambda p, d: ["libxcb-icccm.so.4"],
        ),
    )
    monkeypatch.setattr(launch, "run_gui", lambda *a, **k: pytest.fail("the GUI was started"))
    assert main(["gui", "--data-dir", str(tmp_path / "d")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.startswith("executrek: the window cannot open")
    assert "sudo apt-get install libxcb-icccm4" in err


def test_gui_command_starts_when_nothing_is_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    from executrek.ui import launch

    monkeypatch.setattr(check, "xcb_problem", lambda: None)
    monkeypatch.setattr(launch, "run_gui", lambda data_dir, verbose=False: 7)
    assert main(["gui"]) == 7


@pytest.mark.skipif(not LINUX or shutil.which("ldd") is None, reason="needs Linux and ldd")
def test_without_the_xcb_libraries_the_app_exits_1_instead_of_aborting(tmp_path: Path) -> None:
    if not ldd_not_found(real_plugin()):
        pytest.skip("every xcb library is installed here")
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    env.update(DISPLAY=":0", XDG_SESSION_TYPE="x11")
    done = subprocess.run(
        [sys.executable, "-m", "executrek.app.cli", "--data-dir", str(tmp_path / "d")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 1, done.stderr
    assert done.stderr.count("\n") == 1 and "QT_QPA_PLATFORM=offscreen" in done.stderr
