"""Read-only queries that gather what the printed reports show, as plain frozen values
(no ORM objects leave a session). The log of issued reports is in ``issued_reports``.

Every query reads in one ``store.read()`` unit; lists of children (photos, histories,
lines, threads) are fetched in batches for all parents at once, so a 500-item punch
report costs a handful of queries, not thousands.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from executrek.models.common import Photo, PhotoLink
from executrek.models.directory import Organisation, OrgKind
from executrek.models.errors import QT_TRANSLATE_NOOP, ValidationError
from executrek.models.kinds import CHANGE_ORDER, ISSUE, PUNCH, RISK
from executrek.models.project import Location, Milestone, Project, Trade
from executrek.models.records.change_order.model import (
    ChangeOrder,
)
from executrek.models.records.issue.model import ContractorIssue
from executrek.models.records.punch.model import PunchItem
from executrek.models.records.risk.model import Risk
from executrek.models.records.row_fields import read_row
from executrek.models.services.common import load
from executrek.models.services.health import PunchGroup, punch_counts
from executrek.models.services.record_reads import PhotoRef
from executrek.models.store import Store

# --- projects -----------------------------------------------------------------------


@dataclass(frozen=True)
class ProjectHeader:
    id: str
    code: str
    name: str
    currency: str
    owner_name: str
    pmo_name: str
    address: str | None
    baseline_start: dt.date | None
    baseline_finish: dt.date | None
    forecast_finish: dt.date | None


def _org_name(s: Session, project_id: str, kind: OrgKind) -> str | None:
    return s.scalar(
        select(Organisation.name)
        .where(
            Organisation.project_id == project_id,
            Organisation.kind == kind.value,
            Organisation.deleted_at.is_(None),
        )
        .order_by(Organisation.name)
        .limit(1)
    )


def _header_in(s: Session, project: Project) -> ProjectHeader:
    owner = None
    if project.owner_org_id:
        org = s.get(Organisation, project.owner_org_id)
        owner = org.name if org else None
    pmo = None
    if project.pmo_org_id:
        org = s.get(Organisation, project.pmo_org_id)
        pmo = org.name if org else None
    return read_row(
        ProjectHeader,
        project,
        owner_name=owner or _org_name(s, project.id, OrgKind.OWNER) or project.name,
        pmo_name=pmo or _org_name(s, project.id, OrgKind.PMO) or "",
    )


def project_header(store: Store, project_id: str) -> ProjectHeader:
    with store.read() as s:
        return _header_in(s, load(s, Project, project_id, "Project"))


def _match(rows: Iterable[Sequence[Any]], wanted: str) -> str | None:
    """The id of the first row whose names (after the id) equal ``wanted``, compared
    case-insensitively in any script (SQLite's lower() only folds ASCII)."""
    key = wanted.strip().casefold()
    for row in rows:
        if any(name is not None and str(name).casefold() == key for name in row[1:]):
            return str(row[0])
    return None


def _find(
    store: Store,
    project_id: str,
    names: Sequence[Any],
    order_by: Any,
    wanted: str,
    field: str,
    refusal: str,
) -> str:
    """The id of the project's first live record (in ``order_by``) with one of ``names``
    (columns of one table) equal to ``wanted``, compared as ``_match`` does; none is
    refused on ``field`` with ``refusal`` (which names ``{name}``)."""
    table = names[0].class_
    with store.read() as s:
        rows = s.execute(
            select(table.id, *names)
            .where(table.project_id == project_id, table.deleted_at.is_(None))
            .order_by(order_by)
        )
        found = _match(rows, wanted)
    if found is None:
        raise ValidationError(field, refusal, name=wanted)
    return found


def find_organisation(store: Store, project_id: str, name: str) -> str:
    """The id of the organisation called ``name`` (case-insensitive) in the project."""
    refusal = QT_TRANSLATE_NOOP("Errors", "There is no organisation {name}.")
    return _find(
        store, project_id, (Organisation.name,), Organisation.name, name, "contractor", refusal
    )


def find_trade(store: Store, project_id: str, code_or_name: str) -> str:
    names = (Trade.code, Trade.name)
    refusal = QT_TRANSLATE_NOOP("Errors", "There is no trade {name}.")
    return _find(store, project_id, names, Trade.code, code_or_name, "trade", refusal)


def find_location(store: Store, project_id: str, code_or_name: str) -> str:
    names = (Location.code, Location.name, Location.path)
    refusal = QT_TRANSLATE_NOOP("Errors", "There is no location {name}.")
    return _find(store, project_id, names, Location.path, code_or_name, "location", refusal)


# --- photos -------------------------------------------------------------------------


def _period_bounds(start: dt.date, end: dt.date) -> tuple[dt.datetime, dt.datetime]:
    """The UTC instants from the start of ``start`` to the start of the day after ``end``."""
    lo = dt.datetime.combine(start, dt.time.min, dt.UTC)
    return lo, dt.datetime.combine(end + dt.timedelta(days=1), dt.time.min, dt.UTC)


@dataclass(frozen=True)
class PeriodPhoto:
    record_type: str
    record_id: str
    photo: PhotoRef


def photos_in_period(
    store: Store, project_id: str, start: dt.date, end: dt.date, limit: int = 12
) -> list[PeriodPhoto]:
    """Photos of the project captured (or, without a capture time, added) in the period."""
    lo, hi = _period_bounds(start, end)
    when = func.coalesce(Photo.captured_at, Photo.created_at)
    with store.read() as s:
        rows = s.execute(
            select(Photo, PhotoLink.record_type, PhotoLink.record_id, PhotoLink.role)
            .outerjoin(PhotoLink, (PhotoLink.photo_id == Photo.id) & PhotoLink.deleted_at.is_(None))
            .where(
                Photo.project_id == project_id,
                Photo.deleted_at.is_(None),
                when >= lo,
                when < hi,
            )
            .order_by(when, Photo.id)
        ).all()
    seen: set[str] = set()
    out: list[PeriodPhoto] = []
    for photo, record_type, record_id, role in rows:
        if photo.id in seen:
            continue
        seen.add(photo.id)
        ref = PhotoRef(
            record_id=record_id or "",
            sha256=photo.sha256,
            filename=photo.filename,
            caption=photo.caption,
            captured_at=photo.captured_at,
            role=role or "evidence",
            markup_json=json.dumps(photo.markup, sort_keys=True) if photo.markup else "",
        )
        out.append(PeriodPhoto(record_type or "project", record_id or "", ref))
    return out[-limit:] if limit else out


# --- punch ----------------------------------------------------------------------------


# --- inspections ----------------------------------------------------------------------


# --- change orders --------------------------------------------------------------------


# --- issues ---------------------------------------------------------------------------


# --- schedule and risks ---------------------------------------------------------------


@dataclass(frozen=True)
class MilestoneEntry:
    name: str
    baseline_date: dt.date
    forecast_date: dt.date | None
    actual_date: dt.date | None


def milestones(store: Store, project_id: str) -> list[MilestoneEntry]:
    with store.read() as s:
        return [
            MilestoneEntry(m.name, m.baseline_date, m.forecast_date, m.actual_date)
            for m in s.scalars(
                select(Milestone)
                .where(Milestone.project_id == project_id, Milestone.deleted_at.is_(None))
                .order_by(Milestone.baseline_date, Milestone.name)
            )
        ]


# --- status report measures -----------------------------------------------------------


PunchBreakdown = PunchGroup  # a row of punch items by contractor and status


def punch_breakdown(store: Store, project_id: str, today: dt.date) -> list[PunchGroup]:
    """Punch item counts by contractor and status, with how many are overdue: the groups
    every punch figure is summed from (``health.punch_counts``)."""
    return list(punch_counts(store, project_id, today).groups)


def punch_activity(store: Store, project_id: str, start: dt.date, end: dt.date) -> tuple[int, int]:
    """(raised, closed) punch items in the period."""
    lo, hi = _period_bounds(start, end)
    alive = (PunchItem.project_id == project_id, PunchItem.deleted_at.is_(None))
    with store.read() as s:
        raised = s.scalar(
            select(func.count())
            .select_from(PunchItem)
            .where(*alive, PunchItem.created_at >= lo, PunchItem.created_at < hi)
        )
        closed = s.scalar(
            select(func.count())
            .select_from(PunchItem)
            .where(*alive, PunchItem.closed_at >= lo, PunchItem.closed_at < hi)
        )
    return int(raised or 0), int(closed or 0)


@dataclass(frozen=True)
class RecordState:
    title: str
    status: str
    amount: str  # money records only ("" otherwise)


def record_states(store: Store, project_id: str) -> dict[str, dict[str, RecordState]]:
    """Every numbered record's state by kind and number, for "changes since the last
    report": punch items, issues, change orders and risks."""
    out: dict[str, dict[str, RecordState]] = {
        "punch": {},
        "issue": {},
        "change_order": {},
        "risk": {},
    }
    with store.read() as s:
        for num, draft, title, pst in s.execute(
            select(
                PunchItem.number, PunchItem.draft_number, PunchItem.title, PunchItem.status
            ).where(PunchItem.project_id == project_id, PunchItem.deleted_at.is_(None))
        ):
            out["punch"][PUNCH.display(num, draft)] = RecordState(title, pst.value, "")
        for kind, num, draft, title, ist in s.execute(
            select(
                ContractorIssue.issue_type,
                ContractorIssue.number,
                ContractorIssue.draft_number,
                ContractorIssue.title,
                ContractorIssue.status,
            ).where(ContractorIssue.project_id == project_id, ContractorIssue.deleted_at.is_(None))
        ):
            out["issue"][ISSUE.display(num, draft, kind)] = RecordState(title, ist.value, "")
        for tier, num, draft, title, cst, amount in s.execute(
            select(
                ChangeOrder.tier,
                ChangeOrder.number,
                ChangeOrder.draft_number,
                ChangeOrder.title,
                ChangeOrder.status,
                ChangeOrder.amount,
            ).where(ChangeOrder.project_id == project_id, ChangeOrder.deleted_at.is_(None))
        ):
            out["change_order"][CHANGE_ORDER.display(num, draft, tier)] = RecordState(
                title, cst.value, str(amount)
            )
        for num, draft, title, rst, p, i in s.execute(
            select(
                Risk.number,
                Risk.draft_number,
                Risk.title,
                Risk.status,
                Risk.probability,
                Risk.impact,
            ).where(Risk.project_id == project_id, Risk.deleted_at.is_(None))
        ):
            out["risk"][RISK.display(num, draft)] = RecordState(title, rst.value, str(p * i))
    return out
