"""A payment application checked against the field: for each line, the claimed %
complete beside what the app holds about that work — the linked schedule activities' %
complete in the latest update, the contractor's manpower and work in the site diary over
the application's period, and the contractor's open NCRs and punch items — with
over-claims flagged and a withholding suggested. Reads only.

Per line (``docs/cost.md``, "Checked against the field"):

* claimed % = G ÷ C of the claim (previous + claimed work + claimed stored, over the
  scheduled value; none when C is 0);
* schedule % = the linked activity codes' % complete in the latest schedule update
  (physical % where the file has it, else duration %; a complete activity with neither
  is 100, one not started 0), weighted by original duration when several (plainly
  averaged when none has a duration); none when no linked code is in the update;
* diary days and workers: the days of the period with the contractor's manpower on
  them, and their worker-days (on a day two authors both counted the crew, the larger
  count is taken); the same on every line of the application;
* diary work notes: the period's work entries at the line's location or below that
  are the contractor's or nobody's, or, for a line without a location, those of the
  contractor (its organisation, or its text naming the contractor);
* open NCRs and punch items: the contractor's non-conformances still open (draft, open,
  responded) and punch items not closed or void, at the line's location or below when
  it has one;
* over-claim: claimed % − schedule % > ``threshold_pct``; ``over_by_pct`` is that
  difference (negative when the schedule is ahead), none without a schedule %;
* suggested withholding (a PMO convention, ``NCR_HOLDBACK_PCT``): nothing on a line with
  no open NCR; otherwise the over-claimed value (G of the claim − schedule % × C, when
  the line is over-claimed) plus 10 % of the work claimed this period for each open NCR,
  never more than the line's claim this period (work + stored).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy.orm import Session

from executrek.models.errors import QT_TRANSLATE_NOOP, NotFoundError
from executrek.models.records.cost.certificate import round_cents
from executrek.models.records.cost.checks import cents
from executrek.models.records.cost.figures import latest_update_id, pct, sql_of
from executrek.models.vocab import LIVE, OPEN_ISSUE, IssueType

# PMO convention: the share of a line's work claimed this period withheld for each open
# non-conformance on it (until the defect is put right).
NCR_HOLDBACK_PCT = Decimal(10)
HUNDRED = Decimal(100)


@dataclass(frozen=True, slots=True)
class LineEvidence:
    line_id: str  # the pay application line
    item: str
    claimed_pct: Decimal | None
    schedule_pct: Decimal | None
    activity_codes: tuple[str, ...]
    diary_days: int
    diary_workers: int  # worker-days in the period
    diary_work_notes: list[str]  # "2026-10-14: Level 2 east, partitions boarded"
    open_ncrs: int
    open_punch: int
    over_claim: bool
    over_by_pct: Decimal | None
    suggested_withholding: Decimal


_HEADER_SQL = """
SELECT pa.project_id, pa.contractor_id, pa.period_start, pa.period_end, coalesce(o.name, '')
FROM pay_applications pa LEFT JOIN organisations o ON o.id = pa.contractor_id
WHERE pa.id = ? AND pa.deleted_at IS NULL
"""
_LINES_SQL = """
SELECT pal.id, s.id, s.item, s.scheduled_value, pal.previous, pal.claimed_work,
       pal.claimed_stored, s.location_id
FROM pay_application_lines pal JOIN sov_lines s ON s.id = pal.sov_line_id
WHERE pal.pay_application_id = ? AND pal.deleted_at IS NULL
ORDER BY pal.position, s.position
"""
_ACTIVITIES_SQL = """
SELECT sa.sov_line_id, sa.activity_code, a.id, a.status, a.pct_physical, a.pct_duration,
       a.original_duration
FROM pay_application_lines pal
JOIN sov_activities sa ON sa.sov_line_id = pal.sov_line_id AND sa.deleted_at IS NULL
LEFT JOIN schedule_activities a
       ON a.update_id = :u AND a.code = sa.activity_code AND a.deleted_at IS NULL
WHERE pal.pay_application_id = :a AND pal.deleted_at IS NULL
ORDER BY sa.activity_code
"""
_MANPOWER_SQL = """
SELECT count(*), coalesce(sum(workers), 0) FROM (
    SELECT day, max(n) AS workers FROM (
        SELECT d.day AS day, d.author_id, sum(m.headcount) AS n
        FROM diary_manpower m JOIN diary_days d ON d.id = m.day_id
        WHERE d.project_id = :p AND d.deleted_at IS NULL AND m.deleted_at IS NULL
          AND m.organisation_id = :o AND d.day BETWEEN :start AND :end
        GROUP BY d.day, d.author_id
    ) GROUP BY day HAVING max(n) > 0
)
"""
_WORK_SQL = """
SELECT d.day, w.description, w.location_id, w.organisation_id
FROM diary_work w JOIN diary_days d ON d.id = w.day_id
WHERE d.project_id = :p AND d.deleted_at IS NULL AND w.deleted_at IS NULL
  AND d.day BETWEEN :start AND :end
ORDER BY d.day, w.created_at, w.id
"""


def _open_locations(con: sqlite3.Connection, project: str, contractor: str) -> tuple[
    list[str | None], list[str | None]
]:  # fmt: skip
    """The locations of the contractor's open NCRs and of its live punch items."""
    issue_marks = ", ".join("?" for _ in OPEN_ISSUE)
    ncrs = [
        r[0]
        for r in con.execute(
            "SELECT location_id FROM contractor_issues WHERE project_id = ? "
            "AND contractor_id = ? AND issue_type = ? AND deleted_at IS NULL "
            f"AND status IN ({issue_marks})",
            (project, contractor, IssueType.NON_CONFORMANCE.value, *OPEN_ISSUE),
        )
    ]
    punch_marks = ", ".join("?" for _ in LIVE)
    punch = [
        r[0]
        for r in con.execute(
            "SELECT location_id FROM punch_items WHERE project_id = ? AND contractor_id = ? "
            f"AND deleted_at IS NULL AND status IN ({punch_marks})",
            (project, contractor, *(s.value for s in LIVE)),
        )
    ]
    return ncrs, punch


class _Places:
    """The project's location tree: a location and everything below it."""

    def __init__(self, con: sqlite3.Connection, project: str) -> None:
        self.children: dict[str, list[str]] = defaultdict(list)
        for lid, parent in con.execute(
            "SELECT id, parent_id FROM locations WHERE project_id = ? AND deleted_at IS NULL",
            (project,),
        ):
            if parent is not None:
                self.children[parent].append(lid)
        self._below: dict[str, frozenset[str]] = {}

    def below(self, location: str) -> frozenset[str]:
        """``location`` and its descendants."""
        found = self._below.get(location)
        if found is None:
            seen = {location}
            todo = [location]
            while todo:
                for child in self.children.get(todo.pop(), ()):
                    if child not in seen:
                        seen.add(child)
                        todo.append(child)
            found = self._below[location] = frozenset(seen)
        return found


def _activity_pct(status: str, physical: int | None, duration: int | None) -> Decimal | None:
    if physical is not None:
        return Decimal(physical).scaleb(-1)
    if duration is not None:
        return Decimal(duration).scaleb(-1)
    if status == "complete":
        return HUNDRED
    if status == "not_started":
        return Decimal(0)
    return None


def _schedule_pct(found: list[tuple[Decimal, Decimal]]) -> Decimal | None:
    """% complete weighted by original duration (a plain mean when no duration)."""
    if not found:
        return None
    weight = sum((w for _p, w in found), Decimal(0))
    if weight > 0:
        return pct(sum((p * w for p, w in found), Decimal(0)) / weight)
    return pct(sum((p for p, _w in found), Decimal(0)) / len(found))


def evidence_of(
    session: Session, pay_app_id: str, *, threshold_pct: Decimal = Decimal(10)
) -> list[LineEvidence]:
    """The evidence of every line of application ``pay_app_id``, in line order."""
    con = sql_of(session)
    header = con.execute(_HEADER_SQL, (pay_app_id,)).fetchone()
    if header is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "The payment application no longer exists.")
        )
    project, contractor, start, end, contractor_name = header
    update = latest_update_id(con, project)

    codes: dict[str, list[str]] = defaultdict(list)
    progress: dict[str, list[tuple[Decimal, Decimal]]] = defaultdict(list)
    for sov, code, act, status, physical, duration, length in con.execute(
        _ACTIVITIES_SQL, {"u": update, "a": pay_app_id}
    ):
        codes[sov].append(code)
        if act is None:
            continue
        value = _activity_pct(status, physical, duration)
        if value is not None:
            progress[sov].append((value, Decimal(length or 0).scaleb(-2)))

    period = {"p": project, "o": contractor, "start": start, "end": end}
    days, workers = con.execute(_MANPOWER_SQL, period).fetchone()
    work = con.execute(_WORK_SQL, period).fetchall()
    ncrs, punch = _open_locations(con, project, contractor)
    places = _Places(con, project)
    notes = _Notes(work, contractor, contractor_name.casefold())

    out = []
    for line_id, sov, item, c, d, e, f, location in con.execute(_LINES_SQL, (pay_app_id,)):
        within = places.below(location) if location is not None else None
        g = d + e + f
        claimed = pct(Decimal(g) * HUNDRED / Decimal(c)) if c else None
        schedule = _schedule_pct(progress.get(sov, []))
        over_by = claimed - schedule if claimed is not None and schedule is not None else None
        over = over_by is not None and over_by > threshold_pct
        open_ncrs = sum(1 for loc in ncrs if within is None or loc in within)
        suggested = Decimal(0)
        if open_ncrs:
            over_value = (
                max(cents(g) - round_cents(cents(c) * schedule / HUNDRED), Decimal(0))
                if over and schedule is not None
                else Decimal(0)
            )
            holdback = round_cents(cents(e) * NCR_HOLDBACK_PCT * open_ncrs / HUNDRED)
            suggested = min(over_value + holdback, cents(e + f))
        out.append(
            LineEvidence(
                line_id=line_id,
                item=item,
                claimed_pct=claimed,
                schedule_pct=schedule,
                activity_codes=tuple(codes.get(sov, ())),
                diary_days=days,
                diary_workers=workers,
                diary_work_notes=notes.at(location, within),
                open_ncrs=open_ncrs,
                open_punch=sum(1 for loc in punch if within is None or loc in within),
                over_claim=over,
                over_by_pct=over_by,
                suggested_withholding=round_cents(suggested),
            )
        )
    return out


class _Notes:
    """The period's diary work notes of a line: the work entries at its location or below
    that are the contractor's or nobody's, or, for a line without a location, those of
    the contractor (its organisation, or its text naming it). Each entry's text is made
    once and the notes once per location (a review has hundreds of lines on a few
    floors)."""

    def __init__(
        self, work: list[tuple[str, str, str | None, str | None]], contractor: str, name: str
    ) -> None:
        self.placed: list[tuple[str | None, str]] = []  # the contractor's or nobody's
        self.unplaced: list[str] = []
        for day, text, location, org in work:
            note = f"{dt.date.fromisoformat(day).isoformat()}: {text}"
            if org in (None, contractor):
                self.placed.append((location, note))
            if org == contractor or (bool(name) and name in text.casefold()):
                self.unplaced.append(note)
        self._at: dict[str | None, list[str]] = {}

    def at(self, location: str | None, within: frozenset[str] | None) -> list[str]:
        """The notes of a line at ``location`` (``within``: it and the places below)."""
        found = self._at.get(location)
        if found is None:
            if within is None:
                found = self.unplaced
            else:
                found = [note for place, note in self.placed if place in within]
            self._at[location] = found
        return list(found)
