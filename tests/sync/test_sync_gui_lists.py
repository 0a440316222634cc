"""The Sync screen's lists against the real PostgreSQL: *Decided automatically* (both
values, restore mine) and *Refused changes* (send again, discard after asking)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
import test_sync_gui
from pytestqt.qtbot import QtBot
from test_sync_gui import connect_through_form, sync_page, wait_state
from test_sync_roundtrip import item

from executrek.app.context import AppContext
from executrek.app.sync_schedule import SyncState
from executrek.models.records.punch import service as punch
from executrek.models.services import projects
from executrek.sync import admin
from executrek.sync.engine import sync_once
from executrek.ui.pages.sync_page import SyncPage

pytestmark = pytest.mark.postgres

# The window fixtures of test_sync_gui.
gui_ctx = test_sync_gui.gui_ctx
make_window = test_sync_gui.make_window


def cells(page: SyncPage, table: Any, row: int = 0) -> list[str]:
    return [table.item(row, c).text() for c in range(table.columnCount())]


def test_decided_automatically_tab_restores_mine(
    qtbot: QtBot, gui_ctx: AppContext, make_window: Any, central: Any, make_laptop: Any
) -> None:
    login = central.add_user("guia")
    colleague = central.add_user("guib", creator=False)
    win = make_window(gui_ctx)
    connect_through_form(qtbot, win, central.url(), login, "secret")
    wait_state(qtbot, win, SyncState.UP_TO_DATE)
    store = gui_ctx.store
    pid = projects.create_project(
        store, projects.NewProject(code="GUID", name="Depot", owner_name="Council")
    ).value.id
    iid = punch.create_punch_item(store, pid, punch.NewPunchItem(title="Gate")).value.id
    win.sync.sync_now()
    wait_state(qtbot, win, SyncState.UP_TO_DATE)
    admin.grant(central.admin, colleague, "GUID")
    other = make_laptop("other")
    assert sync_once(other, central.creds(colleague)).ok
    punch.update_punch_item(store, iid, due_date=dt.date(2027, 5, 1))
    punch.update_punch_item(other, iid, due_date=dt.date(2027, 6, 1))  # later: it wins
    assert sync_once(other, central.creds(colleague)).ok
    win.sync.sync_now()
    wait_state(qtbot, win, SyncState.UP_TO_DATE)  # decided, nothing to review
    report = win.sync.last_report
    assert report is not None and report.decided == 1
    page = sync_page(win)
    qtbot.waitUntil(lambda: page.decided.table.rowCount() == 1, timeout=10_000)
    assert page.tabs.tabText(1) == "Decided automatically (1)"
    row = cells(page, page.decided.table)
    assert row[1:4] == ["due date", "theirs", "2027-05-01"]
    assert login in row[4] and row[5] == "2027-06-01" and colleague in row[6]
    assert page.restore_mine.isEnabled() and page.accept_decided.isEnabled()
    page.restore_mine.click()
    qtbot.waitUntil(lambda: page.decided.table.rowCount() == 0, timeout=10_000)
    assert item(store, iid).due_date == dt.date(2027, 5, 1)
    wait_state(qtbot, win, SyncState.UP_TO_DATE)
    qtbot.waitUntil(
        lambda: (
            central.sql("SELECT data->>'due_date' FROM pmo.records WHERE id = %s", (iid,))
            == [("2027-05-01",)]
        ),
        timeout=20_000,
    )
    assert not win.error_messages


def test_refused_tab_sends_again_and_discards_after_asking(
    qtbot: QtBot, gui_ctx: AppContext, make_window: Any, central: Any, make_laptop: Any
) -> None:
    owner = central.add_user("guio")
    rep = central.add_user("guir", creator=False)
    a = make_laptop("owner")
    pid = projects.create_project(
        a, projects.NewProject(code="GUIR", name="Library", owner_name="City")
    ).value.id
    keep = punch.create_punch_item(a, pid, punch.NewPunchItem(title="Keep")).value.id
    drop = punch.create_punch_item(a, pid, punch.NewPunchItem(title="Drop")).value.id
    assert sync_once(a, central.creds(owner)).ok
    admin.grant(central.admin, rep, "GUIR", "viewer")
    win = make_window(gui_ctx)
    connect_through_form(qtbot, win, central.url(), rep, "secret")
    wait_state(qtbot, win, SyncState.UP_TO_DATE)
    store = gui_ctx.store
    punch.update_punch_item(store, keep, description="Send me later")
    punch.update_punch_item(store, drop, description="Throw me away")
    win.sync.sync_now()
    wait_state(qtbot, win, SyncState.ATTENTION)
    page = sync_page(win)
    qtbot.waitUntil(lambda: page.refused.table.rowCount() == 4, timeout=10_000)  # + audits
    assert page.tabs.tabText(2) == "Refused changes (4)"
    rows = [cells(page, page.refused.table, i) for i in range(4)]
    edits = [i for i, r in enumerate(rows) if r[2] == "description"]
    assert len(edits) == 2 and all("read-only" in rows[i][3] for i in edits)

    # Discard asks first: "no" keeps it.
    asked: list[int] = []
    page.controller.confirm_discard = lambda change: asked.append(change.seq) or False  # type: ignore[method-assign]
    drop_row = next(i for i in edits if "Drop" in rows[i][1])
    page.refused.table.selectRow(drop_row)
    page.discard_button.click()
    assert asked and page.refused.table.rowCount() == 4
    page.controller.confirm_discard = lambda change: True  # type: ignore[method-assign]
    page.discard_button.click()
    qtbot.waitUntil(lambda: page.refused.table.rowCount() == 3, timeout=10_000)
    assert item(store, drop).description is None  # the central value is back

    admin.grant(central.admin, rep, "GUIR", "field")
    for i in range(page.refused.table.rowCount()):
        page.refused.table.selectRow(i)
        qtbot.waitUntil(page.send_again.isEnabled, timeout=5_000)
        page.send_again.click()
        qtbot.waitUntil(lambda i=i: cells(page, page.refused.table, i)[5] == "sent again")
    win.sync.sync_now()
    qtbot.waitUntil(lambda: page.refused.table.rowCount() == 0, timeout=20_000)
    assert central.sql("SELECT data->>'description' FROM pmo.records WHERE id = %s", (keep,)) == [
        ("Send me later",)
    ]
    assert not win.error_messages
