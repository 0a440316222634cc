"""Before the QApplication exists: can Qt's X11 (xcb) platform plugin load?

Without one of the xcb libraries Qt aborts the whole process (SIGABRT) and blames
``libxcb-cursor0`` whatever is really missing. On Linux, when Qt is going to use xcb, this
module reads the plugin's ELF dependencies (``DT_NEEDED``; and those of Qt's own
libraries it pulls in), asks the dynamic loader for each system library, and returns one
line naming the missing libraries and the ``apt-get`` command that installs them
(package names from ``executrek.app.system_libs``, which the ``.deb`` uses too).

Whatever it cannot determine (no plugin found, an unreadable file) lets the start go on:
Qt has the last word. No ``ldd`` or ``readelf`` is needed.
"""

from __future__ import annotations

import ctypes
import os
import re
import shutil
import struct
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path

from executrek.app.i18n import translate
from executrek.app.system_libs import LINUX_RECOMMENDED_LIBS, LINUX_SYSTEM_LIBS

PLUGIN_FILE = "libqxcb.so"
OFFSCREEN_HINT = "QT_QPA_PLATFORM=offscreen"

_DT_NEEDED = 1
_SHT_DYNAMIC = 6
# The loader names the file it could not find, which may be a dependency of the one asked.
_NOT_FOUND = re.compile(r"^(?:.*/)?([^/:\s]+): cannot open shared object file")


def elf_needed(path: Path) -> list[str]:
    """The ``DT_NEEDED`` entries (sonames) of an ELF shared object, in link order.
    Raises ``ValueError`` for a file that is not ELF or has no section headers, and
    ``OSError`` when it cannot be read."""
    with path.open("rb") as f:
        ident = f.read(16)
        if len(ident) < 16 or ident[:4] != b"\x7fELF" or ident[4] not in (1, 2):
            raise ValueError(f"{path} is not an ELF file")
        wide = ident[4] == 2
        order = "<" if ident[5] == 1 else ">"
        header = f.read(48 if wide else 36)
        fields = struct.unpack(order + ("HHIQQQIHHHHHH" if wide else "HHIIIIIHHHHHH"), header)
        shoff, shentsize, shnum = fields[5], fields[10], fields[11]
        if not shoff or not shnum:
            raise ValueError(f"{path} has no section headers")
        section = struct.Struct(order + ("IIQQQQIIQQ" if wide else "IIIIIIIIII"))
        sections = []
        for index in range(shnum):
            f.seek(shoff + index * shentsize)
            sections.append(section.unpack(f.read(section.size)))
        dynamic = next((s for s in sections if s[1] == _SHT_DYNAMIC), None)
        if dynamic is None:
            return []  # statically linked
        strtab = sections[dynamic[6]]
        f.seek(strtab[4])
        strings = f.read(strtab[5])
        f.seek(dynamic[4])
        raw = f.read(dynamic[5])
    entry = struct.Struct(order + ("qQ" if wide else "iI"))
    needed = []
    for offset in range(0, len(raw) - entry.size + 1, entry.size):
        tag, value = entry.unpack_from(raw, offset)
        if tag == 0:  # DT_NULL ends the table
            break
        if tag == _DT_NEEDED:
            needed.append(strings[value : strings.index(b"\0", value)].decode("utf-8", "replace"))
    return needed


def loader_misses(soname: str) -> list[str]:
    """Ask the dynamic loader for ``soname`` (it honours ``LD_LIBRARY_PATH`` and the
    ldconfig cache, like Qt's own load will): [] when it loads, else the library the
    loader could not find (``soname`` itself or one of its dependencies)."""
    try:
        ctypes.CDLL(soname)
    except OSError as exc:
        found = _NOT_FOUND.match(str(exc))
        return [found.group(1) if found else soname]
    return []


def will_use_xcb(environ: Mapping[str, str], platform: str = sys.platform) -> bool:
    """True when the QApplication about to be created will load the xcb plugin: on Linux
    with an X display, and ``QT_QPA_PLATFORM`` asking for xcb or (unset) outside a
    Wayland session (there Qt tries its Wayland plugin first and only falls back)."""
    if not platform.startswith("linux") or not environ.get("DISPLAY"):
        return False
    requested = environ.get("QT_QPA_PLATFORM", "").strip()
    if requested:
        return requested.split(";")[0].split(":")[0].strip() == "xcb"
    session = environ.get("XDG_SESSION_TYPE", "")
    return session != "wayland" and not (environ.get("WAYLAND_DISPLAY") and session != "x11")


def missing_libraries(
    plugin: Path,
    local_dirs: Sequence[Path],
    *,
    needed_of: Callable[[Path], list[str]] = elf_needed,
    misses: Callable[[str], list[str]] = loader_misses,
) -> list[str]:
    """The libraries ``plugin`` needs that cannot be loaded, in the order first needed.
    A needed library found in one of ``local_dirs`` (Qt's own ``lib`` folder, the bundle)
    is followed into its own needs; any other is asked of the loader."""
    missing: list[str] = []
    seen: set[str] = set()
    queue = [plugin]
    while queue:
        for name in needed_of(queue.pop(0)):
            if name in seen:
                continue
            seen.add(name)
            local = next((d / name for d in local_dirs if (d / name).is_file()), None)
            if local is not None:
                queue.append(local)
                continue
            missing += [m for m in misses(name) if m not in missing]
    return missing


def install_packages(
    missing: Iterable[str], table: Mapping[str, str] | None = None
) -> tuple[list[str], list[str]]:
    """(Debian packages that provide the known ``missing`` libraries, the unknown ones)."""
    if table is None:
        table = {**LINUX_SYSTEM_LIBS, **LINUX_RECOMMENDED_LIBS}
    packages: list[str] = []
    unknown: list[str] = []
    for soname in missing:
        package = table.get(soname)
        if package is None:
            unknown.append(soname)
        elif package not in packages:
            packages.append(package)
    return packages, unknown


def problem_line(missing: Sequence[str], *, apt: bool | None = None) -> str:
    """One line for the terminal: what is missing, how to install it (the ``apt-get``
    command where there is one), the headless way."""
    if apt is None:
        apt = shutil.which("apt-get") is not None
    packages, unknown = install_packages(missing) if apt else ([], list(missing))
    if packages and unknown:
        fix = translate(
            "PlatformCheck",
            "install them with: sudo apt-get install {packages} (and the packages that "
            "provide {unknown})",
        )
    elif packages:
        fix = translate("PlatformCheck", "install them with: sudo apt-get install {packages}")
    else:
        fix = translate("PlatformCheck", "install the packages that provide them")
    template = translate(
        "PlatformCheck",
        "the window cannot open: Qt's X11 (xcb) platform plugin needs {libraries}, which "
        "cannot be loaded; {fix}; or run headless with {offscreen}",
    )
    return template.format(
        libraries=", ".join(missing),
        fix=fix.format(packages=" ".join(packages), unknown=", ".join(unknown)),
        offscreen=OFFSCREEN_HINT,
    )


def qt_folders(environ: Mapping[str, str]) -> tuple[list[Path], list[Path]]:
    """(folders that may hold the ``platforms`` plugins, Qt's own library folders)."""
    from PySide6.QtCore import QLibraryInfo

    plugin_dirs = [Path(p) for p in environ.get("QT_QPA_PLATFORM_PLUGIN_PATH", "").split(":") if p]
    plugin_roots = [p for p in environ.get("QT_PLUGIN_PATH", "").split(":") if p]
    plugin_roots.append(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    plugin_dirs += [Path(p) / "platforms" for p in plugin_roots]
    lib_dirs = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.LibrariesPath))]
    bundle = getattr(sys, "_MEIPASS", None)  # a PyInstaller bundle's library folder
    if bundle:
        lib_dirs.append(Path(bundle))
    return plugin_dirs, lib_dirs


def xcb_problem(
    environ: Mapping[str, str] | None = None,
    platform: str = sys.platform,
    *,
    folders: Callable[[Mapping[str, str]], tuple[list[Path], list[Path]]] = qt_folders,
    find_missing: Callable[[Path, Sequence[Path]], list[str]] = missing_libraries,
) -> str | None:
    """None when the start may go on; otherwise the one line that says why the window
    cannot open and what to install."""
    env = os.environ if environ is None else environ
    if not will_use_xcb(env, platform):
        return None
    try:
        plugin_dirs, lib_dirs = folders(env)
        plugin = next((d / PLUGIN_FILE for d in plugin_dirs if (d / PLUGIN_FILE).is_file()), None)
        if plugin is None:
            return None
        # Qt's own libraries sit next to the plugins (…/Qt/plugins/platforms → …/Qt/lib).
        missing = find_missing(plugin, [*lib_dirs, plugin.parent.parent.parent / "lib"])
    except (OSError, ValueError, struct.error, IndexError):
        return None  # cannot tell: Qt decides
    return problem_line(missing) if missing else None
