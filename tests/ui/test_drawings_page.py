"""The Drawings screen driven as a user would: import generated plan PDFs through the
file dialog, view a sheet (tiles arrive off the GUI thread, zoom sharpens), edit sheets
(single and bulk, undoable), print QR location labels."""

from __future__ import annotations

from pathlib import Path

import pytest
from drawing_ui_fixtures import (
    DrawingProject,
    OpenWindow,
    drawing_project,
    drawings_page,
    import_through_page,
    message_boxes,
    open_window,
    tiles_settled,
)
from gui_fixtures import gui_ctx, idle, make_window
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QPushButton
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from executrek.app.drawings.importer import DrawingImport
from executrek.models.records.drawing import service as drawings
from executrek.models.records.drawing.model import Discipline
from executrek.ui.drawings.import_run import start_import

__all__ = ["drawing_project", "gui_ctx", "make_window", "open_window"]


def test_import_through_the_page_then_view_and_zoom(
    qtbot: QtBot,
    open_window: OpenWindow,
    drawing_project: DrawingProject,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    qtmodeltester: ModelTester,
) -> None:
    window = open_window(drawing_project)
    page = drawings_page(window)
    idle(qtbot, window)
    assert page.model.rowCount() == 0
    assert page.empty_label.isVisible()
    broken = tmp_path / "files" / "S-201 broken.pdf"
    broken.write_bytes(b"%PDF-1.7\nthis is not really a PDF\n")
    import_through_page(qtbot, window, page, monkeypatch, [drawing_project.plan, broken])

    # the good file became sheet A-101; the broken one is refused with a sentence
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    row = page.model.row_at(0)
    assert (row.sheet_number, row.revision, row.discipline) == (
        "A-101",
        "A",
        Discipline.ARCHITECTURAL,
    )
    boxes = message_boxes(page)
    assert len(boxes) == 1
    assert "S-201 broken.pdf" in boxes[0].informativeText()
    assert "1 new sheet(s)" in boxes[0].text()
    boxes[0].close()
    qtmodeltester.check(page.model)

    # the first sheet opens in the viewer; tiles arrive from the worker
    viewer = page.viewer
    qtbot.waitUntil(lambda: viewer.sheet is not None and viewer.view.source is not None)
    qtbot.waitUntil(lambda: tiles_settled(page), timeout=30_000)
    layer = viewer.view.layer
    fit_level = layer.level
    assert (0, 0, 0) in layer.items  # the backdrop
    rendered = page.cache.stats.rendered
    assert rendered > 0

    # zoom in 4×: a deeper level is asked for and its tiles arrive
    viewer.view.zoom_by(4.0)
    qtbot.waitUntil(lambda: layer.level > fit_level, timeout=5_000)
    deeper = layer.level
    qtbot.waitUntil(lambda: tiles_settled(page), timeout=30_000)
    assert layer.levels_shown().get(deeper, 0) > 0
    assert page.cache.stats.rendered > rendered
    # once the sharp tiles cover the view, only they and the backdrop stay
    assert set(layer.levels_shown()) <= {0, deeper}
    # no full-page bitmap: the scene holds about the view's pixels, not the page's
    tile_pixels = sum(i.pixmap().width() * i.pixmap().height() for i in layer.items.values())
    view_pixels = viewer.view.viewport().width() * viewer.view.viewport().height()
    page_w, page_h = page.cache.page_px(layer.source.page_info, deeper)  # type: ignore[union-attr]
    assert tile_pixels < 8 * view_pixels, (tile_pixels, view_pixels, page_w * page_h)
    assert tile_pixels < page_w * page_h / 2
    # keyboard: + zooms in, 0 fits the sheet again
    window.activateWindow()
    qtbot.waitActive(window)
    viewer.view.setFocus()
    qtbot.wait(50)
    before = viewer.view.scale_now()
    qtbot.keyClick(viewer.view, Qt.Key.Key_Plus)
    qtbot.waitUntil(lambda: viewer.view.scale_now() > before)
    qtbot.keyClick(viewer.view, Qt.Key.Key_0)
    qtbot.waitUntil(lambda: layer.level == fit_level)
    idle(qtbot, window)


def test_new_revision_and_compare(
    qtbot: QtBot,
    open_window: OpenWindow,
    drawing_project: DrawingProject,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = open_window(drawing_project)
    page = drawings_page(window)
    idle(qtbot, window)
    import_through_page(qtbot, window, page, monkeypatch, [drawing_project.plan])
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    import_through_page(qtbot, window, page, monkeypatch, [drawing_project.plan_b])
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and page.model.row_at(0).revision == "B")
    viewer = page.viewer
    qtbot.waitUntil(lambda: viewer.revision_box.count() == 2)
    assert viewer.revision is not None and viewer.revision.revision == "B"
    assert viewer.compare_button.isEnabled()

    # the older revision can be picked in the viewer
    viewer.revision_box.setCurrentIndex(1)
    assert viewer.revision.revision == "A"
    assert not viewer.add_punch_button.isEnabled()  # items go on the current revision
    viewer.revision_box.setCurrentIndex(0)

    viewer.compare_button.click()
    dialog = page.compare_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(
        lambda: all(v.layer.items and not v.busy() for v in (dialog.left, dialog.right)),
        timeout=30_000,
    )
    assert dialog.left.source is not None and dialog.right.source is not None
    assert dialog.left.source.sha256 != dialog.right.source.sha256
    # side by side: zooming and panning the left view moves the right one with it
    dialog.left.zoom_by(3.0)
    dialog.left.centerOn(500, 400)
    qtbot.waitUntil(
        lambda: (
            abs(dialog.right.scale_now() - dialog.left.scale_now()) < 1e-6
            and (
                dialog.right.visible_rect().center() - dialog.left.visible_rect().center()
            ).manhattanLength()
            < 5
        )
    )
    # overlay: red and cyan layers in one view, the newer one fading with the slider
    dialog.mode_box.setCurrentIndex(1)
    top = dialog.overlay_top
    qtbot.waitUntil(
        lambda: bool(dialog.overlay.layer.items) and bool(top.items) and not dialog.overlay.busy(),
        timeout=30_000,
    )
    dialog.opacity.setValue(40)
    assert all(abs(item.opacity() - 0.4) < 1e-6 for item in top.items.values())
    # the two plans differ: lines only in the older show red, only in the newer cyan
    dialog.opacity.setValue(100)
    image = dialog.overlay.grab().toImage()
    red = cyan = 0
    for y in range(0, image.height(), 3):
        for x in range(0, image.width(), 3):
            c = image.pixelColor(x, y)
            if c.red() > 170 and c.green() < 120 and c.blue() < 120:
                red += 1
            elif c.red() < 120 and c.green() > 150 and c.blue() > 150:
                cyan += 1
    assert red > 50 and cyan > 50
    dialog.close()
    idle(qtbot, window)


def test_edit_one_sheet_then_bulk_with_undo(
    qtbot: QtBot,
    open_window: OpenWindow,
    drawing_project: DrawingProject,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    second = tmp_path / "files" / "M-301 Level 1 ventilation.pdf"
    from executrek.app.drawings.sample import floor_plan_pdf

    floor_plan_pdf(second, size="A1", seed=9)
    window = open_window(drawing_project)
    page = drawings_page(window)
    idle(qtbot, window)
    import_through_page(qtbot, window, page, monkeypatch, [drawing_project.plan, second])
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    store, pid = drawing_project.ctx.store, drawing_project.project_id

    # one sheet: title and location
    page.table.selectRow(0)
    page.edit_button.click()
    dialog = page.edit_dialog
    assert dialog is not None and not dialog.bulk
    dialog.title.setText("Level 1 general arrangement")
    dialog.location.setCurrentIndex(dialog.location.findData(drawing_project.floor_id))
    dialog.buttons.accepted.emit()
    idle(qtbot, window)
    sheet = drawings.find_sheet(store, pid, "A-101")
    assert sheet is not None
    assert (sheet.title, sheet.location_id) == (
        "Level 1 general arrangement",
        drawing_project.floor_id,
    )
    qtbot.waitUntil(lambda: page.model.row_at(0).location == "Level 1")

    # filters: discipline and text
    page.discipline_box.setCurrentIndex(page.discipline_box.findData("mechanical"))
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.row_at(0).sheet_number == "M-301"
    page.discipline_box.setCurrentIndex(0)
    page.search.setText("general arr")
    qtbot.waitUntil(
        lambda: page.model.rowCount() == 1 and page.model.row_at(0).title.startswith("Level")
    )
    page.search.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)

    # bulk: both sheets get revision "C" and discipline General; other fields stay
    page.table.selectAll()
    assert page.edit_button.text() == "&Edit 2 sheets…"
    page.edit_button.click()
    bulk = page.edit_dialog
    assert bulk is not None and bulk.bulk
    bulk.revision.setText("C")
    bulk.discipline.setCurrentIndex(bulk.discipline.findData("general"))
    bulk.buttons.accepted.emit()
    idle(qtbot, window)
    rows = drawings.list_sheets(store, pid)
    assert {(r.revision, r.discipline) for r in rows} == {("C", Discipline.GENERAL)}
    titles = {r.sheet_number: r.title for r in rows}
    assert titles["A-101"] == "Level 1 general arrangement"  # fields left on "keep" stay

    # undo gives each sheet its own old values back
    window.undo_stack.undo()
    idle(qtbot, window)
    back = {r.sheet_number: (r.revision, r.discipline) for r in drawings.list_sheets(store, pid)}
    assert back["A-101"] == ("A", Discipline.ARCHITECTURAL)
    assert back["M-301"][1] == Discipline.MECHANICAL
    window.undo_stack.redo()
    idle(qtbot, window)
    assert {r.revision for r in drawings.list_sheets(store, pid)} == {"C"}


def test_print_location_labels(
    qtbot: QtBot,
    open_window: OpenWindow,
    drawing_project: DrawingProject,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    window = open_window(drawing_project)
    page = drawings_page(window)
    idle(qtbot, window)
    target = tmp_path / "out" / "labels.pdf"
    asked: list[tuple[Path, int]] = []
    monkeypatch.setattr(page, "labels_path", lambda: target)
    monkeypatch.setattr(page, "ask_open", lambda path, count: asked.append((path, count)) or False)
    page.labels_button.click()
    idle(qtbot, window)
    assert asked == [(target, 2)]
    reader = PdfReader(str(target))
    text = "".join(p.extract_text() for p in reader.pages)
    assert "L1-101" in text and "Room 101" in text
    assert not window.error_messages  # type: ignore[attr-defined]


def test_cancel_an_import_and_the_keys_in_the_help(
    qtbot: QtBot,
    open_window: OpenWindow,
    drawing_project: DrawingProject,
    tmp_path: Path,
) -> None:
    from executrek.app.drawings.sample import floor_plan_pdf

    files = []
    for n in range(4):
        path = tmp_path / "set" / f"A-20{n} Level {n}.pdf"
        floor_plan_pdf(path, size="A1", seed=20 + n)
        files.append(path)
    window = open_window(drawing_project)
    page = drawings_page(window)
    idle(qtbot, window)
    reports: list[DrawingImport] = []
    start_import(window, drawing_project.project_id, files, parent=page, on_done=reports.append)
    progress = page.findChild(QProgressDialog)
    assert progress is not None
    cancel = progress.findChild(QPushButton)
    assert cancel is not None and cancel.text() == "Cancel"
    cancel.click()
    idle(qtbot, window, 60_000)
    assert len(reports) == 1 and reports[0].cancelled
    done = len(reports[0].lines)
    assert done < len(files)
    qtbot.waitUntil(lambda: page.model.rowCount() == done)
    boxes = message_boxes(page)
    assert len(boxes) == 1 and "(cancelled)" in boxes[0].text()
    boxes[0].close()

    # F1 lists the screen's keys while the Drawings screen is shown (an action's
    # alternative keys too)
    keys = dict(window.shortcut_entries())
    assert keys["+, ="] == "Zoom in"
    assert keys["0"] == "Fit the sheet in the view"
    assert keys["P"] == "Add a punch item on the sheet"
    assert keys["Ctrl+Shift+D"] == "Go to Drawings"
