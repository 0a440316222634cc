"""A real, small disk for disk-full tests: a tmpfs mounted for the test (needs root).

Where mounting is impossible the test is skipped with the reason, except in CI
(``CI=true``), where it fails: the disk-full behaviour must be proven there.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


def console_script(name: str = "executrek") -> Path:
    """The installed console script beside the interpreter running the tests."""
    script = Path(sys.executable).with_name(name)
    assert script.exists(), f"console script {script} is not installed"
    return script


def _mount(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["mount", *args], capture_output=True, text=True, check=False)


@contextmanager
def small_disk(where: Path, size: str) -> Iterator[Path]:
    """Mount a tmpfs of ``size`` (``"4m"``) at ``where`` for the block; always unmounted."""
    where.mkdir(parents=True, exist_ok=True)
    try:
        mounted = _mount("-t", "tmpfs", "-o", f"size={size},mode=0755", "tmpfs", str(where))
    except OSError as exc:  # no mount command at all
        mounted = subprocess.CompletedProcess(["mount"], 1, "", str(exc))
    if mounted.returncode != 0:
        reason = (
            "a real disk-full test needs a small tmpfs, and mounting one failed "
            f"({mounted.stderr.strip() or 'mount exited ' + str(mounted.returncode)}); run as root"
        )
        if os.environ.get("CI") == "true":
            pytest.fail(reason)
        pytest.skip(reason)
    try:
        yield where
    finally:
        done = subprocess.run(["umount", str(where)], capture_output=True, check=False)
        if done.returncode != 0:  # something still holds a file open: detach it anyway
            subprocess.run(["umount", "-l", str(where)], capture_output=True, check=False)


def grow(where: Path, size: str) -> None:
    """Give the mounted tmpfs more room (the files on it stay)."""
    done = _mount("-o", f"remount,size={size}", str(where))
    assert done.returncode == 0, done.stderr


def free_bytes(where: Path) -> int:
    stat = os.statvfs(where)
    return stat.f_bavail * stat.f_frsize
