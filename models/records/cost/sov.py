"""The schedule of values of a commitment: a line added (while a draft, or afterwards by
an approved change order of the commitment), a whole schedule loaded at once (one
transaction, matched by item, "Row N: ..." on a bad row), a line removed (never a claimed
one); an SOV line with a cost code and no budget line maps to the code's budget line."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from executrek.models import validation
from executrek.models.base import utcnow
from executrek.models.errors import QT_TRANSLATE_NOOP, ValidationError, WorkflowError
from executrek.models.project import CostCode, Location
from executrek.models.records.change_order.model import ChangeOrder
from executrek.models.records.cost import checks
from executrek.models.records.cost.budget_model import BudgetLine
from executrek.models.records.cost.checks import money, row_no
from executrek.models.records.cost.commitment_model import (
    KIND,
    Commitment,
    SovActivity,
    SovLine,
)
from executrek.models.records.cost.payment_model import KIND as PAY_KIND
from executrek.models.records.cost.payment_model import PayApplication, PayApplicationLine
from executrek.models.records.cost.rows import LoadResult, SovRow
from executrek.models.records.cost.vocab import (
    BudgetStatus,
    CommitmentStatus,
    CostCategory,
)
from executrek.models.services.common import Done, load
from executrek.models.services.record_reads import live_children
from executrek.models.store import Store
from executrek.models.vocab import COStatus, COTier

S = CommitmentStatus


def commitment_number(c: Commitment) -> str:
    return KIND.number_of(c)


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
    return live_children(s, SovLine.commitment_id, commitment_id, SovLine.position)


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
            QT_TRANSLATE_NOOP("Errors", "That change order does not modify {number}."),
            number=commitment_number(c),
        )
    if co.status is not COStatus.APPROVED:
        raise WorkflowError(
            QT_TRANSLATE_NOOP(
                "Errors", "A change order adds schedule-of-values lines once it is approved."
            )
        )


def _new_line(s: Session, c: Commitment, **columns: Any) -> SovLine:
    """A new line of ``c``'s schedule of values, added to ``s``."""
    line = SovLine(project_id=c.project_id, commitment_id=c.id, **columns)
    s.add(line)
    return line


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
    value = money(
        "scheduled_value", scheduled_value, QT_TRANSLATE_NOOP("Errors", "The scheduled value")
    )
    codes = _codes("activity_codes", activity_codes)
    with store.transaction() as (s, changes):
        c = load(s, Commitment, commitment_id, "Commitment")
        if change_order_id is None:
            _require_draft(c)
        else:
            KIND.require_status(
                c,
                S.EXECUTED,
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{number} is {status}; change orders add lines to an executed commitment.",
                ),
            )
            _change_order_for(s, c, change_order_id)
        lines = _live_lines(s, c.id)
        if any(line.item == clean_item for line in lines):
            raise ValidationError(
                "item",
                QT_TRANSLATE_NOOP("Errors", "Item {item} is already on the schedule of values."),
                item=clean_item,
            )
        refs = _refs(s, c.project_id, cost_code_id, budget_line_id, location_id)
        line = _new_line(
            s,
            c,
            position=max((x.position for x in lines), default=0) + 1,
            item=clean_item,
            description=text,
            scheduled_value=value,
            change_order_id=change_order_id,
            **refs,
        )
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
        checks.of_project(s, CostCode, cost_code_id, project_id, "cost_code_id", "cost code")
    if budget_line_id is not None:
        budget = checks.of_project(
            s, BudgetLine, budget_line_id, project_id, "budget_line_id", "budget line"
        )
        if cost_code_id is None:
            cost_code_id = budget.cost_code_id
    elif cost_code_id is not None:
        budget_line_id = _budget_line_for(s, project_id, cost_code_id)
    if location_id is not None:
        checks.of_project(s, Location, location_id, project_id, "location_id", "location")
    return {
        "cost_code_id": cost_code_id,
        "budget_line_id": budget_line_id,
        "location_id": location_id,
    }


def _require_draft(c: Commitment) -> None:
    KIND.require_status(
        c,
        S.DRAFT,
        QT_TRANSLATE_NOOP(
            "Errors",
            "{number} is {status}; its schedule of values changes only by change order now.",
        ),
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
            with validation.at_row(n):
                item = validation.required_text("item", row.item, max_len=32)
                checks.first_on_sheet(seen, item, n)
                description = validation.required_text("description", row.description, max_len=400)
                value = money(
                    "scheduled_value",
                    row.scheduled_value,
                    QT_TRANSLATE_NOOP("Errors", "The scheduled value"),
                )
                code_id = None
                code = (row.cost_code or "").strip()
                if code:
                    code_id = codes.get(code)
                    if code_id is None:
                        raise ValidationError(
                            "cost_code",
                            QT_TRANSLATE_NOOP(
                                "Errors", "there is no cost code {code} in this project."
                            ),
                            code=code,
                        )
                activities = _codes("activity_codes", row.activity_codes)
                line = existing.get(item)
                if line is None:
                    position += 1
                    line = _new_line(
                        s,
                        c,
                        position=position,
                        item=item,
                        description=description,
                        scheduled_value=value,
                    )
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
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Item {item} is claimed in {app}; a line with claims cannot be removed.",
                ),
                item=line.item,
                app=PAY_KIND.number_of(claimed),
            )
        _require_draft(load(s, Commitment, line.commitment_id, "Commitment"))
        line.deleted_at = utcnow()
    return Done(line, changes)
