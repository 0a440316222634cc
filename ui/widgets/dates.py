"""Qt dates from the program's clock: date pickers start on the clock's today, not Qt's."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate

from executrek.models import clock


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def today_qdate(*, days: int = 0) -> QDate:
    """The clock's today, moved by ``days`` (negative: earlier)."""
    return qdate(clock.today() + dt.timedelta(days=days))
