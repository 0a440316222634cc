"""Conducting an inspection through the widgets, keyboard first, as the rep does on site."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from executrek.app.context import AppContext, open_context, prepare
from executrek.app.logging_setup import shutdown
from executrek.models.records.inspection import queries as inspection_queries
from executrek.models.records.inspection import service as inspections
from executrek.models.records.inspection.model import InspectionResult, InspectionStatus, Outcome
from executrek.models.records.punch import list_page as punch_list
from executrek.models.records.punch.list_page import PunchFilter
from executrek.models.services import projects
from executrek.models.services.records import photos_of
from executrek.ui import main_window
from executrek.ui.inspections.checklist_model import Col
from executrek.ui.inspections.checklist_runner import ChecklistRunner
from executrek.ui.inspections.inspections_page import InspectionsPage
from executrek.ui.launch import build_window, ensure_identity
from executrek.ui.main_window import MainWindow
from executrek.ui.pages import registry

DEFINITION = {
    "sections": [
        {
            "title": "Fire doors",
            "items": [
                {"prompt": "Door closes and latches", "type": "pass_fail_na", "weight": 2},
                {
                    "prompt": "Intumescent seals intact",
                    "type": "pass_fail_na",
                    "critical": True,
                },
                {"prompt": "Signage fitted", "type": "yes_no"},
                {
                    "prompt": "Perimeter gap",
                    "type": "number",
                    "target": "3",
                    "tolerance": "1",
                    "unit": "mm",
                },
            ],
        },
        {
            "title": "Finishes",
            "items": [
                {
                    "prompt": "Paint finish",
                    "type": "choice",
                    "choices": ["Good", "Fair", "Poor"],
                    "failing_choices": ["Poor"],
                },
                {
                    "prompt": "Ceiling tile damaged",
                    "type": "pass_fail_na",
                    "photo_required": True,
                    "failure_action": "issue",
                },
            ],
        },
    ]
}


@pytest.fixture
def ctx(tmp_path: Path) -> Iterator[AppContext]:
    app_paths, recent = prepare(tmp_path / "data")
    context = open_context(app_paths, recent)
    ensure_identity(context)
    project = projects.create_project(
        context.store,
        projects.NewProject(
            code="HOSP",
            name="Hospital East Wing",
            owner_name="County Health Trust",
            contract_value=Decimal("1000000"),
            baseline_start=dt.date(2026, 1, 5),
            baseline_finish=dt.date(2027, 6, 30),
        ),
    ).value
    projects.add_location(context.store, project.id, "B1", "Block A", "building")
    inspections.create_template(
        context.store, name="Fire doors & finishes", category="Life safety", definition=DEFINITION
    )
    yield context
    context.close()
    shutdown()


@pytest.fixture
def window(qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    # only this page: the test is about inspections, not about the other screens
    only = [spec for spec in registry.PAGES if spec.key == "inspections"]
    monkeypatch.setattr(main_window, "PAGES", only)
    win = build_window(ctx)
    qtbot.addWidget(win)
    yield win
    win.runner.shutdown()


def open_page(qtbot: QtBot, window: MainWindow) -> InspectionsPage:
    page = window.page_widgets["inspections"]
    assert isinstance(page, InspectionsPage)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    window.nav.setCurrentRow(list(window.page_widgets).index("inspections"))
    qtbot.waitUntil(lambda: page.template_box.count() == 2)
    return page


def start_inspection(qtbot: QtBot, page: InspectionsPage) -> ChecklistRunner:
    with qtbot.waitSignal(page.dialog_opened) as opened:
        qtbot.keyClick(
            page.new_button,
            Qt.Key.Key_N,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
    dialog = opened.args[0]
    dialog.template_box.setCurrentIndex(1)
    dialog.title_edit.setText("Level 2 fire doors")
    runner = page.runner
    with qtbot.waitSignal(runner.loaded, timeout=10_000):
        dialog.buttons.accepted.emit()
    assert page.stack.currentWidget() is runner.view
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    return runner


def key(
    qtbot: QtBot, k: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    focus = QApplication.focusWidget()
    assert focus is not None
    qtbot.keyClick(focus, k, modifier)


def test_keyboard_run_where_a_failed_item_raises_a_punch_item(
    qtbot: QtBot,
    qtmodeltester: ModelTester,
    window: MainWindow,
    ctx: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = open_page(qtbot, window)
    runner = start_inspection(qtbot, page)
    qtmodeltester.check(runner.model)
    assert runner.current_row() == 0
    assert runner.model.rowCount() == 6

    # the keys are listed in the main window's shortcut overlay
    entries = dict(window.shortcut_entries())
    assert entries["P"] == "Pass (pass/fail items)"
    assert entries["Ctrl+Return"] == "Complete the inspection"

    # 1: P passes and moves on
    key(qtbot, Qt.Key.Key_P)
    assert runner.current_row() == 1
    # 2: F fails, stays and puts the cursor in the note; Enter saves the note and moves on
    key(qtbot, Qt.Key.Key_F)
    assert runner.current_row() == 1
    assert QApplication.focusWidget() is runner.card.note_edit
    qtbot.keyClicks(runner.card.note_edit, "Seal missing at head")
    assert page.has_unsaved()  # the main window asks before closing
    key(qtbot, Qt.Key.Key_Return)
    assert not page.has_unsaved()
    assert runner.current_row() == 2
    # 3: Y answers yes
    key(qtbot, Qt.Key.Key_Y)
    assert runner.current_row() == 3
    # 4: a number: the answer field has the focus; a wrong value is refused inline
    assert QApplication.focusWidget() is runner.card.value_edit
    qtbot.keyClicks(runner.card.value_edit, "abc")
    key(qtbot, Qt.Key.Key_Return)
    assert runner.banner.isVisible()
    assert "item 4" in runner.banner.text()
    assert "number" in runner.banner.text()
    assert runner.current_row() == 3
    runner.card.value_edit.clear()
    qtbot.keyClicks(runner.card.value_edit, "3.5")
    key(qtbot, Qt.Key.Key_Return)
    assert runner.current_row() == 4
    assert not runner.banner.isVisible()
    # 5: a choice by its digit
    key(qtbot, Qt.Key.Key_1)
    assert runner.current_row() == 5
    # 6: N is N/A
    key(qtbot, Qt.Key.Key_N)
    if runner.busy():
        qtbot.waitSignal(runner.idle, timeout=10_000).wait()
    answers = [(e.value, e.outcome) for e in runner.model.rows()]
    assert answers == [
        ("pass", Outcome.PASS),
        ("fail", Outcome.FAIL),
        ("yes", Outcome.PASS),
        ("3.5", Outcome.PASS),
        ("Good", Outcome.PASS),
        ("na", Outcome.NA),
    ]
    qtbot.waitUntil(lambda: "6/6 answered · 1 failed" in runner.score_label.text())
    stored = inspections.items_of(ctx.store, str(runner.inspection_id))
    assert stored[1][1] is not None and stored[1][1].note == "Seal missing at head"

    # Ctrl+Enter completes: the critical failure fails the inspection, and the template
    # (raising on completion by default) raises the failed item as a linked punch item
    with qtbot.waitSignal(runner.loaded, timeout=10_000):
        key(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert runner.header is not None
    assert runner.header.status is InspectionStatus.COMPLETED
    assert runner.header.result is InspectionResult.FAIL
    assert runner.right.currentWidget().isAncestorOf(runner.finish)
    assert "Fail" in runner.finish.result_label.text()
    summary = runner.finish.raised_label.text()
    assert "Raised on completion" in summary and "1 punch item(s): PI-" in summary
    assert runner.finish.raise_row.isHidden()  # nothing left to remember
    project_id = runner.header.project_id
    rows = punch_list.page(ctx.store, project_id, PunchFilter(), limit=50).rows
    assert [r.title for r in rows] == ["Seal missing at head"]  # the rep's note

    # sign on the pad
    pad = runner.finish.pad
    assert not runner.finish.sign_button.isEnabled()
    qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(20, 40))
    qtbot.mouseMove(pad, QPoint(120, 80))
    qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(200, 60))
    assert runner.finish.sign_button.isEnabled()
    with qtbot.waitSignal(runner.finish.signed, timeout=10_000):
        qtbot.mouseClick(runner.finish.sign_button, Qt.MouseButton.LeftButton)
    assert "Signed by" in runner.finish.signatures_label.text()
    assert pad.is_empty()

    # completed answers are read only; Esc goes back to the list, which shows the result
    runner.select_row(0)
    assert not runner.card.pass_button.isEnabled()
    runner.table.setFocus()
    with qtbot.waitSignal(page.refreshed, timeout=10_000):
        key(qtbot, Qt.Key.Key_Escape)
    assert page.stack.currentWidget() is page.tabs
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    qtmodeltester.check(page.model)
    assert page.model.row_at(0).result is InspectionResult.FAIL


def _jpeg(path: Path) -> Path:
    Image.new("RGB", (64, 48), (200, 40, 40)).save(path, "JPEG")
    return path


def test_failed_item_needing_a_photo_gets_one_from_the_file_picker(
    qtbot: QtBot,
    window: MainWindow,
    ctx: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = open_page(qtbot, window)
    runner = start_inspection(qtbot, page)
    for k in (Qt.Key.Key_P, Qt.Key.Key_P, Qt.Key.Key_Y):
        key(qtbot, k)
    qtbot.keyClicks(runner.card.value_edit, "3")
    key(qtbot, Qt.Key.Key_Return)
    key(qtbot, Qt.Key.Key_2)
    assert runner.current_row() == 5
    key(qtbot, Qt.Key.Key_F)  # photo required when failed
    assert "photo is required" in runner.card.photo_label.text()
    # completing without the photo is refused inline and jumps to the item
    runner.select_row(0)
    runner.table.setFocus()
    with qtbot.waitSignal(runner.idle, timeout=10_000):
        key(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert runner.banner.isVisible()
    assert "needs a photo" in runner.banner.text()
    assert runner.current_row() == 5

    photo = _jpeg(tmp_path / "tile.jpg")
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(b"\xff\xd8\xff\xe0 not really a jpeg")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(photo), str(broken)], "")
    )
    with qtbot.waitSignal(runner.idle, timeout=10_000):
        qtbot.mouseClick(runner.card.photo_button, Qt.MouseButton.LeftButton)
    assert runner.card.photo_label.text() == "1 photo(s)"
    assert "broken.jpg" in runner.banner.text()
    item_id = runner.model.row_at(5).item.id
    stored = photos_of(ctx.store, "inspection_item", item_id)
    assert [p.filename for p in stored] == ["tile.jpg"]
    assert (ctx.paths.blobs / "sha256" / stored[0].sha256[:2] / stored[0].sha256).is_file()

    # a second photo dropped onto the runner from the file manager
    second = tmp_path / "tile-close-up.png"
    Image.new("RGB", (32, 32), (10, 120, 200)).save(second, "PNG")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(second))])
    drop = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(runner.idle, timeout=10_000):
        # as Qt hands the drop to the view (a synthetic drop has no drag target to reach)
        assert runner.eventFilter(runner.view, drop)
    assert drop.isAccepted()
    assert runner.card.photo_label.text() == "2 photo(s)"
    assert runner.model.index(5, Col.PHOTOS).data() == "2"
    # the item's photos show on the card, and open from there
    strip = runner.photo_strip
    assert strip.record == ("inspection_item", item_id)
    qtbot.waitUntil(lambda: strip.model.rowCount() == 2, timeout=10_000)
    assert strip.open_button.isEnabled() and strip.markup_button.isEnabled()
    assert not strip.add_button.isVisible()  # the runner adds (and counts) photos itself

    runner.table.setFocus()
    with qtbot.waitSignal(runner.loaded, timeout=10_000):
        key(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert runner.header is not None and runner.header.status is InspectionStatus.COMPLETED
    assert "1 contractor issue(s): NCR-" in runner.finish.raised_label.text()
    raised = inspection_queries.raised_from(ctx.store, runner.header.id)
    assert [r.record_type for r in raised] == ["issue"]
