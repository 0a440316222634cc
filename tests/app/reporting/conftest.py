"""Fixtures for the report kinds: one demo portfolio per session, a copy per test."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from reporting_fixtures import TODAY, Workspace, build_demo, open_copy


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("reporting-demo") / "data"
    build_demo(root)
    return root


@pytest.fixture(autouse=True)
def _pinned(clock: dt.date) -> None:
    """Every report test runs on the day the demo was built for (``TODAY``)."""
    assert clock == TODAY


@pytest.fixture
def ws(demo_template: Path, tmp_path: Path) -> Iterator[Workspace]:
    workspace = open_copy(demo_template, tmp_path / "data")
    yield workspace
    workspace.store.close()
