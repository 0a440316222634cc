"""Find the files to import among the files and folders a user picked.

Folders are walked depth-first in name order, a folder's files before its subfolders. Hidden entries (dot names, Windows
hidden/system attributes), OS clutter (Thumbs.db, .DS_Store, desktop.ini, AppleDouble
``._*`` files) and system folders ($RECYCLE.BIN, __MACOSX…) are skipped. Symbolic links
to folders are followed once: each real folder is visited at most once, so link loops
end. Non-regular files (pipes, devices) are never listed from a folder walk.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

JUNK_FILE_NAMES = frozenset(
    {"thumbs.db", "ehthumbs.db", "ehthumbs_vista.db", "desktop.ini", ".ds_store", "icon\r",
     ".localized", "zbthumbnail.info", "picasa.ini", ".picasa.ini"}
)  # fmt: skip
JUNK_FOLDER_NAMES = frozenset(
    {"$recycle.bin", "system volume information", "__macosx", "@eadir", ".trashes",
     ".spotlight-v100", ".fseventsd", ".thumbnails", "recycler"}
)  # fmt: skip
_HIDDEN_OR_SYSTEM = getattr(stat, "FILE_ATTRIBUTE_HIDDEN", 2) | getattr(
    stat, "FILE_ATTRIBUTE_SYSTEM", 4
)


@dataclass(frozen=True)
class Discovered:
    files: tuple[Path, ...]
    skipped: int  # hidden, system or clutter entries left out (folders count once)


def is_junk_name(name: str) -> bool:
    lowered = name.lower()
    return lowered in JUNK_FILE_NAMES or lowered.startswith("._")


def _is_hidden(name: str, info: os.stat_result) -> bool:
    if name.startswith("."):
        return True
    attributes = getattr(info, "st_file_attributes", 0)  # Windows only
    return bool(attributes & _HIDDEN_OR_SYSTEM)


def _identity(info: os.stat_result) -> tuple[int, int]:
    return info.st_dev, info.st_ino


class _Walk:
    def __init__(self, recursive: bool) -> None:
        self.recursive = recursive
        self.files: list[Path] = []
        self.skipped = 0
        self.visited: set[tuple[int, int]] = set()

    def folder(self, root: Path, root_info: os.stat_result) -> None:
        stack: list[tuple[Path, os.stat_result]] = [(root, root_info)]
        while stack:
            folder, info = stack.pop()
            if _identity(info) in self.visited:
                continue
            self.visited.add(_identity(info))
            subfolders = self._scan(folder)
            stack.extend(reversed(subfolders))

    def _scan(self, folder: Path) -> list[tuple[Path, os.stat_result]]:
        try:
            with os.scandir(folder) as scan:
                entries = sorted(scan, key=lambda e: (e.name.lower(), e.name))
        except OSError:
            self.skipped += 1
            return []
        subfolders: list[tuple[Path, os.stat_result]] = []
        for entry in entries:
            try:
                info = entry.stat(follow_symlinks=True)
            except OSError:  # broken link, vanished file, no permission
                self.skipped += 1
                continue
            if _is_hidden(entry.name, info) or is_junk_name(entry.name):
                self.skipped += 1
            elif stat.S_ISDIR(info.st_mode):
                if entry.name.lower() in JUNK_FOLDER_NAMES:
                    self.skipped += 1
                elif self.recursive:
                    subfolders.append((Path(entry.path), info))
            elif stat.S_ISREG(info.st_mode):
                self.files.append(Path(entry.path))
            else:
                self.skipped += 1
        return subfolders


def discover(paths: Iterable[Path], *, recursive: bool = True) -> Discovered:
    """Files to import, in a stable order.

    A path given explicitly is kept even when hidden (the user chose it), unless it is OS
    clutter; a path that does not exist is kept too, so the importer reports it.
    """
    walk = _Walk(recursive)
    for raw in paths:
        path = Path(raw)
        try:
            info = path.stat()
        except OSError:
            walk.files.append(path)
            continue
        if stat.S_ISDIR(info.st_mode):
            walk.folder(path, info)
        elif is_junk_name(path.name):
            walk.skipped += 1
        else:
            walk.files.append(path)
    return Discovered(files=tuple(walk.files), skipped=walk.skipped)
