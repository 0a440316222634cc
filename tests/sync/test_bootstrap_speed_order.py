"""Pages come in the server's ``(xid, seq)`` order as numbers, not as text.

The pull's columns carry ``xid::text`` (named ``xid``); an ``ORDER BY xid`` there sorted by
that text, so ``1000`` came before ``999``: a page cut after a ``1000`` row stored a cursor
past every ``999`` row, and a resumed download or the next page skipped them for good
(and the server sorted a whole first download on disk instead of reading it in index
order). Here the server's rows get xids on both sides of a digit boundary (as the
superuser; the server's xids are far past these)."""

from __future__ import annotations

from typing import Any

import pytest
from test_sync_download import Killed, local_items
from test_sync_roundtrip import new_project

from executrek.models.records.punch import service as punch
from executrek.sync import placement
from executrek.sync import pull as pull_mod
from executrek.sync.connection import connect
from executrek.sync.download_state import Cursor
from executrek.sync.engine import sync_once
from executrek.sync.pull import downloads, pull_page

pytestmark = pytest.mark.postgres

ITEMS = 30


def _project_across_a_digit_boundary(
    central: Any, make_laptop: Any, code: str
) -> tuple[str, str, list[str]]:
    """A project on the server whose first rows have xid 999 and the rest 1000."""
    login = central.add_user(code.lower())
    a = make_laptop("a")
    pid = new_project(a, code)
    punch.bulk_create_punch_items(
        a, pid, (punch.NewPunchItem(title=f"Joint {i} open") for i in range(ITEMS))
    )
    assert sync_once(a, central.creds(login)).ok
    ids = [
        str(r[0])
        for r in central.sql(
            "SELECT id FROM pmo.records WHERE project_id = %s ORDER BY xid, seq", (pid,)
        )
    ]
    half = len(ids) // 2
    central.sql(
        "UPDATE pmo.records SET xid = (CASE WHEN id = ANY(%s::uuid[]) THEN '999' "
        "ELSE '1000' END)::xid8 WHERE project_id = %s",
        (ids[:half], pid),
    )
    return login, pid, ids


def test_pages_follow_the_xid_as_a_number(central: Any, make_laptop: Any) -> None:
    login, pid, ids = _project_across_a_digit_boundary(central, make_laptop, "ORDPG")
    got: list[str] = []
    cursor = Cursor(0, 0)
    with connect(central.creds(login)) as conn:
        while True:
            rows, cursor = pull_page(conn, pid, cursor, limit=7)
            if not rows:
                break
            got.extend(r.id for r in rows)
    assert got == ids  # every row once, xid 999 before 1000


def test_a_resumed_first_download_skips_no_row_across_a_digit_boundary(
    central: Any, make_laptop: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    login, pid, _ids = _project_across_a_digit_boundary(central, make_laptop, "ORDBT")
    monkeypatch.setattr(pull_mod, "PAGE", 10)
    monkeypatch.setattr(pull_mod, "RESUME_PAGE", 10)
    b = make_laptop("b")

    def die(step: str, done: int, _total: int) -> None:
        if step == "pull" and done >= 10:
            raise Killed

    with pytest.raises(Killed):
        sync_once(b, central.creds(login), progress=die)
    assert list(downloads(b)) == [pid]
    report = sync_once(b, central.creds(login))
    assert report.ok, report.errors
    assert downloads(b) == {}
    assert local_items(b) == ITEMS
    assert placement.set_aside_records(b) == []
