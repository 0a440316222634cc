"""An inspection's answers and its score: the latest answer per checklist item, and the
score and result those answers give (live while the checklist runs, final on completion).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from executrek.models.records.inspection.model import (
    Inspection,
    InspectionItem,
    InspectionResponse,
    InspectionResult,
    Outcome,
)


def items_in(s: Session, inspection_id: str) -> Sequence[InspectionItem]:
    """The inspection's checklist items in checklist order."""
    return s.scalars(
        select(InspectionItem)
        .where(InspectionItem.inspection_id == inspection_id)
        .order_by(InspectionItem.position)
    ).all()


def current_responses(s: Session, inspection_id: str) -> dict[str, InspectionResponse]:
    """The latest answer per item."""
    out: dict[str, InspectionResponse] = {}
    for resp in s.scalars(
        select(InspectionResponse)
        .where(InspectionResponse.inspection_id == inspection_id)
        .order_by(InspectionResponse.created_at, InspectionResponse.id)
    ):
        out[resp.inspection_item_id] = resp
    return out


@dataclass(frozen=True)
class Score:
    score: Decimal | None
    result: InspectionResult
    answered: int
    total: int
    failed: int


def score_in(s: Session, ins: Inspection) -> Score:
    items = list(
        s.scalars(
            select(InspectionItem).where(
                InspectionItem.inspection_id == ins.id, InspectionItem.deleted_at.is_(None)
            )
        )
    )
    answers = current_responses(s, ins.id)
    earned = possible = Decimal(0)
    failed = 0
    critical_failed = False
    for item in items:
        resp = answers.get(item.id)
        if resp is None or resp.outcome in (Outcome.NA, Outcome.INFO):
            continue
        possible += item.weight
        if resp.outcome is Outcome.PASS:
            earned += item.weight
        else:
            failed += 1
            critical_failed = critical_failed or item.critical
    score = (earned / possible * 100).quantize(Decimal("0.01")) if possible else None
    passed = not critical_failed and (score is None or score >= ins.pass_mark)
    return Score(
        score,
        InspectionResult.PASS if passed else InspectionResult.FAIL,
        len(answers),
        len(items),
        failed,
    )
