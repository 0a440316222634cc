"""Identity and time for sync-ready records: UUIDv7 ids and a hybrid logical clock."""

from __future__ import annotations

import os
import random
import threading
import uuid
from dataclasses import dataclass

from executrek.models import clock


class UUID7Factory:
    """RFC 9562 UUIDv7: 48-bit Unix milliseconds, then 74 random bits, with a
    monotonic counter in ``rand_a`` so ids minted in one millisecond still sort."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._last_ms = -1
        self._counter = 0
        # Seeded from the OS; ids need uniqueness, not secrecy.
        self._random = random.Random(os.urandom(32))

    def __call__(self) -> str:
        with self._lock:
            ms = clock.epoch_ms()
            if ms <= self._last_ms:
                self._counter += 1
                if self._counter > 0xFFF:
                    self._last_ms += 1
                    self._counter = 0
                ms = self._last_ms
            else:
                self._last_ms = ms
                self._counter = 0
            counter = self._counter
            rand_b = self._random.getrandbits(62)
        value = (ms & 0xFFFF_FFFF_FFFF) << 80 | 0x7 << 76 | counter << 64 | 0b10 << 62 | rand_b
        h = f"{value:032x}"
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


new_id = UUID7Factory()


def uuid7_time_ms(value: str) -> int:
    return uuid.UUID(value).int >> 80


@dataclass(frozen=True, order=True)
class HLCStamp:
    """A hybrid logical clock reading: wall milliseconds, a counter, and the device."""

    wall_ms: int
    counter: int
    device: str

    def encode(self) -> str:
        # Fixed width so that string order equals clock order.
        return f"{self.wall_ms:015d}-{self.counter:010d}-{self.device}"

    @staticmethod
    def decode(text: str) -> HLCStamp:
        wall, counter, device = text.split("-", 2)
        return HLCStamp(int(wall), int(counter), device)


class HybridLogicalClock:
    """Kulkarni et al.'s HLC: never goes backwards even when the wall clock does, and
    moves past every stamp it has seen from other devices."""

    def __init__(self, device: str, last: HLCStamp | None = None) -> None:
        self.device = device
        self._wall = last.wall_ms if last else 0
        self._counter = last.counter if last else 0
        self._lock = threading.Lock()

    def now(self) -> HLCStamp:
        with self._lock:
            physical = clock.epoch_ms()
            if physical > self._wall:
                self._wall, self._counter = physical, 0
            else:
                self._counter += 1
            return HLCStamp(self._wall, self._counter, self.device)

    def observe(self, remote: HLCStamp) -> None:
        with self._lock:
            physical = clock.epoch_ms()
            wall = max(self._wall, remote.wall_ms, physical)
            if wall == self._wall == remote.wall_ms:
                counter = max(self._counter, remote.counter) + 1
            elif wall == self._wall:
                counter = self._counter + 1
            elif wall == remote.wall_ms:
                counter = remote.counter + 1
            else:
                counter = 0
            self._wall, self._counter = wall, counter

    @property
    def last(self) -> HLCStamp:
        return HLCStamp(self._wall, self._counter, self.device)
