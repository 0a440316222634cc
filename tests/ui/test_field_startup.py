"""Start-up and first-use flows: the demo loads with a cancellable progress dialog off the
GUI thread, the Settings identity is the database user, and a second copy of the app on
the same data folder refuses to open."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from gui_fixtures import MakeWindow, demo_ctx, gui_ctx, idle, make_window
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QPushButton
from pytestqt.qtbot import QtBot

from executrek.app.context import AppContext, prepare
from executrek.app.instance_lock import LOCK_NAME, InstanceLock
from executrek.app.photos.blobstore import BlobStore
from executrek.models.records.drawing import service as drawings
from executrek.models.services import projects, users
from executrek.ui import launch
from executrek.ui.main_window import MainWindow
from executrek.ui.pages.portfolio_page import PortfolioPage
from executrek.ui.pages.settings_page import SettingsPage

__all__ = ["demo_ctx", "gui_ctx", "make_window"]


def _progress(window: MainWindow) -> QProgressDialog:
    dialog = window.findChild(QProgressDialog)
    assert isinstance(dialog, QProgressDialog)
    return dialog


def test_demo_loads_with_progress_and_refreshes_the_window(
    qtbot: QtBot, gui_ctx: AppContext, make_window: MakeWindow
) -> None:
    window = make_window(gui_ctx, "portfolio")
    idle(qtbot, window)
    seen: list[tuple[int, int]] = []
    window.demo_action.trigger()
    dialog = _progress(window)
    assert dialog.isVisible() and not dialog.wasCanceled()
    assert not window.demo_action.isEnabled()
    handle = next(iter(window.runner._live))
    handle.progressed.connect(lambda done, total: seen.append((done, total)))
    idle(qtbot, window, timeout=60_000)
    assert seen[-1] == (3, 3)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    qtbot.waitUntil(lambda: window.findChild(QProgressDialog) is None)  # closed and deleted
    assert window.demo_action.isEnabled()
    assert window.statusBar().currentMessage() == "Demo portfolio loaded."
    portfolio = window.page_widgets["portfolio"]
    assert isinstance(portfolio, PortfolioPage)
    qtbot.waitUntil(lambda: portfolio.model.rowCount() == 3)
    qtbot.waitUntil(lambda: window.project_box.count() == 3)
    # The GUI's demo is the CLI's: every project has its drawing set with the originals.
    for project in projects.list_projects(gui_ctx.store):
        sheets = drawings.list_sheets(gui_ctx.store, project.id)
        assert [s.sheet_number for s in sheets] == ["A-101", "A-102"], project.code
    for sha in drawings.drawing_shas(gui_ctx.store):
        assert BlobStore(gui_ctx.paths.blobs).path_for(sha).is_file()


def test_cancelled_demo_keeps_the_finished_project(
    qtbot: QtBot, gui_ctx: AppContext, make_window: MakeWindow
) -> None:
    window = make_window(gui_ctx, "portfolio")
    idle(qtbot, window)
    window.load_demo()
    dialog = _progress(window)
    cancel = dialog.findChild(QPushButton)
    assert isinstance(cancel, QPushButton) and cancel.text() == "Cancel"
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)  # stops after the project being built
    assert "Stopping" in dialog.labelText()
    idle(qtbot, window, timeout=60_000)
    assert window.statusBar().currentMessage() == (
        "Demo loading cancelled: 1 of 3 projects loaded."
    )
    assert [p.code for p in projects.list_projects(gui_ctx.store)] == ["HOSP-EW"]
    portfolio = window.page_widgets["portfolio"]
    assert isinstance(portfolio, PortfolioPage)
    qtbot.waitUntil(lambda: portfolio.model.rowCount() == 1)
    assert window.demo_action.isEnabled()


def test_settings_identity_is_the_database_user(
    qtbot: QtBot, demo_ctx: AppContext, make_window: MakeWindow
) -> None:
    store = demo_ctx.store
    ident = users.current_identity(store)
    assert ident is not None
    # Link the user to a person of the hospital's directory: company and role show.
    hospital = projects.find_project(store, "HOSP-EW")
    gc = projects.add_organisation(store, hospital.id, "Ødegård Bygg AS", "consultant").value
    person = projects.add_person(
        store, hospital.id, ident.display_name, organisation_id=gc.id, role="Owner's rep"
    ).value
    with store.transaction() as (s, _changes):
        from executrek.models.directory import Person

        row = s.get(Person, person.id)
        assert row is not None
        row.user_id = ident.user_id
    users.update_identity(
        store, ident.user_id, display_name="Zoë Anne Ødegård", email="", title="PM"
    )
    window = make_window(demo_ctx, "settings")
    page = window.page_widgets["settings"]
    assert isinstance(page, SettingsPage)
    idle(qtbot, window)
    form = page.identity
    assert form.isEnabled()
    assert form.display_name.text() == "Zoë Anne Ødegård"
    assert form.job_title.text() == "PM"
    assert form.initials.text() == "ZAØ"
    assert form.company.text() == "Ødegård Bygg AS"
    assert form.role.text() == "Owner's rep"

    form.email.setText("not an address")
    page.save()
    idle(qtbot, window)
    shown = form.errors.label("email")
    assert shown is not None and not shown.isHidden()
    assert shown.text() == "Email must look like name@example.com."
    assert users.current_identity(store).email == ""  # type: ignore[union-attr]

    form.email.setText("zoe@example.com")
    form.display_name.setText("Zoë Ødegård")
    form.job_title.setText("Owner's Representative")
    with qtbot.waitSignal(window.settings_changed, timeout=15_000):
        page.save()
    saved = users.current_identity(store)
    assert saved is not None
    assert (saved.display_name, saved.email, saved.title) == (
        "Zoë Ødegård",
        "zoe@example.com",
        "Owner's Representative",
    )
    assert demo_ctx.settings.identity.display_name == "Zoë Ødegård"
    assert form.initials.text() == "ZØ"


def test_second_lock_holder_is_refused_until_the_first_lets_go(tmp_path: Path) -> None:
    first, second = InstanceLock(tmp_path), InstanceLock(tmp_path)
    assert first.acquire()
    assert (tmp_path / LOCK_NAME).exists()
    assert not second.acquire()
    assert "already open on this computer" in second.refusal()
    first.release()
    assert second.acquire()
    second.release()


def test_second_copy_shows_a_message_and_opens_nothing(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "data"
    app_paths, _recent = prepare(data)
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(
                f"""
                import sys, time
                from pathlib import Path
                from executrek.app.instance_lock import InstanceLock
                lock = InstanceLock(Path({str(app_paths.data)!r}))
                print(lock.acquire(), flush=True)
                sys.stdin.readline()
                lock.release()
                """
            ),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "True"
        shown: list[str] = []
        monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
        started: list[object] = []
        monkeypatch.setattr(launch, "start", lambda *a: started.append(a))
        code = launch.run_gui(data)
        assert code == launch.ALREADY_OPEN
        assert started == []
        assert len(shown) == 1 and "already open on this computer" in shown[0]
        assert f"(process {holder.pid})" in shown[0]
    finally:
        assert holder.stdin is not None
        holder.stdin.write("\n")
        holder.stdin.close()
        holder.wait(timeout=30)
    # The first copy has gone: the lock is free again.
    lock = InstanceLock(app_paths.data)
    assert lock.acquire()
    lock.release()


def test_cli_reads_beside_an_open_window(
    demo_ctx: AppContext, capsys: pytest.CaptureFixture[str]
) -> None:
    """The lock is the GUI's: read-only commands still work while a window holds it."""
    from executrek.app import cli

    lock = InstanceLock(demo_ctx.paths.data)
    assert lock.acquire()
    try:
        code = cli.main(["--data-dir", str(demo_ctx.paths.data), "projects"])
    finally:
        lock.release()
    assert code == 0
    out = capsys.readouterr().out
    assert "HOSP-EW" in out and "SCH-LHS" in out


def test_dashboard_shows_the_numbers_before_the_charts(
    qtbot: QtBot, demo_ctx: AppContext, make_window: MakeWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Cards first (one aggregate pass), charts and the overdue list when ready."""
    import threading

    from executrek.models.services import dashboard
    from executrek.ui.pages.dashboard_page import DashboardPage

    release = threading.Event()
    real_details = dashboard.details

    def slow_details(*args: object, **kwargs: object) -> dashboard.Dashboard:
        assert release.wait(30)
        return real_details(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(dashboard, "details", slow_details)
    window = make_window(demo_ctx, "dashboard")
    page = window.page_widgets["dashboard"]
    assert isinstance(page, DashboardPage)
    qtbot.waitUntil(lambda: page.punch_card.value.text() != "—", timeout=15_000)
    assert page.data is None and not page.status_chart.bars  # charts not drawn yet
    assert "HOSP-EW" in page.title.text()
    release.set()
    idle(qtbot, window)
    assert page.data is not None and page.status_chart.bars
    assert page.punch_card.value.text() == f"{page.data.health.punch_open:,}"


def test_a_folder_without_room_for_a_lock_is_not_a_second_copy(tmp_path: Path) -> None:
    lock = InstanceLock(tmp_path / "not-there")  # the lock file cannot be created
    assert lock.acquire()  # proceeds; opening the store then says what is wrong
    assert not lock.held()
    assert not (tmp_path / "not-there").exists()
