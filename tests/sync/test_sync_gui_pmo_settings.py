"""A sync in the window brings the PMO's settings: they take the place of the laptop's
own at once, and the PMO's logo is written to the data folder off the GUI thread."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from pytestqt.qtbot import QtBot
from test_sync_gui import connect_through_form, gui_ctx, make_window, wait_state
from test_sync_pmo_settings import central_settings

from executrek.app import atomic
from executrek.app.context import AppContext
from executrek.app.sync_schedule import SyncState

pytestmark = pytest.mark.postgres
__all__ = ["gui_ctx", "make_window"]


def test_a_sync_in_the_window_brings_the_pmos_name_and_logo(
    qtbot: QtBot,
    gui_ctx: AppContext,
    make_window: Any,
    central: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    login = central.add_user("gpmo")
    win = make_window(gui_ctx)
    connect_through_form(qtbot, win, central.url(), login, "secret-gpmo")
    wait_state(qtbot, win, SyncState.UP_TO_DATE)
    own_logo = gui_ctx.settings.branding.pmo_logo

    logo = tmp_path / "harbour.png"
    Image.new("RGB", (30, 12), (0, 90, 160)).save(logo, "PNG")
    assert central_settings(central, "set", "branding.pmo_logo", str(logo)) == 0
    assert central_settings(central, "set", "branding.pmo_name", "Harbour PMO") == 0
    written_on: list[threading.Thread] = []
    real_write = atomic.write_bytes

    def noted(path: Path, data: bytes) -> None:
        written_on.append(threading.current_thread())
        real_write(path, data)

    monkeypatch.setattr(atomic, "write_bytes", noted)
    settings_changed: list[bool] = []
    win.settings_changed.connect(lambda: settings_changed.append(True))
    win.sync.sync_now()
    qtbot.waitUntil(lambda: bool(settings_changed), timeout=30_000)
    wait_state(qtbot, win, SyncState.UP_TO_DATE)

    shown = Path(gui_ctx.settings.branding.pmo_logo)
    assert shown.parent == gui_ctx.paths.data / "pmo" and shown.read_bytes() == logo.read_bytes()
    assert gui_ctx.settings.branding.pmo_name == "Harbour PMO"
    assert written_on and threading.main_thread() not in written_on  # not the GUI thread
    assert gui_ctx.personal_settings().branding.pmo_logo == own_logo
