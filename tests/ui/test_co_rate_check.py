"""The change order approval dialog shows the unit-rate comparison above the signature
for a change order of a commitment: each line beside the contract rate, the line outside
the tolerance said in words (and coloured), a line with no reference said so; a change
order of no commitment shows none; the tolerance is the Settings page's."""

from __future__ import annotations

from decimal import Decimal

from cost_ui_fixtures import CostProject, cost_project
from gui_fixtures import MakeWindow, gui_ctx, idle, make_window
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from executrek.models.records.change_order import service as change_orders
from executrek.models.records.change_order.service import LineInput
from executrek.ui.pages.co_dialogs import ApproveDialog
from executrek.ui.pages.settings_page import SettingsPage

__all__ = ["cost_project", "gui_ctx", "make_window"]


def a_change(project: CostProject, *, commitment: bool) -> str:
    lines = [
        LineInput("Concrete C30/37", "20", "250.00", unit="m3"),  # contract rate 180.00
        LineInput("Formwork", "40", "35.00", unit="m2"),  # no rate anywhere
    ]
    return change_orders.create_change_order(
        project.ctx.store,
        project.project_id,
        title="Deeper footing",
        reason="unforeseen_condition",
        tier="change_order",
        contractor_id=project.contractor,
        lines=lines,
        commitment_id=project.contract if commitment else None,
    ).value.id


def test_the_approver_sees_the_rates_of_the_commitment(
    qtbot: QtBot, make_window: MakeWindow, cost_project: CostProject
) -> None:
    window = make_window(cost_project.ctx, "change_orders")
    co_id = a_change(cost_project, commitment=True)
    dialog = ApproveDialog(window, co_id, "CO-001", "EUR 6,400.00", currency="EUR")
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.rates_loaded):
        dialog.show()
    rates = dialog.rates
    assert not rates.isHidden()
    m = rates.model
    texts = [[m.data(m.index(r, c)) for c in range(m.columnCount())] for r in range(m.rowCount())]
    concrete, formwork = texts
    assert concrete[:3] == ["Concrete C30/37 (m3)", "250.00", "180.00"]
    assert concrete[4] == "+38.9 %"
    assert concrete[5] == "⚠ above the reference"  # in words, not colour alone
    assert m.data(m.index(0, 5), Qt.ItemDataRole.ForegroundRole) == QColor("#C62828")
    assert formwork[2] == "—" and formwork[5] == "no rate to compare"
    assert "1 line(s) outside the tolerance" in rates.heading.text()
    assert m.headerData(2, Qt.Orientation.Horizontal) == "Contract rate"
    assert "Unit rates (EUR)" in rates.heading.text()
    # above the signature
    column = dialog.column
    assert column.indexOf(rates) < column.indexOf(dialog.pad.parentWidget())
    assert rates.rows()[0].unit_price == Decimal("250.00")
    dialog.reject()
    idle(qtbot, window)


def test_the_tolerance_of_the_settings_decides_what_is_flagged(
    qtbot: QtBot, make_window: MakeWindow, cost_project: CostProject
) -> None:
    """250.00 against the contract rate 180.00 is +38.9 %: beyond the default 15 %, not
    beyond 40 %."""
    window = make_window(cost_project.ctx, "change_orders", "settings")
    settings = window.show_page("settings")
    assert isinstance(settings, SettingsPage)
    assert settings.rate_tolerance.value() == 15.0
    assert "contract rate" in settings.rate_tolerance.toolTip()
    settings.rate_tolerance.setValue(40.0)
    with qtbot.waitSignal(window.settings_changed, timeout=10_000):
        settings.save_button.click()
    assert cost_project.ctx.settings.thresholds.rate_tolerance_pct == 40.0
    co_id = a_change(cost_project, commitment=True)
    dialog = ApproveDialog(window, co_id, "CO-001", "EUR 6,400.00", currency="EUR")
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.rates_loaded):
        dialog.show()
    m = dialog.rates.model
    assert m.data(m.index(0, 4)) == "+38.9 %"
    assert m.data(m.index(0, 5)) == "✓ within tolerance"
    assert m.data(m.index(0, 5), Qt.ItemDataRole.ForegroundRole) is None
    assert "every line within the tolerance" in dialog.rates.heading.text()
    dialog.reject()
    idle(qtbot, window)


def test_no_comparison_without_a_commitment(
    qtbot: QtBot, make_window: MakeWindow, cost_project: CostProject
) -> None:
    window = make_window(cost_project.ctx, "change_orders")
    co_id = a_change(cost_project, commitment=False)
    dialog = ApproveDialog(window, co_id, "CO-001", "EUR 6,400.00", currency="EUR")
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.rates_loaded):
        dialog.show()
    assert dialog.rates.isHidden()
    dialog.reject()
    idle(qtbot, window)
