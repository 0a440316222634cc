"""Fixtures for the Drawings screen tests: a project with a floor and a contractor, a
generated A1 floor-plan PDF, and helpers to import it and wait for the viewer."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from gui_fixtures import MakeWindow, idle
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from executrek.app.context import AppContext
from executrek.app.drawings.sample import floor_plan_pdf
from executrek.models.services import projects
from executrek.ui.drawings.drawings_page import DrawingsPage
from executrek.ui.main_window import MainWindow


@dataclass(frozen=True)
class DrawingProject:
    ctx: AppContext
    project_id: str
    floor_id: str
    contractor_id: str
    plan: Path  # A-101 rev A (A1)
    plan_b: Path  # A-101 rev B: same sheet, other rooms


@pytest.fixture
def drawing_project(gui_ctx: AppContext, tmp_path: Path) -> DrawingProject:
    store = gui_ctx.store
    project = projects.create_project(
        store, projects.NewProject(code="DRW", name="Drawings test", owner_name="Owner")
    ).value
    floor = projects.add_location(store, project.id, "L1", "Level 1", "floor").value
    projects.add_location(store, project.id, "L1-101", "Room 101", "room", parent_id=floor.id)
    org = projects.add_organisation(store, project.id, "Acme Drywall", "subcontractor").value
    gui_ctx.settings.last_project = project.id
    files = tmp_path / "files"
    plan = files / "A-101 Level 1 floor plan Rev A.pdf"
    plan_b = files / "A-101 Level 1 floor plan Rev B.pdf"
    floor_plan_pdf(plan, size="A1", revision="A", seed=3)
    floor_plan_pdf(plan_b, size="A1", revision="B", seed=4)
    return DrawingProject(gui_ctx, project.id, floor.id, org.id, plan, plan_b)


def drawings_page(window: MainWindow) -> DrawingsPage:
    page = window.show_page("drawings")
    assert isinstance(page, DrawingsPage)
    return page


def import_through_page(
    qtbot: QtBot,
    window: MainWindow,
    page: DrawingsPage,
    monkeypatch: pytest.MonkeyPatch,
    files: list[Path],
) -> None:
    """Click Import with the file dialog answering ``files``; wait for the import."""
    monkeypatch.setattr(
        QFileDialog,
        "getOpenFileNames",
        lambda *_a, **_k: ([str(f) for f in files], "Drawings (*.pdf)"),
    )
    page.import_button.click()
    idle(qtbot, window, 60_000)


def message_boxes(widget: object) -> list[QMessageBox]:
    return [
        box
        for box in widget.findChildren(QMessageBox)  # type: ignore[attr-defined]
        if box.isVisible()
    ]


OpenWindow = Callable[[DrawingProject], MainWindow]


@pytest.fixture
def open_window(make_window: MakeWindow) -> Iterator[OpenWindow]:
    """A window with the Drawings, Punch list and Issues screens; afterwards the tile
    caches close their PDFs once the workers are done."""
    made: list[MainWindow] = []

    def open_(project: DrawingProject) -> MainWindow:
        window = make_window(project.ctx, "drawings", "punch", "issues")
        made.append(window)
        return window

    yield open_
    for window in made:
        window.runner.shutdown()
        for page in window.page_widgets.values():
            if isinstance(page, DrawingsPage):
                page.cache.close()


def tiles_settled(page: DrawingsPage) -> bool:
    """The viewer shows its current level's tiles for the whole view."""
    view = page.viewer.view
    layer = view.layer
    if view.busy() or layer.source is None:
        return False
    return layer.levels_shown().get(layer.level, 0) > 0
