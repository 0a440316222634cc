"""Small programmes for the schedule tests, built in code: a chain of tasks with a start
and a finish milestone, on a Monday-to-Friday calendar."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal
from typing import Any

from executrek.models.records.schedule.programme import (
    ParsedActivity,
    ParsedCalendar,
    ParsedLink,
    Programme,
)
from executrek.models.records.schedule.vocab import (
    ActivityKind,
    ActivityStatus,
    LinkKind,
    SourceFormat,
)
from executrek.models.records.schedule.workdays import Workdays

START = dt.date(2026, 1, 5)  # a Monday
CAL = Workdays.around("1111100", (), START)


def wd(day: dt.date, n: int) -> dt.date:
    """``n`` working days after ``day`` (Monday to Friday)."""
    return dt.date.fromordinal(CAL.at(CAL.index(day.toordinal()) + n))


def chain(
    durations: list[int],
    *,
    data_date: dt.date = START,
    done: int = 0,
    floats: list[int] | None = None,
    name: str = "Test programme",
    **overrides: Any,
) -> Programme:
    """A start milestone ``M0``, tasks ``A1..An`` of ``durations`` in a finish-to-start
    chain, a finish milestone ``M9``; the first ``done`` tasks (and ``M0``) complete."""
    started = done > 0
    acts: list[ParsedActivity] = [
        ParsedActivity(
            "0",
            "M0",
            "Start",
            ActivityKind.MILESTONE,
            status=ActivityStatus.COMPLETE if started else ActivityStatus.NOT_STARTED,
            start=START,
            finish=START,
            planned_start=START,
            planned_finish=START,
            actual_start=START if started else None,
            actual_finish=START if started else None,
        )
    ]
    day = START
    for i, d in enumerate(durations, start=1):
        finish = wd(day, d - 1)
        complete = i <= done
        acts.append(
            ParsedActivity(
                str(i),
                f"A{i}",
                f"Task {i}",
                ActivityKind.TASK,
                status=ActivityStatus.COMPLETE if complete else ActivityStatus.NOT_STARTED,
                wbs_path="P.W1",
                wbs_name="Works",
                calendar_code="C",
                original_duration=Decimal(d),
                remaining_duration=Decimal(0 if complete else d),
                start=day,
                finish=finish,
                planned_start=day,
                planned_finish=finish,
                actual_start=day if complete else None,
                actual_finish=finish if complete else None,
                pct_duration=Decimal(100 if complete else 0),
                total_float=Decimal(floats[i - 1] if floats else 0),
                critical=not complete,
            )
        )
        day = wd(finish, 1)
    acts.append(
        ParsedActivity(
            "99",
            "M9",
            "Finish",
            ActivityKind.MILESTONE,
            start=day,
            finish=day,
            calendar_code="C",
            critical=True,
            total_float=Decimal(0),
        )
    )
    links = [
        ParsedLink(f"L{i}", acts[i].source_id, acts[i + 1].source_id) for i in range(len(acts) - 1)
    ]
    p = Programme(
        format=SourceFormat.XER,
        project_name=name,
        data_date=data_date,
        calendars=[ParsedCalendar("C", "5-day", Decimal(8), "1111100")],
        activities=acts,
        links=links,
        default_calendar="C",
    )
    return dataclasses.replace(p, **overrides)


def link(pred: str, succ: str, kind: LinkKind = LinkKind.FS, lag: str = "0") -> ParsedLink:
    return ParsedLink(f"{pred}-{succ}", pred, succ, kind, Decimal(lag))
