"""The cash-flow forecast: SOV lines spread by working day over their activities' dates
in the latest schedule update (or their commitment's dates), certified payments by the
month of their period end; hand-computed months."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import cost_rows as r
import pytest
from cost_rows import D

from executrek.models.project import Project
from executrek.models.records.cost.cashflow import MonthFlow, cash_flow, spread, weekdays
from executrek.models.records.cost.vocab import CommitmentStatus, PayAppStatus
from executrek.models.records.schedule.model import (
    ActivityKind,
    ActivityStatus,
    ScheduleActivity,
    ScheduleUpdate,
    SourceFormat,
    UpdateStatus,
)
from executrek.models.store import Store

day = dt.date


def test_weekdays() -> None:
    assert weekdays(day(2026, 2, 2), day(2026, 2, 28)) == 20  # Mon 2 → Sat 28
    assert weekdays(day(2026, 3, 1), day(2026, 3, 31)) == 22
    assert weekdays(day(2026, 3, 7), day(2026, 3, 8)) == 0  # a weekend
    assert weekdays(day(2026, 3, 9), day(2026, 3, 9)) == 1
    assert weekdays(day(2026, 3, 9), day(2026, 3, 8)) == 0


def test_spread_is_exact_by_largest_remainder() -> None:
    # 70,000.00 over 20 + 22 working days: 33,333.33 (rest 14/42) and 36,666.66 (rest
    # 28/42): the missing cent goes to March.
    assert spread(7_000_000, day(2026, 2, 2), day(2026, 3, 31)) == {
        day(2026, 2, 1): 3_333_333,
        day(2026, 3, 1): 3_666_667,
    }
    assert spread(-100, day(2026, 2, 2), day(2026, 3, 31)) == {
        day(2026, 2, 1): -48,  # 47.6…
        day(2026, 3, 1): -52,  # 52.3…
    }
    assert spread(500, day(2026, 3, 7), day(2026, 3, 8)) == {day(2026, 3, 1): 500}
    assert spread(500, day(2026, 3, 31), day(2026, 3, 2)) == {day(2026, 3, 1): 500}


def activity(s: object, pid: str, update: ScheduleUpdate, code: str, **dates: object) -> None:
    r.put(
        s,  # type: ignore[arg-type]
        ScheduleActivity,
        project_id=pid,
        update_id=update.id,
        code=code,
        name=code,
        kind=ActivityKind.TASK,
        status=ActivityStatus.NOT_STARTED,
        **dates,
    )


def update(s: object, pid: str, number: int, data_date: dt.date, **kw: object) -> ScheduleUpdate:
    return r.put(
        s,  # type: ignore[arg-type]
        ScheduleUpdate,
        project_id=pid,
        number=number,
        title=f"Update {number}",
        data_date=data_date,
        source_format=SourceFormat.XER,
        source_name=f"u{number}.xer",
        source_sha256="0" * 64,
        **kw,
    )


def build(store: Store, pid: str) -> None:
    with store.transaction() as (s, _):
        a = r.org(s, pid, "Builder")
        sc1 = r.commitment(
            s, pid, 1, a, "Main works", "105000.00",
            start_date=day(2026, 2, 2), finish_date=day(2026, 3, 31),
        )  # fmt: skip
        r.sov(s, sc1, 1, "60000.00")  # no activities: the commitment's dates
        r.sov(s, sc1, 2, "30000.00", activities=("X1",))  # April in the latest update
        r.sov(s, sc1, 3, "10000.00", activities=("NOPE",))  # not in the update
        r.sov(s, sc1, 4, "5000.00", activities=("X2",))  # current dates only: May
        draft = r.commitment(
            s, pid, 2, a, "Not signed", "999.00", CommitmentStatus.DRAFT,
            start_date=day(2026, 1, 5), finish_date=day(2026, 1, 30),
        )  # fmt: skip
        r.sov(s, draft, 1, "999.00")
        undated = r.commitment(s, pid, 3, a, "No dates", "777.00")
        u_line = r.sov(s, undated, 1, "777.00")

        old = update(s, pid, 1, day(2026, 1, 31), status=UpdateStatus.ACCEPTED)
        activity(s, pid, old, "X1", planned_start=day(2026, 5, 1), planned_finish=day(2026, 5, 29))
        new = update(s, pid, 2, day(2026, 2, 28))
        activity(
            s, pid, new, "X1",
            planned_start=day(2026, 4, 1), planned_finish=day(2026, 4, 30),
            start=day(2026, 6, 1), finish=day(2026, 6, 30),
        )  # fmt: skip
        activity(s, pid, new, "X2", start=day(2026, 5, 4), finish=day(2026, 5, 8))
        rejected = update(s, pid, 3, day(2026, 3, 31), status=UpdateStatus.REJECTED)
        activity(
            s, pid, rejected, "X1", planned_start=day(2026, 7, 1), planned_finish=day(2026, 7, 31)
        )

        feb, mar, apr = (day(2026, m, 1) for m in (2, 3, 4))
        r.pay_app(s, sc1, 1, 1, feb, day(2026, 2, 28), certified="20000.00")
        r.pay_app(s, sc1, 2, 2, mar, day(2026, 3, 31), certified="25000.50")
        r.pay_app(s, sc1, 3, 3, apr, day(2026, 4, 30), PayAppStatus.UNDER_REVIEW)
        jun = r.pay_app(s, undated, 4, 1, day(2026, 6, 1), day(2026, 6, 30), certified="700.00")
        r.app_line(s, jun, u_line, work="777.00")


def flow(month: dt.date, *values: str) -> MonthFlow:
    return MonthFlow(month, *(Decimal(v) for v in values))


def test_planned_and_actual_by_month(store: Store, project: Project) -> None:
    build(store, project.id)
    with store.read() as s:
        months = cash_flow(s, project.id)
    assert months == [
        flow(day(2026, 2, 1), "33333.33", "20000.00", "33333.33", "20000.00"),
        flow(day(2026, 3, 1), "36666.67", "25000.50", "70000.00", "45000.50"),
        flow(day(2026, 4, 1), "30000.00", "0", "100000.00", "45000.50"),
        flow(day(2026, 5, 1), "5000.00", "0", "105000.00", "45000.50"),
        flow(day(2026, 6, 1), "0", "700.00", "105000.00", "45700.50"),
    ]


def test_no_schedule_falls_back_to_the_commitment(store: Store, project: Project) -> None:
    with store.transaction() as (s, _):
        a = r.org(s, project.id, "Builder")
        c = r.commitment(
            s, project.id, 1, a, "Works", "1000.00",
            start_date=day(2026, 3, 30), finish_date=day(2026, 4, 3),
        )  # fmt: skip
        r.sov(s, c, 1, "1000.00", activities=("X1",))
    with store.read() as s:
        months = cash_flow(s, project.id)
    # Mon 30, Tue 31 March; Wed 1 … Fri 3 April: 2/5 and 3/5.
    assert [(m.month, m.planned) for m in months] == [
        (day(2026, 3, 1), D("400.00")),
        (day(2026, 4, 1), D("600.00")),
    ]
    assert months[-1].planned_cumulative == D("1000.00")


@pytest.mark.parametrize("status", [CommitmentStatus.DRAFT, CommitmentStatus.VOID])
def test_uncommitted_work_is_not_planned(
    store: Store, project: Project, status: CommitmentStatus
) -> None:
    with store.transaction() as (s, _):
        a = r.org(s, project.id, "Builder")
        c = r.commitment(
            s, project.id, 1, a, "Works", "1000.00", status,
            start_date=day(2026, 3, 30), finish_date=day(2026, 4, 3),
        )  # fmt: skip
        r.sov(s, c, 1, "1000.00")
    with store.read() as s:
        assert cash_flow(s, project.id) == []
