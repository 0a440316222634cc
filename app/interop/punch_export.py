"""Write punch items as CSV or XLSX in our layout or as Procore import templates.

Files written here import back through :mod:`.punch_table` to the same records
(within what the layout carries: Procore templates have no status, and know only
Low/Medium/High priorities). CSV cells that a spreadsheet would run as a formula get a
leading ``'``; XLSX cells are written as explicit text cells, which never run.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from executrek.app.i18n import translate
from executrek.app.interop.atomic_write import atomic_path
from executrek.app.interop.errors import InteropError
from executrek.app.interop.formula_guard import escape_formula
from executrek.app.interop.punch_fields import PunchField, PunchRecord, join_location
from executrek.app.interop.punch_layouts import SPECS, Layout, normalize_header
from executrek.app.interop.punch_vocab import procore_priority

ExportValue = str | date | None

EXPORT_LAYOUTS: tuple[Layout, ...] = (Layout.EXECUTREK, Layout.PROCORE, Layout.PROCORE_DEFICIENCY)

_SHEET_TITLES = {
    Layout.EXECUTREK: "Punch items",
    Layout.PROCORE: "Punch List",
    Layout.PROCORE_DEFICIENCY: "Deficiency List",
}


def export_rows(
    items: Iterable[PunchRecord], layout: Layout | str = Layout.EXECUTREK
) -> tuple[tuple[str, ...], list[tuple[ExportValue, ...]]]:
    """The header row and one row per item; dates stay ``date`` objects."""
    chosen = _layout(layout)
    spec = SPECS[chosen]
    records = list(items)
    headers = list(spec.headers)
    if chosen is Layout.EXECUTREK:
        # Our own layout also keeps the columns an earlier import could not map.
        known = {normalize_header(header) for header in headers}
        for record in records:
            for key in record.extra:
                if normalize_header(key) not in known:
                    known.add(normalize_header(key))
                    headers.append(key)
    getters = [
        _getter(header, spec.fields.get(normalize_header(header)), chosen) for header in headers
    ]
    rows = [tuple(get(record) for get in getters) for record in records]
    return tuple(headers), rows


def write_punch_csv(
    items: Iterable[PunchRecord], path: Path, layout: Layout | str = Layout.EXECUTREK
) -> int:
    """Write a UTF-8 (with BOM, for Excel) comma-separated file; returns the number of items."""
    headers, rows = export_rows(items, layout)
    with (
        atomic_path(path) as handle_path,
        handle_path.open("w", encoding="utf-8-sig", newline="") as handle,
    ):
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow([escape_formula(header) for header in headers])
        for row in rows:
            writer.writerow([_csv_cell(value) for value in row])
    return len(rows)


def write_punch_xlsx(
    items: Iterable[PunchRecord], path: Path, layout: Layout | str = Layout.EXECUTREK
) -> int:
    """Write a one-sheet workbook with real date cells; returns the number of items."""
    chosen = _layout(layout)
    headers, rows = export_rows(items, chosen)
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(_SHEET_TITLES[chosen])
    sheet.append([_xlsx_cell(sheet, header) for header in headers])
    for row in rows:
        sheet.append([_xlsx_cell(sheet, value) for value in row])
    with atomic_path(path) as handle_path:
        workbook.save(handle_path)
    return len(rows)


def _layout(layout: Layout | str) -> Layout:
    for candidate in EXPORT_LAYOUTS:
        if candidate.value == str(layout):
            return candidate
    raise InteropError(
        translate("Interop", "Punch lists cannot be exported in the layout “{layout}”.").format(
            layout=str(layout)
        )
    )


def _getter(
    header: str, punch_field: PunchField | None, layout: Layout
) -> Callable[[PunchRecord], ExportValue]:
    if punch_field is None:
        return lambda record: record.extra.get(header)
    if punch_field is PunchField.LOCATION:
        return lambda record: join_location(record.location) or None
    if punch_field is PunchField.PRIORITY:
        if layout is Layout.EXECUTREK:
            return lambda record: record.priority.value if record.priority else None
        return lambda record: procore_priority(record.priority) if record.priority else None
    if punch_field is PunchField.STATUS:
        return lambda record: record.status.value if record.status else None
    attribute = punch_field.value
    return lambda record: getattr(record, attribute)


def _csv_cell(value: ExportValue) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    return escape_formula(value)


def _xlsx_cell(sheet: object, value: ExportValue) -> WriteOnlyCell | None:
    if value is None:
        return None
    if isinstance(value, date):
        cell = WriteOnlyCell(sheet, value=value)
        cell.number_format = "yyyy-mm-dd"
        return cell
    cell = WriteOnlyCell(sheet, value=ILLEGAL_CHARACTERS_RE.sub("", value))
    cell.data_type = "s"  # text starting with "=" stays text, never a formula
    return cell
