"""Read-side queries for the inspection screens: the filtered list of a project's
inspections, one inspection's header, live score and photos per item, the records its
failed items raised, and results over time for charts."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import distinct, func, or_, select

from executrek.models.common import PhotoLink, Signature
from executrek.models.directory import Organisation
from executrek.models.kinds import INSPECTION, ISSUE, PUNCH
from executrek.models.project import Location
from executrek.models.records.inspection.model import (
    Inspection,
    InspectionItem,
    InspectionResponse,
    InspectionResult,
    InspectionStatus,
    InspectionTemplate,
    inspection_number,
)
from executrek.models.records.inspection.scoring import Score, score_in
from executrek.models.records.issue.model import ContractorIssue
from executrek.models.records.punch.model import PunchItem
from executrek.models.records.row_fields import columns_of, label_of
from executrek.models.services.common import load
from executrek.models.services.projects import PATH_SEPARATOR
from executrek.models.store import Store


@dataclass(frozen=True)
class InspectionFilter:
    status: InspectionStatus | None = None
    result: InspectionResult | None = None
    template_id: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    location_id: str | None = None  # this location and everything inside it
    text: str = ""  # number or title contains


@dataclass(frozen=True)
class InspectionFacts:
    """What the list row and the header of an inspection both show."""

    id: str
    number: str
    title: str
    template_name: str
    inspection_date: dt.date
    location: str
    contractor: str
    status: InspectionStatus
    result: InspectionResult | None
    score: Decimal | None


@dataclass(frozen=True)
class InspectionRow(InspectionFacts):
    answered: int
    total: int


@dataclass(frozen=True)
class InspectionHeader(InspectionFacts):
    project_id: str
    contractor_id: str | None
    pass_mark: Decimal
    signatures: tuple[tuple[str, str | None, dt.datetime], ...]  # name, role, when


@dataclass(frozen=True)
class RaisedRecord:
    item_id: str
    record_type: str  # "punch_item" or "issue"
    record_id: str
    number: str
    title: str


@dataclass(frozen=True)
class ResultPoint:
    period_start: dt.date  # Monday of the ISO week
    passed: int
    failed: int
    average_score: Decimal | None


def list_inspections(
    store: Store, project_id: str, flt: InspectionFilter = InspectionFilter()
) -> list[InspectionRow]:
    """A project's inspections matching ``flt``, newest first."""
    answered = (
        select(
            InspectionResponse.inspection_id.label("iid"),
            func.count(distinct(InspectionResponse.inspection_item_id)).label("n"),
        )
        .where(InspectionResponse.project_id == project_id)
        .group_by(InspectionResponse.inspection_id)
        .subquery()
    )
    totals = (
        select(InspectionItem.inspection_id.label("iid"), func.count().label("n"))
        .where(InspectionItem.project_id == project_id, InspectionItem.deleted_at.is_(None))
        .group_by(InspectionItem.inspection_id)
        .subquery()
    )
    q = (
        select(
            Inspection.id,
            Inspection.number,
            Inspection.draft_number,
            Inspection.title,
            Inspection.inspection_date,
            Inspection.status,
            Inspection.result,
            Inspection.score,
            InspectionTemplate.name,
            Location.path,
            Organisation.name,
            func.coalesce(answered.c.n, 0),
            func.coalesce(totals.c.n, 0),
        )
        .outerjoin(InspectionTemplate, InspectionTemplate.id == Inspection.template_id)
        .outerjoin(Location, Location.id == Inspection.location_id)
        .outerjoin(Organisation, Organisation.id == Inspection.contractor_id)
        .outerjoin(answered, answered.c.iid == Inspection.id)
        .outerjoin(totals, totals.c.iid == Inspection.id)
        .where(Inspection.project_id == project_id, Inspection.deleted_at.is_(None))
    )
    if flt.status is not None:
        q = q.where(Inspection.status == flt.status)
    if flt.result is not None:
        q = q.where(Inspection.result == flt.result)
    if flt.template_id:
        q = q.where(Inspection.template_id == flt.template_id)
    if flt.date_from is not None:
        q = q.where(Inspection.inspection_date >= flt.date_from)
    if flt.date_to is not None:
        q = q.where(Inspection.inspection_date <= flt.date_to)
    with store.read() as s:
        if flt.location_id:
            root = load(s, Location, flt.location_id, "Location")
            q = q.where(
                or_(
                    Location.id == root.id,
                    Location.path.startswith(root.path + PATH_SEPARATOR, autoescape=True),
                )
            )
        rows = s.execute(
            q.order_by(Inspection.inspection_date.desc(), Inspection.number.desc())
        ).all()
        out = [
            InspectionRow(
                id=row_id,
                number=INSPECTION.display(number, draft),
                title=title,
                template_name=tpl_name or "",
                inspection_date=day,
                location=loc or "",
                contractor=org or "",
                status=status,
                result=result,
                score=score,
                answered=int(n_answered),
                total=int(n_total),
            )
            for (
                row_id,
                number,
                draft,
                title,
                day,
                status,
                result,
                score,
                tpl_name,
                loc,
                org,
                n_answered,
                n_total,
            ) in rows
        ]
    needle = flt.text.strip().casefold()
    if needle:
        out = [r for r in out if needle in r.number.casefold() or needle in r.title.casefold()]
    return out


# The header's fields that are the inspection's own columns (status and result as enums).
_HEADER_COLUMNS = (
    "id",
    "project_id",
    "title",
    "inspection_date",
    "contractor_id",
    "status",
    "result",
    "score",
    "pass_mark",
)


def header(store: Store, inspection_id: str) -> InspectionHeader:
    with store.read() as s:
        ins = load(s, Inspection, inspection_id, "Inspection")
        sigs = s.execute(
            select(Signature.signer_name, Signature.signer_role, Signature.signed_at)
            .where(Signature.record_type == "inspection", Signature.record_id == ins.id)
            .order_by(Signature.signed_at)
        ).all()
        return InspectionHeader(
            number=inspection_number(ins),
            template_name=label_of(s, InspectionTemplate, ins.template_id, "name") or "",
            location=label_of(s, Location, ins.location_id, "path") or "",
            contractor=label_of(s, Organisation, ins.contractor_id, "name") or "",
            signatures=tuple((name, role, when) for name, role, when in sigs),
            **columns_of(ins, _HEADER_COLUMNS),
        )


def live_score(store: Store, inspection_id: str) -> Score:
    """Score and result as the answers stand now (also before completion)."""
    with store.read() as s:
        return score_in(s, load(s, Inspection, inspection_id, "Inspection"))


def photo_counts(store: Store, inspection_id: str) -> dict[str, int]:
    """Photos linked to each checklist item of the inspection (items without photos are absent)."""
    with store.read() as s:
        rows = s.execute(
            select(PhotoLink.record_id, func.count())
            .join(InspectionItem, InspectionItem.id == PhotoLink.record_id)
            .where(
                InspectionItem.inspection_id == inspection_id,
                PhotoLink.record_type == "inspection_item",
                PhotoLink.deleted_at.is_(None),
            )
            .group_by(PhotoLink.record_id)
        ).all()
        return {item_id: int(n) for item_id, n in rows}


def raised_from(store: Store, inspection_id: str) -> list[RaisedRecord]:
    """Punch items and contractor issues linked to the inspection's items, by item order."""
    with store.read() as s:
        punch = s.execute(
            select(InspectionItem.position, PunchItem)
            .join(PunchItem, PunchItem.inspection_item_id == InspectionItem.id)
            .where(InspectionItem.inspection_id == inspection_id, PunchItem.deleted_at.is_(None))
        ).all()
        issues = s.execute(
            select(InspectionItem.position, ContractorIssue)
            .join(ContractorIssue, ContractorIssue.inspection_item_id == InspectionItem.id)
            .where(
                InspectionItem.inspection_id == inspection_id,
                ContractorIssue.deleted_at.is_(None),
            )
        ).all()
        out: list[tuple[int, RaisedRecord]] = []
        for pos, p in punch:
            number = PUNCH.number_of(p)
            out.append(
                (pos, RaisedRecord(str(p.inspection_item_id), "punch_item", p.id, number, p.title))
            )
        for pos, i in issues:
            number = ISSUE.number_of(i)
            out.append(
                (pos, RaisedRecord(str(i.inspection_item_id), "issue", i.id, number, i.title))
            )
        return [r for _, r in sorted(out, key=lambda pr: (pr[0], pr[1].record_type))]


def results_over_time(
    store: Store,
    project_id: str,
    *,
    since: dt.date | None = None,
) -> list[ResultPoint]:
    """Completed inspections per ISO week (by inspection date): passes, failures and the
    average score. Weeks without completed inspections are left out."""
    q = select(Inspection.inspection_date, Inspection.result, Inspection.score).where(
        Inspection.project_id == project_id,
        Inspection.deleted_at.is_(None),
        Inspection.status == InspectionStatus.COMPLETED,
    )
    if since is not None:
        q = q.where(Inspection.inspection_date >= since)
    weeks: dict[dt.date, tuple[int, int, list[Decimal]]] = {}
    with store.read() as s:
        for day, result, score in s.execute(q):
            monday = day - dt.timedelta(days=day.weekday())
            passed, failed, scores = weeks.get(monday, (0, 0, []))
            if result is InspectionResult.PASS:
                passed += 1
            elif result is InspectionResult.FAIL:
                failed += 1
            if score is not None:
                scores.append(score)
            weeks[monday] = (passed, failed, scores)
    return [
        ResultPoint(
            monday,
            passed,
            failed,
            (sum(scores, Decimal(0)) / len(scores)).quantize(Decimal("0.01")) if scores else None,
        )
        for monday, (passed, failed, scores) in sorted(weeks.items())
    ]


def template_definition(store: Store, template_id: str) -> InspectionTemplate:
    """One template (its definition, name, category, pass mark) for the editor."""
    with store.read() as s:
        return load(s, InspectionTemplate, template_id, "Template")
