"""Atomic writes: the old file or the new one, never half; new files get the user's usual mode."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from executrek.app import atomic


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_written_files_get_the_umask_mode_not_mkstemps_0600(tmp_path: Path) -> None:
    expected = 0o666 & ~atomic._umask()
    assert expected != 0o600  # the test environment's umask must let this test tell them apart
    atomic.write_text(tmp_path / "a.txt", "x")
    with atomic.atomic_path(tmp_path / "b.csv") as temp:
        temp.write_text("y")
    for name in ("a.txt", "b.csv"):
        assert stat.S_IMODE((tmp_path / name).stat().st_mode) == expected, name


def test_a_failed_write_keeps_the_old_file_and_leaves_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError), atomic.atomic_write(target) as fh:
        fh.write(b"half")
        raise RuntimeError("disk full")
    with pytest.raises(RuntimeError), atomic.atomic_path(target) as temp:
        temp.write_bytes(b"half")
        raise RuntimeError("disk full")
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.pdf"]
