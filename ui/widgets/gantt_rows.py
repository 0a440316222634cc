"""The Gantt's rows, Qt-free: each activity as the chart draws it (day numbers, not
dates), a heading row for each WBS node the filter leaves activities in, and the filter
(WBS, critical path, float, location, words).

``chart_rows`` turns an update's activities into ``GanttRow``s once (10,000 in a few
milliseconds); ``visible_rows`` picks those a filter admits and puts each WBS group's
heading, with a summary bar over what it shows, before its activities. Days are date
ordinals; a bar runs from its first day to the day after its last (``end`` is exclusive),
so a one-day task is one day wide and a milestone has ``start == end``.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from executrek.models.records.schedule.queries import Activity
from executrek.models.records.schedule.vocab import ActivityKind

SEPARATOR = " › "  # between the levels of a location path
HIGH_FLOAT = Decimal(44)  # working days: the DCMA's high float
LOW_FLOAT = Decimal(10)


class RowKind(enum.IntEnum):
    GROUP = 0  # a WBS heading (the summary of the activities shown under it)
    TASK = 1
    MILESTONE = 2
    SUMMARY = 3  # a summary activity of the file (MS Project summary task)
    LOE = 4  # level of effort


class FloatBand(enum.StrEnum):
    ANY = "any"
    NEGATIVE = "negative"  # total float below zero
    LOW = "low"  # at most LOW_FLOAT working days
    HIGH = "high"  # more than HIGH_FLOAT working days


@dataclass(slots=True)
class GanttRow:
    """One row of the table and the chart."""

    kind: RowKind
    code: str
    name: str
    wbs: str  # the WBS path ("" for none)
    start: int | None  # first day (ordinal)
    end: int | None  # the day after the last (milestone: == start)
    base_start: int | None  # the same activity in the update compared with
    base_end: int | None
    critical: bool = False
    done: float = 0.0  # share complete, 0..1
    total_float: Decimal | None = None
    activity: Activity | None = None  # None for a WBS heading

    @property
    def is_group(self) -> bool:
        return self.kind is RowKind.GROUP


@dataclass(frozen=True)
class Filter:
    """What the chart shows: a WBS node and below (None: all), the critical path only, a
    float band, a location and below, and words in the code or name."""

    wbs: str | None = None
    critical: bool = False
    band: FloatBand = FloatBand.ANY
    location: str | None = None
    text: str = ""

    @property
    def narrows(self) -> bool:
        return bool(
            self.wbs
            or self.critical
            or self.band is not FloatBand.ANY
            or self.location
            or self.text
        )


_TASK, _MILESTONE, _SUMMARY, _LOE = RowKind.TASK, RowKind.MILESTONE, RowKind.SUMMARY, RowKind.LOE
_A_MILESTONE, _A_SUMMARY, _A_LOE = ActivityKind.MILESTONE, ActivityKind.SUMMARY, ActivityKind.LOE


def _days(a: Activity, milestone: bool) -> tuple[int | None, int | None]:
    """``a``'s bar as (first day, the day after the last); a milestone's (day, day)."""
    s, f = a.start, a.finish
    if f is not None:
        last = f.toordinal()
        first = s.toordinal() if s is not None else last
    elif s is not None:
        first = last = s.toordinal()
    else:
        return None, None
    if milestone:
        return last, last
    return first, (last if last > first else first) + 1


def chart_rows(
    activities: Iterable[Activity], compared: Mapping[str, Activity] | None = None
) -> list[GanttRow]:
    """Every activity as a row, WBS groups in the order they start (within a group, the
    order given); ``compared`` (code → the activity in the update compared with) gives
    the bars drawn under the current ones. Plain compares only: 10,000 activities are
    a few milliseconds' work."""
    out: list[GanttRow] = []
    append = out.append
    other = compared or {}
    for a in activities:
        k = a.kind  # identity compares: a StrEnum hashes through Python code
        kind = (
            _MILESTONE
            if k is _A_MILESTONE
            else _SUMMARY
            if k is _A_SUMMARY
            else _LOE
            if k is _A_LOE
            else _TASK
        )
        milestone = kind is _MILESTONE
        start, end = _days(a, milestone)
        b = other.get(a.code)
        base_start, base_end = _days(b, milestone) if b is not None else (None, None)
        if a.actual_finish is not None:
            done = 1.0
        else:
            pct = a.pct_duration if a.pct_duration is not None else a.pct_physical
            done = 0.0 if not pct else min(1.0, max(0.0, float(pct) / 100))
        append(
            GanttRow(
                kind,
                a.code,
                a.name,
                a.wbs_path or "",
                start,
                end,
                base_start,
                base_end,
                a.critical,
                done,
                a.total_float,
                a,
            )
        )
    return by_group_start(out)


def by_group_start(rows: list[GanttRow]) -> list[GanttRow]:
    """``rows`` with each WBS path's rows together, the groups by their first start."""
    first: dict[str, int] = {}
    for r in rows:
        if r.start is not None and (r.wbs not in first or r.start < first[r.wbs]):
            first[r.wbs] = r.start
    late = 10**9
    order = {wbs: (first.get(wbs, late), wbs) for wbs in dict.fromkeys(r.wbs for r in rows)}
    rank = {wbs: i for i, wbs in enumerate(sorted(order, key=order.__getitem__))}
    return sorted(rows, key=lambda r: rank[r.wbs])  # stable: the order within a group


def _under(path: str, node: str) -> bool:
    return path == node or path.startswith(node + ".")


def _at(paths: Sequence[str], place: str) -> bool:
    return any(p == place or p.startswith(place + SEPARATOR) for p in paths)


def admits(
    flt: Filter, row: GanttRow, locations: Mapping[str, Sequence[str]] | None = None
) -> bool:
    """Whether ``row`` (an activity) passes ``flt``."""
    if flt.wbs and not _under(row.wbs, flt.wbs):
        return False
    if flt.critical and not row.critical:
        return False
    if flt.band is not FloatBand.ANY:
        tf = row.total_float
        if tf is None:
            return False
        if flt.band is FloatBand.NEGATIVE and not tf < 0:
            return False
        if flt.band is FloatBand.LOW and not tf <= LOW_FLOAT:
            return False
        if flt.band is FloatBand.HIGH and not tf > HIGH_FLOAT:
            return False
    if flt.location and not _at((locations or {}).get(row.code, ()), flt.location):
        return False
    if flt.text:
        words = flt.text.casefold()
        return words in row.code.casefold() or words in row.name.casefold()
    return True


def visible_rows(
    rows: Sequence[GanttRow],
    flt: Filter,
    wbs_names: Mapping[str, str] | None = None,
    locations: Mapping[str, Sequence[str]] | None = None,
    unnamed: str = "",
) -> list[GanttRow]:
    """The rows ``flt`` admits, each WBS group under a heading row whose bar spans what
    it shows (``wbs_names``: path → name for the heading; ``unnamed`` heads the
    activities outside any WBS)."""
    out: list[GanttRow] = []
    names = wbs_names or {}
    group: GanttRow | None = None
    narrows = flt.narrows
    for row in rows:
        if narrows and not admits(flt, row, locations):
            continue
        if group is None or group.wbs != row.wbs:
            group = GanttRow(
                RowKind.GROUP,
                row.wbs,
                names.get(row.wbs) or row.wbs or unnamed,
                row.wbs,
                None,
                None,
                None,
                None,
            )
            out.append(group)
        _widen(group, row)
        out.append(row)
    return out


def _widen(group: GanttRow, row: GanttRow) -> None:
    """Stretch the heading's bars over ``row``'s (the summary of what the group shows)."""
    if row.start is not None and row.end is not None:
        group.start = row.start if group.start is None else min(group.start, row.start)
        group.end = row.end if group.end is None else max(group.end, row.end)
        group.critical = group.critical or row.critical
    if row.base_start is not None and row.base_end is not None:
        group.base_start = (
            row.base_start if group.base_start is None else min(group.base_start, row.base_start)
        )
        group.base_end = (
            row.base_end if group.base_end is None else max(group.base_end, row.base_end)
        )


def day_span(rows: Iterable[GanttRow]) -> tuple[int, int] | None:
    """The first and the last-plus-one day any bar of ``rows`` covers."""
    first: int | None = None
    last: int | None = None
    for r in rows:
        for a, b in ((r.start, r.end), (r.base_start, r.base_end)):
            if a is not None and b is not None:
                first = a if first is None else min(first, a)
                last = b if last is None else max(last, b)
    return None if first is None or last is None else (first, last)
