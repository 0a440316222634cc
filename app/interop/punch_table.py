"""Punch-list import from CSV, TSV and XLSX: read, detect the layout, preview, validate.

Typical use::

    table = read_punch_table(path)            # or preview(path) for the first rows
    mapping = table.mapping                   # adjust: mapping.with_columns(...)
    results = validate(table.rows, mapping)   # one RowResult per non-blank row

``table.rows`` of a CSV/TSV file is read from the file again each time it is iterated
(see ``punch_rows``): memory stays flat however long the file is.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
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
from executrek.app.interop.punch_layouts import Layout, header_score
from executrek.app.interop.punch_rows import SourceRows, scan
from executrek.app.interop.punch_validate import (
    RowResult,
    SourceRow,
    UnknownValues,
    column_date_orders,
    unknown_values,
    validate,
)
from executrek.app.interop.table_model import TableFacts, cell_text
from executrek.app.interop.table_source import TableStream, open_table

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

    @classmethod
    def of(cls, table: TableFacts) -> SourceInfo:
        """The facts of ``table`` this class names (all but its formulas and warnings)."""
        return cls(
            file_format=table.file_format,
            encoding=table.encoding,
            delimiter=table.delimiter,
            sheet=table.sheet,
            sheet_names=table.sheet_names,
            replaced_characters=table.replaced_characters,
        )


@dataclass(frozen=True)
class PunchTable:
    """A whole punch-list file: its header, the detected mapping and every non-blank data row."""

    layout: Layout
    headers: tuple[str, ...]
    header_row_number: int  # 1-based
    mapping: ColumnMapping
    rows: Sequence[SourceRow]  # ``SourceRows``: read again on each iteration
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
    # The row cap is applied below to the data rows; the reader only stops a runaway sheet.
    reader_limits = replace(limits, max_rows=limits.max_rows + limits.header_scan_rows)
    table = open_table(path, sheet=sheet, limits=reader_limits)
    if sheet is None and table.file_format == "xlsx" and len(table.sheet_names) > 1:
        table = _sheet_with_header(path, table, reader_limits)
    measured = scan(path, table, limits)
    headers = tuple(cell_text(cell) for cell in measured.headers_row)
    rows = SourceRows(table, measured)
    warnings = table.warnings
    if len(rows) == 0:
        warnings += (
            translate(
                "Interop", "“{name}” has a header row but no data rows: there is nothing to import."
            ).format(name=path.name),
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
        header_row_number=measured.header_index + 1,
        mapping=mapping,
        rows=rows,
        source=SourceInfo.of(table),
        warnings=warnings,
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
        rows=tuple(table.rows[: max(limit, 0)]),
        total=len(table.rows),
        header_row_number=table.header_row_number,
        source=table.source,
        warnings=table.warnings,
        missing_fields=table.mapping.missing_required(),
        date_orders=MappingProxyType(column_date_orders(table.rows, table.mapping)),
        unknown=unknown_values(table.rows, table.mapping),
    )


def _sheet_with_header(path: Path, first: TableStream, limits: TableLimits) -> TableStream:
    if _best_header_score(first, limits) > 0:
        return first
    for name in first.sheet_names:
        if name == first.sheet:
            continue
        candidate = open_table(path, sheet=name, limits=limits)
        if _best_header_score(candidate, limits) > 0:
            return candidate
    return first


def _best_header_score(table: TableStream, limits: TableLimits) -> int:
    best = 0
    for index, row in enumerate(table.rows()):
        if index >= limits.header_scan_rows:
            break
        best = max(best, header_score(row))
    return best
