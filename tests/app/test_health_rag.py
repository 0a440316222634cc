"""The schedule rating reads the slip and the programme's completion float: negative
float is red whatever the slip, float under the PMO's threshold amber, and the worse of
the two wins."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

import pytest

from executrek.app import health_rag
from executrek.app.health_rag import Rag
from executrek.app.settings import Thresholds
from executrek.models.services.budget import BudgetRollup
from executrek.models.services.health import ProjectHealth, schedule_position

ZERO = Decimal(0)


def health(slip_days: int, completion_float: Decimal | None) -> ProjectHealth:
    budget = BudgetRollup("EUR", ZERO, ZERO, ZERO, ZERO, ZERO, ZERO, ZERO, ZERO, 0, 0, 0, 0)
    position = schedule_position((), completion_float=completion_float)
    return ProjectHealth(
        project_id="p",
        code="P",
        name="P",
        owner=None,
        status="active",
        budget=budget,
        milestones_total=0,
        milestones_late=0,
        max_slip_days=slip_days,
        forecast_finish=None,
        baseline_finish=None,
        punch_open=0,
        punch_overdue=0,
        punch_total=0,
        inspections_completed=0,
        inspection_pass_rate=None,
        open_ncrs=0,
        open_issues=0,
        pending_change_orders=0,
        top_risks=(),
        schedule=position,
    )


@pytest.mark.parametrize(
    ("slip", "buffer", "expected"),
    [
        (0, None, Rag.GREEN),  # no programme: the slip alone
        (8, None, Rag.AMBER),
        (0, Decimal("-0.5"), Rag.RED),  # the programme itself cannot meet the date
        (0, Decimal("9.5"), Rag.AMBER),  # under the 10-day threshold
        (0, Decimal(10), Rag.GREEN),
        (40, Decimal(25), Rag.RED),  # the slip is worse
        (8, Decimal("-2"), Rag.RED),  # the float is worse
    ],
)
def test_schedule_rating_is_the_worse_of_slip_and_float(
    slip: int, buffer: Decimal | None, expected: Rag
) -> None:
    assert health_rag.schedule(health(slip, buffer), Thresholds()) is expected


def test_the_float_threshold_is_the_pmos_setting() -> None:
    strict = dataclasses.replace(Thresholds(), schedule_float_amber_days=30)
    assert health_rag.schedule(health(0, Decimal(20)), strict) is Rag.AMBER
    assert health_rag.schedule(health(0, Decimal(20)), Thresholds()) is Rag.GREEN
