"""Standard cost-code lists: the CSI MasterFormat 2016 divisions with their hard/soft
defaults, where a code of a budget file sits in the tree, and the Uniclass 2015 tables
of the shared corpus (skipped when the corpus is absent; CI has it)."""

from __future__ import annotations

from pathlib import Path

import pytest
from cost_files import write_xlsx

from executrek.app.interop.cost_codes import (
    CSI_DIVISIONS,
    SOFT_COSTS,
    csi_codes,
    default_category,
    infer_parent,
    read_uniclass,
    with_parents,
)
from executrek.app.interop.errors import InteropError
from executrek.models.records.cost.rows import CodeRow
from executrek.models.records.cost.vocab import CostCategory


def test_csi_divisions_are_the_fifty_of_masterformat_2016() -> None:
    assert [d.code for d in CSI_DIVISIONS] == [f"{n:02}" for n in range(50)]
    titles = {d.code: d.name for d in CSI_DIVISIONS}
    assert titles["00"] == "Procurement and Contracting Requirements"
    assert titles["03"] == "Concrete"
    assert titles["06"] == "Wood, Plastics, and Composites"
    assert titles["23"] == "Heating, Ventilating, and Air Conditioning (HVAC)"
    assert titles["28"] == "Electronic Safety and Security"
    assert titles["40"] == "Process Interconnections"
    assert titles["48"] == "Electrical Power Generation"
    reserved = [d.code for d in CSI_DIVISIONS if d.category is None]
    assert reserved == ["15", "16", "17", "18", "19", "20", "24", "29", "30", "36", "37",
                        "38", "39", "47", "49"]  # fmt: skip


def test_a_projects_csi_list_has_the_divisions_in_use_and_the_soft_costs() -> None:
    codes = csi_codes()
    assert len(codes) == 35 + len(SOFT_COSTS)
    assert all(c.parent_code is None for c in codes)
    assert "15" not in {c.code for c in codes}
    assert len(csi_codes(include_reserved=True, soft_costs=False)) == 50
    soft = {c.code: c.category for c in SOFT_COSTS}
    assert set(soft.values()) >= {
        CostCategory.DESIGN,
        CostCategory.PERMITS,
        CostCategory.FFE,
        CostCategory.CONTINGENCY,
        CostCategory.PMO,
    }


@pytest.mark.parametrize(
    ("code", "category"),
    [
        ("03 30 00", CostCategory.CONSTRUCTION),
        ("033000", CostCategory.CONSTRUCTION),
        ("01", CostCategory.CONSTRUCTION),
        ("00 73 16", CostCategory.OTHER),  # procurement and contracting: soft
        ("S10", CostCategory.DESIGN),
        ("S10.2", CostCategory.DESIGN),
        ("S90-01", CostCategory.CONTINGENCY),
        ("EF_20_10", CostCategory.CONSTRUCTION),  # not a CSI code: a hard cost
    ],
)
def test_default_category_follows_the_division(code: str, category: CostCategory) -> None:
    assert default_category(code) is category


def test_a_code_goes_under_the_longest_known_code_starting_it() -> None:
    known = {"03", "03 30", "1.2", "Ss_25", "Ss_25_10"}
    assert infer_parent("03 30 00", known) == "03 30"
    assert infer_parent("03 40 00", known) == "03"
    assert infer_parent("033000", known) == "03"
    assert infer_parent("1.2.3", known) == "1.2"
    assert infer_parent("Ss_25_10_30", known) == "Ss_25_10"
    assert infer_parent("03", known) is None
    assert infer_parent("0330", known) is None  # not a part boundary
    rows = with_parents([CodeRow("05", "Metals"), CodeRow("05 12 00", "Steel"),
                         CodeRow("05 50 00", "Fabrications", "03")])  # fmt: skip
    assert [r.parent_code for r in rows] == [None, "05", "03"]  # a given parent is kept


# --- Uniclass 2015 ---------------------------------------------------------------------------
@pytest.fixture
def uniclass(shared_testdata: Path) -> Path:
    return shared_testdata / "interop" / "uniclass2015"


def test_uniclass_systems_table_makes_a_tree(uniclass: Path) -> None:
    rows = read_uniclass(uniclass / "Uniclass2015_Ss.csv")
    assert len(rows) == 2415
    codes = {r.code: r for r in rows}
    assert codes["Ss_15_10_30_25"].name == "Earthworks excavating systems"
    assert codes["Ss_15_10_30_25"].parent_code == "Ss_15_10_30"
    assert codes["Ss_15"].parent_code is None
    for row in rows:
        if row.parent_code is None:
            assert row.code.count("_") == 1
        else:
            assert row.code.rsplit("_", 1)[0] == row.parent_code
            assert row.parent_code in codes
    assert all(r.name == r.name.strip() for r in rows)  # "Moving walkway systems " too


def test_uniclass_folder_reads_the_elements_table(uniclass: Path) -> None:
    rows = read_uniclass(uniclass)
    assert rows[0] == CodeRow("EF_15", "Earthworks and remediation", None, 2)
    assert all(r.code.startswith("EF_") for r in rows)


def test_a_file_that_is_not_a_uniclass_table_is_refused(uniclass: Path, tmp_path: Path) -> None:
    with pytest.raises(InteropError, match="is not a Uniclass 2015 table: no code like"):
        read_uniclass(uniclass / "Uniclass2015_Tables.csv")  # table names, not codes
    other = tmp_path / "codes.csv"
    other.write_text("Number,Name\n1,A\n", encoding="utf-8")
    with pytest.raises(InteropError, match="no header row with the columns Code and Title"):
        read_uniclass(other)
    with pytest.raises(InteropError, match="holds no Uniclass 2015 table EF"):
        read_uniclass(tmp_path)


def test_nbs_workbook_with_a_title_block_reads_too(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Uniclass 2015 - Elements/functions"],
        ["Version 1.10"],
        ["Code", "Group", "Sub group", "Section", "Object", "Title"],
        ["EF_20", "20", None, None, None, "Structural elements"],
        ["EF_20_10", "20", "10", None, None, "Foundations"],
        ["EF_20_10_30", "20", "10", "30", None, "Pile foundations"],
    ]
    found = read_uniclass(write_xlsx(tmp_path / "Uniclass2015_EF_v1_10.xlsx", rows))
    assert [(r.code, r.parent_code) for r in found] == [
        ("EF_20", None),
        ("EF_20_10", "EF_20"),
        ("EF_20_10_30", "EF_20_10"),
    ]
