from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from executrek.models.migrate import open_store
from executrek.models.project import Project
from executrek.models.services import projects
from executrek.models.store import Store


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    st = open_store(tmp_path / "data")
    projects.ensure_user(st, "rep", "Zoë Ødegård")
    yield st
    st.close()


@pytest.fixture
def project(store: Store) -> Project:
    return projects.create_project(
        store,
        projects.NewProject(
            code="HOSP",
            name="Hospital East Wing",
            owner_name="County Health Trust",
            contract_value=Decimal("48500000.00"),
            contingency=Decimal("2425000.00"),
            baseline_start=dt.date(2026, 1, 5),
            baseline_finish=dt.date(2027, 6, 30),
        ),
    ).value
