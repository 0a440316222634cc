"""The Settings screen's report footer line, money style and report number pattern,
and the PMO's logo: the laptop's own until the PMO sets them centrally; then shown as
the PMO's, read-only for a field user, while ``settings.json`` keeps the person's own."""

from __future__ import annotations

import base64
import io
from pathlib import Path

from gui_fixtures import MakeWindow, demo_ctx, gui_ctx, idle, make_window
from PIL import Image
from pytestqt.qtbot import QtBot

from executrek.app import pmo_settings
from executrek.app import settings as settings_mod
from executrek.app.context import AppContext
from executrek.models import access
from executrek.models.access import ProjectRole, Rights
from executrek.models.changes import Changes
from executrek.models.services import projects
from executrek.ui.pages.settings_page import SettingsPage

__all__ = ["demo_ctx", "gui_ctx", "make_window"]


def _png() -> str:
    out = io.BytesIO()
    Image.new("RGB", (30, 10), (0, 90, 160)).save(out, "PNG")
    return base64.b64encode(out.getvalue()).decode()


def test_footer_money_and_numbers_are_saved_and_give_way_to_the_pmos(
    qtbot: QtBot, demo_ctx: AppContext, make_window: MakeWindow
) -> None:
    window = make_window(demo_ctx, "settings")
    page = window.show_page("settings")
    assert isinstance(page, SettingsPage)
    idle(qtbot, window)
    assert page.report_number.text() == "{project}-{kind}-{seq:3}"
    assert page.currency_display.currentData() == "code" and page.pmo_logo_row.isEnabled()

    page.report_number.setText("{project}-{kind}")  # no sequence: refused, nothing saved
    page.save()
    assert page.branding_error.isVisibleTo(page) and "{seq}" in page.branding_error.text()
    assert page.saved_label.text() == ""

    page.report_number.setText("ng-{kind}-{seq:4}")
    page.report_footer.setText("My own footer")
    page.currency_display.setCurrentIndex(page.currency_display.findData("symbol"))
    page.save()
    qtbot.waitUntil(lambda: page.saved_label.text() != "")
    assert not page.branding_error.isVisibleTo(page)
    kept = settings_mod.load(demo_ctx.paths.settings_file).branding
    assert (kept.report_number, kept.report_footer, kept.currency_display) == (
        "ng-{kind}-{seq:4}",
        "My own footer",
        "symbol",
    )

    # a sync brings the PMO's: shown, the logo read-only; settings.json keeps its own
    values = {
        "branding.report_footer": "Northgate PMO",
        "branding.currency_display": "code",
        "branding.pmo_logo": _png(),
    }
    pmo_settings.reapply(demo_ctx.settings, demo_ctx.pmo_replaced, values, demo_ctx.paths.data)
    window.settings_changed.emit()
    assert page.report_footer.text() == "Northgate PMO"
    assert page.currency_display.currentData() == "code"
    logo = Path(page.pmo_logo.text())
    assert logo.parent == demo_ctx.paths.data / "pmo" and logo.is_file()
    assert not page.pmo_logo_row.isEnabled() and "PMO" in page.pmo_logo_row.toolTip()
    page.saved_label.clear()
    page.save()
    qtbot.waitUntil(lambda: page.saved_label.text() != "")
    kept = settings_mod.load(demo_ctx.paths.settings_file).branding
    assert (kept.report_footer, kept.currency_display, kept.pmo_logo) == (
        "My own footer",
        "symbol",
        "",
    )

    # a field user on a connected laptop: the PMO's part is read-only, with why
    project = projects.find_project(demo_ctx.store, "HOSP-EW")
    rights = Rights(True, "someone", projects={project.id: ProjectRole("field")})
    assert access.learn(demo_ctx.store, rights)
    changes = Changes()
    changes.note("updated", "member_roles", "*", None)
    window.changed.emit(changes)
    qtbot.waitUntil(lambda: not page.report_footer.isEnabled())
    assert not page.currency_display.isEnabled() and not page.report_number.isEnabled()
    assert "PMO administrator" in page.report_number.toolTip()
    assert page.owner_logo.isEnabled()  # the owner's logo stays personal
