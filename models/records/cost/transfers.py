"""Budget transfers (``BT-001``): create and edit a draft, then submit, approve, reject,
revise and void it, each step a ``budget_transfer_events`` row (who, when, why); and a
line's approved budget (original plus approved transfers in, less approved out), which
every transfer checks its source line against."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, object_session

from executrek.models import validation
from executrek.models.base import utcnow
from executrek.models.errors import QT_TRANSLATE_NOOP, ValidationError
from executrek.models.project import Project
from executrek.models.records.cost.budget_model import (
    BUDGET_KIND,
    TRANSFER_KIND,
    BudgetLine,
    BudgetTransfer,
    BudgetTransferEvent,
)
from executrek.models.records.cost.checks import (
    amount_text,
    cents,
    money,
    note_by,
    of_project,
    person,
    reason,
    summed,
)
from executrek.models.records.cost.vocab import BudgetStatus, TransferStatus
from executrek.models.services.common import (
    Done,
    Editable,
    add_numbered,
    edit_fields,
    load,
    take_step,
)
from executrek.models.store import Store

T = TransferStatus


def approved_budget(s: Session, line: BudgetLine) -> Decimal:
    """Original amount plus approved transfers in, less approved transfers out."""

    def total(column: Any) -> Decimal:
        return cents(
            s.scalar(
                select(summed(BudgetTransfer.amount)).where(
                    column == line.id,
                    BudgetTransfer.status == T.APPROVED,
                    BudgetTransfer.deleted_at.is_(None),
                )
            )
        )

    return (
        line.original_amount + total(BudgetTransfer.to_line_id) - total(BudgetTransfer.from_line_id)
    )


def _check_lines(
    s: Session, project_id: str, from_line_id: str | None, to_line_id: str | None
) -> tuple[BudgetLine | None, BudgetLine | None]:
    if from_line_id is None and to_line_id is None:
        raise ValidationError(
            "to_line_id",
            QT_TRANSLATE_NOOP("Errors", "A transfer needs a line to take from or give to."),
        )
    if from_line_id is not None and from_line_id == to_line_id:
        raise ValidationError(
            "to_line_id",
            QT_TRANSLATE_NOOP("Errors", "A transfer needs two different budget lines."),
        )
    source = target = None
    if from_line_id is not None:
        source = of_project(s, BudgetLine, from_line_id, project_id, "from_line_id", "budget line")
    if to_line_id is not None:
        target = of_project(s, BudgetLine, to_line_id, project_id, "to_line_id", "budget line")
        if target.status is BudgetStatus.CLOSED:
            raise ValidationError(
                "to_line_id",
                QT_TRANSLATE_NOOP("Errors", "{line} is closed; a transfer cannot give to it."),
                line=BUDGET_KIND.number_of(target),
            )
    return source, target


def _enough(s: Session, source: BudgetLine | None, amount: Decimal) -> None:
    if source is None:
        return
    left = approved_budget(s, source) - amount
    if left < 0:
        raise ValidationError(
            "amount",
            QT_TRANSLATE_NOOP("Errors", "Taking {amount} from {line} would leave it at {left}."),
            amount=amount_text(amount),
            line=BUDGET_KIND.number_of(source),
            left=amount_text(left),
        )


def create_transfer(
    store: Store,
    project_id: str,
    *,
    title: str,
    reason: str,
    from_line_id: str | None,
    to_line_id: str | None,
    amount: Decimal | str | int,
) -> Done[BudgetTransfer]:
    """A draft transfer: ``from_line_id`` None is an owner budget increase, ``to_line_id``
    None a decrease."""
    value = _amount(amount)
    values = {
        "title": validation.required_text("title", title, max_len=300),
        "reason": _reason(reason),
    }
    with store.transaction() as (s, changes):
        load(s, Project, project_id, "Project")
        source, _target = _check_lines(s, project_id, from_line_id, to_line_id)
        _enough(s, source, value)
        transfer = add_numbered(
            s,
            BudgetTransfer,
            project_id,
            TRANSFER_KIND.prefix(),
            from_line_id=from_line_id,
            to_line_id=to_line_id,
            amount=value,
            status=T.DRAFT,
            **values,
        )
    return Done(transfer, changes)


def _reason(value: str) -> str:
    return validation.required_text("reason", value, max_len=4000)


def _amount(value: object) -> Decimal:
    amount = money("amount", value, QT_TRANSLATE_NOOP("Errors", "The transfer amount"))
    if amount == 0:
        raise ValidationError(
            "amount", QT_TRANSLATE_NOOP("Errors", "A transfer needs an amount above zero.")
        )
    return amount


_TRANSFER_EDITABLE: Editable = {
    "title": lambda v: validation.required_text("title", v, max_len=300),
    "reason": _reason,
    "amount": _amount,
    "from_line_id": None,
    "to_line_id": None,
}


def update_transfer(store: Store, transfer_id: str, **fields: Any) -> Done[BudgetTransfer]:
    """Edit a draft transfer's title, reason, lines or amount."""
    return edit_fields(
        store,
        BudgetTransfer,
        transfer_id,
        "Budget transfer",
        fields,
        _TRANSFER_EDITABLE,
        before=_draft_only,
        after=_lines_hold,
    )


def _draft_only(transfer: BudgetTransfer) -> None:
    TRANSFER_KIND.require_status(
        transfer,
        T.DRAFT,
        QT_TRANSLATE_NOOP("Errors", "{number} is {status}; only drafts can be edited."),
    )


def _lines_hold(transfer: BudgetTransfer) -> None:
    s = object_session(transfer)
    assert s is not None
    _check_lines(s, transfer.project_id, transfer.from_line_id, transfer.to_line_id)


def _step(
    store: Store,
    transfer_id: str,
    target: TransferStatus,
    action: str,
    approver: str | None,
    note: str | None,
    **stamps: Any,
) -> Done[BudgetTransfer]:
    """Move a transfer by ``action``, with the moment it was submitted or decided; an
    approval only while its lines hold and the source line still has the amount."""
    with store.transaction() as (s, changes):
        transfer = load(s, BudgetTransfer, transfer_id, "Budget transfer")
        if target is T.APPROVED:
            source, _target = _check_lines(
                s, transfer.project_id, transfer.from_line_id, transfer.to_line_id
            )
            if transfer.status is T.PENDING:
                _enough(s, source, transfer.amount)
        event = BudgetTransferEvent.transfer_id
        take_step(
            s, TRANSFER_KIND, event, transfer, target, action, approver_name=approver, note=note
        )
        for key, value in stamps.items():
            setattr(transfer, key, value)
    return Done(transfer, changes)


def submit_transfer(
    store: Store, transfer_id: str, *, note: str | None = None, actor_name: str | None = None
) -> Done[BudgetTransfer]:
    text, name = note_by(note, actor_name)
    return _step(store, transfer_id, T.PENDING, "submit", name, text, submitted_at=utcnow())


def approve_transfer(
    store: Store, transfer_id: str, *, approver: str, note: str | None = None
) -> Done[BudgetTransfer]:
    """Approve a submitted transfer; the source line must still hold the amount. Whether
    the approver may approve it (role, limit) is the central database's check."""
    name = person("approver", approver, QT_TRANSLATE_NOOP("Errors", "Approving a transfer"))
    text = validation.text("note", note, max_len=4000, required=False)
    return _step(store, transfer_id, T.APPROVED, "approve", name, text, decided_at=utcnow())


def reject_transfer(
    store: Store, transfer_id: str, *, approver: str, note: str
) -> Done[BudgetTransfer]:
    return _refused(store, transfer_id, T.REJECTED, approver, note, decided_at=utcnow())


def revise_transfer(
    store: Store, transfer_id: str, *, note: str | None = None
) -> Done[BudgetTransfer]:
    """Back to draft (a pending or rejected transfer) to be edited and submitted again."""
    text = validation.text("note", note, max_len=4000, required=False)
    return _step(store, transfer_id, T.DRAFT, "revise", None, text, decided_at=None)


def void_transfer(
    store: Store, transfer_id: str, *, approver: str, note: str
) -> Done[BudgetTransfer]:
    return _refused(store, transfer_id, T.VOID, approver, note)


def _refused(
    store: Store, transfer_id: str, target: TransferStatus, approver: str, note: str, **stamps: Any
) -> Done[BudgetTransfer]:
    """Reject or void: the approver named and a reason given, one event."""
    action, doing = (
        ("reject", QT_TRANSLATE_NOOP("Errors", "Rejecting a transfer"))
        if target is T.REJECTED
        else ("void", QT_TRANSLATE_NOOP("Errors", "Voiding a transfer"))
    )
    name = person("approver", approver, doing)
    return _step(store, transfer_id, target, action, name, reason("note", note, doing), **stamps)
