"""The store and project the schedule file tests import into (a real SQLite store)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from executrek.models.migrate import open_store
from executrek.models.project import Project
from executrek.models.services import projects
from executrek.models.store import Store


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    st = open_store(tmp_path / "data")
    projects.ensure_user(st, "rep", "Rep")
    yield st
    st.close()


@pytest.fixture
def project(store: Store) -> Project:
    return projects.create_project(
        store, projects.NewProject(code="PRG", name="Programme", owner_name="Owner")
    ).value
