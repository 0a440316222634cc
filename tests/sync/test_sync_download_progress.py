"""How far a first download got: the rows of the snapshot are counted when it starts
(the user may read ``pmo.records`` under row-level security: no server function), kept
with the download state, reported through the sync's progress, and shown as
"downloading n %" by ``executrek projects``; a download through a link cut every 2 MB
finishes with every row once."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from test_sync_download import ITEMS, big_project, local_items

from executrek.app.cli import main
from executrek.sync import placement
from executrek.sync.download_state import download_percents
from executrek.sync.engine import sync_once
from executrek.sync.pull import downloads

pytestmark = pytest.mark.postgres


def test_a_cut_download_knows_its_total_and_shows_its_percentage(
    central: Any,
    make_laptop: Any,
    proxy: Any,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    login, _a, pid, total = big_project(central, make_laptop, "DLPCT")
    b = make_laptop("b")
    seen: list[tuple[int, int]] = []

    def progress(step: str, done: int, expected: int) -> None:
        if step == "pull" and expected:
            seen.append((done, expected))

    proxy.arm(b"FETCH FORWARD", "before", 5)  # the project's third page is cut
    first = sync_once(b, central.creds(login, port=proxy.port), progress=progress)
    assert first.downloading == ["DLPCT"]
    (state,) = downloads(b).values()
    assert state.rows == 4000 and state.total == total
    percent = 4000 * 100 // total
    assert 0 < percent < 100 and state.percent == percent
    assert seen[-2:] == [(2000, total), (4000, total)]  # after the shared area's rows
    assert download_percents(b) == {pid: percent}

    assert main(["projects", "--data-dir", str(tmp_path / "b")]) == 0
    line = next(x for x in capsys.readouterr().out.splitlines() if x.startswith("DLPCT"))
    assert line.endswith(f"(downloading {percent} %)")

    # The next sync counts what is left of its new snapshot on top of what it kept.
    seen.clear()
    second = sync_once(b, central.creds(login), progress=progress)
    assert second.ok, second.errors
    assert seen and seen[-1][1] >= total and seen[-1][0] == seen[-1][1]
    assert downloads(b) == {} and download_percents(b) == {}
    assert local_items(b) == ITEMS
    assert main(["projects", "--data-dir", str(tmp_path / "b")]) == 0
    assert "downloading" not in capsys.readouterr().out


def test_a_first_download_cut_every_2_mb_finishes_with_every_row_once(
    central: Any, make_laptop: Any, h: Any
) -> None:
    login, a, _pid, _total = big_project(central, make_laptop, "DLMB")
    b = make_laptop("b")
    with h.CutProxy(cut_every=2 << 20) as px:
        syncs = 0
        while syncs < 20:
            syncs += 1
            report = sync_once(b, central.creds(login, port=px.port))
            if report.ok and not downloads(b):
                break
            assert report.error_kind == "offline", report.errors
        cuts = px.cuts
    assert report.ok and cuts >= 2 and syncs == cuts + 1
    assert local_items(b) == ITEMS and placement.set_aside_records(b) == []
    h.assert_equal(central, login, a, b)  # every row once, the same as the server's
