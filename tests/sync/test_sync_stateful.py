"""Hypothesis stateful test: three laptops of one rep create, edit (same and different
fields) and delete punch items offline, then sync in random orders with connection
cuts and clock skew. After quiescence: every laptop equals the server, every edit of
the round is current or in a conflict record, every mutation was applied once."""

from __future__ import annotations

import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    rule,
    run_state_machine_as_test,
)
from sqlalchemy import text
from test_sync_faults import pending
from test_sync_roundtrip import new_project

from executrek.models.ids import HLCStamp, HybridLogicalClock
from executrek.models.migrate import open_store
from executrek.models.records.punch import service as punch
from executrek.models.records.punch.model import PunchItem
from executrek.models.services import projects
from executrek.models.store import Store
from executrek.sync.engine import sync_once

pytestmark = pytest.mark.postgres

LAPTOPS = 3
FIELDS = ("title", "description")
FAULTS = (
    None,
    (b"sync_push", "half", 1),
    (b"COMMIT", "drop_reply", 2),
    (b"FROM pmo.records", "half", 1),
)


class SkewedClock(HybridLogicalClock):
    """The laptop's wall clock off by ``offset_ms`` (minutes ahead, days behind)."""

    def __init__(self, device: str, last: HLCStamp | None, offset_ms: int) -> None:
        super().__init__(device, last)
        self.offset_ms = offset_ms

    def now(self) -> HLCStamp:
        with self._lock:
            physical = time.time_ns() // 1_000_000 + self.offset_ms
            if physical > self._wall:
                self._wall, self._counter = physical, 0
            else:
                self._counter += 1
            return HLCStamp(self._wall, self._counter, self.device)


class Laptops(RuleBasedStateMachine):
    def __init__(self, central: Any, h: Any) -> None:
        super().__init__()
        self.central, self.h = central, h
        self.proxy = h.CutProxy()
        self.folder = Path(tempfile.mkdtemp(prefix="xt-laptops-"))
        self.stores: list[Store] = []
        self.items: list[str] = []
        self.round: dict[tuple[str, str], dict[int, str]] = {}
        self.counter = 0

    @initialize()
    def setup(self) -> None:
        self.login = self.central.add_user(f"hy{len(self.central.logins)}")
        for i in range(LAPTOPS):
            st_ = open_store(self.folder / f"laptop{i}")
            projects.ensure_user(st_, f"hy{len(self.central.logins)}-{i}-{id(self)}", "Rep")
            self.stores.append(st_)
        self.pid = new_project(self.stores[0], f"HY{id(self) % 10**6}")
        for st_ in self.stores:
            assert sync_once(st_, self.central.creds(self.login)).ok

    def teardown(self) -> None:
        for st_ in self.stores:
            st_.close()
        self.proxy.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    def _value(self) -> str:
        self.counter += 1
        return f"v{self.counter}"

    def _live(self, store: Store, item: str) -> bool:
        with store.read() as s:
            row = s.get(PunchItem, item)
            return row is not None and row.deleted_at is None

    @rule(laptop=st.integers(0, LAPTOPS - 1))
    def create(self, laptop: int) -> None:
        new = punch.create_punch_item(
            self.stores[laptop], self.pid, punch.NewPunchItem(title=self._value(), status="draft")
        ).value
        self.items.append(new.id)

    @rule(
        laptop=st.integers(0, LAPTOPS - 1), pick=st.integers(0, 50), field=st.sampled_from(FIELDS)
    )
    def edit(self, laptop: int, pick: int, field: str) -> None:
        if not self.items:
            return
        item = self.items[pick % len(self.items)]
        store = self.stores[laptop]
        if not self._live(store, item):
            return
        value = self._value()
        punch.update_punch_item(store, item, **{field: value})
        self.round.setdefault((item, field), {})[laptop] = value

    @rule(laptop=st.integers(0, LAPTOPS - 1), pick=st.integers(0, 50))
    def delete(self, laptop: int, pick: int) -> None:
        if not self.items:
            return
        item = self.items[pick % len(self.items)]
        if self._live(self.stores[laptop], item):
            punch.delete_punch_item(self.stores[laptop], item)

    @rule(laptop=st.integers(0, LAPTOPS - 1), minutes=st.sampled_from([-2 * 24 * 60, -5, 0, 3]))
    def skew(self, laptop: int, minutes: int) -> None:
        store = self.stores[laptop]
        store.clock = SkewedClock(store.device_id, store.clock.last, minutes * 60_000)

    @rule(
        order=st.permutations(list(range(LAPTOPS))),
        faults=st.lists(st.sampled_from(FAULTS), min_size=LAPTOPS, max_size=LAPTOPS),
    )
    def sync_round(self, order: list[int], faults: list[Any]) -> None:
        for laptop, fault in zip(order, faults, strict=True):
            port = 5432
            if fault is not None:
                self.proxy.arm(*fault)
                port = self.proxy.port
            sync_once(self.stores[laptop], self.central.creds(self.login, port=port))
            self.proxy._rules.clear()
        # Quiescence: everyone syncs until nothing moves (two passes suffice).
        for _ in range(2):
            for store in self.stores:
                report = sync_once(store, self.central.creds(self.login))
                assert report.ok, report.errors
        self._check_round()
        self.round.clear()

    def _check_round(self) -> None:
        for store in self.stores:
            assert pending(store) == 0
        self.h.assert_equal(self.central, self.login, *self.stores)
        for (item, field), by_laptop in self.round.items():
            current = self.central.sql(
                "SELECT data->>%s FROM pmo.records WHERE id = %s", (field, item)
            )[0][0]
            kept = {
                v
                for row in self.central.sql(
                    "SELECT data->>'shown', data->>'other' FROM pmo.records "
                    "WHERE tbl = '_conflicts' AND data->>'row_id' = %s AND data->>'field' = %s",
                    (item, field),
                )
                for v in row
            }
            for value in by_laptop.values():
                assert value == current or f'"{value}"' in kept or value in kept, (
                    item,
                    field,
                    value,
                )
        for store in self.stores:
            with store.read() as s:
                issued = (
                    s.execute(
                        text("SELECT seq FROM sqlite_sequence WHERE name = 'outbox'")
                    ).scalar()
                    or 0
                )
            applied = self.central.sql(
                "SELECT last_seq FROM pmo.devices WHERE device_id = %s", (store.device_id,)
            )
            assert applied == [(issued,)]

    @invariant()
    def outbox_never_lost(self) -> None:
        # Nothing in any outbox vanishes without being applied or quarantined.
        for store in self.stores:
            with store.read() as s:
                held = s.execute(text("SELECT count(*) FROM sync_quarantine")).scalar()
            assert held == 0


def test_laptops_converge(central: Any, h: Any) -> None:
    run_state_machine_as_test(
        lambda: Laptops(central, h),
        settings=settings(
            max_examples=6,
            stateful_step_count=14,
            deadline=None,
            suppress_health_check=list(HealthCheck),
        ),
    )
