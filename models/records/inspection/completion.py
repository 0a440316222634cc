"""Completing an inspection, and raising punch items and contractor issues from its
failed items: the work inside one unit of work, which the write services in ``service``
open (``complete_inspection``, ``complete_and_raise``, ``raise_deficiencies``).

A failed item raises the record its ``failure_action`` names (none, a punch item or a
non-conformance), once: an item that already raised one is skipped.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from executrek.models import workflow
from executrek.models.base import utcnow
from executrek.models.common import PhotoLink
from executrek.models.errors import QT_TRANSLATE_NOOP, WorkflowError
from executrek.models.kinds import ISSUE, PUNCH
from executrek.models.records.inspection.model import (
    KIND,
    FailureAction,
    Inspection,
    InspectionItem,
    InspectionStatus,
    Outcome,
    inspection_number,
)
from executrek.models.records.inspection.scoring import current_responses, items_in, score_in
from executrek.models.records.issue.model import (
    ISSUE_PREFIX,
    BallInCourt,
    ContractorIssue,
    IssueStatus,
    IssueStatusEvent,
    IssueType,
)
from executrek.models.records.punch.model import Priority, PunchItem, PunchStatus, PunchStatusEvent
from executrek.models.services.common import add_numbered, opening_event

TITLE_MAX = 300  # the raised record's title


@dataclass(frozen=True)
class Deficiency:
    item_id: str
    record_type: str
    record_id: str
    number: str


@dataclass(frozen=True)
class Completion:
    inspection: Inspection
    # What was raised on completion; None when the template leaves raising to the rep.
    raised: list[Deficiency] | None


def complete_in(s: Session, ins: Inspection) -> None:
    """Every item answered and every required photo present, then score and result."""
    workflow.check(KIND.transitions, inspection_number(ins), ins.status, InspectionStatus.COMPLETED)
    items = items_in(s, ins.id)
    answers = current_responses(s, ins.id)
    missing = [it for it in items if it.id not in answers]
    if missing:
        raise WorkflowError(
            QT_TRANSLATE_NOOP("Errors", "{count} item(s) unanswered, first: '{prompt}'."),
            count=len(missing),
            prompt=missing[0].prompt,
        )
    for it in items:
        if it.photo_required and answers[it.id].outcome is Outcome.FAIL:
            has_photo = s.scalar(
                select(func.count())
                .select_from(PhotoLink)
                .where(
                    PhotoLink.record_type == "inspection_item",
                    PhotoLink.record_id == it.id,
                    PhotoLink.deleted_at.is_(None),
                )
            )
            if not has_photo:
                raise WorkflowError(
                    QT_TRANSLATE_NOOP("Errors", "'{prompt}' failed and needs a photo."),
                    prompt=it.prompt,
                )
    result = score_in(s, ins)
    ins.score = result.score
    ins.result = result.result
    ins.status = InspectionStatus.COMPLETED
    ins.completed_at = utcnow()


def deficiency_title(prompt: str, note: str | None) -> str:
    """The raised record's title: what the rep wrote about the failure (its first line),
    else the checklist requirement."""
    first = next((line.strip() for line in (note or "").splitlines() if line.strip()), "")
    title = first or prompt.strip()
    if len(title) <= TITLE_MAX:
        return title
    cut = title[: TITLE_MAX - 1]
    if " " in cut[TITLE_MAX // 2 :]:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:-") + "…"


def deficiency_description(ins: Inspection, item: InspectionItem, note: str | None) -> str:
    """Where the failure comes from and the requirement it failed, then the full note."""
    text = f"{inspection_number(ins)} {ins.title} — {item.section}: {item.prompt}"
    if note:
        text += f"\n{note}"
    return text


def raise_in(
    s: Session,
    ins: Inspection,
    *,
    due_date: dt.date | None = None,
    contractor_id: str | None = None,
) -> list[Deficiency]:
    """Every failed item without a raised record gets the punch item or contractor issue
    its template asks for, linked back to the item (the ones already raised are kept)."""
    out: list[Deficiency] = []
    answers = current_responses(s, ins.id)
    for item in items_in(s, ins.id):
        resp = answers.get(item.id)
        if resp is None or resp.outcome is not Outcome.FAIL:
            continue
        if item.failure_action is FailureAction.NONE:
            continue
        fields = {
            "title": deficiency_title(item.prompt, resp.note),
            "description": deficiency_description(ins, item, resp.note),
            "location_id": ins.location_id,
            "contractor_id": contractor_id or ins.contractor_id,
            "due_date": due_date,
            "inspection_item_id": item.id,
        }
        urgency = Priority.HIGH if item.critical else Priority.MEDIUM
        raised_by = f"Raised by {inspection_number(ins)}"
        if item.failure_action is FailureAction.PUNCH_ITEM:
            if s.scalar(select(PunchItem.id).where(PunchItem.inspection_item_id == item.id)):
                continue
            punch = add_numbered(
                s,
                PunchItem,
                ins.project_id,
                PUNCH.prefix(),
                priority=urgency,
                status=PunchStatus.OPEN,
                **fields,
            )
            _add_raised(s, punch, raised_by)
            out.append(Deficiency(item.id, "punch_item", punch.id, PUNCH.number_of(punch)))
        else:
            if s.scalar(
                select(ContractorIssue.id).where(ContractorIssue.inspection_item_id == item.id)
            ):
                continue
            kind = IssueType.NON_CONFORMANCE
            issue = add_numbered(
                s,
                ContractorIssue,
                ins.project_id,
                ISSUE_PREFIX[kind],
                issue_type=kind,
                severity=urgency,
                status=IssueStatus.OPEN,
                ball_in_court=BallInCourt.CONTRACTOR,
                **fields,
            )
            _add_raised(s, issue, raised_by)
            out.append(Deficiency(item.id, "issue", issue.id, ISSUE.number_of(issue)))
    return out


def _add_raised(s: Session, record: PunchItem | ContractorIssue, note: str) -> None:
    """Log a raised (added) record's first status event, which says where it came from."""
    s.flush()
    if isinstance(record, PunchItem):
        s.add(opening_event(PunchStatusEvent.punch_item_id, record, note))
    else:
        s.add(opening_event(IssueStatusEvent.issue_id, record, note))
