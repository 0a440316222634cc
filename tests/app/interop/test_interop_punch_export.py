from __future__ import annotations

import csv
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from executrek.app.interop.errors import InteropError
from executrek.app.interop.formula_guard import escape_formula, unescape_formula
from executrek.app.interop.punch_export import export_rows, write_punch_csv, write_punch_xlsx
from executrek.app.interop.punch_table import (
    Layout,
    PunchPriority,
    PunchRecord,
    PunchStatus,
    read_punch_table,
    validate,
)

ITEMS = [
    PunchRecord(
        title='=HYPERLINK("http://evil","click")',
        number="1",
        description='Line one\nline two, with "quotes"',
        location=("Building A", "Level 2", "Room 201"),
        trade="Doors & Hardware",
        responsible_contractor="Acme Doors",
        priority=PunchPriority.CRITICAL,
        status=PunchStatus.READY_FOR_REVIEW,
        due_date=date(2026, 3, 4),
        created_date=date(2026, 2, 1),
        assignee="Bob",
        external_id="PR-1",
        created_by="Owner Rep",
        manager="PM",
        final_approver="Architect",
        extra={"Plan": "A-201", "Cost Code": "08-710"},
    ),
    PunchRecord(title="+1 more coat", number="2", status=PunchStatus.DRAFT),
    PunchRecord(title="-5 °C cold room door seal", number="3", status=PunchStatus.REJECTED),
    PunchRecord(
        title="@risk: stair nosing", number="4", status=PunchStatus.VOID, priority=PunchPriority.LOW
    ),
    PunchRecord(title="'=already quoted", number="5", status=PunchStatus.CLOSED),
    PunchRecord(
        title="Ordinary — ünïcödé 🚧",
        number="6",
        status=PunchStatus.OPEN,
        priority=PunchPriority.MEDIUM,
    ),
]


def read_back(path: Path) -> list[PunchRecord]:
    table = read_punch_table(path)
    assert table.layout is not Layout.GENERIC
    results = validate(table.rows, table.mapping)
    assert all(result.ok for result in results), [result.reason for result in results]
    return [result.values for result in results if result.values is not None]


@pytest.mark.parametrize("writer", [write_punch_csv, write_punch_xlsx])
def test_our_layout_round_trips_exactly(tmp_path: Path, writer: Callable[..., int]) -> None:
    path = tmp_path / ("items.csv" if writer is write_punch_csv else "items.xlsx")
    assert writer(ITEMS, path) == len(ITEMS)
    assert read_back(path) == ITEMS


def test_csv_cells_that_would_run_as_formulas_are_quoted(tmp_path: Path) -> None:
    path = tmp_path / "items.csv"
    write_punch_csv(ITEMS, path)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 BOM so Excel reads the accents
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    titles = [row[1] for row in rows[1:]]
    assert titles[0] == '\'=HYPERLINK("http://evil","click")'
    assert titles[1:5] == [
        "'+1 more coat",
        "'-5 °C cold room door seal",
        "'@risk: stair nosing",
        "''=already quoted",
    ]
    assert titles[5] == "Ordinary — ünïcödé 🚧"
    assert rows[0][-2:] == ["Plan", "Cost Code"]  # unmapped columns of an earlier import survive


def test_xlsx_never_contains_formulas(tmp_path: Path) -> None:
    path = tmp_path / "items.xlsx"
    write_punch_xlsx(ITEMS, path)
    workbook = openpyxl.load_workbook(path)  # not data_only: formulas would show as data_type "f"
    sheet = workbook.active
    assert sheet is not None
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)
    assert sheet["B2"].value == ITEMS[0].title
    assert sheet["I2"].is_date


@pytest.mark.parametrize(
    ("layout", "variant"),
    [
        (Layout.PROCORE, "procore_request_import_template"),
        (Layout.PROCORE_DEFICIENCY, "procore_imports_app_template_en_CA"),
    ],
)
def test_procore_headers_match_the_vendor_templates(
    interop_data: Path, layout: Layout, variant: str
) -> None:
    with (interop_data / "vendor_headers" / "procore_punch_list_import_headers.csv").open(
        encoding="utf-8"
    ) as handle:
        expected = [
            row["header"]
            for row in sorted(
                (row for row in csv.DictReader(handle) if row["variant"] == variant),
                key=lambda row: int(row["column_order"]),
            )
        ]
    headers, _rows = export_rows(ITEMS, layout)
    assert list(headers) == expected


@pytest.mark.parametrize("layout", [Layout.PROCORE, Layout.PROCORE_DEFICIENCY])
@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_procore_files_read_back_with_what_procore_carries(
    tmp_path: Path, layout: Layout, suffix: str
) -> None:
    path = tmp_path / f"procore{suffix}"
    (write_punch_csv if suffix == ".csv" else write_punch_xlsx)(ITEMS, path, layout.value)
    assert read_punch_table(path).layout is layout
    first, *rest = read_back(path)
    source = ITEMS[0]
    assert first.title == source.title
    assert (first.number, first.location, first.due_date) == (
        source.number,
        source.location,
        source.due_date,
    )
    assert (first.assignee, first.created_by, first.external_id) == ("Bob", "Owner Rep", "PR-1")
    assert first.priority is PunchPriority.HIGH  # Procore has no "critical"
    assert first.status is None  # the templates carry no status
    assert first.extra["Cost Code"] == "08-710"
    if layout is Layout.PROCORE_DEFICIENCY:
        assert (first.trade, first.manager, first.final_approver) == (
            "Doors & Hardware",
            "PM",
            "Architect",
        )
    assert [item.title for item in rest] == [item.title for item in ITEMS[1:]]


def test_unsupported_layout_and_unwritable_path(tmp_path: Path) -> None:
    with pytest.raises(InteropError, match="cannot be exported in the layout “fieldwire”"):
        write_punch_csv(ITEMS, tmp_path / "x.csv", "fieldwire")
    with pytest.raises(InteropError, match="cannot be written"):
        write_punch_csv(ITEMS, tmp_path / "no" / "such" / "dir.csv")
    assert not list(tmp_path.iterdir())  # no temporary file left behind


def test_export_failure_keeps_the_previous_file(tmp_path: Path) -> None:
    path = tmp_path / "items.csv"
    path.write_text("previous")

    def exploding() -> Iterator[PunchRecord]:
        yield ITEMS[0]
        raise RuntimeError("database went away")

    with pytest.raises(RuntimeError):
        write_punch_csv(exploding(), path)
    assert path.read_text() == "previous"
    assert [p.name for p in tmp_path.iterdir()] == ["items.csv"]


@pytest.mark.parametrize("text", ["=1+1", "'=1", "''+x", "plain", "'plain", "-", "", "\tTab", "@"])
def test_formula_guard_round_trips(text: str) -> None:
    assert unescape_formula(escape_formula(text)) == text
    guarded = escape_formula(text)
    assert not guarded.startswith(("=", "+", "-", "@", "\t", "\r"))
