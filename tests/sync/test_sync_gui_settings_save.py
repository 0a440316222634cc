"""The Settings screen of a PMO administrator's connected laptop: Save sends the PMO
settings changed to the central database off the GUI thread, puts them in place at once
as a sync would and says in one line what was saved; a logo that is no PNG or JPEG is
refused with why, and the edits stay on screen, unsaved."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from pytestqt.qtbot import QtBot
from test_sync_gui import connect_through_form, gui_ctx, make_window, wait_state

from executrek.app import settings as settings_mod
from executrek.app.context import AppContext
from executrek.app.sync_schedule import SyncState
from executrek.models import access
from executrek.sync import pmo_settings as central_pmo_settings
from executrek.sync.engine import sync_once
from executrek.ui.pages.settings_page import SettingsPage

pytestmark = pytest.mark.postgres
__all__ = ["gui_ctx", "make_window"]


def save_and_wait(qtbot: QtBot, page: SettingsPage) -> str:
    page.saved_label.clear()
    page.save()
    qtbot.waitUntil(
        lambda: page.save_button.isEnabled() and page.saved_label.text().endswith("."),
        timeout=30_000,
    )
    return page.saved_label.text()


def test_a_pmo_administrators_save_goes_to_the_central_database(
    qtbot: QtBot,
    gui_ctx: AppContext,
    make_window: Any,
    make_laptop: Any,
    central: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    chief = central.add_user("wchief", creator=False, pmo_admin=True)
    field = central.add_user("wfield", creator=False)
    win = make_window(gui_ctx, "settings")
    connect_through_form(qtbot, win, central.url(), chief, "secret-wchief")
    wait_state(qtbot, win, SyncState.UP_TO_DATE)
    page = win.show_page("settings")
    assert isinstance(page, SettingsPage)
    qtbot.waitUntil(page.pmo.central)  # the first sync told: a PMO administrator
    assert page.pmo_name.isEnabled() and page.pmo_logo_row.isEnabled()
    own = settings_mod.load(gui_ctx.paths.settings_file).branding.pmo_name
    sent_on: list[threading.Thread] = []
    real_set = central_pmo_settings.set_values

    def noted(*args: Any, **kwargs: Any) -> Any:
        sent_on.append(threading.current_thread())
        return real_set(*args, **kwargs)

    monkeypatch.setattr(central_pmo_settings, "set_values", noted)

    page.pmo_name.setText("Harbour PMO")
    page.over_claim.setValue(7.5)
    gif = tmp_path / "logo.gif"
    Image.new("RGB", (30, 10), (0, 90, 160)).save(gif, "GIF")
    page.pmo_logo.setText(str(gif))
    said = save_and_wait(qtbot, page)
    assert said.startswith("Your own settings are saved, the PMO's are not: Company logo:")
    assert "PNG or JPEG" in said and "your changes stay on screen" in said
    assert central.sql("SELECT key FROM pmo.pmo_settings") == [] and not sent_on
    assert page.pmo_name.text() == "Harbour PMO" and page.over_claim.value() == 7.5
    assert gui_ctx.settings.branding.pmo_name == own and page.has_unsaved()

    png = tmp_path / "logo.png"
    Image.new("RGB", (30, 10), (0, 90, 160)).save(png, "PNG")
    page.pmo_logo.setText(str(png))
    said = save_and_wait(qtbot, page)
    assert said == (
        "Settings saved; for every laptop, on the central database: Company name, "
        "Company logo, Over-claim above the schedule by more than."
    )
    assert sent_on and threading.main_thread() not in sent_on
    rows = central.sql("SELECT key, updated_by FROM pmo.pmo_settings ORDER BY key")
    assert rows == [
        ("branding.pmo_logo", chief),
        ("branding.pmo_name", chief),
        ("thresholds.over_claim_pct", chief),
    ]  # only what changed, with the administrator's own login
    # in place at once, as after a sync: every screen and the next report use them
    s = gui_ctx.settings
    assert s.branding.pmo_name == "Harbour PMO" and s.thresholds.over_claim_pct == 7.5
    logo = Path(s.branding.pmo_logo)
    assert logo.parent == gui_ctx.paths.data / "pmo" and logo.read_bytes() == png.read_bytes()
    assert page.pmo_logo.text() == str(logo) and not page.has_unsaved()
    assert access.load_settings(gui_ctx.store).keys() == {k for k, _ in rows}
    assert settings_mod.load(gui_ctx.paths.settings_file).branding.pmo_name == own

    # nothing changed: nothing is sent
    sent_on.clear()
    assert save_and_wait(qtbot, page) == "Settings saved." and not sent_on

    other = make_laptop("other")
    assert sync_once(other, central.creds(field)).ok
    got = access.load_settings(other)
    assert got["branding.pmo_name"] == "Harbour PMO" and got["thresholds.over_claim_pct"] == 7.5
