"""Writes of the owner's budget: the cost-code tree, funding sources, budget lines
(``BL-001``) and a whole budget loaded at once. Budget transfers (``BT-001``) are
``transfers``'s; their writes are named here too, so ``budget.approve_transfer`` keeps
working."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from executrek.models import numbering, validation, workflow
from executrek.models.errors import QT_TRANSLATE_NOOP, ValidationError
from executrek.models.project import CostCode, Project
from executrek.models.records.cost.budget_model import (
    BUDGET_KIND,
    BudgetLine,
    FundingSource,
)
from executrek.models.records.cost.checks import (
    first_on_sheet,
    money,
    of_project,
    row_no,
)
from executrek.models.records.cost.rows import BudgetRow, CodeRow, LoadResult
from executrek.models.records.cost.transfers import (
    approve_transfer as approve_transfer,
)
from executrek.models.records.cost.transfers import (
    approved_budget as approved_budget,
)
from executrek.models.records.cost.transfers import (
    create_transfer as create_transfer,
)
from executrek.models.records.cost.transfers import (
    reject_transfer as reject_transfer,
)
from executrek.models.records.cost.transfers import (
    revise_transfer as revise_transfer,
)
from executrek.models.records.cost.transfers import (
    submit_transfer as submit_transfer,
)
from executrek.models.records.cost.transfers import (
    update_transfer as update_transfer,
)
from executrek.models.records.cost.transfers import (
    void_transfer as void_transfer,
)
from executrek.models.records.cost.vocab import BudgetStatus, CostCategory
from executrek.models.services.common import (
    Done,
    add_numbered_to_project,
    editable_only,
    load,
)
from executrek.models.services.record_reads import live_of_project
from executrek.models.store import Store


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
        _code_unused(s, project_id, clean)
        parent_id = None
        if parent is not None:
            found = _code_in(s, project_id, parent)
            if found is None:
                raise ValidationError(
                    "parent_code",
                    QT_TRANSLATE_NOOP("Errors", "There is no cost code {code} in this project."),
                    code=parent,
                )
            parent_id = found.id
        cc = CostCode(project_id=project_id, code=clean, name=clean_name, parent_id=parent_id)
        s.add(cc)
    return Done(cc, changes)


def _code_unused(s: Session, project_id: str, code: str, own_id: str | None = None) -> None:
    """Refuse ``code`` when a cost code of the project other than ``own_id`` has it."""
    other = _code_in(s, project_id, code)
    if other is not None and other.id != own_id:
        raise ValidationError(
            "code",
            QT_TRANSLATE_NOOP("Errors", "Cost code {code} is already used."),
            code=code,
        )


def update_cost_code(store: Store, code_id: str, *, code: str, name: str) -> Done[CostCode]:
    """Change a cost code's code or name (a code is used once in a project)."""
    clean = _code_text("code", code)
    clean_name = validation.required_text("name", name, max_len=200)
    with store.transaction() as (s, changes):
        cc = load(s, CostCode, code_id, "Cost code")
        _code_unused(s, cc.project_id, clean, own_id=cc.id)
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
    value = money("amount", amount, QT_TRANSLATE_NOOP("Errors", "The funding amount"))
    text = validation.text("note", note, max_len=20000, required=False)
    with store.transaction() as (s, changes):
        load(s, Project, project_id, "Project")
        if _funding_named(s, project_id, clean) is not None:
            raise ValidationError(
                "name",
                QT_TRANSLATE_NOOP("Errors", "Funding source {name} already exists."),
                name=clean,
            )
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
    return add_numbered_to_project(
        store,
        BudgetLine,
        project_id,
        BUDGET_KIND.prefix(),
        lambda s: _refs_in_project(s, project_id, cost_code_id, funding_source_id),
        cost_code_id=cost_code_id,
        funding_source_id=funding_source_id,
        status=BudgetStatus.ACTIVE,
        **values,
    )


_LINE_CHECKS: dict[str, Any] = {
    "title": lambda v: validation.required_text("title", v, max_len=300),
    "category": lambda v: validation.choice("category", CostCategory, v),
    "original_amount": lambda v: money(
        "original_amount", v, QT_TRANSLATE_NOOP("Errors", "The original budget")
    ),
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
        of_project(s, CostCode, cost_code_id, project_id, "cost_code_id", "cost code")
    if funding_source_id is not None:
        of_project(
            s, FundingSource, funding_source_id, project_id, "funding_source_id", "funding source"
        )


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
        with validation.at_row(n):
            code = _code_text("code", row.code)
            name = validation.required_text("name", row.name, max_len=200)
            first_on_sheet(seen, code, n, "code")
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
        with validation.at_row(n):
            parent = by_code.get(parent_code)
            if parent is None:
                raise ValidationError(
                    "parent_code",
                    QT_TRANSLATE_NOOP(
                        "Errors", "there is no cost code {code} (the parent of {child})."
                    ),
                    code=parent_code,
                    child=cc.code,
                )
            if cc.parent_id != parent.id:
                cc.parent_id = parent.id
    for n, cc, _parent in parents:
        with validation.at_row(n):
            _no_loop(cc, {c.id: c for c in by_code.values()})
    return added, kept, by_code


def _no_loop(cc: CostCode, by_id: dict[str, CostCode]) -> None:
    seen = {cc.id}
    node = cc
    while node.parent_id is not None:
        if node.parent_id in seen:
            raise ValidationError(
                "parent_code",
                QT_TRANSLATE_NOOP("Errors", "cost code {code} would be its own ancestor."),
                code=cc.code,
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
        with validation.at_row(n):
            code = _code_text("code", row.code)
            cc = by_code.get(code)
            if cc is None:
                raise ValidationError(
                    "code",
                    QT_TRANSLATE_NOOP("Errors", "there is no cost code {code}."),
                    code=code,
                )
            title = validation.required_text("title", row.title, max_len=300)
            values: dict[str, Any] = {
                "category": validation.choice("category", CostCategory, row.category.strip()),
                "original_amount": money(
                    "amount", row.amount, QT_TRANSLATE_NOOP("Errors", "The amount")
                ),
            }
            key = (cc.id, title.casefold())
            if key in seen:
                raise ValidationError(
                    "title",
                    QT_TRANSLATE_NOOP("Errors", "{code} {title} is also on row {other}."),
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
