"""Writes of the owner's budget: the cost-code tree, funding sources, budget lines
(``BL-001``), a whole budget loaded at once, and budget transfers (``BT-001``) with their
submit/approve/reject/void events (who, when, why)."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, object_session

from executrek.models import numbering, validation, workflow
from executrek.models.base import utcnow
from executrek.models.errors import ValidationError, WorkflowError
from executrek.models.project import CostCode, Project
from executrek.models.records.cost.budget_model import (
    BUDGET_KIND,
    TRANSFER_KIND,
    BudgetLine,
    BudgetTransfer,
    BudgetTransferEvent,
    FundingSource,
)
from executrek.models.records.cost.checks import (
    amount_text,
    at_row,
    cents,
    in_project,
    money,
    note_by,
    person,
    reason,
    row_no,
    summed,
)
from executrek.models.records.cost.rows import BudgetRow, CodeRow, LoadResult
from executrek.models.records.cost.vocab import BudgetStatus, CostCategory, TransferStatus
from executrek.models.services.common import (
    Done,
    Editable,
    add_numbered,
    edit_fields,
    editable_only,
    load,
    take_step,
)
from executrek.models.services.record_reads import live_of_project
from executrek.models.store import Store

T = TransferStatus


# --- cost codes and funding -------------------------------------------------------------
def _code_text(field: str, value: str) -> str:
    return validation.required_text(field, value, max_len=32)


def _code_in(s: Session, project_id: str, code: str) -> CostCode | None:
    return s.scalar(
        select(CostCode).where(
            CostCode.project_id == project_id, CostCode.code == code, CostCode.deleted_at.is_(None)
        )
    )


def create_cost_code(
    store: Store, project_id: str, *, code: str, name: str, parent_code: str | None = None
) -> Done[CostCode]:
    clean = _code_text("code", code)
    clean_name = validation.required_text("name", name, max_len=200)
    parent = (parent_code or "").strip() or None
    with store.transaction() as (s, changes):
        load(s, Project, project_id, "Project")
        if _code_in(s, project_id, clean) is not None:
            raise ValidationError("code", "Cost code {code} is already used.", code=clean)
        parent_id = None
        if parent is not None:
            found = _code_in(s, project_id, parent)
            if found is None:
                raise ValidationError(
                    "parent_code", "There is no cost code {code} in this project.", code=parent
                )
            parent_id = found.id
        cc = CostCode(project_id=project_id, code=clean, name=clean_name, parent_id=parent_id)
        s.add(cc)
    return Done(cc, changes)


def update_cost_code(store: Store, code_id: str, *, code: str, name: str) -> Done[CostCode]:
    """Change a cost code's code or name (a code is used once in a project)."""
    clean = _code_text("code", code)
    clean_name = validation.required_text("name", name, max_len=200)
    with store.transaction() as (s, changes):
        cc = load(s, CostCode, code_id, "Cost code")
        other = _code_in(s, cc.project_id, clean)
        if other is not None and other.id != cc.id:
            raise ValidationError("code", "Cost code {code} is already used.", code=clean)
        cc.code, cc.name = clean, clean_name
    return Done(cc, changes)


def create_funding_source(
    store: Store,
    project_id: str,
    *,
    name: str,
    amount: Decimal | str | int,
    note: str | None = None,
) -> Done[FundingSource]:
    clean = validation.required_text("name", name, max_len=200)
    value = money("amount", amount, "The funding amount")
    text = validation.text("note", note, max_len=20000, required=False)
    with store.transaction() as (s, changes):
        load(s, Project, project_id, "Project")
        if _funding_named(s, project_id, clean) is not None:
            raise ValidationError("name", "Funding source {name} already exists.", name=clean)
        source = FundingSource(project_id=project_id, name=clean, amount=value, note=text)
        s.add(source)
    return Done(source, changes)


def _funding_named(s: Session, project_id: str, name: str) -> FundingSource | None:
    return s.scalar(
        select(FundingSource).where(
            FundingSource.project_id == project_id,
            func.lower(FundingSource.name) == name.lower(),
            FundingSource.deleted_at.is_(None),
        )
    )


# --- budget lines -------------------------------------------------------------------
def create_budget_line(
    store: Store,
    project_id: str,
    *,
    cost_code_id: str,
    title: str,
    category: CostCategory | str,
    original_amount: Decimal | str | int,
    funding_source_id: str | None = None,
    note: str | None = None,
) -> Done[BudgetLine]:
    values = _checked_line(
        {"title": title, "category": category, "original_amount": original_amount, "note": note}
    )
    with store.transaction() as (s, changes):
        load(s, Project, project_id, "Project")
        _refs_in_project(s, project_id, cost_code_id, funding_source_id)
        line = add_numbered(
            s,
            BudgetLine,
            project_id,
            BUDGET_KIND.prefix(),
            cost_code_id=cost_code_id,
            funding_source_id=funding_source_id,
            status=BudgetStatus.ACTIVE,
            **values,
        )
    return Done(line, changes)


_LINE_CHECKS: dict[str, Any] = {
    "title": lambda v: validation.required_text("title", v, max_len=300),
    "category": lambda v: validation.choice("category", CostCategory, v),
    "original_amount": lambda v: money("original_amount", v, "The original budget"),
    "note": lambda v: validation.text("note", v, max_len=20000, required=False),
    "cost_code_id": None,
    "funding_source_id": None,
    "status": lambda v: validation.choice("status", BudgetStatus, v),
}


def _checked_line(fields: dict[str, Any]) -> dict[str, Any]:
    return {k: (_LINE_CHECKS[k](v) if _LINE_CHECKS[k] else v) for k, v in fields.items()}


def _refs_in_project(
    s: Session, project_id: str, cost_code_id: str | None, funding_source_id: str | None
) -> None:
    """The cost code and funding source a line names are the project's."""
    if cost_code_id is not None:
        code = load(s, CostCode, cost_code_id, "Cost code")
        in_project(code, project_id, "cost_code_id", "cost code")
    if funding_source_id is not None:
        source = load(s, FundingSource, funding_source_id, "Funding source")
        in_project(source, project_id, "funding_source_id", "funding source")


def update_budget_line(store: Store, line_id: str, **fields: Any) -> Done[BudgetLine]:
    """Edit a line's title, category, original amount, note, cost code, funding source or
    status (``active`` ↔ ``closed``)."""
    editable_only(fields, _LINE_CHECKS)
    clean = _checked_line(fields)
    with store.transaction() as (s, changes):
        line = load(s, BudgetLine, line_id, "Budget line")
        _refs_in_project(
            s, line.project_id, clean.get("cost_code_id"), clean.get("funding_source_id")
        )
        status = clean.pop("status", line.status)
        if status != line.status:
            workflow.check(
                BUDGET_KIND.transitions, BUDGET_KIND.number_of(line), line.status, status
            )
            line.status = status
        for key, value in clean.items():
            setattr(line, key, value)
    return Done(line, changes)


# --- a whole budget at once ---------------------------------------------------------------
def load_budget(
    store: Store, project_id: str, codes: Sequence[CodeRow], lines: Sequence[BudgetRow]
) -> Done[LoadResult]:
    """Load a cost-code list and budget lines in one transaction: codes are matched by
    code (a known code is kept, its name updated, its parent too when the row names one),
    lines by cost code and title
    (a known line gets the row's category, amount and funding). A funding source named
    for the first time is created (amount 0, to be set). Any bad row refuses the whole
    load and names the row; nothing is half-loaded."""
    with store.transaction() as (s, changes):
        load(s, Project, project_id, "Project")
        codes_added, codes_kept, by_code = _load_codes(s, project_id, codes)
        added, updated = _load_lines(s, project_id, lines, by_code)
    return Done(LoadResult(codes_added, codes_kept, added, updated), changes)


def _load_codes(
    s: Session, project_id: str, rows: Sequence[CodeRow]
) -> tuple[int, int, dict[str, CostCode]]:
    by_code = {cc.code: cc for cc in live_of_project(s, CostCode, project_id)}
    seen: dict[str, int] = {}
    added = kept = 0
    parents: list[tuple[int, CostCode, str | None]] = []
    for index, row in enumerate(rows, start=1):
        n = row_no(row.row, index)
        with at_row(n):
            code = _code_text("code", row.code)
            name = validation.required_text("name", row.name, max_len=200)
            if code in seen:
                raise ValidationError(
                    "code", "cost code {code} is also on row {other}.", code=code, other=seen[code]
                )
            seen[code] = n
            cc = by_code.get(code)
            if cc is None:
                cc = CostCode(project_id=project_id, code=code, name=name)
                s.add(cc)
                by_code[code] = cc
                added += 1
            else:
                if cc.name != name:
                    cc.name = name
                kept += 1
            parents.append((n, cc, (row.parent_code or "").strip() or None))
    s.flush()
    for n, cc, parent_code in parents:
        if parent_code is None:
            continue  # a known code keeps its parent; a new one is a root
        with at_row(n):
            parent = by_code.get(parent_code)
            if parent is None:
                raise ValidationError(
                    "parent_code",
                    "there is no cost code {code} (the parent of {child}).",
                    code=parent_code,
                    child=cc.code,
                )
            if cc.parent_id != parent.id:
                cc.parent_id = parent.id
    for n, cc, _parent in parents:
        with at_row(n):
            _no_loop(cc, {c.id: c for c in by_code.values()})
    return added, kept, by_code


def _no_loop(cc: CostCode, by_id: dict[str, CostCode]) -> None:
    seen = {cc.id}
    node = cc
    while node.parent_id is not None:
        if node.parent_id in seen:
            raise ValidationError(
                "parent_code", "cost code {code} would be its own ancestor.", code=cc.code
            )
        seen.add(node.parent_id)
        parent = by_id.get(node.parent_id)
        if parent is None:
            return
        node = parent


def _load_lines(
    s: Session, project_id: str, rows: Sequence[BudgetRow], by_code: dict[str, CostCode]
) -> tuple[int, int]:
    existing = {
        (line.cost_code_id, line.title.casefold()): line
        for line in live_of_project(s, BudgetLine, project_id)
    }
    funding = {f.name.casefold(): f for f in live_of_project(s, FundingSource, project_id)}
    fresh: list[dict[str, Any]] = []
    seen: dict[tuple[str, str], int] = {}
    updated = 0
    for index, row in enumerate(rows, start=1):
        n = row_no(row.row, index)
        with at_row(n):
            code = _code_text("code", row.code)
            cc = by_code.get(code)
            if cc is None:
                raise ValidationError("code", "there is no cost code {code}.", code=code)
            title = validation.required_text("title", row.title, max_len=300)
            values: dict[str, Any] = {
                "category": validation.choice("category", CostCategory, row.category.strip()),
                "original_amount": money("amount", row.amount, "The amount"),
            }
            key = (cc.id, title.casefold())
            if key in seen:
                raise ValidationError(
                    "title",
                    "{code} {title} is also on row {other}.",
                    code=code,
                    title=title,
                    other=seen[key],
                )
            seen[key] = n
            source_name = validation.text("funding", row.funding, max_len=200, required=False)
            if source_name is not None:
                source = funding.get(source_name.casefold())
                if source is None:
                    source = FundingSource(project_id=project_id, name=source_name)
                    s.add(source)
                    s.flush()
                    funding[source_name.casefold()] = source
                values["funding_source_id"] = source.id
            line = existing.get(key)
            if line is None:
                fresh.append({"cost_code_id": cc.id, "title": title, **values})
                continue
            changed = False
            for field, value in values.items():
                if getattr(line, field) != value:
                    setattr(line, field, value)
                    changed = True
            updated += changed
    numbers = numbering.allocate(s, project_id, BUDGET_KIND.prefix(), len(fresh)) if fresh else []
    for values, (number, draft) in zip(fresh, numbers, strict=True):
        s.add(
            BudgetLine(
                project_id=project_id,
                number=number,
                draft_number=draft,
                status=BudgetStatus.ACTIVE,
                **values,
            )
        )
    return len(fresh), updated


# --- transfers ------------------------------------------------------------------------
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
        raise ValidationError("to_line_id", "A transfer needs a line to take from or give to.")
    if from_line_id is not None and from_line_id == to_line_id:
        raise ValidationError("to_line_id", "A transfer needs two different budget lines.")
    source = target = None
    if from_line_id is not None:
        source = load(s, BudgetLine, from_line_id, "Budget line")
        in_project(source, project_id, "from_line_id", "budget line")
    if to_line_id is not None:
        target = load(s, BudgetLine, to_line_id, "Budget line")
        in_project(target, project_id, "to_line_id", "budget line")
        if target.status is BudgetStatus.CLOSED:
            raise ValidationError(
                "to_line_id",
                "{line} is closed; a transfer cannot give to it.",
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
            "Taking {amount} from {line} would leave it at {left}.",
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
    amount = money("amount", value, "The transfer amount")
    if amount == 0:
        raise ValidationError("amount", "A transfer needs an amount above zero.")
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
    if transfer.status is not T.DRAFT:
        raise WorkflowError(
            "{number} is {status}; only drafts can be edited.",
            number=TRANSFER_KIND.number_of(transfer),
            status=transfer.status.value,
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
    name = person("approver", approver, "Approving a transfer")
    text = validation.text("note", note, max_len=4000, required=False)
    return _step(store, transfer_id, T.APPROVED, "approve", name, text, decided_at=utcnow())


def reject_transfer(
    store: Store, transfer_id: str, *, approver: str, note: str
) -> Done[BudgetTransfer]:
    name = person("approver", approver, "Rejecting a transfer")
    why = reason("note", note, "Rejecting a transfer")
    return _step(store, transfer_id, T.REJECTED, "reject", name, why, decided_at=utcnow())


def revise_transfer(
    store: Store, transfer_id: str, *, note: str | None = None
) -> Done[BudgetTransfer]:
    """Back to draft (a pending or rejected transfer) to be edited and submitted again."""
    text = validation.text("note", note, max_len=4000, required=False)
    return _step(store, transfer_id, T.DRAFT, "revise", None, text, decided_at=None)


def void_transfer(
    store: Store, transfer_id: str, *, approver: str, note: str
) -> Done[BudgetTransfer]:
    name = person("approver", approver, "Voiding a transfer")
    why = reason("note", note, "Voiding a transfer")
    return _step(store, transfer_id, T.VOID, "void", name, why)
