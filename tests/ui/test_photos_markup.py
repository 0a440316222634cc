"""The markup editor: real mouse events draw shapes; undo takes them back; save hands
over vector markup."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QMouseEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from executrek.app.photos.markup import Arrow, Ellipse, Freehand, Markup, Rectangle, Text
from executrek.ui.photos.markup_canvas import MarkupCanvas, Tool
from executrek.ui.photos.markup_editor import MarkupEditor


def _photo() -> QImage:
    image = QImage(800, 600, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    return image


def _send(canvas: MarkupCanvas, kind: QEvent.Type, at: QPoint, buttons: Qt.MouseButton) -> None:
    viewport = canvas.viewport()
    local = QPointF(at)
    event = QMouseEvent(
        kind,
        local,
        QPointF(viewport.mapToGlobal(at)),
        Qt.MouseButton.LeftButton,
        buttons,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(viewport, event)


def _drag(canvas: MarkupCanvas, points: list[tuple[float, float]]) -> None:
    """Press at the first point (fractions of the photo), move through, release at the last."""

    def at(fx: float, fy: float) -> QPoint:
        return canvas.mapFromScene(QPointF(fx * 800, fy * 600))

    left = Qt.MouseButton.LeftButton
    _send(canvas, QEvent.Type.MouseButtonPress, at(*points[0]), left)
    for point in points[1:]:
        _send(canvas, QEvent.Type.MouseMove, at(*point), left)
    _send(canvas, QEvent.Type.MouseButtonRelease, at(*points[-1]), Qt.MouseButton.NoButton)


def _editor(qtbot: QtBot, saved: list[Markup], markup: Markup = Markup()) -> MarkupEditor:
    editor = MarkupEditor(_photo(), markup, saved.append, ask_text=lambda: "Crack here")
    qtbot.addWidget(editor)
    editor.resize(900, 700)
    editor.show()
    qtbot.waitExposed(editor)
    return editor


def test_draw_an_arrow_then_undo_removes_it(qtbot: QtBot) -> None:
    saved: list[Markup] = []
    editor = _editor(qtbot, saved)
    canvas = editor.canvas
    assert not editor.undo_action.isEnabled()

    _drag(canvas, [(0.1, 0.2), (0.3, 0.35), (0.6, 0.5)])

    shapes = canvas.markup().shapes
    assert len(shapes) == 1
    arrow = shapes[0]
    assert isinstance(arrow, Arrow)
    assert arrow.start == (0.1, 0.2) or abs(arrow.start[0] - 0.1) < 0.01
    assert abs(arrow.end[0] - 0.6) < 0.01
    assert abs(arrow.end[1] - 0.5) < 0.01
    assert arrow.colour == "#ff0000"
    assert editor.undo_action.isEnabled()
    assert len(canvas.scene().items()) == 2  # the photo and the arrow

    editor.undo_action.trigger()

    assert canvas.markup().is_empty
    assert len(canvas.scene().items()) == 1
    assert not editor.undo_action.isEnabled()
    editor.save()
    assert saved == [Markup()]


def test_every_tool_colour_and_width_make_vector_shapes(qtbot: QtBot) -> None:
    saved: list[Markup] = []
    existing = Markup((Rectangle((0.0, 0.0), (0.1, 0.1)),))
    editor = _editor(qtbot, saved, existing)
    canvas = editor.canvas
    editor.set_colour("#2979ff")
    editor.width_box.setValue(5)
    editor.set_tool(Tool.ELLIPSE)
    _drag(canvas, [(0.5, 0.5), (0.7, 0.8)])
    editor.set_tool(Tool.RECTANGLE)
    _drag(canvas, [(0.8, 0.1), (0.6, 0.3)])
    editor.set_tool(Tool.FREEHAND)
    _drag(canvas, [(0.1, 0.9), (0.15, 0.85), (0.2, 0.9), (0.25, 0.85)])
    editor.set_tool(Tool.TEXT)
    _drag(canvas, [(0.4, 0.1)])
    editor.save()

    (markup,) = saved
    kinds = [type(s) for s in markup.shapes]
    assert kinds == [Rectangle, Ellipse, Rectangle, Freehand, Text]
    ellipse, rectangle, freehand, text = markup.shapes[1:]
    assert isinstance(ellipse, Ellipse)
    assert ellipse.colour == "#2979ff"
    assert ellipse.width == 0.01
    assert isinstance(rectangle, Rectangle)
    assert rectangle.corner[0] < rectangle.opposite[0]  # normalised corners
    assert isinstance(freehand, Freehand)
    assert len(freehand.points) >= 4
    assert isinstance(text, Text)
    assert text.text == "Crack here"
    assert Markup.from_json(markup.to_json()) == markup
