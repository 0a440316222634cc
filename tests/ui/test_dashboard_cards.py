"""The dashboard's cards say what they count: the NCR card its NCRs and issues (not a
risk), the schedule card neutral grey while the project has no milestones."""

from __future__ import annotations

import dataclasses

from gui_fixtures import MakeWindow, demo_ctx, gui_ctx, idle, make_window
from pytestqt.qtbot import QtBot

from executrek.app.context import AppContext
from executrek.app.health_rag import Rag
from executrek.app.status_colours import rag_fill
from executrek.ui.pages.dashboard_page import DashboardPage

__all__ = ["demo_ctx", "gui_ctx", "make_window"]


def test_ncr_card_counts_issues_and_schedule_card_is_grey_without_milestones(
    qtbot: QtBot, demo_ctx: AppContext, make_window: MakeWindow
) -> None:
    window = make_window(demo_ctx, "dashboard")
    page = window.page_widgets["dashboard"]
    assert isinstance(page, DashboardPage)
    idle(qtbot, window)
    assert page.data is not None
    health = page.data.health
    detail = page.ncr_card.detail.text()
    assert detail == f"{health.open_ncrs} NCR(s) among {health.open_issues} open issue(s)"
    assert not any(r.title in detail for r in health.top_risks)
    assert health.milestones_total > 0
    assert rag_fill(Rag.NONE) not in page.schedule_card.styleSheet()

    page.show_health(dataclasses.replace(health, milestones_total=0, milestones_late=0))
    assert page.schedule_card.detail.text() == "No milestones yet"
    assert f"solid {rag_fill(Rag.NONE)}" in page.schedule_card.styleSheet()
