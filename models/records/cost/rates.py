"""Unit-rate checks of a change order: each line's unit price against the rate its
commitment's schedule of rates holds for the same item, and against what the same item
cost on the PMO's other projects in this store (synced from the central database), so an
outlier is flagged before the change order is approved. Reads only.

Matching (``docs/cost.md``, "Unit-rate checks"): descriptions and units are compared
normalised — case folded, surrounding and repeated spaces ignored. A contract rate
matches a line when the units are equal and the line's description is the rate's
description, its item, or "item description". The other projects' figure is the median
unit price of the lines with the same description and unit in approved change orders
(any tier) of every other project with the same currency. The deviation is measured
against the contract rate when there is one, else against that median; a line is flagged
when it deviates by more than ``tolerance_pct`` either way (a price far below the rate is
as suspect as one far above: often a unit mixed up).
"""

from __future__ import annotations

import sqlite3
import statistics
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy.orm import Session

from executrek.models.errors import QT_TRANSLATE_NOOP, NotFoundError
from executrek.models.records.cost.certificate import round_cents
from executrek.models.records.cost.checks import cents
from executrek.models.records.cost.figures import currency_of, pct, sql_of

HUNDRED = Decimal(100)
SEP = "\x1f"  # between the unit and the description of a matching key


@dataclass(frozen=True, slots=True)
class RateFinding:
    line_id: str  # the change order line
    description: str
    unit: str
    unit_price: Decimal
    contract_rate: Decimal | None
    other_projects_median: Decimal | None
    other_projects_count: int  # lines the median is taken over
    deviation_pct: Decimal | None  # against the contract rate, else the median
    flagged: bool


def normalised(text: str | None) -> str:
    """What two descriptions or units are compared by: case folded, spaces collapsed."""
    return " ".join((text or "").split()).casefold()


def _key(unit: str | None, description: str | None) -> str:
    return f"{normalised(unit)}{SEP}{normalised(description)}"


def _register(con: sqlite3.Connection) -> None:
    con.create_function("executrek_rate_key", 2, _key, deterministic=True)


_OTHERS_SQL = """
SELECT executrek_rate_key(l.unit, l.description), l.unit_price
FROM change_order_lines l
JOIN change_orders co ON co.id = l.change_order_id
JOIN projects p ON p.id = l.project_id
WHERE l.project_id != ? AND p.currency = ? AND p.deleted_at IS NULL
  AND co.status = 'approved' AND co.deleted_at IS NULL AND l.deleted_at IS NULL
  AND executrek_rate_key(l.unit, l.description) IN ({marks})
"""


def rate_check(
    session: Session, change_order_id: str, *, tolerance_pct: Decimal = Decimal(15)
) -> list[RateFinding]:
    """Every line of the change order, in order, with its comparison."""
    con = sql_of(session)
    _register(con)
    head = con.execute(
        "SELECT project_id, commitment_id FROM change_orders WHERE id = ? AND deleted_at IS NULL",
        (change_order_id,),
    ).fetchone()
    if head is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "The change order no longer exists."))
    project, commitment = head
    lines = con.execute(
        "SELECT id, description, unit, unit_price FROM change_order_lines "
        "WHERE change_order_id = ? AND deleted_at IS NULL ORDER BY position, id",
        (change_order_id,),
    ).fetchall()
    rates: dict[str, int] = {}
    if commitment is not None:
        for item, description, unit, rate in con.execute(
            "SELECT item, description, unit, rate FROM commitment_rates "
            "WHERE commitment_id = ? AND deleted_at IS NULL ORDER BY item",
            (commitment,),
        ):
            # The rate's own description wins over another rate's item of the same text.
            for text in (f"{item} {description}", item, description):
                rates[_key(unit, text)] = rate
    keys = sorted({_key(unit, text) for _id, text, unit, _price in lines})
    prices: dict[str, list[Decimal]] = {}
    if keys:
        sql = _OTHERS_SQL.format(marks=", ".join("?" for _ in keys))
        for key, price in con.execute(sql, (project, currency_of(con, project), *keys)):
            prices.setdefault(key, []).append(cents(price))
    out = []
    for line_id, text, unit, price_cents in lines:
        key = _key(unit, text)
        price = cents(price_cents)
        contract = cents(rates[key]) if key in rates else None
        seen = prices.get(key, [])
        median = round_cents(statistics.median(seen)) if seen else None
        reference = contract if contract is not None else median
        deviation, flagged = _deviation(price, reference, tolerance_pct)
        out.append(
            RateFinding(line_id, text, unit, price, contract, median, len(seen), deviation, flagged)
        )
    return out


def _deviation(
    price: Decimal, reference: Decimal | None, tolerance: Decimal
) -> tuple[Decimal | None, bool]:
    if reference is None:
        return None, False
    if reference == 0:
        return None, price != 0  # anything against a rate of nothing is an outlier
    deviation = pct((price - reference) * HUNDRED / reference)
    return deviation, abs(deviation) > tolerance
