"""Shared set-up for the photo widget tests: a real store, a real main window showing
only the Photos page (the other pages are other tests' business), tiny JPEGs."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PIL import Image
from pytestqt.qtbot import QtBot

from executrek.app.context import AppContext, open_context, prepare
from executrek.app.logging_setup import shutdown
from executrek.models.project import Project
from executrek.models.services import projects
from executrek.ui import main_window
from executrek.ui.launch import build_window, ensure_identity
from executrek.ui.main_window import MainWindow
from executrek.ui.pages.registry import PAGES


def tiny_jpeg(path: Path, colour: tuple[int, int, int], size: tuple[int, int] = (64, 48)) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", size, colour).save(path, "JPEG", quality=85)
    return path


@pytest.fixture
def ctx(tmp_path: Path) -> Iterator[AppContext]:
    app_paths, recent = prepare(tmp_path / "data")
    context = open_context(app_paths, recent)
    ensure_identity(context)
    yield context
    context.close()
    shutdown()


@pytest.fixture
def project(ctx: AppContext) -> Project:
    new = projects.NewProject(
        code="HOSP", name="Hospital", owner_name="Trust", contract_value=Decimal("1000")
    )
    return projects.create_project(ctx.store, new).value


@pytest.fixture
def window(
    qtbot: QtBot, ctx: AppContext, project: Project, monkeypatch: pytest.MonkeyPatch
) -> Iterator[MainWindow]:
    monkeypatch.setattr(main_window, "PAGES", [spec for spec in PAGES if spec.key == "photos"])
    win = build_window(ctx)
    qtbot.addWidget(win)
    qtbot.waitUntil(lambda: win.current_project_id == project.id)
    yield win
    win.runner.shutdown()
