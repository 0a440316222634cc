"""The demo and every report kind on whatever day the machine says it is.

Nothing here pins the clock: ``scripts/test`` runs these tests again under libfaketime at
+400 and -30 days, so a date baked into the code or a wall-clock read that bypasses
``models.clock`` shows up as a failure on one of those days."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from executrek.app.cli import main
from executrek.app.logging_setup import shutdown
from executrek.models import clock

pytestmark = pytest.mark.dates

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def printed(day: dt.date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    data = tmp_path_factory.mktemp("any-date") / "data"
    assert main(["demo", "--data-dir", str(data)]) == 0
    yield data
    shutdown()


def rows(data: Path, sql: str) -> list[tuple[object, ...]]:
    con = sqlite3.connect(data / "executrek.sqlite")
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def created_day(stamp: str) -> dt.date:
    """A stored UTC created_at as the user's local calendar day."""
    return dt.datetime.fromisoformat(stamp).astimezone().date()


def test_the_clock_is_not_pinned_here() -> None:
    assert not clock.is_pinned()
    assert abs((clock.now() - dt.datetime.now(dt.UTC)).total_seconds()) < 5


@pytest.mark.parametrize("table", ["punch_items", "contractor_issues"])
def test_nothing_in_the_demo_is_due_before_it_was_raised(demo_dir: Path, table: str) -> None:
    today = clock.today()
    found = rows(demo_dir, f"SELECT created_at, due_date FROM {table} WHERE deleted_at IS NULL")
    assert len(found) > 10
    overdue = 0
    for created_at, due in found:
        raised = created_day(str(created_at))
        assert raised <= today, f"{table} raised in the future: {raised} > {today}"
        if due is not None:
            due_day = dt.date.fromisoformat(str(due))
            assert due_day >= raised, f"{table}: due {due_day} before raised {raised}"
            overdue += due_day < today
    if table == "punch_items":
        assert overdue > 0, "the demo shows overdue items, measured from today"


def test_demo_history_lies_in_the_past(demo_dir: Path) -> None:
    today = clock.today()
    for (day,) in rows(demo_dir, "SELECT inspection_date FROM inspections"):
        if day is not None:
            assert dt.date.fromisoformat(str(day)) <= today


@pytest.mark.parametrize(
    "kind",
    ["status", "punch", "inspection", "change-orders", "issues", "portfolio", "cost", "payment"],
)
def test_every_report_kind_is_issued_today(demo_dir: Path, tmp_path: Path, kind: str) -> None:
    out = tmp_path / f"{kind}.pdf"
    args = ["report", kind, "-o", str(out), "--data-dir", str(demo_dir)]
    if kind != "portfolio":
        args += ["--project", "HOSP-EW"]
    if kind == "inspection":
        args += ["--id", "1"]
    assert main(args) == 0
    first = PdfReader(out).pages[0].extract_text()
    assert printed(clock.today()) in first
    ((issued, created_at),) = rows(
        demo_dir,
        "SELECT json_extract(snapshot, '$.meta.issued'), created_at FROM issued_reports "
        "ORDER BY created_at DESC LIMIT 1",
    )
    assert issued == clock.today().isoformat()
    assert created_day(str(created_at)) == clock.today()


def test_items_raised_from_demo_inspections_say_what_was_wrong(demo_dir: Path) -> None:
    titles = [
        str(t)
        for (t,) in rows(
            demo_dir, "SELECT title FROM punch_items WHERE inspection_item_id IS NOT NULL"
        )
    ]
    assert titles, "the demo raises punch items from failed checklist lines"
    # from the failure note where the rep wrote one, else the requirement: never one
    # sentence for all
    assert any(t.endswith(": not met; rework before close-in") for t in titles)
    assert len(set(titles)) == len(titles)
