"""The estimate-at-completion trend, month by month, as owners' reps report it: one point
per issued monthly cost report — its period end and the approved budget, EAC and
variance it printed, read back from its stored snapshot exactly as issued — and the
budget as it stands (``figures.budget_figures``) as the last point.

The past is never recomputed: a point is what the report said when it was issued. A
later report of the same period end supersedes an earlier one; the budget as it stands
supersedes a report of its own day. Snapshots without the budget's headline (or of a
project with no budget lines then, or in another currency) are skipped. The budget
page's chart and the monthly cost report read this one function.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from executrek.app.report_kinds.common import ReportKind
from executrek.models import clock
from executrek.models.records.cost.figures import BudgetFigures, budget_figures
from executrek.models.services import issued_reports as issued
from executrek.models.store import Store


@dataclass(frozen=True)
class EacPoint:
    """The owner's budget on one day: at an issued cost report's period end, or now."""

    day: dt.date
    approved_budget: Decimal
    eac: Decimal
    variance: Decimal  # approved − EAC (negative: over budget)
    report_number: str = ""  # the issued cost report; "" for the budget as it stands


def _snapshot_point(row: issued.IssuedReportRow, currency: str) -> EacPoint | None:
    """The point an issued cost report printed; None when its snapshot lacks it."""
    data: Any = row.snapshot.get("data")
    head: Any = data.get("headline") if isinstance(data, dict) else None
    if not isinstance(head, dict) or row.period_end is None:
        return None
    if head.get("currency") != currency or not head.get("lines"):
        return None
    try:
        return EacPoint(
            row.period_end,
            Decimal(head["approved_budget"]),
            Decimal(head["eac"]),
            Decimal(head["variance"]),
            row.report_number,
        )
    except (KeyError, TypeError, InvalidOperation):
        return None


def eac_trend(
    store: Store,
    project_id: str,
    *,
    on: dt.date | None = None,
    now: BudgetFigures | None = None,
) -> tuple[EacPoint, ...]:
    """The EAC trend up to ``on`` (today by default), oldest first: the issued cost
    reports' points with a period end before ``on``, then the budget as it stands at
    ``on`` (``now``, else ``budget_figures`` read here). Empty when the project has no
    budget lines."""
    day = on if on is not None else clock.today()
    if now is None:
        with store.read() as s:
            now = budget_figures(s, project_id)
    if not now.lines:
        return ()
    points: dict[dt.date, EacPoint] = {}
    rows = issued.issued_reports(store, project_id, ReportKind.COST.value, with_snapshot=True)
    for row in reversed(rows):  # oldest first: a later report of a period supersedes
        point = _snapshot_point(row, now.currency)
        if point is not None and point.day < day:
            points[point.day] = point
    t = now.total
    points[day] = EacPoint(day, t.approved_budget, t.eac, t.variance)
    return tuple(points[d] for d in sorted(points))
