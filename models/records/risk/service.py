"""Writes of risks: raise, edit, move through the workflow."""

from __future__ import annotations

from typing import Any

from executrek.models import numbering, validation, workflow
from executrek.models.errors import ValidationError
from executrek.models.project import Project
from executrek.models.records.risk.model import KIND, Risk, RiskCategory, RiskStatus
from executrek.models.services.common import Done, load
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
    with store.transaction() as (s, changes):
        load(s, Project, project_id, "Project")
        number, draft = numbering.allocate_one(s, project_id, SERIES)
        risk = Risk(
            project_id=project_id,
            number=number,
            draft_number=draft,
            owner_id=owner_id,
            status=RiskStatus.OPEN,
            **values,
        )
        s.add(risk)
    return Done(risk, changes)


RISK_EDITABLE = (
    "title",
    "description",
    "probability",
    "impact",
    "category",
    "owner_id",
    "mitigation",
)


def update_risk(store: Store, risk_id: str, **fields: Any) -> Done[Risk]:
    unknown = set(fields) - set(RISK_EDITABLE)
    if unknown:
        raise ValidationError(sorted(unknown)[0], "{field} cannot be edited here.")
    with store.transaction() as (s, changes):
        risk = load(s, Risk, risk_id, "Risk")
        for key, value in fields.items():
            if key in ("probability", "impact"):
                value = validation.int_range(key, value, 1, 5)
            elif key == "title":
                value = validation.required_text("title", value, max_len=300)
            elif key == "category":
                value = validation.choice("category", RiskCategory, value)
            setattr(risk, key, value)
    return Done(risk, changes)


def change_status(store: Store, risk_id: str, target: RiskStatus | str) -> Done[Risk]:
    status = validation.choice("status", RiskStatus, target)
    with store.transaction() as (s, changes):
        risk = load(s, Risk, risk_id, "Risk")
        workflow.check(KIND.transitions, risk_number(risk), risk.status, status)
        risk.status = status
    return Done(risk, changes)
