"""Read-only queries that gather what the printed reports show, as plain frozen values
(no ORM objects leave a session). The log of issued reports is in ``issued_reports``.

Every query reads in one ``store.read()`` unit; lists of children (photos, histories,
lines, threads) are fetched in batches for all parents at once, so a 500-item punch
report costs a handful of queries, not thousands.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from executrek.models.change_order import (
    ChangeOrder,
    ChangeOrderEvent,
    ChangeOrderLine,
)
from executrek.models.common import Comment, Photo, PhotoLink
from executrek.models.directory import Organisation, OrgKind, User
from executrek.models.errors import NotFoundError, ValidationError
from executrek.models.inspection import (
    Inspection,
    InspectionItem,
    InspectionTemplate,
    Signature,
)
from executrek.models.issue import ContractorIssue, IssueStatusEvent
from executrek.models.kinds import CHANGE_ORDER, ISSUE, PUNCH, RISK
from executrek.models.project import Location, Milestone, Project, Trade
from executrek.models.punch import PunchItem, PunchStatusEvent
from executrek.models.records.risk.model import Risk
from executrek.models.services.common import load
from executrek.models.services.health import PunchGroup, punch_counts
from executrek.models.services.inspections import current_responses, inspection_number
from executrek.models.services.punch_list import PunchFilter, PunchSort, page
from executrek.models.store import Store

_BATCH = 500  # ids per IN (...) clause, well below SQLite's variable limit


def _chunks(ids: Sequence[str]) -> Iterable[Sequence[str]]:
    for start in range(0, len(ids), _BATCH):
        yield ids[start : start + _BATCH]


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
    return ProjectHeader(
        id=project.id,
        code=project.code,
        name=project.name,
        currency=project.currency,
        owner_name=owner or _org_name(s, project.id, OrgKind.OWNER) or project.name,
        pmo_name=pmo or _org_name(s, project.id, OrgKind.PMO) or "",
        address=project.address,
        baseline_start=project.baseline_start,
        baseline_finish=project.baseline_finish,
        forecast_finish=project.forecast_finish,
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


def find_organisation(store: Store, project_id: str, name: str) -> str:
    """The id of the organisation called ``name`` (case-insensitive) in the project."""
    with store.read() as s:
        found = _match(
            s.execute(
                select(Organisation.id, Organisation.name)
                .where(Organisation.project_id == project_id, Organisation.deleted_at.is_(None))
                .order_by(Organisation.name)
            ),
            name,
        )
    if found is None:
        raise ValidationError("contractor", "There is no organisation {name}.", name=name)
    return found


def find_trade(store: Store, project_id: str, code_or_name: str) -> str:
    with store.read() as s:
        found = _match(
            s.execute(
                select(Trade.id, Trade.code, Trade.name)
                .where(Trade.project_id == project_id, Trade.deleted_at.is_(None))
                .order_by(Trade.code)
            ),
            code_or_name,
        )
    if found is None:
        raise ValidationError("trade", "There is no trade {name}.", name=code_or_name)
    return found


def find_location(store: Store, project_id: str, code_or_name: str) -> str:
    with store.read() as s:
        found = _match(
            s.execute(
                select(Location.id, Location.code, Location.name, Location.path)
                .where(Location.project_id == project_id, Location.deleted_at.is_(None))
                .order_by(Location.path)
            ),
            code_or_name,
        )
    if found is None:
        raise ValidationError("location", "There is no location {name}.", name=code_or_name)
    return found


# --- photos -------------------------------------------------------------------------


@dataclass(frozen=True)
class PhotoRef:
    record_id: str
    sha256: str
    filename: str
    caption: str | None
    captured_at: dt.datetime | None
    role: str
    markup_json: str  # canonical JSON of the markup list ("" when none)


def _photos_in(s: Session, record_type: str, ids: Sequence[str]) -> dict[str, list[PhotoRef]]:
    out: dict[str, list[PhotoRef]] = defaultdict(list)
    for chunk in _chunks(list(ids)):
        rows = s.execute(
            select(PhotoLink.record_id, PhotoLink.role, Photo)
            .join(Photo, Photo.id == PhotoLink.photo_id)
            .where(
                PhotoLink.record_type == record_type,
                PhotoLink.record_id.in_(chunk),
                PhotoLink.deleted_at.is_(None),
                Photo.deleted_at.is_(None),
            )
            .order_by(Photo.captured_at, Photo.id)
        )
        for record_id, role, photo in rows:
            out[record_id].append(
                PhotoRef(
                    record_id=record_id,
                    sha256=photo.sha256,
                    filename=photo.filename,
                    caption=photo.caption,
                    captured_at=photo.captured_at,
                    role=role,
                    markup_json=json.dumps(photo.markup, sort_keys=True) if photo.markup else "",
                )
            )
    return dict(out)


def photos_for(store: Store, record_type: str, ids: Sequence[str]) -> dict[str, list[PhotoRef]]:
    """Photos linked to each of ``ids`` (records of ``record_type``), oldest first."""
    with store.read() as s:
        return _photos_in(s, record_type, ids)


@dataclass(frozen=True)
class PeriodPhoto:
    record_type: str
    record_id: str
    photo: PhotoRef


def photos_in_period(
    store: Store, project_id: str, start: dt.date, end: dt.date, limit: int = 12
) -> list[PeriodPhoto]:
    """Photos of the project captured (or, without a capture time, added) in the period."""
    lo = dt.datetime.combine(start, dt.time.min, dt.UTC)
    hi = dt.datetime.combine(end + dt.timedelta(days=1), dt.time.min, dt.UTC)
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


@dataclass(frozen=True)
class StatusStep:
    at: dt.datetime
    from_status: str | None
    to_status: str
    note: str | None
    by: str | None = None  # the display name of the user who made the change


@dataclass(frozen=True)
class PunchEntry:
    id: str
    number: str
    title: str
    status: str
    priority: str
    due_date: dt.date | None
    location: str | None
    contractor: str | None
    trade: str | None
    assignee: str | None
    created_at: dt.datetime
    updated_at: dt.datetime
    history: tuple[StatusStep, ...]
    photos: tuple[PhotoRef, ...]

    @property
    def closing(self) -> StatusStep | None:
        """The change that closed the item (the last one to "closed"), while it is closed:
        its date is the closed date and its user the one who verified the item."""
        if self.status != "closed":
            return None
        return next((s for s in reversed(self.history) if s.to_status == "closed"), None)


def punch_entries(
    store: Store,
    project_id: str,
    flt: PunchFilter = PunchFilter(),
    *,
    created_from: dt.date | None = None,
    created_to: dt.date | None = None,
    with_photos: bool = True,
) -> list[PunchEntry]:
    """Every punch item the filter selects, by number, with history and photos."""
    rows = []
    after = None
    while True:
        chunk = page(store, project_id, flt, PunchSort("number"), after=after, limit=2000)
        rows.extend(chunk.rows)
        if chunk.next_after is None:
            break
        after = chunk.next_after
    if created_from is not None or created_to is not None:
        lo = created_from or dt.date.min
        hi = created_to or dt.date.max
        rows = [r for r in rows if lo <= r.created_at.astimezone().date() <= hi]
    ids = [r.id for r in rows]
    history: dict[str, list[StatusStep]] = defaultdict(list)
    with store.read() as s:
        events: list[PunchStatusEvent] = []
        for chunk_ids in _chunks(ids):
            events += s.scalars(
                select(PunchStatusEvent)
                .where(PunchStatusEvent.punch_item_id.in_(chunk_ids))
                .order_by(PunchStatusEvent.created_at, PunchStatusEvent.id)
            ).all()
        users = _user_names(s, {ev.created_by for ev in events if ev.created_by})
        for ev in events:
            history[ev.punch_item_id].append(
                StatusStep(
                    ev.created_at,
                    ev.from_status,
                    ev.to_status,
                    ev.note,
                    users.get(ev.created_by or ""),
                )
            )
        photos = _photos_in(s, "punch_item", ids) if with_photos else {}
    return [
        PunchEntry(
            id=r.id,
            number=r.display_number,
            title=r.title,
            status=r.status.value,
            priority=r.priority.value,
            due_date=r.due_date,
            location=r.location,
            contractor=r.contractor,
            trade=r.trade,
            assignee=r.assignee,
            created_at=r.created_at,
            updated_at=r.updated_at,
            history=tuple(history.get(r.id, ())),
            photos=tuple(photos.get(r.id, ())),
        )
        for r in rows
    ]


# --- inspections ----------------------------------------------------------------------


@dataclass(frozen=True)
class ChecklistLine:
    item_id: str
    position: int
    section: str
    prompt: str
    critical: bool
    value: str | None
    outcome: str | None  # pass, fail, na, info; None when unanswered
    note: str | None
    unit: str | None
    deficiency: str | None  # the number of the punch item or issue it raised
    photos: tuple[PhotoRef, ...]


@dataclass(frozen=True)
class SignatureEntry:
    signer_name: str
    signer_role: str | None
    signed_at: dt.datetime
    strokes: tuple[tuple[tuple[float, float], ...], ...]


@dataclass(frozen=True)
class InspectionDetail:
    id: str
    number: str
    title: str
    template: str | None
    status: str
    inspection_date: dt.date
    location: str | None
    contractor: str | None
    inspector: str | None
    weather: str | None
    attendees: str | None
    notes: str | None
    pass_mark: Decimal
    score: Decimal | None
    result: str | None
    completed_at: dt.datetime | None
    lines: tuple[ChecklistLine, ...]
    signatures: tuple[SignatureEntry, ...]
    photos: tuple[PhotoRef, ...]  # photos of the inspection as a whole
    row_version: int
    updated_at: dt.datetime


def inspection_numbers(store: Store, project_id: str) -> list[tuple[int, str, dt.date]]:
    """(number, title, date) of the project's numbered inspections, newest first."""
    with store.read() as s:
        return [
            (int(n or 0), t, d)
            for n, t, d in s.execute(
                select(Inspection.number, Inspection.title, Inspection.inspection_date)
                .where(
                    Inspection.project_id == project_id,
                    Inspection.deleted_at.is_(None),
                    Inspection.number.is_not(None),
                )
                .order_by(Inspection.inspection_date.desc(), Inspection.number.desc())
            )
        ]


def inspection_detail(store: Store, project_id: str, number: int | None) -> InspectionDetail:
    """The inspection numbered ``number`` (INS-007 → 7), or when None the latest
    completed one (the latest of any state if none is completed)."""
    with store.read() as s:
        stmt = select(Inspection).where(
            Inspection.project_id == project_id, Inspection.deleted_at.is_(None)
        )
        if number is not None:
            stmt = stmt.where(Inspection.number == number)
        else:  # the latest, completed ones first
            stmt = stmt.order_by(
                (Inspection.status == "completed").desc(),
                Inspection.inspection_date.desc(),
                Inspection.number.desc(),
            )
        ins = s.scalars(stmt.limit(1)).first()
        if ins is None:
            raise NotFoundError(
                "Inspection {number} does not exist.",
                number=f"INS-{number:03d}" if number is not None else "",
            )
        items = list(
            s.scalars(
                select(InspectionItem)
                .where(InspectionItem.inspection_id == ins.id)
                .order_by(InspectionItem.position)
            )
        )
        answers = current_responses(s, ins.id)
        item_ids = [it.id for it in items]
        raised: dict[str, str] = {}
        for chunk in _chunks(item_ids):
            for item_id, num, draft in s.execute(
                select(
                    PunchItem.inspection_item_id, PunchItem.number, PunchItem.draft_number
                ).where(PunchItem.inspection_item_id.in_(chunk), PunchItem.deleted_at.is_(None))
            ):
                if item_id:
                    raised[item_id] = PUNCH.display(num, draft)
            for item_id, kind, num, draft in s.execute(
                select(
                    ContractorIssue.inspection_item_id,
                    ContractorIssue.issue_type,
                    ContractorIssue.number,
                    ContractorIssue.draft_number,
                ).where(
                    ContractorIssue.inspection_item_id.in_(chunk),
                    ContractorIssue.deleted_at.is_(None),
                )
            ):
                if item_id:
                    raised[item_id] = ISSUE.display(num, draft, kind)
        item_photos = _photos_in(s, "inspection_item", item_ids)
        lines = []
        for it in items:
            resp = answers.get(it.id)
            lines.append(
                ChecklistLine(
                    item_id=it.id,
                    position=it.position,
                    section=it.section,
                    prompt=it.prompt,
                    critical=it.critical,
                    value=resp.value if resp else None,
                    outcome=resp.outcome.value if resp else None,
                    note=resp.note if resp else None,
                    unit=it.unit,
                    deficiency=raised.get(it.id),
                    photos=tuple(item_photos.get(it.id, ())),
                )
            )
        signatures = tuple(
            SignatureEntry(
                sig.signer_name,
                sig.signer_role,
                sig.signed_at,
                tuple(tuple((float(p[0]), float(p[1])) for p in st) for st in sig.strokes),
            )
            for sig in s.scalars(
                select(Signature)
                .where(Signature.record_type == "inspection", Signature.record_id == ins.id)
                .order_by(Signature.signed_at, Signature.id)
            )
        )
        location = s.get(Location, ins.location_id) if ins.location_id else None
        contractor = s.get(Organisation, ins.contractor_id) if ins.contractor_id else None
        inspector = s.get(User, ins.inspector_id) if ins.inspector_id else None
        template = s.get(InspectionTemplate, ins.template_id) if ins.template_id else None
        return InspectionDetail(
            id=ins.id,
            number=inspection_number(ins),
            title=ins.title,
            template=template.name if template else None,
            status=ins.status.value,
            inspection_date=ins.inspection_date,
            location=location.path if location else None,
            contractor=contractor.name if contractor else None,
            inspector=inspector.display_name if inspector else None,
            weather=ins.weather,
            attendees=ins.attendees,
            notes=ins.notes,
            pass_mark=ins.pass_mark,
            score=ins.score,
            result=ins.result.value if ins.result else None,
            completed_at=ins.completed_at,
            lines=tuple(lines),
            signatures=signatures,
            photos=tuple(_photos_in(s, "inspection", [ins.id]).get(ins.id, ())),
            row_version=ins.row_version,
            updated_at=ins.updated_at,
        )


@dataclass(frozen=True)
class InspectionSummary:
    number: str
    title: str
    inspection_date: dt.date
    status: str
    result: str | None
    score: Decimal | None


def inspections_between(
    store: Store, project_id: str, start: dt.date, end: dt.date
) -> list[InspectionSummary]:
    with store.read() as s:
        return [
            InspectionSummary(
                inspection_number(ins),
                ins.title,
                ins.inspection_date,
                ins.status.value,
                ins.result.value if ins.result else None,
                ins.score,
            )
            for ins in s.scalars(
                select(Inspection)
                .where(
                    Inspection.project_id == project_id,
                    Inspection.deleted_at.is_(None),
                    Inspection.inspection_date >= start,
                    Inspection.inspection_date <= end,
                )
                .order_by(Inspection.inspection_date, Inspection.number)
            )
        ]


# --- change orders --------------------------------------------------------------------


@dataclass(frozen=True)
class COLineEntry:
    position: int
    description: str
    quantity: Decimal
    unit: str
    unit_price: Decimal
    markup_pct: Decimal
    amount: Decimal


@dataclass(frozen=True)
class COEventEntry:
    at: dt.datetime
    action: str
    from_status: str | None
    to_status: str
    approver_name: str | None
    amount: Decimal | None
    note: str | None


@dataclass(frozen=True)
class ChangeOrderEntry:
    id: str
    number: str
    tier: str
    title: str
    description: str | None
    reason: str
    status: str
    contractor: str | None
    amount: Decimal
    schedule_impact_days: int
    submitted_at: dt.datetime | None
    decided_at: dt.datetime | None
    created_at: dt.datetime
    lines: tuple[COLineEntry, ...]
    events: tuple[COEventEntry, ...]


_TIER_ORDER = {"change_order": 0, "request": 1, "change_event": 2}


def change_order_log(store: Store, project_id: str) -> list[ChangeOrderEntry]:
    """Every change order of the project (all tiers), executed COs first, by number."""
    with store.read() as s:
        cos = list(
            s.scalars(
                select(ChangeOrder).where(
                    ChangeOrder.project_id == project_id, ChangeOrder.deleted_at.is_(None)
                )
            )
        )
        ids = [c.id for c in cos]
        lines: dict[str, list[COLineEntry]] = defaultdict(list)
        events: dict[str, list[COEventEntry]] = defaultdict(list)
        for chunk in _chunks(ids):
            for ln in s.scalars(
                select(ChangeOrderLine)
                .where(
                    ChangeOrderLine.change_order_id.in_(chunk),
                    ChangeOrderLine.deleted_at.is_(None),
                )
                .order_by(ChangeOrderLine.position)
            ):
                lines[ln.change_order_id].append(
                    COLineEntry(
                        ln.position,
                        ln.description,
                        ln.quantity,
                        ln.unit,
                        ln.unit_price,
                        ln.markup_pct,
                        ln.amount,
                    )
                )
            for ev in s.scalars(
                select(ChangeOrderEvent)
                .where(ChangeOrderEvent.change_order_id.in_(chunk))
                .order_by(ChangeOrderEvent.created_at, ChangeOrderEvent.id)
            ):
                events[ev.change_order_id].append(
                    COEventEntry(
                        ev.created_at,
                        ev.action,
                        ev.from_status,
                        ev.to_status,
                        ev.approver_name,
                        ev.amount,
                        ev.note,
                    )
                )
        orgs = _names(s, Organisation, {c.contractor_id for c in cos if c.contractor_id})
        out = [
            ChangeOrderEntry(
                id=c.id,
                number=CHANGE_ORDER.number_of(c),
                tier=c.tier.value,
                title=c.title,
                description=c.description,
                reason=c.reason.value,
                status=c.status.value,
                contractor=orgs.get(c.contractor_id or ""),
                amount=c.amount,
                schedule_impact_days=c.schedule_impact_days,
                submitted_at=c.submitted_at,
                decided_at=c.decided_at,
                created_at=c.created_at,
                lines=tuple(lines.get(c.id, ())),
                events=tuple(events.get(c.id, ())),
            )
            for c in cos
        ]
    out.sort(key=lambda e: (_TIER_ORDER.get(e.tier, 9), e.number))
    return out


def _user_names(s: Session, ids: set[str]) -> dict[str, str]:
    names: dict[str, str] = {}
    ordered = sorted(ids)
    for chunk in _chunks(ordered):
        names.update(
            {
                row[0]: row[1]
                for row in s.execute(select(User.id, User.display_name).where(User.id.in_(chunk)))
            }
        )
    return names


def _names(s: Session, cls: Any, ids: set[str]) -> dict[str, str]:
    if not ids:
        return {}
    rows = s.execute(select(cls.id, cls.name).where(cls.id.in_(sorted(ids))))
    return {row[0]: row[1] for row in rows}


# --- issues ---------------------------------------------------------------------------


@dataclass(frozen=True)
class ThreadEntry:
    at: dt.datetime
    author: str
    is_response: bool
    body: str


@dataclass(frozen=True)
class IssueEntry:
    id: str
    number: str
    issue_type: str
    title: str
    description: str | None
    severity: str
    status: str
    ball_in_court: str
    spec_reference: str | None
    contractor: str | None
    location: str | None
    due_date: dt.date | None
    created_at: dt.datetime
    closed_at: dt.datetime | None
    thread: tuple[ThreadEntry, ...]
    history: tuple[StatusStep, ...]


def issue_log(store: Store, project_id: str) -> list[IssueEntry]:
    """Every contractor issue of the project with its response thread, by type and number."""
    with store.read() as s:
        issues = list(
            s.scalars(
                select(ContractorIssue).where(
                    ContractorIssue.project_id == project_id, ContractorIssue.deleted_at.is_(None)
                )
            )
        )
        ids = [i.id for i in issues]
        threads: dict[str, list[ThreadEntry]] = defaultdict(list)
        history: dict[str, list[StatusStep]] = defaultdict(list)
        for chunk in _chunks(ids):
            for c in s.scalars(
                select(Comment)
                .where(Comment.record_type == "issue", Comment.record_id.in_(chunk))
                .order_by(Comment.created_at, Comment.id)
            ):
                threads[c.record_id].append(
                    ThreadEntry(c.created_at, c.author_name, c.is_response, c.body)
                )
            for ev in s.scalars(
                select(IssueStatusEvent)
                .where(IssueStatusEvent.issue_id.in_(chunk))
                .order_by(IssueStatusEvent.created_at, IssueStatusEvent.id)
            ):
                history[ev.issue_id].append(
                    StatusStep(ev.created_at, ev.from_status, ev.to_status, ev.note)
                )
        orgs = _names(s, Organisation, {i.contractor_id for i in issues if i.contractor_id})
        loc_ids = sorted({i.location_id for i in issues if i.location_id})
        locs = {
            row[0]: row[1]
            for row in s.execute(select(Location.id, Location.path).where(Location.id.in_(loc_ids)))
        }
        out = [
            IssueEntry(
                id=i.id,
                number=ISSUE.number_of(i),
                issue_type=i.issue_type.value,
                title=i.title,
                description=i.description,
                severity=i.severity.value,
                status=i.status.value,
                ball_in_court=i.ball_in_court.value,
                spec_reference=i.spec_reference,
                contractor=orgs.get(i.contractor_id or ""),
                location=locs.get(i.location_id or ""),
                due_date=i.due_date,
                created_at=i.created_at,
                closed_at=i.closed_at,
                thread=tuple(threads.get(i.id, ())),
                history=tuple(history.get(i.id, ())),
            )
            for i in issues
        ]
    out.sort(key=lambda e: (e.issue_type, e.number))
    return out


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
    lo = dt.datetime.combine(start, dt.time.min, dt.UTC)
    hi = dt.datetime.combine(end + dt.timedelta(days=1), dt.time.min, dt.UTC)
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
