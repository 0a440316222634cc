"""Suite ``exchange``: importing a punch-list file against the store's bulk loader.

``value`` is the whole import of a CSV (read, validate, upsert with locations, trades
and contractors resolved, one unit of work); ``baseline`` is
``punch.bulk_create_punch_items`` creating the same items (no file, no directory, no
upsert). The re-import case measures the no-duplicate check on an unchanged file.

The 100,000-row case (20,000 with ``--quick``) runs the import and the bulk create each
in a fresh child process, which reports its time and its peak resident set size
(``VmHWM`` on Linux, else ``ru_maxrss``: the whole process, interpreter, libraries
and store included): time ratio ≤ 8 and
peak memory of the import ≤ 300 MB, measured in the same run.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

from bench.harness import BenchContext, Record, timed
from executrek.app.interop.punch_exchange import import_punch
from executrek.models.migrate import open_store
from executrek.models.records.punch import service as punch
from executrek.models.services import projects
from executrek.models.store import Store

SUITE = "exchange"


def _fresh(folder: Path) -> tuple[Store, str]:
    shutil.rmtree(folder, ignore_errors=True)
    store = open_store(folder)
    projects.ensure_user(store, "bench", "Bench")
    pid = projects.create_project(
        store, projects.NewProject(code="BENCH", name="Bench", owner_name="O")
    ).value.id
    return store, pid


def _csv(path: Path, n: int, *, wide: bool = False) -> Path:
    """``n`` rows; ``wide`` adds a created date and, on every other row, a description."""
    header = ["Title", "Location", "Trade", "Responsible Contractor", "Priority", "External ID"]
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow([*header, "Created Date", "Description"] if wide else header)
        for i in range(n):
            row = [
                f"Item {i}",
                f"Tower > Level {i % 20} > Room {i % 150}",
                f"Trade {i % 12}",
                f"Sub {i % 15}",
                ("Low", "Medium", "High")[i % 3],
                f"X-{i}",
            ]
            if wide:
                day = dt.date(2026, 1, 1) + dt.timedelta(days=i % 300)
                row += [day.isoformat(), "Observed on the walk; see photo." if i % 2 else ""]
            writer.writerow(row)
    return path


def _peak_rss_mb() -> float:
    """This process's peak resident set size. On Linux ``VmHWM``: ``ru_maxrss`` would
    report the parent's size when that is larger, because Linux carries the high-water
    mark of the forked copy across ``exec``."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 1024


def _child(args: list[str]) -> None:
    """In a fresh process: ``import FILE FOLDER`` or ``bulk N FOLDER``; prints the time
    of that one step and the process's peak resident set size, as JSON."""
    what, arg, folder = args
    store, pid = _fresh(Path(folder))
    if what == "import":
        source = Path(arg)
        start = time.perf_counter()
        result = import_punch(store, pid, source)
        seconds = time.perf_counter() - start
        assert result.rejected_count == 0, result.summary()
        count = result.created
    else:
        items = [punch.NewPunchItem(title=f"Item {i}") for i in range(int(arg))]
        start = time.perf_counter()
        count = punch.bulk_create_punch_items(store, pid, items, imported=True).value
        seconds = time.perf_counter() - start
    store.close()
    print(json.dumps({"seconds": seconds, "rss_mb": _peak_rss_mb(), "count": count}))


def _in_child(what: str, arg: str, folder: Path) -> dict[str, float]:
    root = Path(__file__).resolve().parents[1]
    done = subprocess.run(
        [sys.executable, "-m", "bench.suite_exchange", what, arg, str(folder)],
        cwd=root,
        capture_output=True,
        text=True,
        check=True,
    )
    out: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return out


def _large(ctx: BenchContext) -> list[Record]:
    n = 20_000 if ctx.quick else 100_000
    repeat = 1 if ctx.quick else 2
    source = _csv(ctx.folder("files") / f"punch-{n}.csv", n, wide=True)
    t_import = t_bulk = float("inf")
    rss_import = rss_bulk = 0.0
    for _ in range(repeat):  # alternate, so a busy machine slows both alike
        ours = _in_child("import", str(source), ctx.workdir / "large-import")
        assert ours["count"] == n, ours
        raw = _in_child("bulk", str(n), ctx.workdir / "large-bulk")
        t_import, t_bulk = min(t_import, ours["seconds"]), min(t_bulk, raw["seconds"])
        rss_import, rss_bulk = max(rss_import, ours["rss_mb"]), max(rss_bulk, raw["rss_mb"])
    return [
        Record(
            SUITE,
            f"punch CSV import, {n} rows (own process)",
            t_import,
            t_bulk,
            "s",
            "ratio <= 8",
            "created date and description columns; baseline: bulk create in its own process",
        ),
        Record(
            SUITE,
            f"peak memory of the {n}-row import",
            rss_import,
            rss_bulk,
            "MB",
            "value <= 300",
            "peak RSS of the whole process; baseline: the bulk create's process",
        ),
    ]


def run(ctx: BenchContext) -> list[Record]:
    n = 2_000 if ctx.quick else 10_000
    repeat = 1 if ctx.quick else 2
    source = _csv(ctx.folder("files") / "punch.csv", n)
    items = [punch.NewPunchItem(title=f"Item {i}") for i in range(n)]
    stores: list[Store] = []

    def fresh(name: str) -> tuple[Store, str]:
        store, pid = _fresh(ctx.folder(name))
        stores.append(store)
        return store, pid

    state: dict[str, tuple[Store, str]] = {}

    def setup_import() -> None:
        state["s"] = fresh("import")

    def do_import() -> None:
        store, pid = state["s"]
        result = import_punch(store, pid, source)
        assert result.created == n

    def setup_bulk() -> None:
        state["s"] = fresh("bulk")

    def do_bulk() -> None:
        store, pid = state["s"]
        punch.bulk_create_punch_items(store, pid, items, imported=True)

    value = timed(do_import, repeat=repeat, setup=setup_import)
    baseline = timed(do_bulk, repeat=repeat, setup=setup_bulk)
    store, pid = fresh("again")
    import_punch(store, pid, source)

    def again() -> None:
        assert import_punch(store, pid, source).unchanged == n

    reimport = timed(again, repeat=repeat)
    for opened in stores:
        opened.close()
    return [
        Record(SUITE, f"punch CSV import, {n} rows", value, baseline, "s", "ratio <= 8"),
        Record(
            SUITE,
            f"re-import of the same {n} rows (nothing changes)",
            reimport,
            baseline,
            "s",
            "ratio <= 3",
        ),
        *_large(ctx),
    ]


if __name__ == "__main__":
    _child(sys.argv[1:])
