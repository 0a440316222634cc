"""Write files so that a crash or power cut leaves either the old or the new file."""

from __future__ import annotations

import contextlib
import functools
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO


@functools.cache
def _umask() -> int:
    """The process umask, read without changing it where the OS allows (changing it, even
    for an instant, would race with files other threads create)."""
    with contextlib.suppress(OSError, ValueError):
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _usual_mode(fd: int) -> None:
    """mkstemp makes 0600 files; a document the user saves gets the mode any new file of
    theirs would get (0644 under the usual umask), so colleagues can open it."""
    if os.name == "posix":
        os.fchmod(fd, 0o666 & ~_umask())


@contextlib.contextmanager
def atomic_write(
    path: Path, mode: str = "wb", *, sync_folder: bool = True, fsync: bool = True
) -> Iterator[IO[bytes]]:
    """Open a temp file beside ``path``; on success fsync and rename it over ``path``.
    ``sync_folder=False`` leaves the rename itself to the OS, ``fsync=False`` the file's
    bytes too (a cache file whose loss only costs making it again)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        _usual_mode(fd)
        with os.fdopen(fd, mode) as fh:
            yield fh
            if fsync:
                fh.flush()
                os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    if sync_folder:
        sync_directory(path.parent)


def sync_directory(directory: Path) -> None:
    """Make a rename durable (POSIX; Windows has no directory handles)."""
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_bytes(path: Path, data: bytes, *, sync_folder: bool = True) -> None:
    with atomic_write(path, sync_folder=sync_folder) as fh:
        fh.write(data)


def write_text(path: Path, text: str) -> None:
    write_bytes(path, text.encode("utf-8"))


@contextlib.contextmanager
def atomic_path(path: Path, *, make_parents: bool = False) -> Iterator[Path]:
    """Yield a temporary path beside ``path`` for a writer that wants a file name
    (reportlab, openpyxl, zipfile); it replaces ``path`` only if the block succeeds.
    A user-chosen folder that does not exist is an error, not silently created."""
    if make_parents:
        path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(
        prefix=f".{path.stem}.", suffix=path.suffix + ".part", dir=path.parent
    )
    try:
        _usual_mode(fd)
    finally:
        os.close(fd)
    temp = Path(tmp)
    try:
        yield temp
        with temp.open("rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(temp, path)
        sync_directory(path.parent)
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
