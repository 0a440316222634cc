"""Change orders through the screen: the editor's live totals, then approve with a
signature drawn on the pad and watch the budget roll-up change."""

from __future__ import annotations

from decimal import Decimal

import pytest
from gui_fixtures import MakeWindow, demo_ctx, gui_ctx, idle, make_window
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from executrek.app.context import AppContext
from executrek.models.records.change_order import queries as co_queries
from executrek.models.records.change_order import service as change_orders
from executrek.models.services import projects
from executrek.ui.pages.change_orders_page import ChangeOrdersPage
from executrek.ui.pages.co_dialogs import ApproveDialog, ChangeOrderEditor

__all__ = ["demo_ctx", "gui_ctx", "make_window"]


def co_page(window: object) -> ChangeOrdersPage:
    page = window.page_widgets["change_orders"]  # type: ignore[attr-defined]
    assert isinstance(page, ChangeOrdersPage)
    return page


def active(cls: type) -> object:
    widget = QApplication.activeModalWidget() or next(
        (w for w in QApplication.topLevelWidgets() if isinstance(w, cls) and w.isVisible()), None
    )
    assert isinstance(widget, cls), widget
    return widget


def test_new_change_with_lines_then_approve_with_signature(
    qtbot: QtBot, demo_ctx: AppContext, make_window: MakeWindow
) -> None:
    window = make_window(demo_ctx, "change_orders")
    page = co_page(window)
    idle(qtbot, window)
    ModelTester(None).check(page.model)  # type: ignore[arg-type]
    assert page.rollup is not None
    approved_before = page.rollup.approved_changes
    before_text = page.strip.values["approved"].text()

    # a new executed-tier change order with two lines; the total follows the typing
    page.new_button.click()
    editor = active(ChangeOrderEditor)
    assert isinstance(editor, ChangeOrderEditor)
    editor.title.setText("Extra fire stopping at shafts")
    editor.tier.setCurrentIndex(editor.tier.findData("change_order"))
    editor.add_line()
    lines = editor.lines
    lines.setData(lines.index(0, 0), "Fire stopping")
    lines.setData(lines.index(0, 1), "10")
    lines.setData(lines.index(0, 3), "120.50")
    lines.setData(lines.index(0, 4), "10")
    currency = page.rollup.currency
    assert currency  # the project's currency on every amount of the screen
    assert editor.total_label.text() == f"Total: {currency} 1,325.50"
    editor.add_line()
    lines.setData(lines.index(1, 0), "Inspection")
    lines.setData(lines.index(1, 1), "2")
    lines.setData(lines.index(1, 3), "100")
    assert editor.total_label.text() == f"Total: {currency} 1,525.50"
    editor.buttons.accepted.emit()
    idle(qtbot, window)
    qtbot.waitUntil(lambda: not editor.isVisible())
    qtbot.waitUntil(
        lambda: any(r.title == "Extra fire stopping at shafts" for r in page.model.rows())
    )
    row = page.model.find(
        next(r.id for r in page.model.rows() if r.title == "Extra fire stopping at shafts")
    )
    page.table.selectRow(row)
    idle(qtbot, window)
    assert page.detail is not None and page.detail.row.amount == Decimal("1525.50")

    # submit, then approve with a signature
    qtbot.mouseClick(page.buttons["submit"], Qt.MouseButton.LeftButton)
    idle(qtbot, window)
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.row.status == "pending")
    pending = page.rollup
    assert pending is not None and pending.approved_changes == approved_before
    qtbot.mouseClick(page.buttons["approve"], Qt.MouseButton.LeftButton)
    dialog = active(ApproveDialog)
    assert isinstance(dialog, ApproveDialog)
    assert f"for {currency} 1,525.50" in dialog.intro.text()
    assert not dialog.ok.isEnabled()  # no signature yet
    dialog.name.setText("Dana Whitfield")
    pad = dialog.pad
    qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(20, 60))
    qtbot.mouseMove(pad, QPoint(120, 30))
    qtbot.mouseMove(pad, QPoint(220, 90))
    qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(260, 70))
    assert dialog.ok.isEnabled()
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    idle(qtbot, window)
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.row.status == "approved")
    assert page.rollup is not None
    assert page.rollup.approved_changes == approved_before + Decimal("1525.50")
    assert page.strip.values["approved"].text() != before_text
    events = page.detail.events
    assert events[-1].approver == "Dana Whitfield" and events[-1].signed
    project = projects.find_project(demo_ctx.store, "HOSP-EW")
    assert change_orders.budget_rollup(demo_ctx.store, project.id).approved_changes == (
        approved_before + Decimal("1525.50")
    )


def test_editor_shows_refusal_beside_the_field(
    qtbot: QtBot, demo_ctx: AppContext, make_window: MakeWindow
) -> None:
    window = make_window(demo_ctx, "change_orders")
    page = co_page(window)
    idle(qtbot, window)
    page.new_change()
    editor = active(ChangeOrderEditor)
    assert isinstance(editor, ChangeOrderEditor)
    editor.buttons.accepted.emit()  # no title
    idle(qtbot, window)
    label = editor.errors.label("title")
    assert label is not None
    qtbot.waitUntil(label.isVisible)
    assert "Title" in label.text()
    assert editor.isVisible()
    editor.reject()


def test_reject_needs_a_reason(
    qtbot: QtBot, demo_ctx: AppContext, make_window: MakeWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(demo_ctx, "change_orders")
    page = co_page(window)
    idle(qtbot, window)
    project = projects.find_project(demo_ctx.store, "HOSP-EW")
    pending = [
        r for r in co_queries.change_order_list(demo_ctx.store, project.id) if r.status == "pending"
    ]
    assert pending
    row = page.model.find(pending[0].id)
    page.table.selectRow(row)
    idle(qtbot, window)
    assert page.buttons["reject"].isEnabled()
    from PySide6.QtWidgets import QInputDialog

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Over budget", True))
    page.action("reject")
    idle(qtbot, window)
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.row.status == "rejected")
    assert page.detail is not None and page.detail.events[-1].note == "Over budget"


def _sign(qtbot: QtBot, dialog: ApproveDialog) -> None:
    pad = dialog.pad
    qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(20, 60))
    qtbot.mouseMove(pad, QPoint(120, 30))
    qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(220, 80))


def test_submit_and_approve_a_draft_in_one_step_with_one_signature(
    qtbot: QtBot, demo_ctx: AppContext, make_window: MakeWindow
) -> None:
    project = projects.find_project(demo_ctx.store, "HOSP-EW")
    draft = change_orders.create_change_order(
        demo_ctx.store,
        project.id,
        title="Extra access panel",
        reason="owner_request",
        lines=[change_orders.LineInput("Panel", Decimal("1"), Decimal("1205"))],
    ).value
    window = make_window(demo_ctx, "change_orders")
    page = co_page(window)
    idle(qtbot, window)
    page.table.selectRow(page.model.find(draft.id))
    idle(qtbot, window)
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.row.id == draft.id)
    assert page.rollup is not None
    currency = page.rollup.currency
    assert f"Amount <b>{currency} 1,205.00</b>" in page.side.info.text()
    assert page.buttons["submit_approve"].isEnabled()
    assert not page.buttons["approve"].isEnabled()  # a draft is not pending yet

    page.action("submit_approve")
    dialog = active(ApproveDialog)
    assert isinstance(dialog, ApproveDialog)
    assert dialog.windowTitle() == f"Submit and approve {draft_number(demo_ctx, draft.id)}"
    assert f"for {currency} 1,205.00" in dialog.intro.text()
    dialog.name.setText("Dana Whitfield")
    _sign(qtbot, dialog)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    idle(qtbot, window)
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.row.status == "approved")
    events = page.detail.events
    assert [e.action for e in events[-2:]] == ["submit", "approve"]
    assert sum(1 for e in events if e.signed) == 1


def draft_number(ctx: AppContext, co_id: str) -> str:
    return co_queries.change_order_detail(ctx.store, co_id).row.number
