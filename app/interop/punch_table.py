"""Punch-list import from CSV, TSV and XLSX: read, detect the layout, preview, validate.

Typical use::

    table = read_punch_table(path)            # or preview(path) for the first rows
    mapping = table.mapping                   # adjust: mapping.with_columns(...)
    results = validate(table.rows, mapping)   # one RowResult per non-blank row
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

from executrek.app.i18n import translate
from executrek.app.interop.column_mapping import (
    ColumnMapping,
    detect_mapping,
    header_signature,
    mapping_from_json,
    mapping_to_json,
)
from executrek.app.interop.dates import DateOrder
from executrek.app.interop.errors import InteropError
from executrek.app.interop.limits import TableLimits
from executrek.app.interop.punch_fields import PunchField, PunchPriority, PunchRecord, PunchStatus
from executrek.app.interop.punch_layouts import Layout, find_header_row, header_score
from executrek.app.interop.punch_validate import (
    RowResult,
    SourceRow,
    UnknownValues,
    column_date_orders,
    unknown_values,
    validate,
)
from executrek.app.interop.table_model import CellValue, RawTable, cell_text, is_blank
from executrek.app.interop.table_source import read_table

__all__ = [
    "ColumnMapping",
    "DateOrder",
    "Layout",
    "Preview",
    "PunchField",
    "PunchPriority",
    "PunchRecord",
    "PunchStatus",
    "PunchTable",
    "RowResult",
    "SourceInfo",
    "SourceRow",
    "UnknownValues",
    "header_signature",
    "mapping_from_json",
    "mapping_to_json",
    "preview",
    "read_punch_table",
    "validate",
]


@dataclass(frozen=True)
class SourceInfo:
    """How the file was read: format, text encoding and delimiter, or sheet."""

    file_format: str  # "csv" | "tsv" | "xlsx"
    encoding: str | None
    delimiter: str | None
    sheet: str | None
    sheet_names: tuple[str, ...]
    replaced_characters: int


@dataclass(frozen=True)
class PunchTable:
    """A whole punch-list file: its header, the detected mapping and every non-blank data row."""

    layout: Layout
    headers: tuple[str, ...]
    header_row_number: int  # 1-based
    mapping: ColumnMapping
    rows: tuple[SourceRow, ...]
    source: SourceInfo
    warnings: tuple[str, ...]


@dataclass(frozen=True)
class Preview:
    """What an import dialog shows before anything is imported."""

    layout: Layout
    headers: tuple[str, ...]
    mapping: ColumnMapping
    rows: tuple[SourceRow, ...]  # the first ``limit`` data rows
    total: int  # all non-blank data rows
    header_row_number: int
    source: SourceInfo
    warnings: tuple[str, ...]
    missing_fields: tuple[PunchField, ...]
    date_orders: Mapping[PunchField, DateOrder]
    unknown: UnknownValues


def read_punch_table(
    path: Path,
    *,
    sheet: str | None = None,
    mapping: ColumnMapping | None = None,
    limits: TableLimits | None = None,
) -> PunchTable:
    """Read ``path`` and guess its layout and mapping; ``mapping`` (e.g. a saved one) replaces the guess.

    Without ``sheet``, a workbook's first visible sheet is used unless only another
    sheet has a recognisable header row.
    """
    limits = limits or TableLimits()
    table = read_table(path, sheet=sheet, limits=limits)
    if sheet is None and table.file_format == "xlsx" and len(table.sheet_names) > 1:
        table = _sheet_with_header(path, table, limits)
    header_index = find_header_row(table.rows, limits.header_scan_rows)
    width = max((_extent(row) for row in table.rows[header_index:]), default=0)
    headers = tuple(cell_text(cell) for cell in _pad(table.rows[header_index], width))
    uncached: dict[int, set[int]] = {}
    for row_index, column_index in table.uncached_formulas:
        uncached.setdefault(row_index, set()).add(column_index)
    rows = tuple(
        SourceRow(
            row_number=index + 1,
            cells=_pad(row, width),
            uncached=frozenset(uncached.get(index, ())),
        )
        for index, row in enumerate(table.rows)
        if index > header_index and not all(is_blank(cell) for cell in row)
    )
    if mapping is None:
        mapping = detect_mapping(headers)
    elif mapping.signature != header_signature(headers):
        raise InteropError(
            translate(
                "Interop",
                "The chosen column mapping was made for a file with other columns than “{name}”.",
            ).format(name=path.name)
        )
    return PunchTable(
        layout=mapping.layout,
        headers=headers,
        header_row_number=header_index + 1,
        mapping=mapping,
        rows=rows,
        source=SourceInfo(
            file_format=table.file_format,
            encoding=table.encoding,
            delimiter=table.delimiter,
            sheet=table.sheet,
            sheet_names=table.sheet_names,
            replaced_characters=table.replaced_characters,
        ),
        warnings=table.warnings,
    )


def preview(
    path: Path,
    limit: int = 20,
    *,
    sheet: str | None = None,
    mapping: ColumnMapping | None = None,
    limits: TableLimits | None = None,
) -> Preview:
    """The layout, headers, mapping and first ``limit`` rows of ``path``, plus what still needs a choice."""
    table = read_punch_table(path, sheet=sheet, mapping=mapping, limits=limits)
    return Preview(
        layout=table.layout,
        headers=table.headers,
        mapping=table.mapping,
        rows=table.rows[: max(limit, 0)],
        total=len(table.rows),
        header_row_number=table.header_row_number,
        source=table.source,
        warnings=table.warnings,
        missing_fields=table.mapping.missing_required(),
        date_orders=MappingProxyType(column_date_orders(table.rows, table.mapping)),
        unknown=unknown_values(table.rows, table.mapping),
    )


def _sheet_with_header(path: Path, first: RawTable, limits: TableLimits) -> RawTable:
    if _best_header_score(first, limits) > 0:
        return first
    for name in first.sheet_names:
        if name == first.sheet:
            continue
        candidate = read_table(path, sheet=name, limits=limits)
        if _best_header_score(candidate, limits) > 0:
            return candidate
    return first


def _best_header_score(table: RawTable, limits: TableLimits) -> int:
    return max((header_score(row) for row in table.rows[: limits.header_scan_rows]), default=0)


def _extent(row: tuple[CellValue, ...]) -> int:
    for index in range(len(row) - 1, -1, -1):
        if not is_blank(row[index]):
            return index + 1
    return 0


def _pad(row: tuple[CellValue, ...], width: int) -> tuple[CellValue, ...]:
    if len(row) >= width:
        return row[:width]
    return row + (None,) * (width - len(row))
