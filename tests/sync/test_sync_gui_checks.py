"""Nothing half-done is hidden on the Sync screen: records a pull could not place (*Set
aside*: labelled, with their reason, *Try again*, *Forget…* after asking), closed diary
days changed after they were closed (*Diary days changed*, opened on the diary), and a
first download that was cut. The set-aside round trip runs against the real PostgreSQL;
the rest needs only the laptop."""

from __future__ import annotations

import datetime as dt
import json
import logging
from typing import Any

import pytest
import test_sync_gui
from pytestqt.qtbot import QtBot
from test_sync_gui import connect_through_form, sync_page, wait_state
from test_sync_pull_checks import item_data, plant

from executrek.app import sync_service
from executrek.app.context import AppContext
from executrek.app.sync_schedule import SyncState
from executrek.models import clock
from executrek.models.ids import new_id
from executrek.models.local import SyncState as SyncStateRow
from executrek.models.records.diary import chain
from executrek.models.records.diary import service as diary
from executrek.models.records.punch import service as punch
from executrek.models.records.punch.model import PunchItem
from executrek.models.services import projects
from executrek.models.store import Store
from executrek.sync import placement
from executrek.sync.wire import NIL_PROJECT
from executrek.ui.main_window import MainWindow
from executrek.ui.pages.diary_page import DiaryPage

# The window fixtures of test_sync_gui.
gui_ctx = test_sync_gui.gui_ctx
make_window = test_sync_gui.make_window

SIG = [[[0.1, 0.2], [0.4, 0.6], [0.8, 0.3]]]


def new_project(store: Store, code: str) -> str:
    return projects.create_project(
        store, projects.NewProject(code=code, name=f"Project {code}", owner_name="Owner")
    ).value.id


def put_aside(store: Store, entries: list[dict[str, Any]]) -> None:
    """Set rows aside as a pull does (``sync.apply`` keeps them in ``sync_state``)."""
    with store.unit_of_work() as s:
        raw = s.connection().connection.driver_connection
        placement.put_aside(raw, [(e["id"], e) for e in entries])


def aside_entry(table: str, project_id: str, data: dict[str, Any], reason: str) -> dict[str, Any]:
    return {
        "tbl": table,
        "id": new_id(),
        "project_id": project_id,
        "data": data,
        "field_versions": {},
        "row_version": 1,
        "updated_at": "2026-12-01T10:00:00.000000Z",
        "reason": reason,
    }


def pullable(qtbot: QtBot, central: Any, *ids: str) -> None:
    """Wait until a pull can read these planted rows: it reads only rows below the
    server's transaction horizon, which is cluster-wide (another database's long
    transaction on the same server holds a fresh row back for a moment)."""
    query = (
        "SELECT count(*) FROM pmo.records WHERE id = ANY(%s::uuid[]) "
        "AND xid < pg_snapshot_xmin(pg_current_snapshot())"
    )
    qtbot.waitUntil(lambda: central.sql(query, (list(ids),)) == [(len(ids),)], timeout=20_000)


def punch_title(store: Store, item_id: str) -> str | None:
    with store.read() as s:
        row = s.get(PunchItem, item_id)
        return None if row is None else row.title


def test_set_aside_rows_are_labelled_tried_again_and_forgotten(
    gui_ctx: AppContext, caplog: pytest.LogCaptureFixture
) -> None:
    store = gui_ctx.store
    pid = new_project(store, "SAID")
    loc = projects.add_location(store, pid, "L2", "Level 2", "floor").value.id
    # Its location arrived after it was set aside (say, with a restore): it fits now.
    fits = aside_entry(
        "punch_items",
        pid,
        item_data(pid, "Leaking valve", number=42, location_id=loc),
        "location_id refers to a locations record this laptop does not have",
    )
    elsewhere = aside_entry(
        "punch_items",
        pid,
        item_data(new_id(), "Says another project", number=43),
        "a record that names another project than the one it came with",
    )
    unnamed = aside_entry(
        "locations", NIL_PROJECT, {"name": "No code"}, "a project's record sent in the shared area"
    )
    assert sync_service.set_aside_rows(gui_ctx) == []
    put_aside(store, [fits, elsewhere, unnamed])

    rows = {r.record.row_id: r for r in sync_service.set_aside_rows(gui_ctx)}
    assert (rows[fits["id"]].label, rows[fits["id"]].project) == ("PI-0042 · Leaking valve", "SAID")
    assert rows[elsewhere["id"]].label == "PI-0043 · Says another project"
    assert rows[unnamed["id"]].label == f"locations {unnamed['id'][:8]}"
    assert rows[unnamed["id"]].project == "shared (no project)"
    assert rows[unnamed["id"]].record.reason == "a project's record sent in the shared area"

    retried = sync_service.retry_set_aside(gui_ctx)
    assert (retried.placed, retried.left) == (1, 2)
    assert retried.changes.touches("punch_items")
    assert punch_title(store, fits["id"]) == "Leaking valve"
    again = sync_service.retry_set_aside(gui_ctx)
    assert (again.placed, again.left) == (0, 2) and not again.changes

    with caplog.at_level(logging.WARNING, logger="executrek.app.sync"):
        changes = sync_service.forget_set_aside(gui_ctx, elsewhere["id"])
    assert changes.touches("sync_state")
    assert [r.row_id for r in sync_service.list_set_aside(gui_ctx)] == [unnamed["id"]]
    assert any("Says another project" in r.getMessage() for r in caplog.records)  # the copy
    assert punch_title(store, elsewhere["id"]) is None
    sync_service.forget_set_aside(gui_ctx, elsewhere["id"])  # gone already: nothing happens
    assert len(sync_service.list_set_aside(gui_ctx)) == 1


@pytest.mark.postgres
def test_the_sync_screen_lists_set_aside_records_tries_again_and_forgets(
    qtbot: QtBot, gui_ctx: AppContext, make_window: Any, central: Any
) -> None:
    login = central.add_user("side")
    win = make_window(gui_ctx)
    connect_through_form(qtbot, win, central.url(), login, "secret")
    wait_state(qtbot, win, SyncState.UP_TO_DATE)
    store = gui_ctx.store
    pid = new_project(store, "GUIA")
    punch.create_punch_item(store, pid, punch.NewPunchItem(title="Fine"))
    win.sync.sync_now()
    wait_state(qtbot, win, SyncState.UP_TO_DATE)
    page = sync_page(win)
    assert page.tabs.tabText(3) == "Set aside (0)" and not page.set_aside.empty.isHidden()

    # Planted on the server behind its checks: one points at a location nobody has
    # yet, one names another project than the one it came with.
    loc, child, wrong = new_id(), new_id(), new_id()
    plant(central, pid, "punch_items", child, item_data(pid, "Leaking valve", location_id=loc))
    plant(central, pid, "punch_items", wrong, item_data(new_id(), "Wrong project", number=7))
    pullable(qtbot, central, child, wrong)
    win.sync.sync_now()
    wait_state(qtbot, win, SyncState.ATTENTION)  # the indicator does not hide them
    assert "set aside" in win.sync_indicator.toolTip()
    qtbot.waitUntil(lambda: page.set_aside.table.rowCount() == 2, timeout=10_000)
    assert page.tabs.tabText(3) == "Set aside (2)"
    rows = {page.set_aside.cells(i)[0]: page.set_aside.cells(i) for i in range(2)}
    assert rows["PI-0007 · Wrong project"][1:] == [
        "GUIA",
        "a record that names another project than the one it came with",
    ]
    valve = next(cells for label, cells in rows.items() if "Leaking valve" in label)
    assert valve[1] == "GUIA" and "does not have" in valve[2]
    assert "set aside 2" in page.report_label.text()

    # Try again: the location reaches the server; the sync that follows brings it and
    # places the item that waited for it.
    plant(
        central,
        pid,
        "locations",
        loc,
        {
            "project_id": pid,
            "code": "L9",
            "name": "Late",
            "kind": "floor",
            "path": "L9",
            "created_at": "2026-12-01T10:00:00.000000Z",
        },
    )
    pullable(qtbot, central, loc)
    assert page.retry_aside.isEnabled()
    with qtbot.waitSignal(win.sync.synced, timeout=20_000):
        page.retry_aside.click()
    assert win.statusBar().currentMessage() == "Placed 0 set-aside record(s); 2 still set aside."
    qtbot.waitUntil(lambda: page.set_aside.table.rowCount() == 1, timeout=20_000)
    assert punch_title(store, child) == "Leaking valve"
    assert page.set_aside.cells(0)[0] == "PI-0007 · Wrong project"
    wait_state(qtbot, win, SyncState.ATTENTION)

    # Forget asks first: "no" keeps it.
    asked: list[str] = []
    page.controller.confirm_forget = lambda row: asked.append(row.label) or False  # type: ignore[method-assign]
    page.set_aside.table.selectRow(0)
    qtbot.waitUntil(page.forget_aside.isEnabled)
    page.forget_aside.click()
    assert asked == ["PI-0007 · Wrong project"] and page.set_aside.table.rowCount() == 1
    page.controller.confirm_forget = lambda row: True  # type: ignore[method-assign]
    page.forget_aside.click()
    qtbot.waitUntil(lambda: page.set_aside.table.rowCount() == 0, timeout=10_000)
    assert page.tabs.tabText(3) == "Set aside (0)" and not page.set_aside.empty.isHidden()
    assert sync_service.list_set_aside(gui_ctx) == []
    # It stays forgotten (unchanged on the server), and the laptop is up to date again.
    win.sync.sync_now()
    wait_state(qtbot, win, SyncState.UP_TO_DATE)
    assert sync_service.list_set_aside(gui_ctx) == [] and punch_title(store, wrong) is None
    assert not win.error_messages


def _tamper(store: Store, sql: str, *params: object) -> None:
    """What a person with the database file (not the app) could do."""
    with store.sql() as con:
        con.execute("SAVEPOINT tamper")
        con.execute(sql, params)
        con.execute("RELEASE tamper")
        con.execute("COMMIT")
        con.execute("BEGIN")


def closed_day(store: Store, pid: str, day: dt.date, notes: str) -> str:
    day_id = diary.open_day(store, pid, day).value.id
    diary.update_day(store, day_id, notes=notes)
    diary.close_day(store, day_id, signer_name="Zoë Ødegård", signature_strokes=SIG)
    return day_id


def test_diary_days_changed_after_closing_are_listed_and_open_on_the_diary(
    qtbot: QtBot, gui_ctx: AppContext, make_window: Any
) -> None:
    store = gui_ctx.store
    pid = new_project(store, "DIAR")
    today = clock.today()
    closed_day(store, pid, today - dt.timedelta(days=3), "Dry, all trades on site.")
    second = closed_day(store, pid, today - dt.timedelta(days=2), "Crane stood down.")
    third = closed_day(store, pid, today - dt.timedelta(days=1), "Quiet day.")
    win: MainWindow = make_window(gui_ctx, "diary")
    page = sync_page(win)
    qtbot.waitUntil(lambda: page.tabs.tabText(4) == "Diary days changed (0)", timeout=10_000)
    assert not page.diary.empty.isHidden() and not page.open_day.isEnabled()

    _tamper(store, "UPDATE diary_days SET notes = 'Rain all day.' WHERE id = ?", second)
    page.controller.reload()
    qtbot.waitUntil(lambda: page.diary.table.rowCount() == 1, timeout=10_000)
    assert page.tabs.tabText(4) == "Diary days changed (1)"
    when = (today - dt.timedelta(days=2)).isoformat()
    assert page.diary.cells(0) == [
        "DIAR",
        "DIA-002",
        when,
        f"Diary day DIA-002 of {when} was changed after it was closed: its content no longer "
        "matches what was signed.",
    ]
    # The changed day sealed again with a fresh hash: the day after it no longer follows.
    with store.sql() as con:
        fresh = chain.hash_bytes(chain.day_bytes(con, second))
    _tamper(store, "UPDATE diary_days SET content_hash = ? WHERE id = ?", fresh, second)
    page.controller.reload()
    qtbot.waitUntil(lambda: page.diary.cells(0)[1] == "DIA-003", timeout=10_000)
    later = (today - dt.timedelta(days=1)).isoformat()
    assert page.diary.table.rowCount() == 1
    assert page.diary.cells(0)[3] == (
        f"Diary day DIA-003 of {later} no longer follows DIA-002: DIA-002 was changed or "
        "removed after DIA-003 was closed."
    )

    page.diary.table.selectRow(0)
    qtbot.waitUntil(page.open_day.isEnabled)
    assert page.controller.lists.diary[0].problem.day_id == third
    page.open_day.click()
    diary_page = win.pages.currentWidget()
    assert isinstance(diary_page, DiaryPage)
    qtbot.waitUntil(
        lambda: (d := diary_page.controller.detail) is not None and d.day.id == third,
        timeout=10_000,
    )
    assert not win.error_messages


def test_a_cut_first_download_is_named_on_the_sync_screen(
    qtbot: QtBot, gui_ctx: AppContext, make_window: Any
) -> None:
    store = gui_ctx.store
    pid = new_project(store, "BIGP")
    state = {"after": "900:3", "horizon": 950, "rows": 12345, "bulk": True}
    with store.unit_of_work() as s:
        s.add(SyncStateRow(key=f"boot:{pid}", value=json.dumps(state)))
    win = make_window(gui_ctx)
    page = sync_page(win)
    qtbot.waitUntil(page.download_label.isVisible, timeout=10_000)
    assert page.download_label.text() == (
        "Downloading BIGP: 12,345 records so far; the next sync continues where it stopped."
    )
    assert not win.error_messages
