"""List exports read back: CSV with the csv module (BOM, header, rows, filters, non-Latin
names, formula guard) and XLSX with openpyxl (sheets, header, real dates and numbers),
from a real store holding every kind of record."""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from list_export_data import (
    CYRILLIC,
    FORMULA,
    GREEK,
    OWNER,
    POLISH,
    Sample,
    build,
)
from openpyxl import load_workbook

from executrek.app.interop.errors import InteropError
from executrek.app.list_export import export_list
from executrek.models.migrate import open_store
from executrek.models.records.change_order.queries import ChangeOrderFilter
from executrek.models.records.inspection.model import InspectionStatus
from executrek.models.records.inspection.queries import InspectionFilter
from executrek.models.records.issue.queries import IssueFilter
from executrek.models.records.punch.list_page import PunchFilter
from executrek.models.records.punch.model import PunchStatus
from executrek.models.services.list_exports import ListFilter, RiskFilter
from executrek.models.store import Store

pytestmark = pytest.mark.dates

BOM = b"\xef\xbb\xbf"
# kind → (first header, rows, child file suffix, child rows)
EXPECTED = {
    "punch": ("Number", 5, None, 0),
    "inspections": ("Number", 2, "-responses", 6),
    "change-orders": ("Tier", 2, "-lines", 3),
    "issues": ("Type", 2, "-thread", 2),
    "risks": ("Number", 3, None, 0),
}


@pytest.fixture(scope="module")
def sample_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, Sample]]:
    store = open_store(tmp_path_factory.mktemp("lists") / "data")
    sample = build(store)
    yield store, sample
    store.close()


def read_csv(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(BOM), "Excel needs the BOM to read UTF-8"
    assert raw.count(BOM) == 1
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def column(rows: list[list[str]], header: str) -> list[str]:
    index = rows[0].index(header)
    return [row[index] for row in rows[1:]]


@pytest.mark.parametrize("kind", list(EXPECTED))
def test_csv_has_bom_header_every_row_and_the_child_table_beside_it(
    sample_store: tuple[Store, Sample], tmp_path: Path, kind: str
) -> None:
    store, sample = sample_store
    first, count, suffix, child_count = EXPECTED[kind]
    out = tmp_path / "list.csv"
    result = export_list(store, sample.project_id, kind, out)
    rows = read_csv(out)
    assert rows[0][0] == first
    assert len(rows) == count + 1 == result.exported + 1
    assert all(len(row) == len(rows[0]) for row in rows)
    if suffix:
        child = read_csv(tmp_path / f"list{suffix}.csv")
        assert len(child) == child_count + 1
        assert result.notes and f"list{suffix}.csv" in result.notes[0]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["list.csv"] + ([f"list{suffix}.csv"] if suffix else [])
    ), "no temporary files left behind"


def test_csv_names_round_trip_and_formulas_are_neutralised(
    sample_store: tuple[Store, Sample], tmp_path: Path
) -> None:
    store, sample = sample_store
    for kind in EXPECTED:
        export_list(store, sample.project_id, kind, tmp_path / f"{kind}.csv")
    punch = read_csv(tmp_path / "punch.csv")
    assert "'" + FORMULA in column(punch, "Title")
    assert "'-5 mm out of level" in column(punch, "Title")
    assert set(column(punch, "Responsible Contractor")) == {GREEK, CYRILLIC, POLISH}
    assert column(punch, "Location")[0] == "Корпус А > Piętro 1"
    cos = read_csv(tmp_path / "change-orders.csv")
    assert column(cos, "Title") == ["Dodatkowe gniazda — Łódź", "'@SUM(A1:A9) credit"]
    assert column(cos, "Amount") == ["4809.18", "-500.00"], "numbers are not escaped"
    lines = read_csv(tmp_path / "change-orders-lines.csv")
    assert column(lines, "Description") == ["Εργασία", "Материалы", "Кредит"]
    assert column(lines, "Unit price") == ["80.40", "1234.56", "-500.00"]
    thread = read_csv(tmp_path / "issues-thread.csv")
    assert column(thread, "Author") == [OWNER, "Zoë Ødegård"]
    assert column(thread, "Message")[1] == "'=1+2 please send photos"
    assert column(thread, "Organisation") == [GREEK, ""]
    issues = read_csv(tmp_path / "issues.csv")
    assert column(issues, "Title") == ["Brudne okna", "Трещина в плите перекрытия"]
    assert column(issues, "Raised by") == ["Zoë Ødegård"] * 2
    responses = read_csv(tmp_path / "inspections-responses.csv")
    assert "'+2 mm — переделать" in column(responses, "Note")
    assert column(responses, "Section") == ["Двери"] * 6
    risks = read_csv(tmp_path / "risks.csv")
    assert column(risks, "Owner") == [OWNER] * 3
    assert column(risks, "Mitigation") == ["'-plan B"] * 3
    assert column(risks, "Score") == ["20", "6", "6"]


FILTERS: list[tuple[str, ListFilter, int, int | None]] = [
    ("punch", PunchFilter(statuses=frozenset({PunchStatus.CLOSED})), 1, None),
    ("punch", PunchFilter(due_from=dt.date(2026, 3, 5), due_to=dt.date(2026, 3, 20)), 2, None),
    ("inspections", InspectionFilter(status=InspectionStatus.COMPLETED), 1, 3),
    ("inspections", InspectionFilter(date_from=dt.date(2026, 3, 5)), 1, 3),
    ("change-orders", ChangeOrderFilter(statuses=frozenset({"pending"})), 1, 2),
    ("change-orders", ChangeOrderFilter(text="credit"), 1, 1),
    ("issues", IssueFilter(statuses=frozenset({"closed"})), 1, 0),
    ("issues", IssueFilter(types=frozenset({"rfi"})), 1, 2),
    ("risks", RiskFilter(cell=(2, 3)), 2, None),
    ("risks", RiskFilter(statuses=frozenset({"closed"})), 0, None),
]


@pytest.mark.parametrize(("kind", "flt", "count", "child_count"), FILTERS)
def test_filters_the_screens_use_are_honoured(
    sample_store: tuple[Store, Sample],
    tmp_path: Path,
    kind: str,
    flt: ListFilter,
    count: int,
    child_count: int | None,
) -> None:
    store, sample = sample_store
    out = tmp_path / "list.csv"
    result = export_list(store, sample.project_id, kind, out, flt=flt)
    assert result.exported == count
    assert len(read_csv(out)) == count + 1
    if child_count is not None:
        child = next(p for p in tmp_path.iterdir() if p.name != "list.csv")
        assert len(read_csv(child)) == child_count + 1


def test_contractor_and_date_filters_narrow_further(
    sample_store: tuple[Store, Sample], tmp_path: Path
) -> None:
    store, sample = sample_store
    pid, out = sample.project_id, tmp_path / "x.csv"
    today = dt.date.today()
    flt = ChangeOrderFilter(contractor_ids=frozenset({sample.cyrillic_id}))
    export_list(store, pid, "change-orders", out, flt=flt)
    assert column(read_csv(out), "Contractor") == [CYRILLIC]
    assert column(read_csv(tmp_path / "x-lines.csv"), "Description") == ["Кредит"]
    export_list(store, pid, "issues", out, flt=IssueFilter(raised_to=today - dt.timedelta(1)))
    assert len(read_csv(out)) == 1
    assert read_csv(tmp_path / "x-thread.csv") == [read_csv(tmp_path / "x-thread.csv")[0]]
    export_list(store, pid, "issues", out, flt=IssueFilter(raised_from=today))
    assert len(read_csv(out)) == 3
    export_list(store, pid, "inspections", out, contractor_ids=frozenset({sample.greek_id}))
    assert column(read_csv(out), "Contractor") == [GREEK]
    flt_p = PunchFilter(contractor_ids=frozenset({sample.polish_id}))
    export_list(store, pid, "punch", out, flt=flt_p)
    assert set(column(read_csv(out), "Responsible Contractor")) == {POLISH}


@pytest.mark.parametrize("kind", list(EXPECTED))
def test_xlsx_has_a_sheet_per_table_with_a_frozen_bold_filtered_header(
    sample_store: tuple[Store, Sample], tmp_path: Path, kind: str
) -> None:
    store, sample = sample_store
    first, count, suffix, child_count = EXPECTED[kind]
    out = tmp_path / "list.xlsx"
    export_list(store, sample.project_id, kind, out)
    book = load_workbook(out)
    assert len(book.worksheets) == (2 if suffix else 1)
    assert [p.name for p in tmp_path.iterdir()] == ["list.xlsx"]
    for sheet, rows in zip(book.worksheets, (count, child_count), strict=False):
        assert sheet.max_row == rows + 1
        assert sheet.freeze_panes == "A2"
        assert (
            sheet.auto_filter.ref == f"A1:{sheet.cell(1, sheet.max_column).column_letter}{rows + 1}"
        )
        assert all(cell.font.b for cell in sheet[1])
        assert sheet.column_dimensions["A"].width >= 8
    assert book.worksheets[0].cell(1, 1).value == first


def cells(path: Path, sheet: int = 0) -> list[dict[str, object]]:
    ws = load_workbook(path).worksheets[sheet]
    headers = [c.value for c in ws[1]]
    return [
        {str(h): c for h, c in zip(headers, row, strict=True)} for row in ws.iter_rows(min_row=2)
    ]


def test_xlsx_dates_are_dates_money_is_numeric_and_formulas_stay_text(
    sample_store: tuple[Store, Sample], tmp_path: Path
) -> None:
    store, sample = sample_store
    for kind in EXPECTED:
        export_list(store, sample.project_id, kind, tmp_path / f"{kind}.xlsx", "xlsx")
    cos = cells(tmp_path / "change-orders.xlsx")
    amount = cos[0]["Amount"]
    assert amount.data_type == "n" and amount.value == pytest.approx(4809.18)  # type: ignore[attr-defined]
    assert amount.number_format == "#,##0.00"  # type: ignore[attr-defined]
    assert cos[1]["Amount"].value == -500  # type: ignore[attr-defined]
    assert cos[1]["Title"].value == "@SUM(A1:A9) credit"  # type: ignore[attr-defined]
    assert cos[0]["Created"].is_date  # type: ignore[attr-defined]
    assert cos[0]["Submitted"].value.tzinfo is None  # type: ignore[attr-defined]
    assert cos[0]["Decided"].value is None  # type: ignore[attr-defined]
    assert cos[0]["Schedule (days)"].value == 5  # type: ignore[attr-defined]
    lines = cells(tmp_path / "change-orders.xlsx", 1)
    assert [c["Quantity"].value for c in lines] == [12.5, 3, 1]  # type: ignore[attr-defined]
    punch = cells(tmp_path / "punch.xlsx")
    due = punch[0]["Due Date"]
    assert due.is_date and due.value.date() == dt.date(2026, 3, 3)  # type: ignore[attr-defined]
    formula = next(c["Title"] for c in punch if str(c["Title"].value).startswith("="))  # type: ignore[attr-defined]
    assert formula.data_type == "s" and formula.value == FORMULA  # type: ignore[attr-defined]
    inspections = cells(tmp_path / "inspections.xlsx")
    assert inspections[1]["Date"].value.date() == dt.date(2026, 3, 2)  # type: ignore[attr-defined]
    assert inspections[1]["Score (%)"].value == 100  # type: ignore[attr-defined]
    assert inspections[1]["Contractor"].value == GREEK  # type: ignore[attr-defined]
    responses = cells(tmp_path / "inspections.xlsx", 1)
    assert responses[0]["Note"].value == "+2 mm — переделать"  # type: ignore[attr-defined]
    assert responses[0]["Responded at"].is_date  # type: ignore[attr-defined]
    thread = cells(tmp_path / "issues.xlsx", 1)
    assert thread[1]["Message"].data_type == "s"  # type: ignore[attr-defined]
    assert thread[1]["Message"].value == "=1+2 please send photos"  # type: ignore[attr-defined]
    risks = cells(tmp_path / "risks.xlsx")
    assert [c["Score"].value for c in risks] == [20, 6, 6]  # type: ignore[attr-defined]


def test_a_file_that_cannot_be_written_leaves_nothing_behind(
    sample_store: tuple[Store, Sample], tmp_path: Path
) -> None:
    store, sample = sample_store
    (tmp_path / "list-lines.csv").mkdir()  # the child file's name is taken by a folder
    with pytest.raises(InteropError, match="cannot be written"):
        export_list(store, sample.project_id, "change-orders", tmp_path / "list.csv")
    assert [p.name for p in tmp_path.iterdir()] == ["list-lines.csv"]
    (tmp_path / "book.xlsx").mkdir()
    with pytest.raises(InteropError, match=r"book\.xlsx"):
        export_list(store, sample.project_id, "risks", tmp_path / "book.xlsx")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["book.xlsx", "list-lines.csv"]


def test_formats_that_do_not_fit_the_kind_are_refused(
    sample_store: tuple[Store, Sample], tmp_path: Path
) -> None:
    store, sample = sample_store
    with pytest.raises(InteropError, match="risks cannot be exported as procore"):
        export_list(store, sample.project_id, "risks", tmp_path / "r.xlsx", "procore")
    with pytest.raises(InteropError, match="cannot be exported"):
        export_list(store, sample.project_id, "photos", tmp_path / "r.xlsx")
    assert list(tmp_path.iterdir()) == []
