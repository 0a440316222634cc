from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from executrek.ui.widgets.signature_pad import SignaturePad


def test_mouse_strokes_become_normalised_vectors(qtbot: QtBot) -> None:
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(400, 200)
    pad.show()
    assert pad.is_empty()
    with qtbot.waitSignal(pad.changed):
        qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(40, 100))
        qtbot.mouseMove(pad, QPoint(200, 50))
        qtbot.mouseMove(pad, QPoint(360, 150))
        qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(360, 150))
    strokes = pad.strokes()
    assert len(strokes) == 1
    assert len(strokes[0]) >= 2
    assert strokes[0][0] == [0.1, 0.5]
    assert all(0.0 <= v <= 1.0 for point in strokes[0] for v in point)
    assert not pad.is_empty()
    with qtbot.waitSignal(pad.changed):
        pad.clear()
    assert pad.is_empty()
    assert pad.strokes() == []


def test_delete_key_clears_and_strokes_round_trip(qtbot: QtBot) -> None:
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.set_strokes([[[0.1, 0.2], [0.3, 0.4]]])
    assert pad.strokes() == [[[0.1, 0.2], [0.3, 0.4]]]
    pad.grab()  # paints without error
    qtbot.keyClick(pad, Qt.Key.Key_Delete)
    assert pad.is_empty()
