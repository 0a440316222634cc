"""The data rows of a punch-list file, read once to measure them and then on demand.

``scan`` reads a :class:`TableStream` once: it finds the header row among the first
rows, the width of the table, and counts the data rows (non-blank rows after the
header), refusing a file with more than ``TableLimits.max_rows`` of them: exactly the
limit is accepted, one more is refused. Nothing but the first rows is kept.

:class:`SourceRows` is the resulting sequence of :class:`SourceRow`: its length is the
count, its first ``HEAD_ROWS`` rows are kept for previews, and iterating it reads the
file again, so validating 100,000 rows holds one row at a time.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import overload

from executrek.app.i18n import translate
from executrek.app.interop.errors import InteropError
from executrek.app.interop.limits import TableLimits
from executrek.app.interop.punch_layouts import find_header_row
from executrek.app.interop.punch_validate import SourceRow
from executrek.app.interop.table_model import CellValue, is_blank
from executrek.app.interop.table_source import TableStream, no_data

#: Data rows kept in memory for previews (the import screen shows the first 500).
HEAD_ROWS = 500


@dataclass(frozen=True)
class Scan:
    header_index: int  # 0-based index of the header row
    headers_row: tuple[CellValue, ...]
    width: int
    count: int  # non-blank data rows
    head: tuple[SourceRow, ...]  # the first HEAD_ROWS of them


def extent(row: Sequence[CellValue]) -> int:
    """1 + the index of the last non-blank cell (0 for a blank row)."""
    for index in range(len(row) - 1, -1, -1):
        if not is_blank(row[index]):
            return index + 1
    return 0


def pad(row: tuple[CellValue, ...], width: int) -> tuple[CellValue, ...]:
    if len(row) >= width:
        return row[:width]
    return row + (None,) * (width - len(row))


def _too_many(path: Path, limit: int) -> InteropError:
    return InteropError(
        translate(
            "Interop",
            "“{name}” has more than {limit} rows below its header; split it into smaller files.",
        ).format(name=path.name, limit=limit)
    )


def scan(path: Path, stream: TableStream, limits: TableLimits) -> Scan:
    """Measure the table in one pass; see the module text."""
    rows = stream.rows()
    first: list[tuple[CellValue, ...]] = []
    for row in rows:
        first.append(row)
        if len(first) >= limits.header_scan_rows:
            break
    if all(extent(row) == 0 for row in first):  # the rest may still hold data
        for row in rows:
            first.append(row)
            if extent(row):
                break
        if all(extent(row) == 0 for row in first):
            raise no_data(path)
    header_index = find_header_row(first, limits.header_scan_rows)
    width = max((extent(row) for row in first[header_index:]), default=0)
    count = 0
    data: list[tuple[int, tuple[CellValue, ...]]] = []

    def take(index: int, row: tuple[CellValue, ...]) -> None:
        nonlocal count, width
        if index < header_index:
            return
        size = extent(row)
        width = max(width, size)
        if index == header_index or size == 0:
            return
        count += 1
        if count > limits.max_rows:
            raise _too_many(path, limits.max_rows)
        if len(data) < HEAD_ROWS:
            data.append((index, row))

    for index, row in enumerate(first):
        take(index, row)
    for index, row in enumerate(rows, start=len(first)):
        take(index, row)
    uncached = _uncached(stream)
    head = tuple(
        SourceRow(index + 1, pad(row, width), frozenset(uncached.get(index, ())))
        for index, row in data
    )
    return Scan(header_index, pad(first[header_index], width), width, count, head)


def _uncached(stream: TableStream) -> dict[int, set[int]]:
    out: dict[int, set[int]] = {}
    for row_index, column_index in stream.uncached_formulas:
        out.setdefault(row_index, set()).add(column_index)
    return out


class SourceRows(Sequence[SourceRow]):
    """The data rows of one file (see the module text). Indexing within the first
    ``HEAD_ROWS`` is free; anything else reads the file."""

    def __init__(self, stream: TableStream, measured: Scan) -> None:
        self._stream = stream
        self._scan = measured
        self._uncached = _uncached(stream)

    def __len__(self) -> int:
        return self._scan.count

    def __iter__(self) -> Iterator[SourceRow]:
        measured = self._scan
        if measured.count == len(measured.head):
            yield from measured.head
            return
        seen = 0
        for index, row in enumerate(self._stream.rows()):
            if index <= measured.header_index or extent(row) == 0:
                continue
            seen += 1
            if seen > measured.count:
                return  # the file grew since it was measured (it is checked, but be safe)
            cells = pad(row, measured.width)
            yield SourceRow(index + 1, cells, frozenset(self._uncached.get(index, ())))

    @overload
    def __getitem__(self, index: int) -> SourceRow: ...

    @overload
    def __getitem__(self, index: slice) -> tuple[SourceRow, ...]: ...

    def __getitem__(self, index: int | slice) -> SourceRow | tuple[SourceRow, ...]:
        head = self._scan.head
        if isinstance(index, slice):
            start, stop, step = index.indices(len(self))
            if stop <= len(head):
                return head[start:stop:step]
            return tuple(self)[start:stop:step]
        position = index + len(self) if index < 0 else index
        if not 0 <= position < len(self):
            raise IndexError("row index out of range")
        if position < len(head):
            return head[position]
        for number, row in enumerate(self):
            if number == position:
                return row
        raise IndexError("row index out of range")  # pragma: no cover - the file shrank

    def __repr__(self) -> str:
        return f"SourceRows({len(self)} rows)"
