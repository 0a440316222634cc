"""Red/amber/green for the health measures, from the user's thresholds."""

from __future__ import annotations

import enum

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


def schedule(h: ProjectHealth, t: Thresholds) -> Rag:
    """The worse of the slip (days late against the contractual dates) and the
    programme's completion float: negative float is red (the contractor's own programme
    shows the date cannot be met), float below the amber threshold amber."""
    by_slip = _band(h.max_slip_days, t.schedule_slip_amber_days, t.schedule_slip_red_days)
    buffer = h.schedule.completion_float
    if buffer is None:
        return by_slip
    by_float = (
        Rag.RED if buffer < 0 else Rag.AMBER if buffer < t.schedule_float_amber_days else Rag.GREEN
    )
    order = [Rag.GREEN, Rag.AMBER, Rag.RED]
    return max(by_slip, by_float, key=order.index)


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
