"""Reading budgets and schedules of values from CSV and XLSX: every kind of bad input of
issue 22 (thousands separators, currency marks, decimal commas, formula cells with and
without a saved value, formula-injection text, a missing column) is read correctly or
refused in one line naming the row, and nothing is ever half-imported."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from cost_files import Text, write_csv, write_xlsx
from openpyxl import load_workbook
from sqlalchemy import func, select

from executrek.app.interop.cost_codes import csi_codes
from executrek.app.interop.cost_export import export_cost
from executrek.app.interop.cost_import import import_budget
from executrek.app.interop.cost_money import DecimalMark, read_amounts
from executrek.app.interop.cost_sheets import MAX_PROBLEMS, read_budget, read_sov
from executrek.app.interop.errors import InteropError
from executrek.models.errors import ValidationError
from executrek.models.migrate import open_store
from executrek.models.project import CostCode, Project
from executrek.models.records.cost.budget_model import BudgetLine, FundingSource
from executrek.models.services import projects
from executrek.models.store import Store

HEADER = ["Cost code", "Description", "Amount"]


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    st = open_store(tmp_path / "data")
    projects.ensure_user(st, "rep", "Rep")
    yield st
    st.close()


@pytest.fixture
def project(store: Store) -> Project:
    return projects.create_project(
        store, projects.NewProject(code="HOSP", name="Hospital", owner_name="Trust")
    ).value


def amounts(path: Path, **kwargs: Any) -> list[Decimal]:
    return [line.amount for line in read_budget(path, **kwargs).lines]


def problems(path: Path, **kwargs: Any) -> tuple[str, ...]:
    found = read_budget(path, **kwargs)
    assert not found.lines or found.problems
    return found.problems


def budget_file(tmp_path: Path, *values: str, delimiter: str = ",") -> Path:
    rows = [HEADER] + [[f"0{i}", f"Line {i}", v] for i, v in enumerate(values, start=1)]
    return write_csv(tmp_path / "budget.csv", rows, delimiter)


# --- thousands separators and decimal marks ---------------------------------------------
@pytest.mark.parametrize(
    ("values", "delimiter"),
    [
        (("1,234,567.89", "2,000.00"), ","),
        (("1.234.567,89", "2.000,00"), ";"),
        (("1 234 567,89", "2 000,00"), "\t"),
        (("1\u00a0234\u00a0567,89", "2\u202f000,00"), ";"),
        (("1'234'567.89", "2'000.00"), ","),
        (("1234567.89", "2000"), "\t"),
    ],
)
def test_thousands_separators_are_read(
    tmp_path: Path, values: tuple[str, ...], delimiter: str
) -> None:
    path = budget_file(tmp_path, *values, delimiter=delimiter)
    assert amounts(path) == [Decimal("1234567.89"), Decimal("2000")]


def test_an_ambiguous_value_follows_the_rest_of_its_column(tmp_path: Path) -> None:
    # "1,234" alone could be 1234 or 1.234: the column's other value decides.
    point = budget_file(tmp_path, "1,234", "5,000.50", delimiter="\t")
    assert amounts(point) == [Decimal("1234"), Decimal("5000.50")]
    comma = budget_file(tmp_path, "1,25", "1,234", "5.000,50", delimiter="\t")
    assert problems(comma) == (
        # read with the column's decimal comma, 1.234 has fractions of a cent: refused
        # with its row, never rounded
        "Row 3, Amount: “1,234” has fractions of a cent; round it to two decimals",
    )
    comma = budget_file(tmp_path, "1,25", "2.000", "5.000,50", delimiter="\t")
    assert amounts(comma) == [Decimal("1.25"), Decimal("2000"), Decimal("5000.50")]


def test_an_undecided_column_takes_the_files_hint_or_is_refused(tmp_path: Path) -> None:
    tab = budget_file(tmp_path, "1,234", "500", delimiter="\t")
    found = problems(tab)
    assert len(found) == 1
    assert found[0].startswith("Row 2, Amount: “1,234” could be 1234 or 1.234")
    # a ";" CSV is written by a decimal-comma Excel; a "," CSV by a decimal-point one
    assert amounts(budget_file(tmp_path, "1,50", "500", delimiter=";")) == [
        Decimal("1.50"),
        Decimal("500"),
    ]
    assert amounts(budget_file(tmp_path, "1,234", "500", delimiter=",")) == [
        Decimal("1234"),
        Decimal("500"),
    ]
    # the user's word beats the delimiter
    assert amounts(tab, decimal=DecimalMark.POINT) == [Decimal("1234"), Decimal("500")]


def test_a_column_mixing_decimal_marks_is_refused_per_row(tmp_path: Path) -> None:
    path = budget_file(tmp_path, "1,234.50", "2,000.00", "3.000,25")
    assert problems(path) == (
        "Row 4, Amount: “3.000,25” is written with a decimal comma, but row 2 of the column "
        "uses a decimal point",
    )


def test_amounts_that_are_not_amounts_are_refused_with_their_row(tmp_path: Path) -> None:
    path = budget_file(tmp_path, "12 34", "1.2345", "abc", "=SUM(C2:C3)", "#REF!")
    assert problems(path) == (
        "Row 2, Amount: “12 34” is not an amount",
        "Row 3, Amount: “1.2345” has fractions of a cent; round it to two decimals",
        "Row 4, Amount: “abc” is not an amount",
        "Row 5, Amount: “=SUM(C2:C3)” is not an amount",
        "Row 6, Amount: the formula's saved result is an error (#REF!); correct it in Excel first",
    )


# --- currency marks and negatives --------------------------------------------------------
def test_currency_marks_of_the_projects_currency_are_read(tmp_path: Path) -> None:
    path = budget_file(tmp_path, "$1,000.00", "USD 1,200", "1,300.50 USD", "US$ 99")
    assert amounts(path, currency="USD") == [
        Decimal("1000.00"),
        Decimal("1200"),
        Decimal("1300.50"),
        Decimal("99"),
    ]
    euro = budget_file(tmp_path, "€ 1.234,50", "2.000 €", "EUR 3,00", delimiter=";")
    assert amounts(euro, currency="EUR") == [Decimal("1234.50"), Decimal("2000"), Decimal("3.00")]


def test_another_currency_and_negatives_are_refused(tmp_path: Path) -> None:
    path = budget_file(tmp_path, "€1,000.00", "£5", "(1,000.00)", "-$20", "1,000-")
    assert problems(path, currency="USD") == (
        "Row 2, Amount: “€1,000.00” is in EUR, but the project's currency is USD",
        "Row 3, Amount: “£5” is in GBP, but the project's currency is USD",
        "Row 4, Amount: “(1,000.00)” is negative; the amount cannot be below zero here",
        "Row 5, Amount: “-$20” is negative; the amount cannot be below zero here",
        "Row 6, Amount: “1,000-” is negative; the amount cannot be below zero here",
    )


def test_accounting_negatives_are_read_where_they_make_sense() -> None:
    found = read_amounts([(2, "(1,000.00)"), (3, "-$5"), (4, "−7")], allow_negative=True)
    assert found.values == {2: Decimal("-1000.00"), 3: Decimal("-5"), 4: Decimal("-7")}
    assert found.problems == []


# --- XLSX numbers and formulas -------------------------------------------------------------
def test_xlsx_numbers_are_exact_to_the_cent(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "b.xlsx",
        [HEADER, ["01", "A", 1234.5], ["02", "B", 0.1 + 0.2], ["03", "C", 7], ["04", "D", 1.005]],
    )
    found = read_budget(path)
    assert [line.amount for line in found.lines] == [
        Decimal("1234.50"),
        Decimal("0.30"),
        Decimal("7"),
    ]
    assert found.problems == (
        "Row 5, Amount: 1.005 has fractions of a cent; round it to two decimals",
    )


def test_a_formula_gives_the_value_excel_saved(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "b.xlsx",
        [HEADER, ["01", "Piles", 1000], ["02", "Caps", "=C2*2.5"]],
        saved={"C3": 2500.0},
    )
    found = read_budget(path)
    assert found.ok
    assert [line.amount for line in found.lines] == [Decimal("1000"), Decimal("2500.00")]


def test_a_formula_saved_without_a_value_is_one_line_naming_the_row(tmp_path: Path) -> None:
    rows: list[list[object]] = [["Hospital budget"], [], [], [], HEADER]
    rows += [["01", "Piles", 1000], ["02", "Caps", "=C6*2"]]
    path = write_xlsx(tmp_path / "b.xlsx", rows)
    found = read_budget(path)
    assert found.problems == (
        "Row 7, Amount: a formula with no saved value; open the file in Excel and save it again",
    )
    assert found.warnings == ()  # said per cell, not again for the whole file


# --- formula-injection text ----------------------------------------------------------------
INJECTIONS = (
    '=HYPERLINK("http://evil.example","click")',
    "+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(1+1)",
)


def test_formula_injection_text_is_kept_as_text_on_import(tmp_path: Path) -> None:
    rows: list[list[object]] = [HEADER]
    rows += [[f"0{i}", Text(text), 100] for i, text in enumerate(INJECTIONS, start=1)]
    book = read_budget(write_xlsx(tmp_path / "b.xlsx", rows))
    assert book.ok
    assert [line.title for line in book.lines] == list(INJECTIONS)
    plain = [HEADER, *[[f"0{i}", t, 100] for i, t in enumerate(INJECTIONS, start=1)]]
    text = read_budget(write_csv(tmp_path / "b.csv", plain))
    assert [line.title for line in text.lines] == list(INJECTIONS)


def test_formula_injection_text_is_neutralised_on_export(
    tmp_path: Path, store: Store, project: Project
) -> None:
    rows = [HEADER] + [[f"0{i}", t, 100] for i, t in enumerate(INJECTIONS, start=1)]
    assert import_budget(store, project.id, write_csv(tmp_path / "in.csv", rows)).ok
    out = tmp_path / "out.csv"
    export_cost(store, project.id, "budget", out, "csv")
    with out.open(encoding="utf-8-sig", newline="") as handle:
        titles = [row["Title"] for row in csv.DictReader(handle)]
    assert titles == ["'" + t for t in INJECTIONS]  # a spreadsheet shows them as text
    book = tmp_path / "out.xlsx"
    export_cost(store, project.id, "budget", book, "xlsx")
    sheet = load_workbook(book).worksheets[0]
    column = [c.value for c in sheet[1]].index("Title") + 1
    cells = [sheet.cell(row=r, column=column) for r in range(2, 2 + len(INJECTIONS))]
    assert [c.value for c in cells] == list(INJECTIONS)
    assert {c.data_type for c in cells} == {"s"}  # text cells: never run as formulas
    # and our own CSV reads back to the very same titles
    again = read_budget(out)
    assert [line.title for line in again.lines] == list(INJECTIONS)


# --- columns -------------------------------------------------------------------------------
def test_a_missing_required_column_is_one_line_in_the_users_words(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "b.csv", [["Cost code", "Description"], ["01", "Piles"]])
    with pytest.raises(InteropError) as caught:
        read_budget(path)
    assert caught.value.message == (
        "“b.csv” has no Amount column (a column headed Original budget, Original amount or "
        "Budget); the budget needs one."
    )
    sov = write_csv(tmp_path / "s.csv", [["Item", "Scheduled value"], ["1", "100"]])
    with pytest.raises(InteropError, match="has no Description column"):
        read_sov(sov)
    none = write_csv(tmp_path / "n.csv", [["a", "b"], ["1", "2"]])
    with pytest.raises(InteropError, match="no header row naming its columns"):
        read_budget(none)


def test_the_header_is_found_under_a_title_block_and_the_best_alias_wins(tmp_path: Path) -> None:
    rows = [
        ["Hospital East Wing", None, None, None],
        ["Owner's budget, rev. 3", None, None, None],
        ["Code", "Item", "Approved budget", "Original budget"],
        ["03", "Concrete", "9,000.00", "8,000.00"],
    ]
    found = read_budget(write_csv(tmp_path / "b.csv", rows))
    assert [(line.code, line.title, line.amount) for line in found.lines] == [
        ("03", "Concrete", Decimal("8000.00"))
    ]


def test_a_g703_continuation_sheet_reads_with_its_lettered_columns(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["CONTINUATION SHEET", None, None, None, None],
        ["A", "B", "C", "D", "E"],
        ["ITEM NO.", "DESCRIPTION OF WORK", "SCHEDULED VALUE", "FROM PREVIOUS", "THIS PERIOD"],
        ["1", "Substructure", 400000, 0, 1000],
        ["2", "Frame", "=350000", 0, 0],
        [None, "GRAND TOTAL", "=SUM(C4:C5)", None, None],
    ]
    path = write_xlsx(tmp_path / "g703.xlsx", rows, saved={"C5": 350000.0, "C6": 750000.0})
    found = read_sov(path)
    assert found.ok, found.problems
    assert [(r.item, r.description, r.scheduled_value) for r in found.rows] == [
        ("1", "Substructure", Decimal("400000")),
        ("2", "Frame", Decimal("350000.00")),
    ]
    assert found.notes == ("Left out as totals: row 6.",)


def test_codes_headings_categories_and_funding(tmp_path: Path) -> None:
    rows = [
        ["Cost code", "Description", "Budget", "Category", "Funding"],
        ["03", "Concrete", "", "", ""],
        ["03 30 00", "Cast-in-place", "1,000.00", "Hard cost", "Equity"],
        ["", "Soft costs", "", "", ""],
        ["S10", "Architect", "500.00", "", "Bank loan"],
        ["S90", "Contingency", "200.00", "Owner's contingency", ""],
        ["", "Subtotal", "1,700.00", "", ""],
        ["S50", "Legal", "50.00", "Miscellaneous", ""],
    ]
    found = read_budget(write_csv(tmp_path / "b.csv", rows), known=csi_codes())
    assert found.problems == (
        "Row 8, Category: “Miscellaneous” is not a cost category; use one of: construction, "
        "design, fees, permits, insurance, ffe, contingency, pmo, other",
    )
    assert [(x.code, x.category, x.funding) for x in found.lines] == [
        ("03 30 00", "construction", "Equity"),
        ("S10", "design", "Bank loan"),  # the soft-cost code's category
        ("S90", "contingency", None),
    ]
    assert {c.code: c.parent_code for c in found.codes} == {"03 30 00": "03"}
    assert found.notes == (
        "Left out as totals: row 7.",
        "Left out as headings (no code, no amount): row 4.",
    )


def test_sov_items_activities_and_duplicates(tmp_path: Path) -> None:
    rows = [
        ["Item", "Description", "Scheduled value", "Cost code", "Activity codes"],
        ["1", "Piles", "100.00", "03", "A1000, A1010;A1010"],
        ["2", "Caps", "200.00", "", ""],
        ["2", "Beams", "300.00", "", ""],
        ["3", "", "50.00", "", ""],
        ["4", "Slab", "", "", ""],
    ]
    found = read_sov(write_csv(tmp_path / "s.csv", rows))
    assert found.problems == (
        "Row 4, Item: “2” is also on row 3",
        "Row 5, Description: empty; every line needs a description",
        "Row 6, Scheduled value: empty; every line needs its scheduled value",
    )
    assert found.rows[0].activity_codes == ("A1000", "A1010")
    plain = read_sov(
        write_csv(tmp_path / "p.csv", [["Description", "Value"], ["A", "1"], ["B", "2"]])
    )
    assert [(r.item, r.description) for r in plain.rows] == [("1", "A"), ("2", "B")]


# --- nothing half-imported -----------------------------------------------------------------
def counts(store: Store, project_id: str) -> tuple[int, int, int]:
    with store.read() as s:
        return (
            s.scalar(
                select(func.count()).select_from(CostCode).where(CostCode.project_id == project_id)
            )
            or 0,
            s.scalar(
                select(func.count())
                .select_from(BudgetLine)
                .where(BudgetLine.project_id == project_id)
            )
            or 0,
            s.scalar(
                select(func.count())
                .select_from(FundingSource)
                .where(FundingSource.project_id == project_id)
            )
            or 0,
        )


def test_a_file_with_bad_rows_loads_nothing_and_names_every_row(
    tmp_path: Path, store: Store, project: Project
) -> None:
    rows = [[*HEADER, "Funding"], ["03", "Good", "1,000.00", "Equity"], ["05", "Bad", "(5.00)", ""]]
    rows += [["", "No code", "7.00", ""], ["07", "Good too", "2,000.00", ""]]
    result = import_budget(
        store, project.id, write_csv(tmp_path / "b.csv", rows), standard=csi_codes()
    )
    assert not result.ok
    assert result.rejected == (
        "Row 3, Amount: “(5.00)” is negative; the amount cannot be below zero here",
        "Row 4, Cost code: empty; every budget line needs its cost code",
    )
    assert result.summary() == "b.csv: nothing was imported; 2 row(s) have problems."
    assert counts(store, project.id) == (0, 0, 0)  # not even the standard's codes


def test_a_refusal_while_loading_leaves_nothing_behind(
    tmp_path: Path, store: Store, project: Project
) -> None:
    rows = [[*HEADER, "Funding"], ["03", "Piles", "1.00", "New fund"], ["03", "Piles", "2.00", ""]]
    with pytest.raises(ValidationError) as caught:
        import_budget(store, project.id, write_csv(tmp_path / "b.csv", rows), standard=csi_codes())
    assert "Row 3" in caught.value.template.format(**caught.value.params)
    assert counts(store, project.id) == (0, 0, 0)


def test_the_first_fifty_problems_are_listed_and_all_counted(tmp_path: Path) -> None:
    rows = [HEADER] + [[f"{i:03}", "Line", "oops"] for i in range(60)]
    found = read_budget(write_csv(tmp_path / "b.csv", rows))
    assert len(found.problems) == MAX_PROBLEMS
    assert found.problem_count == 60
    assert found.problems[0] == "Row 2, Amount: “oops” is not an amount"
