"""Read-only lists and detail views for the screens: plain frozen values (no ORM objects
cross the thread boundary), filtered in SQL."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from executrek.models import search
from executrek.models.change_order import ChangeOrder, COStatus, COTier
from executrek.models.common import Comment, PhotoLink
from executrek.models.directory import Organisation, OrgKind, Person
from executrek.models.issue import ContractorIssue, IssueType
from executrek.models.kinds import CHANGE_ORDER, ISSUE
from executrek.models.project import Location, Milestone, Trade
from executrek.models.punch import PunchItem
from executrek.models.services.common import load, local_today
from executrek.models.services.records import LinkRow, links_of
from executrek.models.store import Store
from executrek.models.vocab import OPEN_ISSUE as OPEN_ISSUE


@dataclass(frozen=True)
class Choice:
    id: str
    label: str


@dataclass(frozen=True)
class ProjectChoices:
    """Everything a form's pick lists need for one project."""

    contractors: tuple[Choice, ...]
    organisations: tuple[Choice, ...]
    trades: tuple[Choice, ...]
    locations: tuple[Choice, ...]  # label is the full path
    people: tuple[Choice, ...]
    creators: tuple[Choice, ...]  # users who created punch items
    location_codes: tuple[Choice, ...] = ()  # label is the code (what a QR label encodes)


CONTRACTOR_KINDS = (OrgKind.GENERAL_CONTRACTOR, OrgKind.SUBCONTRACTOR, OrgKind.SUPPLIER)


def choices(store: Store, project_id: str) -> ProjectChoices:
    from executrek.models.directory import User

    with store.read() as s:
        orgs = list(
            s.execute(
                select(Organisation.id, Organisation.name, Organisation.kind)
                .where(Organisation.project_id == project_id, Organisation.deleted_at.is_(None))
                .order_by(Organisation.name)
            )
        )

        def live(entity: Any, label: Any) -> tuple[Choice, ...]:
            """The project's live rows of ``entity`` by ``label``."""
            rows = s.execute(
                select(entity.id, label)
                .where(entity.project_id == project_id, entity.deleted_at.is_(None))
                .order_by(label)
            )
            return tuple(Choice(i, n) for i, n in rows)

        trades = live(Trade, Trade.name)
        locations = live(Location, Location.path)  # label is the full path
        location_codes = live(Location, Location.code)
        people = live(Person, Person.name)
        creator_ids = select(PunchItem.created_by).where(PunchItem.project_id == project_id)
        creators = tuple(
            Choice(i, n)
            for i, n in s.execute(
                select(User.id, User.display_name)
                .where(User.id.in_(creator_ids.distinct()))
                .order_by(User.display_name)
            )
        )
    return ProjectChoices(
        contractors=tuple(Choice(i, n) for i, n, k in orgs if k in CONTRACTOR_KINDS),
        organisations=tuple(Choice(i, n) for i, n, _k in orgs),
        trades=trades,
        locations=locations,
        people=people,
        creators=creators,
        location_codes=location_codes,
    )


# --- punch item detail ------------------------------------------------------------------
@dataclass(frozen=True)
class StatusEntry:
    at: dt.datetime
    by: str | None
    from_status: str | None
    to_status: str
    note: str | None


@dataclass(frozen=True)
class CommentEntry:
    at: dt.datetime
    author: str
    body: str
    is_response: bool


@dataclass(frozen=True)
class PunchDetail:
    id: str
    project_id: str
    number: str
    title: str
    description: str | None
    status: str
    priority: str
    due_date: dt.date | None
    location_id: str | None
    location: str | None
    contractor_id: str | None
    contractor: str | None
    trade_id: str | None
    trade: str | None
    assignee_id: str | None
    assignee: str | None
    created_at: dt.datetime
    history: tuple[StatusEntry, ...]
    comments: tuple[CommentEntry, ...]
    photo_count: int


def _user_names(s: Session, ids: set[str | None]) -> dict[str, str]:
    from executrek.models.directory import User

    wanted = [i for i in ids if i]
    if not wanted:
        return {}
    rows = s.execute(select(User.id, User.display_name).where(User.id.in_(wanted)))
    return {str(i): str(n) for i, n in rows}


def _comments(s: Session, record_type: str, record_id: str) -> tuple[CommentEntry, ...]:
    rows = s.scalars(
        select(Comment)
        .where(Comment.record_type == record_type, Comment.record_id == record_id)
        .order_by(Comment.created_at, Comment.id)
    )
    return tuple(CommentEntry(c.created_at, c.author_name, c.body, c.is_response) for c in rows)


def _photo_count(s: Session, record_type: str, record_id: str) -> int:
    return int(
        s.scalar(
            select(func.count())
            .select_from(PhotoLink)
            .where(
                PhotoLink.record_type == record_type,
                PhotoLink.record_id == record_id,
                PhotoLink.deleted_at.is_(None),
            )
        )
        or 0
    )


def punch_detail(store: Store, item_id: str) -> PunchDetail:
    from executrek.models.punch import PunchStatusEvent
    from executrek.models.services.punch import punch_number

    with store.read() as s:
        item = load(s, PunchItem, item_id, "Punch item")
        loc = s.get(Location, item.location_id) if item.location_id else None
        org = s.get(Organisation, item.contractor_id) if item.contractor_id else None
        trade = s.get(Trade, item.trade_id) if item.trade_id else None
        person = s.get(Person, item.assignee_id) if item.assignee_id else None
        events = list(
            s.scalars(
                select(PunchStatusEvent)
                .where(PunchStatusEvent.punch_item_id == item_id)
                .order_by(PunchStatusEvent.created_at, PunchStatusEvent.id)
            )
        )
        names = _user_names(s, {e.created_by for e in events})
        return PunchDetail(
            id=item.id,
            project_id=item.project_id,
            number=punch_number(item),
            title=item.title,
            description=item.description,
            status=item.status.value,
            priority=item.priority.value,
            due_date=item.due_date,
            location_id=item.location_id,
            location=loc.path if loc else None,
            contractor_id=item.contractor_id,
            contractor=org.name if org else None,
            trade_id=item.trade_id,
            trade=trade.name if trade else None,
            assignee_id=item.assignee_id,
            assignee=person.name if person else None,
            created_at=item.created_at,
            history=tuple(
                StatusEntry(
                    e.created_at,
                    names.get(e.created_by or "", None),
                    e.from_status,
                    e.to_status,
                    e.note,
                )
                for e in events
            ),
            comments=_comments(s, "punch_item", item_id),
            photo_count=_photo_count(s, "punch_item", item_id),
        )


# --- change orders ------------------------------------------------------------------------
@dataclass(frozen=True)
class ChangeOrderRow:
    id: str
    number: str
    tier: str
    title: str
    reason: str
    status: str
    contractor: str | None
    amount: Decimal
    schedule_impact_days: int
    revision: int
    submitted_at: dt.datetime | None
    decided_at: dt.datetime | None


def change_order_list(
    store: Store,
    project_id: str,
    *,
    statuses: frozenset[str] = frozenset(),
    tiers: frozenset[str] = frozenset(),
    text: str = "",
) -> list[ChangeOrderRow]:
    conds = [ChangeOrder.project_id == project_id, ChangeOrder.deleted_at.is_(None)]
    if statuses:
        conds.append(ChangeOrder.status.in_(sorted(statuses)))
    if tiers:
        conds.append(ChangeOrder.tier.in_(sorted(tiers)))
    if text.strip():
        like = f"%{text.strip().lower()}%"
        conds.append(
            or_(
                func.lower(ChangeOrder.title).like(like),
                func.lower(ChangeOrder.description).like(like),
            )
        )
    with store.read() as s:
        rows = s.execute(
            select(ChangeOrder, Organisation.name)
            .outerjoin(Organisation, Organisation.id == ChangeOrder.contractor_id)
            .where(*conds)
            .order_by(ChangeOrder.tier, ChangeOrder.number, ChangeOrder.draft_number)
        ).all()
        return [
            ChangeOrderRow(
                id=co.id,
                number=CHANGE_ORDER.number_of(co),
                tier=co.tier.value,
                title=co.title,
                reason=co.reason.value,
                status=co.status.value,
                contractor=org,
                amount=co.amount,
                schedule_impact_days=co.schedule_impact_days,
                revision=co.revision,
                submitted_at=co.submitted_at,
                decided_at=co.decided_at,
            )
            for co, org in rows
        ]


@dataclass(frozen=True)
class LineRow:
    description: str
    quantity: Decimal
    unit: str
    unit_price: Decimal
    markup_pct: Decimal
    amount: Decimal


@dataclass(frozen=True)
class EventRow:
    at: dt.datetime
    by: str | None
    action: str
    from_status: str | None
    to_status: str
    approver: str | None
    amount: Decimal | None
    note: str | None
    signed: bool


@dataclass(frozen=True)
class ChangeOrderDetail:
    row: ChangeOrderRow
    description: str | None
    contractor_id: str | None
    funded_from_contingency: bool
    lines: tuple[LineRow, ...]
    events: tuple[EventRow, ...]


def change_order_detail(store: Store, co_id: str) -> ChangeOrderDetail:
    from executrek.models.change_order import ChangeOrderEvent, ChangeOrderLine

    with store.read() as s:
        co = load(s, ChangeOrder, co_id, "Change order")
        org = s.get(Organisation, co.contractor_id) if co.contractor_id else None
        lines = tuple(
            LineRow(ln.description, ln.quantity, ln.unit, ln.unit_price, ln.markup_pct, ln.amount)
            for ln in s.scalars(
                select(ChangeOrderLine)
                .where(
                    ChangeOrderLine.change_order_id == co_id, ChangeOrderLine.deleted_at.is_(None)
                )
                .order_by(ChangeOrderLine.position)
            )
        )
        events = list(
            s.scalars(
                select(ChangeOrderEvent)
                .where(ChangeOrderEvent.change_order_id == co_id)
                .order_by(ChangeOrderEvent.created_at, ChangeOrderEvent.id)
            )
        )
        names = _user_names(s, {e.created_by for e in events})
        row = ChangeOrderRow(
            id=co.id,
            number=CHANGE_ORDER.number_of(co),
            tier=co.tier.value,
            title=co.title,
            reason=co.reason.value,
            status=co.status.value,
            contractor=org.name if org else None,
            amount=co.amount,
            schedule_impact_days=co.schedule_impact_days,
            revision=co.revision,
            submitted_at=co.submitted_at,
            decided_at=co.decided_at,
        )
        return ChangeOrderDetail(
            row=row,
            description=co.description,
            contractor_id=co.contractor_id,
            funded_from_contingency=co.funded_from_contingency,
            lines=lines,
            events=tuple(
                EventRow(
                    e.created_at,
                    names.get(e.created_by or "", None),
                    e.action,
                    e.from_status,
                    e.to_status,
                    e.approver_name,
                    e.amount,
                    e.note,
                    e.signature_id is not None,
                )
                for e in events
            ),
        )


# --- contractor issues --------------------------------------------------------------------
@dataclass(frozen=True)
class IssueRow:
    id: str
    number: str
    issue_type: str
    title: str
    severity: str
    status: str
    ball_in_court: str
    contractor: str | None
    due_date: dt.date | None
    overdue: bool
    responses: int


def issue_list(
    store: Store,
    project_id: str,
    *,
    statuses: frozenset[str] = frozenset(),
    types: frozenset[str] = frozenset(),
    text: str = "",
    today: dt.date | None = None,
) -> list[IssueRow]:
    day = today or local_today()
    conds: list[Any] = [
        ContractorIssue.project_id == project_id,
        ContractorIssue.deleted_at.is_(None),
    ]
    if statuses:
        conds.append(ContractorIssue.status.in_(sorted(statuses)))
    if types:
        conds.append(ContractorIssue.issue_type.in_(sorted(types)))
    match = search.fts_query(text)
    if match:
        from sqlalchemy import text as sql_text

        conds.append(
            sql_text(
                "contractor_issues.rowid IN (SELECT rowid FROM contractor_issues_fts "
                "WHERE contractor_issues_fts MATCH :fts)"
            ).bindparams(fts=match)
        )
    responses = (
        select(func.count())
        .select_from(Comment)
        .where(Comment.record_type == "issue", Comment.record_id == ContractorIssue.id)
        .scalar_subquery()
    )
    with store.read() as s:
        rows = s.execute(
            select(ContractorIssue, Organisation.name, responses)
            .outerjoin(Organisation, Organisation.id == ContractorIssue.contractor_id)
            .where(*conds)
            .order_by(ContractorIssue.issue_type, ContractorIssue.number)
        ).all()
        return [
            IssueRow(
                id=i.id,
                number=ISSUE.number_of(i),
                issue_type=i.issue_type.value,
                title=i.title,
                severity=i.severity.value,
                status=i.status.value,
                ball_in_court=i.ball_in_court.value,
                contractor=org,
                due_date=i.due_date,
                overdue=bool(i.due_date and i.due_date < day and i.status.value in OPEN_ISSUE),
                responses=int(n or 0),
            )
            for i, org, n in rows
        ]


@dataclass(frozen=True)
class IssueDetail:
    row: IssueRow
    description: str | None
    spec_reference: str | None
    location: str | None
    thread: tuple[CommentEntry, ...]
    history: tuple[StatusEntry, ...]
    links: tuple[LinkRow, ...]


def issue_detail(store: Store, issue_id: str, today: dt.date | None = None) -> IssueDetail:
    from executrek.models.issue import IssueStatusEvent

    day = today or local_today()
    with store.read() as s:
        i = load(s, ContractorIssue, issue_id, "Issue")
        org = s.get(Organisation, i.contractor_id) if i.contractor_id else None
        loc = s.get(Location, i.location_id) if i.location_id else None
        thread = _comments(s, "issue", issue_id)
        events = list(
            s.scalars(
                select(IssueStatusEvent)
                .where(IssueStatusEvent.issue_id == issue_id)
                .order_by(IssueStatusEvent.created_at, IssueStatusEvent.id)
            )
        )
        names = _user_names(s, {e.created_by for e in events})
        row = IssueRow(
            id=i.id,
            number=ISSUE.number_of(i),
            issue_type=i.issue_type.value,
            title=i.title,
            severity=i.severity.value,
            status=i.status.value,
            ball_in_court=i.ball_in_court.value,
            contractor=org.name if org else None,
            due_date=i.due_date,
            overdue=bool(i.due_date and i.due_date < day and i.status.value in OPEN_ISSUE),
            responses=sum(1 for c in thread if c.is_response),
        )
        links = list(links_of(s, "issue", issue_id))
        if i.inspection_item_id:
            links.append(LinkRow("inspection_item", i.inspection_item_id, "raised by", ""))
        return IssueDetail(
            row=row,
            description=i.description,
            spec_reference=i.spec_reference,
            location=loc.path if loc else None,
            thread=thread,
            history=tuple(
                StatusEntry(
                    e.created_at, names.get(e.created_by or ""), e.from_status, e.to_status, e.note
                )
                for e in events
            ),
            links=tuple(links),
        )


# --- milestones ---------------------------------------------------------------------------
@dataclass(frozen=True)
class MilestoneRow:
    id: str
    name: str
    baseline: dt.date
    forecast: dt.date | None
    actual: dt.date | None

    @property
    def slip_days(self) -> int:
        return ((self.actual or self.forecast or self.baseline) - self.baseline).days


def milestone_list(store: Store, project_id: str) -> list[MilestoneRow]:
    with store.read() as s:
        return [
            MilestoneRow(m.id, m.name, m.baseline_date, m.forecast_date, m.actual_date)
            for m in s.scalars(
                select(Milestone)
                .where(Milestone.project_id == project_id, Milestone.deleted_at.is_(None))
                .order_by(Milestone.baseline_date, Milestone.name)
            )
        ]


ISSUE_TYPES = tuple(t.value for t in IssueType)
CO_TIERS = tuple(t.value for t in COTier)
CO_STATUSES = tuple(s.value for s in COStatus)


# --- directory and locations ------------------------------------------------------------
@dataclass(frozen=True)
class OrgRow:
    id: str
    name: str
    kind: str
    email: str | None
    phone: str | None


@dataclass(frozen=True)
class PersonRow:
    id: str
    name: str
    organisation: str | None
    role: str | None
    email: str | None


@dataclass(frozen=True)
class LocationRow:
    id: str
    parent_id: str | None
    code: str
    name: str
    kind: str
    path: str


@dataclass(frozen=True)
class DirectoryListing:
    organisations: list[OrgRow]
    people: list[PersonRow]
    locations: list[LocationRow]


def directory_listing(store: Store, project_id: str) -> DirectoryListing:
    with store.read() as s:
        orgs = [
            OrgRow(o.id, o.name, o.kind.value, o.email, o.phone)
            for o in s.scalars(
                select(Organisation)
                .where(Organisation.project_id == project_id, Organisation.deleted_at.is_(None))
                .order_by(Organisation.kind, Organisation.name)
            )
        ]
        people = [
            PersonRow(p.id, p.name, org, p.role, p.email)
            for p, org in s.execute(
                select(Person, Organisation.name)
                .outerjoin(Organisation, Organisation.id == Person.organisation_id)
                .where(Person.project_id == project_id, Person.deleted_at.is_(None))
                .order_by(Person.name)
            )
        ]
        locations = [
            LocationRow(loc.id, loc.parent_id, loc.code, loc.name, loc.kind.value, loc.path)
            for loc in s.scalars(
                select(Location)
                .where(Location.project_id == project_id, Location.deleted_at.is_(None))
                .order_by(Location.path)
            )
        ]
    return DirectoryListing(orgs, people, locations)
