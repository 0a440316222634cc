"""A viewer reads the site diary, the risk register and the issues but changes none of
them: the pages' write controls stay visible, disabled, with the reason, and come back
when the next sync makes the person a field user."""

from __future__ import annotations

import pytest
from gui_fixtures import MakeWindow, demo_ctx, gui_ctx, idle, make_window
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from test_role_controls import _told

from executrek.app import sync_service
from executrek.app.context import AppContext
from executrek.ui.main_window import MainWindow

__all__ = ["demo_ctx", "gui_ctx", "make_window"]


def _writes(window: MainWindow, key: str) -> list[QWidget]:
    page = window.page_widgets[key]  # type: ignore[attr-defined]
    if key == "diary":
        return [page.start_button, page.copy_button, page.close_button, page.form]
    if key == "risks":
        return [page.new_button, page.save_button]
    return [page.new_button, page.reply, page.send_button]


@pytest.mark.parametrize("key", ["diary", "risks", "issues"])
def test_a_viewer_sees_the_write_controls_disabled_with_the_reason(
    qtbot: QtBot, demo_ctx: AppContext, make_window: MakeWindow, key: str
) -> None:
    window = make_window(demo_ctx, key)
    idle(qtbot, window)
    project_id = window.current_project_id
    assert project_id is not None
    first = _writes(window, key)[0]
    assert first.isEnabled()  # never told: not restricted

    _told(demo_ctx, project_id, "viewer")
    changes = sync_service.everything_changed()
    changes.note("updated", "member_roles", "*", None)  # what a sync says when roles change
    window.changed.emit(changes)
    qtbot.waitUntil(lambda: not first.isEnabled())
    idle(qtbot, window)
    for control in _writes(window, key):
        assert not control.isEnabled(), control.objectName() or type(control).__name__
        assert "viewer" in control.toolTip()
    if key == "diary":  # Ctrl+D reaches no button: refused with the same reason
        page = window.page_widgets[key]  # type: ignore[attr-defined]
        page.edits.copy_previous()
        assert page.message.isVisible() and "viewer" in page.message.text()

    _told(demo_ctx, project_id, "field")
    window.changed.emit(changes)
    qtbot.waitUntil(lambda: first.isEnabled())
    assert "viewer" not in first.toolTip()
