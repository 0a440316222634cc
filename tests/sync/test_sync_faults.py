"""Fault injection: connections cut at every step of a sync, the client killed between
steps. After recovery nothing is lost, nothing duplicated, the outbox is empty and
laptop and server are equal."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from test_sync_roundtrip import new_project

from executrek.models.local import Outbox
from executrek.models.records.punch import service as punch
from executrek.models.store import Store
from executrek.sync.engine import sync_once

pytestmark = pytest.mark.postgres


def pending(store: Store) -> int:
    with store.read() as s:
        return s.scalar(select(func.count()).select_from(Outbox)) or 0


def last_outbox_seq(store: Store) -> int:
    with store.read() as s:
        return s.scalar(select(func.max(Outbox.seq))) or 0


def check_after_recovery(central: Any, login: str, h: Any, *stores: Store) -> None:
    for st in stores:
        report = sync_once(st, central.creds(login))
        assert report.ok, report.errors
        assert pending(st) == 0
    h.assert_equal(central, login, *stores)
    # Applied exactly once: every update bumped row_version once, no more.
    rows = central.sql(
        "SELECT data->>'title', row_version FROM pmo.records WHERE tbl = 'punch_items' "
        "AND updated_by = %s",
        (login,),
    )
    for title, version in rows:
        edits = int(title.rsplit("#", 1)[1]) if "#" in title else 0
        assert version == 1 + edits, (title, version)


FAULTS = [
    ("before-begin", b"BEGIN", "before", 2),
    ("mid-batch", b"sync_push", "half", 1),
    ("reply-lost-before-commit", b"sync_push", "drop_reply", 1),
    ("after-commit-before-reply", b"COMMIT", "drop_reply", 2),
]


@pytest.mark.parametrize(("name", "pattern", "action", "nth"), FAULTS, ids=[f[0] for f in FAULTS])
def test_push_fault_then_recovery(
    central: Any,
    make_laptop: Any,
    proxy: Any,
    h: Any,
    name: str,
    pattern: bytes,
    action: str,
    nth: int,
) -> None:
    login = central.add_user(f"f{abs(hash(name)) % 10**6}")
    a = make_laptop("a")
    pid = new_project(a, f"F{abs(hash(name)) % 10**4}")
    ids = [
        punch.create_punch_item(a, pid, punch.NewPunchItem(title=f"Item {i}")).value.id
        for i in range(30)
    ]
    for i, iid in enumerate(ids[:10]):
        punch.update_punch_item(a, iid, title=f"Item {i} edited #1")
    before = last_outbox_seq(a)
    proxy.arm(pattern, action, nth)
    report = sync_once(a, central.creds(login, port=proxy.port))
    assert proxy.fired == [action]
    assert not report.ok
    assert report.errors
    if name == "after-commit-before-reply":
        # The server applied the batch; the laptop does not know yet.
        applied = central.sql("SELECT max(last_seq) FROM pmo.devices WHERE login = %s", (login,))
        assert applied[0][0] > 0
        with a.read() as s:
            assert s.scalar(select(func.min(Outbox.seq))) <= applied[0][0]
        assert pending(a) > 0
    b = make_laptop("b")
    check_after_recovery(central, login, h, a, b)
    assert central.sql("SELECT last_seq FROM pmo.devices WHERE device_id = %s", (a.device_id,)) == [
        (before,)
    ]


def test_mid_pull_page_cut_then_recovery(
    central: Any, make_laptop: Any, proxy: Any, h: Any
) -> None:
    login = central.add_user("pullcut")
    a, b = make_laptop("a"), make_laptop("b")
    pid = new_project(a, "PULLCUT")
    assert sync_once(a, central.creds(login)).ok
    assert sync_once(b, central.creds(login)).ok
    for i in range(50):
        punch.create_punch_item(a, pid, punch.NewPunchItem(title=f"Later {i}"))
    assert sync_once(a, central.creds(login)).ok
    proxy.arm(b"FROM pmo.records", "half", 1)
    assert not sync_once(b, central.creds(login, port=proxy.port)).ok
    proxy.arm(b"FROM pmo.records", "drop_reply", 2)
    assert not sync_once(b, central.creds(login, port=proxy.port)).ok
    check_after_recovery(central, login, h, a, b)


def test_client_killed_between_push_and_pull(
    central: Any, make_laptop: Any, tmp_path: Path, h: Any
) -> None:
    login = central.add_user("killed")
    a = make_laptop("a")
    pid = new_project(a, "KILL")
    for i in range(20):
        punch.create_punch_item(a, pid, punch.NewPunchItem(title=f"K {i}"))
    folder = a.path.parent
    a.close()
    script = textwrap.dedent(
        f"""
        import os
        from pathlib import Path
        from executrek.models.migrate import open_store
        from executrek.sync.connection import Credentials
        from executrek.sync.engine import sync_once

        store = open_store(Path({str(folder)!r}))
        def progress(step, done, total):
            if step == "push":
                os._exit(9)  # killed right after the server answered the first batch
        sync_once(store, Credentials({central.url()!r}, {login!r}, "x"), progress=progress)
        """
    )
    proc = subprocess.run([sys.executable, "-c", script], check=False, timeout=120)
    assert proc.returncode == 9
    a2 = make_laptop_reopen(folder)
    try:
        check_after_recovery(central, login, h, a2)
    finally:
        a2.close()


def make_laptop_reopen(folder: Path) -> Store:
    from executrek.models.migrate import open_store

    return open_store(folder)
