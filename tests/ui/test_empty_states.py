"""A project without punch items or contractor issues shows what the page is for and its
first action instead of an empty list beside a blank form; the explanation goes once a
record exists, and a filter that matches nothing is not mistaken for an empty project."""

from __future__ import annotations

from gui_fixtures import MakeWindow, demo_ctx, gui_ctx, idle, make_window
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from executrek.app.context import AppContext
from executrek.models.services import projects
from executrek.ui.main_window import MainWindow
from executrek.ui.pages.issues_page import IssuesPage, NewIssueDialog
from executrek.ui.pages.punch_page import PunchPage

__all__ = ["demo_ctx", "gui_ctx", "make_window"]


def empty_project(ctx: AppContext) -> str:
    project = projects.create_project(
        ctx.store, projects.NewProject(code="NEW", name="New build", owner_name="Owner")
    ).value
    ctx.settings.last_project = project.id
    return project.id


def punch_page(window: MainWindow) -> PunchPage:
    page = window.show_page("punch")
    assert isinstance(page, PunchPage)
    return page


def issues_page(window: MainWindow) -> IssuesPage:
    page = window.show_page("issues")
    assert isinstance(page, IssuesPage)
    return page


def test_empty_punch_list_explains_and_leads_to_quick_entry(
    qtbot: QtBot, gui_ctx: AppContext, make_window: MakeWindow
) -> None:
    empty_project(gui_ctx)
    window = make_window(gui_ctx, "punch")
    page = punch_page(window)
    idle(qtbot, window)
    empty = page.empty_state
    assert empty.isVisible()
    assert empty.heading.text() == "No punch items in this project yet"
    assert "quick entry" in empty.text.text()
    # no blank editable form, no actions on nothing
    assert page.splitter.isHidden() and not page.detail.isVisible()
    assert not page.detail.save_button.isVisible() and page.bulk_bar.isHidden()

    assert empty.button.text() == "Add the first punch item"
    qtbot.mouseClick(empty.button, Qt.MouseButton.LeftButton)
    assert QApplication.focusWidget() is page.quick_title
    qtbot.keyClicks(page.quick_title, "Scuffed lift doors")
    with qtbot.waitSignal(page.model.page_shown, timeout=10_000):
        qtbot.keyClick(page.quick_title, Qt.Key.Key_Return)
    assert empty.isHidden()
    assert page.splitter.isVisible() and page.bulk_bar.isVisible()
    qtbot.waitUntil(lambda: page.detail.current_id() is not None)  # the new item, selected
    assert page.model.row_at(0).title == "Scuffed lift doors"
    idle(qtbot, window)


def test_a_filter_matching_nothing_is_not_an_empty_project(
    qtbot: QtBot, demo_ctx: AppContext, make_window: MakeWindow
) -> None:
    window = make_window(demo_ctx, "punch", "issues")
    page = punch_page(window)
    idle(qtbot, window)
    assert page.empty_state.isHidden() and page.splitter.isVisible()
    with qtbot.waitSignal(page.model.page_shown, timeout=5000):
        qtbot.keyClicks(page.filter_bar.search, "xyzzyq")
    assert page.model.rowCount() == 0
    assert page.empty_state.isHidden() and page.splitter.isVisible()

    issues = issues_page(window)
    idle(qtbot, window)
    assert issues.model.rowCount() > 0
    assert issues.empty_state.isHidden() and issues.split.isVisible()
    issues.search.setText("xyzzyq")
    idle(qtbot, window)
    assert issues.model.rowCount() == 0
    assert issues.empty_state.isHidden() and issues.split.isVisible()


def test_empty_issues_page_explains_and_raises_the_first_issue(
    qtbot: QtBot, gui_ctx: AppContext, make_window: MakeWindow
) -> None:
    empty_project(gui_ctx)
    window = make_window(gui_ctx, "issues")
    page = issues_page(window)
    idle(qtbot, window)
    empty = page.empty_state
    assert empty.isVisible()
    assert empty.heading.text() == "No contractor issues in this project yet"
    assert page.split.isHidden() and not page.send_button.isVisible()
    assert page.new_button.isVisible()  # the page's own button stays

    assert empty.button.text() == "Raise the first issue…"
    qtbot.mouseClick(empty.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(window.findChildren(NewIssueDialog)))
    dialog = window.findChildren(NewIssueDialog)[0]
    assert dialog.isVisible()
    dialog.title.setText("Fire stopping incomplete at riser 3")
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.submit()
    idle(qtbot, window)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert empty.isHidden() and page.split.isVisible()
