"""Punch items as other systems want them (Procore templates, our own layout): plain values with names resolved — location path, trade, contractor, people."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from executrek.models.project import Project
from executrek.models.records.punch.model import KIND, Priority, PunchItem, PunchStatus
from executrek.models.services.common import load
from executrek.models.services.exports import ProjectNames
from executrek.models.services.record_reads import live_of_project
from executrek.models.store import Store


@dataclass(frozen=True)
class PunchExportRow:
    id: str
    number: str
    title: str
    description: str | None
    location: tuple[str, ...]
    trade: str | None
    contractor: str | None
    assignee: str | None
    priority: Priority
    status: PunchStatus
    due_date: dt.date | None
    created_date: dt.date
    created_by: str | None
    external_ref: str | None


def punch_items_for_export(store: Store, project_id: str) -> list[PunchExportRow]:
    with store.read() as s:
        load(s, Project, project_id, "Project")
        names = ProjectNames(s, project_id)
        items = live_of_project(
            s, PunchItem, project_id, PunchItem.number, PunchItem.draft_number, PunchItem.id
        )
        return [
            PunchExportRow(
                id=item.id,
                number=KIND.number_of(item),
                title=item.title,
                description=item.description,
                location=names.path(item.location_id),
                trade=names.trades.get(item.trade_id or ""),
                contractor=names.orgs.get(item.contractor_id or ""),
                assignee=names.people.get(item.assignee_id or ""),
                priority=item.priority,
                status=item.status,
                due_date=item.due_date,
                created_date=item.created_at.astimezone().date(),
                created_by=names.users.get(item.created_by or ""),
                external_ref=item.external_ref,
            )
            for item in items
        ]
