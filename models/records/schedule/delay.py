"""Delay events and extensions of time: the table, its workflow and the delay event
``RecordKind`` (``EOT-004``).

A delay event is notified when it happens (cause, who carries it, the activity it
hits), claimed with the days asked for, and granted (wholly or in part) or rejected by
the owner's representative. The days granted move the contractual completion date
(``forecast.schedule_forecast``), like the days of approved change orders. Diary delay
entries, issues and photos link to it through ``record_links``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from executrek.models.base import Base, Numbered, Synced
from executrek.models.directory import enum_column
from executrek.models.records.kind import NumberSeries, RecordKind
from executrek.models.records.schedule.vocab import (
    DELAY_SERIES,
    WIDTH,
    DelayResponsibility,
    DelayStatus,
)
from executrek.models.table_keys import project_index, unique_number

__all__ = ["DelayResponsibility", "DelayStatus"]


class DelayEvent(Numbered, Synced, Base):
    __tablename__ = "schedule_delay_events"
    __table_args__ = (unique_number(), project_index(__tablename__, "status"))

    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str | None] = mapped_column(Text)
    responsibility: Mapped[DelayResponsibility] = enum_column(
        DelayResponsibility, "delay_responsibility", DelayResponsibility.UNDETERMINED
    )
    start_date: Mapped[dt.date]
    end_date: Mapped[dt.date | None]
    activity_code: Mapped[str | None] = mapped_column(String(60))  # the activity it hits
    days_claimed: Mapped[int] = mapped_column(default=0)  # calendar days asked for
    days_granted: Mapped[int] = mapped_column(default=0)  # calendar days granted
    decision_note: Mapped[str | None] = mapped_column(Text)
    status: Mapped[DelayStatus] = enum_column(DelayStatus, "delay_status", DelayStatus.NOTIFIED)


D = DelayStatus
TRANSITIONS: Mapping[DelayStatus, frozenset[DelayStatus]] = {
    D.NOTIFIED: frozenset({D.CLAIMED, D.WITHDRAWN}),
    D.CLAIMED: frozenset({D.GRANTED, D.REJECTED, D.WITHDRAWN}),
    D.GRANTED: frozenset(),  # granted time stays granted: a correction is a new event
    D.REJECTED: frozenset({D.CLAIMED}),  # claimed again with more evidence
    D.WITHDRAWN: frozenset(),
}
LIVE = (DelayStatus.NOTIFIED.value, DelayStatus.CLAIMED.value)

DELAY_KIND = RecordKind(
    key="delay_event",
    model=DelayEvent,
    series=(NumberSeries(DELAY_SERIES, WIDTH),),
    transitions=TRANSITIONS,
    search_columns=("title", "description", "decision_note"),
    page="schedule",
    export="delay_events",
)
