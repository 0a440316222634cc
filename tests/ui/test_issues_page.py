"""The contractor issues screen: the detail pane names the sheet the issue is pinned on
and leads to the drawing centred on the pin; the list's columns sort and can be hidden
(remembered for the next window)."""

from __future__ import annotations

from drawing_ui_fixtures import (
    DrawingProject,
    OpenWindow,
    drawing_project,
    open_window,
    tiles_settled,
)
from gui_fixtures import MakeWindow, demo_ctx, gui_ctx, idle, make_window
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from executrek.app.context import AppContext
from executrek.app.drawings.importer import DrawingImporter, DrawingImportOptions
from executrek.app.photos.blobstore import BlobStore
from executrek.models.records.drawing import service as drawings
from executrek.models.records.issue import service as issues
from executrek.ui.drawings.drawings_page import DrawingsPage
from executrek.ui.main_window import MainWindow
from executrek.ui.pages.issues_page import IssuesPage

__all__ = ["demo_ctx", "drawing_project", "gui_ctx", "make_window", "open_window"]


def _issues_page(window: MainWindow) -> IssuesPage:
    page = window.show_page("issues")
    assert isinstance(page, IssuesPage)
    return page


def _select(qtbot: QtBot, window: MainWindow, page: IssuesPage, issue_id: str) -> None:
    qtbot.waitUntil(lambda: page.model.find(issue_id) >= 0)
    page.table.selectRow(page.model.find(issue_id))
    idle(qtbot, window)
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.row.id == issue_id)


def test_issue_detail_names_its_sheet_and_opens_the_drawing_at_the_pin(
    qtbot: QtBot, open_window: OpenWindow, drawing_project: DrawingProject
) -> None:
    project = drawing_project
    store = project.ctx.store
    importer = DrawingImporter(store, BlobStore(project.ctx.paths.blobs))
    report = importer.import_paths(
        project.project_id, [project.plan], DrawingImportOptions(location_id=project.floor_id)
    )
    revision_id = report.registered[0].revision_id
    pinned = issues.create_issue(
        store, project.project_id, issues.NewIssue(issue_type="rfi", title="Beam clash at grid C")
    ).value
    loose = issues.create_issue(
        store,
        project.project_id,
        issues.NewIssue(issue_type="observation", title="Not on any drawing"),
    ).value
    drawings.place_pin(store, revision_id, "contractor_issues", pinned.id, 0.3, 0.6)

    window = open_window(project)
    page = _issues_page(window)
    idle(qtbot, window)
    link = page.sheet_link
    _select(qtbot, window, page, pinned.id)
    qtbot.waitUntil(link.isVisible)
    assert link.text() == "On sheet A-101 (rev A)"
    assert "<a href" in link.label.text()  # a link: the Drawings screen is in the window

    _select(qtbot, window, page, loose.id)
    idle(qtbot, window)
    assert link.isHidden()  # no pin, nothing to say

    _select(qtbot, window, page, pinned.id)
    qtbot.waitUntil(link.isVisible)
    link.label.linkActivated.emit("sheet")
    drawings_page = window.pages.currentWidget()
    assert isinstance(drawings_page, DrawingsPage)
    idle(qtbot, window)
    viewer = drawings_page.viewer
    qtbot.waitUntil(lambda: viewer.revision is not None, timeout=10_000)
    qtbot.waitUntil(lambda: tiles_settled(drawings_page), timeout=30_000)
    view = viewer.view
    qtbot.waitUntil(lambda: view.scale_now() > view.fit_scale())
    rev = viewer.revision
    assert rev is not None and rev.id == revision_id
    centre = view.visible_rect().center()
    assert abs(centre.x() / rev.width_pt - 0.3) < 0.02
    assert abs(centre.y() / rev.height_pt - 0.6) < 0.02


def test_columns_sort_by_due_date_and_ball_in_court_and_can_be_hidden(
    qtbot: QtBot, demo_ctx: AppContext, make_window: MakeWindow
) -> None:
    window = make_window(demo_ctx, "issues")
    page = _issues_page(window)
    idle(qtbot, window)
    keys = [c.key for c in page.columns]
    assert {"ball", "due", "severity"} <= set(keys)
    due, ball, severity = keys.index("due"), keys.index("ball"), keys.index("severity")
    assert page.model.headerData(due, Qt.Orientation.Horizontal) == "Due"
    assert page.model.headerData(ball, Qt.Orientation.Horizontal) == "Ball in court"
    assert not page.table.isColumnHidden(severity)  # how serious shows at a glance
    assert not page.table.isColumnHidden(due)
    assert page.model.rowCount() >= 3

    page.table.sortByColumn(due, Qt.SortOrder.AscendingOrder)
    dates = [r.due_date for r in page.model.rows()]
    dated = [d for d in dates if d is not None]
    assert len(set(dated)) >= 2, "the demo has issues due on different days"
    assert dated == sorted(dated)
    assert dates[: len(dated)] == dated  # undated ones last
    page.table.sortByColumn(due, Qt.SortOrder.DescendingOrder)
    assert [r.due_date for r in page.model.rows() if r.due_date] == sorted(dated, reverse=True)

    page.table.sortByColumn(ball, Qt.SortOrder.AscendingOrder)
    shown = [page.model.index(r, ball).data() for r in range(page.model.rowCount())]
    assert shown == sorted(shown)

    page.table.sortByColumn(severity, Qt.SortOrder.DescendingOrder)
    rank = {"critical": 3, "high": 2, "medium": 1, "low": 0}
    ranks = [rank[r.severity] for r in page.model.rows()]
    assert ranks == sorted(ranks, reverse=True)

    # the chooser: show severity, hide due; the next window remembers it
    page.chooser.actions_by_key["severity"].setChecked(True)
    page.chooser.actions_by_key["due"].setChecked(False)
    assert not page.table.isColumnHidden(severity) and page.table.isColumnHidden(due)
    assert page.chooser.hidden_keys() == ["due"]
    again = _issues_page(make_window(demo_ctx, "issues"))
    assert again.table.isColumnHidden(due) and not again.table.isColumnHidden(severity)
