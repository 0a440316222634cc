"""What the project's health reads of its programme: the current update's milestones with
their baseline dates, the programme's finish, the float left on its critical path and
the days of time granted by delay events. Plain SQL (no SQLAlchemy), so the start-up
screen reads it through a ``LocalFile`` as it reads every other health figure.

``models/services/health.schedule_in`` turns these into the ``SchedulePosition`` (the
one computation of contractual and forecast dates, variances and the rating's slip);
``forecast.schedule_forecast`` hands both to the screens and reports.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from decimal import Decimal

from executrek.models.local_read import day
from executrek.models.records.schedule.queries import UpdateRow, baseline_of, current, updates_in
from executrek.models.records.schedule.vocab import ActivityKind, ActivityStatus, DelayStatus


@dataclass(frozen=True)
class ProgrammeMilestone:
    """A milestone of the current update: its baseline (the baseline update's date for
    the same code; else the planned date the file carries; else its own), its forecast
    and actual finish, and its total float (working days)."""

    code: str
    name: str
    baseline: dt.date
    forecast: dt.date | None  # None once achieved
    actual: dt.date | None
    total_float: Decimal | None
    critical: bool


@dataclass(frozen=True)
class ProgrammeDates:
    """The programme's figures of one project, from its current update."""

    update: UpdateRow  # the current update (the latest not rejected)
    baseline: UpdateRow | None  # the baseline in force
    milestones: tuple[ProgrammeMilestone, ...]  # by baseline date
    granted_days: int  # extensions of time granted in delay events
    completion_float: Decimal | None  # least total float of the unfinished critical work
    negative_float: int  # unfinished tasks and milestones with negative float

    @property
    def baseline_finish(self) -> dt.date | None:
        return (self.baseline or self.update).finish_date

    @property
    def forecast_finish(self) -> dt.date | None:
        return self.update.finish_date

    def milestone_dates(self) -> list[tuple[str, dt.date, dt.date | None, dt.date | None]]:
        """(name, baseline, forecast, actual) per milestone: ``health.schedule_position``'s
        input."""
        return [(m.name, m.baseline, m.forecast, m.actual) for m in self.milestones]


_WORK = (ActivityKind.TASK.value, ActivityKind.MILESTONE.value)
_DONE = ActivityStatus.COMPLETE.value


def programme_dates_in(con: sqlite3.Connection, project_id: str) -> ProgrammeDates | None:
    """The project's programme figures; None when it has no schedule update."""
    rows = updates_in(con, project_id)
    update = current(rows)
    if update is None:
        return None
    base = baseline_of(rows, update)
    base_dates: dict[str, dt.date] = {}
    if base is not None:
        base_dates = {
            code: dt.date.fromisoformat(finish)
            for code, finish in con.execute(
                "SELECT code, finish FROM schedule_activities WHERE update_id = ? AND kind = ?"
                " AND finish IS NOT NULL AND deleted_at IS NULL",
                (base.id, ActivityKind.MILESTONE.value),
            )
        }
    milestones = []
    for code, name, finish, actual, planned, tf, critical in con.execute(
        "SELECT code, name, finish, actual_finish, planned_finish, total_float, critical"
        " FROM schedule_activities WHERE update_id = ? AND kind = ? AND deleted_at IS NULL",
        (update.id, ActivityKind.MILESTONE.value),
    ):
        achieved, forecast = day(actual), day(finish)
        baseline = base_dates.get(code) or day(planned) or forecast or achieved
        if baseline is None:
            continue
        milestones.append(
            ProgrammeMilestone(
                code,
                name,
                baseline,
                None if achieved else forecast,
                achieved,
                None if tf is None else Decimal(tf).scaleb(-2),
                bool(critical),
            )
        )
    milestones.sort(key=lambda m: (m.baseline, m.name, m.code))
    least, negative = con.execute(
        "SELECT min(total_float) FILTER (WHERE critical), count(*) FILTER (WHERE total_float < 0)"
        " FROM schedule_activities WHERE update_id = ? AND deleted_at IS NULL"
        " AND status <> ? AND kind IN (?, ?)",
        (update.id, _DONE, *_WORK),
    ).fetchone()
    (granted,) = con.execute(
        "SELECT coalesce(sum(days_granted), 0) FROM schedule_delay_events"
        " WHERE project_id = ? AND status = ? AND deleted_at IS NULL",
        (project_id, DelayStatus.GRANTED.value),
    ).fetchone()
    return ProgrammeDates(
        update=update,
        baseline=base,
        milestones=tuple(milestones),
        granted_days=int(granted),
        completion_float=None if least is None else Decimal(least).scaleb(-2),
        negative_float=int(negative or 0),
    )
