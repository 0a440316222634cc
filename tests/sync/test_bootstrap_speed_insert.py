"""Rows new to a laptop go in with a plain ``INSERT`` (``apply.insert_new``), not the
upsert: an upsert may write twice, so SQLite keeps a statement journal of every page
each row touches (with the ten indexes of ``punch_items`` that was most of a first
download's writing). A row that is here after all, or that a constraint refuses, still
ends as the upsert would have it; rows this laptop already has still go through it.
While a download runs, the objects the app held before it are spared the collector's
full passes (``gc.freeze``) and given back at the end."""

from __future__ import annotations

import gc
import sqlite3
from typing import Any

import pytest
from test_sync_roundtrip import new_project

from executrek.models.records.punch import service as punch
from executrek.models.store import Store
from executrek.sync import apply
from executrek.sync.apply import insert_new
from executrek.sync.engine import sync_once
from executrek.sync.upsert import ServerRow


class _Rollback(Exception):
    """Leaves the unit of work without committing."""


def _stored(raw: sqlite3.Connection, rid: str) -> tuple[ServerRow, dict[str, Any]]:
    cur = raw.execute("SELECT * FROM punch_items WHERE id = ?", (rid,))
    values = dict(zip([d[0] for d in cur.description], cur.fetchone(), strict=True))
    row = ServerRow("punch_items", rid, values["project_id"], {}, "{}", values["row_version"])
    return row, values


def _title(raw: sqlite3.Connection, rid: str) -> tuple[str, int]:
    got = raw.execute("SELECT title, row_version FROM punch_items WHERE id = ?", (rid,)).fetchone()
    return str(got[0]), int(got[1])


def test_insert_new_inserts_and_a_second_copy_or_a_bad_row_goes_the_upserts_way(
    make_laptop: Any,
) -> None:
    a: Store = make_laptop("a")
    pid = new_project(a, "INSNEW")
    rid = punch.create_punch_item(a, pid, punch.NewPunchItem(title="Gap at door")).value.id
    with pytest.raises(_Rollback), a.unit_of_work(remote=True) as s:
        raw = s.connection().connection.driver_connection
        assert isinstance(raw, sqlite3.Connection)
        row, values = _stored(raw, rid)
        raw.execute("DELETE FROM punch_items WHERE id = ?", (rid,))
        assert insert_new(raw, [(row, values)]) == []
        assert _title(raw, rid) == ("Gap at door", row.row_version)
        # The same row again, newer (it came twice in one transaction): the upsert's
        # rule holds, a row only moves forward.
        newer = row._replace(row_version=row.row_version + 1)
        assert (
            insert_new(
                raw, [(newer, {**values, "title": "Gap sealed", "row_version": newer.row_version})]
            )
            == []
        )
        assert _title(raw, rid) == ("Gap sealed", newer.row_version)
        older = {**values, "title": "Old copy", "row_version": row.row_version}
        assert insert_new(raw, [(row, older)]) == []
        assert _title(raw, rid) == ("Gap sealed", newer.row_version)
        # A new row a constraint refuses is named with SQLite's reason.
        bad = ServerRow("punch_items", "0" * 8 + rid[8:], pid, {}, "{}", 1)
        failed = insert_new(raw, [(bad, {**values, "id": bad.id, "title": None})])
        assert [(r.id, "NOT NULL" in why) for r, why in failed] == [(bad.id, True)]
        raise _Rollback


@pytest.mark.postgres
def test_a_first_download_inserts_and_a_later_pull_upserts(
    central: Any, make_laptop: Any, monkeypatch: pytest.MonkeyPatch, h: Any
) -> None:
    login = central.add_user("insnew")
    a = make_laptop("a")
    pid = new_project(a, "INSDL")
    punch.bulk_create_punch_items(
        a, pid, (punch.NewPunchItem(title=f"Joint {i} open") for i in range(40))
    )
    assert sync_once(a, central.creds(login)).ok
    upserted: list[str] = []
    real = apply.upsert_accepted

    def spy(session: Any, raw: sqlite3.Connection, accepted: list[Any]) -> Any:
        upserted.extend(row.tbl for row, _values in accepted)
        return real(session, raw, accepted)

    monkeypatch.setattr(apply, "upsert_accepted", spy)
    b = make_laptop("b")
    frozen: list[int] = []

    def progress(step: str, _done: int, _total: int) -> None:
        if step == "pull":
            frozen.append(gc.get_freeze_count())

    assert sync_once(b, central.creds(login), progress=progress).ok
    # What the app held before the download was left out of the collector's passes
    # while it ran, and given back after.
    assert frozen and min(frozen) > 0 and gc.get_freeze_count() == 0
    assert set(upserted) == {"users"}  # only B's own person, here before it came back
    h.assert_equal(central, login, a, b)

    with a.read() as s:
        first = s.connection().exec_driver_sql("SELECT id FROM punch_items LIMIT 1").scalar()
    punch.update_punch_item(a, str(first), title="Joint sealed")
    assert sync_once(a, central.creds(login)).ok
    assert sync_once(b, central.creds(login)).ok
    assert "punch_items" in upserted  # a row B has moves forward through the upsert
    h.assert_equal(central, login, a, b)
