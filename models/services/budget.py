"""The budget roll-up of a project's change orders, in plain SQL (no ORM: the dashboard
at start-up reads it before SQLAlchemy is loaded; the change-order screens and reports
read it through the open store)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from decimal import Decimal

from executrek.models.errors import QT_TRANSLATE_NOOP, NotFoundError
from executrek.models.local_read import SqlSource, scaled
from executrek.models.vocab import COStatus, COTier

CENT = Decimal("0.01")


@dataclass(frozen=True)
class BudgetRollup:
    currency: str
    original_contract: Decimal
    approved_changes: Decimal
    pending_exposure: Decimal
    revised_contract: Decimal
    percent_change: Decimal
    contingency: Decimal
    contingency_used: Decimal
    contingency_remaining: Decimal
    approved_schedule_days: int
    pending_schedule_days: int
    approved_count: int
    pending_count: int


def budget_rollup(source: SqlSource, project_id: str) -> BudgetRollup:
    with source.sql() as con:
        return rollup_sql(con, project_id)


def rollup_sql(con: sqlite3.Connection, project_id: str) -> BudgetRollup:
    """Each chain of tiers counts once, at its head (the record not promoted further):
    an approved executed CO is an approved change; a live head of any tier is pending
    exposure; rejected and void heads count nowhere."""
    project = con.execute(
        "SELECT currency, contract_value, contingency FROM projects"
        " WHERE id = ? AND deleted_at IS NULL",
        (project_id,),
    ).fetchone()
    if project is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "{label} {id} does not exist (or was deleted)."),
            label="Project",
            id=project_id,
        )
    approved = pending = used = Decimal(0)
    approved_days = pending_days = approved_n = pending_n = 0
    rows = con.execute(
        "SELECT tier, status, amount, schedule_impact_days, funded_from_contingency"
        " FROM change_orders WHERE project_id = ? AND deleted_at IS NULL",
        (project_id,),
    )
    skipped = {COStatus.PROMOTED.value, COStatus.VOID.value, COStatus.REJECTED.value}
    for tier, status, cents, days, from_contingency in rows:
        if status in skipped:
            continue
        amount = scaled(cents)
        if tier == COTier.CHANGE_ORDER.value and status == COStatus.APPROVED.value:
            approved += amount
            approved_days += days or 0
            approved_n += 1
            if from_contingency:
                used += amount
        else:
            pending += amount
            pending_days += days or 0
            pending_n += 1
    currency, contract_cents, contingency_cents = project
    original = scaled(contract_cents)
    contingency = scaled(contingency_cents)
    revised = original + approved
    pct = (approved / original * 100).quantize(CENT) if original else Decimal(0)
    return BudgetRollup(
        currency=currency,
        original_contract=original,
        approved_changes=approved,
        pending_exposure=pending,
        revised_contract=revised,
        percent_change=pct,
        contingency=contingency,
        contingency_used=used,
        contingency_remaining=contingency - used,
        approved_schedule_days=approved_days,
        pending_schedule_days=pending_days,
        approved_count=approved_n,
        pending_count=pending_n,
    )
