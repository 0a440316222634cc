"""A resumable first download: pages are committed as they arrive with where to
continue; a cut connection or a killed sync continues where it stopped (with what
changed meanwhile), the project shows as downloading until then, rows waiting for a
parent further down the stream are not set aside, and the search index is rebuilt once
at the end."""

from __future__ import annotations

import sqlite3
from typing import Any

import pytest
from sqlalchemy import func, select
from test_sync_roundtrip import new_project

from executrek.models.records.punch import service as punch
from executrek.models.records.punch.model import PunchItem
from executrek.models.services import projects
from executrek.models.store import Store
from executrek.sync import placement
from executrek.sync.engine import sync_once
from executrek.sync.pull import cursor_key, downloads, load_cursor

pytestmark = pytest.mark.postgres

ITEMS = 4500  # with their status events about five pages of 2000


def big_project(central: Any, make_laptop: Any, code: str) -> tuple[str, Store, str, int]:
    login = central.add_user(code.lower())
    a = make_laptop("a")
    pid = new_project(a, code)
    punch.bulk_create_punch_items(
        a, pid, (punch.NewPunchItem(title=f"Crack {i} in slab") for i in range(ITEMS))
    )
    # The project row is edited after its items: it comes last in the server's order,
    # and every item refers to it.
    projects.update_project(a, pid, name="Hospital East Wing, phase 2")
    assert sync_once(a, central.creds(login)).ok
    total = int(central.sql("SELECT count(*) FROM pmo.records WHERE project_id = %s", (pid,))[0][0])
    return login, a, pid, total


def local_items(store: Store) -> int:
    with store.read() as s:
        return int(s.scalar(select(func.count()).select_from(PunchItem)) or 0)


def found(store: Store, word: str) -> int:
    with store.read() as s:
        raw = s.connection().connection.driver_connection
        assert isinstance(raw, sqlite3.Connection)
        return int(
            raw.execute(
                "SELECT count(*) FROM punch_items_fts WHERE punch_items_fts MATCH ?", (word,)
            ).fetchone()[0]
        )


def test_a_cut_first_download_continues_where_it_stopped(
    central: Any, make_laptop: Any, proxy: Any, h: Any
) -> None:
    login, a, pid, total = big_project(central, make_laptop, "DLCUT")
    b = make_laptop("b")
    # The shared area takes two fetches; the project's third page is cut.
    proxy.arm(b"FETCH FORWARD", "before", 5)
    first = sync_once(b, central.creds(login, port=proxy.port))
    assert proxy.fired == ["before"]
    assert not first.ok and first.error_kind == "offline"
    assert first.downloading == ["DLCUT"]
    assert any("continues where it stopped" in n for n in first.notices)
    (state,) = downloads(b).values()
    assert state.rows == 4000 and state.bulk
    assert 0 < local_items(b) < ITEMS  # the pages that arrived are kept
    assert load_cursor(b, pid) is None
    # The items of those pages waited for the project row (last in the stream): it was
    # fetched for them, nothing is set aside.
    assert placement.set_aside_records(b) == []

    # Meanwhile an item of the first pages is edited on the server.
    with a.read() as s:
        early = s.scalars(select(PunchItem).order_by(PunchItem.number).limit(1)).one()
    punch.update_punch_item(a, early.id, title="Edited while B was cut off")
    assert sync_once(a, central.creds(login)).ok

    second = sync_once(b, central.creds(login))
    assert second.ok, second.errors
    assert second.pulled < total  # continued, not started again
    assert second.downloading == [] and downloads(b) == {}
    assert load_cursor(b, pid) is not None
    assert local_items(b) == ITEMS
    with b.read() as s:
        assert s.get(PunchItem, early.id).title == "Edited while B was cut off"  # type: ignore[union-attr]
    # The search index was rebuilt at the end: rows of the first pages are found too.
    assert found(b, "slab") == ITEMS - 1 and found(b, "cut") == 1
    h.assert_equal(central, login, a, b)


class Killed(Exception):
    """Stands for the process dying in the middle of the download."""


def test_a_killed_first_download_resumes_and_keeps_its_pages(
    central: Any, make_laptop: Any, h: Any
) -> None:
    login, a, pid, _total = big_project(central, make_laptop, "DLKILL")
    b = make_laptop("b")

    def die(step: str, done: int, _total: int) -> None:
        if step == "pull" and done >= 4000:
            raise Killed

    with pytest.raises(Killed):
        sync_once(b, central.creds(login), progress=die)
    with b.read() as s:
        assert s.scalar(select(func.count()).select_from(PunchItem)) > 0
    assert list(downloads(b)) == [pid]
    report = sync_once(b, central.creds(login))
    assert report.ok, report.errors
    assert downloads(b) == {} and local_items(b) == ITEMS
    with b.read() as s:
        raw = s.connection().connection.driver_connection
        assert raw.execute(
            "SELECT count(*) FROM sync_state WHERE key = ?", (cursor_key(pid),)
        ).fetchone() == (1,)
    assert found(b, "slab") == ITEMS
    h.assert_equal(central, login, a, b)
