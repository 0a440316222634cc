"""The G702/G703 arithmetic of a payment application, and the one place of it: pure
(no database), exact ``Decimal`` money in cents.

Per line (G703): C scheduled value, D previous (work certified before), E this period,
F materials presently stored (a balance), G = D + E + F, % = G ÷ C (none when C = 0),
H balance to finish = C − G. Retainage per line = round_half_up(work % × (D + E)) +
round_half_up(materials % × F), each to the cent; the work % falls to the reduced rate
once the application's ΣG reaches ``reduce_at_pct`` of the contract sum to date. Every
total is the sum of its line figures, so the lines add up to the totals to the cent.

G702: 1 original contract sum; 2 net change by change orders; 3 contract sum to date;
4 total completed and stored to date (ΣG); 5 retainage on work and on stored material
less retainage released to date; 6 total earned less retainage = 4 − 5; 7 less previous
certificates; withholding (for defects, this application); 8 current payment due =
6 − 7 − withholding; 9 balance to finish including retainage = 3 − 6.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from executrek.models.records.row_fields import read_row

CENT = Decimal("0.01")
HUNDRED = Decimal(100)
ZERO = Decimal("0.00")


def round_cents(value: Decimal) -> Decimal:
    """Half up to the cent (0.005 → 0.01, −0.005 → −0.01): the one rounding rule."""
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class Terms:
    """A commitment's retainage terms, percentages 0–100."""

    retainage_pct: Decimal
    materials_retainage_pct: Decimal
    retainage_reduced_pct: Decimal | None = None
    reduce_at_pct: Decimal | None = None


@dataclass(frozen=True)
class LineAmounts:
    """What a G703 line is computed from: C, D, E and F."""

    item: str
    description: str
    scheduled: Decimal
    previous: Decimal
    this_period: Decimal
    stored: Decimal
    line_id: str | None = None


@dataclass(frozen=True)
class G703Line:
    item: str
    description: str
    scheduled: Decimal  # C
    previous: Decimal  # D
    this_period: Decimal  # E
    stored: Decimal  # F
    completed_to_date: Decimal  # G = D + E + F
    pct: Decimal | None  # G ÷ C in percent, 2 decimals half up; None when C = 0
    balance: Decimal  # H = C − G
    retainage: Decimal  # retainage_work + retainage_stored
    retainage_work: Decimal = ZERO
    retainage_stored: Decimal = ZERO
    line_id: str | None = None


@dataclass(frozen=True)
class G702:
    original_sum: Decimal  # 1
    net_change: Decimal  # 2
    contract_sum: Decimal  # 3 = 1 + 2
    completed_to_date: Decimal  # 4 = ΣG
    retainage_work: Decimal  # 5a
    retainage_stored: Decimal  # 5b
    retainage_released: Decimal  # released to date
    retainage_total: Decimal  # 5 = 5a + 5b − released
    earned_less_retainage: Decimal  # 6 = 4 − 5
    previous_certificates: Decimal  # 7
    withholding: Decimal  # this application, for defects
    payment_due: Decimal  # 8 = 6 − 7 − withholding (may be negative: certify refuses it)
    balance_to_finish: Decimal  # 9 = 3 − 6


def work_pct(terms: Terms, completed: Decimal, contract_sum: Decimal) -> Decimal:
    """The retainage rate on work: the reduced rate once ``completed`` (ΣG) is at least
    ``reduce_at_pct`` of ``contract_sum`` (never when the contract sum is 0)."""
    if (
        terms.retainage_reduced_pct is not None
        and terms.reduce_at_pct is not None
        and contract_sum > 0
        and completed * HUNDRED >= terms.reduce_at_pct * contract_sum
    ):
        return terms.retainage_reduced_pct
    return terms.retainage_pct


def percent_complete(completed: Decimal, scheduled: Decimal) -> Decimal | None:
    if scheduled == 0:
        return None
    return (completed * HUNDRED / scheduled).quantize(CENT, rounding=ROUND_HALF_UP)


def lines_of(rows: Sequence[LineAmounts], terms: Terms, contract_sum: Decimal) -> list[G703Line]:
    """The G703 lines of ``rows`` under ``terms``; ``contract_sum`` (to date) decides
    whether the reduced retainage rate applies."""
    completed = sum((r.previous + r.this_period + r.stored for r in rows), ZERO)
    pct_work = work_pct(terms, completed, contract_sum)
    out = []
    for r in rows:
        g = r.previous + r.this_period + r.stored
        on_work = round_cents(pct_work * (r.previous + r.this_period) / HUNDRED)
        on_stored = round_cents(terms.materials_retainage_pct * r.stored / HUNDRED)
        out.append(
            read_row(
                G703Line,
                r,
                completed_to_date=g,
                pct=percent_complete(g, r.scheduled),
                balance=r.scheduled - g,
                retainage=on_work + on_stored,
                retainage_work=on_work,
                retainage_stored=on_stored,
            )
        )
    return out


def summary(
    lines: Sequence[G703Line],
    *,
    original_sum: Decimal,
    net_change: Decimal,
    retainage_released: Decimal = ZERO,
    previous_certificates: Decimal = ZERO,
    withholding: Decimal = ZERO,
) -> G702:
    """The G702 of ``lines``: ``retainage_released`` is released to date (earlier
    certificates and this one), ``previous_certificates`` the sum of the amounts earlier
    certificates of the commitment certified."""
    contract_sum = original_sum + net_change
    completed = sum((line.completed_to_date for line in lines), ZERO)
    on_work = sum((line.retainage_work for line in lines), ZERO)
    on_stored = sum((line.retainage_stored for line in lines), ZERO)
    retainage = on_work + on_stored - retainage_released
    earned = completed - retainage
    return G702(
        original_sum=original_sum,
        net_change=net_change,
        contract_sum=contract_sum,
        completed_to_date=completed,
        retainage_work=on_work,
        retainage_stored=on_stored,
        retainage_released=retainage_released,
        retainage_total=retainage,
        earned_less_retainage=earned,
        previous_certificates=previous_certificates,
        withholding=withholding,
        payment_due=earned - previous_certificates - withholding,
        balance_to_finish=contract_sum - earned,
    )
