"""The raw grid read from a CSV, TSV or XLSX file, before any column means anything."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date, datetime, time
from typing import Any, TypeAlias

CellValue: TypeAlias = str | int | float | bool | datetime | date | time | None


@dataclass(frozen=True, kw_only=True)
class TableFacts:
    """What reading a sheet or text file found out about it, besides its rows.

    ``uncached_formulas`` holds ``(row index, column index)`` pairs (both 0-based) of
    XLSX formula cells that carry no saved result, so they read as empty.
    """

    file_format: str  # "csv" | "tsv" | "xlsx"
    encoding: str | None = None
    delimiter: str | None = None
    sheet: str | None = None
    sheet_names: tuple[str, ...] = ()
    replaced_characters: int = 0
    uncached_formulas: frozenset[tuple[int, int]] = frozenset()
    warnings: tuple[str, ...] = ()

    def facts(self) -> dict[str, Any]:
        """These facts as keywords, to build another kind of table from them."""
        return {f.name: getattr(self, f.name) for f in fields(TableFacts)}


@dataclass(frozen=True, kw_only=True)
class RawTable(TableFacts):
    """Every row of one sheet or text file, as read."""

    rows: tuple[tuple[CellValue, ...], ...]


def is_blank(value: CellValue) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def cell_text(value: CellValue) -> str:
    """A cell as text: numbers without a spurious ``.0``, dates as ISO, line endings
    unified, surrounding space stripped."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else str(value)
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat(sep=" ")
    if isinstance(value, date | time):
        return value.isoformat()
    return value.replace("\r\n", "\n").replace("\r", "\n").strip()
