"""Suite ``store``: the local store against raw sqlite3 doing the same work."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
import uuid
from pathlib import Path

from bench.harness import BenchContext, Record, timed
from executrek.models.migrate import open_store
from executrek.models.records.punch import list_page as punch_list
from executrek.models.records.punch import service as punch
from executrek.models.records.punch.model import Priority
from executrek.models.services import projects
from executrek.models.services.search import SEARCH_SQL, search_project
from executrek.models.store import Store

SUITE = "store"


def _fresh(folder: Path) -> tuple[Store, str]:
    shutil.rmtree(folder, ignore_errors=True)
    store = open_store(folder)
    projects.ensure_user(store, "bench", "Bench")
    pid = projects.create_project(
        store, projects.NewProject(code="BENCH", name="Bench", owner_name="O")
    ).value.id
    return store, pid


def _items(n: int) -> list[punch.NewPunchItem]:
    words = ["crack", "scuff", "gap", "sealant", "tile", "paint", "door", "closer", "grout", "trim"]
    return [
        punch.NewPunchItem(
            title=f"{words[i % 10]} {words[(i * 7) % 10]} at location {i % 500}",
            description=f"observed on walk {i % 37}; {words[(i * 3) % 10]} needs attention",
            priority=list(Priority)[i % 4],
        )
        for i in range(n)
    ]


def _raw_bulk(db: Path, project_id: str, items: list[punch.NewPunchItem]) -> None:
    """The baseline: plain sqlite3, same rows, status events and outbox, one FTS rebuild."""
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("BEGIN IMMEDIATE")
    for name in ("ai", "ad", "au"):
        conn.execute(f"DROP TRIGGER IF EXISTS punch_items_fts_{name}")
    now = "2026-11-25T12:00:00.000000Z"
    rows, events, outbox = [], [], []
    for n, it in enumerate(items, start=1):
        rid, eid = str(uuid.uuid4()), str(uuid.uuid4())
        rows.append(
            (
                rid,
                project_id,
                n,
                it.title,
                it.description,
                str(Priority(it.priority).value),
                "open",
                now,
                now,
            )
        )
        events.append((eid, project_id, rid, "open", now))
        outbox.append(
            (
                "punch_items",
                rid,
                project_id,
                "insert",
                json.dumps(
                    {
                        "title": [None, it.title],
                        "description": [None, it.description],
                        "priority": [None, str(Priority(it.priority).value)],
                        "status": [None, "open"],
                    }
                ),
                now,
            )
        )
        outbox.append(
            (
                "punch_status_events",
                eid,
                project_id,
                "event",
                json.dumps({"to_status": [None, "open"]}),
                now,
            )
        )
    conn.executemany(
        "INSERT INTO punch_items (id, project_id, number, title, description, priority, status, created_at, "
        "updated_at, row_version, field_versions) VALUES (?,?,?,?,?,?,?,?,?,0,'{}')",
        rows,
    )
    conn.executemany(
        "INSERT INTO punch_status_events (id, project_id, punch_item_id, to_status, created_at, row_version) "
        "VALUES (?,?,?,?,?,0)",
        events,
    )
    conn.executemany(
        "INSERT INTO outbox (table_name, row_id, project_id, op, patch, base_version, hlc, created_at) "
        "VALUES (?,?,?,?,?,0,'0',?)",
        outbox,
    )
    conn.execute("INSERT INTO punch_items_fts(punch_items_fts) VALUES ('rebuild')")
    conn.execute("COMMIT")
    conn.close()


def run(ctx: BenchContext) -> list[Record]:
    n = 10_000 if ctx.quick else 100_000
    items = _items(n)
    out: list[Record] = []

    # 1. bulk create through the services vs raw executemany
    ours_dir, raw_dir = ctx.folder("ours"), ctx.folder("raw")
    state: dict[str, object] = {}

    def setup_ours() -> None:
        store, pid = _fresh(ours_dir)
        state["store"], state["pid"] = store, pid

    def ours() -> None:
        store = state["store"]
        assert isinstance(store, Store)
        punch.bulk_create_punch_items(store, str(state["pid"]), items)
        store.close()

    def setup_raw() -> None:
        store, pid = _fresh(raw_dir)
        store.close()
        state["raw_pid"] = pid

    def raw() -> None:
        _raw_bulk(raw_dir / "executrek.sqlite", str(state["raw_pid"]), items)

    t_ours = timed(ours, repeat=2, setup=setup_ours)
    t_raw = timed(raw, repeat=2, setup=setup_raw)
    out.append(
        Record(
            SUITE,
            f"bulk create {n:,} punch items (+events, outbox, FTS)",
            t_ours,
            t_raw,
            "s",
            "ratio <= 2",
        )
    )

    # 2. one filtered, sorted page over the big list
    store = open_store(ours_dir)
    pid = str(state["pid"])
    flt = punch_list.PunchFilter(priorities=frozenset({Priority.HIGH, Priority.CRITICAL}))
    sort = punch_list.PunchSort("title", descending=True)
    raw_conn = sqlite3.connect(ours_dir / "executrek.sqlite")
    raw_sql = (
        "SELECT p.id, p.number, p.draft_number, p.title, p.status, p.priority, p.due_date, l.path, o.name, t.name, "
        "pe.name, p.updated_at, p.created_at, lower(p.title) AS sv FROM punch_items p "
        "LEFT JOIN locations l ON l.id = p.location_id LEFT JOIN organisations o ON o.id = p.contractor_id "
        "LEFT JOIN trades t ON t.id = p.trade_id LEFT JOIN people pe ON pe.id = p.assignee_id "
        "WHERE p.project_id = ? AND p.deleted_at IS NULL AND p.priority IN ('critical', 'high') "
        "ORDER BY sv DESC, p.id DESC LIMIT 201"
    )
    t_page = timed(lambda: punch_list.page(store, pid, flt, sort, limit=200), repeat=7)
    t_page_raw = timed(lambda: raw_conn.execute(raw_sql, (pid,)).fetchall(), repeat=7)
    out.append(
        Record(
            SUITE,
            f"first page (200) filtered+sorted of {n:,}",
            t_page,
            t_page_raw,
            "s",
            "ratio <= 3",
        )
    )

    # 3. full-text search
    # The same statement (every searchable table) executed by plain sqlite3.
    params = {"q": '"sealant"* AND "grout"*', "p": pid, "n": 50}
    t_search = timed(lambda: search_project(store, pid, "sealant grout", limit=50), repeat=7)
    t_search_raw = timed(lambda: raw_conn.execute(SEARCH_SQL, params).fetchall(), repeat=7)
    out.append(
        Record(
            SUITE, f"full-text search over {n:,} items", t_search, t_search_raw, "s", "ratio <= 2"
        )
    )
    raw_conn.close()
    store.close()

    # 4. start-up to first painted window, on the large demo
    demo_dir = ctx.folder("demo")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    subprocess.run(
        [
            sys.executable,
            "-m",
            "executrek.app.cli",
            "demo",
            "--scale",
            "small" if ctx.quick else "large",
            "--data-dir",
            str(demo_dir),
        ],
        check=True,
        env=env,
        capture_output=True,
    )
    t_app = _startup(["--app", str(demo_dir)], env)
    t_bare = _startup(["--bare"], env)
    out.append(
        Record(
            SUITE,
            "process start to first painted main window",
            t_app,
            t_bare,
            "s",
            "ratio <= 3",
            note="large demo" if not ctx.quick else "small demo",
        )
    )
    return out


STARTUP = textwrap.dedent(
    """
    import sys, time
    t0 = float(sys.argv[1])
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    class Painted(QObject):
        def eventFilter(self, obj, ev):
            if ev.type() == QEvent.Type.Paint and isinstance(obj, QMainWindow):
                print(time.time() - t0, flush=True)
                QApplication.instance().exit(0)
            return False

    f = Painted()
    if sys.argv[2] == "--bare":
        app = QApplication([])
        win = QMainWindow()
        win.installEventFilter(f)
        win.show()
        app.exec()
    else:
        # Exactly what `executrek` does: the real start-up sequence of ui.launch.
        from executrek.app import settings
        from executrek.app.context import prepare
        from executrek.ui import launch
        app = launch.make_app(["x"])
        paths, recent = prepare(sys.argv[3])
        prefs = settings.load(paths.settings_file)
        launch.theme.apply(app, prefs.theme)
        app.installEventFilter(f)  # the window is shown inside start()
        win, opening = launch.start(app, paths, recent, prefs)
        app.exec()
        win.runner.shutdown()
        if win.ctx is not None:
            win.ctx.close()
    """
)


def _startup(args: list[str], env: dict[str, str]) -> float:
    import time

    best = float("inf")
    for _ in range(3):
        t0 = time.time()
        proc = subprocess.run(
            [sys.executable, "-c", STARTUP, str(t0), *args],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        best = min(best, float(proc.stdout.strip().splitlines()[-1]))
    return best
