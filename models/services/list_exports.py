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

from executrek.models.project import Project
from executrek.models.records.change_order.queries import ChangeOrderFilter
from executrek.models.records.inspection import queries as inspection_queries
from executrek.models.records.inspection.model import Inspection, InspectionItem, InspectionResponse
from executrek.models.records.inspection.queries import InspectionFilter
from executrek.models.records.issue.queries import IssueFilter
from executrek.models.records.punch.list_page import PunchFilter
from executrek.models.records.risk.queries import RiskFilter
from executrek.models.records.row_fields import read_row
from executrek.models.services.common import load
from executrek.models.services.record_reads import all_user_names, by_id
from executrek.models.store import Store

# --- filters the change-order and issue screens apply -------------------------------


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


# --- reads --------------------------------------------------------------------------------


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
        users = all_user_names(s)
        heads = by_id(s, Inspection, project_id)
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
            read_row(
                InspectionExportRow,
                r,
                template=r.template_name,
                inspector=users.get(heads[r.id].inspector_id or ""),
                completed_at=heads[r.id].completed_at,
            )
            for r in listed
        ]
    responses = [line for r in rows for line in by_inspection.get(r.id, [])]
    return InspectionExport(rows, responses)
