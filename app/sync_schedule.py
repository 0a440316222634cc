"""When the window checks the central database and syncs, and what the status bar says.

Pure logic (no Qt timers, no clock of its own: callers pass ``now`` in monotonic
seconds) so the back-off and the state sentences are unit-testable. The GUI's sync
controller asks ``should_sync`` after each reachability check and re-arms its timer
with ``next_check_in``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from executrek.app.i18n import translate


@dataclass
class SyncSchedule:
    """Check reachability every ``check_every_s``; sync when there is something to push
    or the last pull is ``pull_every_s`` old; after failures wait twice as long each time
    (up to ``max_backoff_s``) before trying again."""

    check_every_s: float = 60.0
    pull_every_s: float = 180.0
    max_backoff_s: float = 900.0
    failures: int = 0
    last_sync_at: float | None = None
    retry_at: float = 0.0

    def backoff(self) -> float:
        if self.failures <= 0:
            return 0.0
        return float(min(self.max_backoff_s, self.check_every_s * 2 ** (self.failures - 1)))

    def should_sync(self, now: float, pending: int) -> bool:
        """Reachable now: is an automatic sync due?"""
        if self.failures and now < self.retry_at:
            return False
        if pending > 0 or self.last_sync_at is None:
            return True
        return now - self.last_sync_at >= self.pull_every_s

    def record_success(self, now: float) -> None:
        self.failures = 0
        self.retry_at = 0.0
        self.last_sync_at = now

    def record_failure(self, now: float) -> None:
        self.failures += 1
        self.last_sync_at = now
        self.retry_at = now + self.backoff()

    def next_check_in(self, now: float) -> float:
        """Seconds until the next reachability check."""
        if self.failures and self.retry_at > now:
            return max(1.0, min(self.retry_at - now, self.max_backoff_s))
        return self.check_every_s


class SyncState(StrEnum):
    NOT_SET_UP = "not_set_up"
    OFFLINE = "offline"
    ONLINE = "online"  # reachable, nothing synced yet in this session
    SYNCING = "syncing"
    UP_TO_DATE = "up_to_date"
    ATTENTION = "attention"


@dataclass(frozen=True)
class SyncStatus:
    state: SyncState
    percent: int | None = None  # while syncing, when known
    at: dt.datetime | None = None  # local time of the last good sync
    detail: str = ""  # the sentence behind "needs attention" (or the last error)

    def text(self) -> str:
        """The short status-bar text."""
        if self.state is SyncState.NOT_SET_UP:
            return translate("Sync", "Sync not set up")
        if self.state is SyncState.OFFLINE:
            return translate("Sync", "Offline")
        if self.state is SyncState.ONLINE:
            return translate("Sync", "Online")
        if self.state is SyncState.SYNCING:
            if self.percent is None:
                return translate("Sync", "Syncing…")
            return translate("Sync", "Syncing {percent}%").format(percent=self.percent)
        if self.state is SyncState.UP_TO_DATE:
            at = self.at.strftime("%H:%M") if self.at else "--:--"
            return translate("Sync", "Up to date at {time}").format(time=at)
        return translate("Sync", "Needs attention")


def percent(step: str, done: int, total: int) -> int | None:
    """Overall progress from the engine's ``progress(step, done, total)``: pushing is the
    first 80 %, pulling (no total known) shows no number."""
    if step == "push" and total > 0:
        return max(0, min(80, done * 80 // total))
    return None
