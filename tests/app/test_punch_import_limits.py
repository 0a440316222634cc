"""Punch-list imports at their limits: the exact row cap, many bad rows, an over-long
cell, a header with no rows, the "Created Date" column, and 100,000 rows in bounded
memory (in a child process, its peak resident set size measured)."""

from __future__ import annotations

import csv
import datetime as dt
import sqlite3
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from executrek.app.cli import main
from executrek.app.interop import punch_table
from executrek.app.interop.errors import InteropError
from executrek.app.interop.limits import TableLimits
from executrek.app.interop.punch_exchange import LISTED_PROBLEMS, plan_punch
from executrek.app.interop.punch_rows import HEAD_ROWS, SourceRows
from executrek.app.interop.punch_table import read_punch_table
from executrek.models.migrate import open_store
from executrek.models.services import projects

pytestmark = pytest.mark.dates


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def query(data: Path, sql: str) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(data / "executrek.sqlite")
    try:
        return list(conn.execute(sql).fetchall())
    finally:
        conn.close()


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows(rows)
    return path


@pytest.fixture
def data(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    store = open_store(folder)
    try:
        projects.ensure_user(store, "rep", "Rep")
        new = projects.NewProject(code="P1", name="Project", owner_name="Owner")
        projects.create_project(store, new)
    finally:
        store.close()
    return folder


# --- the row cap ---------------------------------------------------------------------


def test_exactly_the_limit_is_accepted_and_one_more_refused(tmp_path: Path) -> None:
    limits = TableLimits(max_rows=5)
    preamble = [["Punch list for Level 2"], []]  # a title and a blank line before the header
    body = [[f"item {n}"] for n in range(5)]
    exact = write_csv(tmp_path / "exact.csv", [*preamble, ["Title"], *body[:3], [], *body[3:]])
    table = read_punch_table(exact, limits=limits)
    assert len(table.rows) == 5  # the header, the preamble and blank rows do not count
    assert [row.row_number for row in table.rows] == [4, 5, 6, 8, 9]

    over = write_csv(tmp_path / "over.csv", [*preamble, ["Title"], *body, ["item 5"]])
    with pytest.raises(InteropError, match="more than 5 rows below its header"):
        read_punch_table(over, limits=limits)

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row in [["Title"], *body]:
        sheet.append(row)
    book.save(tmp_path / "exact.xlsx")
    assert len(read_punch_table(tmp_path / "exact.xlsx", limits=limits).rows) == 5
    sheet.append(["item 5"])
    book.save(tmp_path / "over.xlsx")
    with pytest.raises(InteropError, match="more than 5 rows below its header"):
        read_punch_table(tmp_path / "over.xlsx", limits=limits)


def test_the_command_applies_the_cap_to_data_rows(
    capsys: pytest.CaptureFixture[str],
    data: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The default cap is 100,000 data rows; with the cap made 5, a file of a header and
    5 rows imports through the command and one of 6 is refused, in one line."""
    assert TableLimits().max_rows == 100_000
    monkeypatch.setattr(punch_table, "TableLimits", lambda: TableLimits(max_rows=5))
    five = write_csv(tmp_path / "five.csv", [["Title"], *[[f"item {n}"] for n in range(5)]])
    code, out, err = run(capsys, "import", "punch", "--project", "P1", str(five),
                         "--data-dir", str(data))  # fmt: skip
    assert (code, err) == (0, ""), out
    assert "five.csv: 5 created, 0 updated, 0 unchanged, 0 rejected" in out

    six = write_csv(tmp_path / "six.csv", [["Title"], *[[f"more {n}"] for n in range(6)]])
    code, out, err = run(capsys, "import", "punch", "--project", "P1", str(six),
                         "--data-dir", str(data))  # fmt: skip
    assert code == 1
    assert err == (
        "executrek: “six.csv” has more than 5 rows below its header; split it into smaller files.\n"
    )
    assert query(data, "SELECT count(*) FROM punch_items") == [(5,)]


# --- problems: every row, with its number, capped ------------------------------------


def test_every_problem_row_is_counted_and_the_first_ones_listed(
    capsys: pytest.CaptureFixture[str], data: Path, tmp_path: Path
) -> None:
    rows = [["Title", "Due Date", "Trade", "Description"]]
    for n in range(130):
        if n % 13 == 0:
            rows.append([f"good {n}", "2026-12-01", "Doors", ""])
        else:
            rows.append([f"bad {n}", "31/02/2026", "Doors", ""])
    rows.append(["long cell", "2026-12-01", "Doors", "x" * 25_000])  # row 132
    rows.append(["long name", "2026-12-01", "T" * 201, ""])  # row 133
    src = write_csv(tmp_path / "many.csv", rows)

    code, out, _ = run(capsys, "import", "punch", "--project", "P1", str(src),
                       "--data-dir", str(data))  # fmt: skip

    assert code == 1
    rejected = [line for line in out.splitlines() if line.startswith("rejected: ")]
    assert len(rejected) == LISTED_PROBLEMS + 1
    assert rejected[0] == "rejected: row 3: due date '31/02/2026' is not a date"
    assert rejected[-1] == f"rejected: … and {122 - LISTED_PROBLEMS} more row(s) refused"
    assert "many.csv: 10 created, 0 updated, 0 unchanged, 122 rejected" in out
    assert sorted(t for (t,) in query(data, "SELECT title FROM punch_items")) == sorted(
        f"good {n}" for n in range(0, 130, 13)
    )

    table = read_punch_table(src)
    plan = plan_punch(table)
    assert plan.refused == 122
    assert plan.problems[132] == "row 132: description is 25000 characters long; at most 20000 fit"
    assert plan.problems[133] == "row 133: trade is 201 characters long; at most 200 fit"


def test_a_header_without_rows_is_a_warning(
    capsys: pytest.CaptureFixture[str], data: Path, tmp_path: Path
) -> None:
    src = write_csv(tmp_path / "empty-list.csv", [["Title", "Location", "Due Date"], [], []])
    code, out, _ = run(capsys, "import", "punch", "--project", "P1", str(src),
                       "--data-dir", str(data))  # fmt: skip
    assert code == 0
    assert out.splitlines()[0] == (
        "warning: “empty-list.csv” has a header row but no data rows: there is nothing to import."
    )
    assert "0 created" in out


# --- "Created Date" ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "header", "cell"),
    [
        ("ours.csv", "Created Date", "2026-03-04"),
        ("procore.csv", "Date Created", "03/04/2026"),  # a Procore export with the column
        ("fieldwire.csv", "Created", "2026-03-04T10:15:00+01:00"),
    ],
)
def test_the_created_date_is_kept_and_the_import_time_recorded(
    capsys: pytest.CaptureFixture[str],
    data: Path,
    tmp_path: Path,
    clock: dt.date,
    name: str,
    header: str,
    cell: str,
) -> None:
    first = ["Item Name", "Punch Item #"] if name == "procore.csv" else ["Title", "ID"]
    src = write_csv(tmp_path / name, [[*first, header], ["Cracked tile", "7", cell]])
    code, out, err = run(capsys, "import", "punch", "--project", "P1", str(src),
                         "--data-dir", str(data), "--date-order", "month_first")  # fmt: skip
    assert (code, err) == (0, ""), out
    ((created, updated, note),) = query(
        data,
        "SELECT i.created_at, i.updated_at, e.note FROM punch_items i "
        "JOIN punch_status_events e ON e.punch_item_id = i.id",
    )
    local = dt.datetime.fromisoformat(created.replace("Z", "+00:00")).astimezone()
    assert local.date() == dt.date(2026, 3, 4)  # raised then, in the other system
    imported_at = dt.datetime.fromisoformat(updated.replace("Z", "+00:00")).astimezone()
    assert imported_at.date() == clock  # written now
    assert note.startswith(f"Imported from {name} on {clock.isoformat()} ")


def test_a_created_date_in_the_future_refuses_its_row(
    capsys: pytest.CaptureFixture[str], data: Path, tmp_path: Path, clock: dt.date
) -> None:
    later = (clock + dt.timedelta(days=3)).isoformat()
    src = write_csv(
        tmp_path / "f.csv", [["Title", "Created Date"], ["A", later], ["B", "2026-01-05"]]
    )
    code, out, _ = run(capsys, "import", "punch", "--project", "P1", str(src),
                       "--data-dir", str(data))  # fmt: skip
    assert code == 1
    assert f"rejected: row 2: created date {later} is in the future; check the date order" in out
    assert query(data, "SELECT title FROM punch_items") == [("B",)]


# --- streaming: rows are read again, not held ---------------------------------------


def test_rows_are_read_from_the_file_each_time_not_kept(tmp_path: Path) -> None:
    n = HEAD_ROWS + 250
    src = write_csv(tmp_path / "long.csv", [["Title"], *[[f"item {i}"] for i in range(n)]])
    table = read_punch_table(src)
    rows = table.rows
    assert isinstance(rows, SourceRows)
    assert len(rows) == n
    assert len(rows[: HEAD_ROWS + 10]) == HEAD_ROWS + 10
    assert rows[n - 1].cells == (f"item {n - 1}",)
    assert [r.row_number for r in rows] == list(range(2, n + 2))
    assert sum(1 for _ in rows) == n  # again: read once more from the file

    with src.open("a", encoding="utf-8") as fh:
        fh.write("one more\n")
    with pytest.raises(InteropError, match="changed while it was being read"):
        list(rows)


# The 100,000-row memory bound (<= 300 MB) is measured by `python -m bench exchange`.
