"""The one clock of the program: today, now, the local time zone and epoch milliseconds.

Every service, the demo generator, the reports and the sync stamps read time here and
nowhere else (``tests/test_clock_rule.py`` enforces it). The clock normally follows the
wall clock. It can be *pinned* to an instant: from then on it starts at that instant and
keeps flowing at the wall clock's pace (ids and hybrid-logical-clock stamps still move
forward), so "today" is fixed for as long as a test or a demo build runs.

Two ways to pin:
- ``with clock.pinned(instant): ...`` (tests, via the ``clock`` fixture);
- the environment variable ``EXECUTREK_NOW`` (an ISO date or date-time, read at import),
  so that a CLI started in a subprocess by a test runs on the same day as the test.
"""

from __future__ import annotations

import datetime as dt
import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

ENV_VAR = "EXECUTREK_NOW"

# (pinned instant in UTC, monotonic reading when pinned) or None: the wall clock.
_pin: tuple[dt.datetime, float] | None = None
_lock = threading.Lock()


def parse_instant(text: str) -> dt.datetime:
    """An ISO date (``2026-11-25``, read as 09:00 local time) or date-time; a naive
    date-time is local time. Raises ``ValueError`` on anything else."""
    text = text.strip()
    if len(text) == 10:
        day = dt.date.fromisoformat(text)
        return dt.datetime.combine(day, dt.time(9, 0)).astimezone(dt.UTC)
    value = dt.datetime.fromisoformat(text)
    if value.tzinfo is None:
        value = value.astimezone()
    return value.astimezone(dt.UTC)


def now() -> dt.datetime:
    """The current instant, timezone-aware in UTC."""
    pin = _pin
    if pin is None:
        return dt.datetime.now(dt.UTC)  # clock-ok: the one wall-clock read
    at, started = pin
    return at + dt.timedelta(seconds=time.monotonic() - started)


def local_now() -> dt.datetime:
    """The current instant in the machine's local time zone (aware)."""
    return now().astimezone()


def today() -> dt.date:
    """The user's calendar day (local time zone)."""
    return local_now().date()


def epoch_ms() -> int:
    """Milliseconds since the Unix epoch (UUIDv7 ids, hybrid-logical-clock stamps)."""
    pin = _pin
    if pin is None:
        return time.time_ns() // 1_000_000  # clock-ok: the one wall-clock read
    return int(now().timestamp() * 1000)


def pin(at: dt.datetime | dt.date | None) -> None:
    """Pin the clock to ``at`` (a date means 09:00 local time that day); ``None`` lets it
    follow the wall clock again."""
    global _pin
    with _lock:
        if at is None:
            _pin = None
            return
        if not isinstance(at, dt.datetime):
            at = dt.datetime.combine(at, dt.time(9, 0))
        if at.tzinfo is None:
            at = at.astimezone()
        _pin = (at.astimezone(dt.UTC), time.monotonic())


def is_pinned() -> bool:
    return _pin is not None


@contextmanager
def pinned(at: dt.datetime | dt.date) -> Iterator[None]:
    """Run a block with the clock pinned to ``at``; the previous state comes back after."""
    previous = _pin
    pin(at)
    try:
        yield
    finally:
        _restore(previous)


def _restore(previous: tuple[dt.datetime, float] | None) -> None:
    global _pin
    with _lock:
        _pin = previous


def _pin_from_environment() -> None:
    text = os.environ.get(ENV_VAR, "").strip()
    if text:
        try:
            pin(parse_instant(text))
        except ValueError as exc:
            raise SystemExit(
                f"{ENV_VAR}={text!r} is not a date (YYYY-MM-DD) or date-time (ISO 8601)."
            ) from exc


_pin_from_environment()
