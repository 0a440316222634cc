"""The screens follow the person's role as the laptop learnt it at the last sync: what
the central database would refuse stays visible, disabled, with the reason."""

from __future__ import annotations

from decimal import Decimal

import pytest
from gui_fixtures import MakeWindow, demo_ctx, gui_ctx, idle, make_window
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from executrek.app import pmo_settings
from executrek.app import settings as settings_mod
from executrek.app.context import AppContext
from executrek.app.settings import Settings
from executrek.models import access
from executrek.models.access import ProjectRole, Rights
from executrek.models.changes import Changes
from executrek.models.records.change_order import queries as co_queries
from executrek.models.services import projects
from executrek.models.store import Store
from executrek.ui.inspections.inspections_page import InspectionsPage
from executrek.ui.pages.budget_page import BudgetPage
from executrek.ui.pages.change_orders_page import ChangeOrdersPage
from executrek.ui.pages.co_dialogs import ApproveDialog
from executrek.ui.pages.punch_page import PunchPage
from executrek.ui.pages.settings_page import SettingsPage

__all__ = ["demo_ctx", "gui_ctx", "make_window"]


def _told(ctx: AppContext, project_id: str, role: str, limit: str | None = None) -> None:
    rights = Rights(
        True,
        "someone",
        projects={project_id: ProjectRole(role, Decimal(limit) if limit else None)},
    )
    assert access.learn(ctx.store, rights)


def test_a_viewer_sees_the_punch_add_disabled_with_the_reason(
    qtbot: QtBot, demo_ctx: AppContext, make_window: MakeWindow
) -> None:
    window = make_window(demo_ctx, "punch")
    page = window.page_widgets["punch"]  # type: ignore[attr-defined]
    assert isinstance(page, PunchPage)
    idle(qtbot, window)
    assert page.project_id and page.quick_add.isEnabled()  # never told: not restricted

    _told(demo_ctx, page.project_id, "viewer")
    from executrek.app import sync_service

    changes = sync_service.everything_changed()
    changes.note("updated", "member_roles", "*", None)  # what a sync says when roles change
    window.changed.emit(changes)
    qtbot.waitUntil(lambda: not page.quick_add.isEnabled())
    assert page.quick_add.isVisible()
    assert "viewer" in page.quick_add.toolTip()
    assert page.quick_add.statusTip() == page.quick_add.toolTip()
    assert not page.quick_title.isEnabled()
    page.quick_title.setText("Should not be added")
    page.quick_enter()  # Enter in the location box: nothing is added
    idle(qtbot, window)
    assert page.quick_title.text() == "Should not be added"

    # selecting rows would enable the bulk actions: the role keeps them off
    page.table.selectRow(0)
    idle(qtbot, window)
    assert page.selection_label.text() != page.tr("No items selected")
    assert not page.bulk_close_button.isEnabled()
    assert "viewer" in page.bulk_close_button.toolTip()

    # the next sync makes them a field user: the controls come back as the page wants
    _told(demo_ctx, page.project_id, "field")
    window.changed.emit(changes)
    qtbot.waitUntil(lambda: page.quick_add.isEnabled())
    idle(qtbot, window)
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.bulk_close_button.isEnabled())
    assert "viewer" not in page.quick_add.toolTip()


def test_a_manager_over_his_limit_cannot_approve_but_may_reject(
    qtbot: QtBot, demo_ctx: AppContext, make_window: MakeWindow
) -> None:
    project = projects.find_project(demo_ctx.store, "HOSP-EW")
    pending = [
        r for r in co_queries.change_order_list(demo_ctx.store, project.id) if r.status == "pending"
    ]
    big = pending[0]
    limit = big.amount - 1
    _told(demo_ctx, project.id, "manager", str(limit))
    window = make_window(demo_ctx, "change_orders")
    window.set_project(project.id)
    page = window.page_widgets["change_orders"]  # type: ignore[attr-defined]
    assert isinstance(page, ChangeOrdersPage)
    idle(qtbot, window)

    page.load_detail(big.id)
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.row.id == big.id)
    idle(qtbot, window)
    approve = page.buttons["approve"]
    assert not approve.isEnabled() and approve.isVisible()
    assert f"{limit:,.2f}" in approve.toolTip()
    assert "approval limit" in approve.toolTip()
    assert page.buttons["reject"].isEnabled()
    page.action("approve")  # the shortcut's way in: nothing opens
    assert not window.findChildren(ApproveDialog)

    # the PMO raises the limit to the amount: the next sync lets them approve it
    _told(demo_ctx, project.id, "manager", str(big.amount))
    changes = Changes()
    changes.note("updated", "member_roles", "*", None)
    window.changed.emit(changes)
    qtbot.waitUntil(approve.isEnabled)
    assert "approval limit" not in approve.toolTip()


def test_the_pmo_library_and_the_budget_are_not_a_field_users(
    qtbot: QtBot, demo_ctx: AppContext, make_window: MakeWindow
) -> None:
    project = projects.find_project(demo_ctx.store, "HOSP-EW")
    _told(demo_ctx, project.id, "field")
    window = make_window(demo_ctx, "inspections", "budget")
    window.set_project(project.id)
    page = window.show_page("inspections")
    assert isinstance(page, InspectionsPage)
    library = page.library
    page.tabs.setCurrentWidget(library)
    qtbot.waitUntil(lambda: library.model.rowCount() > 0)
    idle(qtbot, window)
    pmo = next(
        r for r in range(library.model.rowCount()) if library.model.row_at(r).project_id is None
    )
    library.table.selectRow(pmo)
    qtbot.waitUntil(lambda: not library.edit_button.isEnabled())
    assert "PMO administrator" in library.edit_button.toolTip()
    assert library.edit_selected() is None  # Enter on the row: nothing opens
    assert library.copy_button.isEnabled()  # a copy for the project is theirs to make
    editor = library.duplicate_selected()
    assert editor is not None
    save = editor.buttons.button(QDialogButtonBox.StandardButton.Save)
    editor.scope_box.setCurrentIndex(editor.scope_box.findData(None))  # the PMO library
    qtbot.waitUntil(lambda: not save.isEnabled())
    assert "PMO administrator" in save.toolTip()
    editor.scope_box.setCurrentIndex(editor.scope_box.findData(project.id))
    qtbot.waitUntil(save.isEnabled)
    editor.controller.dirty = False
    editor.reject()

    budget = window.show_page("budget")
    assert isinstance(budget, BudgetPage)
    idle(qtbot, window)
    qtbot.waitUntil(lambda: budget.controller.state is not None)
    idle(qtbot, window)
    assert not budget.new_transfer_button.isEnabled()
    assert "project manager" in budget.new_transfer_button.toolTip()
    assert not budget.funding.new_button.isEnabled()
    assert budget.new_code_button.isEnabled()  # cost codes are any writer's


def test_the_pmo_settings_are_read_only_for_a_field_user_and_follow_the_sync(
    qtbot: QtBot, demo_ctx: AppContext, make_window: MakeWindow
) -> None:
    window = make_window(demo_ctx, "settings")
    page = window.show_page("settings")
    assert isinstance(page, SettingsPage)
    idle(qtbot, window)
    rag, checks = page.pmo_groups
    assert rag.isEnabled() and page.pmo_name.isEnabled()  # never connected: its own PMO
    own_name = demo_ctx.settings.branding.pmo_name

    project = projects.find_project(demo_ctx.store, "HOSP-EW")
    _told(demo_ctx, project.id, "field")
    changes = Changes()
    changes.note("updated", "member_roles", "*", None)
    window.changed.emit(changes)
    qtbot.waitUntil(lambda: not rag.isEnabled())
    assert not checks.isEnabled() and not page.pmo_name.isEnabled()
    assert "PMO administrator" in rag.toolTip()
    assert page.theme.isEnabled() and page.pmo_logo.isEnabled()  # personal settings

    # a sync brings the PMO's values: the page shows them, settings.json keeps its own
    values = {"thresholds.over_claim_pct": 4.0, "branding.pmo_name": "Harbour PMO Ltd"}
    pmo_settings.reapply(demo_ctx.settings, demo_ctx.pmo_replaced, values)
    window.settings_changed.emit()
    assert page.over_claim.value() == 4.0 and page.pmo_name.text() == "Harbour PMO Ltd"
    page.save()
    qtbot.waitUntil(lambda: page.saved_label.text() != "")
    kept = settings_mod.load(demo_ctx.paths.settings_file)
    assert kept.branding.pmo_name == own_name
    assert kept.thresholds.over_claim_pct == Settings().thresholds.over_claim_pct
    assert demo_ctx.settings.branding.pmo_name == "Harbour PMO Ltd"


def test_every_pages_gate_follows_one_read_of_the_rights(
    qtbot: QtBot, demo_ctx: AppContext, make_window: MakeWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    reads: list[Rights] = []
    real_load = access.load

    def counted(store: Store) -> Rights:
        reads.append(real_load(store))
        return reads[-1]

    monkeypatch.setattr(access, "load", counted)
    project = projects.find_project(demo_ctx.store, "HOSP-EW")
    window = make_window(demo_ctx, "punch", "budget", "settings")
    window.set_project(project.id)
    punch = window.show_page("punch")
    budget = window.show_page("budget")
    settings = window.show_page("settings")
    assert isinstance(punch, PunchPage) and isinstance(budget, BudgetPage)
    assert isinstance(settings, SettingsPage)
    idle(qtbot, window)
    assert len(reads) == 1  # the window's pages share what was read

    _told(demo_ctx, project.id, "viewer")
    reads.clear()  # learning compares with what was known
    changes = Changes()
    changes.note("updated", "member_roles", "*", None)
    window.changed.emit(changes)
    qtbot.waitUntil(lambda: not punch.quick_add.isEnabled())
    idle(qtbot, window)
    assert len(reads) == 1  # once again after the sync, for every page
    assert not budget.new_transfer_button.isEnabled() and not settings.pmo_name.isEnabled()
    assert "viewer" in budget.new_transfer_button.toolTip()
