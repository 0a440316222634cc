"""Working-day arithmetic on a schedule calendar (pure, no database).

A ``Workdays`` holds the working days of one calendar as sorted day ordinals over a
window around the programme, so counting and adding working days is a ``bisect``:
the forward pass over 10,000 activities and the quality check's day counts stay fast.
A moment is the start of a day (an ordinal); an activity of ``n`` working days that
starts on working day ``s`` ends at the start of the day after its ``n``-th working day.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from collections.abc import Iterable

MONDAY_TO_FRIDAY = "1111100"
# Far enough either side of a programme for every date its logic can reach.
WINDOW_BEFORE_DAYS = 366 * 15
WINDOW_AFTER_DAYS = 366 * 40


def working_weekdays(work_week: str) -> tuple[int, ...]:
    """``"1111100"`` (Monday first) → the weekday numbers worked (0 = Monday)."""
    return tuple(i for i, flag in enumerate(work_week[:7]) if flag == "1")


class Workdays:
    """The working days of one calendar between ``first`` and ``last`` (inclusive)."""

    __slots__ = ("days", "first", "last")

    def __init__(
        self, work_week: str, holidays: Iterable[dt.date], first: dt.date, last: dt.date
    ) -> None:
        worked = set(working_weekdays(work_week))
        if not worked:
            raise ValueError("a calendar without working days")
        off = {d.toordinal() for d in holidays}
        start, end = first.toordinal(), last.toordinal()
        weekday0 = first.weekday()
        self.days = [
            o
            for o in range(start, end + 1)
            if (weekday0 + o - start) % 7 in worked and o not in off
        ]
        if not self.days:  # every day of the window a holiday: work the weekdays anyway
            self.days = [o for o in range(start, end + 1) if (weekday0 + o - start) % 7 in worked]
        self.first, self.last = start, end

    @classmethod
    def around(cls, work_week: str, holidays: Iterable[dt.date], day: dt.date) -> Workdays:
        """A calendar window wide enough for a programme whose data date is ``day``."""
        first = day - dt.timedelta(days=WINDOW_BEFORE_DAYS)
        last = day + dt.timedelta(days=WINDOW_AFTER_DAYS)
        return cls(work_week, holidays, first, last)

    def index(self, moment: int) -> int:
        """The index of the first working day on or after ``moment`` (an ordinal)."""
        return min(bisect_left(self.days, moment), len(self.days) - 1)

    def at(self, index: int) -> int:
        """The ordinal of working day ``index`` (clamped to the window)."""
        return self.days[max(0, min(index, len(self.days) - 1))]

    def start_on(self, moment: int) -> int:
        """The first working day on or after ``moment``."""
        return self.at(self.index(moment))

    def end_after(self, start: int, duration: int) -> int:
        """The moment an activity of ``duration`` working days starting on ``start`` ends
        (``start`` itself for a milestone)."""
        if duration <= 0:
            return start
        return self.at(self.index(start) + duration - 1) + 1

    def shift(self, moment: int, lag: int) -> int:
        """``moment`` moved by ``lag`` working days (a relationship's lag; negative: a lead)."""
        if lag == 0:
            return moment
        return self.at(self.index(moment) + lag)

    def count(self, start: dt.date, end: dt.date) -> int:
        """Working days from ``start`` up to, not including, ``end`` (negative when ``end``
        is before ``start``)."""
        a, b = start.toordinal(), end.toordinal()
        if b < a:
            return -self.count(end, start)
        return bisect_left(self.days, b) - bisect_left(self.days, a)

    def finish_date(self, start: int, end_moment: int) -> dt.date:
        """The last day worked of an activity from ``start`` to ``end_moment``."""
        return dt.date.fromordinal(max(start, end_moment - 1))
