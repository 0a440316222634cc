"""Generated drawings shared by the drawings tests (made once per session)."""

from __future__ import annotations

from pathlib import Path

import pytest

from executrek.app.drawings.sample import floor_plan_pdf


@pytest.fixture(scope="session")
def a1_plan(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("plans") / "a1.pdf"
    floor_plan_pdf(path, size="A1", pages=2, title="Ground floor", revision="B", seed=3)
    return path


@pytest.fixture(scope="session")
def a0_plan(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("plans") / "a0.pdf"
    floor_plan_pdf(path, size="A0", pages=1, seed=4)
    return path
