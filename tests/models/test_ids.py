from __future__ import annotations

import time
import uuid

from hypothesis import given
from hypothesis import strategies as st

from executrek.models.ids import HLCStamp, HybridLogicalClock, UUID7Factory, uuid7_time_ms


def test_uuid7_has_version_variant_and_time() -> None:
    make = UUID7Factory()
    before = time.time_ns() // 1_000_000
    value = uuid.UUID(make())
    after = time.time_ns() // 1_000_000
    assert value.version == 7
    assert value.variant == uuid.RFC_4122
    assert before <= uuid7_time_ms(str(value)) <= after


def test_uuid7_sorts_in_creation_order_even_within_a_millisecond() -> None:
    make = UUID7Factory()
    ids = [make() for _ in range(5000)]
    assert ids == sorted(ids)
    assert len(set(ids)) == len(ids)


def test_hlc_never_goes_backwards_and_passes_remote_stamps() -> None:
    clock = HybridLogicalClock("dev-a")
    first = clock.now()
    far = HLCStamp(first.wall_ms + 60_000, 7, "dev-b")
    clock.observe(far)
    after = clock.now()
    assert after > far
    assert after.wall_ms == far.wall_ms
    assert after.counter > far.counter


@given(st.integers(0, 10**14), st.integers(0, 10**10 - 2))
def test_hlc_encoding_round_trips_and_orders(wall: int, counter: int) -> None:
    stamp = HLCStamp(wall, counter, "01a2-dev")
    assert HLCStamp.decode(stamp.encode()) == stamp
    bigger = HLCStamp(wall, counter + 1, "01a2-dev")
    assert stamp.encode() < bigger.encode()
