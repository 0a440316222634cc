"""An update's comparison and its progress curve as plain lines, for the schedule page's
Compare tab and the schedule report alike.

``change_sections`` flattens a ``compare.Comparison`` into one kind of line per heading
(code, name, before, after, change); ``s_curve`` computes planned against actual
% complete: planned from the baseline's bars (each activity's share of its working
days done by a date, spread evenly over its bar), actual from each update's own
% complete at its data date, both weighted by original duration.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from executrek.app.report_kinds.schedule_labels import days_text, signed
from executrek.models.records.schedule.compare import Comparison, Movement
from executrek.models.records.schedule.queries import Activity

SECTIONS = (
    "milestones",
    "slipped",
    "float_consumed",
    "entered_critical",
    "left_critical",
    "links_added",
    "links_removed",
    "durations_changed",
    "activities_added",
    "activities_removed",
    "progress",
)


@dataclass(frozen=True)
class ChangeLine:
    """One line under a comparison heading: dates as dates (``before_day``,
    ``after_day``: each shows them its own way), anything else as text."""

    code: str
    name: str
    before: str
    after: str
    change: str
    before_day: dt.date | None = None
    after_day: dt.date | None = None

    def cells(self, day: Callable[[dt.date], str]) -> tuple[str, str]:
        """(before, after) as shown, dates written by ``day``."""
        return (
            day(self.before_day) if self.before_day is not None else self.before,
            day(self.after_day) if self.after_day is not None else self.after,
        )


@dataclass(frozen=True)
class ChangeSection:
    key: str  # a ``SECTIONS`` entry (its heading: ``schedule_labels.section_titles``)
    lines: tuple[ChangeLine, ...]
    total: int  # lines there are (``lines`` may hold the first of them only)


def _moved(m: Movement) -> ChangeLine:
    return ChangeLine(m.code, m.name, "", "", signed(m.days), m.before, m.after)


def _lines(c: Comparison, key: str, names: dict[str, str]) -> list[ChangeLine]:
    if key in ("milestones", "slipped", "entered_critical", "left_critical"):
        found: tuple[Movement, ...] = getattr(c, key)
        return [_moved(m) for m in found]
    if key == "float_consumed":
        return [
            ChangeLine(f.code, f.name, days_text(f.before), days_text(f.after), signed(-f.consumed))
            for f in c.float_consumed
        ]
    if key in ("links_added", "links_removed"):
        links = c.links_added if key == "links_added" else c.links_removed
        return [
            ChangeLine(
                x.successor,
                f"{x.predecessor} → {x.successor}",
                "" if key == "links_added" else f"{x.kind} {signed(x.lag_days)}",
                f"{x.kind} {signed(x.lag_days)}" if key == "links_added" else "",
                "",
            )
            for x in links
        ]
    if key == "durations_changed":
        return [
            ChangeLine(
                d.code, d.name, days_text(d.before), days_text(d.after), signed(d.after - d.before)
            )
            for d in c.durations_changed
        ]
    if key in ("activities_added", "activities_removed"):
        codes = c.activities_added if key == "activities_added" else c.activities_removed
        return [ChangeLine(code, names.get(code, ""), "", "", "") for code in codes]
    return [
        ChangeLine(
            p.code,
            p.name,
            f"{days_text(p.pct_before)} %",
            f"{days_text(p.pct_after)} %",
            signed(p.pct_after - p.pct_before),
        )
        for p in c.progress
    ]


def change_sections(
    c: Comparison, names: dict[str, str] | None = None, *, limit: int | None = None
) -> tuple[ChangeSection, ...]:
    """Every heading of ``c`` with its lines (the first ``limit`` when given);
    ``names``: activity code → name, for the activities added or removed."""
    out = []
    for key in SECTIONS:
        lines = _lines(c, key, names or {})
        shown = lines if limit is None else lines[:limit]
        out.append(ChangeSection(key, tuple(shown), len(lines)))
    return tuple(out)


# --- the S-curve -------------------------------------------------------------------------


def _weight(a: Activity) -> Decimal:
    return (a.original_duration or Decimal(0)) if a.is_work else Decimal(0)


def _share_done(a: Activity, day: dt.date) -> Decimal:
    """How much of ``a``'s bar lies before ``day`` (0..1), spread evenly over its days."""
    if a.start is None or a.finish is None:
        return Decimal(0)
    if day <= a.start:
        return Decimal(0)
    if day > a.finish:
        return Decimal(1)
    length = (a.finish - a.start).days + 1
    return Decimal((day - a.start).days) / length


def planned_percent(activities: Sequence[Activity], day: dt.date) -> Decimal | None:
    """The % complete ``activities`` (the baseline) planned by ``day``; None when it has
    no durations to weigh."""
    total = sum((_weight(a) for a in activities), Decimal(0))
    if not total:
        return None
    done = sum((_weight(a) * _share_done(a, day) for a in activities), Decimal(0))
    return (done * 100 / total).quantize(Decimal("0.1"))


def actual_percent(activities: Iterable[Activity]) -> Decimal | None:
    """An update's % complete: its activities' own, weighted by original duration."""
    total = done = Decimal(0)
    for a in activities:
        weight = _weight(a)
        if not weight:
            continue
        pct = Decimal(100) if a.complete else a.pct_duration or a.pct_physical or Decimal(0)
        total += weight
        done += weight * min(Decimal(100), pct)
    return (done / total).quantize(Decimal("0.1")) if total else None


def month_ends(first: dt.date, last: dt.date) -> list[dt.date]:
    """The last day of every month from ``first``'s through ``last``'s."""
    out = []
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month):
        nxt = dt.date(year + month // 12, month % 12 + 1, 1)
        out.append(nxt - dt.timedelta(days=1))
        year, month = nxt.year, nxt.month
    return out


@dataclass(frozen=True)
class CurvePoint:
    day: dt.date
    percent: Decimal


def s_curve(
    baseline: Sequence[Activity], updates: Sequence[tuple[dt.date, Sequence[Activity]]]
) -> tuple[tuple[CurvePoint, ...], tuple[CurvePoint, ...]]:
    """(planned, actual): the baseline's planned % complete at its first day and each
    month end of its span; each update's % complete at its data date."""
    starts = [a.start for a in baseline if a.start is not None]
    finishes = [a.finish for a in baseline if a.finish is not None]
    planned: list[CurvePoint] = []
    if starts and finishes:
        first, last = min(starts), max(finishes)
        ends = month_ends(first, last)
        days = ends if (ends[0] - first).days < 15 else [first, *ends]
        for day in days:
            pct = planned_percent(baseline, day)
            if pct is not None:
                planned.append(CurvePoint(day, pct))
    actual = [
        CurvePoint(day, pct) for day, acts in updates if (pct := actual_percent(acts)) is not None
    ]
    return tuple(planned), tuple(actual)
