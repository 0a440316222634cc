"""A project whose first download from the central database is not finished is listed
as "downloading n %" in the project box and the portfolio, and cannot be opened for
editing (the box will not pick it; opening it from the portfolio says why)."""

from __future__ import annotations

import json

from gui_fixtures import MakeWindow, gui_ctx, make_window
from pytestqt.qtbot import QtBot

from executrek.app.context import AppContext
from executrek.models.local import SyncState
from executrek.models.services import projects
from executrek.ui.pages.portfolio_page import Col, PortfolioPage

__all__ = ["gui_ctx", "make_window"]  # fixtures


def add(ctx: AppContext, code: str, name: str) -> str:
    return projects.create_project(
        ctx.store, projects.NewProject(code=code, name=name, owner_name="Owner")
    ).value.id


def downloading(ctx: AppContext, project_id: str, rows: int, total: int | None) -> None:
    """The state a cut first download leaves (as ``sync.pull.bootstrap`` writes it)."""
    state = {"after": "900:3", "horizon": 950, "rows": rows, "bulk": True, "total": total}
    with ctx.store.unit_of_work(remote=True) as s:
        s.merge(SyncState(key=f"boot:{project_id}", value=json.dumps(state)))


def test_a_downloading_project_is_listed_with_its_percentage_and_not_picked(
    qtbot: QtBot, gui_ctx: AppContext, make_window: MakeWindow
) -> None:
    ctx = gui_ctx
    ready = add(ctx, "OFC", "Office fit-out")
    busy = add(ctx, "AAA-HOSP", "Hospital east wing")  # sorts first
    downloading(ctx, busy, 4000, 16000)
    ctx.settings.last_project = busy  # the last one shown: it must not open
    win = make_window(ctx, "portfolio")
    messages: list[str] = win.error_messages  # type: ignore[attr-defined]
    box = win.project_box
    qtbot.waitUntil(lambda: "downloading" in box.itemText(0))
    assert box.itemText(0) == "AAA-HOSP — Hospital east wing (downloading 25 %)"
    assert box.itemText(1) == "OFC — Office fit-out"
    assert "still downloading" in str(box.itemData(0, 3))  # its tooltip says why
    assert win.current_project_id == ready
    assert not box.model().item(0).isEnabled()  # type: ignore[attr-defined]

    portfolio = win.page_widgets["portfolio"]
    assert isinstance(portfolio, PortfolioPage)
    model = portfolio.model
    qtbot.waitUntil(lambda: model.rowCount() == 2 and bool(portfolio.downloads))
    names = [model.index(r, Col.NAME).data() for r in range(2)]
    assert "Hospital east wing (downloading 25 %)" in names
    assert "Office fit-out" in names

    win.set_project(busy)  # e.g. a double-click in the portfolio
    assert win.current_project_id == ready
    assert len(messages) == 1 and "AAA-HOSP is still downloading" in messages[0]
    assert "25 %" in messages[0]


def test_after_the_download_the_project_can_be_picked(
    qtbot: QtBot, gui_ctx: AppContext, make_window: MakeWindow
) -> None:
    ctx = gui_ctx
    busy = add(ctx, "HOSP", "Hospital")
    downloading(ctx, busy, 10, None)  # a state from before the total was kept
    # Both before the window: its own first read of the projects runs off-thread and,
    # under load, could list the project between its creation and its download state.
    window = make_window(ctx, "portfolio")
    qtbot.waitUntil(lambda: window.project_box.itemText(0).endswith("(downloading)"))
    assert window.current_project_id is None
    with ctx.store.unit_of_work(remote=True) as s:  # the download finished
        old = s.get(SyncState, f"boot:{busy}")
        assert old is not None
        s.delete(old)
    window.refresh_projects()
    qtbot.waitUntil(lambda: window.project_box.itemText(0) == "HOSP — Hospital")
    assert window.current_project_id == busy
