"""The forward pass over an update's logic (pure): early dates from the data date, the
remaining durations, the relationships with their lags and the date constraints, each
activity on its own calendar. The quality check's critical path test delays one critical
activity and reruns it; the look-ahead and the page may read the early dates.

Summaries and level-of-effort activities take no part (their dates follow the others);
completed activities keep their actual dates. A loop in the logic is broken where it is
found and its activities are reported.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict, deque
from dataclasses import dataclass, field

from executrek.models.records.schedule.queries import Activity, UpdateData
from executrek.models.records.schedule.workdays import MONDAY_TO_FRIDAY, Workdays

_START_CONSTRAINTS = {"snet", "mso", "mandatory_start"}
_FINISH_CONSTRAINTS = {"fnet", "mfo", "mandatory_finish"}


@dataclass
class Pass:
    """Early start and end moments (day ordinals; an end is the start of the day after
    the last day worked) of the activities that took part."""

    start: dict[str, int]
    end: dict[str, int]
    finish: int  # the latest end: the project's early finish moment
    looped: list[str] = field(default_factory=list)  # activity ids in logic loops

    @property
    def finish_date(self) -> dt.date:
        return dt.date.fromordinal(self.finish - 1)


def calendars_of(data: UpdateData) -> tuple[dict[str, Workdays], Workdays]:
    """The update's calendars as ``Workdays`` (and the default: the most used, else
    Monday to Friday) around its data date."""
    when = data.update.data_date
    cals = {
        c.code: Workdays.around(c.work_week, c.holidays, when)
        for c in data.calendars
        if "1" in c.work_week[:7]
    }
    used: dict[str, int] = defaultdict(int)
    for a in data.activities:
        if a.calendar_code in cals:
            used[a.calendar_code] += 1
    default = (
        cals[max(used, key=used.__getitem__)]
        if used
        else Workdays.around(MONDAY_TO_FRIDAY, (), when)
    )
    return cals, default


def duration_of(a: Activity) -> int:
    """Working days still to do (whole days, rounded up)."""
    if a.complete:
        return 0
    value = a.remaining_duration if a.remaining_duration is not None else a.original_duration
    return max(0, math.ceil(value)) if value is not None else 0


@dataclass
class Network:
    """An update's logic prepared once for any number of passes: the tasks and
    milestones in topological order, each with its calendar, duration, earliest start
    from its constraint and its predecessors (index, type, lag, the predecessor's
    calendar)."""

    ids: list[str]
    order: list[int]
    cal: list[Workdays]
    duration: list[int]
    fixed: list[tuple[int, int] | None]  # a finished activity's (start, end) moments
    started: list[int | None]  # an unfinished activity's actual start (ordinal)
    earliest: list[int]
    need_end: list[int]
    preds: list[list[tuple[int, str, int, Workdays]]]
    looped: list[str]
    data_day: int  # the data date's ordinal: the finish of a network with no activities


def prepare(data: UpdateData, cals: dict[str, Workdays], default: Workdays) -> Network:
    """The network of ``data``'s tasks and milestones (loops broken where found)."""
    acts = [a for a in data.activities if a.is_work]
    index = {a.id: i for i, a in enumerate(acts)}
    cal = [cals.get(a.calendar_code or "", default) for a in acts]
    preds: list[list[tuple[int, str, int, Workdays]]] = [[] for _ in acts]
    succs: list[list[int]] = [[] for _ in acts]
    waiting = [0] * len(acts)
    for link in data.links:
        p, q = index.get(link.predecessor_id), index.get(link.successor_id)
        if p is None or q is None:
            continue
        lag = math.ceil(link.lag_days) if link.lag_days >= 0 else -math.ceil(-link.lag_days)
        preds[q].append((p, str(link.kind), lag, cal[p]))
        succs[p].append(q)
        waiting[q] += 1
    data_day = data.update.data_date.toordinal()
    fixed: list[tuple[int, int] | None] = []
    earliest, need_end = [], []
    for a in acts:
        fixed.append(_actual(a, data_day) if a.complete else None)
        first, end = data_day, 0
        if a.constraint_type in _START_CONSTRAINTS and a.constraint_date is not None:
            first = max(first, a.constraint_date.toordinal())
        if a.constraint_type in _FINISH_CONSTRAINTS and a.constraint_date is not None:
            end = a.constraint_date.toordinal() + 1
        earliest.append(first)
        need_end.append(end)
    ready = deque(sorted((i for i, n in enumerate(waiting) if n == 0), key=lambda i: acts[i].code))
    placed = [False] * len(acts)
    order: list[int] = []
    looped: list[str] = []
    while len(order) < len(acts):
        if not ready:  # a loop: take the first unplaced activity regardless
            stuck = next(i for i, done in enumerate(placed) if not done)
            looped.append(acts[stuck].id)
            ready.append(stuck)
        i = ready.popleft()
        if placed[i]:
            continue
        placed[i] = True
        order.append(i)
        for nxt in succs[i]:
            waiting[nxt] -= 1
            if waiting[nxt] == 0 and not placed[nxt]:
                ready.append(nxt)
    return Network(
        ids=[a.id for a in acts],
        order=order,
        cal=cal,
        duration=[duration_of(a) for a in acts],
        fixed=fixed,
        started=[a.actual_start.toordinal() if a.actual_start else None for a in acts],
        earliest=earliest,
        need_end=need_end,
        preds=preds,
        looped=looped,
        data_day=data_day,
    )


def _actual(a: Activity, data_day: int) -> tuple[int, int]:
    first = a.actual_start or a.start or a.actual_finish or a.finish
    last = a.actual_finish or a.finish or first
    s = first.toordinal() if first else data_day
    return s, (s if a.kind == "milestone" else (last.toordinal() + 1 if last else s))


def run(net: Network, delay: dict[str, int] | None = None) -> Pass:
    """Early dates of every task and milestone; ``delay`` adds working days to the
    remaining duration of the activities it names (the critical path test)."""
    size = len(net.ids)
    start = [0] * size
    end = [0] * size
    duration = list(net.duration)
    if delay:
        where = {a: i for i, a in enumerate(net.ids)}
        for aid, days in delay.items():
            if aid in where:
                duration[where[aid]] += days
    done = [False] * size
    for i in net.order:
        done[i] = True
        fixed = net.fixed[i]
        if fixed is not None:
            start[i], end[i] = fixed
            continue
        cal, d = net.cal[i], duration[i]
        first, need = net.earliest[i], net.need_end[i]
        for p, kind, lag, pcal in net.preds[i]:
            if not done[p]:
                continue  # a link broken out of a loop
            if kind == "FS":
                first = max(first, pcal.shift(end[p], lag))
            elif kind == "SS":
                first = max(first, pcal.shift(start[p], lag))
            elif kind == "FF":
                need = max(need, pcal.shift(end[p], lag))
            else:  # SF
                need = max(need, pcal.shift(start[p], lag))
        s = cal.start_on(first)
        if need and cal.end_after(s, d) < need:
            s = (
                cal.start_on(need)
                if d == 0
                else cal.at(max(cal.index(s), cal.index(need - 1) - d + 1))
            )
        started = net.started[i]
        start[i] = started if started is not None else s
        end[i] = cal.end_after(s, d)
    finish = max(end, default=net.data_day)
    return Pass(
        dict(zip(net.ids, start, strict=True)),
        dict(zip(net.ids, end, strict=True)),
        finish,
        list(net.looped),
    )


def driving_critical(data: UpdateData) -> Activity | None:
    """The activity the critical path test delays: an unfinished task with duration
    flagged critical (lowest total float, then earliest start); without critical flags,
    the unfinished task of lowest float."""
    tasks = [a for a in data.activities if a.is_work and not a.complete and duration_of(a) > 0]
    flagged = [a for a in tasks if a.critical] or tasks
    if not flagged:
        return None
    return min(
        flagged,
        key=lambda a: (
            a.total_float if a.total_float is not None else 0,
            a.start or dt.date.max,
            a.code,
        ),
    )
