"""The programme quality check: the DCMA 14-point assessment over one update (pure).

Each point has its count, the population it is counted over, the DCMA threshold, pass
or fail and the offending activities. Counted over unfinished tasks and milestones
(summaries and level-of-effort activities left out) unless a point says otherwise. The
logic point exempts the programme's one open start and one open finish (the first
activity without predecessor, the last without successor): every programme has them.
Baseline dates come from the baseline update (by activity code) when there is one, else
from the planned dates the file carries.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal

from executrek.models.records.schedule.network import (
    calendars_of,
    driving_critical,
    prepare,
    run,
)
from executrek.models.records.schedule.queries import Activity, Link, UpdateData
from executrek.models.records.schedule.vocab import HARD_CONSTRAINTS
from executrek.models.records.schedule.workdays import Workdays

HIGH_DAYS = Decimal(44)  # working days: high float, high duration
TEST_DELAY = 20  # working days the critical path test adds
_HARD = frozenset(c.value for c in HARD_CONSTRAINTS)


@dataclass(frozen=True)
class Offender:
    code: str
    name: str
    detail: str = ""  # what about it (a float, a lag, a date)


@dataclass(frozen=True)
class Point:
    """One point of the assessment. ``value`` is the measure compared with
    ``threshold`` (a percent, a count or an index, as ``unit`` says); ``passed`` is None
    for a point reported without a threshold (resources)."""

    number: int
    key: str
    title: str
    count: int
    population: int
    value: Decimal | None
    unit: str  # "%", "count", "index"
    threshold: str  # "≤ 5 %", "0", "≥ 0.95"
    passed: bool | None
    offenders: tuple[Offender, ...] = ()


@dataclass(frozen=True)
class QualityReport:
    update_number: str
    data_date: dt.date
    points: tuple[Point, ...]

    @property
    def failed(self) -> int:
        return sum(1 for p in self.points if p.passed is False)

    @property
    def passed(self) -> int:
        return sum(1 for p in self.points if p.passed is True)


def _pct(count: int, population: int) -> Decimal:
    if not population:
        return Decimal(0)
    return (Decimal(count) * 100 / population).quantize(Decimal("0.1"))


def _point(
    number: int,
    key: str,
    title: str,
    offenders: list[Offender],
    population: int,
    *,
    limit_pct: Decimal | None = None,
    zero: bool = False,
) -> Point:
    count = len(offenders)
    if zero:
        value, unit, threshold, passed = Decimal(count), "count", "0", count == 0
    else:
        assert limit_pct is not None
        value = _pct(count, population)
        unit, threshold, passed = "%", f"≤ {limit_pct} %", value <= limit_pct
    return Point(
        number, key, title, count, population, value, unit, threshold, passed, tuple(offenders)
    )


def _o(a: Activity, detail: str = "") -> Offender:
    return Offender(a.code, a.name, detail)


def check(data: UpdateData, baseline: UpdateData | None = None) -> QualityReport:
    """The 14 points for ``data``; ``baseline`` supplies the baseline finish dates."""
    acts = data.activities
    by_id = data.by_id()
    dd = data.update.data_date
    open_work = [a for a in acts if a.is_work and not a.complete]
    open_ids = {a.id for a in open_work}
    base_finish = _baseline_finishes(acts, baseline)
    rel = [x for x in data.links if x.predecessor_id in open_ids or x.successor_id in open_ids]
    cals, default = calendars_of(data)
    points = [
        _logic(data, open_work),
        _point(
            2,
            "leads",
            "Leads (negative lags)",
            _lags(rel, by_id, lambda lag: lag < 0),
            len(rel),
            zero=True,
        ),
        _point(
            3,
            "lags",
            "Lags",
            _lags(rel, by_id, lambda lag: lag > 0),
            len(rel),
            limit_pct=Decimal(5),
        ),
        _relationship_types(rel, by_id),
        _point(
            5,
            "hard_constraints",
            "Hard constraints",
            [
                _o(a, f"{a.constraint_type} {a.constraint_date or ''}".strip())
                for a in open_work
                if a.constraint_type in _HARD
            ],
            len(open_work),
            limit_pct=Decimal(5),
        ),
        _point(
            6,
            "high_float",
            "High float (> 44 working days)",
            _floats(open_work, lambda f: f > HIGH_DAYS),
            len(open_work),
            limit_pct=Decimal(5),
        ),
        _point(
            7,
            "negative_float",
            "Negative float",
            _floats(open_work, lambda f: f < 0),
            len(open_work),
            zero=True,
        ),
        _high_duration(open_work),
        _point(
            9,
            "invalid_dates",
            "Invalid dates",
            list(_invalid_dates(acts, dd)),
            sum(1 for a in acts if a.is_work),
            zero=True,
        ),
        _resources(open_work),
        _missed(acts, base_finish, dd),
        _critical_path_test(data, cals, default),
        _cpli(data, open_work, default),
        _bei(acts, base_finish, dd),
    ]
    return QualityReport(data.update.number, dd, tuple(points))


def _lags(
    rel: list[Link], by_id: dict[str, Activity], test: Callable[[Decimal], bool]
) -> list[Offender]:
    """The successors of the relationships whose lag passes ``test``, with the link."""
    return [
        _o(by_id[x.successor_id], f"{x.kind} {x.lag_days:+} d from {by_id[x.predecessor_id].code}")
        for x in rel
        if test(x.lag_days)
    ]


def _floats(acts: list[Activity], test: Callable[[Decimal], bool]) -> list[Offender]:
    """The activities whose total float passes ``test``, with their float."""
    return [
        _o(a, f"{a.total_float} d")
        for a in acts
        if a.total_float is not None and test(a.total_float)
    ]


def _baseline_finishes(acts: list[Activity], baseline: UpdateData | None) -> dict[str, dt.date]:
    """Activity code → baseline finish."""
    out = {a.code: a.planned_finish for a in acts if a.planned_finish is not None}
    if baseline is not None:
        for b in baseline.activities:
            if b.finish is not None:
                out[b.code] = b.finish
    return out


def _logic(data: UpdateData, open_work: list[Activity]) -> Point:
    has_pred = {x.successor_id for x in data.links}
    has_succ = {x.predecessor_id for x in data.links}
    work = [a for a in data.activities if a.is_work]
    no_pred = [a for a in work if a.id not in has_pred]
    no_succ = [a for a in work if a.id not in has_succ]
    exempt = set()
    if no_pred:
        exempt.add(("pred", min(no_pred, key=lambda a: (a.start or dt.date.max, a.code)).id))
    if no_succ:
        exempt.add(("succ", max(no_succ, key=lambda a: (a.finish or dt.date.min, a.code)).id))
    offenders = []
    for a in open_work:
        missing = []
        if a.id not in has_pred and ("pred", a.id) not in exempt:
            missing.append("no predecessor")
        if a.id not in has_succ and ("succ", a.id) not in exempt:
            missing.append("no successor")
        if missing:
            offenders.append(_o(a, ", ".join(missing)))
    return _point(1, "logic", "Missing logic", offenders, len(open_work), limit_pct=Decimal(5))


def _relationship_types(rel: list[Link], by_id: dict[str, Activity]) -> Point:
    others = [x for x in rel if x.kind != "FS"]
    fs = len(rel) - len(others)
    value = _pct(fs, len(rel)) if rel else Decimal(100)
    return Point(
        4,
        "relationship_types",
        "Relationship types (finish-to-start)",
        len(others),
        len(rel),
        value,
        "%",
        "≥ 90 % FS",
        value >= 90,
        tuple(
            _o(by_id[x.successor_id], f"{x.kind} from {by_id[x.predecessor_id].code}")
            for x in others
        ),
    )


def _high_duration(open_work: list[Activity]) -> Point:
    tasks = [a for a in open_work if a.kind == "task"]
    offenders = []
    for a in tasks:
        days = a.remaining_duration if a.actual_start is not None else a.original_duration
        if days is not None and days > HIGH_DAYS:
            offenders.append(_o(a, f"{days} d"))
    return _point(
        8,
        "high_duration",
        "High duration (> 44 working days)",
        offenders,
        len(tasks),
        limit_pct=Decimal(5),
    )


def _invalid_dates(acts: Iterable[Activity], dd: dt.date) -> Iterable[Offender]:
    for a in acts:
        if not a.is_work:
            continue
        if a.actual_start is not None and a.actual_start > dd:
            yield _o(a, f"actual start {a.actual_start} after the data date")
        elif a.actual_finish is not None and a.actual_finish > dd:
            yield _o(a, f"actual finish {a.actual_finish} after the data date")
        elif not a.complete and a.finish is not None and a.finish < dd:
            yield _o(a, f"forecast finish {a.finish} before the data date")
        elif a.actual_start is None and a.start is not None and a.start < dd:
            yield _o(a, f"forecast start {a.start} before the data date")


def _resources(open_work: list[Activity]) -> Point:
    tasks = [a for a in open_work if a.kind == "task"]
    known = [a for a in tasks if a.resource_count is not None]
    offenders = [_o(a) for a in known if a.resource_count == 0]
    return Point(
        10,
        "resources",
        "Resources",
        len(offenders),
        len(known),
        _pct(len(offenders), len(known)),
        "%",
        "report only",
        None,
        tuple(offenders),
    )


def _missed(acts: list[Activity], base: dict[str, dt.date], dd: dt.date) -> Point:
    due = [a for a in acts if a.is_work and a.code in base and base[a.code] <= dd]
    offenders = [
        _o(a, f"baseline finish {base[a.code]}")
        for a in due
        if a.actual_finish is None or a.actual_finish > base[a.code]
    ]
    return _point(11, "missed", "Missed activities", offenders, len(due), limit_pct=Decimal(5))


def _critical_path_test(data: UpdateData, cals: dict[str, Workdays], default: Workdays) -> Point:
    probe = driving_critical(data)
    title = "Critical path test"
    if probe is None:
        return Point(12, "critical_path_test", title, 0, 0, None, "count", "passes", True)
    net = prepare(data, cals, default)
    before = run(net)
    after = run(net, {probe.id: TEST_DELAY})
    moved = default.count(dt.date.fromordinal(before.finish), dt.date.fromordinal(after.finish))
    passed = moved >= TEST_DELAY
    detail = f"delayed {TEST_DELAY} d, the finish moved {moved} d"
    offenders = () if passed else (_o(probe, detail),)
    return Point(
        12,
        "critical_path_test",
        title,
        0 if passed else 1,
        1,
        Decimal(moved),
        "count",
        "passes",
        passed,
        offenders,
    )


def _cpli(data: UpdateData, open_work: list[Activity], default: Workdays) -> Point:
    finish = data.update.finish_date
    length = default.count(data.update.data_date, finish) if finish else 0
    floats = [a.total_float for a in open_work if a.critical and a.total_float is not None]
    total_float = min(floats) if floats else Decimal(0)
    title = "Critical path length index (CPLI)"
    if length <= 0:
        return Point(13, "cpli", title, 0, 0, None, "index", "≥ 0.95", None)
    value = ((Decimal(length) + total_float) / length).quantize(Decimal("0.01"))
    return Point(13, "cpli", title, 0, length, value, "index", "≥ 0.95", value >= Decimal("0.95"))


def _bei(acts: list[Activity], base: dict[str, dt.date], dd: dt.date) -> Point:
    due = [a for a in acts if a.is_work and a.code in base and base[a.code] <= dd]
    done = [a for a in acts if a.is_work and a.actual_finish is not None and a.actual_finish <= dd]
    title = "Baseline execution index (BEI)"
    if not due:
        return Point(14, "bei", title, len(done), 0, None, "index", "≥ 0.95", None)
    value = (Decimal(len(done)) / len(due)).quantize(Decimal("0.01"))
    return Point(
        14, "bei", title, len(done), len(due), value, "index", "≥ 0.95", value >= Decimal("0.95")
    )
