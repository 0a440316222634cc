"""``PhotoStrip``: files dropped on a record's strip are imported and attached to it."""

from __future__ import annotations

import warnings
from pathlib import Path

from photo_ui_fixtures import ctx, project, tiny_jpeg, window  # noqa: F401  (fixtures)
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from executrek.app.photos.library import LibraryImport
from executrek.models.project import Project
from executrek.models.records.punch import service as punch
from executrek.models.services import records
from executrek.ui.main_window import MainWindow
from executrek.ui.photos.photo_strip import PhotoStrip


def _drop(strip: PhotoStrip, files: list[Path]) -> None:
    """What a desktop drag does: enter (accepted only for local files), then drop."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(f)) for f in files])
    target = strip.grid.viewport()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # PySide marks the QPoint overload
        enter = QDragEnterEvent(
            QPoint(20, 20),
            Qt.DropAction.CopyAction,
            mime,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted()
    event = QDropEvent(
        QPointF(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(target, event)


def test_dropping_a_file_attaches_it_to_the_record(
    qtbot: QtBot,
    window: MainWindow,  # noqa: F811
    project: Project,  # noqa: F811
    tmp_path: Path,
) -> None:
    store = window.ctx.store
    item = punch.create_punch_item(store, project.id, punch.NewPunchItem(title="Gap")).value
    other = punch.create_punch_item(store, project.id, punch.NewPunchItem(title="Scuff")).value
    strip = PhotoStrip(window)
    qtbot.addWidget(strip)
    strip.resize(600, 160)
    strip.show()
    assert not strip.grid.isEnabled()
    strip.set_record(project.id, "punch_item", item.id)
    with qtbot.waitSignal(strip.photos_shown, timeout=10_000) as shown:
        pass
    assert shown.args == [0]

    photo = tiny_jpeg(tmp_path / "gap.jpg", (10, 120, 240))
    with qtbot.waitSignal(strip.imported, timeout=20_000) as done:
        _drop(strip, [photo])
    report = done.args[0]
    assert isinstance(report, LibraryImport)
    assert [line.source for line in report.imported] == [photo]

    qtbot.waitUntil(lambda: strip.model.rowCount() == 1, timeout=10_000)
    assert strip.model.photo(0).filename == "gap.jpg"
    attached = records.photos_of(store, "punch_item", item.id)
    assert [p.filename for p in attached] == ["gap.jpg"]
    assert records.photos_of(store, "punch_item", other.id) == []

    # The same file on another record: stored once, linked to both.
    strip.set_record(project.id, "punch_item", other.id)
    with qtbot.waitSignal(strip.imported, timeout=20_000) as again:
        _drop(strip, [photo])
    assert [line.source for line in again.args[0].duplicates] == [photo]
    assert [p.id for p in records.photos_of(store, "punch_item", other.id)] == [attached[0].id]
    qtbot.waitUntil(lambda: strip.model.rowCount() == 1, timeout=10_000)

    activated: list[str] = []
    strip.photo_activated.connect(activated.append)
    strip.grid.doubleClicked.emit(strip.model.index(0))
    assert activated == [attached[0].id]
    strip.clear_record()
    assert strip.model.rowCount() == 0
