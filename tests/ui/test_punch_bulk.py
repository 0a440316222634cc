"""Bulk changes on the punch list are one undo step and destructive ones ask first:
closing asks and Ctrl+Z puts every item back to the status it had (closed → open →
ready for review, along the workflow); cancelling changes nothing; voiding says it is
final and leaves nothing to undo; a bulk assignment is undone item by item."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from gui_fixtures import MakeWindow, gui_ctx, idle, make_window
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from executrek.app.context import AppContext
from executrek.models.records.punch import queries as punch_queries
from executrek.models.records.punch import service as punch
from executrek.models.records.punch.model import PunchStatus
from executrek.models.services import projects
from executrek.ui.main_window import MainWindow
from executrek.ui.pages.punch_bulk import way_back
from executrek.ui.pages.punch_page import PunchPage

__all__ = ["gui_ctx", "make_window"]

P = PunchStatus


def test_the_way_back_follows_the_workflow() -> None:
    assert way_back(P.CLOSED, P.OPEN) == [P.OPEN]
    assert way_back(P.CLOSED, P.READY_FOR_REVIEW) == [P.OPEN, P.READY_FOR_REVIEW]
    assert way_back(P.OPEN, P.REJECTED) == [P.READY_FOR_REVIEW, P.REJECTED]
    assert way_back(P.OPEN, P.OPEN) == []
    assert way_back(P.VOID, P.OPEN) is None  # void is final
    assert way_back(P.OPEN, P.DRAFT) is None


class Answers:
    """Stands in for ``QMessageBox.question``: records the questions, gives ``answer``."""

    def __init__(self, answer: QMessageBox.StandardButton) -> None:
        self.answer = answer
        self.asked: list[str] = []

    def __call__(self, _parent: Any, _title: str, text: str, *_args: Any) -> Any:
        self.asked.append(text)
        return self.answer


@pytest.fixture
def yes(monkeypatch: pytest.MonkeyPatch) -> Answers:
    answers = Answers(QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "question", answers)
    return answers


def project_with_items(ctx: AppContext) -> tuple[str, list[str]]:
    """Three open items, the second one ready for review; two people."""
    project = projects.create_project(
        ctx.store, projects.NewProject(code="BULK", name="Bulk", owner_name="Owner")
    ).value
    ids = [
        punch.create_punch_item(ctx.store, project.id, punch.NewPunchItem(title=t)).value.id
        for t in ("Scratched door", "Missing outlet cover", "Loose handrail")
    ]
    punch.change_status(ctx.store, ids[1], P.READY_FOR_REVIEW)
    ctx.settings.last_project = project.id
    return project.id, ids


def statuses(ctx: AppContext, ids: list[str]) -> list[str]:
    return [punch_queries.punch_detail(ctx.store, i).status for i in ids]


def open_page(
    qtbot: QtBot, ctx: AppContext, make_window: MakeWindow
) -> tuple[MainWindow, PunchPage]:
    window = make_window(ctx, "punch")
    page = window.page_widgets["punch"]
    assert isinstance(page, PunchPage)
    idle(qtbot, window)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    page.table.setFocus()
    page.table.selectAll()
    return window, page


def test_bulk_close_asks_and_one_undo_puts_every_status_back(
    qtbot: QtBot, gui_ctx: AppContext, make_window: MakeWindow, yes: Answers
) -> None:
    _pid, ids = project_with_items(gui_ctx)
    window, page = open_page(qtbot, gui_ctx, make_window)
    qtbot.mouseClick(page.bulk_close_button, Qt.MouseButton.LeftButton)
    idle(qtbot, window)
    assert yes.asked == ["Close 3 punch item(s)? Undo (Ctrl+Z) reopens them."]
    assert statuses(gui_ctx, ids) == ["closed"] * 3
    assert window.undo_stack.count() == 1  # one step for the three items
    assert window.undo_stack.undoText() == "Set 3 punch item(s) to closed"

    window.nav.setFocus()
    qtbot.keyClick(window.nav, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    idle(qtbot, window)
    assert statuses(gui_ctx, ids) == ["open", "ready_for_review", "open"]
    history = punch_queries.punch_detail(gui_ctx.store, ids[1]).history
    assert [e.to_status for e in history][-2:] == ["open", "ready_for_review"]  # recorded

    qtbot.keyClick(
        window.nav,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    idle(qtbot, window)
    assert statuses(gui_ctx, ids) == ["closed"] * 3
    assert window.error_messages == []  # type: ignore[attr-defined]


def test_cancelling_the_question_changes_nothing(
    qtbot: QtBot, gui_ctx: AppContext, make_window: MakeWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = Answers(QMessageBox.StandardButton.Cancel)
    monkeypatch.setattr(QMessageBox, "question", answers)
    _pid, ids = project_with_items(gui_ctx)
    window, page = open_page(qtbot, gui_ctx, make_window)
    page.bulk_status_change(P.CLOSED.value)
    idle(qtbot, window)
    assert len(answers.asked) == 1
    assert statuses(gui_ctx, ids) == ["open", "ready_for_review", "open"]
    assert window.undo_stack.count() == 0


def test_voiding_is_confirmed_as_final_and_not_undoable(
    qtbot: QtBot, gui_ctx: AppContext, make_window: MakeWindow, yes: Answers
) -> None:
    _pid, ids = project_with_items(gui_ctx)
    punch.change_status(gui_ctx.store, ids[1], P.OPEN)  # ready for review cannot be voided
    window, page = open_page(qtbot, gui_ctx, make_window)
    page.bulk_status.setCurrentIndex(page.bulk_status.findData(P.VOID.value))
    qtbot.mouseClick(page.bulk_status_button, Qt.MouseButton.LeftButton)
    idle(qtbot, window)
    assert len(yes.asked) == 1 and "cannot be undone" in yes.asked[0]
    assert statuses(gui_ctx, ids) == ["void"] * 3
    assert window.undo_stack.count() == 0


def test_marking_ready_for_review_needs_no_question_and_undoes(
    qtbot: QtBot, gui_ctx: AppContext, make_window: MakeWindow, yes: Answers
) -> None:
    _pid, ids = project_with_items(gui_ctx)
    window, page = open_page(qtbot, gui_ctx, make_window)
    page.table.clearSelection()
    page.select_row(0)
    page.bulk_status_change(P.READY_FOR_REVIEW.value)
    idle(qtbot, window)
    assert yes.asked == []
    assert statuses(gui_ctx, ids)[0] == "ready_for_review"
    window.undo_action.trigger()
    idle(qtbot, window)
    assert statuses(gui_ctx, ids)[0] == "open"


def test_bulk_assign_and_due_date_undo_item_by_item(
    qtbot: QtBot, gui_ctx: AppContext, make_window: MakeWindow, yes: Answers
) -> None:
    pid, ids = project_with_items(gui_ctx)
    ana = projects.add_person(gui_ctx.store, pid, "Ana Site").value
    ben = projects.add_person(gui_ctx.store, pid, "Ben Field").value
    punch.update_punch_item(gui_ctx.store, ids[0], assignee_id=ana.id)
    due = punch_queries.punch_detail(gui_ctx.store, ids[2]).created_at.date() + dt.timedelta(days=3)
    punch.update_punch_item(gui_ctx.store, ids[2], due_date=due)
    window, page = open_page(qtbot, gui_ctx, make_window)
    qtbot.waitUntil(lambda: page.bulk_assignee.findData(ben.id) >= 0)
    page.bulk_assignee.setCurrentIndex(page.bulk_assignee.findData(ben.id))
    qtbot.mouseClick(page.bulk_assign_button, Qt.MouseButton.LeftButton)
    idle(qtbot, window)
    assignees = [punch_queries.punch_detail(gui_ctx.store, i).assignee_id for i in ids]
    assert assignees == [ben.id] * 3
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    page.table.selectAll()  # the list reloaded after the change
    page.bulk_set_due()
    idle(qtbot, window)
    assert window.error_messages == []  # type: ignore[attr-defined]
    assert window.undo_stack.count() == 2
    assert yes.asked == []  # neither asks

    window.undo_action.trigger()  # the due dates
    idle(qtbot, window)
    assert [punch_queries.punch_detail(gui_ctx.store, i).due_date for i in ids] == [None, None, due]
    window.undo_action.trigger()  # the assignees
    idle(qtbot, window)
    assignees = [punch_queries.punch_detail(gui_ctx.store, i).assignee_id for i in ids]
    assert assignees == [ana.id, None, None]
    window.redo_action.trigger()
    idle(qtbot, window)
    assignees = [punch_queries.punch_detail(gui_ctx.store, i).assignee_id for i in ids]
    assert assignees == [ben.id] * 3


def test_closing_one_item_from_its_detail_is_undoable_without_a_question(
    qtbot: QtBot, gui_ctx: AppContext, make_window: MakeWindow, yes: Answers
) -> None:
    _pid, ids = project_with_items(gui_ctx)
    window, page = open_page(qtbot, gui_ctx, make_window)
    page.table.clearSelection()
    page.select_row(0)
    qtbot.waitUntil(lambda: page.detail.current_id() == ids[0])
    qtbot.mouseClick(page.detail.status_buttons[P.CLOSED.value], Qt.MouseButton.LeftButton)
    idle(qtbot, window)
    assert statuses(gui_ctx, ids)[0] == "closed"
    assert yes.asked == []
    window.undo_action.trigger()
    idle(qtbot, window)
    assert statuses(gui_ctx, ids)[0] == "open"
