"""Sync in the window against the real PostgreSQL: the status indicator, Sync now, the
connection form, the conflicts screen, plain sentences for errors."""

from __future__ import annotations

import contextlib
import socket
import struct
import threading
import uuid
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from executrek.app.context import AppContext, open_context, prepare
from executrek.app.logging_setup import shutdown
from executrek.app.sync_schedule import SyncSchedule, SyncState
from executrek.models.records.change_order import service as change_orders
from executrek.models.records.punch import service as punch
from executrek.models.services import projects
from executrek.sync.engine import sync_once
from executrek.ui import main_window
from executrek.ui.launch import build_window, ensure_identity
from executrek.ui.main_window import MainWindow
from executrek.ui.pages import registry
from executrek.ui.pages.sync_page import SyncPage

pytestmark = pytest.mark.postgres


@pytest.fixture
def gui_ctx(tmp_path: Path) -> Iterator[AppContext]:
    app_paths, recent = prepare(tmp_path / "gui-data")
    context = open_context(app_paths, recent)
    # One person per laptop: the central directory holds every user name once.
    context.settings.identity.username = f"rep-{uuid.uuid4().hex[:8]}"
    ensure_identity(context)
    yield context
    context.close()
    shutdown()


@pytest.fixture
def make_window(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[..., Any]]:
    made: list[MainWindow] = []

    def make(ctx: AppContext, *keys: str) -> MainWindow:
        monkeypatch.setattr(
            main_window, "PAGES", [s for s in registry.PAGES if s.key in keys or s.key == "sync"]
        )
        win = build_window(ctx)
        messages: list[str] = []
        win.error_messages = messages  # type: ignore[attr-defined]
        monkeypatch.setattr(win, "show_error", messages.append)
        qtbot.addWidget(win)
        win.resize(1280, 860)
        win.show()
        qtbot.waitExposed(win)
        made.append(win)
        return win

    yield make
    for win in made:
        win.sync.stop()
        win.runner.shutdown()


def sync_page(win: MainWindow) -> SyncPage:
    page = win.show_page("sync")
    assert isinstance(page, SyncPage)
    return page


def connect_through_form(qtbot: QtBot, win: MainWindow, url: str, user: str, pw: str) -> None:
    page = sync_page(win)
    page.url_edit.setText(url)
    page.user_edit.setText(user)
    page.password_edit.setText(pw)
    page.connect_button.click()
    qtbot.waitUntil(lambda: "Connected" in page.connect_message.text(), timeout=20_000)


def wait_state(qtbot: QtBot, win: MainWindow, state: SyncState, timeout: int = 30_000) -> None:
    try:
        qtbot.waitUntil(
            lambda: win.sync.status.state is state and not win.sync.busy(), timeout=timeout
        )
    except Exception:
        raise AssertionError((win.sync.status, win.sync.last_report)) from None


def test_indicator_goes_offline_when_the_server_is_unreachable(
    qtbot: QtBot, gui_ctx: AppContext, make_window: Any
) -> None:
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    gui_ctx.settings.central.url = f"postgresql://127.0.0.1:{port}/pmo"
    gui_ctx.settings.central.user = "ann"
    win = make_window(gui_ctx)
    wait_state(qtbot, win, SyncState.OFFLINE)
    assert win.sync_indicator.state is SyncState.OFFLINE
    assert win.sync_indicator.text() == "Offline"
    assert "cannot be reached" in win.sync_indicator.toolTip()
    # Sync now while offline: nothing is lost, the sentence says so.
    win.sync_action.trigger()
    wait_state(qtbot, win, SyncState.OFFLINE)
    assert "Your work is kept" in sync_page(win).detail_label.text()
    assert win.sync.last_report is not None and win.sync.last_report.pending >= 0


def test_not_set_up_indicator_opens_the_sync_page(
    qtbot: QtBot, gui_ctx: AppContext, make_window: Any
) -> None:
    win = make_window(gui_ctx, "portfolio")
    wait_state(qtbot, win, SyncState.NOT_SET_UP)
    assert win.sync_indicator.text() == "Sync not set up"
    win.sync_indicator.click()
    assert isinstance(win.pages.currentWidget(), SyncPage)
    assert ("F5", "Sync now") in win.shortcut_entries()


def test_sync_now_pushes_an_item_made_in_the_window_and_shows_up_to_date(
    qtbot: QtBot, gui_ctx: AppContext, make_window: Any, central: Any
) -> None:
    login = central.add_user("gui")
    win = make_window(gui_ctx)
    connect_through_form(qtbot, win, central.url(), login, "secret-gui")
    wait_state(qtbot, win, SyncState.UP_TO_DATE)
    # The password is in the vault, never in the settings file.
    assert "secret-gui" not in gui_ctx.paths.settings_file.read_text(encoding="utf-8")
    assert win.sync.vault.load(central.url(), login) == "secret-gui"
    assert win.sync.vault.in_memory  # tests run without a keyring: the notice is shown
    assert "in memory" in sync_page(win).connect_message.text()

    pid = projects.create_project(
        gui_ctx.store, projects.NewProject(code="GUI1", name="Clinic", owner_name="Trust")
    ).value.id
    item = punch.create_punch_item(
        gui_ctx.store, pid, punch.NewPunchItem(title="Cracked tile by the lift")
    ).value
    win.sync_action.trigger()  # F5
    qtbot.waitUntil(lambda: win.sync.status.state is SyncState.SYNCING or win.sync.busy())
    wait_state(qtbot, win, SyncState.UP_TO_DATE)
    report = win.sync.last_report
    assert report is not None and report.ok and report.pushed >= 2, report
    assert win.sync_indicator.text().startswith("Up to date at ")
    rows = central.sql(
        "SELECT data->>'title' FROM pmo.records WHERE tbl = 'punch_items' AND id = %s",
        (item.id,),
    )
    assert rows == [("Cracked tile by the lift",)]
    assert "sent" in sync_page(win).report_label.text()
    win.grab().save(str(gui_ctx.paths.data.parent / "sync-window.png"))


def test_conflict_on_a_guarded_field_is_decided_on_the_sync_page(
    qtbot: QtBot, gui_ctx: AppContext, make_window: Any, central: Any, make_laptop: Any, h: Any
) -> None:
    login = central.add_user("cfl")
    win = make_window(gui_ctx)
    connect_through_form(qtbot, win, central.url(), login, "secret-cfl")
    wait_state(qtbot, win, SyncState.UP_TO_DATE)
    store = gui_ctx.store
    pid = projects.create_project(
        store, projects.NewProject(code="GUI2", name="School", owner_name="District")
    ).value.id
    co = change_orders.create_change_order(
        store,
        pid,
        title="Extra fire door",
        reason="owner_request",
        lines=[change_orders.LineInput("Door", 1, Decimal("1200.00"))],
    ).value
    win.sync.sync_now()
    wait_state(qtbot, win, SyncState.UP_TO_DATE)
    other = make_laptop("other")
    creds = central.creds(login)
    assert sync_once(other, creds).ok
    # Both sides change the status (a guarded field: a person decides).
    change_orders.void(other, co.id, "Not needed after all")
    assert sync_once(other, creds).ok
    change_orders.submit(store, co.id, "Please approve")
    win.sync.sync_now()
    try:
        wait_state(qtbot, win, SyncState.ATTENTION)
    except AssertionError as exc:
        server = central.sql(
            "SELECT tbl, data->>'status', field_versions, row_version FROM pmo.records "
            "WHERE id = %s OR tbl = '_conflicts'",
            (co.id,),
        )
        raise AssertionError((exc, server)) from None
    assert win.sync_indicator.text() == "Needs attention"
    assert "Conflicts waiting for your decision" in win.sync_indicator.toolTip()
    page = sync_page(win)
    qtbot.waitUntil(lambda: page.conflicts.table.rowCount() == 1, timeout=10_000)
    cells = [page.conflicts.table.item(0, c).text() for c in range(6)]
    assert cells[0] == "CE-001 · Extra fire door", cells
    assert cells[1] == "status"
    assert {cells[2], cells[4]} == {"pending", "void"}, cells
    assert login in cells[3] and login in cells[5]
    assert any(ch.isdigit() for ch in cells[3])  # when
    win.grab().save(str(gui_ctx.paths.data.parent / "sync-conflict.png"))
    theirs = cells[4]
    page.conflicts.table.selectRow(0)
    page.keep_theirs.click()
    qtbot.waitUntil(lambda: page.conflicts.table.rowCount() == 0, timeout=10_000)
    assert page.conflicts.empty.isVisible()
    # The choice syncs like any edit: the other laptop gets it on its next sync.
    win.sync.sync_now()
    wait_state(qtbot, win, SyncState.UP_TO_DATE)
    assert sync_once(other, creds).ok
    got = change_orders.lines_of(other, co.id)
    assert got  # the record is intact
    for st in (store, other):
        with st.read() as s:
            from executrek.models.records.change_order.model import ChangeOrder

            row = s.get(ChangeOrder, co.id)
            assert row is not None and row.status.value == theirs
    h.assert_equal(central, login, store, other)
    assert not win.error_messages


class RefusingServer:
    """Speaks just enough of the PostgreSQL protocol to ask for a password and refuse it
    as a real server does (SQLSTATE 28P01); the test server trusts every local login, so
    a wrong password cannot be shown against it."""

    def __init__(self) -> None:
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.listener.settimeout(0.2)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, name="refusing-pg", daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                client, _ = self.listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            with contextlib.suppress(OSError), client:
                client.settimeout(5)
                self._talk(client)

    def _talk(self, client: socket.socket) -> None:
        while True:
            head = client.recv(8)
            if len(head) < 8:
                return
            length, code = struct.unpack("!ii", head)
            if length > 8:
                client.recv(length - 8)
            if code in (80877103, 80877104):  # SSLRequest, GSSENCRequest: no
                client.sendall(b"N")
                continue
            break
        client.sendall(b"R" + struct.pack("!ii", 8, 3))  # cleartext password, please
        client.recv(1024)
        fields = b"SFATAL\0VFATAL\0C28P01\0M" + b'password authentication failed for user "ann"\0\0'
        client.sendall(b"E" + struct.pack("!i", len(fields) + 4) + fields)

    def close(self) -> None:
        self._stop.set()
        self.listener.close()
        self._thread.join(timeout=2)


def test_a_wrong_password_is_a_plain_sentence_with_what_to_do(
    qtbot: QtBot, gui_ctx: AppContext, make_window: Any
) -> None:
    server = RefusingServer()
    try:
        win = make_window(gui_ctx)
        page = sync_page(win)
        page.url_edit.setText(f"postgresql://127.0.0.1:{server.port}/pmo")
        page.user_edit.setText("ann")
        page.password_edit.setText("wrong")
        page.connect_button.click()
        qtbot.waitUntil(lambda: "refused" in page.connect_message.text(), timeout=20_000)
        text = page.connect_message.text()
        assert "user name or password" in text and "enter the right password" in text
        assert "Traceback" not in text and "28P01" not in text
        assert gui_ctx.settings.central.url == ""  # nothing remembered
        # A stored connection whose password stopped working: the indicator says so.
        gui_ctx.settings.central.url = f"postgresql://127.0.0.1:{server.port}/pmo"
        gui_ctx.settings.central.user = "ann"
        win.sync.vault.save(gui_ctx.settings.central.url, "ann", "stale")
        win.sync.sync_now()
        wait_state(qtbot, win, SyncState.ATTENTION)
        assert "enter the right password" in win.sync_indicator.toolTip()
        assert not win.error_messages
    finally:
        win.sync.stop()
        win.runner.shutdown()
        server.close()


def test_the_schedule_backs_off_after_failures_and_syncs_when_something_waits() -> None:
    sched = SyncSchedule(check_every_s=60, pull_every_s=180, max_backoff_s=600)
    assert sched.should_sync(0, pending=0)  # never synced
    sched.record_success(0)
    assert not sched.should_sync(10, pending=0)
    assert sched.should_sync(10, pending=3)
    assert sched.should_sync(181, pending=0)
    delays = []
    for i in range(6):
        sched.record_failure(1000 + i)
        delays.append(sched.backoff())
    assert delays == [60, 120, 240, 480, 600, 600]
    assert not sched.should_sync(1006 + 100, pending=5)
    assert sched.should_sync(1005 + 600, pending=5)
    assert sched.next_check_in(1005) == 600
    sched.record_success(2000)
    assert sched.failures == 0 and sched.next_check_in(2000) == 60
