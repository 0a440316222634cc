"""Start-up shows the first screen from a plain sqlite3 read of the store while the ORM
loads behind it: the same numbers, the right screen, and a clean hand-over to the open
store."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from executrek.app import demo, settings
from executrek.app.context import open_context, prepare
from executrek.app.first_view import read_first_view
from executrek.app.logging_setup import shutdown
from executrek.models.errors import WorkflowError
from executrek.models.local_read import DB_FILENAME, SCHEMA_HEAD, LocalFile
from executrek.models.services import dashboard, health, projects
from executrek.ui import launch
from executrek.ui.main_window import MainWindow
from executrek.ui.pages.dashboard_page import DashboardPage
from executrek.ui.tasks import TaskRunner

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One demo store for the module; each test copies it."""
    folder = tmp_path_factory.mktemp("first-view") / "data"
    app_paths, recent = prepare(folder)
    ctx = open_context(app_paths, recent)
    launch.ensure_identity(ctx)
    demo.build(ctx.store)
    ctx.close()
    shutdown()
    return folder


@pytest.fixture
def data(demo_folder: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "data"
    shutil.copytree(demo_folder, copy)
    return copy


@pytest.fixture
def started(qtbot: QtBot, data: Path) -> Iterator[tuple[MainWindow, list[str]]]:
    """``start()`` on the copy, remembering the dashboard; the list records, in order,
    what the test hooks saw."""
    app_paths, recent = prepare(data)
    prefs = settings.load(app_paths.settings_file)
    prefs.demo_offered = True
    prefs.last_page = "dashboard"
    win, _first = launch.start(launch.make_app(), app_paths, recent, prefs)
    qtbot.addWidget(win)
    seen: list[str] = []
    win.opened.connect(lambda: seen.append("opened"))  # before the event loop runs
    yield win, seen
    win.close()
    win.runner.shutdown()
    if win.ctx is not None:
        win.ctx.close()
    shutdown()


def test_dashboard_comes_from_the_file_before_the_store_opens(
    qtbot: QtBot, started: tuple[MainWindow, list[str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    win, seen = started
    store_open_when_shown: list[bool] = []  # one entry per fill from the first view
    fill = DashboardPage.show_data

    def recorded(page: DashboardPage, d: dashboard.Dashboard) -> None:
        store_open_when_shown.append(page.window_.ctx is not None)
        fill(page, d)

    # Recorded as it happens (a poll can miss the moment: the store may open within one
    # polling interval); the event loop has not run yet, so nothing is missed.
    monkeypatch.setattr(DashboardPage, "show_data", recorded)
    qtbot.waitUntil(lambda: "opened" in seen, timeout=30_000)
    assert store_open_when_shown == [False]  # read through the LocalFile
    assert win.nav.currentRow() == list(win.page_widgets.specs).index("dashboard")
    assert win.project_box.count() == 3
    page = win.page_widgets["dashboard"]
    assert isinstance(page, DashboardPage) and page.data is not None
    hospital = win.current_project_id
    assert hospital is not None
    # The screen shows exactly what the open store says (same day, same project).
    assert page.data == dashboard.dashboard(win.ctx.store, hospital)
    assert win.menuBar().isEnabled()


def test_a_screen_picked_before_the_store_opens_is_built_when_it_does(
    qtbot: QtBot, started: tuple[MainWindow, list[str]]
) -> None:
    win, _ = started
    seen: list[tuple[bool, bool, str]] = []

    def pick_punch() -> None:
        """The user picks the punch list the moment the first view shows (acting in the
        signal, not after a poll: the store may open within one polling interval)."""
        win.show_page_row(list(win.page_widgets.specs).index("punch"))
        current = win.pages.currentWidget()
        text = current.text() if hasattr(current, "text") else ""
        seen.append((win.ctx is None, "punch" in win.page_widgets.built, text))

    win.first_view_ready.connect(pick_punch)
    with qtbot.waitSignal(win.opened, timeout=30_000):
        pass
    assert seen, "the first view never showed"
    store_closed, built, text = seen[0]
    assert store_closed  # the store opens only after the first screen settles
    assert not built  # the punch list needs the store
    assert "Opening" in text
    qtbot.waitUntil(lambda: "punch" in win.page_widgets.built)
    assert win.pages.currentWidget() is win.page_widgets["punch"]
    assert win.prefs.last_page == "punch"


def test_the_screen_and_project_at_close_are_where_the_next_start_opens(
    qtbot: QtBot, data: Path
) -> None:
    app_paths, recent = prepare(data)
    ctx = open_context(app_paths, recent)
    school = projects.find_project(ctx.store, "SCH-LHS").id
    ctx.close()
    prefs = settings.load(app_paths.settings_file)
    prefs.demo_offered = True
    win, _ = launch.start(launch.make_app(), app_paths, recent, prefs)
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.opened, timeout=30_000):
        pass
    assert win.nav.currentRow() == 0  # nothing remembered yet: the portfolio
    qtbot.waitUntil(lambda: win.project_box.count() == 3)
    win.set_project(school)
    win.show_page_row(list(win.page_widgets.specs).index("dashboard"))
    win.close()
    win.ctx.close()
    saved = json.loads(app_paths.settings_file.read_text(encoding="utf-8"))
    assert saved["last_page"] == "dashboard" and saved["last_project"] == school

    again, _ = launch.start(
        launch.make_app(), app_paths, recent, settings.load(app_paths.settings_file)
    )
    qtbot.addWidget(again)
    opened: list[bool] = []
    again.opened.connect(lambda: opened.append(True))  # before the event loop runs
    try:
        qtbot.waitUntil(lambda: "dashboard" in again.page_widgets.built, timeout=30_000)
        page = again.page_widgets["dashboard"]
        assert isinstance(page, DashboardPage)
        qtbot.waitUntil(lambda: page.data is not None, timeout=30_000)
        assert page.data is not None and page.data.health.code == "SCH-LHS"
        qtbot.waitUntil(lambda: bool(opened), timeout=30_000)
    finally:
        again.close()
        again.runner.shutdown()
        if again.ctx is not None:
            again.ctx.close()
        shutdown()


def test_the_plain_read_and_the_store_give_the_same_numbers(data: Path) -> None:
    app_paths, recent = prepare(data)
    ctx = open_context(app_paths, recent)
    try:
        source = LocalFile.at_head(data)
        assert source is not None
        assert health.portfolio(source) == health.portfolio(ctx.store)
        for p in projects.list_projects(ctx.store):
            assert dashboard.dashboard(source, p.id) == dashboard.dashboard(ctx.store, p.id)
    finally:
        ctx.close()
        shutdown()


def test_the_plain_read_never_writes(data: Path) -> None:
    source = LocalFile.at_head(data)
    assert source is not None
    with source.sql() as con, pytest.raises(sqlite3.OperationalError, match="readonly"):
        con.execute("DELETE FROM punch_items")
    with source.sql() as con:
        assert con.execute("SELECT count(*) FROM punch_items").fetchone()[0] > 0


def test_anything_unusual_leaves_the_first_screen_to_the_full_open(tmp_path: Path) -> None:
    folder = tmp_path / "d"
    folder.mkdir()
    assert read_first_view(folder) is None  # no file: a new store is created by the open
    path = folder / DB_FILENAME
    path.write_bytes(b"")
    assert read_first_view(folder) is None
    path.write_bytes(b"not a database at all" * 50)
    assert read_first_view(folder) is None
    path.unlink()
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE alembic_version (version_num TEXT)")
    con.execute("INSERT INTO alembic_version VALUES ('0003_older')")
    con.commit()
    con.close()
    assert read_first_view(folder) is None  # needs a migration first
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = ?", (SCHEMA_HEAD,))
    con.commit()
    con.close()
    assert read_first_view(folder) is None  # at head but no tables: the read fails


def test_runner_is_idle_only_after_callbacks_stop_submitting(qtbot: QtBot) -> None:
    runner = TaskRunner()
    seen: list[str] = []
    runner.idle.connect(lambda: seen.append("idle"))

    def second(_r: object) -> None:
        seen.append("second")

    def first(_r: object) -> None:
        seen.append("first")
        runner.submit(lambda _h: 2, on_done=second)

    runner.submit(lambda _h: 1, on_done=first)
    qtbot.waitUntil(lambda: "idle" in seen, timeout=10_000)
    assert seen == ["first", "second", "idle"]

    def refused(_h: object) -> None:
        raise WorkflowError("Refused on purpose.")

    runner.submit(refused, on_error=lambda _m: seen.append("error"))
    qtbot.waitUntil(lambda: seen.count("idle") == 2, timeout=10_000)
    assert seen[-2:] == ["error", "idle"]
    runner.shutdown()


def test_the_first_screen_is_up_before_sqlalchemy_is_imported(data: Path) -> None:
    """In a fresh process: the dashboard shows its data with no SQLAlchemy loaded; the
    store opens afterwards."""
    code = textwrap.dedent(
        f"""
        import sys
        from executrek.app import settings
        from executrek.app.context import prepare
        from executrek.ui.event_wait import wait_until
        from executrek.ui.launch import make_app, start

        app = make_app(["executrek"])
        paths, recent = prepare({str(data)!r})
        prefs = settings.load(paths.settings_file)
        prefs.demo_offered = True
        prefs.last_page = "dashboard"
        window, _ = start(app, paths, recent, prefs)
        seen = []

        def built(key):
            if key == "dashboard":
                page = window.page_widgets[key]
                page.filled.connect(lambda: seen.append("sqlalchemy" in sys.modules))
                if page.data is not None:
                    seen.append("sqlalchemy" in sys.modules)

        window.page_built.connect(built)
        if "dashboard" in window.page_widgets.built:  # built in the shell already
            built("dashboard")
        assert wait_until(lambda: bool(seen), timeout=60)
        assert wait_until(lambda: window.ctx is not None, timeout=60)
        print("ORM-AT-FIRST-SCREEN", seen[0], "ORM-AFTER", "sqlalchemy" in sys.modules)
        window.close()
        window.ctx.close()
        """
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={**_env(), "QT_QPA_PLATFORM": "offscreen"},
    )
    assert out.returncode == 0, out.stderr
    assert "ORM-AT-FIRST-SCREEN False ORM-AFTER True" in out.stdout, out.stdout + out.stderr


def _env() -> dict[str, str]:
    import os

    return dict(os.environ)


def test_a_first_view_that_breaks_only_costs_the_head_start(
    data: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """Damaged values in the rows (a bug's kind of failure) log and fall back."""
    from executrek.app import first_view

    def broken(*_a: object, **_k: object) -> None:
        raise ValueError("Invalid isoformat string: 'garbage'")

    monkeypatch.setattr(first_view.dashboard, "dashboard", broken)
    assert read_first_view(data, "dashboard", "") is None
    assert "first view failed" in caplog.text
    assert read_first_view(data, "portfolio", "") is not None
