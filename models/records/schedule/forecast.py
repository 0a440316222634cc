"""The schedule forecast: the one value every screen and report reads of a project's
programme — the status report's schedule sentence, rating and milestone table, the
dashboard's and portfolio's schedule figures, the schedule report and the CLI.

``schedule_forecast`` reads the current update's figures (``milestones.ProgrammeDates``)
and the schedule position ``models/services/health.schedule_in`` computes from them: the
contractual completion (the baseline plus the days approved in change orders and granted
in delay events), the forecast completion (from the current update), each milestone's
variance and the largest slip, which ``app/health_rag.schedule`` rates with the PMO's
thresholds. The health figures of the same project come from the same ``schedule_in``,
so no figure is computed twice.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from executrek.models.local_read import SqlSource
from executrek.models.records.schedule.milestones import ProgrammeDates, programme_dates_in
from executrek.models.services.budget import rollup_sql
from executrek.models.services.health import SchedulePosition, schedule_in


@dataclass(frozen=True)
class ScheduleForecast:
    """A project's schedule, computed: ``programme`` (what its current update says) and
    ``position`` (contractual and forecast dates, variances, slip)."""

    programme: ProgrammeDates
    position: SchedulePosition

    @property
    def data_date(self) -> dt.date:
        return self.programme.update.data_date

    @property
    def contract_finish(self) -> dt.date | None:
        return self.position.contract_finish

    @property
    def forecast_finish(self) -> dt.date | None:
        return self.position.forecast_finish

    @property
    def variance_days(self) -> int | None:
        """Forecast against contractual completion (positive: late)."""
        return self.position.finish_variance_days

    @property
    def extension_days(self) -> int:
        """Days the contractual completion moved: change orders and delay events."""
        return self.position.approved_days + self.position.granted_days

    @property
    def completion_float(self) -> Decimal | None:
        return self.programme.completion_float


def schedule_forecast(source: SqlSource, project_id: str) -> ScheduleForecast | None:
    """The project's schedule forecast from its current update; None when it has no
    programme (its milestones typed in by hand are then all there is: ``health``)."""
    with source.sql() as con:
        programme = programme_dates_in(con, project_id)
        if programme is None:
            return None
        position = schedule_in(con, project_id, rollup_sql(con, project_id))
    return ScheduleForecast(programme, position)
