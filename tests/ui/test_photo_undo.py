"""Adding photos to a record is one undo step: two photos picked with "Add photos…" on an
NCR's strip, Ctrl+Z takes both off (off the record's report data too), redo brings them
back; the status line's "Undo" does the same, and never a box to dismiss."""

from __future__ import annotations

from pathlib import Path

import pytest
from gui_fixtures import MakeWindow, gui_ctx, idle, make_window
from photo_ui_fixtures import tiny_jpeg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from test_record_photos import site

from executrek.app.context import AppContext
from executrek.models.project import Project
from executrek.models.records.issue import service as issues
from executrek.models.services import records
from executrek.models.services.record_reads import photos_in
from executrek.models.store import Store
from executrek.ui.pages.issues_page import IssuesPage

__all__ = ["gui_ctx", "make_window", "site"]


def _reported(store: Store, ncr_id: str) -> list[str]:
    """The NCR's photos as its report reads them."""
    with store.read() as s:
        return sorted(p.filename for p in photos_in(s, "issue", [ncr_id]).get(ncr_id, []))


def test_two_photos_added_are_one_undo_step(
    qtbot: QtBot,
    gui_ctx: AppContext,
    site: Project,
    make_window: MakeWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    store = gui_ctx.store
    ncr = issues.create_issue(
        store, site.id, issues.NewIssue(issue_type="non_conformance", title="Rebar cover short")
    ).value
    window = make_window(gui_ctx, "issues")
    page = window.show_page("issues")
    assert isinstance(page, IssuesPage)
    qtbot.waitUntil(lambda: page.model.find(ncr.id) >= 0)
    page.table.selectRow(page.model.find(ncr.id))
    strip = page.photo_strip
    assert strip is not None
    qtbot.waitUntil(lambda: strip.record == ("issue", ncr.id))
    files = [
        tiny_jpeg(tmp_path / "north.jpg", (200, 30, 30)),
        tiny_jpeg(tmp_path / "south.jpg", (30, 30, 200)),
    ]
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(f) for f in files], "")
    )
    with qtbot.waitSignal(strip.imported, timeout=20_000):
        qtbot.mouseClick(strip.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: strip.model.rowCount() == 2, timeout=10_000)
    assert _reported(store, ncr.id) == ["north.jpg", "south.jpg"]
    assert window.undo_stack.count() == 1  # one step for both
    assert "2 imported" in strip.status.text()
    assert strip.undo_button.isVisible()
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]

    # Ctrl+Z takes both off the record and out of the library (the add brought them in)
    qtbot.keyClick(window.nav, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    idle(qtbot, window)
    qtbot.waitUntil(lambda: strip.model.rowCount() == 0, timeout=10_000)
    assert _reported(store, ncr.id) == []
    assert records.photos_of(store, "issue", ncr.id) == []
    assert not strip.undo_button.isVisible()
    assert "taken off" in strip.status.text()

    # redo brings them back
    qtbot.keyClick(
        window.nav,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    idle(qtbot, window)
    qtbot.waitUntil(lambda: strip.model.rowCount() == 2, timeout=10_000)
    assert _reported(store, ncr.id) == ["north.jpg", "south.jpg"]
    assert strip.undo_button.isVisible()
    assert "2 imported" in strip.status.text()

    # the status line's Undo is the same step
    qtbot.mouseClick(strip.undo_button, Qt.MouseButton.LeftButton)
    idle(qtbot, window)
    qtbot.waitUntil(lambda: strip.model.rowCount() == 0, timeout=10_000)
    assert _reported(store, ncr.id) == []
    assert "taken off" in strip.status.text()

    # the same files added again are new photos again, attached once more
    with qtbot.waitSignal(strip.imported, timeout=20_000):
        qtbot.mouseClick(strip.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: strip.model.rowCount() == 2, timeout=10_000)
    assert "2 imported" in strip.status.text()
    assert _reported(store, ncr.id) == ["north.jpg", "south.jpg"]
    assert not window.error_messages  # type: ignore[attr-defined]
