"""Reads of the inspection report: an inspection's checklist with answers, photos, raised items and signatures, and the inspections of a period."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select

from executrek.models.common import Signature
from executrek.models.directory import Organisation, User
from executrek.models.errors import QT_TRANSLATE_NOOP, NotFoundError
from executrek.models.kinds import ISSUE, PUNCH
from executrek.models.project import Location
from executrek.models.records.inspection.model import (
    KIND,
    Inspection,
    InspectionItem,
    InspectionTemplate,
    inspection_number,
)
from executrek.models.records.inspection.scoring import current_responses
from executrek.models.records.issue.model import ContractorIssue
from executrek.models.records.punch.model import PunchItem
from executrek.models.records.row_fields import read_row
from executrek.models.services.record_reads import PhotoRef, chunks, photos_in
from executrek.models.store import Store


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
                QT_TRANSLATE_NOOP("Errors", "Inspection {number} does not exist."),
                number=KIND.display(number, None) if number is not None else "",
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
        for chunk in chunks(item_ids):
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
        item_photos = photos_in(s, "inspection_item", item_ids)
        lines = []
        for it in items:
            resp = answers.get(it.id)
            lines.append(
                read_row(
                    ChecklistLine,
                    it,
                    item_id=it.id,
                    value=resp.value if resp else None,
                    outcome=resp.outcome.value if resp else None,
                    note=resp.note if resp else None,
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
        return read_row(
            InspectionDetail,
            ins,
            number=inspection_number(ins),
            template=template.name if template else None,
            location=location.path if location else None,
            contractor=contractor.name if contractor else None,
            inspector=inspector.display_name if inspector else None,
            lines=tuple(lines),
            signatures=signatures,
            photos=tuple(photos_in(s, "inspection", [ins.id]).get(ins.id, ())),
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
