"""Status workflows: which transitions are legal for each kind of record."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from executrek.models.change_order import COStatus
from executrek.models.errors import WorkflowError
from executrek.models.inspection import InspectionStatus
from executrek.models.issue import IssueStatus
from executrek.models.punch import PunchStatus
from executrek.models.risk import RiskStatus

P = PunchStatus
PUNCH: Mapping[PunchStatus, frozenset[PunchStatus]] = {
    P.DRAFT: frozenset({P.OPEN, P.VOID}),
    P.OPEN: frozenset({P.READY_FOR_REVIEW, P.CLOSED, P.VOID}),
    P.READY_FOR_REVIEW: frozenset({P.CLOSED, P.REJECTED, P.OPEN}),
    P.REJECTED: frozenset({P.READY_FOR_REVIEW, P.OPEN, P.VOID}),
    P.CLOSED: frozenset({P.OPEN}),  # reopen
    P.VOID: frozenset(),
}

IS = IssueStatus
ISSUE: Mapping[IssueStatus, frozenset[IssueStatus]] = {
    IS.DRAFT: frozenset({IS.OPEN, IS.VOID}),
    IS.OPEN: frozenset({IS.RESPONDED, IS.CLOSED, IS.VOID}),
    IS.RESPONDED: frozenset({IS.OPEN, IS.CLOSED, IS.VOID}),
    IS.CLOSED: frozenset({IS.OPEN}),
    IS.VOID: frozenset(),
}

C = COStatus
CHANGE_ORDER: Mapping[COStatus, frozenset[COStatus]] = {
    C.DRAFT: frozenset({C.PENDING, C.VOID}),
    C.PENDING: frozenset({C.APPROVED, C.REJECTED, C.DRAFT, C.VOID}),  # DRAFT = revise
    C.APPROVED: frozenset({C.PROMOTED, C.VOID}),
    C.REJECTED: frozenset({C.DRAFT, C.VOID}),  # revise and resubmit
    C.PROMOTED: frozenset(),
    C.VOID: frozenset(),
}

S = InspectionStatus
INSPECTION: Mapping[InspectionStatus, frozenset[InspectionStatus]] = {
    S.DRAFT: frozenset({S.IN_PROGRESS, S.VOID}),
    S.IN_PROGRESS: frozenset({S.COMPLETED, S.VOID}),
    S.COMPLETED: frozenset({S.VOID}),
    S.VOID: frozenset(),
}

R = RiskStatus
RISK: Mapping[RiskStatus, frozenset[RiskStatus]] = {
    R.OPEN: frozenset({R.MITIGATING, R.OCCURRED, R.CLOSED}),
    R.MITIGATING: frozenset({R.OPEN, R.OCCURRED, R.CLOSED}),
    R.OCCURRED: frozenset({R.CLOSED}),
    R.CLOSED: frozenset({R.OPEN}),
}

WORKFLOWS: Mapping[str, Mapping[Any, frozenset[Any]]] = {
    "punch_item": PUNCH,
    "issue": ISSUE,
    "change_order": CHANGE_ORDER,
    "inspection": INSPECTION,
    "risk": RISK,
}


def allowed(kind: str, current: object) -> frozenset[object]:
    return WORKFLOWS[kind].get(current, frozenset())


def check(kind: str, number: str, current: object, target: object) -> None:
    if target == current:
        raise WorkflowError("{number} is already {status}.", number=number, status=_v(target))
    if target not in allowed(kind, current):
        options = ", ".join(sorted(_v(s) for s in allowed(kind, current))) or "none"
        raise WorkflowError(
            "{number} cannot go from {current} to {target} (allowed: {options}).",
            number=number,
            current=_v(current),
            target=_v(target),
            options=options,
        )


def _v(status: object) -> str:
    return str(getattr(status, "value", status))
