"""The change order register as one row per change: a change promoted CE → COR → CO is
one row (the CO standing for it, amount with currency) that opens to its three tiers;
the status filter and the sort work on changes; selecting a tier shows that tier and the
workflow acts on it; search opens a tier inside its change."""

from __future__ import annotations

from decimal import Decimal

from gui_fixtures import MakeWindow, gui_ctx, idle, make_window
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from test_record_photos import site

from executrek.app.context import AppContext
from executrek.models.project import Project
from executrek.models.records.change_order import service as co
from executrek.models.store import Store
from executrek.ui.main_window import MainWindow
from executrek.ui.pages.change_orders_page import ChangeOrdersPage
from executrek.ui.pages.co_dialogs import ApproveDialog
from executrek.ui.pages.co_tree import ChainModel, ChainView

__all__ = ["gui_ctx", "make_window", "site"]

SIG = [[[0.1, 0.5], [0.3, 0.4], [0.6, 0.6]]]


def _change(store: Store, project_id: str, title: str, price: str) -> str:
    return co.create_change_order(
        store,
        project_id,
        title=title,
        reason="owner_request",
        lines=[co.LineInput(title, Decimal("1"), Decimal(price))],
    ).value.id


def _approve(store: Store, co_id: str) -> None:
    co.approve(
        store,
        co_id,
        approver_name="Dana",
        approver_role=None,
        signature_strokes=SIG,
        submit_first=True,
    )


def _open(
    qtbot: QtBot, make_window: MakeWindow, ctx: AppContext
) -> tuple[MainWindow, ChangeOrdersPage]:
    window = make_window(ctx, "change_orders")
    page = window.show_page("change_orders")
    assert isinstance(page, ChangeOrdersPage)
    idle(qtbot, window)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    return window, page


def _texts(model: ChainModel, index: QModelIndex) -> dict[str, str]:
    return {
        col.key: str(model.data(index.siblingAtColumn(i))) for i, col in enumerate(model.columns)
    }


def test_a_promoted_change_is_one_row_that_opens_to_its_three_tiers(
    qtbot: QtBot, gui_ctx: AppContext, site: Project, make_window: MakeWindow
) -> None:
    store = gui_ctx.store
    ce = _change(store, site.id, "Extra riser", "1000")
    _approve(store, ce)
    cor = co.promote(store, ce).value.id
    _approve(store, cor)
    final = co.promote(store, cor).value.id  # a draft CO
    lone = _change(store, site.id, "Door hardware", "250")
    pending = _change(store, site.id, "Paint", "4000")
    co.submit(store, pending)

    window, page = _open(qtbot, make_window, gui_ctx)
    model = page.model
    assert isinstance(model, ChainModel) and isinstance(page.table, ChainView)
    ModelTester(None).check(model)  # type: ignore[arg-type]
    assert model.rowCount() == 3  # three changes, not five records
    row = model.index(model.find(final), 0)
    currency = site.currency
    head = _texts(model, row)
    assert head["number"] == "CO-001" and head["status"] == "Draft"
    assert head["amount"] == f"{currency} 1,000.00"
    assert model.rowCount(row) == 3
    tiers = [_texts(model, model.index(i, 0, row)) for i in range(3)]
    assert [t["number"] for t in tiers] == ["CE-001", "COR-001", "CO-001"]
    assert [t["status"] for t in tiers] == ["Promoted", "Promoted", "Draft"]
    assert all(t["amount"] == f"{currency} 1,000.00" for t in tiers)
    assert all(t["last_step"] for t in tiers)  # each tier's own date
    assert model.rowCount(model.index(model.find(lone), 0)) == 0  # one record: no tiers

    # the status filter keeps the changes in that status (the change's status is its head's)
    box = page.status_box
    assert box.findData("promoted") < 0
    box.setCurrentIndex(box.findData("pending"))
    qtbot.waitUntil(lambda: [r.id for r in model.rows()] == [pending])
    box.setCurrentIndex(box.findData("draft"))
    qtbot.waitUntil(lambda: {r.id for r in model.rows()} == {final, lone})
    page.search.setText("riser")  # the text of any tier finds the change
    qtbot.waitUntil(lambda: [r.id for r in model.rows()] == [final])
    page.search.clear()
    box.setCurrentIndex(0)
    qtbot.waitUntil(lambda: model.rowCount() == 3)

    # the sort orders changes, each keeping its tiers under it
    page.table.sortByColumn(
        page.model.columns.index(_column(model, "amount")), Qt.SortOrder.DescendingOrder
    )
    assert [r.id for r in model.rows()] == [pending, final, lone]
    row = model.index(model.find(final), 0)
    assert model.rowCount(row) == 3
    assert _texts(model, model.index(1, 0, row))["number"] == "COR-001"

    # selecting the COR under its change shows the COR
    cor_index = model.index(1, 0, row)
    page.table.expand(row)
    qtbot.waitUntil(lambda: not page.table.visualRect(cor_index).isEmpty())
    qtbot.mouseClick(
        page.table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=page.table.visualRect(cor_index).center(),
    )
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.row.id == cor)
    assert page.side.heading.text().startswith("COR-001")
    assert not page.buttons["promote"].isEnabled()  # promoted already
    assert page.photo_strip is not None and page.photo_strip.record == ("change_order", cor)
    idle(qtbot, window)
    assert not window.error_messages  # type: ignore[attr-defined]


def _column(model: ChainModel, key: str) -> object:
    return next(c for c in model.columns if c.key == key)


def test_promote_acts_on_the_tier_selected_and_search_opens_a_tier(
    qtbot: QtBot, gui_ctx: AppContext, site: Project, make_window: MakeWindow
) -> None:
    store = gui_ctx.store
    ce = _change(store, site.id, "Extra riser", "1000")
    _approve(store, ce)
    window, page = _open(qtbot, make_window, gui_ctx)
    model = page.model
    assert isinstance(model, ChainModel)
    page.table.selectRow(model.find(ce))
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.row.id == ce)
    assert page.buttons["promote"].isEnabled()
    page.action("promote")
    idle(qtbot, window)
    # the change is now its COR, opened to CE and COR; the new COR is opened (its
    # submission is the next step)
    qtbot.waitUntil(lambda: model.rowCount() == 1 and model.rows()[0].number == "COR-001")
    cor = model.rows()[0].id
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.row.id == cor)
    idle(qtbot, window)
    current = page.table.currentIndex()
    assert model.record_at(current).id == cor  # type: ignore[union-attr]
    assert page.buttons["submit"].isEnabled() and not page.buttons["promote"].isEnabled()

    # the CE under it shows the CE, promoted
    page.table.select(model.index_of(ce))
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.row.id == ce)
    assert page.detail.row.status == "promoted" and not page.buttons["submit"].isEnabled()

    # submit acts on the COR once it is selected again
    page.table.select(model.index_of(cor))
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.row.id == cor)
    page.action("submit")
    idle(qtbot, window)
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.row.status == "pending")
    assert page.detail.row.id == cor

    # search everywhere opens the CE inside its change
    page.table.clearSelection()
    assert window.open_record("change_order", ce)
    idle(qtbot, window)
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.row.id == ce)
    current = page.table.currentIndex()
    assert model.record_at(current).id == ce  # type: ignore[union-attr]
    assert page.table.isExpanded(current.parent())


def test_one_signature_approves_a_change_event_through_to_its_change_order(
    qtbot: QtBot, gui_ctx: AppContext, site: Project, make_window: MakeWindow
) -> None:
    store = gui_ctx.store
    ce = _change(store, site.id, "Extra riser", "1000")
    co.submit(store, ce)
    window, page = _open(qtbot, make_window, gui_ctx)
    model = page.model
    assert isinstance(model, ChainModel)
    page.table.selectRow(model.find(ce))
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.row.id == ce)
    page.action("approve")
    dialog = next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, ApproveDialog) and w.isVisible()
    )
    assert not dialog.through.isHidden()  # a change event can be carried through
    assert f"for {site.currency} 1,000.00" in dialog.intro.text()
    dialog.through.setChecked(True)
    pad = dialog.pad
    qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(20, 60))
    qtbot.mouseMove(pad, QPoint(120, 30))
    qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(220, 80))
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    idle(qtbot, window)
    # the change is now its approved CO, opened and selected; its tiers carry the approval
    qtbot.waitUntil(lambda: model.rowCount() == 1 and model.rows()[0].number == "CO-001")
    final = model.rows()[0].id
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.row.id == final)
    assert page.detail.row.status == "approved"
    row = model.index(0, 0)
    assert [_texts(model, model.index(i, 0, row))["status"] for i in range(3)] == [
        "Promoted",
        "Promoted",
        "Approved",
    ]
    assert page.detail.events[-1].signed
    # a change order has no tier left to carry through
    page.action("approve")  # not pending: nothing opens
    assert not any(
        isinstance(w, ApproveDialog) and w.isVisible() for w in QApplication.topLevelWidgets()
    )
    assert not window.error_messages  # type: ignore[attr-defined]
