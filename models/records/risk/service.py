"""Writes of risks: raise, edit, move through the workflow."""

from __future__ import annotations

from typing import Any

from executrek.models import validation, workflow
from executrek.models.records.risk.model import KIND, Risk, RiskCategory, RiskStatus
from executrek.models.services.common import (
    Done,
    Editable,
    add_numbered_to_project,
    edit_fields,
    load,
)
from executrek.models.store import Store

SERIES = KIND.prefix()


def risk_number(risk: Risk) -> str:
    return KIND.number_of(risk)


def create_risk(
    store: Store,
    project_id: str,
    *,
    title: str,
    probability: int,
    impact: int,
    category: RiskCategory | str = RiskCategory.OTHER,
    description: str | None = None,
    owner_id: str | None = None,
    mitigation: str | None = None,
) -> Done[Risk]:
    values = {
        "title": validation.required_text("title", title, max_len=300),
        "probability": validation.int_range("probability", probability, 1, 5),
        "impact": validation.int_range("impact", impact, 1, 5),
        "category": validation.choice("category", RiskCategory, category),
        "description": validation.text("description", description, max_len=20000, required=False),
        "mitigation": validation.text("mitigation", mitigation, max_len=20000, required=False),
    }
    return add_numbered_to_project(
        store, Risk, project_id, SERIES, owner_id=owner_id, status=RiskStatus.OPEN, **values
    )


RISK_EDITABLE: Editable = {
    "title": lambda v: validation.required_text("title", v, max_len=300),
    "description": None,
    "probability": lambda v: validation.int_range("probability", v, 1, 5),
    "impact": lambda v: validation.int_range("impact", v, 1, 5),
    "category": lambda v: validation.choice("category", RiskCategory, v),
    "owner_id": None,
    "mitigation": None,
}


def update_risk(store: Store, risk_id: str, **fields: Any) -> Done[Risk]:
    return edit_fields(store, Risk, risk_id, "Risk", fields, RISK_EDITABLE)


def change_status(store: Store, risk_id: str, target: RiskStatus | str) -> Done[Risk]:
    status = validation.choice("status", RiskStatus, target)
    with store.transaction() as (s, changes):
        risk = load(s, Risk, risk_id, "Risk")
        workflow.check(KIND.transitions, risk_number(risk), risk.status, status)
        risk.status = status
    return Done(risk, changes)
