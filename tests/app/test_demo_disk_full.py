"""``executrek demo`` on a disk too small for it, run as the real console script.

Each project lands whole or not at all; the error is one line saying what was loaded;
the write-ahead log gives the space back; and ``demo`` run again once there is room adds
the missing projects instead of refusing because "the demo is already there".
"""

from __future__ import annotations

import sqlite3
import subprocess
from pathlib import Path

from small_disk import console_script, free_bytes, grow, small_disk

DEMO = ("HOSP-EW", "SCH-LHS", "OFC-HP")


def _demo(data: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(console_script()), "--data-dir", str(data), "demo"],
        capture_output=True, text=True, timeout=240, check=False,
    )  # fmt: skip


def _projects(data: Path) -> dict[str, dict[str, int]]:
    """Per project code: how many of each kind of record it has."""
    con = sqlite3.connect(f"file:{data / 'executrek.sqlite'}?mode=ro", uri=True)
    try:
        out: dict[str, dict[str, int]] = {}
        for pid, code in con.execute("SELECT id, code FROM projects").fetchall():
            out[code] = {
                table: con.execute(
                    f"SELECT count(*) FROM {table} WHERE project_id = ?", (pid,)
                ).fetchone()[0]
                for table in ("locations", "punch_items", "inspections", "change_orders", "risks")
            }
        out["templates"] = {"count": con.execute("SELECT count(*) FROM inspection_templates")
                            .fetchone()[0]}  # fmt: skip
        return out
    finally:
        con.close()


def _complete(counts: dict[str, int]) -> bool:
    return all(count > 0 for count in counts.values())


def test_a_demo_that_fills_the_disk_leaves_no_half_project(tmp_path: Path) -> None:
    with small_disk(tmp_path / "disk", "3m") as disk:
        data = disk / "data"
        failed = _demo(data)

        assert failed.returncode == 1
        last = failed.stderr.strip().splitlines()[-1]
        assert last == (
            "executrek: the disk is full: nothing loaded; HOSP-EW not loaded (nothing of it "
            "was kept). Free some space and run demo again to add the rest."
        )
        assert "internal error" not in failed.stderr
        found = _projects(data)
        assert set(found) == {"templates"}  # no project at all, not one without its items
        wal = data / "executrek.sqlite-wal"
        assert not wal.exists() or wal.stat().st_size < 64 * 1024
        assert free_bytes(disk) > 1_000_000  # the rolled-back project's log was given back

        grow(disk, "64m")
        again = _demo(data)

        assert again.returncode == 0, again.stderr
        found = _projects(data)
        assert set(found) == {*DEMO, "templates"}
        assert all(_complete(found[code]) for code in DEMO), found
        assert found["templates"]["count"] == 4


def test_the_projects_before_the_failure_stay_and_a_rerun_adds_the_rest(tmp_path: Path) -> None:
    with small_disk(tmp_path / "disk", "6m") as disk:
        data = disk / "data"
        failed = _demo(data)

        found = _projects(data)
        loaded = [code for code in DEMO if code in found]
        assert failed.returncode == 1
        assert 0 < len(loaded) < len(DEMO), failed.stderr  # this size fails part-way
        assert all(_complete(found[code]) for code in loaded), found
        missing = DEMO[len(loaded)]
        assert failed.stderr.strip().splitlines()[-1] == (
            f"executrek: the disk is full: {', '.join(loaded)} loaded; {missing} not loaded "
            "(nothing of it was kept). Free some space and run demo again to add the rest."
        )

        grow(disk, "64m")
        again = _demo(data)

        assert again.returncode == 0, again.stderr
        assert f"adding the missing project(s): {', '.join(DEMO[len(loaded) :])}" in again.stderr
        found = _projects(data)
        assert all(_complete(found[code]) for code in DEMO), found
        assert found["templates"]["count"] == 4  # reused, not made twice
        refused = _demo(data)
        assert refused.returncode == 1
        assert "already in" in refused.stderr
