"""The rows a bulk load takes (a budget, a schedule of values, a contractor's claim) and
what a load reports: plain frozen dataclasses, no SQLAlchemy, so an importer (CSV, XLSX)
builds them without touching the store.

``row`` is the number the user sees for the row in their file (a spreadsheet's row
number); when left ``None`` the load counts the rows from 1. Every refusal of a load names
it ("Row 7: …").
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class CodeRow:
    """One cost code of a cost-code list; ``parent_code`` makes the tree."""

    code: str
    name: str
    parent_code: str | None = None
    row: int | None = None


@dataclass(frozen=True)
class BudgetRow:
    """One budget line: its cost code, title, category (``construction``, ``design``…),
    original amount and, optionally, the name of the funding source paying for it."""

    code: str
    title: str
    category: str
    amount: Decimal
    funding: str | None = None
    row: int | None = None


@dataclass(frozen=True)
class SovRow:
    """One line of a schedule of values, keyed by the contractor's item number."""

    item: str
    description: str
    scheduled_value: Decimal
    cost_code: str | None = None
    activity_codes: tuple[str, ...] = ()
    row: int | None = None


@dataclass(frozen=True)
class ClaimRow:
    """A contractor's claim for one item: work this period (E) and materials presently
    stored (F, a balance)."""

    item: str
    work: Decimal
    stored: Decimal
    row: int | None = None


@dataclass(frozen=True)
class LoadResult:
    """What a load did: cost codes added and kept (already there), lines added and
    updated (budget lines, or schedule-of-values lines for ``load_sov``)."""

    codes_added: int = 0
    codes_kept: int = 0
    lines_added: int = 0
    lines_updated: int = 0
