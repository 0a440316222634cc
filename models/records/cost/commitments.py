"""Writes of commitments (``SC-001`` contracts, ``PO-001`` purchase orders): create and
edit, the schedule of values (one line, or a whole schedule loaded at once), the schedule
of rates, execute (the SOV must add up to the contract value), close, reopen and void;
and the contract sum to date (original value plus approved change orders)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from executrek.models import validation, workflow
from executrek.models.base import utcnow
from executrek.models.directory import Organisation
from executrek.models.errors import ValidationError, WorkflowError
from executrek.models.local_read import local_today
from executrek.models.project import CostCode, Location, Project
from executrek.models.records.change_order.model import ChangeOrder
from executrek.models.records.cost import checks
from executrek.models.records.cost.budget_model import BudgetLine
from executrek.models.records.cost.checks import at_row, cents, money, percent, row_no, summed
from executrek.models.records.cost.commitment_model import (
    KIND,
    Commitment,
    CommitmentRate,
    SovActivity,
    SovLine,
)
from executrek.models.records.cost.payment_model import KIND as PAY_KIND
from executrek.models.records.cost.payment_model import PayApplication, PayApplicationLine
from executrek.models.records.cost.rows import LoadResult, SovRow
from executrek.models.records.cost.vocab import (
    BudgetStatus,
    CommitmentStatus,
    CommitmentType,
    CostCategory,
    PayAppStatus,
)
from executrek.models.services.common import Done, add_numbered, editable_only, load
from executrek.models.store import Store
from executrek.models.vocab import COStatus, COTier

S = CommitmentStatus
OPEN_APPS = (PayAppStatus.DRAFT, PayAppStatus.UNDER_REVIEW, PayAppStatus.REJECTED)


def commitment_number(c: Commitment) -> str:
    return KIND.number_of(c)


def contract_sum_to_date(
    session: Session, commitment_id: str, *, as_of: dt.datetime | None = None
) -> Decimal:
    """Original value plus the approved change orders (tier ``change_order``) tied to the
    commitment; with ``as_of``, only those approved by then (a certificate's own date)."""
    c = load(session, Commitment, commitment_id, "Commitment")
    return c.original_value + approved_changes(session, commitment_id, as_of=as_of)


def approved_changes(
    session: Session, commitment_id: str, *, as_of: dt.datetime | None = None
) -> Decimal:
    conds = [
        ChangeOrder.commitment_id == commitment_id,
        ChangeOrder.tier == COTier.CHANGE_ORDER,
        ChangeOrder.status == COStatus.APPROVED,
        ChangeOrder.deleted_at.is_(None),
    ]
    if as_of is not None:
        conds.append(ChangeOrder.decided_at <= as_of)
    return cents(session.scalar(select(summed(ChangeOrder.amount)).where(*conds)))


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
                raise ValidationError(key, "{label} is required (0 for none).", label=label)
            out[key] = None if value is None else percent(key, value, label)
    return out


def _dates(start: dt.date | None, finish: dt.date | None) -> None:
    if start is not None and finish is not None and finish < start:
        raise ValidationError(
            "finish_date",
            "The finish ({finish}) is before the start ({start}).",
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
        "original_value": money("original_value", original_value, "The contract value"),
    }
    with store.transaction() as (s, changes):
        load(s, Project, project_id, "Project")
        checks.in_project(
            load(s, Organisation, contractor_id, "Organisation"),
            project_id,
            "contractor_id",
            "contractor",
        )
        c = add_numbered(
            s,
            Commitment,
            project_id,
            KIND.prefix(kind),
            commitment_type=kind,
            contractor_id=contractor_id,
            status=S.DRAFT,
            start_date=start_date,
            finish_date=finish_date,
            **values,
            **terms,
        )
    return Done(c, changes)


def _reduction_pair(reduced: Decimal | None, at: Decimal | None) -> None:
    if (reduced is None) != (at is None):
        raise ValidationError(
            "reduce_at_pct",
            "A reduced retainage needs both the reduced rate and the completion it starts at.",
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
            "original_value", fields["original_value"], "The contract value"
        )
    for key in ("start_date", "finish_date", "contractor_id"):
        if key in fields:
            clean[key] = fields[key]
    with store.transaction() as (s, changes):
        c = load(s, Commitment, commitment_id, "Commitment")
        if c.status is S.VOID or (set(fields) & _DRAFT_ONLY and c.status is not S.DRAFT):
            raise WorkflowError(
                "{number} is {status}; its value, contractor and retainage terms change only "
                "while it is a draft (later by change order).",
                number=commitment_number(c),
                status=c.status.value,
            )
        if clean.get("contractor_id") is not None:
            org = load(s, Organisation, clean["contractor_id"], "Organisation")
            checks.in_project(org, c.project_id, "contractor_id", "contractor")
        if "materials_retainage_pct" in clean and clean["materials_retainage_pct"] is None:
            clean["materials_retainage_pct"] = clean.get("retainage_pct", c.retainage_pct)
        for key, value in clean.items():
            setattr(c, key, value)
        _reduction_pair(c.retainage_reduced_pct, c.reduce_at_pct)
        _dates(c.start_date, c.finish_date)
    return Done(c, changes)


# --- schedule of values -----------------------------------------------------------------
def _budget_line_for(s: Session, project_id: str, cost_code_id: str) -> str | None:
    """The budget line an SOV line of this cost code maps to: the only active line of the
    code, else the only one that is not contingency; None when that is ambiguous."""
    lines = list(
        s.scalars(
            select(BudgetLine).where(
                BudgetLine.project_id == project_id,
                BudgetLine.cost_code_id == cost_code_id,
                BudgetLine.status == BudgetStatus.ACTIVE,
                BudgetLine.deleted_at.is_(None),
            )
        )
    )
    if len(lines) > 1:
        lines = [b for b in lines if b.category is not CostCategory.CONTINGENCY]
    return lines[0].id if len(lines) == 1 else None


def _live_lines(s: Session, commitment_id: str) -> list[SovLine]:
    return list(
        s.scalars(
            select(SovLine)
            .where(SovLine.commitment_id == commitment_id, SovLine.deleted_at.is_(None))
            .order_by(SovLine.position)
        )
    )


def _codes(field: str, codes: Iterable[str]) -> list[str]:
    out: list[str] = []
    for code in codes:
        clean = validation.required_text(field, code, max_len=60)
        if clean not in out:
            out.append(clean)
    return out


def _set_activities(s: Session, line: SovLine, codes: list[str]) -> None:
    """Make the line's live activity codes exactly ``codes`` (a removed code is
    tombstoned, and revived when it comes back: the pair is unique)."""
    rows = {
        a.activity_code: a
        for a in s.scalars(select(SovActivity).where(SovActivity.sov_line_id == line.id))
    }
    for code, row in rows.items():
        if code not in codes and row.deleted_at is None:
            row.deleted_at = utcnow()
        elif code in codes and row.deleted_at is not None:
            row.deleted_at = None
    for code in codes:
        if code not in rows:
            s.add(SovActivity(project_id=line.project_id, sov_line_id=line.id, activity_code=code))


def _change_order_for(s: Session, c: Commitment, change_order_id: str) -> None:
    co = load(s, ChangeOrder, change_order_id, "Change order")
    if co.commitment_id != c.id or co.tier is not COTier.CHANGE_ORDER:
        raise ValidationError(
            "change_order_id",
            "That change order does not modify {number}.",
            number=commitment_number(c),
        )
    if co.status is not COStatus.APPROVED:
        raise WorkflowError("A change order adds schedule-of-values lines once it is approved.")


def add_sov_line(
    store: Store,
    commitment_id: str,
    *,
    item: str,
    description: str,
    scheduled_value: Decimal | str | int,
    cost_code_id: str | None = None,
    budget_line_id: str | None = None,
    location_id: str | None = None,
    activity_codes: Sequence[str] = (),
    change_order_id: str | None = None,
) -> Done[SovLine]:
    """A line of the schedule of values: while the commitment is a draft, or after it is
    executed for an approved change order of it (``change_order_id``). Without a budget
    line it maps to the cost code's budget line when there is exactly one."""
    clean_item = validation.required_text("item", item, max_len=32)
    text = validation.required_text("description", description, max_len=400)
    value = money("scheduled_value", scheduled_value, "The scheduled value")
    codes = _codes("activity_codes", activity_codes)
    with store.transaction() as (s, changes):
        c = load(s, Commitment, commitment_id, "Commitment")
        if change_order_id is None:
            _require_draft(c)
        else:
            if c.status is not S.EXECUTED:
                raise WorkflowError(
                    "{number} is {status}; change orders add lines to an executed commitment.",
                    number=commitment_number(c),
                    status=c.status.value,
                )
            _change_order_for(s, c, change_order_id)
        lines = _live_lines(s, c.id)
        if any(line.item == clean_item for line in lines):
            raise ValidationError(
                "item", "Item {item} is already on the schedule of values.", item=clean_item
            )
        refs = _refs(s, c.project_id, cost_code_id, budget_line_id, location_id)
        line = SovLine(
            project_id=c.project_id,
            commitment_id=c.id,
            position=max((x.position for x in lines), default=0) + 1,
            item=clean_item,
            description=text,
            scheduled_value=value,
            change_order_id=change_order_id,
            **refs,
        )
        s.add(line)
        s.flush()
        _set_activities(s, line, codes)
    return Done(line, changes)


def _refs(
    s: Session,
    project_id: str,
    cost_code_id: str | None,
    budget_line_id: str | None,
    location_id: str | None,
) -> dict[str, str | None]:
    if cost_code_id is not None:
        checks.in_project(
            load(s, CostCode, cost_code_id, "Cost code"), project_id, "cost_code_id", "cost code"
        )
    if budget_line_id is not None:
        budget = load(s, BudgetLine, budget_line_id, "Budget line")
        checks.in_project(budget, project_id, "budget_line_id", "budget line")
        if cost_code_id is None:
            cost_code_id = budget.cost_code_id
    elif cost_code_id is not None:
        budget_line_id = _budget_line_for(s, project_id, cost_code_id)
    if location_id is not None:
        checks.in_project(
            load(s, Location, location_id, "Location"), project_id, "location_id", "location"
        )
    return {
        "cost_code_id": cost_code_id,
        "budget_line_id": budget_line_id,
        "location_id": location_id,
    }


def _require_draft(c: Commitment) -> None:
    if c.status is not S.DRAFT:
        raise WorkflowError(
            "{number} is {status}; its schedule of values changes only by change order now.",
            number=commitment_number(c),
            status=c.status.value,
        )


def load_sov(store: Store, commitment_id: str, rows: Sequence[SovRow]) -> Done[LoadResult]:
    """Load a schedule of values into a draft commitment in one transaction: rows are
    matched by item (a known item is updated, activity codes replaced); any bad row
    refuses the whole load and names the row."""
    with store.transaction() as (s, changes):
        c = load(s, Commitment, commitment_id, "Commitment")
        _require_draft(c)
        existing = {line.item: line for line in _live_lines(s, c.id)}
        position = max((x.position for x in existing.values()), default=0)
        codes = {
            cc.code: cc.id
            for cc in s.scalars(
                select(CostCode).where(
                    CostCode.project_id == c.project_id, CostCode.deleted_at.is_(None)
                )
            )
        }
        seen: dict[str, int] = {}
        added = updated = 0
        for index, row in enumerate(rows, start=1):
            n = row_no(row.row, index)
            with at_row(n):
                item = validation.required_text("item", row.item, max_len=32)
                if item in seen:
                    raise ValidationError(
                        "item", "item {item} is also on row {other}.", item=item, other=seen[item]
                    )
                seen[item] = n
                description = validation.required_text("description", row.description, max_len=400)
                value = money("scheduled_value", row.scheduled_value, "The scheduled value")
                code_id = None
                code = (row.cost_code or "").strip()
                if code:
                    code_id = codes.get(code)
                    if code_id is None:
                        raise ValidationError(
                            "cost_code",
                            "there is no cost code {code} in this project.",
                            code=code,
                        )
                activities = _codes("activity_codes", row.activity_codes)
                line = existing.get(item)
                if line is None:
                    position += 1
                    line = SovLine(
                        project_id=c.project_id,
                        commitment_id=c.id,
                        position=position,
                        item=item,
                        description=description,
                        scheduled_value=value,
                    )
                    s.add(line)
                    added += 1
                else:
                    line.description = description
                    line.scheduled_value = value
                    updated += 1
                if line.cost_code_id != code_id or line.budget_line_id is None:
                    line.cost_code_id = code_id
                    line.budget_line_id = (
                        _budget_line_for(s, c.project_id, code_id) if code_id else None
                    )
                s.flush()
                _set_activities(s, line, activities)
    return Done(LoadResult(lines_added=added, lines_updated=updated), changes)


def remove_sov_line(store: Store, line_id: str) -> Done[SovLine]:
    """Take a line off a draft commitment's schedule of values (never a claimed one)."""
    with store.transaction() as (s, changes):
        line = load(s, SovLine, line_id, "Schedule-of-values line")
        claimed = s.scalar(
            select(PayApplication)
            .join(PayApplicationLine, PayApplicationLine.pay_application_id == PayApplication.id)
            .where(PayApplicationLine.sov_line_id == line.id, PayApplication.deleted_at.is_(None))
        )
        if claimed is not None:
            raise WorkflowError(
                "Item {item} is claimed in {app}; a line with claims cannot be removed.",
                item=line.item,
                app=PAY_KIND.number_of(claimed),
            )
        _require_draft(load(s, Commitment, line.commitment_id, "Commitment"))
        line.deleted_at = utcnow()
    return Done(line, changes)


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
        "rate": money("rate", rate, "The rate"),
    }
    with store.transaction() as (s, changes):
        c = load(s, Commitment, commitment_id, "Commitment")
        if c.status is S.VOID:
            raise WorkflowError("{number} is void.", number=commitment_number(c))
        if cost_code_id is not None:
            checks.in_project(
                load(s, CostCode, cost_code_id, "Cost code"),
                c.project_id,
                "cost_code_id",
                "cost code",
            )
        taken = s.scalar(
            select(CommitmentRate.id).where(
                CommitmentRate.commitment_id == c.id, CommitmentRate.item == clean_item
            )
        )
        if taken:
            raise ValidationError(
                "item", "Rate item {item} is already in the schedule of rates.", item=clean_item
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
                "The schedule of values adds up to {sov}, not the contract value {value}.",
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
                "{number} still has an open pay application ({app}); certify or void it first.",
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
