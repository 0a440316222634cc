"""Reads of the cost screens' drill-downs: a commitment's schedule of rates (the rates
its change orders are checked against, ``rates``) and the change orders of a budget line
with their weight in its pending figure. Reads only; plain frozen dataclasses with
display numbers (``COR-002``).

A change order line belongs to a budget line by the one mapping ``figures`` sums the
pending changes with (``figures.mapped_changes``: its SOV line's budget line, else the
budget line of its cost code), and is weighted by the same ``PENDING_WEIGHT_PCT``; the
weighted amounts of a line's changes add up to its ``pending_weighted`` to the cent.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from executrek.models.errors import QT_TRANSLATE_NOOP, NotFoundError
from executrek.models.project import CostCode
from executrek.models.records.change_order.model import KIND as CO_KIND
from executrek.models.records.cost.checks import cents as money  # the names `cents` hold cents
from executrek.models.records.cost.commitment_model import CommitmentRate
from executrek.models.records.cost.figures import (
    PENDING_CO_STATUSES,
    PENDING_WEIGHT_PCT,
    mapped_changes,
    sql_of,
)
from executrek.models.vocab import COStatus, COTier


# --- the schedule of rates -------------------------------------------------------------
@dataclass(frozen=True)
class RateRow:
    """One rate of a commitment's schedule of rates (in the project's currency)."""

    id: str
    item: str  # "R2"
    description: str
    unit: str
    rate: Decimal
    cost_code_id: str | None
    cost_code: str | None


def _natural(text: str) -> tuple[tuple[int, int | str], ...]:
    """The item's sort key: digits compare as numbers ("R2" before "R10")."""
    return tuple(
        (0, int(part)) if part.isdigit() else (1, part.casefold())
        for part in re.split(r"(\d+)", text)
        if part
    )


def rates_of(session: Session, commitment_id: str) -> list[RateRow]:
    """A commitment's schedule of rates, by item ("R2" before "R10")."""
    rows = session.execute(
        select(CommitmentRate, CostCode.code)
        .outerjoin(CostCode, CostCode.id == CommitmentRate.cost_code_id)
        .where(CommitmentRate.commitment_id == commitment_id, CommitmentRate.deleted_at.is_(None))
    ).all()
    out = [
        RateRow(r.id, r.item, r.description, r.unit, r.rate, r.cost_code_id, code)
        for r, code in rows
    ]
    out.sort(key=lambda r: (_natural(r.item), r.id))
    return out


# --- a budget line's change orders -----------------------------------------------------
# The changes a budget line's drill-down lists: those still to be decided (weighted into
# its pending figure) and the decided ones; a promoted change is listed as the tier it
# became, a void one not at all.
LISTED_STATUSES = (*PENDING_CO_STATUSES, COStatus.APPROVED.value, COStatus.REJECTED.value)
# Firm changes first: change orders, then requests, then change events.
_TIER_ORDER = {COTier.CHANGE_ORDER: 0, COTier.REQUEST: 1, COTier.CHANGE_EVENT: 2}


@dataclass(frozen=True)
class LineChange:
    """A change event, request or change order with lines mapped to a budget line."""

    id: str  # the change order's
    number: str  # "CE-003", "COR-001", "CO-002"
    title: str
    tier: str
    status: str
    amount: Decimal  # Σ of its lines mapped to this budget line
    weight_pct: int | None  # its tier's probability while pending, None once decided
    weighted: Decimal | None  # its share of the line's pending figure, None once decided


_CHANGES_SQL = f"""
WITH {mapped_changes(statuses=LISTED_STATUSES)}
SELECT co.id, co.tier, co.number, co.draft_number, co.title, co.status, sum(m.amount)
FROM mapped_changes m JOIN change_orders co ON co.id = m.change_order_id
WHERE m.budget_line_id = :line
GROUP BY co.id
"""


def _half_up(hundredths: int) -> int:
    """Hundredths of a cent to cents, halves away from zero (as ``figures`` rounds)."""
    cents = (abs(hundredths) + 50) // 100
    return cents if hundredths >= 0 else -cents


def changes_of_budget_line(session: Session, line_id: str) -> list[LineChange]:
    """The change orders (every tier) whose lines map to budget line ``line_id``: change
    orders, then requests, then change events, by number.

    ``weighted`` is the change's amount on this line × its tier's probability while it is
    draft or pending. ``figures`` rounds the line's pending figure once, so each change
    gets the cents its running total adds (rounded as the line's is): every share is
    within a cent of its own amount × weight, and the shares add up to the line's
    ``pending_weighted`` exactly."""
    con = sql_of(session)
    head = con.execute(
        "SELECT project_id FROM budget_lines WHERE id = ? AND deleted_at IS NULL", (line_id,)
    ).fetchone()
    if head is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "The budget line no longer exists."))
    rows: list[Any] = con.execute(_CHANGES_SQL, {"p": head[0], "line": line_id}).fetchall()
    rows.sort(key=lambda r: (_TIER_ORDER[COTier(r[1])], r[2] is None, r[2] or 0, r[3] or "", r[0]))
    out = []
    running = shown = 0  # the exact weighted total so far (hundredths of a cent), its cents
    for cid, tier, number, draft, title, status, cents in rows:
        weight: int | None = None
        weighted: Decimal | None = None
        if status in PENDING_CO_STATUSES:
            weight = PENDING_WEIGHT_PCT[COTier(tier)]
            running += cents * weight
            share, shown = _half_up(running) - shown, _half_up(running)
            weighted = money(share)
        out.append(
            LineChange(
                id=cid,
                number=CO_KIND.display(number, draft, tier),
                title=title,
                tier=tier,
                status=status,
                amount=money(cents),
                weight_pct=weight,
                weighted=weighted,
            )
        )
    return out
