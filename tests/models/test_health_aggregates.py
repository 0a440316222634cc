"""The health measures come from one aggregate pass the covering index answers."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from sqlalchemy import func, select

from executrek.models.project import Project
from executrek.models.records.punch import service as punch
from executrek.models.records.punch.list_page import LIVE
from executrek.models.records.punch.model import PunchItem
from executrek.models.services import dashboard, health, projects
from executrek.models.services.health import punch_counts_sql
from executrek.models.store import Store

pytestmark = pytest.mark.dates

TODAY = dt.date(2026, 6, 1)
STATUSES = ("draft", "open", "rejected", "ready_for_review", "closed", "void")


def _load(store: Store, project: Project) -> list[str]:
    a = projects.add_organisation(store, project.id, "Delta Glazing", "subcontractor").value
    b = projects.add_organisation(store, project.id, "Nordic Mechanical", "subcontractor").value
    contractors = (a.id, b.id, None)
    dues = (TODAY - dt.timedelta(days=3), TODAY, TODAY + dt.timedelta(days=4), None)
    items = [
        punch.NewPunchItem(title=f"Item {n}", status=st, contractor_id=c, due_date=due)
        for n, (st, c, due) in enumerate(itertools.product(STATUSES, contractors, dues))
    ]
    punch.bulk_create_punch_items(store, project.id, items, imported=True)
    with store.read() as s:
        ids = list(
            s.scalars(
                select(PunchItem.id)
                .where(PunchItem.project_id == project.id)
                .order_by(PunchItem.number)
            )
        )
    return ids


def _naive(store: Store, project_id: str) -> tuple[int, int, int, dict[str, int]]:
    """The measures counted one query each, the slow way the screens used to."""
    live = [x.value for x in LIVE]
    alive = (PunchItem.project_id == project_id, PunchItem.deleted_at.is_(None))
    with store.read() as s:

        def count(*where: object) -> int:
            return int(s.scalar(select(func.count()).select_from(PunchItem).where(*where)) or 0)

        by_status = {
            str(st): int(n)
            for st, n in s.execute(
                select(PunchItem.status, func.count()).where(*alive).group_by(PunchItem.status)
            )
        }
        return (
            count(*alive, PunchItem.status.in_(live)),
            count(*alive, PunchItem.status.in_(live), PunchItem.due_date < TODAY),
            count(*alive),
            by_status,
        )


def test_one_pass_gives_the_same_measures_as_one_count_each(store: Store, project: Project) -> None:
    ids = _load(store, project)
    punch.delete_punch_item(store, ids[0])  # deleted items count nowhere
    other = projects.create_project(
        store, projects.NewProject(code="SCH", name="School", owner_name="District")
    ).value
    punch.create_punch_item(store, other.id, punch.NewPunchItem(title="Elsewhere"))
    h = health.project_health(store, project.id, TODAY)
    open_, overdue, total, by_status = _naive(store, project.id)
    assert (h.punch_open, h.punch_overdue, h.punch_total) == (open_, overdue, total)
    assert h.punch.by_status == by_status
    # 4 live states × 12 open, 12 of them late; item 0 (draft, late) was deleted
    assert (open_, overdue, total) == (47, 11, 71)
    assert sum(h.punch.by_contractor.values()) == open_
    assert h.punch.by_contractor[None] == 16
    rows = {r.code: r for r in health.portfolio(store, TODAY)}
    assert rows["HOSP"].punch_total == 71
    assert (rows["SCH"].punch_open, rows["SCH"].punch_total) == (1, 1)


def test_dashboard_names_the_contractors_of_the_open_items(store: Store, project: Project) -> None:
    _load(store, project)
    d = dashboard.dashboard(store, project.id, TODAY)
    assert d.punch_by_contractor == [
        ("Delta Glazing", 16),
        ("Nordic Mechanical", 16),
        ("Unassigned", 16),
    ]
    assert d.punch_by_status == dict.fromkeys(STATUSES, 12)
    staged = dashboard.details(store, d.health, TODAY)
    assert staged == d


def test_aggregate_reads_only_the_covering_index(store: Store, project: Project) -> None:
    """No table rows and no temporary B-tree: 100,000 items stay one index walk."""
    _load(store, project)
    for project_id in (project.id, None):
        sql, params = punch_counts_sql(TODAY, project_id)
        with store.sql() as con:
            plan = "\n".join(str(r[-1]) for r in con.execute("EXPLAIN QUERY PLAN " + sql, params))
        assert "USING COVERING INDEX ix_punch_health" in plan, plan
        assert "TEMP B-TREE" not in plan, plan
