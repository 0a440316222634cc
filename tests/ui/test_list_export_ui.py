""" "Export…" on each list page: with a filter applied, the file (chosen in a patched save
dialog) holds exactly what the list shows; the work runs on the task runner and the
result shows in the status bar, a failure as a message."""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from gui_fixtures import MakeWindow, gui_ctx, idle, make_window
from list_export_data import CYRILLIC, build
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from executrek.app.context import AppContext
from executrek.models.records.punch.list_page import PunchFilter
from executrek.models.records.punch.model import PunchStatus
from executrek.ui.widgets.list_export import SHORTCUT, ListExporter

__all__ = ["gui_ctx", "make_window"]


def pick(box: Any, value: str) -> None:
    index = box.findData(value)
    assert index >= 0, value
    box.setCurrentIndex(index)


def _punch(page: Any) -> None:
    page.set_filter(PunchFilter(statuses=frozenset({PunchStatus.OPEN})))


def _inspections(page: Any) -> None:
    pick(page.status_box, "completed")


def _change_orders(page: Any) -> None:
    pick(page.status_box, "draft")


def _issues(page: Any) -> None:
    pick(page.type_box, "rfi")


def _risks(page: Any) -> None:
    page._cell_picked((2, 3))  # what a click on the matrix cell does


# page key → (apply a filter, file name, rows the filtered list has, a header, a value there)
CASES: dict[str, tuple[Callable[[Any], None], str, int, str, str]] = {
    "punch": (_punch, "punch.csv", 4, "Status", "open"),
    "inspections": (_inspections, "inspections.csv", 1, "Status", "Completed"),
    "change_orders": (_change_orders, "change-orders.csv", 1, "Contractor", CYRILLIC),
    "issues": (_issues, "issues.csv", 1, "Type", "RFI"),
    "risks": (_risks, "risks.csv", 2, "Probability", "2"),
}


def open_page(qtbot: QtBot, ctx: AppContext, make_window: MakeWindow, key: str) -> Any:
    sample = build(ctx.store)
    ctx.settings.last_project = sample.project_id
    window = make_window(ctx, key)
    page = window.show_page(key)
    idle(qtbot, window)
    return window, page


def save_as(monkeypatch: pytest.MonkeyPatch, path: Path, chosen: str) -> list[tuple[Any, ...]]:
    asked: list[tuple[Any, ...]] = []

    def fake(*args: Any, **_kwargs: Any) -> tuple[str, str]:
        asked.append(args)
        return str(path), chosen

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))
    return asked


def exporter_of(page: QWidget) -> ListExporter:
    found = page.findChildren(ListExporter)
    assert len(found) == 1, "one shared export helper per page"
    return found[0]


def list_rows(page: Any) -> int:
    return int(page.model.rowCount())


@pytest.mark.parametrize("key", list(CASES))
def test_export_writes_what_the_filtered_list_shows(
    qtbot: QtBot,
    gui_ctx: AppContext,
    make_window: MakeWindow,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    key: str,
) -> None:
    apply, name, count, header, value = CASES[key]
    window, page = open_page(qtbot, gui_ctx, make_window, key)
    unfiltered = list_rows(page)
    apply(page)
    qtbot.waitUntil(lambda: list_rows(page) == count, timeout=10_000)
    assert unfiltered > count, "the filter must hide something"
    exporter = exporter_of(page)
    asked = save_as(monkeypatch, tmp_path / Path(name).stem, "CSV, UTF-8 (*.csv)")
    with qtbot.waitSignal(exporter.finished, timeout=15_000) as done:
        qtbot.mouseClick(exporter.button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1 and "*.xlsx" in asked[0][3] and "*.csv" in asked[0][3]
    idle(qtbot, window)
    out = tmp_path / name
    assert done.args is not None and not isinstance(done.args[0], str), done.args
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == count
    assert {row[header] for row in rows} == {value}
    assert f"{count} record(s) written to {name}" in window.statusBar().currentMessage()
    assert window.error_messages == []  # type: ignore[attr-defined]


def test_shortcut_exports_an_excel_workbook_and_is_listed_in_help(
    qtbot: QtBot,
    gui_ctx: AppContext,
    make_window: MakeWindow,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    window, page = open_page(qtbot, gui_ctx, make_window, "risks")
    _risks(page)
    qtbot.waitUntil(lambda: list_rows(page) == 2)
    exporter = exporter_of(page)
    save_as(monkeypatch, tmp_path / "register", "Excel workbook (*.xlsx)")
    page.table.setFocus()
    with qtbot.waitSignal(exporter.finished, timeout=15_000):
        qtbot.keyClick(
            page.table,
            Qt.Key.Key_X,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
    idle(qtbot, window)
    sheet = load_workbook(tmp_path / "register.xlsx").worksheets[0]
    assert sheet.max_row == 3
    assert [c.value for c in sheet[2]][3:6] == [2, 3, 6]
    keys = QKeySequence(SHORTCUT).toString(QKeySequence.SequenceFormat.NativeText)
    assert (keys, "Export this list") in window.shortcut_entries()


@pytest.mark.parametrize("key", list(CASES))
def test_the_shortcut_collides_with_nothing_on_the_page(
    qtbot: QtBot, gui_ctx: AppContext, make_window: MakeWindow, key: str
) -> None:
    window, page = open_page(qtbot, gui_ctx, make_window, key)
    owners: list[QAction] = list(window.actions())
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        if menu is not None:
            owners.extend(menu.actions())  # type: ignore[attr-defined]
    owners.extend(page.actions())
    for child in page.findChildren(QWidget):
        owners.extend(child.actions())
    wanted = QKeySequence(SHORTCUT)
    using = {a for a in owners if wanted in a.shortcuts()}
    assert [a.text() for a in using] == ["Export this list…"]


def test_a_failed_export_says_why_and_the_button_comes_back(
    qtbot: QtBot,
    gui_ctx: AppContext,
    make_window: MakeWindow,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    window, page = open_page(qtbot, gui_ctx, make_window, "issues")
    folder = tmp_path / "exports"
    taken = folder / "issues.xlsx"
    taken.mkdir(parents=True)
    save_as(monkeypatch, taken, "Excel workbook (*.xlsx)")
    exporter = exporter_of(page)
    with qtbot.waitSignal(exporter.finished, timeout=15_000) as done:
        exporter.choose_file()
    idle(qtbot, window)
    assert done.args is not None and isinstance(done.args[0], str)
    messages: list[str] = window.error_messages  # type: ignore[attr-defined]
    assert len(messages) == 1 and "“issues.xlsx” cannot be written" in messages[0]
    assert exporter.button.isEnabled()
    assert list(taken.iterdir()) == [] and [p.name for p in folder.iterdir()] == ["issues.xlsx"]
