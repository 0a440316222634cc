"""Search everywhere (Ctrl+K) driven as a user would on the demo portfolio: type, move
with the arrow keys, Enter opens the record selected on its page, Esc closes."""

from __future__ import annotations

import threading

import pytest
from gui_fixtures import MakeWindow, demo_ctx, gui_ctx, idle, make_window
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from executrek.app.context import AppContext
from executrek.ui.main_window import MainWindow
from executrek.ui.search_dialog import KindRole, RecordRole, SearchDialog
from executrek.ui.widgets.columns import IdRole

__all__ = ["demo_ctx", "gui_ctx", "make_window"]

PAGES = ("dashboard", "punch", "issues", "change_orders", "inspections", "risks")


def ids_where(ctx: AppContext, sql: str, *params: str) -> list[str]:
    with ctx.store.sql() as con:
        return [str(r[0]) for r in con.execute(sql, params)]


def hospital(ctx: AppContext) -> str:
    return ids_where(ctx, "SELECT id FROM projects WHERE code = 'HOSP-EW'")[0]


def open_search(qtbot: QtBot, window: MainWindow) -> SearchDialog:
    idle(qtbot, window)
    qtbot.keyClick(window.nav, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    dialog = window.search_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    qtbot.waitUntil(dialog.box.hasFocus)  # once the dialog is the active window
    return dialog


def type_and_wait(qtbot: QtBot, dialog: SearchDialog, text: str, *, counted: bool = False) -> None:
    signal = dialog.counted if counted else dialog.shown
    with qtbot.waitSignal(signal, timeout=15_000, check_params_cb=lambda t: t == text):
        dialog.box.selectAll()
        qtbot.keyClicks(dialog.box, text)


def listed(dialog: SearchDialog) -> list[tuple[str, str | None, str]]:
    """(kind, record id or None for a heading, its line) of each row, in order."""
    out = []
    tree = dialog.results
    for g in range(tree.topLevelItemCount()):
        heading = tree.topLevelItem(g)
        out.append((heading.data(0, KindRole), None, heading.text(0)))
        for c in range(heading.childCount()):
            item = heading.child(c)
            line = "  ".join(item.text(col) for col in range(tree.columnCount()))
            out.append((item.data(0, KindRole), item.data(0, RecordRole), line))
    return out


def current_record(dialog: SearchDialog) -> str | None:
    item = dialog.results.currentItem()
    return None if item is None else item.data(0, RecordRole)


def test_ctrl_k_pi_0042_enter_selects_it_on_the_punch_page(
    qtbot: QtBot, demo_ctx: AppContext, make_window: MakeWindow
) -> None:
    (item_id,) = ids_where(
        demo_ctx,
        "SELECT id FROM punch_items WHERE project_id = ? AND number = 42",
        hospital(demo_ctx),
    )
    window = make_window(demo_ctx, *PAGES)
    assert window.pages.currentWidget() is window.page_widgets["dashboard"]
    assert "punch" not in window.page_widgets.built  # built by the search's Enter
    dialog = open_search(qtbot, window)
    type_and_wait(qtbot, dialog, "PI-0042")
    rows = listed(dialog)
    assert [(kind, rid) for kind, rid, _ in rows] == [("punch_item", None), ("punch_item", item_id)]
    assert rows[0][2] == "Punch items · 1"
    assert rows[1][2].startswith("PI-0042  ")
    assert current_record(dialog) == item_id  # the first result is chosen already
    qtbot.keyClick(dialog.box, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    page = window.page_widgets["punch"]
    assert window.pages.currentWidget() is page
    qtbot.waitUntil(lambda: page.table.currentIndex().isValid(), timeout=15_000)
    assert page.table.currentIndex().data(IdRole) == item_id
    assert page.selected_ids() == [item_id]
    qtbot.waitUntil(lambda: page.detail.current_id() == item_id)
    idle(qtbot, window)


def test_a_contractor_name_lists_that_contractors_records(
    qtbot: QtBot, demo_ctx: AppContext, make_window: MakeWindow
) -> None:
    pid = hospital(demo_ctx)
    nordic_items = set(
        ids_where(
            demo_ctx,
            "SELECT i.id FROM punch_items i JOIN organisations o ON o.id = i.contractor_id "
            "WHERE i.project_id = ? AND o.name = 'Nordic Mechanical'",
            pid,
        )
    )
    assert len(nordic_items) > 20
    window = make_window(demo_ctx, *PAGES)
    dialog = open_search(qtbot, window)
    type_and_wait(qtbot, dialog, "Nordic Mechanical", counted=True)
    rows = listed(dialog)
    punch_hits = [rid for kind, rid, _ in rows if kind == "punch_item" and rid]
    assert len(punch_hits) == 20
    assert set(punch_hits) <= nordic_items
    assert all("Nordic Mechanical" in text for kind, rid, text in rows if rid)
    heading = next(text for kind, rid, text in rows if kind == "punch_item" and rid is None)
    assert heading == f"Punch items · 20 of {len(nordic_items):,}"
    # Down and Up move between results (headings skipped), the focus stays in the box
    first, second = punch_hits[:2]
    assert current_record(dialog) == first
    qtbot.keyClick(dialog.box, Qt.Key.Key_Down)
    assert current_record(dialog) == second
    qtbot.keyClick(dialog.box, Qt.Key.Key_Up)
    qtbot.keyClick(dialog.box, Qt.Key.Key_Up)
    assert current_record(dialog) == first
    for _ in range(20):
        qtbot.keyClick(dialog.box, Qt.Key.Key_Down)
    after_punch = [rid for kind, rid, _ in rows if rid and kind != "punch_item"]
    assert after_punch and current_record(dialog) == after_punch[0]
    assert dialog.box.hasFocus()
    # Esc closes without opening anything
    qtbot.keyClick(dialog.box, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert window.pages.currentWidget() is window.page_widgets["dashboard"]
    idle(qtbot, window)


@pytest.mark.parametrize(
    ("typed", "table", "where", "page_key"),
    [
        ("RFI-1", "contractor_issues", "issue_type = 'rfi' AND number = 1", "issues"),
        ("CO-1", "change_orders", "tier = 'change_order' AND number = 1", "change_orders"),
        ("INS-1", "inspections", "number = 1", "inspections"),
        ("RSK-1", "risks", "number = 1", "risks"),
    ],
)
def test_enter_opens_each_kind_on_its_page(
    qtbot: QtBot,
    demo_ctx: AppContext,
    make_window: MakeWindow,
    typed: str,
    table: str,
    where: str,
    page_key: str,
) -> None:
    (record_id,) = ids_where(
        demo_ctx, f"SELECT id FROM {table} WHERE project_id = ? AND {where}", hospital(demo_ctx)
    )
    window = make_window(demo_ctx, *PAGES)
    dialog = open_search(qtbot, window)
    # Enter typed straight after the text, before the search ran: it opens its answer
    dialog.box.selectAll()
    qtbot.keyClicks(dialog.box, typed)
    qtbot.keyClick(dialog.box, Qt.Key.Key_Return)
    built = window.page_widgets.built  # (looking a page up would build it)
    qtbot.waitUntil(
        lambda: page_key in built and window.pages.currentWidget() is built[page_key],
        timeout=15_000,
    )
    assert not dialog.isVisible()
    page = built[page_key]

    def selected() -> str | None:
        index = page.table.currentIndex()  # type: ignore[attr-defined]
        if not index.isValid():
            return None
        model = page.model  # type: ignore[attr-defined]
        row = model.row(index.row()) if hasattr(model, "row") else model.row_at(index.row())
        return str(row.id)

    qtbot.waitUntil(lambda: selected() == record_id, timeout=15_000)
    idle(qtbot, window)


def test_listed_in_the_shortcut_help(
    qtbot: QtBot, demo_ctx: AppContext, make_window: MakeWindow
) -> None:
    window = make_window(demo_ctx, "dashboard")
    assert ("Ctrl+K", "Search everywhere") in window.shortcut_entries()
    window.toggle_help()
    assert "Ctrl+K\tSearch everywhere" in window.help_overlay.text().splitlines()
    window.toggle_help()
    idle(qtbot, window)


def test_nothing_found_and_no_project(
    qtbot: QtBot, gui_ctx: AppContext, make_window: MakeWindow
) -> None:
    window = make_window(gui_ctx, "dashboard")
    dialog = open_search(qtbot, window)
    qtbot.keyClicks(dialog.box, "door")
    qtbot.waitUntil(lambda: "Choose a project" in dialog.note.text(), timeout=5_000)
    assert dialog.results.topLevelItemCount() == 0
    qtbot.keyClick(dialog.box, Qt.Key.Key_Escape)
    idle(qtbot, window)


def test_nothing_found_says_so(qtbot: QtBot, demo_ctx: AppContext, make_window: MakeWindow) -> None:
    window = make_window(demo_ctx, "dashboard", "punch")
    dialog = open_search(qtbot, window)
    type_and_wait(qtbot, dialog, "qwertyuiop", counted=True)
    assert dialog.results.topLevelItemCount() == 0
    assert dialog.note.text() == "Nothing found for “qwertyuiop”."
    qtbot.keyClick(dialog.box, Qt.Key.Key_Return)  # nothing to open
    assert dialog.isVisible()
    assert window.pages.currentWidget() is window.page_widgets["dashboard"]
    qtbot.keyClick(dialog.box, Qt.Key.Key_Escape)
    idle(qtbot, window)


def test_a_record_the_list_does_not_show_still_gets_its_detail(
    qtbot: QtBot, demo_ctx: AppContext, make_window: MakeWindow
) -> None:
    closed = ids_where(
        demo_ctx,
        "SELECT id FROM punch_items WHERE project_id = ? AND status = 'closed' ORDER BY number",
        hospital(demo_ctx),
    )[0]
    window = make_window(demo_ctx, "punch")
    page = window.page_widgets["punch"]
    idle(qtbot, window)
    bar = page.filter_bar
    bar.status.setCurrentIndex(bar.status.findData("open"))
    idle(qtbot, window)
    assert page.model.rowCount() > 0 and page.model.find(closed) < 0
    assert window.open_record("punch_item", closed)
    qtbot.waitUntil(lambda: page.detail.current_id() == closed)
    assert not page.table.selectionModel().hasSelection()
    assert "not in the list" in window.statusBar().currentMessage()
    idle(qtbot, window)
    assert not window.open_record("drawing", closed)  # no page for that kind


def test_searching_is_said_only_of_a_search_that_takes_long(
    qtbot: QtBot, demo_ctx: AppContext, make_window: MakeWindow
) -> None:
    """A search answered within ``SEARCHING_NOTE_MS`` leaves the note alone (no flicker);
    one still waiting after it says "Searching…" until its results are in."""
    window = make_window(demo_ctx, "dashboard", "punch")
    dialog = open_search(qtbot, window)
    results_note = "Up and Down choose, Enter opens, Esc closes."
    type_and_wait(qtbot, dialog, "sealant")
    assert not dialog.searching.isActive()
    assert dialog.note.text() == results_note
    gate = threading.Event()  # the db worker busy with other work: the search waits
    window.runner.submit(lambda _h: gate.wait(30))
    with qtbot.waitSignal(dialog.shown, timeout=15_000, check_params_cb=lambda t: t == "door"):
        dialog.box.setText("door")
        qtbot.waitUntil(lambda: dialog.note.text() == "Searching…", timeout=5_000)
        gate.set()
    assert not dialog.searching.isActive()
    assert dialog.note.text() == results_note
    qtbot.keyClick(dialog.box, Qt.Key.Key_Escape)
    idle(qtbot, window)
