"""``executrek import budget|sov`` and ``executrek export budget|budget-transfers|
commitments|pay-applications``: what they print, exit codes, files read back with csv and
openpyxl, one line for bad input and nothing half-imported."""

from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

import pytest
from cost_files import write_csv, write_xlsx
from openpyxl import load_workbook

from executrek.app.cli import main
from executrek.app.interop.cost_sheets import MAX_PROBLEMS
from executrek.models.migrate import open_store
from executrek.models.records.cost import commitments, queries
from executrek.models.services import projects

BUDGET = [
    ["Cost code", "Description", "Budget", "Category", "Funding"],
    ["03", "Concrete", "", "", ""],
    ["03 30 00", "Cast-in-place concrete", "1,250,000.00", "", "Equity"],
    ["05 12 00", "Structural steel", "$800,000", "hard", "Construction loan"],
    ["S10", "Architect and engineers", "310,000.50", "design fees", "Equity"],
    ["S90", "Owner's contingency", "150,000.00", "", ""],
    ["", "Total", "2,510,000.50", "", ""],
]
SOV = [
    ["Item", "Description of work", "Scheduled value", "Cost code", "Activity codes"],
    ["1", "Foundations", "600,000.00", "03 30 00", "A1000, A1010"],
    ["2", "Frame", "400,000.00", "05 12 00", "A2000"],
]


@pytest.fixture
def data(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    store = open_store(folder)
    try:
        projects.ensure_user(store, "rep", "Rep")
        project = projects.create_project(
            store, projects.NewProject(code="HOSP", name="Hospital", owner_name="Trust")
        ).value
        org = projects.add_organisation(store, project.id, "Nordbau GmbH", "general_contractor")
        commitments.create_commitment(
            store,
            project.id,
            commitment_type="contract",
            title="Main works",
            contractor_id=org.value.id,
            original_value=Decimal("1000000.00"),
        )
    finally:
        store.close()
    return folder


def run(capsys: pytest.CaptureFixture[str], data: Path, *args: str) -> tuple[int, str, str]:
    code = main([*args, "--data-dir", str(data)])
    out = capsys.readouterr()
    return code, out.out, out.err


def csv_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def test_import_budget_then_export_it_as_csv_and_xlsx(
    capsys: pytest.CaptureFixture[str], data: Path, tmp_path: Path
) -> None:
    source = write_xlsx(tmp_path / "budget.xlsx", BUDGET)
    code, out, err = run(
        capsys, data, "import", "budget", "--project", "HOSP", str(source), "--standard", "csi"
    )
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "note: Left out as totals: row 7.",
        "budget.xlsx: 4 budget line(s) added, 0 updated; 44 cost code(s) added, 0 kept.",
    ]  # 35 divisions + 7 soft-cost codes + 03 30 00 and 05 12 00

    out_csv = tmp_path / "out.csv"
    code, out, err = run(capsys, data, "export", "budget", "--project", "HOSP", "-o", str(out_csv))
    assert (code, err) == (0, "")
    assert out.strip() == f"4 record(s) written to {out_csv} (CSV)."
    rows = csv_rows(out_csv)
    assert [(r["Cost code"], r["Title"], r["Original budget"], r["Category"]) for r in rows] == [
        ("03 30 00", "Cast-in-place concrete", "1250000.00", "Construction"),
        ("05 12 00", "Structural steel", "800000.00", "Construction"),
        ("S10", "Architect and engineers", "310000.50", "Design"),
        ("S90", "Owner's contingency", "150000.00", "Contingency"),
    ]
    assert rows[0]["Cost code name"] == "Cast-in-place concrete"
    assert rows[2]["Cost code name"] == "Design and professional fees"
    assert rows[1]["Funding"] == "Construction loan"
    assert {r["Currency"] for r in rows} == {"USD"}
    assert rows[0]["Approved budget"] == rows[0]["Estimate at completion"] == "1250000.00"

    out_xlsx = tmp_path / "out.xlsx"
    code, _, err = run(
        capsys,
        data,
        "export",
        "budget",
        "--project",
        "HOSP",
        "--format",
        "xlsx",
        "-o",
        str(out_xlsx),
    )
    assert (code, err) == (0, "")
    sheet = load_workbook(out_xlsx).worksheets[0]
    header = [c.value for c in sheet[1]]
    values = [
        dict(zip(header, (c.value for c in row), strict=True)) for row in sheet.iter_rows(min_row=2)
    ]
    assert [v["Original budget"] for v in values] == [1250000, 800000, 310000.5, 150000]
    assert sheet.cell(row=2, column=header.index("Original budget") + 1).number_format == "#,##0.00"

    # the export imports back: nothing new, nothing changed
    code, out, _ = run(capsys, data, "import", "budget", "--project", "HOSP", str(out_csv))
    assert code == 0
    assert (
        out.strip() == "out.csv: 0 budget line(s) added, 0 updated; 0 cost code(s) added, 4 kept."
    )


def test_import_sov_into_a_draft_commitment(
    capsys: pytest.CaptureFixture[str], data: Path, tmp_path: Path
) -> None:
    budget = write_csv(tmp_path / "budget.csv", BUDGET)
    assert run(capsys, data, "import", "budget", "--project", "HOSP", str(budget))[0] == 0
    sov = write_csv(tmp_path / "sov.csv", SOV)
    code, out, err = run(
        capsys, data, "import", "sov", "--project", "HOSP", "--commitment", "sc-001", str(sov)
    )
    assert (code, err) == (0, "")
    assert out.strip() == "sov.csv: 2 line(s) added to the schedule of values of SC-001, 0 updated."
    store = open_store(data)
    try:
        with store.read() as s:
            project = projects.find_project(store, "HOSP")
            (found,) = queries.list_commitments(s, project.id)
            lines = queries.sov_of(s, found.id)
    finally:
        store.close()
    assert [(x.item, x.scheduled_value, x.cost_code, x.activity_codes) for x in lines] == [
        ("1", Decimal("600000.00"), "03 30 00", ("A1000", "A1010")),
        ("2", Decimal("400000.00"), "05 12 00", ("A2000",)),
    ]
    out_csv = tmp_path / "commitments.csv"
    code, _, err = run(
        capsys, data, "export", "commitments", "--project", "HOSP", "-o", str(out_csv)
    )
    assert (code, err) == (0, "")
    (row,) = csv_rows(out_csv)
    assert (row["Number"], row["Status"], row["Contract sum to date"], row["Currency"]) == (
        "SC-001",
        "Draft",
        "1000000.00",
        "USD",
    )


def test_a_bad_budget_prints_every_row_and_loads_nothing(
    capsys: pytest.CaptureFixture[str], data: Path, tmp_path: Path
) -> None:
    rows = [
        *BUDGET[:3],
        ["05 12 00", "Steel", "€800,000", "", ""],
        ["S10", "Fees", "(10.00)", "", ""],
    ]
    source = write_csv(tmp_path / "budget.csv", rows)
    code, out, err = run(
        capsys, data, "import", "budget", "--project", "HOSP", str(source), "--standard", "csi"
    )
    assert (code, err) == (1, "")
    assert out.splitlines() == [
        "rejected: Row 4, Budget: “€800,000” is in EUR, but the project's currency is USD",
        "rejected: Row 5, Budget: “(10.00)” is negative; the amount cannot be below zero here",
        "budget.csv: nothing was imported; 2 row(s) have problems.",
    ]
    out_csv = tmp_path / "out.csv"
    assert run(capsys, data, "export", "budget", "--project", "HOSP", "-o", str(out_csv))[0] == 0
    assert csv_rows(out_csv) == []


def test_a_budget_with_many_bad_rows_lists_the_first_and_counts_the_rest(
    capsys: pytest.CaptureFixture[str], data: Path, tmp_path: Path
) -> None:
    bad = [[f"S{n:02d}", f"Fee {n}", "(10.00)", "", ""] for n in range(MAX_PROBLEMS + 3)]
    source = write_csv(tmp_path / "budget.csv", [BUDGET[0], *bad])
    code, out, err = run(capsys, data, "import", "budget", "--project", "HOSP", str(source))
    assert (code, err) == (1, "")
    lines = out.splitlines()
    assert len([line for line in lines if line.startswith("rejected: Row ")]) == MAX_PROBLEMS
    assert lines[-2:] == [
        "rejected: … 3 more",
        f"budget.csv: nothing was imported; {MAX_PROBLEMS + 3} row(s) have problems.",
    ]


def test_a_missing_column_or_a_wrong_option_is_one_line(
    capsys: pytest.CaptureFixture[str], data: Path, tmp_path: Path
) -> None:
    source = write_csv(tmp_path / "b.csv", [["Code", "Title"], ["03", "Concrete"]])
    code, out, err = run(capsys, data, "import", "budget", "--project", "HOSP", str(source))
    assert (code, out) == (1, "")
    assert err == (
        "executrek: “b.csv” has no Amount column (a column headed Original budget, Original "
        "amount or Budget); the budget needs one.\n"
    )
    cases = [
        (("sov", str(source)), "--commitment SC-001"),
        (("sov", "--commitment", "RSK-001", str(source)), "There is no record RSK-001"),
        (("sov", "--commitment", "SC-001", str(source), "--standard", "csi"), "--standard is for"),
        (("budget", "--commitment", "SC-001", str(source)), "--commitment is for"),
        (("punch", "--decimal", "comma", str(source)), "--decimal and --sheet are for"),
        (("budget", str(source), "--standard", "uniclass"), "Name the Uniclass 2015 table"),
        (("budget", str(source), "--standard", "nrm"), "--standard takes csi, or uniclass"),
    ]
    for args, words in cases:
        code, out, err = run(capsys, data, "import", *args[:1], "--project", "HOSP", *args[1:])
        assert code == 1, args
        assert words in err and err.count("\n") == 1, err


def test_cost_lists_export_with_a_status_filter_only(
    capsys: pytest.CaptureFixture[str], data: Path, tmp_path: Path
) -> None:
    for kind in ("budget-transfers", "pay-applications", "commitments"):
        out = tmp_path / f"{kind}.xlsx"
        code, _, err = run(capsys, data, "export", kind, "--project", "HOSP", "-o", str(out))
        assert (code, err) == (0, "")
        assert "Currency" in [c.value for c in load_workbook(out).worksheets[0][1]]
    out = tmp_path / "c.csv"
    code, text, _ = run(
        capsys,
        data,
        "export",
        "commitments",
        "--project",
        "HOSP",
        "--status",
        "executed",
        "-o",
        str(out),
    )
    assert code == 0 and "0 record(s)" in text and csv_rows(out) == []
    code, _, err = run(
        capsys,
        data,
        "export",
        "commitments",
        "--project",
        "HOSP",
        "--status",
        "paid",
        "-o",
        str(out),
    )
    assert code == 1
    assert err.startswith("executrek: “paid” is not a status of commitments; use one of: draft")
    code, _, err = run(
        capsys, data, "export", "budget", "--project", "HOSP", "--contractor", "X", "-o", str(out)
    )
    assert (code, err) == (1, "executrek: The budget list is filtered by status only (--status).\n")
