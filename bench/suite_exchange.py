"""Suite ``exchange``: importing a punch-list file against the store's bulk loader.

``value`` is the whole import of a CSV (read, validate, upsert with locations, trades
and contractors resolved, one unit of work); ``baseline`` is
``punch.bulk_create_punch_items`` creating the same items (no file, no directory, no
upsert). The re-import case measures the no-duplicate check on an unchanged file."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

from bench.harness import BenchContext, Record, timed
from executrek.app.punch_exchange import import_punch
from executrek.models.migrate import open_store
from executrek.models.services import projects, punch
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


def _csv(path: Path, n: int) -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(
            ["Title", "Location", "Trade", "Responsible Contractor", "Priority", "External ID"]
        )
        for i in range(n):
            writer.writerow(
                [
                    f"Item {i}",
                    f"Tower > Level {i % 20} > Room {i % 150}",
                    f"Trade {i % 12}",
                    f"Sub {i % 15}",
                    ("Low", "Medium", "High")[i % 3],
                    f"X-{i}",
                ]
            )
    return path


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
    ]
