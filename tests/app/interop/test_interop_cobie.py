from __future__ import annotations

import zipfile
from pathlib import Path

import openpyxl
import pytest

from executrek.app.interop.cobie import preview_cobie, read_cobie
from executrek.app.interop.errors import InteropError

DUPLEX = "cobie/duplex_apartment"


def test_duplex_handover_imports_completely(interop_data: Path) -> None:
    book = read_cobie(interop_data / DUPLEX / "2012-03-23-Duplex-Handover.xlsx")
    assert book.warnings == ()
    assert book.facility.name == "DuplexApartment"
    assert book.facility.project_name == "1"
    assert book.facility.site_name == "Duplex Apartment"
    assert [floor.name for floor in book.floors] == ["Level 1", "Level 2", "Roof", "T/FDN"]
    assert [len(floor.spaces) for floor in book.floors] == [11, 10, 1, 0]
    assert [floor.elevation for floor in book.floors] == [0.0, 3.1, 6.0, -1.25]
    assert len(book.spaces) == 22
    assert len(book.components) == 232
    assert len(book.types) == 43
    assert [(zone.name, len(zone.space_names)) for zone in book.zones] == [
        ("Apartment A", 10),
        ("Apartment B", 10),
    ]
    space = book.spaces[0]
    assert (space.name, space.description, space.floor_name) == ("A104", "Bathroom 1", "Level 1")
    assert space.room_tag is None  # "n/a" in the workbook
    assert space.external_id == "0BTBFw6f90Nfh9rP1dlXru"
    assert space.zones == ("Apartment A",)
    door = next(c for c in book.components if len(c.space_names) == 2)
    assert all(name in {s.name for s in book.spaces} for name in door.space_names)
    boiler = next(c for c in book.components if c.name == "Boiler-1")
    assert (boiler.type_name, boiler.space_names, boiler.serial_number) == (
        "Boiler",
        ("B205",),
        "357N82HJ",
    )
    assert {c.type_name for c in book.components} <= {t.name for t in book.types}
    paths = book.location_paths()
    assert paths[0] == ("DuplexApartment",)
    assert ("DuplexApartment", "Level 2", "B205") in paths
    assert len(paths) == 1 + 4 + 22


def test_design_workbook_placeholders_are_empty(interop_data: Path) -> None:
    book = read_cobie(interop_data / DUPLEX / "2012-03-23-Duplex-Design.xlsx")
    assert (len(book.floors), len(book.spaces), len(book.components)) == (4, 22, 232)
    microwave = book.types[0]
    assert microwave.name == "Appliance - Microwave"
    assert (microwave.manufacturer, microwave.model_number) == (
        None,
        None,
    )  # the cells repeat the header
    assert book.components[0].serial_number is None


def test_preview_and_locations_only(interop_data: Path) -> None:
    path = interop_data / DUPLEX / "2012-03-23-Duplex-Handover.xlsx"
    shown = preview_cobie(path)
    assert (
        shown.floor_count,
        shown.space_count,
        shown.component_count,
        shown.type_count,
        shown.zone_count,
    ) == (
        4,
        22,
        232,
        43,
        2,
    )
    assert shown.floor_names == ("Level 1", "Level 2", "Roof", "T/FDN")
    assert "PickLists" in shown.sheets
    assert read_cobie(path, include_components=False).components == ()


def sheet(workbook: openpyxl.Workbook, title: str, rows: list[list[object]]) -> None:
    worksheet = workbook.create_sheet(title)
    for row in rows:
        worksheet.append(row)


def test_minimal_workbook_with_missing_sheets_and_odd_values(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    default = workbook.active
    assert default is not None
    workbook.remove(default)
    sheet(workbook, "Instruction", [["This is COBie"]])
    sheet(workbook, "Floors", [
        ["Name", "Category", "Elevation", "Description", "My Extra Column"],
        ["Ground", "Floor", 0, "n/a", "whatever"],
        ["Ground", "Floor", 0, "dup", ""],
        [None, None, None, None, None],
        ["Level 1", "Floor", "3.5", "N/A", "x"],
    ])  # fmt: skip
    sheet(workbook, "Space", [
        ["Name", "FloorName", "Description", "Category"],
        ["G01", "Ground", "Lobby", "n/a"],
        ["101", "Level 1", "Office", "Office"],
        ["B01", "Basement", "Plant", None],
        ["n/a", "Ground", "placeholder row", None],
    ])  # fmt: skip
    path = tmp_path / "small.xlsx"
    workbook.save(path)
    book = read_cobie(path)
    assert book.facility.name == "small"
    assert [floor.name for floor in book.floors] == ["Ground", "Level 1", "Basement"]
    assert book.floors[0].description is None
    assert book.floors[1].elevation == 3.5
    assert [space.name for space in book.spaces] == ["G01", "101", "B01"]
    assert book.spaces[0].category is None
    assert book.zones == ()
    assert book.types == ()
    assert book.components == ()
    assert len(book.warnings) == 3
    assert any("Facility" in warning for warning in book.warnings)
    assert any("“Ground” more than once" in warning for warning in book.warnings)
    assert any("“Basement”" in warning for warning in book.warnings)


def test_not_cobie(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    workbook.save(tmp_path / "plain.xlsx")
    with pytest.raises(InteropError, match="neither a Floor nor a Space sheet"):
        read_cobie(tmp_path / "plain.xlsx")
    (tmp_path / "old.xls").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512)
    with pytest.raises(InteropError, match=r"\.xls"):
        read_cobie(tmp_path / "old.xls")
    (tmp_path / "text.xlsx").write_text("Name,FloorName\n")
    with pytest.raises(InteropError, match="not a readable ZIP archive"):
        read_cobie(tmp_path / "text.xlsx")
    with zipfile.ZipFile(tmp_path / "zip.xlsx", "w") as package:
        package.writestr("../../evil", b"x")
    with pytest.raises(InteropError, match="unsafe entry"):
        read_cobie(tmp_path / "zip.xlsx")
    with pytest.raises(InteropError, match="does not exist"):
        read_cobie(tmp_path / "missing.xlsx")
