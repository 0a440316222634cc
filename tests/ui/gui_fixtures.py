"""Fixtures for the screen tests: a data folder with the demo portfolio and a main window
holding only the screens a test needs (faster, and other screens cannot interfere)."""

from __future__ import annotations

import getpass
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from executrek.app.context import AppContext, open_context, prepare
from executrek.app.logging_setup import shutdown
from executrek.models.services import projects
from executrek.ui import main_window
from executrek.ui.launch import build_window, ensure_identity
from executrek.ui.main_window import MainWindow
from executrek.ui.pages import registry

MakeWindow = Callable[..., MainWindow]


@pytest.fixture
def gui_ctx(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[AppContext]:
    data = tmp_path / "data"
    if "demo_ctx" in request.fixturenames:
        shutil.copytree(request.getfixturevalue("demo_template"), data)
    app_paths, recent = prepare(data)
    context = open_context(app_paths, recent)
    ensure_identity(context)
    ident = context.settings.identity
    if not ident.username:  # the copy's user is the one the template's identity made
        ident.username = ident.display_name = getpass.getuser() or "rep"
    yield context
    context.close()
    shutdown()


@pytest.fixture
def demo_ctx(gui_ctx: AppContext) -> AppContext:
    """``gui_ctx`` on a copy of the demo portfolio (``demo_template``)."""
    hospital = projects.find_project(gui_ctx.store, "HOSP-EW")
    gui_ctx.settings.last_project = hospital.id
    return gui_ctx


@pytest.fixture
def make_window(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> Iterator[MakeWindow]:
    made: list[MainWindow] = []

    def make(ctx: AppContext, *keys: str) -> MainWindow:
        pages = [spec for spec in registry.PAGES if spec.key in keys] if keys else registry.PAGES
        monkeypatch.setattr(main_window, "PAGES", pages)
        win = build_window(ctx)
        messages: list[str] = []
        win.error_messages = messages  # type: ignore[attr-defined]
        monkeypatch.setattr(win, "show_error", messages.append)
        monkeypatch.setattr(win, "confirm_discard", lambda: True)
        qtbot.addWidget(win)
        win.resize(1400, 900)
        win.show()
        qtbot.waitExposed(win)
        win.activateWindow()
        qtbot.waitActive(win)
        made.append(win)
        return win

    yield make
    for win in made:
        win.runner.shutdown()


def idle(qtbot: QtBot, window: MainWindow, timeout: int = 15_000) -> None:
    """Wait until every background job has come back to the GUI thread."""
    qtbot.waitUntil(lambda: not window.runner.busy(), timeout=timeout)
