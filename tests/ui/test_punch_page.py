"""The punch list driven as a user would: quick entry, bulk close, filters, sorting,
saved filters, columns and the detail pane, on SQL-paged models."""

from __future__ import annotations

import pytest
from gui_fixtures import MakeWindow, demo_ctx, gui_ctx, idle, make_window
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from executrek.app.context import AppContext
from executrek.models.records.drawing import service as drawings
from executrek.models.records.punch import list_page as punch_list
from executrek.models.records.punch import queries as punch_queries
from executrek.models.records.punch.list_page import PunchFilter
from executrek.models.records.punch.model import PunchStatus
from executrek.models.services import projects
from executrek.ui.pages.punch_page import PunchPage
from executrek.ui.widgets.columns import IdRole

__all__ = ["demo_ctx", "gui_ctx", "make_window"]


def punch_page(window: object) -> PunchPage:
    page = window.page_widgets["punch"]  # type: ignore[attr-defined]
    assert isinstance(page, PunchPage)
    return page


def test_quick_entry_then_bulk_close(
    qtbot: QtBot, gui_ctx: AppContext, make_window: MakeWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(  # closing in bulk asks first
        QMessageBox,
        "question",
        lambda _parent, _title, text, *_a: asked.append(text) or QMessageBox.StandardButton.Yes,
    )
    project = projects.create_project(
        gui_ctx.store, projects.NewProject(code="T1", name="Test", owner_name="Owner")
    ).value
    loc = projects.add_location(gui_ctx.store, project.id, "L1", "Level 1", "floor").value
    gui_ctx.settings.last_project = project.id
    window = make_window(gui_ctx, "punch")
    page = punch_page(window)
    idle(qtbot, window)
    assert page.model.rowCount() == 0
    page.quick_location.setCurrentIndex(page.quick_location.findData(loc.id))
    page.quick_title.setFocus()
    for title in ("Scratched door", "Missing outlet cover", "Loose handrail"):
        qtbot.keyClicks(page.quick_title, title)
        qtbot.keyClick(page.quick_title, Qt.Key.Key_Return)
        idle(qtbot, window)
        assert page.quick_title.text() == ""
    # the location is remembered between entries
    assert page.quick_location.currentData() == loc.id
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    titles = [page.model.row_at(r).title for r in range(3)]
    assert titles == ["Scratched door", "Missing outlet cover", "Loose handrail"]
    assert {page.model.row_at(r).location for r in range(3)} == {"Level 1"}
    assert page.count_label.text() == "3 item(s) match"

    page.table.setFocus()
    page.table.selectAll()
    assert page.selection_label.text() == "3 selected"
    qtbot.mouseClick(page.bulk_close_button, Qt.MouseButton.LeftButton)
    idle(qtbot, window)
    qtbot.waitUntil(
        lambda: all(
            page.model.row_at(r).status is PunchStatus.CLOSED for r in range(page.model.rowCount())
        )
    )
    rows = punch_list.page(gui_ctx.store, project.id).rows
    assert [r.status for r in rows] == [PunchStatus.CLOSED] * 3
    assert asked == ["Close 3 punch item(s)? Undo (Ctrl+Z) reopens them."]


def test_empty_title_is_refused_inline(
    qtbot: QtBot, demo_ctx: AppContext, make_window: MakeWindow
) -> None:
    window = make_window(demo_ctx, "punch")
    page = punch_page(window)
    idle(qtbot, window)
    page.quick_title.setText("x" * 301)
    qtbot.keyClick(page.quick_title, Qt.Key.Key_Return)
    idle(qtbot, window)
    assert "title" in page.quick_message.text().lower()
    assert page.quick_title.text() == "x" * 301  # nothing typed is lost


def test_paged_model_filters_sorts_and_fetches_more(
    qtbot: QtBot, demo_ctx: AppContext, make_window: MakeWindow
) -> None:
    window = make_window(demo_ctx, "punch")
    page = punch_page(window)
    page.model.page_size = 50
    page.reload()
    idle(qtbot, window)
    assert page.model.rowCount() == 50
    total = page.model.total
    assert total == 421
    while page.model.has_more():
        assert page.model.canFetchMore()
        page.model.fetchMore()
        assert not page.model.canFetchMore()  # one page request in flight at a time
        idle(qtbot, window)
    assert page.model.rowCount() == total
    tester = ModelTester(None)  # type: ignore[arg-type]
    tester.check(page.model)  # type: ignore[arg-type]
    ids = page.model.loaded_ids()
    assert len(set(ids)) == total

    # sort by title (descending) through the header, as a click would
    title_col = next(i for i, c in enumerate(page.columns) if c.key == "title")
    with qtbot.waitSignal(page.model.page_shown):
        page.table.sortByColumn(title_col, Qt.SortOrder.DescendingOrder)
    titles = [page.model.row_at(r).title.lower() for r in range(page.model.rowCount())]
    assert titles == sorted(titles, reverse=True)

    # filter: status, overdue and text (debounced typing)
    bar = page.filter_bar
    with qtbot.waitSignal(page.model.page_shown):
        bar.status.setCurrentIndex(bar.status.findData("open"))
    assert {page.model.row_at(r).status for r in range(page.model.rowCount())} == {PunchStatus.OPEN}
    with qtbot.waitSignal(page.model.page_shown):
        bar.overdue.setChecked(True)
    idle(qtbot, window)
    expected = punch_list.count(
        demo_ctx.store,
        page.project_id or "",
        PunchFilter(statuses=frozenset({PunchStatus.OPEN}), overdue_only=True),
    )
    assert page.model.total == expected
    with qtbot.waitSignal(page.model.page_shown, timeout=5000):
        qtbot.keyClicks(bar.search, "sealant")
    assert all(
        "sealant" in page.model.row_at(r).title.lower() for r in range(page.model.rowCount())
    )
    ModelTester(None).check(page.model)  # type: ignore[arg-type]


def test_saved_filters_and_column_chooser_persist(
    qtbot: QtBot, demo_ctx: AppContext, make_window: MakeWindow
) -> None:
    window = make_window(demo_ctx, "punch")
    page = punch_page(window)
    idle(qtbot, window)
    bar = page.filter_bar
    bar.status.setCurrentIndex(bar.status.findData("rejected"))
    bar.overdue.setChecked(True)
    bar.save_as("Rejected and late")
    bar.reset()
    assert bar.status.currentData() is None
    bar.apply_saved("Rejected and late")
    assert bar.status.currentData() == "rejected"
    assert bar.overdue.isChecked()
    trade = next(i for i, c in enumerate(page.columns) if c.key == "trade")
    page.chooser.actions_by_key["trade"].setChecked(False)
    assert page.table.isColumnHidden(trade)

    from executrek.app.saved_filters import SavedFilters

    again = SavedFilters.load(demo_ctx.paths.data / "saved_filters.json")
    assert again.filters["Rejected and late"]["status"] == "rejected"
    assert "trade" in again.hidden_columns["punch"]


def test_detail_pane_shows_history_and_takes_comments(
    qtbot: QtBot, demo_ctx: AppContext, make_window: MakeWindow
) -> None:
    window = make_window(demo_ctx, "punch")
    page = punch_page(window)
    idle(qtbot, window)
    page.select_row(0)
    idle(qtbot, window)
    detail = page.detail
    item_id = page.model.index(0, 0).data(IdRole)
    assert detail.current_id() == item_id
    assert detail.history.count() >= 1
    detail.comment_box.setPlainText("Checked with the foreman")
    qtbot.mouseClick(detail.comment_button, Qt.MouseButton.LeftButton)
    idle(qtbot, window)
    qtbot.waitUntil(lambda: detail.comments.count() == 1)
    assert "Checked with the foreman" in detail.comments.item(0).text()
    assert (
        punch_queries.punch_detail(demo_ctx.store, item_id).comments[0].body
        == "Checked with the foreman"
    )


def test_detail_pane_photo_strip_follows_the_selected_item(
    qtbot: QtBot, demo_ctx: AppContext, make_window: MakeWindow
) -> None:
    window = make_window(demo_ctx, "punch")
    page = punch_page(window)
    idle(qtbot, window)
    page.select_row(0)
    idle(qtbot, window)
    first = page.model.index(0, 0).data(IdRole)
    qtbot.waitUntil(lambda: page.detail.photo_strip.record == ("punch_item", first))
    assert page.detail.photo_strip.add_button.isEnabled()
    page.select_row(1)
    idle(qtbot, window)
    second = page.model.index(1, 0).data(IdRole)
    qtbot.waitUntil(lambda: page.detail.photo_strip.record == ("punch_item", second))


def test_a_scanned_location_code_filters_by_that_location(
    qtbot: QtBot, demo_ctx: AppContext, make_window: MakeWindow
) -> None:
    """A printed QR location label carries the location's code; a scanner (or a phone's
    text, pasted) puts it in the search box, and the list shows that location and below."""
    window = make_window(demo_ctx, "punch")
    page = punch_page(window)
    idle(qtbot, window)
    store, project_id = demo_ctx.store, page.project_id or ""
    (code, path), *_ = [
        (c, p) for c, p in drawings.location_labels(store, project_id) if p.count(" › ") == 2
    ]
    location = drawings.find_location(store, project_id, code)
    bar = page.filter_bar
    with qtbot.waitSignal(page.model.page_shown, timeout=5000):
        qtbot.keyClicks(bar.search, code.lower())  # scanners type; case may differ
    assert bar.search.text() == ""
    assert bar.location.currentData() == location.id
    idle(qtbot, window)
    expected = punch_list.count(store, project_id, PunchFilter(location_id=location.id))
    assert expected > 0 and page.model.total == expected
    shown = {page.model.row_at(r).location or "" for r in range(page.model.rowCount())}
    assert all(p == path or p.startswith(path + " › ") for p in shown), (path, shown)
