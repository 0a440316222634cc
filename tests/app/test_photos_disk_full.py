"""``executrek photos import`` on a disk that fills up, run as the real console script.

A small tmpfs holds the data folder: the import must say truthfully how many photos it
saved ("N of M imported; the rest not saved: the disk is full"), print each file's line
as it happens (so a log of a long import shows how far it got), and a second import on
the full disk must call the photos it already has duplicates, not unreadable files.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

from PIL import Image
from small_disk import console_script, free_bytes, small_disk

from executrek.models.migrate import open_store
from executrek.models.services import projects

CODE = "DISK"


def _plain_env() -> dict[str, str]:
    """The environment of a user's shell: Python's output buffering as it comes."""
    return {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}


def _store_with_project(data: Path) -> None:
    store = open_store(data)
    try:
        projects.ensure_user(store, "site.rep", "Site Rep")
        new = projects.NewProject(code=CODE, name="Disk test", owner_name="Owner")
        projects.create_project(store, new)
    finally:
        store.close()


def _card(folder: Path, count: int, size: tuple[int, int]) -> list[Path]:
    """Distinct photos that do not compress (noise), so they fill a disk predictably."""
    folder.mkdir(parents=True)
    paths = []
    for n in range(count):
        path = folder / f"IMG_{n:04d}.JPG"
        Image.effect_noise(size, 40 + n).convert("RGB").save(path, "JPEG", quality=95)
        paths.append(path)
    return paths


def _import(data: Path, card: Path, out: Path) -> subprocess.CompletedProcess[str]:
    with out.open("w") as stdout:
        return subprocess.run(
            [str(console_script()), "--data-dir", str(data), "photos", "import",
             "--project", CODE, str(card)],
            stdout=stdout, stderr=subprocess.PIPE, text=True, timeout=240, check=False,
            env=_plain_env(),
        )  # fmt: skip


def _rows(data: Path) -> set[str]:
    con = sqlite3.connect(f"file:{data / 'executrek.sqlite'}?mode=ro", uri=True)
    try:
        return {name for (name,) in con.execute("SELECT filename FROM photos")}
    finally:
        con.close()


def _split(lines: list[str]) -> dict[str, list[str]]:
    kinds: dict[str, list[str]] = {"imported": [], "duplicate": [], "not saved": [], "other": []}
    for line in lines:
        for kind in ("imported", "duplicate", "not saved"):
            if line.startswith(kind):
                kinds[kind].append(Path(line.split("  ", 1)[1].split(" (")[0]).name)
                break
        else:
            kinds["other"].append(line)
    return kinds


def test_a_full_disk_is_reported_truthfully_and_a_reimport_sees_duplicates(
    tmp_path: Path,
) -> None:
    files = _card(tmp_path / "card", 40, (400, 300))  # ~100 KB each, 4 MB in all
    # A new store at the current schema takes ~1.3 MB of it (more while it migrates).
    with small_disk(tmp_path / "disk", "4m") as disk:
        data = disk / "data"
        _store_with_project(data)
        first = _import(data, tmp_path / "card", tmp_path / "first.txt")

        lines = (tmp_path / "first.txt").read_text().splitlines()
        assert first.returncode == 1
        summary = lines[-1]
        kinds = _split(lines[:-1])
        saved = _rows(data)
        imported = len(kinds["imported"])
        assert 0 < imported < len(files), summary  # the disk really filled up part-way
        assert set(kinds["imported"]) == saved  # the lines are the truth about the rows
        assert sorted(kinds["imported"] + kinds["not saved"]) == sorted(p.name for p in files)
        assert kinds["other"] == []
        assert summary.startswith(
            f"{imported} of {len(files)} imported; the rest not saved: the disk is full"
        )
        assert first.stderr.strip().splitlines() == [
            "executrek: the disk is full; free some space and run the same import again "
            "(the photos already saved are recognised as duplicates)"
        ]
        # Still full for the second run: what the failed writes left free depends on how
        # many were under way when the disk filled (more under load); top it up.
        spare = free_bytes(disk) - 100_000
        if spare > 0:
            (disk / "filler").write_bytes(b"\0" * spare)
        assert free_bytes(disk) < 200_000

        again = _import(data, tmp_path / "card", tmp_path / "again.txt")

        lines = (tmp_path / "again.txt").read_text().splitlines()
        kinds = _split(lines[:-1])
        assert again.returncode == 1
        assert sorted(kinds["duplicate"]) == sorted(saved)  # recognised without writing
        assert kinds["imported"] == []
        assert sorted(kinds["duplicate"] + kinds["not saved"]) == sorted(p.name for p in files)
        assert lines[-1].startswith(
            f"0 of {len(files)} imported, {len(saved)} duplicate(s); "
            "the rest not saved: the disk is full"
        )
        assert "could not be read" not in "\n".join(lines)
        assert _rows(data) == saved


def test_each_line_is_written_as_its_file_is_done(tmp_path: Path) -> None:
    """Kill the import part-way: the lines of the photos already saved are in the file
    (with a block-buffered stdout they would die with the process)."""
    _card(tmp_path / "card", 40, (2400, 1800))
    data = tmp_path / "data"
    _store_with_project(data)
    out = tmp_path / "out.txt"
    with out.open("w") as stdout:
        process = subprocess.Popen(
            [str(console_script()), "--data-dir", str(data), "photos", "import",
             "--project", CODE, str(tmp_path / "card")],
            stdout=stdout, stderr=subprocess.DEVNULL, env=_plain_env(),
        )  # fmt: skip
        try:
            saved: set[str] = set()
            deadline = time.monotonic() + 120
            while len(saved) < 4 and process.poll() is None and time.monotonic() < deadline:
                time.sleep(0.02)
                if (data / "executrek.sqlite-wal").exists():
                    saved = _rows(data)
            assert process.poll() is None, "the import ended before it could be interrupted"
            os.kill(process.pid, signal.SIGKILL)
        finally:
            process.kill()
            process.wait(timeout=30)
    printed = [line for line in out.read_text().splitlines() if line.startswith("imported")]
    assert len(saved) >= 4
    # Each row is written, then its line printed: at most the last one can be missing.
    assert len(printed) >= len(saved) - 1
    assert {Path(line.split("  ", 1)[1]).name for line in printed} <= _rows(data)
