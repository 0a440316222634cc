"""G (work completed and stored to date) of a certified SOV line is said twice: in SQL by
``figures.latest_certified_g`` (the budget's cost to date) and in Python by the G703
arithmetic of ``certificate.py`` (through ``queries.certificate_of``). On the demo
portfolio both must give every line of every commitment's latest certified application
the same G, to the cent, so the two cannot drift apart."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select, text

from executrek.app import demo
from executrek.models import clock
from executrek.models.migrate import open_store
from executrek.models.records.cost import queries
from executrek.models.records.cost.checks import cents
from executrek.models.records.cost.figures import latest_certified_g
from executrek.models.records.cost.payment_model import PayApplication, PayApplicationLine
from executrek.models.records.cost.vocab import PayAppStatus
from executrek.models.services import projects
from executrek.models.store import Store

TODAY = dt.date(2026, 11, 25)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    st = open_store(Path(tmp_path_factory.mktemp("g-demo")) / "data")
    projects.ensure_user(st, "rep", "Robin Rep")
    with clock.pinned(TODAY):
        demo.build(st)
    yield st
    st.close()


def sql_g(store: Store, project_id: str) -> dict[str, Decimal]:
    """``latest_g`` of the project: G by SOV line id."""
    with store.read() as s:
        rows = s.execute(
            text(f"WITH {latest_certified_g()} SELECT sov_line_id, g FROM latest_g"),
            {"p": project_id},
        ).all()
    return {sov: cents(g) for sov, g in rows}


def python_g(store: Store, project_id: str) -> dict[str, Decimal]:
    """G of ``certificate_of`` for every line of each commitment's latest certified
    application, by SOV line id."""
    out: dict[str, Decimal] = {}
    with store.read() as s:
        certified = s.scalars(
            select(PayApplication)
            .where(
                PayApplication.project_id == project_id,
                PayApplication.status == PayAppStatus.CERTIFIED,
                PayApplication.deleted_at.is_(None),
            )
            .order_by(PayApplication.application_no)
        ).all()
        latest = {app.commitment_id: app for app in certified}  # the highest number wins
        for app in latest.values():
            sov_of = dict(
                s.execute(
                    select(PayApplicationLine.id, PayApplicationLine.sov_line_id).where(
                        PayApplicationLine.pay_application_id == app.id,
                        PayApplicationLine.deleted_at.is_(None),
                    )
                ).all()
            )
            for line in queries.certificate_of(s, app.id).lines:
                assert line.line_id is not None
                out[sov_of[line.line_id]] = line.completed_to_date
    return out


def test_sql_and_python_give_every_certified_line_the_same_g(store: Store) -> None:
    compared = 0
    for project in projects.list_projects(store):
        in_sql, in_python = sql_g(store, project.id), python_g(store, project.id)
        assert set(in_sql) == set(in_python), project.code
        for sov_line_id, g in in_python.items():
            assert in_sql[sov_line_id] == g, (project.code, sov_line_id)
        compared += len(in_python)
    assert compared > 10  # the demo certifies applications with many lines
