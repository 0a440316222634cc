"""One update against another — the previous update, or the baseline (pure).

Activities are matched by their code. The comparison answers the owner's questions of
each update: which milestones moved, which activities slipped most, how much float was
consumed, what entered or left the critical path, how the logic changed (relationships
added and removed, durations changed, activities added and removed) and what progress
was claimed since the earlier update.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from executrek.models.records.schedule.queries import Activity, UpdateData

TOP = 20  # activities listed for "slipped most" and "float consumed"


@dataclass(frozen=True)
class Movement:
    """An activity's finish (or float) then and now; ``days`` is the change (positive:
    later, or float lost)."""

    code: str
    name: str
    before: dt.date | None
    after: dt.date | None
    days: int
    complete: bool = False


@dataclass(frozen=True)
class FloatChange:
    code: str
    name: str
    before: Decimal
    after: Decimal

    @property
    def consumed(self) -> Decimal:
        return self.before - self.after


@dataclass(frozen=True)
class Progress:
    """Progress claimed on one activity between the two data dates."""

    code: str
    name: str
    pct_before: Decimal
    pct_after: Decimal
    started: bool  # actual start within the period
    finished: bool  # actual finish within the period


@dataclass(frozen=True)
class LinkChange:
    predecessor: str
    successor: str
    kind: str
    lag_days: Decimal


@dataclass(frozen=True)
class DurationChange:
    code: str
    name: str
    before: Decimal
    after: Decimal


@dataclass(frozen=True)
class Comparison:
    """``later`` against ``earlier`` (its previous update, or the baseline)."""

    earlier: str  # update numbers
    later: str
    earlier_data_date: dt.date
    later_data_date: dt.date
    finish_before: dt.date | None
    finish_after: dt.date | None
    milestones: tuple[Movement, ...]
    slipped: tuple[Movement, ...]  # most slipped first (at most ``TOP``)
    float_consumed: tuple[FloatChange, ...]  # most float lost first (at most ``TOP``)
    total_float_consumed: Decimal  # over every activity in both, lost minus gained
    entered_critical: tuple[Movement, ...]
    left_critical: tuple[Movement, ...]
    links_added: tuple[LinkChange, ...]
    links_removed: tuple[LinkChange, ...]
    durations_changed: tuple[DurationChange, ...]
    activities_added: tuple[str, ...]  # codes
    activities_removed: tuple[str, ...]
    progress: tuple[Progress, ...]

    @property
    def finish_movement_days(self) -> int | None:
        if self.finish_before is None or self.finish_after is None:
            return None
        return (self.finish_after - self.finish_before).days


def _days(before: dt.date | None, after: dt.date | None) -> int:
    return (after - before).days if before is not None and after is not None else 0


def _move(b: Activity, a: Activity) -> Movement:
    return Movement(a.code, a.name, b.finish, a.finish, _days(b.finish, a.finish), a.complete)


def _links(data: UpdateData) -> dict[tuple[str, str, str], Decimal]:
    by_id = data.by_id()
    return {
        (by_id[x.predecessor_id].code, by_id[x.successor_id].code, x.kind): x.lag_days
        for x in data.links
        if x.predecessor_id in by_id and x.successor_id in by_id
    }


def compare(earlier: UpdateData, later: UpdateData, *, top: int = TOP) -> Comparison:
    """What changed from ``earlier`` to ``later``."""
    before, after = earlier.by_code(), later.by_code()
    both = [(before[c], after[c]) for c in after if c in before]
    milestones = tuple(_move(b, a) for b, a in both if a.kind == "milestone")
    slipped = sorted(
        (_move(b, a) for b, a in both if a.is_work and _days(b.finish, a.finish) > 0),
        key=lambda m: (-m.days, m.code),
    )
    floats = [
        FloatChange(a.code, a.name, b.total_float, a.total_float)
        for b, a in both
        if a.is_work and b.total_float is not None and a.total_float is not None and not a.complete
    ]
    consumed = sorted((f for f in floats if f.consumed > 0), key=lambda f: (-f.consumed, f.code))
    l_before, l_after = _links(earlier), _links(later)
    period = (earlier.update.data_date, later.update.data_date)
    return Comparison(
        earlier=earlier.update.number,
        later=later.update.number,
        earlier_data_date=period[0],
        later_data_date=period[1],
        finish_before=earlier.update.finish_date,
        finish_after=later.update.finish_date,
        milestones=milestones,
        slipped=tuple(slipped[:top]),
        float_consumed=tuple(consumed[:top]),
        total_float_consumed=sum((f.consumed for f in floats), Decimal(0)),
        entered_critical=tuple(_move(b, a) for b, a in both if a.critical and not b.critical),
        left_critical=tuple(
            _move(b, a) for b, a in both if b.critical and not a.critical and not a.complete
        ),
        links_added=tuple(
            LinkChange(p, s, k, lag)
            for (p, s, k), lag in sorted(l_after.items())
            if (p, s, k) not in l_before
        ),
        links_removed=tuple(
            LinkChange(p, s, k, lag)
            for (p, s, k), lag in sorted(l_before.items())
            if (p, s, k) not in l_after
        ),
        durations_changed=tuple(
            DurationChange(a.code, a.name, b.original_duration, a.original_duration)
            for b, a in both
            if b.original_duration is not None
            and a.original_duration is not None
            and b.original_duration != a.original_duration
        ),
        activities_added=tuple(sorted(c for c in after if c not in before)),
        activities_removed=tuple(sorted(c for c in before if c not in after)),
        progress=tuple(_progress(both, *period)),
    )


def _progress(
    both: list[tuple[Activity, Activity]], start: dt.date, end: dt.date
) -> list[Progress]:
    out = []
    for b, a in both:
        pct_b = b.pct_duration or Decimal(0)
        pct_a = a.pct_duration or Decimal(0)
        started = a.actual_start is not None and start < a.actual_start <= end
        finished = a.actual_finish is not None and start < a.actual_finish <= end
        if pct_a > pct_b or started or finished:
            out.append(Progress(a.code, a.name, pct_b, pct_a, started, finished))
    return sorted(out, key=lambda p: (-(p.pct_after - p.pct_before), p.code))
