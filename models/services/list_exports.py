"""Reads for exporting the module lists (punch items, inspections, change orders, contractor
issues, risks) to spreadsheets: the rows a list screen shows for a filter, with names
resolved and the child records (responses, line items, response threads) alongside.

Each read first asks the list screen's own query (``listings``, ``inspection_queries``,
``punch_list``) which records the filter selects, so an export holds exactly what the
screen shows, in the screen's order; the extra filters a script may add (contractor,
date range) narrow that further.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from executrek.models.change_order import ChangeOrder, ChangeOrderLine
from executrek.models.common import Comment
from executrek.models.directory import Organisation, User
from executrek.models.inspection import Inspection, InspectionItem, InspectionResponse
from executrek.models.issue import ContractorIssue
from executrek.models.project import Location, Project
from executrek.models.records.risk.queries import RiskFilter
from executrek.models.services import exports, inspection_queries, listings, punch_list
from executrek.models.services.common import load
from executrek.models.services.inspection_queries import InspectionFilter
from executrek.models.services.punch_list import PunchFilter
from executrek.models.store import Store


# --- filters the change-order and issue screens apply -------------------------------
@dataclass(frozen=True)
class ChangeOrderFilter:
    statuses: frozenset[str] = frozenset()
    tiers: frozenset[str] = frozenset()
    text: str = ""
    contractor_ids: frozenset[str] = frozenset()
    created_from: dt.date | None = None
    created_to: dt.date | None = None


@dataclass(frozen=True)
class IssueFilter:
    statuses: frozenset[str] = frozenset()
    types: frozenset[str] = frozenset()
    text: str = ""
    contractor_ids: frozenset[str] = frozenset()
    raised_from: dt.date | None = None
    raised_to: dt.date | None = None


ListFilter = PunchFilter | InspectionFilter | ChangeOrderFilter | IssueFilter | RiskFilter


# --- rows ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class InspectionExportRow:
    id: str
    number: str
    title: str
    template: str
    inspection_date: dt.date
    location: str
    contractor: str
    inspector: str | None
    status: str
    result: str | None
    score: Decimal | None
    answered: int
    total: int
    completed_at: dt.datetime | None


@dataclass(frozen=True)
class ResponseExportRow:
    inspection_number: str
    position: int
    section: str
    item: str
    answer: str | None
    result: str | None  # pass / fail / na / info; None while unanswered
    note: str | None
    responded_by: str | None
    responded_at: dt.datetime | None


@dataclass(frozen=True)
class InspectionExport:
    inspections: list[InspectionExportRow]
    responses: list[ResponseExportRow]


@dataclass(frozen=True)
class ChangeOrderExportRow:
    id: str
    tier: str
    number: str
    title: str
    status: str
    reason: str
    contractor: str | None
    amount: Decimal
    currency: str
    schedule_days: int
    revision: int
    created_at: dt.datetime
    submitted_at: dt.datetime | None
    decided_at: dt.datetime | None


@dataclass(frozen=True)
class LineExportRow:
    change_order_number: str
    position: int
    description: str
    quantity: Decimal
    unit: str
    unit_price: Decimal
    markup_pct: Decimal
    amount: Decimal


@dataclass(frozen=True)
class ChangeOrderExport:
    change_orders: list[ChangeOrderExportRow]
    lines: list[LineExportRow]


@dataclass(frozen=True)
class IssueListRow:
    id: str
    issue_type: str
    number: str
    subject: str
    severity: str
    status: str
    ball_in_court: str
    contractor: str | None
    location: str | None
    due_date: dt.date | None
    raised_by: str | None
    raised_at: dt.datetime
    closed_at: dt.datetime | None


@dataclass(frozen=True)
class ThreadExportRow:
    issue_number: str
    at: dt.datetime
    author: str
    organisation: str | None
    is_response: bool
    body: str


@dataclass(frozen=True)
class IssueExport:
    issues: list[IssueListRow]
    thread: list[ThreadExportRow]


# --- reads --------------------------------------------------------------------------------
def punch_items(
    store: Store, project_id: str, flt: PunchFilter | None = None
) -> list[exports.PunchExportRow]:
    """The punch items the punch list shows for ``flt`` (all of them without one)."""
    rows = exports.punch_items_for_export(store, project_id)
    if flt is None:
        return rows
    wanted = set(punch_list.ids_matching(store, project_id, flt))
    return [row for row in rows if row.id in wanted]


def inspections(
    store: Store,
    project_id: str,
    flt: InspectionFilter = InspectionFilter(),
    *,
    contractor_ids: frozenset[str] = frozenset(),
) -> InspectionExport:
    listed = inspection_queries.list_inspections(store, project_id, flt)
    with store.read() as s:
        load(s, Project, project_id, "Project")
        users = _users(s)
        heads = {
            i.id: i
            for i in s.scalars(
                select(Inspection).where(
                    Inspection.project_id == project_id, Inspection.deleted_at.is_(None)
                )
            )
        }
        if contractor_ids:
            listed = [r for r in listed if heads[r.id].contractor_id in contractor_ids]
        numbers = {r.id: r.number for r in listed}
        items = s.scalars(
            select(InspectionItem)
            .where(
                InspectionItem.project_id == project_id,
                InspectionItem.deleted_at.is_(None),
            )
            .order_by(InspectionItem.inspection_id, InspectionItem.position)
        ).all()
        latest: dict[str, InspectionResponse] = {}
        for response in s.scalars(
            select(InspectionResponse)
            .where(InspectionResponse.project_id == project_id)
            .order_by(InspectionResponse.created_at, InspectionResponse.id)
        ):
            latest[response.inspection_item_id] = response  # the last one is the answer
        by_inspection: dict[str, list[ResponseExportRow]] = {}
        for item in items:
            if item.inspection_id not in numbers:
                continue
            answer = latest.get(item.id)
            by_inspection.setdefault(item.inspection_id, []).append(
                ResponseExportRow(
                    inspection_number=numbers[item.inspection_id],
                    position=item.position,
                    section=item.section,
                    item=item.prompt,
                    answer=answer.value if answer else None,
                    result=answer.outcome.value if answer else None,
                    note=answer.note if answer else None,
                    responded_by=users.get(answer.created_by or "") if answer else None,
                    responded_at=answer.created_at if answer else None,
                )
            )
        rows = [
            InspectionExportRow(
                id=r.id,
                number=r.number,
                title=r.title,
                template=r.template_name,
                inspection_date=r.inspection_date,
                location=r.location,
                contractor=r.contractor,
                inspector=users.get(heads[r.id].inspector_id or ""),
                status=r.status.value,
                result=r.result.value if r.result else None,
                score=r.score,
                answered=r.answered,
                total=r.total,
                completed_at=heads[r.id].completed_at,
            )
            for r in listed
        ]
    responses = [line for r in rows for line in by_inspection.get(r.id, [])]
    return InspectionExport(rows, responses)


def change_orders(
    store: Store, project_id: str, flt: ChangeOrderFilter = ChangeOrderFilter()
) -> ChangeOrderExport:
    listed = listings.change_order_list(
        store, project_id, statuses=flt.statuses, tiers=flt.tiers, text=flt.text
    )
    with store.read() as s:
        project = load(s, Project, project_id, "Project")
        heads = {
            c.id: c
            for c in s.scalars(
                select(ChangeOrder).where(
                    ChangeOrder.project_id == project_id, ChangeOrder.deleted_at.is_(None)
                )
            )
        }
        kept = [
            r
            for r in listed
            if (not flt.contractor_ids or heads[r.id].contractor_id in flt.contractor_ids)
            and _within(_day(heads[r.id].created_at), flt.created_from, flt.created_to)
        ]
        lines: dict[str, list[ChangeOrderLine]] = {}
        for line in s.scalars(
            select(ChangeOrderLine)
            .where(ChangeOrderLine.project_id == project_id, ChangeOrderLine.deleted_at.is_(None))
            .order_by(ChangeOrderLine.change_order_id, ChangeOrderLine.position)
        ):
            lines.setdefault(line.change_order_id, []).append(line)
        rows = [
            ChangeOrderExportRow(
                id=r.id,
                tier=r.tier,
                number=r.number,
                title=r.title,
                status=r.status,
                reason=r.reason,
                contractor=r.contractor,
                amount=r.amount,
                currency=project.currency,
                schedule_days=r.schedule_impact_days,
                revision=r.revision,
                created_at=heads[r.id].created_at,
                submitted_at=r.submitted_at,
                decided_at=r.decided_at,
            )
            for r in kept
        ]
    line_rows = [
        LineExportRow(
            change_order_number=r.number,
            position=line.position,
            description=line.description,
            quantity=line.quantity,
            unit=line.unit,
            unit_price=line.unit_price,
            markup_pct=line.markup_pct,
            amount=line.amount,
        )
        for r in rows
        for line in lines.get(r.id, [])
    ]
    return ChangeOrderExport(rows, line_rows)


def issues(store: Store, project_id: str, flt: IssueFilter = IssueFilter()) -> IssueExport:
    listed = listings.issue_list(
        store, project_id, statuses=flt.statuses, types=flt.types, text=flt.text
    )
    with store.read() as s:
        load(s, Project, project_id, "Project")
        users = _users(s)
        orgs = {
            o.id: o.name
            for o in s.scalars(select(Organisation).where(Organisation.project_id == project_id))
        }
        paths = {
            loc.id: loc.path
            for loc in s.scalars(select(Location).where(Location.project_id == project_id))
        }
        heads = {
            i.id: i
            for i in s.scalars(
                select(ContractorIssue).where(
                    ContractorIssue.project_id == project_id,
                    ContractorIssue.deleted_at.is_(None),
                )
            )
        }
        kept = [
            r
            for r in listed
            if (not flt.contractor_ids or heads[r.id].contractor_id in flt.contractor_ids)
            and _within(_day(heads[r.id].created_at), flt.raised_from, flt.raised_to)
        ]
        thread: dict[str, list[Comment]] = {}
        for c in s.scalars(
            select(Comment)
            .where(Comment.project_id == project_id, Comment.record_type == "issue")
            .order_by(Comment.created_at, Comment.id)
        ):
            thread.setdefault(c.record_id, []).append(c)
        rows = [
            IssueListRow(
                id=r.id,
                issue_type=r.issue_type,
                number=r.number,
                subject=r.title,
                severity=r.severity,
                status=r.status,
                ball_in_court=r.ball_in_court,
                contractor=r.contractor,
                location=paths.get(heads[r.id].location_id or ""),
                due_date=r.due_date,
                raised_by=users.get(heads[r.id].created_by or ""),
                raised_at=heads[r.id].created_at,
                closed_at=heads[r.id].closed_at,
            )
            for r in kept
        ]
        messages = [
            ThreadExportRow(
                issue_number=r.number,
                at=c.created_at,
                author=c.author_name,
                organisation=orgs.get(c.author_org_id or ""),
                is_response=c.is_response,
                body=c.body,
            )
            for r in rows
            for c in thread.get(r.id, [])
        ]
    return IssueExport(rows, messages)


def _users(s: Session) -> dict[str, str]:
    return {str(i): str(n) for i, n in s.execute(select(User.id, User.display_name))}


def _day(at: dt.datetime) -> dt.date:
    return at.astimezone().date()


def _within(day: dt.date, first: dt.date | None, last: dt.date | None) -> bool:
    return (first is None or day >= first) and (last is None or day <= last)
