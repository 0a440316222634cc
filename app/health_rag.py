"""Red/amber/green for the health measures, from the user's thresholds."""

from __future__ import annotations

import enum
from decimal import Decimal

from executrek.app.settings import Thresholds
from executrek.models.services.health import ProjectHealth


class Rag(enum.StrEnum):
    GREEN = "green"
    AMBER = "amber"
    RED = "red"
    NONE = "none"


def _band(value: float, amber: float, red: float) -> Rag:
    if value >= red:
        return Rag.RED
    if value >= amber:
        return Rag.AMBER
    return Rag.GREEN


def budget(h: ProjectHealth, t: Thresholds) -> Rag:
    exposure = h.budget.approved_changes + h.budget.pending_exposure
    pct = float(exposure / h.budget.original_contract * 100) if h.budget.original_contract else 0.0
    return _band(pct, t.budget_change_amber_pct, t.budget_change_red_pct)


def slip(days: int, t: Thresholds) -> Rag:
    """A slip in days (a milestone's, or the largest) banded by the PMO's thresholds."""
    return _band(days, t.schedule_slip_amber_days, t.schedule_slip_red_days)


def completion_float(buffer: Decimal | None, t: Thresholds) -> Rag:
    """The programme's completion float: negative is red (the contractor's own
    programme cannot meet the date), under the amber threshold amber; none without a
    programme."""
    if buffer is None:
        return Rag.NONE
    return (
        Rag.RED if buffer < 0 else Rag.AMBER if buffer < t.schedule_float_amber_days else Rag.GREEN
    )


def worse(*ratings: Rag) -> Rag:
    order = [Rag.NONE, Rag.GREEN, Rag.AMBER, Rag.RED]
    return max(ratings, key=order.index)


def schedule(h: ProjectHealth, t: Thresholds) -> Rag:
    """The worse of the largest slip against the contractual dates and the programme's
    completion float."""
    return worse(slip(h.max_slip_days, t), completion_float(h.schedule.completion_float, t))


def quality(h: ProjectHealth, t: Thresholds) -> Rag:
    worst = _band(h.punch_overdue, t.overdue_punch_amber, t.overdue_punch_red)
    if h.inspection_pass_rate is not None:
        rate = float(h.inspection_pass_rate)
        by_rate = (
            Rag.RED
            if rate < t.pass_rate_red_pct
            else Rag.AMBER
            if rate < t.pass_rate_amber_pct
            else Rag.GREEN
        )
        order = [Rag.GREEN, Rag.AMBER, Rag.RED]
        worst = max(worst, by_rate, key=order.index)
    return worst
