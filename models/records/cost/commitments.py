"""Writes of commitments (``SC-001`` contracts, ``PO-001`` purchase orders): create and
edit, the schedule of rates, execute (the SOV must add up to the contract value), close,
reopen and void. The schedule of values is ``sov``'s (named here too: ``commitments.load_sov``);
the contract sum to date (original value plus approved changes) is ``changes``'s."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from executrek.models import validation, workflow
from executrek.models.directory import Organisation
from executrek.models.errors import QT_TRANSLATE_NOOP, ValidationError, WorkflowError
from executrek.models.local_read import local_today
from executrek.models.project import CostCode
from executrek.models.records.cost import checks
from executrek.models.records.cost.checks import cents, money, percent, summed
from executrek.models.records.cost.commitment_model import (
    KIND,
    Commitment,
    CommitmentRate,
    SovLine,
)
from executrek.models.records.cost.payment_model import KIND as PAY_KIND
from executrek.models.records.cost.payment_model import PayApplication
from executrek.models.records.cost.sov import add_sov_line as add_sov_line
from executrek.models.records.cost.sov import commitment_number as commitment_number
from executrek.models.records.cost.sov import load_sov as load_sov
from executrek.models.records.cost.sov import remove_sov_line as remove_sov_line
from executrek.models.records.cost.vocab import (
    CommitmentStatus,
    CommitmentType,
    PayAppStatus,
)
from executrek.models.services.common import Done, add_numbered_to_project, editable_only, load
from executrek.models.store import Store

S = CommitmentStatus
OPEN_APPS = (PayAppStatus.DRAFT, PayAppStatus.UNDER_REVIEW, PayAppStatus.REJECTED)


def _contractor(s: Session, org_id: str, project_id: str) -> None:
    """The contractor a commitment names: an organisation of the project's directory."""
    label = "Organisation"
    checks.of_project(
        s, Organisation, org_id, project_id, "contractor_id", "contractor", label=label
    )


def _terms(values: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    labels = {
        "retainage_pct": "Retainage",
        "materials_retainage_pct": "Retainage on stored materials",
        "retainage_reduced_pct": "The reduced retainage",
        "reduce_at_pct": "The completion that reduces retainage",
    }
    for key, label in labels.items():
        if key in values:
            value = values[key]
            if value is None and key == "retainage_pct":
                raise ValidationError(
                    key,
                    QT_TRANSLATE_NOOP("Errors", "{label} is required (0 for none)."),
                    label=label,
                )
            out[key] = None if value is None else percent(key, value, label)
    return out


def _dates(start: dt.date | None, finish: dt.date | None) -> None:
    if start is not None and finish is not None and finish < start:
        raise ValidationError(
            "finish_date",
            QT_TRANSLATE_NOOP("Errors", "The finish ({finish}) is before the start ({start})."),
            finish=finish.isoformat(),
            start=start.isoformat(),
        )


def create_commitment(
    store: Store,
    project_id: str,
    *,
    commitment_type: CommitmentType | str,
    title: str,
    contractor_id: str,
    original_value: Decimal | str | int,
    retainage_pct: Decimal | str | int = 10,
    materials_retainage_pct: Decimal | str | int | None = None,
    retainage_reduced_pct: Decimal | str | int | None = None,
    reduce_at_pct: Decimal | str | int | None = None,
    description: str | None = None,
    start_date: dt.date | None = None,
    finish_date: dt.date | None = None,
) -> Done[Commitment]:
    kind = validation.choice("commitment_type", CommitmentType, commitment_type)
    terms = _terms(
        {
            "retainage_pct": retainage_pct,
            "materials_retainage_pct": materials_retainage_pct,
            "retainage_reduced_pct": retainage_reduced_pct,
            "reduce_at_pct": reduce_at_pct,
        }
    )
    if terms["materials_retainage_pct"] is None:
        terms["materials_retainage_pct"] = terms["retainage_pct"]
    _reduction_pair(terms["retainage_reduced_pct"], terms["reduce_at_pct"])
    _dates(start_date, finish_date)
    values = {
        "title": validation.required_text("title", title, max_len=300),
        "description": validation.text("description", description, max_len=20000, required=False),
        "original_value": money(
            "original_value", original_value, QT_TRANSLATE_NOOP("Errors", "The contract value")
        ),
    }
    return add_numbered_to_project(
        store,
        Commitment,
        project_id,
        KIND.prefix(kind),
        lambda s: _contractor(s, contractor_id, project_id),
        commitment_type=kind,
        contractor_id=contractor_id,
        status=S.DRAFT,
        start_date=start_date,
        finish_date=finish_date,
        **values,
        **terms,
    )


def _reduction_pair(reduced: Decimal | None, at: Decimal | None) -> None:
    if (reduced is None) != (at is None):
        raise ValidationError(
            "reduce_at_pct",
            QT_TRANSLATE_NOOP(
                "Errors",
                "A reduced retainage needs both the reduced rate and the completion it starts at.",
            ),
        )


_ANY_TIME = {"title", "description", "start_date", "finish_date"}
_DRAFT_ONLY = {
    "original_value",
    "retainage_pct",
    "materials_retainage_pct",
    "retainage_reduced_pct",
    "reduce_at_pct",
    "contractor_id",
}


def update_commitment(store: Store, commitment_id: str, **fields: Any) -> Done[Commitment]:
    """Edit the title, description and dates; while a draft also the contract value,
    the contractor and the retainage terms."""
    editable_only(fields, _ANY_TIME | _DRAFT_ONLY)
    clean: dict[str, Any] = _terms(fields)
    if "title" in fields:
        clean["title"] = validation.required_text("title", fields["title"], max_len=300)
    if "description" in fields:
        clean["description"] = validation.text(
            "description", fields["description"], max_len=20000, required=False
        )
    if "original_value" in fields:
        clean["original_value"] = money(
            "original_value",
            fields["original_value"],
            QT_TRANSLATE_NOOP("Errors", "The contract value"),
        )
    for key in ("start_date", "finish_date", "contractor_id"):
        if key in fields:
            clean[key] = fields[key]
    with store.transaction() as (s, changes):
        c = load(s, Commitment, commitment_id, "Commitment")
        if c.status is S.VOID or (set(fields) & _DRAFT_ONLY and c.status is not S.DRAFT):
            raise WorkflowError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{number} is {status}; its value, contractor and retainage terms change only "
                    "while it is a draft (later by change order).",
                ),
                number=commitment_number(c),
                status=c.status.value,
            )
        if clean.get("contractor_id") is not None:
            _contractor(s, clean["contractor_id"], c.project_id)
        if "materials_retainage_pct" in clean and clean["materials_retainage_pct"] is None:
            clean["materials_retainage_pct"] = clean.get("retainage_pct", c.retainage_pct)
        for key, value in clean.items():
            setattr(c, key, value)
        _reduction_pair(c.retainage_reduced_pct, c.reduce_at_pct)
        _dates(c.start_date, c.finish_date)
    return Done(c, changes)


def add_rate(
    store: Store,
    commitment_id: str,
    *,
    item: str,
    description: str,
    unit: str,
    rate: Decimal | str | int,
    cost_code_id: str | None = None,
) -> Done[CommitmentRate]:
    """One rate of the commitment's schedule of rates (change order lines are checked
    against it)."""
    clean_item = validation.required_text("item", item, max_len=32)
    values = {
        "description": validation.required_text("description", description, max_len=400),
        "unit": validation.required_text("unit", unit, max_len=16),
        "rate": money("rate", rate, QT_TRANSLATE_NOOP("Errors", "The rate")),
    }
    with store.transaction() as (s, changes):
        c = load(s, Commitment, commitment_id, "Commitment")
        if c.status is S.VOID:
            raise WorkflowError(
                QT_TRANSLATE_NOOP("Errors", "{number} is void."), number=commitment_number(c)
            )
        if cost_code_id is not None:
            checks.of_project(s, CostCode, cost_code_id, c.project_id, "cost_code_id", "cost code")
        taken = s.scalar(
            select(CommitmentRate.id).where(
                CommitmentRate.commitment_id == c.id, CommitmentRate.item == clean_item
            )
        )
        if taken:
            raise ValidationError(
                "item",
                QT_TRANSLATE_NOOP(
                    "Errors", "Rate item {item} is already in the schedule of rates."
                ),
                item=clean_item,
            )
        r = CommitmentRate(
            project_id=c.project_id,
            commitment_id=c.id,
            item=clean_item,
            cost_code_id=cost_code_id,
            **values,
        )
        s.add(r)
    return Done(r, changes)


# --- status ---------------------------------------------------------------------------
def execute_commitment(store: Store, commitment_id: str, *, on: dt.date) -> Done[Commitment]:
    """Signed: the schedule of values (lines not added by a change order) must add up to
    the contract value exactly; from now on it changes only by change order."""
    validation.not_after("on", on, local_today())
    with store.transaction() as (s, changes):
        c = load(s, Commitment, commitment_id, "Commitment")
        workflow.check(KIND.transitions, commitment_number(c), c.status, S.EXECUTED)
        sov = cents(
            s.scalar(
                select(summed(SovLine.scheduled_value)).where(
                    SovLine.commitment_id == c.id,
                    SovLine.change_order_id.is_(None),
                    SovLine.deleted_at.is_(None),
                )
            )
        )
        if sov != c.original_value:
            raise ValidationError(
                "scheduled_value",
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The schedule of values adds up to {sov}, not the contract value {value}.",
                ),
                sov=checks.amount_text(sov),
                value=checks.amount_text(c.original_value),
            )
        c.status = S.EXECUTED
        c.executed_on = on
    return Done(c, changes)


def _open_app(s: Session, c: Commitment) -> PayApplication | None:
    return s.scalar(
        select(PayApplication).where(
            PayApplication.commitment_id == c.id,
            PayApplication.status.in_(OPEN_APPS),
            PayApplication.deleted_at.is_(None),
        )
    )


def _to_status(store: Store, commitment_id: str, target: CommitmentStatus) -> Done[Commitment]:
    """Move a commitment where its workflow allows; closed only once no pay application
    of it is still open."""
    with store.transaction() as (s, changes):
        c = load(s, Commitment, commitment_id, "Commitment")
        workflow.check(KIND.transitions, commitment_number(c), c.status, target)
        if target is S.CLOSED and (still := _open_app(s, c)) is not None:
            raise WorkflowError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{number} still has an open pay application ({app}); certify or void it first.",
                ),
                number=commitment_number(c),
                app=PAY_KIND.number_of(still),
            )
        c.status = target
    return Done(c, changes)


def close_commitment(store: Store, commitment_id: str) -> Done[Commitment]:
    """Final account agreed; refused while a pay application of it is still open."""
    return _to_status(store, commitment_id, S.CLOSED)


def reopen_commitment(store: Store, commitment_id: str) -> Done[Commitment]:
    """A closed commitment back to executed (to settle a late claim)."""
    return _to_status(store, commitment_id, S.EXECUTED)


def void_commitment(store: Store, commitment_id: str) -> Done[Commitment]:
    """A draft that will not be signed."""
    return _to_status(store, commitment_id, S.VOID)


def sov_total(s: Session, commitment_id: str) -> Decimal:
    """Σ scheduled value of the commitment's live SOV lines (change-order lines too)."""
    return cents(
        s.scalar(
            select(summed(SovLine.scheduled_value)).where(
                SovLine.commitment_id == commitment_id, SovLine.deleted_at.is_(None)
            )
        )
    )
