from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from executrek.app import demo
from executrek.app.context import AppContext, open_context, prepare
from executrek.app.logging_setup import shutdown
from executrek.ui.launch import build_window, ensure_identity
from executrek.ui.main_window import MainWindow
from executrek.ui.pages.portfolio_page import Col, PortfolioPage


def page(window: MainWindow) -> PortfolioPage:
    widget = window.page_widgets["portfolio"]
    assert isinstance(widget, PortfolioPage)
    return widget


@pytest.fixture
def ctx(tmp_path: Path) -> Iterator[AppContext]:
    app_paths, recent = prepare(tmp_path / "data")
    context = open_context(app_paths, recent)
    ensure_identity(context)
    yield context
    context.close()
    shutdown()


@pytest.fixture
def window(qtbot: QtBot, ctx: AppContext) -> Iterator[MainWindow]:
    win = build_window(ctx)
    qtbot.addWidget(win)
    yield win
    win.runner.shutdown()


def test_empty_store_says_how_to_start(qtbot: QtBot, window: MainWindow) -> None:
    window.show()
    qtbot.waitUntil(lambda: page(window).summary.text() == "0 project(s)")
    assert page(window).empty.isVisible()


def test_demo_from_the_menu_fills_the_portfolio(
    qtbot: QtBot, window: MainWindow, qapp: object
) -> None:
    window.show()
    window.demo_action.trigger()
    assert not window.demo_action.isEnabled()
    qtbot.waitUntil(lambda: page(window).model.rowCount() == 3, timeout=30_000)
    model = page(window).model
    ModelTester(None).check(model)  # type: ignore[arg-type]
    codes = [model.index(r, Col.CODE).data() for r in range(3)]
    assert codes == ["HOSP-EW", "OFC-HP", "SCH-LHS"]
    qtbot.waitUntil(lambda: window.project_box.count() == 3)
    assert window.current_project_id is not None
    assert model.index(0, Col.CONTRACT).data() == "USD 48,500,000"
    assert window.demo_action.isEnabled()


def test_identity_is_set_on_first_start(ctx: AppContext) -> None:
    assert ctx.store.actor.user_id is not None
    assert ctx.settings.identity.username


def test_second_demo_load_is_a_message_not_a_crash(
    qtbot: QtBot, window: MainWindow, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    demo.build(ctx.store)
    messages: list[str] = []
    monkeypatch.setattr(window, "show_error", messages.append)
    window.load_demo()
    qtbot.waitUntil(lambda: bool(messages), timeout=10_000)
    assert "already loaded" in messages[0]


def test_window_paints_before_the_store_opens_then_fills(qtbot: QtBot, tmp_path: Path) -> None:
    from executrek.app import settings
    from executrek.ui import launch

    app_paths, recent = prepare(tmp_path / "shell")
    app = launch.make_app()
    win, _opening = launch.start(app, app_paths, recent, settings.Settings(demo_offered=True))
    qtbot.addWidget(win)
    try:
        assert win.isVisible()
        with qtbot.waitSignal(win.opened, timeout=30_000):
            pass
        assert win.nav.isEnabled()
        assert win.ctx.store.actor.user_id is not None
        qtbot.waitUntil(lambda: page(win).summary.text() == "0 project(s)")
    finally:
        win.runner.shutdown()
        win.ctx.close()
        shutdown()


def test_a_store_that_cannot_open_is_a_message(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from executrek.app import settings
    from executrek.ui import launch

    data = tmp_path / "bad"
    data.mkdir()
    (data / "executrek.sqlite").write_bytes(b"definitely not sqlite" * 100)
    shown: list[str] = []
    monkeypatch.setattr(
        launch.QMessageBox, "critical", lambda _parent, _title, text: shown.append(text)
    )
    app_paths, recent = prepare(data)
    win, _opening = launch.start(
        launch.make_app(), app_paths, recent, settings.Settings(demo_offered=True)
    )
    qtbot.addWidget(win)
    try:
        qtbot.waitUntil(lambda: bool(shown), timeout=30_000)
        assert "not an Executrek database" in shown[0]
        assert (data / "executrek.sqlite").read_bytes() == b"definitely not sqlite" * 100
    finally:
        win.runner.shutdown()
        shutdown()


def test_demo_is_offered_once_on_an_empty_store(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from executrek.app import settings
    from executrek.ui import launch

    asked: list[str] = []

    def question(_parent: object, _title: str, text: str) -> object:
        asked.append(text)
        return launch.QMessageBox.StandardButton.No

    monkeypatch.setattr(launch.QMessageBox, "question", question)
    for _ in range(2):
        app_paths, recent = prepare(tmp_path / "first")
        prefs = settings.load(app_paths.settings_file)
        win, _opening = launch.start(launch.make_app(), app_paths, recent, prefs)
        qtbot.addWidget(win)
        try:
            with qtbot.waitSignal(win.opened, timeout=30_000):
                pass
            qtbot.wait(50)  # the question is asked right after the window fills
        finally:
            win.runner.shutdown()
            win.ctx.close()
            shutdown()
    assert len(asked) == 1 and "demo portfolio" in asked[0]
