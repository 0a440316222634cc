"""Pins in the sheet viewer: drop a punch item or an issue on the sheet, drag a pin (and
undo), filter the pins, click a pin to open its item, and come back from the punch
item's detail pane to the sheet."""

from __future__ import annotations

import pytest
from drawing_ui_fixtures import (
    DrawingProject,
    OpenWindow,
    drawing_project,
    drawings_page,
    open_window,
    tiles_settled,
)
from gui_fixtures import gui_ctx, idle, make_window
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QContextMenuEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QMenu, QWidget
from pytestqt.qtbot import QtBot

from executrek.app.drawings.importer import DrawingImporter, DrawingImportOptions
from executrek.app.photos.blobstore import BlobStore
from executrek.models.records.drawing import service as drawings
from executrek.models.records.drawing.model import PIN_ISSUE, PIN_PUNCH
from executrek.models.records.drawing.pins import PinRow
from executrek.models.records.punch import queries as punch_queries
from executrek.ui.drawings.drawings_page import DrawingsPage
from executrek.ui.main_window import MainWindow
from executrek.ui.pages.issues_page import IssuesPage
from executrek.ui.pages.punch_page import PunchPage

__all__ = ["drawing_project", "gui_ctx", "make_window", "open_window"]


def _imported(project: DrawingProject) -> str:
    """Import the plan with the floor as the sheet's location; its revision id."""
    importer = DrawingImporter(project.ctx.store, BlobStore(project.ctx.paths.blobs))
    report = importer.import_paths(
        project.project_id, [project.plan], DrawingImportOptions(location_id=project.floor_id)
    )
    assert not report.refused
    return report.registered[0].revision_id


def _ready(
    qtbot: QtBot, open_window: OpenWindow, project: DrawingProject
) -> tuple[MainWindow, DrawingsPage]:
    window = open_window(project)
    page = drawings_page(window)
    idle(qtbot, window)
    qtbot.waitUntil(lambda: page.viewer.revision is not None, timeout=10_000)
    qtbot.waitUntil(lambda: tiles_settled(page), timeout=30_000)
    return window, page


def _add(
    qtbot: QtBot, window: MainWindow, page: DrawingsPage, kind: str, x: float, y: float, title: str
) -> None:
    viewer = page.viewer
    rev = viewer.revision
    assert rev is not None
    button = viewer.add_punch_button if kind == "punch" else viewer.add_issue_button
    button.click()
    assert viewer.view.pick_mode
    target = viewer.view.mapFromScene(QPointF(x * rev.width_pt, y * rev.height_pt))
    qtbot.mouseClick(viewer.view.viewport(), Qt.MouseButton.LeftButton, pos=target)
    assert not viewer.view.pick_mode
    dialog = viewer.last_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.title.setText(title)
    dialog.contractor.setCurrentIndex(1)
    dialog.buttons.accepted.emit()
    idle(qtbot, window)
    qtbot.waitUntil(lambda: any(i.row.title == title for i in viewer.pin_items.values()))


def _send(widget: QWidget, kind: QEvent.Type, pos: QPoint, buttons: Qt.MouseButton) -> None:
    button = Qt.MouseButton.LeftButton if kind != QEvent.Type.MouseMove else Qt.MouseButton.NoButton
    event = QMouseEvent(
        kind,
        QPointF(pos),
        QPointF(widget.mapToGlobal(pos)),
        button,
        buttons,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, event)


def _drag(widget: QWidget, start: QPoint, end: QPoint) -> None:
    left = Qt.MouseButton.LeftButton
    _send(widget, QEvent.Type.MouseButtonPress, start, left)
    for step in range(1, 6):
        point = start + (end - start) * step / 5
        _send(widget, QEvent.Type.MouseMove, point, left)
    _send(widget, QEvent.Type.MouseButtonRelease, end, Qt.MouseButton.NoButton)


def _pin_pos(page: DrawingsPage, row: PinRow) -> QPoint:
    item = page.viewer.pin_items[row.id]
    # a little above the tip: inside the marker's head
    return page.viewer.view.mapFromScene(item.pos()) + QPoint(0, -16)


def test_add_items_on_the_sheet_then_drag_undo_and_filter(
    qtbot: QtBot, open_window: OpenWindow, drawing_project: DrawingProject
) -> None:
    revision_id = _imported(drawing_project)
    window, page = _ready(qtbot, open_window, drawing_project)
    store = drawing_project.ctx.store
    viewer = page.viewer

    _add(qtbot, window, page, "punch", 0.25, 0.4, "Cracked tile at door")
    _add(qtbot, window, page, "issue", 0.6, 0.3, "Fire damper missing")
    pins = drawings.list_pins(store, revision_id)
    assert len(pins) == 2
    punch_pin = next(p for p in pins if p.target_type == PIN_PUNCH)
    issue_pin = next(p for p in pins if p.target_type == PIN_ISSUE)
    # the pin is where the rep clicked (to the pixel) and the item took the sheet's location
    tolerance = 2 / (viewer.view.scale_now() * viewer.revision.width_pt)  # type: ignore[union-attr]
    assert abs(punch_pin.x - 0.25) < tolerance and abs(punch_pin.y - 0.4) < 2 * tolerance
    assert punch_pin.location_id == drawing_project.floor_id
    assert punch_pin.contractor_id == drawing_project.contractor_id
    assert issue_pin.location_id == drawing_project.floor_id
    assert issue_pin.number.startswith("OBS-") or issue_pin.number
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and page.model.row_at(0).pin_count == 2)

    # drag the punch pin 120 px right: stored off the GUI thread
    window.activateWindow()
    start = _pin_pos(page, punch_pin)
    _drag(viewer.view.viewport(), start, start + QPoint(120, 0))
    idle(qtbot, window)
    moved = drawings.get_pin(store, punch_pin.id)
    assert moved.x > punch_pin.x + 0.02
    assert abs(moved.y - punch_pin.y) < 1e-3
    assert window.undo_stack.count() == 1
    # undo puts it back, redo moves it again
    window.undo_stack.undo()
    idle(qtbot, window)
    assert drawings.get_pin(store, punch_pin.id).x == punch_pin.x
    qtbot.waitUntil(lambda: abs(viewer.pin_items[punch_pin.id].row.x - punch_pin.x) < 1e-9)
    window.undo_stack.redo()
    idle(qtbot, window)
    assert drawings.get_pin(store, punch_pin.id).x == moved.x

    # filters hide pins: kind, status, contractor, text
    viewer.kind_box.setCurrentIndex(viewer.kind_box.findData(PIN_ISSUE))
    qtbot.waitUntil(lambda: set(viewer.pin_items) == {issue_pin.id})
    viewer.kind_box.setCurrentIndex(0)
    qtbot.waitUntil(lambda: len(viewer.pin_items) == 2)
    viewer.status_box.setCurrentIndex(viewer.status_box.findData("closed"))
    qtbot.waitUntil(lambda: not viewer.pin_items)
    assert viewer.pin_count.text() == "0 pin(s)"
    viewer.status_box.setCurrentIndex(0)
    viewer.search.setText("damper")
    qtbot.waitUntil(lambda: set(viewer.pin_items) == {issue_pin.id})
    viewer.search.clear()
    qtbot.waitUntil(lambda: len(viewer.pin_items) == 2)
    # pins keep their size on screen at any zoom
    item = viewer.pin_items[punch_pin.id]

    def screen_width() -> float:
        transform = item.deviceTransform(viewer.view.viewportTransform())
        return float(transform.mapRect(item.shape().boundingRect()).width())

    viewer.view.fit()
    before = screen_width()
    assert item.boundingRect().width() < 30  # no number label at the overview
    viewer.view.zoom_by(4.0)
    assert abs(screen_width() - before) < 1e-6 and before > 15
    assert item.boundingRect().width() > 40  # zoomed in: the number shows beside the pin


def test_click_a_pin_opens_the_item_and_the_detail_pane_leads_back(
    qtbot: QtBot, open_window: OpenWindow, drawing_project: DrawingProject
) -> None:
    revision_id = _imported(drawing_project)
    window, page = _ready(qtbot, open_window, drawing_project)
    store = drawing_project.ctx.store
    _add(qtbot, window, page, "punch", 0.7, 0.65, "Scuffed wall")
    pin = drawings.list_pins(store, revision_id)[0]

    window.activateWindow()
    qtbot.waitActive(window)
    pos = _pin_pos(page, pin)
    qtbot.mouseClick(page.viewer.view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    idle(qtbot, window)
    punch = window.pages.currentWidget()
    assert isinstance(punch, PunchPage)
    qtbot.waitUntil(lambda: punch.detail.current_id() == pin.target_id)
    assert drawings.get_pin(store, pin.id).x == pin.x  # a click does not move it
    link = punch.detail.sheet_link
    qtbot.waitUntil(lambda: link.isVisible())
    assert link.text() == "On sheet A-101 (rev A)"
    detail = punch_queries.punch_detail(store, pin.target_id)
    assert detail.location_id == drawing_project.floor_id

    # and back: the viewer opens centred on the pin, zoomed in
    page.viewer.view.fit()
    link.label.linkActivated.emit("sheet")
    assert window.pages.currentWidget() is page
    idle(qtbot, window)
    view = page.viewer.view
    qtbot.waitUntil(lambda: view.scale_now() > view.fit_scale())
    centre = view.visible_rect().center()
    rev = page.viewer.revision
    assert rev is not None and rev.id == revision_id
    assert abs(centre.x() / rev.width_pt - pin.x) < 0.02
    assert abs(centre.y() / rev.height_pt - pin.y) < 0.02


def test_an_issue_pin_opens_the_issue_selected_on_its_screen(
    qtbot: QtBot, open_window: OpenWindow, drawing_project: DrawingProject
) -> None:
    revision_id = _imported(drawing_project)
    window, page = _ready(qtbot, open_window, drawing_project)
    _add(qtbot, window, page, "issue", 0.3, 0.4, "Handrail loose")
    pin = drawings.list_pins(drawing_project.ctx.store, revision_id)[0]
    assert pin.target_type == PIN_ISSUE

    page.viewer.open_item_requested.emit(pin.target_type, pin.target_id)
    idle(qtbot, window)
    issues = window.pages.currentWidget()
    assert isinstance(issues, IssuesPage)
    qtbot.waitUntil(lambda: issues.detail is not None and issues.detail.row.id == pin.target_id)
    qtbot.waitUntil(lambda: issues.table.currentIndex().isValid())
    assert issues.model.find(pin.target_id) == issues.table.currentIndex().row()


def test_context_menu_adds_an_issue_where_clicked(
    qtbot: QtBot,
    open_window: OpenWindow,
    drawing_project: DrawingProject,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    popped: list[QMenu] = []
    monkeypatch.setattr(QMenu, "popup", lambda menu, *_a: popped.append(menu))  # offscreen
    revision_id = _imported(drawing_project)
    window, page = _ready(qtbot, open_window, drawing_project)
    viewer = page.viewer
    rev = viewer.revision
    assert rev is not None
    pos = viewer.view.mapFromScene(QPointF(0.5 * rev.width_pt, 0.5 * rev.height_pt))
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, pos, viewer.view.viewport().mapToGlobal(pos)
    )
    QApplication.sendEvent(viewer.view.viewport(), event)
    assert len(popped) == 1
    texts = [a.text() for a in popped[0].actions()]
    assert texts == ["Add punch item here…", "Add issue here…"]
    popped[0].actions()[1].trigger()
    popped[0].close()
    dialog = viewer.last_dialog
    assert dialog is not None and dialog.kind == "issue"
    dialog.title.setText("Handrail loose")
    dialog.issue_type.setCurrentIndex(dialog.issue_type.findData("safety"))
    dialog.buttons.accepted.emit()
    idle(qtbot, window)
    pins = drawings.list_pins(drawing_project.ctx.store, revision_id)
    assert [(p.target_type, p.title) for p in pins] == [(PIN_ISSUE, "Handrail loose")]
    assert abs(pins[0].x - 0.5) < 0.01 and abs(pins[0].y - 0.5) < 0.01
    assert pins[0].number.startswith("SAF-") or pins[0].number
    # an empty title is refused beside the field and nothing is stored
    viewer.add_item_at("punch", QPointF(10, 10))
    empty = viewer.last_dialog
    assert empty is not None
    empty.buttons.accepted.emit()
    idle(qtbot, window)
    assert empty.isVisible()
    assert len(drawings.list_pins(drawing_project.ctx.store, revision_id)) == 1
    empty.reject()
