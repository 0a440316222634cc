"""Photos on every record's screen: a photo dropped or pasted on an NCR, a change order or
a risk shows in that record's strip; the strip opens it (double-click), marks it up and
says what happened on its status line, never in a box."""

from __future__ import annotations

import tempfile
from decimal import Decimal
from pathlib import Path

import pytest
from gui_fixtures import MakeWindow, gui_ctx, idle, make_window
from photo_ui_fixtures import tiny_jpeg
from PySide6.QtCore import QEvent, QMimeData, Qt, QUrl
from PySide6.QtGui import QImage, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from executrek.app.context import AppContext
from executrek.models.project import Project
from executrek.models.records.change_order import service as change_orders
from executrek.models.records.issue import service as issues
from executrek.models.records.risk import service as risks
from executrek.models.services import projects, records
from executrek.ui.main_window import MainWindow
from executrek.ui.pages.change_orders_page import ChangeOrdersPage
from executrek.ui.pages.issues_page import IssuesPage
from executrek.ui.pages.risks_page import RisksPage
from executrek.ui.photos.markup_editor import MarkupEditor
from executrek.ui.photos.photo_strip import PhotoStrip
from executrek.ui.photos.photo_viewer import PhotoViewerDialog

__all__ = ["gui_ctx", "make_window"]


@pytest.fixture
def site(gui_ctx: AppContext) -> Project:
    new = projects.NewProject(
        code="HOSP", name="Hospital", owner_name="Trust", contract_value=Decimal("1000")
    )
    project = projects.create_project(gui_ctx.store, new).value
    gui_ctx.settings.last_project = project.id
    return project


def _paste_files(strip: PhotoStrip, files: list[Path]) -> None:
    """Copy ``files`` and press the paste key on the strip."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(f)) for f in files])
    QApplication.clipboard().setMimeData(mime)
    key = QKeySequence(QKeySequence.StandardKey.Paste)[0]
    QApplication.sendEvent(
        strip.grid, QKeyEvent(QEvent.Type.KeyPress, key.key(), key.keyboardModifiers())
    )


def _no_boxes() -> None:
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]


def _select(
    qtbot: QtBot, window: MainWindow, page: IssuesPage | ChangeOrdersPage, rid: str
) -> None:
    qtbot.waitUntil(lambda: page.model.find(rid) >= 0)
    page.table.selectRow(page.model.find(rid))
    idle(qtbot, window)
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.row.id == rid)


def test_a_photo_added_to_an_ncr_appears_on_its_screen_and_opens(
    qtbot: QtBot, gui_ctx: AppContext, site: Project, make_window: MakeWindow, tmp_path: Path
) -> None:
    store = gui_ctx.store
    ncr = issues.create_issue(
        store, site.id, issues.NewIssue(issue_type="non_conformance", title="Rebar cover short")
    ).value
    other = issues.create_issue(
        store, site.id, issues.NewIssue(issue_type="rfi", title="Beam size?")
    ).value
    window = make_window(gui_ctx, "issues")
    page = window.show_page("issues")
    assert isinstance(page, IssuesPage)
    strip = page.photo_strip
    assert strip is not None
    _select(qtbot, window, page, ncr.id)
    assert strip.record == ("issue", ncr.id)
    assert strip.model.rowCount() == 0
    assert not strip.open_button.isEnabled()

    photo = tiny_jpeg(tmp_path / "cover.jpg", (200, 60, 20))
    with qtbot.waitSignal(strip.imported, timeout=20_000):
        strip.import_files([photo])
    qtbot.waitUntil(lambda: strip.model.rowCount() == 1, timeout=10_000)
    assert [p.filename for p in records.photos_of(store, "issue", ncr.id)] == ["cover.jpg"]
    assert "1" in strip.status.text()
    assert strip.open_button.isEnabled() and strip.markup_button.isEnabled()

    # the same file again: said on the status line, no box to dismiss
    with qtbot.waitSignal(strip.imported, timeout=20_000):
        strip.import_files([photo])
    idle(qtbot, window)
    assert "cover.jpg" in strip.status.text()
    _no_boxes()

    # double-click opens the viewer with the photo loaded
    strip.grid.doubleClicked.emit(strip.model.index(0))
    viewer = next(w for w in QApplication.topLevelWidgets() if isinstance(w, PhotoViewerDialog))
    qtbot.waitUntil(lambda: viewer.views[0].has_image(), timeout=10_000)
    viewer.close()

    # mark up opens the editor on it
    strip.mark_up_selected()
    qtbot.waitUntil(
        lambda: any(isinstance(w, MarkupEditor) for w in QApplication.topLevelWidgets()),
        timeout=10_000,
    )
    editor = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MarkupEditor))
    editor.reject()

    # another issue shows its own (no) photos
    _select(qtbot, window, page, other.id)
    qtbot.waitUntil(lambda: strip.record == ("issue", other.id))
    idle(qtbot, window)
    assert strip.model.rowCount() == 0


def test_change_orders_and_risks_show_their_photos(
    qtbot: QtBot, gui_ctx: AppContext, site: Project, make_window: MakeWindow, tmp_path: Path
) -> None:
    store = gui_ctx.store
    co = change_orders.create_change_order(
        store, site.id, title="Extra door", reason="owner_request"
    ).value
    risk = risks.create_risk(store, site.id, title="Late steel", probability=3, impact=4).value
    window = make_window(gui_ctx, "change_orders", "risks")
    co_page = window.show_page("change_orders")
    assert isinstance(co_page, ChangeOrdersPage)
    _select(qtbot, window, co_page, co.id)
    strip = co_page.photo_strip
    assert strip is not None and strip.record == ("change_order", co.id)
    first = tiny_jpeg(tmp_path / "door.jpg", (20, 60, 200))
    with qtbot.waitSignal(strip.imported, timeout=20_000):
        _paste_files(strip, [first])
    qtbot.waitUntil(lambda: strip.model.rowCount() == 1, timeout=10_000)
    assert [p.filename for p in records.photos_of(store, "change_order", co.id)] == ["door.jpg"]

    # a pasted image (not a file) is attached too
    image = QImage(32, 24, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.darkGreen)
    QApplication.clipboard().setImage(image)
    temp = Path(tempfile.gettempdir())
    before = set(temp.glob("*paste*"))
    with qtbot.waitSignal(strip.imported, timeout=20_000):
        strip.paste()
    qtbot.waitUntil(lambda: strip.model.rowCount() == 2, timeout=10_000)
    assert strip.compare_button.isEnabled()
    # the image was written to the app's cache for the import and removed after it,
    # nothing is left in the system's temporary folder
    assert not list(gui_ctx.paths.cache.glob("paste-*"))
    assert set(temp.glob("*paste*")) == before

    risk_page = window.show_page("risks")
    assert isinstance(risk_page, RisksPage)
    qtbot.waitUntil(lambda: risk_page.model.find(risk.id) >= 0)
    risk_page.table.selectRow(risk_page.model.find(risk.id))
    qtbot.waitUntil(lambda: risk_page.photo_strip.record == ("risk", risk.id))
    with qtbot.waitSignal(risk_page.photo_strip.imported, timeout=20_000):
        risk_page.photo_strip.import_files([tiny_jpeg(tmp_path / "steel.jpg", (90, 90, 90))])
    qtbot.waitUntil(lambda: risk_page.photo_strip.model.rowCount() == 1, timeout=10_000)
    assert [p.filename for p in records.photos_of(store, "risk", risk.id)] == ["steel.jpg"]
    idle(qtbot, window)
    _no_boxes()
