"""Time is an input: only ``models/clock.py`` reads the wall clock for domain decisions.

Walks the syntax tree of every module in app/, ui/, models/ and sync/ and lists the
calls that read the wall clock (``date.today()``, ``datetime.now()``, ``time.time()``…).
The few places allowed to are named below with the reason."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CODE = ("app", "ui", "models", "sync")

# file → how many wall-clock reads it may have, and why.
ALLOWED = {
    "models/clock.py": 2,  # the clock itself
    "app/crash.py": 1,  # the crash report's file name stamp (a log stamp)
    "app/photos/blobstore.py": 1,  # pruning temporary files by their file-system age
}

WALL_CLOCK = {
    ("date", "today"),
    ("datetime", "today"),
    ("datetime", "now"),
    ("datetime", "utcnow"),
    ("time", "time"),
    ("time", "time_ns"),
    ("time", "localtime"),
    ("time", "gmtime"),
    ("QDate", "currentDate"),
    ("QDateTime", "currentDateTime"),
    ("QDateTime", "currentDateTimeUtc"),
    ("QDateTime", "currentMSecsSinceEpoch"),
}


def wall_clock_reads(source: str) -> list[int]:
    """Line numbers of the calls in ``source`` that read the wall clock."""
    lines = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
            continue
        owner = node.func.value
        name = owner.attr if isinstance(owner, ast.Attribute) else getattr(owner, "id", None)
        if (name, node.func.attr) in WALL_CLOCK:
            # time.localtime(x) / time.gmtime(x) convert a given stamp: not a clock read
            if node.func.attr in ("localtime", "gmtime") and node.args:
                continue
            lines.append(node.lineno)
    return lines


def test_the_detector_sees_every_form() -> None:
    sample = (
        "import datetime as dt, time\n"
        "from datetime import date, datetime\n"
        "a = dt.date.today()\n"
        "b = datetime.now(dt.UTC)\n"
        "c = time.time()\n"
        "d = time.time_ns()\n"
        "e = date.today()\n"
        "f = QDate.currentDate()\n"
        "g = time.localtime(5)\n"
        "h = dt.datetime.fromisoformat('2026-01-01')\n"
    )
    assert wall_clock_reads(sample) == [3, 4, 5, 6, 7, 8]


def test_only_the_clock_module_reads_the_wall_clock() -> None:
    found: dict[str, int] = {}
    for top in CODE:
        for path in (ROOT / top).rglob("*.py"):
            reads = wall_clock_reads(path.read_text(encoding="utf-8"))
            if reads:
                found[path.relative_to(ROOT).as_posix()] = len(reads)
    unexpected = {f: n for f, n in found.items() if n > ALLOWED.get(f, 0)}
    assert unexpected == {}, "read the time through executrek.models.clock instead"
    assert found == ALLOWED, "an allowed place no longer reads the clock: drop it from ALLOWED"
