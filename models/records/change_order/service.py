"""Change orders: tiers, line items with live totals, the approval workflow and the
project's budget roll-up."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, object_session

from executrek.models import numbering, validation
from executrek.models.base import utcnow
from executrek.models.errors import QT_TRANSLATE_NOOP, ValidationError, WorkflowError
from executrek.models.project import Project
from executrek.models.records.change_order.model import (
    KIND,
    NEXT_TIER,
    TIER_PREFIX,
    ChangeOrder,
    ChangeOrderEvent,
    ChangeOrderLine,
    COReason,
    COStatus,
    COTier,
)
from executrek.models.records.cost.commitment_model import KIND as COMMITMENT_KIND
from executrek.models.records.cost.commitment_model import Commitment, SovLine
from executrek.models.records.cost.vocab import CommitmentStatus
from executrek.models.records.row_fields import columns_of
from executrek.models.services.budget import BudgetRollup as BudgetRollup
from executrek.models.services.budget import budget_rollup as budget_rollup
from executrek.models.services.common import (
    Done,
    Editable,
    add_numbered,
    add_signature,
    edit_fields,
    load,
    take_step,
    valid_strokes,
)
from executrek.models.services.record_reads import live_children, read_logged
from executrek.models.store import Store

CENT = Decimal("0.01")


def co_number(co: ChangeOrder) -> str:
    return KIND.number_of(co)


@dataclass(frozen=True)
class LineInput:
    description: str
    quantity: Decimal | str | int
    unit_price: Decimal | str | int
    unit: str = "ea"
    markup_pct: Decimal | str | int = Decimal(0)
    cost_code_id: str | None = None
    sov_line_id: str | None = None  # the commitment's SOV line the change modifies


def line_amount(quantity: Decimal, unit_price: Decimal, markup_pct: Decimal) -> Decimal:
    gross = quantity * unit_price * (Decimal(1) + markup_pct / Decimal(100))
    return gross.quantize(CENT, rounding=ROUND_HALF_UP)


def _validated_line(index: int, line: LineInput) -> dict[str, Any]:
    prefix = f"lines[{index}]."
    quantity = validation.decimal(
        prefix + "quantity", line.quantity, places=3, allow_negative=False
    )
    # A credit is a negative unit price, never a negative quantity.
    unit_price = validation.decimal(prefix + "unit_price", line.unit_price, places=2)
    markup = validation.decimal(
        prefix + "markup_pct", line.markup_pct, places=2, allow_negative=False
    )
    if markup > 100:
        raise ValidationError(
            prefix + "markup_pct",
            QT_TRANSLATE_NOOP("Errors", "{field} above 100% is not plausible."),
        )
    return {
        "description": validation.required_text(
            prefix + "description", line.description, max_len=400
        ),
        "quantity": quantity,
        "unit": validation.required_text(prefix + "unit", line.unit, max_len=16),
        "unit_price": unit_price,
        "markup_pct": markup,
        "cost_code_id": line.cost_code_id,
        "sov_line_id": line.sov_line_id,
        "amount": line_amount(quantity, unit_price, markup),
    }


def create_change_order(
    store: Store,
    project_id: str,
    *,
    title: str,
    reason: COReason | str,
    tier: COTier | str = COTier.CHANGE_EVENT,
    description: str | None = None,
    contractor_id: str | None = None,
    schedule_impact_days: int = 0,
    lines: Sequence[LineInput] = (),
    funded_from_contingency: bool = True,
    commitment_id: str | None = None,
) -> Done[ChangeOrder]:
    co_tier = validation.choice("tier", COTier, tier)
    values = {
        "title": validation.required_text("title", title, max_len=300),
        "reason": validation.choice("reason", COReason, reason),
        "description": validation.text("description", description, max_len=20000, required=False),
        "schedule_impact_days": validation.int_range(
            "schedule_impact_days", schedule_impact_days, -3650, 3650
        ),
    }
    checked = [_validated_line(i, line) for i, line in enumerate(lines, start=1)]
    with store.transaction() as (s, changes):
        load(s, Project, project_id, "Project")
        number, draft = numbering.allocate_one(s, project_id, TIER_PREFIX[co_tier])
        co = ChangeOrder(
            project_id=project_id,
            tier=co_tier,
            number=number,
            draft_number=draft,
            contractor_id=contractor_id,
            status=COStatus.DRAFT,
            funded_from_contingency=funded_from_contingency,
            commitment_id=commitment_id,
            **values,
        )
        _check_commitment(s, co)
        s.add(co)
        s.flush()
        _replace_lines(s, co, checked)
    return Done(co, changes)


def _check_commitment(s: Session, co: ChangeOrder) -> None:
    """A change order tied to a commitment: an executed one of the same project (its
    contractor by default, never another)."""
    if co.commitment_id is None:
        return
    c = load(s, Commitment, co.commitment_id, "Commitment")
    if c.project_id != co.project_id:
        raise ValidationError(
            "commitment_id",
            QT_TRANSLATE_NOOP("Errors", "The commitment belongs to another project."),
        )
    if c.status is not CommitmentStatus.EXECUTED:
        raise ValidationError(
            "commitment_id",
            QT_TRANSLATE_NOOP(
                "Errors", "{number} is {status}; a change order modifies an executed commitment."
            ),
            number=COMMITMENT_KIND.number_of(c),
            status=c.status.value,
        )
    if co.contractor_id is None:
        co.contractor_id = c.contractor_id
    elif co.contractor_id != c.contractor_id:
        raise ValidationError(
            "contractor_id",
            QT_TRANSLATE_NOOP("Errors", "The contractor is not the contractor of {number}."),
            number=COMMITMENT_KIND.number_of(c),
        )


def _check_sov_lines(s: Session, co: ChangeOrder, checked: list[dict[str, Any]]) -> None:
    """Each line naming an SOV line names one of the change order's commitment."""
    for position, values in enumerate(checked, start=1):
        sov_id = values.get("sov_line_id")
        if sov_id is None:
            continue
        sov = load(s, SovLine, sov_id, "Schedule-of-values line")
        if co.commitment_id is None or sov.commitment_id != co.commitment_id:
            raise ValidationError(
                f"lines[{position}].sov_line_id",
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Line {position} names a schedule-of-values line of another commitment.",
                ),
                position=position,
            )


def _replace_lines(s: Session, co: ChangeOrder, checked: list[dict[str, Any]]) -> None:
    _check_sov_lines(s, co, checked)
    now = utcnow()
    for old in _live_lines(s, co.id):
        old.deleted_at = now
    total = Decimal(0)
    for position, values in enumerate(checked, start=1):
        s.add(
            ChangeOrderLine(
                project_id=co.project_id, change_order_id=co.id, position=position, **values
            )
        )
        total += values["amount"]
    co.amount = total


def set_lines(store: Store, co_id: str, lines: Sequence[LineInput]) -> Done[ChangeOrder]:
    checked = [_validated_line(i, line) for i, line in enumerate(lines, start=1)]
    with store.transaction() as (s, changes):
        co = load(s, ChangeOrder, co_id, "Change order")
        _require_editable(co)
        _replace_lines(s, co, checked)
    return Done(co, changes)


CO_EDITABLE: Editable = {
    "title": lambda v: validation.required_text("title", v, max_len=300),
    "description": None,
    "reason": lambda v: validation.choice("reason", COReason, v),
    "contractor_id": None,
    "schedule_impact_days": lambda v: validation.int_range("schedule_impact_days", v, -3650, 3650),
    "funded_from_contingency": None,
    "commitment_id": None,
}


def update_change_order(store: Store, co_id: str, **fields: Any) -> Done[ChangeOrder]:
    return edit_fields(
        store,
        ChangeOrder,
        co_id,
        "Change order",
        fields,
        CO_EDITABLE,
        before=_require_editable,
        after=_links_hold if {"commitment_id", "contractor_id"} & set(fields) else None,
    )


def _links_hold(co: ChangeOrder) -> None:
    """After an edit: the commitment (and contractor) still fit, and so do the lines."""
    s = object_session(co)
    assert s is not None
    _check_commitment(s, co)
    lines = _live_lines(s, co.id)
    _check_sov_lines(s, co, [{"sov_line_id": line.sov_line_id} for line in lines])


def _require_editable(co: ChangeOrder) -> None:
    KIND.require_status(
        co,
        COStatus.DRAFT,
        QT_TRANSLATE_NOOP(
            "Errors", "{number} is {status}; only drafts can be edited (revise it first)."
        ),
    )


def lines_of(store: Store, co_id: str) -> list[ChangeOrderLine]:
    with store.read() as s:
        return _live_lines(s, co_id)


def _live_lines(s: Session, co_id: str) -> list[ChangeOrderLine]:
    """The change order's lines not deleted, in their order."""
    return live_children(s, ChangeOrderLine.change_order_id, co_id, ChangeOrderLine.position)


def events_of(store: Store, co_id: str) -> list[ChangeOrderEvent]:
    return read_logged(store, ChangeOrderEvent.change_order_id, co_id)


def _transition(
    s: Session,
    co: ChangeOrder,
    target: COStatus,
    action: str,
    *,
    note: str | None = None,
    approver: str | None = None,
    signature_id: str | None = None,
) -> None:
    take_step(
        s,
        KIND,
        ChangeOrderEvent.change_order_id,
        co,
        target,
        action,
        approver_name=approver,
        signature_id=signature_id,
        amount=co.amount,
        note=note,
    )


def _submit(s: Session, co: ChangeOrder, note: str | None) -> None:
    has_lines = s.scalar(
        select(ChangeOrderLine.id)
        .where(ChangeOrderLine.change_order_id == co.id, ChangeOrderLine.deleted_at.is_(None))
        .limit(1)
    )
    if co.status is COStatus.DRAFT and not has_lines:
        raise WorkflowError(
            QT_TRANSLATE_NOOP(
                "Errors", "{number} has no line items; add the cost before submitting."
            ),
            number=co_number(co),
        )
    _transition(s, co, COStatus.PENDING, "submit", note=note)
    co.submitted_at = utcnow()


def submit(store: Store, co_id: str, note: str | None = None) -> Done[ChangeOrder]:
    with store.transaction() as (s, changes):
        co = load(s, ChangeOrder, co_id, "Change order")
        _submit(s, co, note)
    return Done(co, changes)


def approve(
    store: Store,
    co_id: str,
    *,
    approver_name: str,
    approver_role: str | None,
    signature_strokes: list[Any],
    note: str | None = None,
    submit_first: bool = False,
    through_tiers: bool = False,
) -> Done[ChangeOrder]:
    """Approval needs a named approver and their signature; both become events. With
    ``submit_first`` a draft is submitted and approved in one step (one transaction, one
    signature): the approver raised it themselves. With ``through_tiers`` a change event
    or request (pending, a draft with ``submit_first``, or approved already) is carried
    through every tier to an approved change order with that one signature: each tier
    approved and promoted, the next submitted and approved, every approval naming the
    approver and the signature; the change order is returned. Whether the approver's role
    and approval limit allow each approval is the central database's check when the
    change syncs."""
    name, strokes = _approver(approver_name, signature_strokes)
    with store.transaction() as (s, changes):
        co = load(s, ChangeOrder, co_id, "Change order")
        if through_tiers and co.tier not in NEXT_TIER:
            raise WorkflowError(
                QT_TRANSLATE_NOOP("Errors", "{number} is already an executed change order."),
                number=co_number(co),
            )
        if submit_first:
            _submit(s, co, None)  # refused (no lines, not a draft): nothing is signed
        sig = add_signature(s, KIND.key, co, name, approver_role, strokes)
        if not (through_tiers and co.status is COStatus.APPROVED):  # approved: carried on
            _approve(s, co, name, sig.id, note)
        while through_tiers and co.tier in NEXT_TIER:
            co = _promote(s, co, None)
            _submit(s, co, None)
            _approve(s, co, name, sig.id, note)
    return Done(co, changes)


def _approver(approver_name: str, signature_strokes: list[Any]) -> tuple[str, list[Any]]:
    name = validation.text("approver_name", approver_name, max_len=200, required=False)
    if not name:
        raise WorkflowError(QT_TRANSLATE_NOOP("Errors", "An approval needs the approver's name."))
    return name, valid_strokes(signature_strokes)


def _approve(s: Session, co: ChangeOrder, name: str, signature_id: str, note: str | None) -> None:
    _transition(
        s, co, COStatus.APPROVED, "approve", note=note, approver=name, signature_id=signature_id
    )
    co.decided_at = utcnow()


def _reason(note: str, refused: str) -> str:
    """The note a step cannot be taken without; ``refused`` says so when there is none."""
    reason = validation.text("note", note, max_len=4000, required=False)
    if not reason:
        raise ValidationError("note", refused)
    return reason


def reject(store: Store, co_id: str, note: str) -> Done[ChangeOrder]:
    reason = _reason(note, QT_TRANSLATE_NOOP("Errors", "Rejecting a change order needs a reason."))
    with store.transaction() as (s, changes):
        co = load(s, ChangeOrder, co_id, "Change order")
        _transition(s, co, COStatus.REJECTED, "reject", note=reason)
        co.decided_at = utcnow()
    return Done(co, changes)


def revise(store: Store, co_id: str, note: str | None = None) -> Done[ChangeOrder]:
    with store.transaction() as (s, changes):
        co = load(s, ChangeOrder, co_id, "Change order")
        _transition(s, co, COStatus.DRAFT, "revise", note=note)
        co.revision += 1
        co.decided_at = None
    return Done(co, changes)


def void(store: Store, co_id: str, note: str) -> Done[ChangeOrder]:
    reason = _reason(note, QT_TRANSLATE_NOOP("Errors", "Voiding a change order needs a reason."))
    with store.transaction() as (s, changes):
        co = load(s, ChangeOrder, co_id, "Change order")
        _transition(s, co, COStatus.VOID, "void", note=reason)
    return Done(co, changes)


def promote(store: Store, co_id: str, note: str | None = None) -> Done[ChangeOrder]:
    """Carry an approved change event or request to the next tier, lines included."""
    with store.transaction() as (s, changes):
        co = load(s, ChangeOrder, co_id, "Change order")
        child = _promote(s, co, note)
    return Done(child, changes)


# What the next tier takes over from the approved one, and from each of its lines.
_PROMOTED_COLUMNS = (
    "title",
    "description",
    "reason",
    "contractor_id",
    "schedule_impact_days",
    "amount",
    "funded_from_contingency",
    "commitment_id",
)
_PROMOTED_LINE_COLUMNS = (
    "position",
    "description",
    "cost_code_id",
    "sov_line_id",
    "quantity",
    "unit",
    "unit_price",
    "markup_pct",
    "amount",
)


def _promote(s: Session, co: ChangeOrder, note: str | None) -> ChangeOrder:
    """The next tier of ``co`` (approved), a draft with ``co``'s lines."""
    if co.tier not in NEXT_TIER:
        raise WorkflowError(
            QT_TRANSLATE_NOOP("Errors", "{number} is already an executed change order."),
            number=co_number(co),
        )
    if co.status is not COStatus.APPROVED:
        raise WorkflowError(
            QT_TRANSLATE_NOOP(
                "Errors", "{number} must be approved before it moves to the next tier."
            ),
            number=co_number(co),
        )
    tier = NEXT_TIER[co.tier]
    child = add_numbered(
        s,
        ChangeOrder,
        co.project_id,
        TIER_PREFIX[tier],
        tier=tier,
        parent_id=co.id,
        status=COStatus.DRAFT,
        **columns_of(co, _PROMOTED_COLUMNS),
    )
    s.flush()
    for line in _live_lines(s, co.id):
        s.add(
            ChangeOrderLine(
                project_id=co.project_id,
                change_order_id=child.id,
                **columns_of(line, _PROMOTED_LINE_COLUMNS),
            )
        )
    _transition(s, co, COStatus.PROMOTED, "promote", note=note or co_number(child))
    return child
