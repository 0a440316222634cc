"""The Gantt's time axis, Qt-free: day ↔ x, the zoom levels, and the ticks of the
timeline's two tiers (years over months, months over weeks…) within a visible range.

Ticks are listed once per scale and found by bisection, so painting a row or the
header costs the same at any programme length.
"""

from __future__ import annotations

import bisect
import datetime as dt
import enum
from dataclasses import dataclass, field

MARGIN_DAYS = 14  # room before the first and after the last bar
MIN_PX_PER_DAY = 0.2
MAX_PX_PER_DAY = 40.0


class Zoom(enum.StrEnum):
    FIT = "fit"  # the whole programme in the chart's width
    WEEKS = "weeks"
    MONTHS = "months"
    QUARTERS = "quarters"
    YEARS = "years"


PX_PER_DAY = {Zoom.WEEKS: 14.0, Zoom.MONTHS: 4.0, Zoom.QUARTERS: 1.4, Zoom.YEARS: 0.45}


class Unit(enum.Enum):
    YEAR = "year"
    QUARTER = "quarter"
    MONTH = "month"
    WEEK = "week"


def _month_starts(first: dt.date, last: dt.date, step: int) -> list[int]:
    """Ordinals of the first days of every ``step``-th month (January-aligned)."""
    year, month = first.year, ((first.month - 1) // step) * step + 1
    out: list[int] = []
    while True:
        day = dt.date(year, month, 1)
        if day > last:
            return out
        out.append(day.toordinal())
        month += step
        if month > 12:
            year, month = year + 1, month - 12


def tick_days(unit: Unit, first: int, last: int) -> list[int]:
    """The ordinals where a ``unit`` starts, from before ``first`` through ``last``."""
    lo, hi = dt.date.fromordinal(first), dt.date.fromordinal(last)
    if unit is Unit.WEEK:
        monday = first - lo.weekday()
        return list(range(monday, last + 1, 7))
    step = {Unit.YEAR: 12, Unit.QUARTER: 3, Unit.MONTH: 1}[unit]
    return _month_starts(lo, hi, step)


def tiers(px_per_day: float) -> tuple[Unit, Unit]:
    """The (upper, lower) tick units that read well at ``px_per_day``."""
    if px_per_day >= 8:
        return Unit.MONTH, Unit.WEEK
    if px_per_day >= 2:
        return Unit.YEAR, Unit.MONTH
    return Unit.YEAR, Unit.QUARTER


@dataclass
class TimeScale:
    """Days ``origin`` … ``origin + days`` laid out at ``px_per_day``."""

    origin: int
    days: int
    px_per_day: float
    _ticks: dict[Unit, list[int]] = field(default_factory=dict, repr=False)

    @classmethod
    def around(cls, first: int, last: int, px_per_day: float) -> TimeScale:
        """A scale over the days ``first`` … ``last`` with a margin either side."""
        return cls(first - MARGIN_DAYS, last - first + 2 * MARGIN_DAYS, px_per_day)

    @property
    def width(self) -> int:
        return max(1, int(self.days * self.px_per_day + 0.5))

    def x(self, day: int) -> float:
        return (day - self.origin) * self.px_per_day

    def day_at(self, x: float) -> int:
        return self.origin + int(x // self.px_per_day)

    def rezoomed(self, px_per_day: float) -> TimeScale:
        px = min(MAX_PX_PER_DAY, max(MIN_PX_PER_DAY, px_per_day))
        return TimeScale(self.origin, self.days, px)

    def fitted(self, width: int) -> TimeScale:
        """The same days in ``width`` pixels."""
        return self.rezoomed(width / max(1, self.days))

    def ticks(self, unit: Unit, left: float, right: float) -> list[int]:
        """The ``unit`` ticks from the one before x ``left`` through x ``right``."""
        days = self._ticks.get(unit)
        if days is None:
            days = tick_days(unit, self.origin, self.origin + self.days)
            self._ticks[unit] = days
        lo = bisect.bisect_right(days, self.day_at(left)) - 1
        hi = bisect.bisect_right(days, self.day_at(right) + 1)
        return days[max(0, lo) : hi]


def tick_label(unit: Unit, day: int, months: tuple[str, ...], *, upper: bool = False) -> str:
    """The label of a tick: "2027", "Q3", "Mar" ("Mar 2027" on the upper tier), "12" (a
    week by its Monday's date); ``months`` the (translated) short month names."""
    date = dt.date.fromordinal(day)
    if unit is Unit.YEAR:
        return str(date.year)
    if unit is Unit.QUARTER:
        return f"Q{(date.month - 1) // 3 + 1}"
    if unit is Unit.MONTH:
        name = months[date.month - 1]
        return f"{name} {date.year}" if upper else name
    return str(date.day)
