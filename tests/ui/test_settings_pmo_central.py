"""The Settings screen's PMO part on a connected laptop (``ui/pages/settings_pmo.py``):
a PMO administrator's Save sends only what changed to the central database; offline
nothing PMO-wide is saved, the line says so and the edits stay on screen (a sync
redrawing the page keeps them) while the personal settings are saved; anyone else sees
the PMO part read-only and saves as before, sending nothing. The real central database:
``tests/sync/test_sync_gui_settings_save.py``."""

from __future__ import annotations

import socket
from collections.abc import Mapping
from typing import Any

import pytest
from gui_fixtures import MakeWindow, demo_ctx, gui_ctx, idle, make_window
from pytestqt.qtbot import QtBot

from executrek.app import pmo_settings_central
from executrek.app import settings as settings_mod
from executrek.app.context import AppContext
from executrek.models import access
from executrek.models.access import ProjectRole, Rights
from executrek.models.changes import Changes
from executrek.models.services import projects
from executrek.ui.main_window import MainWindow
from executrek.ui.pages.settings_page import SettingsPage

__all__ = ["demo_ctx", "gui_ctx", "make_window"]


def dead_url() -> str:
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        return f"postgresql://127.0.0.1:{s.getsockname()[1]}/pmo"


def connected_as(qtbot: QtBot, ctx: AppContext, window: MainWindow, rights: Rights) -> SettingsPage:
    """The laptop connected (an address nobody answers) and told ``rights`` by a sync."""
    ctx.settings.central.url, ctx.settings.central.user = dead_url(), rights.login
    assert access.learn(ctx.store, rights)
    changes = Changes()
    changes.note("updated", "member_roles", "*", None)
    window.changed.emit(changes)
    page = window.show_page("settings")
    assert isinstance(page, SettingsPage)
    idle(qtbot, window)
    return page


def save_and_wait(qtbot: QtBot, page: SettingsPage) -> str:
    page.saved_label.clear()
    page.save()
    qtbot.waitUntil(
        lambda: page.save_button.isEnabled() and page.saved_label.text().endswith("."),
        timeout=30_000,
    )
    return page.saved_label.text()


def test_offline_nothing_pmo_wide_is_saved_and_the_edits_stay(
    qtbot: QtBot, demo_ctx: AppContext, make_window: MakeWindow
) -> None:
    window = make_window(demo_ctx, "settings")
    page = connected_as(qtbot, demo_ctx, window, Rights(True, "chief", pmo_admin=True))
    assert page.pmo.central() and page.pmo_name.isEnabled()
    assert page.pmo_note.isVisibleTo(page) and "every laptop" in page.pmo_note.text()
    before = settings_mod.load(demo_ctx.paths.settings_file)
    own_name = demo_ctx.settings.branding.pmo_name

    page.pmo_name.setText("Harbour PMO")
    page.pass_red.setValue(55.0)
    page.theme.setCurrentIndex(page.theme.findData("dark"))  # personal: saved as before
    said = save_and_wait(qtbot, page)
    assert said == (
        "Your own settings are saved, the PMO's are not: The central database cannot be "
        "reached. Nothing changed centrally; your changes stay on screen, unsaved."
    )
    kept = settings_mod.load(demo_ctx.paths.settings_file)
    assert kept.theme == "dark"
    assert kept.branding.pmo_name == before.branding.pmo_name  # no silent local save
    assert kept.thresholds.pass_rate_red_pct == before.thresholds.pass_rate_red_pct
    assert demo_ctx.settings.branding.pmo_name == own_name
    assert page.pmo_name.text() == "Harbour PMO" and page.pass_red.value() == 55.0
    assert page.has_unsaved() and window.unsaved_pages() == [page]
    window.settings_changed.emit()  # a sync redraws the page: the edits stay
    assert page.pmo_name.text() == "Harbour PMO" and page.pass_red.value() == 55.0


def test_only_the_settings_changed_are_sent(
    qtbot: QtBot, demo_ctx: AppContext, make_window: MakeWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    sent: list[dict[str, Any]] = []

    def noted(
        ctx: AppContext, vault: object, edited: Mapping[str, Any], labels: Mapping[str, str]
    ) -> Any:
        sent.append(dict(edited))
        return real(ctx, vault, {}, labels)  # type: ignore[arg-type]

    real = pmo_settings_central.save
    monkeypatch.setattr(pmo_settings_central, "save", noted)
    window = make_window(demo_ctx, "settings")
    page = connected_as(qtbot, demo_ctx, window, Rights(True, "chief", pmo_admin=True))
    assert save_and_wait(qtbot, page) == "Settings saved." and sent == []
    page.report_footer.setText("Northgate PMO")
    page.cover_page.setChecked(not page.cover_page.isChecked())
    page.overdue_red.setValue(page.overdue_red.value() + 3)
    save_and_wait(qtbot, page)
    assert sent == [
        {
            "branding.report_footer": "Northgate PMO",
            "branding.cover_page": page.cover_page.isChecked(),
            "thresholds.overdue_punch_red": page.overdue_red.value(),
        }
    ]


def test_anyone_else_on_a_connected_laptop_sees_them_read_only_and_sends_nothing(
    qtbot: QtBot, demo_ctx: AppContext, make_window: MakeWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    def never(*_args: Any) -> Any:
        raise AssertionError("sent to the central database")

    monkeypatch.setattr(pmo_settings_central, "save", never)
    window = make_window(demo_ctx, "settings")
    hospital = projects.find_project(demo_ctx.store, "HOSP-EW")
    field = Rights(True, "ann", projects={hospital.id: ProjectRole("field")})
    page = connected_as(qtbot, demo_ctx, window, field)
    rag, checks = page.pmo_groups
    assert not page.pmo.central() and not page.pmo_note.isVisibleTo(page)
    assert not rag.isEnabled() and not checks.isEnabled() and not page.pmo_name.isEnabled()
    assert "PMO administrator" in page.report_number.toolTip()
    page.theme.setCurrentIndex(page.theme.findData("light"))
    assert save_and_wait(qtbot, page) == "Settings saved." and not page.has_unsaved()
    assert settings_mod.load(demo_ctx.paths.settings_file).theme == "light"
