"""Funding sources against the budget they pay for: per source its amount, the approved
budget and the estimate at completion (EAC) of the budget lines it funds, and the
headroom (amount − EAC; below zero the source is short); an "Unfunded" row for the lines
no source pays for. And the edit of a source (``update_funding_source``); a source is
created by ``budget.create_funding_source`` or a budget load.

The per-line numbers are ``figures.budget_figures``'s (the one source of budget
figures); this module only says which source each line belongs to and adds the lines'
figures up, exactly, so the rows add up to the budget's totals to the cent.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from executrek.models import validation
from executrek.models.errors import QT_TRANSLATE_NOOP, ValidationError
from executrek.models.records.cost.budget_model import BudgetLine, FundingSource
from executrek.models.records.cost.checks import money
from executrek.models.records.cost.figures import BudgetFigures, budget_figures
from executrek.models.services.common import Done, load
from executrek.models.services.record_reads import live_of_project
from executrek.models.store import Store

_ZERO = Decimal("0.00")


@dataclass(frozen=True, slots=True)
class FundingFigures:
    """One funding source (or, with ``source_id`` None, the lines without one) and the
    budget lines it pays for; money in the project's currency."""

    source_id: str | None  # None: the "Unfunded" row
    name: str  # the source's name; "" for the unfunded row (the screens name it)
    amount: Decimal  # what the source provides (0 for the unfunded row)
    lines: int  # how many budget lines it funds
    approved_budget: Decimal  # Σ approved budget of those lines
    eac: Decimal  # Σ estimate at completion of those lines
    headroom: Decimal  # amount − EAC; negative: the source is short by that much
    note: str | None = None

    @property
    def id(self) -> str:
        """The source's id ("" for the unfunded row): what a screen's list finds it by."""
        return self.source_id or ""

    @property
    def short(self) -> bool:
        return self.headroom < 0


def funding_figures(
    session: Session, project_id: str, *, budget: BudgetFigures | None = None
) -> list[FundingFigures]:
    """Each funding source of the project (by name), then an "Unfunded" row when a
    budget line has no source (or a deleted one). ``budget``: the project's
    ``budget_figures`` already read (else read here)."""
    figures = budget if budget is not None else budget_figures(session, project_id)
    sources = live_of_project(
        session, FundingSource, project_id, func.lower(FundingSource.name), FundingSource.id
    )
    source_of = dict(
        session.execute(
            select(BudgetLine.id, BudgetLine.funding_source_id).where(
                BudgetLine.project_id == project_id, BudgetLine.deleted_at.is_(None)
            )
        ).all()
    )
    known = {s.id for s in sources}
    sums: dict[str | None, tuple[int, Decimal, Decimal]] = {}
    for line in figures.lines:
        key = source_of.get(line.line_id)
        if key not in known:
            key = None
        count, approved, eac = sums.get(key, (0, _ZERO, _ZERO))
        sums[key] = (count + 1, approved + line.approved_budget, eac + line.eac)
    out = []
    for s in sources:
        count, approved, eac = sums.get(s.id, (0, _ZERO, _ZERO))
        amount = s.amount.quantize(_ZERO)
        out.append(FundingFigures(s.id, s.name, amount, count, approved, eac, amount - eac, s.note))
    if None in sums:
        count, approved, eac = sums[None]
        out.append(FundingFigures(None, "", _ZERO, count, approved, eac, -eac))
    return out


def update_funding_source(
    store: Store,
    source_id: str,
    *,
    amount: Decimal | str | int | None = None,
    name: str | None = None,
    note: str | None = None,
) -> Done[FundingSource]:
    """Change a source's amount, name or note (None: left as it is; an empty note
    clears it). A name is unique in the project, whatever its case."""
    value = (
        money("amount", amount, QT_TRANSLATE_NOOP("Errors", "The funding amount"))
        if amount is not None
        else None
    )
    clean = validation.required_text("name", name, max_len=200) if name is not None else None
    text = (
        validation.text("note", note, max_len=20000, required=False) if note is not None else None
    )
    with store.transaction() as (s, changes):
        source = load(s, FundingSource, source_id, "Funding source")
        if clean is not None and clean.lower() != source.name.lower():
            taken = s.scalar(
                select(FundingSource.id).where(
                    FundingSource.project_id == source.project_id,
                    func.lower(FundingSource.name) == clean.lower(),
                    FundingSource.deleted_at.is_(None),
                    FundingSource.id != source.id,
                )
            )
            if taken is not None:
                raise ValidationError(
                    "name",
                    QT_TRANSLATE_NOOP("Errors", "Funding source {name} already exists."),
                    name=clean,
                )
        if clean is not None:
            source.name = clean
        if value is not None:
            source.amount = value
        if note is not None:
            source.note = text
    return Done(source, changes)
