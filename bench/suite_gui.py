"""Suite ``gui``: the punch list and start-up on the ``large`` demo (100,000 punch items).

* filter or sort change on the punch list → first page shown in the view (the real
  page, model, task runner and signal round trip) against the same page's SQL run raw
  through ``sqlite3`` right after each GUI measurement (once the app is idle), so both
  see the same machine state: ratio ≤ 5, and the GUI time itself ≤ 100 ms;
* search everywhere (Ctrl+K) on the same project: from a search starting (the typing
  pause over) to its first results in the dialog's list, against the statements it runs
  (the service's own plan) through plain ``sqlite3`` right after: 3x the raw time, at
  least 5 ms (a thread hop and the list fill are ~1.5 ms whatever the SQL), and 100 ms
  at worst; the totals per kind, counted after the first results, against their raw
  counts: ratio <= 3;
* start-up to an interactive dashboard (a fresh process through the app's own start
  path: imports, window, the dashboard's data read and painted, the event loop idle
  waiting for input) against a fresh process showing a bare ``QMainWindow``: ratio ≤ 3.
  Both are timed from launching the process to the time stamp it prints (teardown is
  not counted). The time until the store is fully open behind the dashboard (the ORM
  loaded, every screen usable) is printed too, against our own line of 10.

The large demo is built once per run (it takes a while).
"""

from __future__ import annotations

import os
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from bench.harness import BenchContext, Record

SUITE = "gui"

_BARE = """
import time, sys
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
app = QApplication([])
w = QMainWindow()
w.setCentralWidget(QLabel("hello"))
w.resize(1280, 800)
w.show()
while not w.isVisible() or not w.windowHandle().isExposed():
    app.processEvents()
app.processEvents()
print(time.time())
"""

_APP = """
import sys
from bench.suite_gui import startup_probe
print(*startup_probe(sys.argv[1]))
"""


def startup_probe(data_dir: str) -> tuple[float, float]:
    """The app's real start path (what ``run_gui`` does before the event loop) on a data
    folder left on the dashboard; returns the wall-clock times (``time.time()``) when
    the dashboard is interactive (its data shown, painted and laid out: the event loop
    goes to sleep waiting for the user) and when the store is fully open behind it."""
    import time

    from PySide6.QtCore import QAbstractEventDispatcher

    from executrek.app import settings
    from executrek.app.context import prepare
    from executrek.app.instance_lock import InstanceLock
    from executrek.ui.event_wait import wait_until
    from executrek.ui.launch import install_translations, make_app, open_window

    app_paths, recent = prepare(data_dir)
    app = make_app(["executrek"])
    prefs = settings.load(app_paths.settings_file)
    install_translations(app, prefs.language)
    lock = InstanceLock(app_paths.data)
    assert lock.acquire()
    prefs.demo_offered = True
    prefs.last_page = "dashboard"  # where the rep left the app
    prefs.theme = "light"
    window, crash = open_window(app, app_paths, recent, prefs)
    stamps: list[float] = []
    dispatcher = QAbstractEventDispatcher.instance()
    assert dispatcher is not None

    def settled() -> None:
        dispatcher.aboutToBlock.disconnect(settled)
        stamps.append(time.time())

    def filled() -> None:
        page.filled.disconnect(filled)
        dispatcher.aboutToBlock.connect(settled)

    def built(key: str) -> None:
        nonlocal page
        if key == "dashboard":
            page = window.page_widgets[key]
            page.filled.connect(filled)
            if page.data is not None:  # filled while it was being built
                filled()

    page: Any = None
    window.page_built.connect(built)
    if "dashboard" in window.page_widgets.built:  # built in the shell already
        built("dashboard")
    wait_until(lambda: bool(stamps) and window.ctx is not None, timeout=300)
    wait_until(lambda: not window.runner.busy(), timeout=300)
    opened = time.time()
    window.close()
    window.ctx.close()
    crash.uninstall()
    lock.release()
    return stamps[0], opened


def _spawn(code: str, *args: str, write_bytecode: bool = False) -> list[float]:
    """Seconds from launching the child process to each time stamp it prints (the
    child's teardown is not counted)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    if write_bytecode:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
    root = Path(__file__).resolve().parents[1]
    start = time.time()
    out = subprocess.run(
        [sys.executable, "-c", code, *args],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return [float(x) - start for x in out.stdout.strip().splitlines()[-1].split()]


class _RawPage:
    """The page's own SQL statement, compiled once, run through plain sqlite3 (one
    connection, kept open like the app's pool keeps its connections)."""

    def __init__(self, db: Path, project_id: str, flt: Any, sort: Any) -> None:
        from sqlalchemy.dialects import sqlite

        from executrek.models.records.punch import list_page as punch_list
        from executrek.models.records.punch.model import PunchItem

        stmt, key = punch_list._base(project_id, flt, sort)
        order = (key.desc(), PunchItem.id.desc()) if sort.descending else (key, PunchItem.id)
        stmt = stmt.order_by(*order).limit(201)
        compiled = stmt.compile(
            dialect=sqlite.dialect(), compile_kwargs={"render_postcompile": True}
        )
        params = compiled.construct_params()
        positional = [params[name] for name in compiled.positiontup or []]
        self.sql = str(compiled)
        self.values = [
            v.value if hasattr(v, "value") else v.isoformat() if hasattr(v, "isoformat") else v
            for v in positional
        ]
        self.con = sqlite3.connect(db)

    def once(self) -> float:
        start = time.perf_counter()
        self.con.execute(self.sql, self.values).fetchall()
        return time.perf_counter() - start

    def close(self) -> None:
        self.con.close()


def _gui_cases(data_dir: Path, quick: bool) -> list[Record]:
    from PySide6.QtCore import Qt

    from executrek.app.context import open_context, prepare
    from executrek.models.records.punch.list_page import PunchFilter, PunchSort
    from executrek.models.records.punch.model import PunchStatus
    from executrek.models.services import projects
    from executrek.ui import main_window, theme
    from executrek.ui.event_wait import pump, wait_until
    from executrek.ui.launch import build_window, ensure_identity, make_app
    from executrek.ui.pages import registry
    from executrek.ui.pages.punch_page import PunchPage

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = make_app(["executrek"])
    theme.apply(app, "light")
    app_paths, recent = prepare(data_dir)
    ctx = open_context(app_paths, recent)
    ctx.settings.demo_offered = True
    ensure_identity(ctx)
    hospital = projects.find_project(ctx.store, "HOSP-EW")
    ctx.settings.last_project = hospital.id
    saved_pages = main_window.PAGES
    main_window.PAGES = [s for s in registry.PAGES if s.key == "punch"]  # type: ignore[misc]
    try:
        window = build_window(ctx)
    finally:
        main_window.PAGES = saved_pages  # type: ignore[misc]
    window.resize(1400, 900)
    window.show()
    page = window.page_widgets["punch"]
    assert isinstance(page, PunchPage)

    def settle() -> None:
        wait_until(lambda: not window.runner.busy(), timeout=300)
        pump(10)

    def shown_after(action: Any) -> float:
        settle()
        done: list[float] = []
        start = time.perf_counter()
        conn = page.model.page_shown.connect(lambda _n: done.append(time.perf_counter()))
        action()
        # The time is stamped by the signal itself; the wait only needs to notice it. A
        # 0 ms poll would run Python on the GUI thread non-stop and starve the db worker of
        # the GIL (the app's GUI thread idles in Qt's C++ loop instead).
        wait_until(lambda: bool(done), timeout=60, poll_ms=20)
        page.model.page_shown.disconnect(conn)
        return done[0] - start

    settle()
    col = {c.key: i for i, c in enumerate(page.columns)}
    bar = page.filter_bar
    contractor = bar.contractor.itemData(1)
    cases: list[tuple[str, Any, PunchFilter, PunchSort]] = [
        (
            "sort title desc",
            lambda: page.table.sortByColumn(col["title"], Qt.SortOrder.DescendingOrder),
            PunchFilter(),
            PunchSort("title", True),
        ),
        (
            "sort due date",
            lambda: page.table.sortByColumn(col["due_date"], Qt.SortOrder.AscendingOrder),
            PunchFilter(),
            PunchSort("due_date", False),
        ),
        (
            "filter status open",
            lambda: bar.status.setCurrentIndex(bar.status.findData("open")),
            PunchFilter(statuses=frozenset({PunchStatus.OPEN})),
            PunchSort("due_date", False),
        ),
        (
            "filter contractor",
            lambda: bar.contractor.setCurrentIndex(1),
            PunchFilter(
                statuses=frozenset({PunchStatus.OPEN}), contractor_ids=frozenset({contractor})
            ),
            PunchSort("due_date", False),
        ),
        (
            "filter text",
            lambda: (bar.search.setText("sealant"), bar._emit()),
            PunchFilter(
                statuses=frozenset({PunchStatus.OPEN}),
                contractor_ids=frozenset({contractor}),
                text="sealant",
            ),
            PunchSort("due_date", False),
        ),
    ]
    repeat = 3 if quick else 7
    gui_times: list[float] = []
    raw_times: list[float] = []
    records: list[Record] = []
    for name, action, flt, sort in cases:
        # The raw statement runs right after each GUI measurement, so both see the same
        # machine (this one's speed drifts by 2x within a minute).
        raw_page = _RawPage(ctx.paths.database, hospital.id, flt, sort)
        raw_page.once()  # its first run reads the pages from the OS cache

        def raw_once(raw_page: _RawPage = raw_page) -> float:
            settle()  # nothing of the app's (the total count) runs beside it
            return raw_page.once()

        measured = [shown_after(action)]
        raw_runs = [raw_once()]
        for _ in range(repeat - 1):  # same change again: reset first, then re-apply
            measured.append(shown_after(page.reload))
            raw_runs.append(raw_once())
        raw_page.close()
        gui = statistics.median(measured)
        raw = statistics.median(raw_runs)
        gui_times.append(gui)
        raw_times.append(raw)
        records.append(
            Record(SUITE, f"first page after {name} (100k)", gui, raw, "s", "ratio <= 5")
        )
    worst = max(gui_times)
    records.append(
        Record(
            SUITE,
            "first page after filter/sort, worst case (100k)",
            worst,
            0.1,
            "s",
            "value <= 0.1",
            note="baseline is the 100 ms budget",
        )
    )
    records += _search_cases(window, hospital.id, settle, repeat)
    window.close()
    settle()
    window.runner.shutdown()
    ctx.close()
    return records


# What a rep types in Ctrl+K: a number, a contractor, a location, a word, a mix.
SEARCHES = ("PI-0042", "Nordic Mechanical", "Level 2", "sealant", "door level 2")
SEARCH_FLOOR = 0.005


class _RawSearch:
    """The statements one search runs, from the service's own planner (built once,
    untimed): the directory's names, then per kind the exact number matches and the
    newest matches (first results), or the counts per kind (totals). Run through plain
    sqlite3 in one read transaction, with the app's connection settings."""

    def __init__(self, db: Path, project_id: str, text: str) -> None:
        from executrek.models.services import find

        self.con = sqlite3.connect(db, isolation_level=None)
        self.con.execute("PRAGMA cache_size=-32000")
        self.con.execute("PRAGMA temp_store=MEMORY")
        query = find.parse(text)
        plan = find.plan(self.con, project_id, query, find.KINDS)
        names = [find.names_statement(project_id)] if plan.tops else []
        self.first = [*names, *plan.numbers, *plan.tops]
        self.counts = [*names, *plan.counts]

    def once(self, statements: list[Any]) -> float:
        start = time.perf_counter()
        self.con.execute("BEGIN")
        for st in statements:
            self.con.execute(st.sql, st.params).fetchall()
        self.con.execute("COMMIT")
        return time.perf_counter() - start

    def close(self) -> None:
        self.con.close()


def _search_cases(window: Any, project_id: str, settle: Any, repeat: int) -> list[Record]:
    """Ctrl+K on the 100k project: from the search starting (the typing pause over) to
    its first results in the dialog's list (the real dialog, task runner and signal
    round trip), and on to the totals per kind; each against its statements run raw
    right after it, once the app is idle."""
    from executrek.ui.event_wait import wait_until

    window.open_search()
    dialog = window.search_dialog
    wait_until(dialog.isVisible, timeout=10)

    def timed_search(text: str) -> tuple[float, float]:
        settle()
        stamps: list[float] = []

        def stamp(shown_text: str) -> None:
            if shown_text == text:
                stamps.append(time.perf_counter())

        dialog.shown.connect(stamp)
        dialog.counted.connect(stamp)
        dialog.box.blockSignals(True)  # no typing pause: the search starts now
        dialog.box.setText(text)
        dialog.box.blockSignals(False)
        start = time.perf_counter()
        dialog.run_search()
        wait_until(lambda: len(stamps) >= 2, timeout=60, poll_ms=20)
        dialog.shown.disconnect(stamp)
        dialog.counted.disconnect(stamp)
        return stamps[0] - start, stamps[1] - stamps[0]

    records: list[Record] = []
    firsts: list[float] = []
    for text in SEARCHES:
        raw = _RawSearch(window.ctx.paths.database, project_id, text)
        raw.once(raw.first)  # its first run reads the pages from the OS cache
        gui_first, gui_count, raw_first, raw_count = [], [], [], []
        for _ in range(repeat):
            first, counted = timed_search(text)
            gui_first.append(first)
            gui_count.append(counted)
            settle()
            raw_first.append(raw.once(raw.first))
            raw_count.append(raw.once(raw.counts))
        raw.close()
        firsts.append(statistics.median(gui_first))
        raw_median = statistics.median(raw_first)
        # 3x the raw statements; a number's statements take 0.1 ms raw, and a thread hop
        # plus filling the list cost ~1.5 ms whatever the SQL: the budget is never < 5 ms.
        limit = max(3 * raw_median, SEARCH_FLOOR)
        records.append(
            Record(
                SUITE,
                f"search '{text}': first results (100k)",
                firsts[-1],
                raw_median,
                "s",
                f"value <= {limit:.4f}",
                note="3 x the raw statements, at least 5 ms",
            )
        )
        if raw.counts:
            records.append(
                Record(
                    SUITE,
                    f"search '{text}': totals per kind (100k)",
                    statistics.median(gui_count),
                    statistics.median(raw_count),
                    "s",
                    "ratio <= 3",
                    note="counted after the first results are shown",
                )
            )
    records.append(
        Record(
            SUITE,
            "search first results, worst case (100k)",
            max(firsts),
            0.1,
            "s",
            "value <= 0.1",
            note="baseline is the 100 ms budget; the typing pause (150 ms) comes before",
        )
    )
    dialog.reject()
    return records


def run(ctx: BenchContext) -> list[Record]:
    from executrek.app import demo
    from executrek.app.context import open_context, prepare

    data_dir = ctx.folder("gui-large")
    if not (data_dir / "executrek.sqlite").exists():
        app_paths, recent = prepare(data_dir)
        app_ctx = open_context(app_paths, recent)
        demo.build(app_ctx.store, scale="large")
        app_ctx.close()
    records = _gui_cases(data_dir, ctx.quick)
    repeat = 2 if ctx.quick else 3
    # An installed app starts from compiled bytecode (the installers ship .pyc files); a
    # source checkout with PYTHONDONTWRITEBYTECODE set would recompile every module of
    # ours on every start. One untimed start of each writes the caches first.
    _spawn(_BARE, write_bytecode=True)
    _spawn(_APP, str(data_dir), write_bytecode=True)
    bare = min(_spawn(_BARE)[0] for _ in range(repeat))
    runs = [_spawn(_APP, str(data_dir)) for _ in range(repeat)]
    records.append(
        Record(
            SUITE,
            "start-up to interactive dashboard (large demo) vs bare QMainWindow",
            min(r[0] for r in runs),
            bare,
            "s",
            "ratio <= 3",
            note="process launch to the dashboard painted with its data, idle for input",
        )
    )
    records.append(
        Record(
            SUITE,
            "start-up to the store fully open (ORM loaded) vs bare QMainWindow",
            min(r[1] for r in runs),
            bare,
            "s",
            "ratio <= 10",
            note="our own line: every screen usable (loads behind the dashboard)",
        )
    )
    return records
