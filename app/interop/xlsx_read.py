"""Read one worksheet of an .xlsx file into a :class:`RawTable`.

Values come from openpyxl in read-only mode with ``data_only=True`` (formulas give the
result Excel saved). Merged ranges are filled with their top-left value, which
read-only mode cannot do by itself; formula cells without a saved result are reported.
"""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path

import openpyxl

from executrek.app.i18n import translate
from executrek.app.interop.errors import InteropError
from executrek.app.interop.limits import ArchiveLimits, TableLimits
from executrek.app.interop.member_source import SafeZip
from executrek.app.interop.table_model import CellValue, RawTable, is_blank
from executrek.app.interop.xlsx_parts import (
    MergedRange,
    SheetPart,
    list_sheets,
    scan_sheet,
)

# A sheet formatted down to row 1,048,576 yields that many empty rows; stop after this many.
_MAX_EMPTY_RUN = 50_000


def read_xlsx(
    path: Path,
    *,
    sheet: str | None = None,
    limits: TableLimits | None = None,
    archive_limits: ArchiveLimits | None = None,
) -> RawTable:
    """The rows of ``sheet`` (default: the first visible sheet) of the workbook at ``path``."""
    limits = limits or TableLimits()
    with SafeZip(path, kind=translate("Interop", "spreadsheet"), limits=archive_limits) as package:
        sheets = list_sheets(package)
        chosen = _choose(sheets, sheet, path.name)
        facts = scan_sheet(package, chosen)
    rows = _read_values(path, chosen.name, limits)
    _fill_merged(rows, facts.merged)
    warnings: list[str] = []
    uncached = frozenset(
        (row - 1, column - 1) for row, column in facts.uncached_formulas if row - 1 < len(rows)
    )
    if uncached:
        warnings.append(
            translate(
                "Interop",
                "{count} formula cells in “{name}” have no saved result (the file was never "
                "recalculated) and read as empty. Open it in Excel and save it again to fix that.",
            ).format(count=len(uncached), name=path.name)
        )
    return RawTable(
        rows=tuple(tuple(row) for row in rows),
        file_format="xlsx",
        sheet=chosen.name,
        sheet_names=tuple(part.name for part in sheets),
        uncached_formulas=uncached,
        warnings=tuple(warnings),
    )


def _choose(sheets: tuple[SheetPart, ...], wanted: str | None, label: str) -> SheetPart:
    if wanted is not None:
        for part in sheets:
            if part.name == wanted:
                return part
        raise InteropError(
            translate(
                "Interop", "“{name}” has no sheet “{sheet}”. Its sheets are: {sheets}."
            ).format(name=label, sheet=wanted, sheets=", ".join(part.name for part in sheets))
        )
    visible = [part for part in sheets if not part.hidden]
    return (visible or list(sheets))[0]


def open_workbook(path: Path) -> openpyxl.Workbook:
    """The workbook at ``path``, read-only with the values Excel saved (close it after);
    an ``InteropError`` naming the file when openpyxl cannot read it."""
    try:
        return openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many types for damaged packages
        raise InteropError(
            translate("Interop", "“{name}” cannot be read as an Excel workbook ({detail}).").format(
                name=path.name, detail=str(exc) or type(exc).__name__
            )
        ) from exc


def _read_values(path: Path, sheet_name: str, limits: TableLimits) -> list[list[CellValue]]:
    workbook = open_workbook(path)
    try:
        worksheet = workbook[sheet_name]
        reset = getattr(worksheet, "reset_dimensions", None)
        if reset is not None:
            reset()  # the stored dimension is often wrong in files not written by Excel
        rows: list[list[CellValue]] = []
        pending_empty = 0
        for values in worksheet.iter_rows(values_only=True):
            cells = [_cell(value) for value in values]
            if all(is_blank(cell) for cell in cells):
                pending_empty += 1
                if pending_empty > _MAX_EMPTY_RUN:
                    break
                continue
            if len(rows) + pending_empty >= limits.max_rows:
                raise InteropError(
                    translate(
                        "Interop",
                        "“{name}” has more than {limit} rows; split it into smaller files.",
                    ).format(name=path.name, limit=limits.max_rows)
                )
            if len(cells) > limits.max_columns:
                cells = _trim(cells, limits.max_columns, path.name)
            rows.extend([] for _ in range(pending_empty))
            pending_empty = 0
            rows.append(cells)
        return rows
    except InteropError:
        raise
    except Exception as exc:
        raise InteropError(
            translate(
                "Interop", "The sheet “{sheet}” of “{name}” cannot be read ({detail})."
            ).format(sheet=sheet_name, name=path.name, detail=str(exc) or type(exc).__name__)
        ) from exc
    finally:
        workbook.close()


def _trim(cells: list[CellValue], limit: int, label: str) -> list[CellValue]:
    if any(not is_blank(cell) for cell in cells[limit:]):
        raise InteropError(
            translate(
                "Interop", "“{name}” has more than {limit} columns; at most {limit} are accepted."
            ).format(name=label, limit=limit)
        )
    return cells[:limit]


def _cell(value: object) -> CellValue:
    if value is None or isinstance(value, str | bool | int | float | datetime | date | time):
        return value
    return str(value)  # durations, rich text and anything else openpyxl may hand out


def _fill_merged(rows: list[list[CellValue]], merged: tuple[MergedRange, ...]) -> None:
    """Give every cell of a merged range the value of its top-left cell."""
    height = len(rows)
    width = max((len(row) for row in rows), default=0)
    for area in merged:
        top, left = area.min_row - 1, area.min_col - 1
        if top >= height or left >= width:
            continue
        value = rows[top][left] if left < len(rows[top]) else None
        if value is None:
            continue
        for r in range(top, min(area.max_row, height)):
            row = rows[r]
            right = min(area.max_col, width)
            if len(row) < right:
                row.extend([None] * (right - len(row)))
            for c in range(left, right):
                if r == top and c == left:
                    continue
                row[c] = value
