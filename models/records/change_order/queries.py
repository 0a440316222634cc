"""Reads of change orders: the register the screen lists, a change order's detail with its lines and events, the rows an export writes, and the change order log of the reports."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from executrek.models.directory import Organisation
from executrek.models.project import Project
from executrek.models.records.change_order.model import (
    KIND,
    ChangeOrder,
    ChangeOrderEvent,
    ChangeOrderLine,
)
from executrek.models.records.row_fields import label_of, read_row
from executrek.models.services.common import load
from executrek.models.services.record_reads import (
    children_by,
    list_conditions,
    live_of_project,
    local_day,
    logged,
    names_of,
    picked_rows,
    user_names,
)
from executrek.models.store import Store


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
    parent_id: str | None = None  # the tier this one was promoted from
    last_step: dt.date | None = None  # the local day of its latest step (decided, submitted)


def row_of(co: ChangeOrder, contractor: str | None) -> ChangeOrderRow:
    latest = co.decided_at or co.submitted_at or co.created_at
    return read_row(
        ChangeOrderRow,
        co,
        number=KIND.number_of(co),
        contractor=contractor,
        last_step=local_day(latest) if latest is not None else None,
    )


def change_order_list(
    store: Store,
    project_id: str,
    *,
    statuses: frozenset[str] = frozenset(),
    tiers: frozenset[str] = frozenset(),
    text: str = "",
) -> list[ChangeOrderRow]:
    conds = list_conditions(ChangeOrder, project_id, status=statuses, tier=tiers)
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
        return [row_of(co, org) for co, org in rows]


@dataclass(frozen=True)
class ChangeOrderEventRow:
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
    lines: tuple[COLineEntry, ...]
    events: tuple[ChangeOrderEventRow, ...]


def change_order_detail(store: Store, co_id: str) -> ChangeOrderDetail:
    with store.read() as s:
        co = load(s, ChangeOrder, co_id, "Change order")
        lines = tuple(
            COLineEntry(**_line_fields(ln)) for ln in _live_lines(s, [co_id]).get(co_id, [])
        )
        events = logged(s, ChangeOrderEvent.change_order_id, co_id)
        names = user_names(s, {e.created_by for e in events})
        return read_row(
            ChangeOrderDetail,
            co,
            row=row_of(co, label_of(s, Organisation, co.contractor_id, "name")),
            lines=lines,
            events=tuple(
                ChangeOrderEventRow(
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


@dataclass(frozen=True)
class ChangeOrderFilter:
    statuses: frozenset[str] = frozenset()
    tiers: frozenset[str] = frozenset()
    text: str = ""
    contractor_ids: frozenset[str] = frozenset()
    created_from: dt.date | None = None
    created_to: dt.date | None = None


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
class COLineEntry:
    position: int
    description: str
    quantity: Decimal
    unit: str
    unit_price: Decimal
    markup_pct: Decimal
    amount: Decimal


def _line_fields(line: ChangeOrderLine) -> dict[str, Any]:
    """A line's values as its report entry and its spreadsheet row both take them."""
    return {
        "position": line.position,
        "description": line.description,
        "quantity": line.quantity,
        "unit": line.unit,
        "unit_price": line.unit_price,
        "markup_pct": line.markup_pct,
        "amount": line.amount,
    }


def _live_lines(s: Session, co_ids: list[str]) -> dict[str, list[ChangeOrderLine]]:
    """The live lines of these change orders by change order, in their order."""
    return children_by(
        s,
        ChangeOrderLine.change_order_id,
        co_ids,
        ChangeOrderLine.position,
        where=[ChangeOrderLine.deleted_at.is_(None)],
    )


@dataclass(frozen=True)
class LineExportRow(COLineEntry):
    """A line of a change order with the change order's number, for a spreadsheet."""

    change_order_number: str = ""


@dataclass(frozen=True)
class ChangeOrderExport:
    change_orders: list[ChangeOrderExportRow]
    lines: list[LineExportRow]


def export_rows(
    store: Store, project_id: str, flt: ChangeOrderFilter = ChangeOrderFilter()
) -> ChangeOrderExport:
    listed = change_order_list(
        store, project_id, statuses=flt.statuses, tiers=flt.tiers, text=flt.text
    )
    with store.read() as s:
        project = load(s, Project, project_id, "Project")
        heads, kept = picked_rows(
            s, ChangeOrder, project_id, listed, flt.contractor_ids, flt.created_from, flt.created_to
        )
        lines = _live_lines(s, [r.id for r in kept])
        rows = [
            read_row(
                ChangeOrderExportRow,
                r,
                currency=project.currency,
                schedule_days=r.schedule_impact_days,
                created_at=heads[r.id].created_at,
            )
            for r in kept
        ]
        line_rows = [
            LineExportRow(change_order_number=r.number, **_line_fields(line))
            for r in rows
            for line in lines.get(r.id, [])
        ]
    return ChangeOrderExport(rows, line_rows)


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
        cos = live_of_project(s, ChangeOrder, project_id)
        ids = [c.id for c in cos]
        lines = _live_lines(s, ids)
        events = children_by(
            s,
            ChangeOrderEvent.change_order_id,
            ids,
            ChangeOrderEvent.created_at,
            ChangeOrderEvent.id,
        )
        orgs = names_of(s, Organisation, {c.contractor_id for c in cos if c.contractor_id})
        out = [
            read_row(
                ChangeOrderEntry,
                c,
                number=KIND.number_of(c),
                contractor=orgs.get(c.contractor_id or ""),
                lines=tuple(COLineEntry(**_line_fields(ln)) for ln in lines.get(c.id, ())),
                events=tuple(
                    read_row(COEventEntry, ev, at=ev.created_at) for ev in events.get(c.id, ())
                ),
            )
            for c in cos
        ]
    out.sort(key=lambda e: (_TIER_ORDER.get(e.tier, 9), e.number))
    return out
