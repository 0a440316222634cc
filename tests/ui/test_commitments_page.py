"""The commitments page: the list shows ``figures.commitment_figures``'s money with the
currency in the headers, the commitment selected its terms and schedule of values; a
commitment is made from the page and gets its SOV lines; executing a commitment whose
schedule of values does not add up is refused in one line (and executing one that adds
up goes through); a schedule of values is imported from a CSV file (and a bad file
loads nothing and says why); the page fits a 1280×720 window."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from cost_ui_fixtures import CostProject, cost_project
from gui_fixtures import MakeWindow, gui_ctx, idle, make_window
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from test_laptop_fit import LAPTOP, SMALL, fit, minimum, shown_whole

from executrek.app.context import AppContext
from executrek.models.records.cost import queries
from executrek.models.records.cost.figures import commitment_figures
from executrek.ui.labels import money
from executrek.ui.main_window import MainWindow
from executrek.ui.open_record import open_record
from executrek.ui.pages import registry
from executrek.ui.pages.commitment_dialogs import (
    CommitmentDialog,
    ExecuteDialog,
    RateDialog,
    SovLineDialog,
)
from executrek.ui.pages.commitments_page import CommitmentsPage

__all__ = ["cost_project", "gui_ctx", "make_window"]


def open_page(
    qtbot: QtBot, make_window: MakeWindow, ctx: AppContext
) -> tuple[MainWindow, CommitmentsPage]:
    window = make_window(ctx, "commitments")
    page = window.show_page("commitments")
    assert isinstance(page, CommitmentsPage)
    qtbot.waitUntil(lambda: page.controller.found is not None, timeout=20_000)
    idle(qtbot, window)
    return window, page


def shown(page: CommitmentsPage) -> dict[str, list[str]]:
    """The list's cells by commitment number."""
    m = page.model
    return {
        m.row_at(r).row.number: [str(m.data(m.index(r, c))) for c in range(m.columnCount())]
        for r in range(m.rowCount())
    }


def select(qtbot: QtBot, page: CommitmentsPage, commitment_id: str) -> None:
    with qtbot.waitSignal(page.controller.detail_loaded):
        page.table.selectRow(page.model.find(commitment_id))


def test_list_shows_the_figures_and_the_detail_its_schedule_of_values(
    qtbot: QtBot, make_window: MakeWindow, cost_project: CostProject
) -> None:
    window, page = open_page(qtbot, make_window, cost_project.ctx)
    with cost_project.ctx.store.read() as s:
        figures = {f.number: f for f in commitment_figures(s, cost_project.project_id)}
    cells = shown(page)
    assert set(cells) == {"SC-001", "PO-001"}
    for number, f in figures.items():
        row = cells[number]
        status = "Executed" if f.status == "executed" else "Draft"
        assert row[:3] == [f"{f.number} · {f.title}", f.contractor, status]
        assert row[3:] == [
            money(v)
            for v in (
                f.original,
                f.approved_changes,
                f.contract_sum,
                f.certified_to_date,
                f.retainage_held,
                f.balance,
            )
        ]
    assert page.model.headerData(5, Qt.Orientation.Horizontal) == "Contract\nsum"
    assert page.currency_note.text() == "Amounts in EUR"
    assert [page.model.row_at(r).row.number for r in range(2)] == ["SC-001", "PO-001"]
    select(qtbot, page, cost_project.contract)
    sov = page.pane.sov_model.rows()
    assert [ln.item for ln in sov] == ["1", "2", "3"]
    m = page.pane.sov_model
    assert m.data(m.index(0, 4)) == "400,000.00"
    assert m.data(m.index(0, 3)).startswith("BL-")
    assert "retainage 10 %" in page.pane.side.info.text()
    assert not page.pane.execute_button.isEnabled()  # executed already
    assert not page.pane.add_line_button.isEnabled()
    assert not window.error_messages  # type: ignore[attr-defined]


def test_the_schedule_of_rates_is_shown_and_follows_add_rate(
    qtbot: QtBot, make_window: MakeWindow, cost_project: CostProject
) -> None:
    window, page = open_page(qtbot, make_window, cost_project.ctx)
    select(qtbot, page, cost_project.contract)
    pane = page.pane
    m = pane.rates_model

    def cells() -> list[list[str]]:
        return [
            [str(m.data(m.index(r, c))) for c in range(m.columnCount())]
            for r in range(m.rowCount())
        ]

    assert cells() == [["R1", "Concrete C30/37", "m3", "180.00", ""]]
    assert pane.tabs.tabText(pane.tabs.indexOf(pane.rates_box)) == "Schedule of rates (1)"
    assert "Rates in EUR" in pane.rates_note.text() and "SC-001" in pane.rates_note.text()
    pane.add_rate_button.click()
    dialog = page.dialog
    assert isinstance(dialog, RateDialog)
    qtbot.keyClicks(dialog.item, "R10")
    qtbot.keyClicks(dialog.description, "Rebar B500")
    qtbot.keyClicks(dialog.unit, "t")
    qtbot.keyClicks(dialog.rate, "1,450.50")
    with qtbot.waitSignal(page.controller.detail_loaded, timeout=10_000):
        dialog.submit()
    idle(qtbot, window)
    assert cells() == [
        ["R1", "Concrete C30/37", "m3", "180.00", ""],
        ["R10", "Rebar B500", "t", "1,450.50", ""],
    ]
    assert pane.tabs.currentWidget() is pane.rates_box  # the new rate is in view
    assert pane.tabs.tabText(pane.tabs.indexOf(pane.rates_box)) == "Schedule of rates (2)"
    with cost_project.ctx.store.read() as s:
        assert [r.item for r in queries.rates_of(s, cost_project.contract)] == ["R1", "R10"]
    # the purchase order has none, and says what a rate is for
    select(qtbot, page, cost_project.order)
    assert m.rowCount() == 0
    assert "PO-001 has no schedule of rates" in pane.rates_note.text()
    assert pane.tabs.tabText(pane.tabs.indexOf(pane.rates_box)) == "Schedule of rates"
    assert not window.error_messages  # type: ignore[attr-defined]


def test_execute_is_refused_in_one_line_until_the_schedule_adds_up(
    qtbot: QtBot, make_window: MakeWindow, cost_project: CostProject
) -> None:
    window, page = open_page(qtbot, make_window, cost_project.ctx)
    select(qtbot, page, cost_project.order)
    assert "adds up to EUR 60,000.00 of the contract value EUR 80,000.00" in (
        page.pane.side.info.text()
    )
    page.pane.execute_button.click()
    dialog = page.dialog
    assert isinstance(dialog, ExecuteDialog)
    dialog.submit()
    general = dialog.errors.general
    assert general is not None
    qtbot.waitUntil(general.isVisible)
    assert general.text() == (
        "The schedule of values adds up to 60,000.00, not the contract value 80,000.00."
    )
    assert "\n" not in general.text()
    dialog.reject()
    # the missing 20,000 as a second line, then it executes
    page.pane.add_line_button.click()
    add = page.dialog
    assert isinstance(add, SovLineDialog)
    assert add.item.text() == "2"
    qtbot.keyClicks(add.description, "Mesh")
    qtbot.keyClicks(add.value, "20,000")
    add.budget_line.setCurrentIndex(add.budget_line.findData(cost_project.concrete))
    with qtbot.waitSignal(page.controller.detail_loaded, timeout=10_000):
        add.submit()
    assert [ln.item for ln in page.pane.sov_model.rows()] == ["1", "2"]
    page.pane.execute_button.click()
    execute = page.dialog
    assert isinstance(execute, ExecuteDialog)
    with qtbot.waitSignal(page.controller.detail_loaded, timeout=10_000):
        execute.submit()
    idle(qtbot, window)
    assert page.controller.detail is not None
    assert page.controller.detail.row.status == "executed"
    assert "PO-001 is executed." in page.message.text()
    assert not window.error_messages  # type: ignore[attr-defined]


def test_a_new_commitment_is_made_and_selected(
    qtbot: QtBot, make_window: MakeWindow, cost_project: CostProject
) -> None:
    window, page = open_page(qtbot, make_window, cost_project.ctx)
    idle(qtbot, window)
    dialog = page.controller.new_commitment()
    assert isinstance(dialog, CommitmentDialog)
    qtbot.keyClicks(dialog.title_edit, "Lifts")
    dialog.submit()  # no contractor chosen: said under its box, nothing sent
    label = dialog.errors.label("contractor_id")
    assert label is not None and label.isVisible()
    dialog.contractor.setCurrentIndex(dialog.contractor.findData(cost_project.contractor))
    qtbot.keyClicks(dialog.value, "250,000.00")
    dialog.retainage.setText("120")
    dialog.submit()
    retainage = dialog.errors.label("retainage_pct")
    assert retainage is not None
    qtbot.waitUntil(retainage.isVisible)
    assert "between 0 and 100" in retainage.text()
    dialog.retainage.setText("5")
    with qtbot.waitSignal(page.controller.detail_loaded, timeout=10_000):
        dialog.submit()
    d = page.controller.detail
    assert d is not None and d.row.title == "Lifts" and d.row.number == "SC-002"
    assert d.row.original_value == Decimal("250000.00")
    assert page.pane.execute_button.isEnabled()
    assert not window.error_messages  # type: ignore[attr-defined]


def test_import_a_schedule_of_values(
    qtbot: QtBot, make_window: MakeWindow, cost_project: CostProject, tmp_path: Path
) -> None:
    window, page = open_page(qtbot, make_window, cost_project.ctx)
    select(qtbot, page, cost_project.order)
    bad = tmp_path / "bad.csv"
    bad.write_text("Item,Description,Scheduled value\n1,Rebar,-5\n2,,100\n", encoding="utf-8")
    with qtbot.waitSignal(page.controller.imported, timeout=10_000):
        page.controller.import_sov(str(bad))
    assert "nothing was imported" in page.message.text()
    assert page.message.styleSheet()  # said as a refusal
    with cost_project.ctx.store.read() as s:
        assert len(queries.sov_of(s, cost_project.order)) == 1
    good = tmp_path / "sov.csv"
    good.write_text(
        'Item,Description,Scheduled value\n1,Rebar B500,"60,000.00"\n2,Mesh,20000\n',
        encoding="utf-8",
    )
    with qtbot.waitSignal(page.controller.detail_loaded, timeout=10_000):
        page.controller.import_sov(str(good))
    idle(qtbot, window)
    assert "1 line(s) added" in page.message.text()
    assert [ln.item for ln in page.pane.sov_model.rows()] == ["1", "2"]
    assert not window.error_messages  # type: ignore[attr-defined]


def test_open_by_id_and_fit_a_laptop(
    qtbot: QtBot, make_window: MakeWindow, cost_project: CostProject
) -> None:
    window, page = open_page(qtbot, make_window, cost_project.ctx)
    qtbot.keyClicks(page.search, "nothing like it")
    idle(qtbot, window)
    assert page.model.rowCount() == 0
    with qtbot.waitSignal(page.controller.detail_loaded):
        assert open_record(window, "commitment", cost_project.order)
    assert page.controller.detail is not None
    assert page.controller.detail.row.id == cost_project.order
    spec = next(s for s in registry.PAGES if s.key == "commitments")
    for size in (LAPTOP, SMALL):
        fit(qtbot, window, size)
        least = minimum(window)
        assert least.width() <= SMALL.width() and least.height() <= SMALL.height()
        for widget in registry.primary_widgets(page, spec):
            assert shown_whole(widget, window) is None


@pytest.mark.parametrize("status", ["draft", "executed"])
def test_filter_by_status(
    qtbot: QtBot, make_window: MakeWindow, cost_project: CostProject, status: str
) -> None:
    window, page = open_page(qtbot, make_window, cost_project.ctx)
    page.status_box.setCurrentIndex(page.status_box.findData(status))
    idle(qtbot, window)
    assert [page.model.row_at(r).row.status for r in range(page.model.rowCount())] == [status]
