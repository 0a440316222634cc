from __future__ import annotations

import codecs
import csv
import io
import zipfile
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from openpyxl.chart import BarChart, Reference

from executrek.app.interop.dates import DateOrder
from executrek.app.interop.errors import InteropError
from executrek.app.interop.limits import TableLimits
from executrek.app.interop.punch_table import (
    Layout,
    PunchField,
    PunchPriority,
    PunchStatus,
    header_signature,
    mapping_from_json,
    mapping_to_json,
    preview,
    read_punch_table,
    validate,
)


def write_csv(
    path: Path, rows: list[list[str]], *, encoding: str = "utf-8", delimiter: str = ","
) -> Path:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def vendor_headers(interop_data: Path, variant: str) -> list[str]:
    with (interop_data / "vendor_headers" / "procore_punch_list_import_headers.csv").open(
        encoding="utf-8"
    ) as handle:
        rows = [row for row in csv.DictReader(handle) if row["variant"] == variant]
    return [row["header"] for row in sorted(rows, key=lambda row: int(row["column_order"]))]


# --- layouts -------------------------------------------------------------------------


def test_procore_punch_template_is_recognised(tmp_path: Path, interop_data: Path) -> None:
    headers = vendor_headers(interop_data, "procore_request_import_template")
    assert headers[:2] == ["Item Name", "Punch Item #"]
    values = {
        "Item Name": "Touch up paint at door frame",
        "Punch Item #": "12",
        "Due Date": "04/25/2026",
        "Location": "Building A > Level 2 > Room 201",
        "Cost Code": "09-900",
        "Priority": "High",
        "Reference": "PR-0012",
        "Created By": "Jane Owner",
        "Description": "Scuffs on the hinge side",
        "Assigned": "Bob Painter",
        "Comments": "Before turnover",
    }
    path = write_csv(
        tmp_path / "procore.csv", [headers, [values.get(header, "") for header in headers]]
    )
    shown = preview(path)
    assert shown.layout is Layout.PROCORE
    assert shown.total == 1
    assert shown.missing_fields == ()
    [result] = validate(shown.rows, shown.mapping)
    assert result.ok, result.reason
    record = result.values
    assert record is not None
    assert record.title == "Touch up paint at door frame"
    assert record.number == "12"
    assert record.location == ("Building A", "Level 2", "Room 201")
    assert record.location_path == "Building A > Level 2 > Room 201"
    assert record.priority is PunchPriority.HIGH
    assert record.due_date == date(2026, 4, 25)
    assert (record.created_by, record.assignee, record.external_id) == (
        "Jane Owner",
        "Bob Painter",
        "PR-0012",
    )
    assert record.description == "Scuffs on the hinge side"
    assert dict(record.extra) == {"Cost Code": "09-900", "Comments": "Before turnover"}


def test_procore_deficiency_template_is_recognised_from_xlsx(
    tmp_path: Path, interop_data: Path
) -> None:
    headers = vendor_headers(interop_data, "procore_imports_app_template_en_CA")
    assert "Deficiency Item #" in headers
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(
        [header + ("*" if header in ("Item Name", "Created By") else "") for header in headers]
    )
    row = {
        "Item Name": "Missing firestop at sleeve",
        "Deficiency Item #": 7,
        "Deficiency Item Manager": "Priya PM",
        "Created By": "Owner Rep",
        "Assigned To": "Sam Sprinkler",
        "Final Approver": "Fire Marshal",
        "Location": "Tower > P1",
        "Trade": "Fire Protection",
        "Due Date": date(2026, 5, 1),
        "Priority": "Medium",
    }
    sheet.append([row.get(header) for header in headers])
    workbook.save(tmp_path / "deficiency.xlsx")
    table = read_punch_table(tmp_path / "deficiency.xlsx")
    assert table.layout is Layout.PROCORE_DEFICIENCY
    assert table.source.file_format == "xlsx"
    [result] = validate(table.rows, table.mapping)
    assert result.ok, result.reason
    record = result.values
    assert record is not None
    assert (record.title, record.number, record.manager, record.final_approver) == (
        "Missing firestop at sleeve",
        "7",
        "Priya PM",
        "Fire Marshal",
    )
    assert (record.trade, record.assignee, record.due_date) == (
        "Fire Protection",
        "Sam Sprinkler",
        date(2026, 5, 1),
    )
    assert record.location == ("Tower", "P1")


def fieldwire_export(path: Path) -> Path:
    """UTF-16 LE with BOM, tab separated, three preamble rows, 100+ columns (README facts)."""
    headers = [
        "ID",
        "Title",
        "Status",
        "Category",
        "Assignee",
        "Start date",
        "End date",
        "Plan",
        "Sheet",
        "Team",
    ]
    headers += ["Location Tier 1", "Location Tier 2", "Location Tier 3"]
    headers += [f"Custom {n}" for n in range(13, 35)]
    headers += ["Created", "Created by", "Completed", "Verified", "Last updated", "Tag", "Tag"]
    headers += [f"Checklist item {n}" for n in range(1, 70)]

    def row(values: dict[str, str]) -> list[str]:
        cells = [values.get(header, "") for header in headers]
        cells[-1] = "Yes: Active (HBA) - 2026-01-12"
        return cells

    rows = [
        ["Generated with Fieldwire"],
        ["Samsung Fab – Phase 2"],
        ["Exported on 2026-01-13"],
        headers,
        row({"ID": "101", "Title": "Patch drywall", "Status": "Priority 1", "Category": "Drywall",
             "Assignee": "Ana", "End date": "2026-02-01", "Location Tier 1": "Building A",
             "Location Tier 2": "Level 2", "Location Tier 3": "Room 201", "Created": "2026-01-05",
             "Plan": "A-201"}),
        row({"ID": "102", "Title": "Paint", "Status": "Completed", "Category": "Paint",
             "Location Tier 1": "Building A", "Created": "2026-01-06"}),
        row({"ID": "103", "Title": "Re-hang door", "Status": "Verified", "Created": "2026-01-07"}),
    ]  # fmt: skip
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter="\t", lineterminator="\r\n").writerows(rows)
    path.write_bytes(codecs.BOM_UTF16_LE + buffer.getvalue().encode("utf-16-le"))
    return path


def test_fieldwire_task_export(tmp_path: Path) -> None:
    path = fieldwire_export(tmp_path / "tasks.csv")  # a .csv name, tab-separated content
    shown = preview(path)
    assert shown.layout is Layout.FIELDWIRE
    assert shown.header_row_number == 4
    assert (shown.source.encoding, shown.source.delimiter, shown.source.file_format) == (
        "utf-16-le",
        "\t",
        "tsv",
    )
    assert len(shown.headers) > 100
    assert shown.mapping.columns_for(PunchField.LOCATION) == (10, 11, 12)
    results = validate(read_punch_table(path).rows, shown.mapping)
    assert [result.row_number for result in results] == [5, 6, 7]
    assert all(result.ok for result in results), [result.reason for result in results]
    first, second, third = (result.values for result in results)
    assert first is not None
    assert second is not None
    assert third is not None
    assert first.number == "101"
    assert first.location == ("Building A", "Level 2", "Room 201")
    assert (first.status, first.priority) == (PunchStatus.OPEN, PunchPriority.HIGH)
    assert (first.trade, first.assignee, first.due_date) == ("Drywall", "Ana", date(2026, 2, 1))
    assert first.created_date == date(2026, 1, 5)
    assert first.extra["Plan"] == "A-201"
    assert second.status is PunchStatus.READY_FOR_REVIEW
    assert third.status is PunchStatus.CLOSED


# --- validation ------------------------------------------------------------------------


def test_row_reasons_name_the_row_and_the_value(tmp_path: Path) -> None:
    rows = [
        ["Number", "Title", "Due Date", "Status", "Priority"],
        ["1", "Ceiling tile stained", "15/03/2026", "Open", "Low"],  # row 2
        ["2", "Door closer", "16/03/2026", "open", "medium"],
        ["3", "Caulk tub", "", "Ready for review", ""],
        ["4", "Outlet cover", "", "Closed", "urgent"],
        ["5", "Exit sign", "", "", ""],
        ["6", "Handrail", "31/02/2026", "Open", ""],  # row 7
        ["7", "Grout", "", "In limbo", "whenever"],  # row 8
        ["8", "", "20/03/2026", "Open", ""],  # row 9
        ["2", "Door closer again", "", "", ""],  # row 10
    ]
    path = write_csv(tmp_path / "punch.csv", rows)
    shown = preview(path)
    assert shown.date_orders[PunchField.DUE_DATE] is DateOrder.DAY_FIRST
    assert shown.unknown.statuses == ("In limbo",)
    assert shown.unknown.priorities == ("whenever",)
    results = {
        result.row_number: result for result in validate(read_punch_table(path).rows, shown.mapping)
    }
    assert [number for number, result in results.items() if result.ok] == [2, 3, 4, 5, 6]
    assert results[7].reason == "row 7: due date '31/02/2026' is not a date"
    assert results[9].reason == "row 9: title is empty"
    assert results[8].problems == (
        "row 8: status 'In limbo' is not known; map it to one of: draft, open, ready_for_review, rejected, closed, void",
        "row 8: priority 'whenever' is not known; map it to one of: low, medium, high, critical",
    )
    assert results[10].reason == "row 10: number '2' is already used on row 3"
    assert results[5].values is not None
    assert results[5].values.priority is PunchPriority.CRITICAL
    assert results[2].values is not None
    assert results[2].values.due_date == date(2026, 3, 15)
    assert results[7].values is None


def test_user_value_mapping_fixes_unknown_words(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "p.csv", [["Title", "Status"], ["A", "In limbo"], ["B", "Work Required"]]
    )
    table = read_punch_table(path)
    mapping = table.mapping.with_status_value("in  LIMBO", PunchStatus.VOID)
    results = validate(table.rows, mapping)
    assert [r.values.status for r in results if r.values] == [PunchStatus.VOID, PunchStatus.OPEN]


def test_ambiguous_dates_are_reported_until_an_order_is_chosen(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "p.csv", [["Title", "Due"], ["A", "03/04/2026"], ["B", "05/06/26"]])
    table = read_punch_table(path)
    results = validate(table.rows, table.mapping)
    assert results[0].reason == (
        "row 2: due date '03/04/2026' could be day-first or month-first; choose the date order"
    )
    day_first = validate(table.rows, table.mapping.with_date_order(DateOrder.DAY_FIRST))
    assert [r.values.due_date for r in day_first if r.values] == [
        date(2026, 4, 3),
        date(2026, 6, 5),
    ]
    month_first = validate(table.rows, table.mapping.with_date_order(DateOrder.MONTH_FIRST))
    assert [r.values.due_date for r in month_first if r.values] == [
        date(2026, 3, 4),
        date(2026, 5, 6),
    ]


def test_one_unambiguous_value_settles_the_column(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "p.csv", [["Title", "Created"], ["A", "03/04/2026"], ["B", "4/25/2026 9:15 AM"]]
    )
    table = read_punch_table(path)
    results = validate(table.rows, table.mapping)
    assert [r.values.created_date for r in results if r.values] == [
        date(2026, 3, 4),
        date(2026, 4, 25),
    ]


def test_manual_mapping_and_saved_json(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "p.csv", [["Item", "Where", "Sub", "Notes"], ["Fix", "L2 > 201", "Acme", "x"]]
    )
    table = read_punch_table(path)
    assert table.layout is Layout.GENERIC
    mapping = (
        table.mapping.with_columns(PunchField.LOCATION, 1)
        .with_columns(PunchField.RESPONSIBLE_CONTRACTOR, 2)
        .with_date_order(DateOrder.MONTH_FIRST)
        .with_priority_value("asap", PunchPriority.CRITICAL)
    )
    assert mapping.columns_for(PunchField.TITLE) == (0,)
    assert mapping.columns_for(PunchField.DESCRIPTION) == (3,)
    moved = mapping.with_columns(PunchField.TITLE, 3)  # the Notes column now feeds the title
    assert moved.columns_for(PunchField.DESCRIPTION) == ()
    assert moved.columns_for(PunchField.TITLE) == (3,)

    saved = mapping_to_json(mapping)
    restored = mapping_from_json(saved, table.headers)
    assert restored == mapping
    assert restored.signature == header_signature(["item", " WHERE ", "Sub*", "notes"])
    assert restored.signature != header_signature(["Item", "Where", "Sub"])
    [result] = validate(table.rows, restored)
    assert result.values is not None
    assert (result.values.location, result.values.responsible_contractor) == (("L2", "201"), "Acme")
    with pytest.raises(InteropError, match="does not have"):
        mapping_from_json(saved, ["Item", "Notes"])
    with pytest.raises(InteropError, match="cannot be read"):
        mapping_from_json("{not json", table.headers)
    with pytest.raises(InteropError, match="cannot be read"):
        mapping_from_json('{"version": 1, "columns": {"colour": ["Item"]}}', table.headers)
    with pytest.raises(InteropError, match="other columns"):
        read_punch_table(write_csv(tmp_path / "q.csv", [["Title"], ["x"]]), mapping=mapping)
    assert read_punch_table(path, mapping=restored).mapping is restored


def test_real_chicago_export(interop_data: Path) -> None:
    """Real municipal inspection records: prose, commas in quotes, m/d/yy dates."""
    path = interop_data / "chicago_building_violations_sample.csv"
    table = read_punch_table(path)
    assert table.header_row_number == 1
    assert len(table.rows) == 13
    assert table.mapping.missing_required() == (PunchField.TITLE,)
    with pytest.raises(InteropError, match="Choose a column for: title"):
        validate(table.rows, table.mapping)
    headers = list(table.headers)
    mapping = (
        table.mapping.with_columns(PunchField.TITLE, headers.index("VIOLATION DESCRIPTION"))
        .with_columns(PunchField.DESCRIPTION, headers.index("VIOLATION INSPECTOR COMMENTS"))
        .with_columns(PunchField.CREATED_DATE, headers.index("VIOLATION DATE"))
        .with_columns(PunchField.EXTERNAL_ID, headers.index("ID"))
    )
    results = validate(table.rows, mapping)
    assert len(results) == 13
    assert all(result.ok for result in results), [
        result.reason for result in results if not result.ok
    ]
    first = results[0].values
    assert first is not None
    assert (first.title, first.external_id, first.created_date) == (
        "REPAIR SCREENS",
        "7042433",
        date(2023, 9, 16),
    )
    assert first.status is PunchStatus.OPEN
    assert "MISSING OR TORN SCREENS" in (first.description or "")
    assert first.extra["ADDRESS"] == "2 S MAYFIELD AVE"


# --- spreadsheets ------------------------------------------------------------------------


def _inject_cached_value(path: Path, cell: str, value: str) -> None:
    """Give one formula cell the result Excel would have saved (openpyxl never calculates)."""
    with zipfile.ZipFile(path) as package:
        members = {info.filename: package.read(info.filename) for info in package.infolist()}
    sheet = members["xl/worksheets/sheet1.xml"].decode()
    start = sheet.index(f'<c r="{cell}"')
    end = sheet.index("</c>", start) + len("</c>")
    formula = sheet[sheet.index("<f>", start) : sheet.index("</f>", start) + len("</f>")]
    members["xl/worksheets/sheet1.xml"] = (
        sheet[:start] + f'<c r="{cell}" t="str">{formula}<v>{value}</v></c>' + sheet[end:]
    ).encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        for name, data in members.items():
            package.writestr(name, data)


def test_xlsx_formulas_and_merged_cells(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Punch"
    sheet["A1"] = "Level 2 punch walk – 2026-03-02"
    sheet.merge_cells("A1:E1")
    sheet.append(["Number", "Title", "Location", "Due Date", "Priority"])
    sheet.append([1, "fix door", "Building A > Level 2", date(2026, 3, 20), "High"])
    sheet.append([2, "=UPPER(B3)", None, 46102, "High"])  # cached result injected below
    sheet.append([3, '=B3&" again"', None, "2026-03-22", None])  # never calculated
    sheet.append([None, None, None, None, None])
    sheet.append([5, "Paint touch-up", "Building B", None, None])
    sheet.merge_cells("C3:C5")  # one location for three rows
    sheet.merge_cells("E3:E4")
    path = tmp_path / "walk.xlsx"
    workbook.save(path)
    _inject_cached_value(path, "B4", "FIX DOOR")

    shown = preview(path)
    assert shown.header_row_number == 2
    assert shown.source.sheet == "Punch"
    assert shown.total == 4
    assert any(
        "formula cells" in warning and "no saved result" in warning for warning in shown.warnings
    )
    results = {result.row_number: result for result in validate(shown.rows, shown.mapping)}
    row3, row4, row7 = results[3].values, results[4].values, results[7].values
    assert row3 is not None
    assert row4 is not None
    assert row7 is not None
    assert row4.title == "FIX DOOR"
    assert row4.location == ("Building A", "Level 2")
    assert row4.due_date == date(2026, 3, 21)  # an unformatted serial number
    assert row4.priority is PunchPriority.HIGH
    assert row3.due_date == date(2026, 3, 20)
    assert results[5].reason == (
        "row 5: title is a formula without a saved result; open the file in Excel and save it again"
    )
    assert row7.location == ("Building B",)
    assert 6 not in results


def test_first_sheet_with_a_header_is_chosen(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    cover = workbook.active
    assert cover is not None
    cover.title = "Cover"
    cover["B2"] = "Acme Tower – punch list"
    items = workbook.create_sheet("Items")
    items.append(["Title", "Status"])
    items.append(["Grout haze", "Open"])
    workbook.save(tmp_path / "book.xlsx")
    table = read_punch_table(tmp_path / "book.xlsx")
    assert table.source.sheet == "Items"
    assert table.source.sheet_names == ("Cover", "Items")
    assert read_punch_table(tmp_path / "book.xlsx", sheet="Cover").source.sheet == "Cover"
    with pytest.raises(InteropError, match=r"no sheet “Nope”\. Its sheets are: Cover, Items"):
        read_punch_table(tmp_path / "book.xlsx", sheet="Nope")


# --- encodings ---------------------------------------------------------------------------

ROWS = [["Title", "Location"], ["Réparer la fenêtre – “urgent”", "Bâtiment A > Niveau 2"]]


@pytest.mark.parametrize(
    ("encoding", "bom", "warns"),
    [
        ("utf-8", b"", False),
        ("utf-8", codecs.BOM_UTF8, False),
        ("utf-16-le", codecs.BOM_UTF16_LE, False),
        ("utf-16-be", codecs.BOM_UTF16_BE, False),
        ("utf-16-le", b"", False),
        ("cp1252", b"", True),
    ],
)
def test_encodings(tmp_path: Path, encoding: str, bom: bytes, warns: bool) -> None:
    buffer = io.StringIO(newline="")
    csv.writer(buffer).writerows(ROWS)
    path = tmp_path / "enc.csv"
    path.write_bytes(bom + buffer.getvalue().encode(encoding))
    table = read_punch_table(path)
    [result] = validate(table.rows, table.mapping)
    assert result.values is not None
    assert result.values.title == "Réparer la fenêtre – “urgent”"
    assert result.values.location == ("Bâtiment A", "Niveau 2")
    assert bool(table.warnings) is warns


def test_bad_bytes_are_reported_not_fatal(tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_bytes("Title\nRéparer é à\n".encode() + b"Broken \xff\xfe byte\n")
    table = read_punch_table(path)
    assert table.source.replaced_characters == 2
    assert any("not valid utf-8" in warning for warning in table.warnings)
    assert [r.values.title for r in validate(table.rows, table.mapping) if r.values][1].startswith(
        "Broken"
    )


def test_semicolon_csv_from_european_excel(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "eu.csv",
        [["Titel", "Title", "Due Date"], ["a", "Fix; now", "01.02.2026"]],
        delimiter=";",
    )
    table = read_punch_table(path)
    assert table.source.delimiter == ";"
    [result] = validate(table.rows, table.mapping.with_date_order(DateOrder.DAY_FIRST))
    assert result.values is not None
    assert (result.values.title, result.values.due_date) == ("Fix; now", date(2026, 2, 1))


# --- hostile and broken files --------------------------------------------------------------


def test_empty_and_blank_files(tmp_path: Path) -> None:
    (tmp_path / "empty.csv").write_bytes(b"")
    with pytest.raises(InteropError, match=r"“empty\.csv” is empty"):
        preview(tmp_path / "empty.csv")
    (tmp_path / "blank.csv").write_text(" \n,,\n\n")
    with pytest.raises(InteropError, match="contains no data"):
        preview(tmp_path / "blank.csv")
    with pytest.raises(InteropError, match="does not exist"):
        preview(tmp_path / "missing.csv")


def test_one_column_csv(tmp_path: Path) -> None:
    notes = tmp_path / "notes.csv"
    notes.write_text("Remarks\nfirst\nsecond\n")
    shown = preview(notes)
    assert shown.headers == ("Remarks",)
    assert shown.missing_fields == (PunchField.TITLE,)
    assert shown.total == 2
    with pytest.raises(InteropError, match="Choose a column for: title"):
        validate(shown.rows, shown.mapping)
    fixed = validate(shown.rows, shown.mapping.with_columns(PunchField.TITLE, 0))
    assert [r.values.title for r in fixed if r.values] == ["first", "second"]
    titles = tmp_path / "titles.csv"
    titles.write_text('Title\n"A, with comma"\nB\n')
    table = read_punch_table(titles)
    assert [r.values.title for r in validate(table.rows, table.mapping) if r.values] == [
        "A, with comma",
        "B",
    ]


def test_missing_required_columns(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "p.csv", [["Location", "Due Date"], ["L2", "2026-01-01"]])
    shown = preview(path)
    assert shown.missing_fields == (PunchField.TITLE,)
    with pytest.raises(InteropError, match="Choose a column for: title"):
        validate(shown.rows, shown.mapping)


def test_binary_and_wrong_kind_files(tmp_path: Path) -> None:
    png = tmp_path / "photo.csv"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20)
    with pytest.raises(InteropError, match="not a text, CSV or Excel file"):
        preview(png)
    xls = tmp_path / "old.xls"
    xls.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    with pytest.raises(InteropError, match=r"Excel 97–2003 \(.xls\)"):
        preview(xls)
    other_zip = tmp_path / "fake.xlsx"
    with zipfile.ZipFile(other_zip, "w") as package:
        package.writestr("readme.txt", "hello")
    with pytest.raises(InteropError, match="not an Excel workbook"):
        preview(other_zip)
    truncated = tmp_path / "cut.xlsx"
    workbook = openpyxl.Workbook()
    workbook.save(truncated)
    truncated.write_bytes(truncated.read_bytes()[:300])
    with pytest.raises(InteropError):
        preview(truncated)


def test_xlsx_zip_bomb_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bomb.xlsx"
    workbook = openpyxl.Workbook()
    workbook.save(path)
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as package:
        package.writestr("xl/media/padding.bin", b"\0" * (24 * 1024 * 1024))
    with pytest.raises(InteropError, match="zip bomb"):
        preview(path)


def test_xlsx_with_entity_expansion_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "laughs.xlsx"
    openpyxl.Workbook().save(path)
    with zipfile.ZipFile(path) as package:
        members = {name: package.read(name) for name in package.namelist()}
    members["xl/worksheets/sheet1.xml"] = BILLION_LAUGHS.replace(
        b"<lolz>&lol9;</lolz>", b"<worksheet>&lol9;</worksheet>"
    )
    with zipfile.ZipFile(path, "w") as package:
        for name, data in members.items():
            package.writestr(name, data)
    with pytest.raises(InteropError, match="refused for safety"):
        preview(path)


def test_size_caps(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "many.csv", [["Title"], *[[f"item {n}"] for n in range(10)]])
    with pytest.raises(InteropError, match="more than 5 rows"):
        preview(path, limits=TableLimits(max_rows=5))
    wide = write_csv(tmp_path / "wide.csv", [[f"c{n}" for n in range(20)]])
    with pytest.raises(InteropError, match="at most 10 are accepted"):
        preview(wide, limits=TableLimits(max_columns=10))
    with pytest.raises(InteropError, match="files up to"):
        preview(path, limits=TableLimits(max_file_bytes=10))
    huge_cell = tmp_path / "cell.csv"
    huge_cell.write_text('Title\n"' + "x" * 200_000 + '"\nfine\n')
    table = read_punch_table(huge_cell)  # one over-long cell no longer refuses the file
    results = validate(table.rows, table.mapping)
    assert [(r.row_number, r.ok) for r in results] == [(2, False), (3, True)]
    assert results[0].reason == "row 2: title is 200000 characters long; at most 300 fit"


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<lolz>&lol9;</lolz>"""


def test_chart_sheets_are_not_tables(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    data = workbook.active
    assert data is not None
    data.append(["Title", "Count"])
    data.append(["Ceiling tile", 3])
    chart = BarChart()
    chart.add_data(Reference(data, min_col=2, min_row=1, max_row=2))
    workbook.create_chartsheet("Chart", 0).add_chart(chart)
    workbook.save(tmp_path / "charted.xlsx")
    table = read_punch_table(tmp_path / "charted.xlsx")
    assert table.source.sheet_names == ("Sheet",)
    assert [r.values.title for r in validate(table.rows, table.mapping) if r.values] == [
        "Ceiling tile"
    ]


def test_every_real_csv_in_the_corpus_previews(interop_data: Path) -> None:
    """Uniclass tables, vendor header lists and the Chicago export: real CSVs of other shapes."""
    paths = sorted(interop_data.rglob("*.csv"))
    assert len(paths) >= 12
    for path in paths:
        shown = preview(path, limit=5)
        assert shown.header_row_number == 1, path
        assert shown.total > 0, path
        assert shown.warnings == (), path
    uniclass = preview(interop_data / "uniclass2015" / "Uniclass2015_SL.csv")
    assert uniclass.headers[:2] == ("Code", "Group")
    assert uniclass.total == 1040


def test_header_row_detection(tmp_path: Path) -> None:
    preamble = write_csv(
        tmp_path / "pre.csv",
        [
            ["Acme Tower – punch walk"],
            ["Exported 2026-03-01"],
            [],
            ["Title", "Due Date", "Location"],
            ["x", "", ""],
        ],
    )
    assert preview(preamble).header_row_number == 4
    data_with_header_words = write_csv(
        tmp_path / "words.csv",
        [
            ["Code", "Label", "Required"],
            ["1", "Title", "no"],
            ["2", "Due date", "no"],
            ["3", "Location", "yes"],
        ],
    )
    assert preview(data_with_header_words).header_row_number == 1
    project_line = write_csv(
        tmp_path / "project.csv",
        [["Project", "Acme"], ["Number", "Title", "Status", "Due Date"], ["1", "x", "Open", ""]],
    )
    shown = preview(project_line)
    assert shown.header_row_number == 2
    assert shown.total == 1
