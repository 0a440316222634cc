"""The inspection list with its filters, on the demo portfolio."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from executrek.app import demo
from executrek.app.context import AppContext, open_context, prepare
from executrek.app.logging_setup import shutdown
from executrek.models.migrate import open_store
from executrek.models.records.inspection import queries as inspection_queries
from executrek.models.records.inspection.model import InspectionResult, InspectionStatus
from executrek.ui import main_window
from executrek.ui.inspections.inspections_page import InspectionsPage
from executrek.ui.inspections.inspections_table import Col
from executrek.ui.launch import build_window, ensure_identity
from executrek.ui.main_window import MainWindow
from executrek.ui.pages import registry


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo portfolio, built once for this module and copied for each test."""
    folder = tmp_path_factory.mktemp("demo") / "data"
    store = open_store(folder)
    try:
        demo.build(store)
    finally:
        store.close()
    return folder


@pytest.fixture
def ctx(tmp_path: Path, demo_folder: Path) -> Iterator[AppContext]:
    shutil.copytree(demo_folder, tmp_path / "data")
    app_paths, recent = prepare(tmp_path / "data")
    context = open_context(app_paths, recent)
    ensure_identity(context)
    yield context
    context.close()
    shutdown()


@pytest.fixture
def window(qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    only = [spec for spec in registry.PAGES if spec.key == "inspections"]
    monkeypatch.setattr(main_window, "PAGES", only)
    win = build_window(ctx)
    qtbot.addWidget(win)
    yield win
    win.runner.shutdown()


def shown(qtbot: QtBot, window: MainWindow) -> InspectionsPage:
    page = window.page_widgets["inspections"]
    assert isinstance(page, InspectionsPage)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: page.model.rowCount() == 6 and page.location_box.count() > 1)
    return page


def refiltered(qtbot: QtBot, page: InspectionsPage, change: object) -> list[str]:
    with qtbot.waitSignal(page.refreshed, timeout=10_000):
        change()  # type: ignore[operator]
    return [page.model.row_at(r).number for r in range(page.model.rowCount())]


def test_filters_narrow_the_list(
    qtbot: QtBot, qtmodeltester: ModelTester, window: MainWindow, ctx: AppContext
) -> None:
    page = shown(qtbot, window)
    qtmodeltester.check(page.model)
    pid = str(page.project_id)
    every = inspection_queries.list_inspections(ctx.store, pid)
    assert [page.model.index(r, Col.NUMBER).data() for r in range(6)] == [r.number for r in every]
    assert page.summary.text().startswith("6 inspection(s) · 5 completed")

    # sorting on any column, here by score (low first), keeps the selection
    page.table.selectRow(0)
    selected = page.selected_id()
    page.table.sortByColumn(Col.SCORE, Qt.SortOrder.AscendingOrder)
    qtmodeltester.check(page.model)
    scores = [page.model.row_at(r).score for r in range(6)]
    assert scores[0] is None  # the one in progress has no score yet
    assert scores[1:] == sorted(s for s in scores if s is not None)
    assert page.selected_id() == selected
    page.table.sortByColumn(Col.DATE, Qt.SortOrder.DescendingOrder)
    assert [page.model.row_at(r).number for r in range(6)] == [r.number for r in every]

    status = page.status_box.findData(InspectionStatus.IN_PROGRESS.value)
    numbers = refiltered(qtbot, page, lambda: page.status_box.setCurrentIndex(status))
    assert numbers == [r.number for r in every if r.status is InspectionStatus.IN_PROGRESS]
    assert page.model.index(0, Col.STATUS).data() == "In progress"
    assert page.model.index(0, Col.RESULT).data() == ""  # no result until it is completed

    refiltered(qtbot, page, page.clear_filters)
    assert page.model.rowCount() == 6
    fail = page.result_box.findData(InspectionResult.FAIL.value)
    numbers = refiltered(qtbot, page, lambda: page.result_box.setCurrentIndex(fail))
    assert numbers == [r.number for r in every if r.result is InspectionResult.FAIL]
    refiltered(qtbot, page, page.clear_filters)

    template_id = page.template_box.itemData(1)
    numbers = refiltered(qtbot, page, lambda: page.template_box.setCurrentIndex(1))
    matching = inspection_queries.list_inspections(
        ctx.store, pid, inspection_queries.InspectionFilter(template_id=template_id)
    )
    assert numbers == [r.number for r in matching]
    refiltered(qtbot, page, page.clear_filters)

    newest = every[0].inspection_date
    day = QDate(newest.year, newest.month, newest.day)
    numbers = refiltered(qtbot, page, lambda: page.from_edit.setDate(day))
    assert numbers == [r.number for r in every if r.inspection_date >= newest]
    refiltered(qtbot, page, page.clear_filters)

    numbers = refiltered(qtbot, page, lambda: qtbot.keyClicks(page.search_edit, every[3].number))
    assert numbers == [every[3].number]
    refiltered(qtbot, page, page.clear_filters)

    located = every[2]
    building = located.location.split(" › ")[0]
    index = next(
        i for i in range(page.location_box.count()) if page.location_box.itemText(i) == building
    )
    numbers = refiltered(qtbot, page, lambda: page.location_box.setCurrentIndex(index))
    assert located.number in numbers
    assert all(page.model.row_at(r).location.startswith(building) for r in range(len(numbers)))

    # nothing matches: the list says so instead of showing an empty grid
    refiltered(qtbot, page, page.clear_filters)
    refiltered(qtbot, page, lambda: qtbot.keyClicks(page.search_edit, "no such inspection"))
    assert page.empty.isVisibleTo(page)
    assert page.empty.text() == "No inspection matches these filters."


def test_opening_a_completed_inspection_shows_its_result(
    qtbot: QtBot, qtmodeltester: ModelTester, window: MainWindow, ctx: AppContext
) -> None:
    page = shown(qtbot, window)
    row = next(
        r
        for r in range(page.model.rowCount())
        if page.model.row_at(r).status is InspectionStatus.COMPLETED
    )
    window.activateWindow()
    page.table.setFocus()
    page.table.selectRow(row)
    with qtbot.waitSignal(page.runner.loaded, timeout=10_000):
        qtbot.keyClick(page.table, Qt.Key.Key_Return)  # Enter opens it
    runner = page.runner
    assert runner.right.currentIndex() == 1
    assert "Signed by Alex Morgan (Owner's representative)" in runner.finish.signatures_label.text()
    assert runner.finish.result_label.text().startswith(("Pass", "Fail"))
    qtmodeltester.check(runner.model)
    assert all(e.answered for e in runner.model.rows())
    assert page.model.row_at(row).id == runner.inspection_id
    with qtbot.waitSignal(runner.closed):
        qtbot.mouseClick(runner.back_button, Qt.MouseButton.LeftButton)
    assert page.stack.currentWidget() is page.tabs
