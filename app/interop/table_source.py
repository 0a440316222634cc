"""Open any tabular punch-list file: sniff what it really is, then read its grid.

``open_table`` gives a :class:`TableStream`: for CSV/TSV the rows are read from the file
each time they are asked for, one at a time, so a 100,000-row file is never held in
memory as a whole (the file is checked not to have changed in between). A workbook is
read once (openpyxl's row model) and served from memory. ``read_table`` returns every
row at once, for small files and tests.
"""

from __future__ import annotations

import codecs
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from executrek.app.i18n import translate
from executrek.app.interop.delimited_read import iter_delimited, sniff_delimiter
from executrek.app.interop.errors import InteropError
from executrek.app.interop.formula_guard import unescape_formula
from executrek.app.interop.limits import ArchiveLimits, TableLimits, format_size
from executrek.app.interop.table_model import CellValue, RawTable, TableFacts, is_blank
from executrek.app.interop.text_decoding import FileEncoding, open_text, sniff_file_encoding
from executrek.app.interop.xlsx_read import read_xlsx

_SNIFF_BYTES = 256 * 1024

_ZIP_MAGIC = b"PK\x03\x04"
_EMPTY_ZIP_MAGIC = b"PK\x05\x06"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_TAB_EXTENSIONS = (".tsv", ".tab")


@dataclass(frozen=True, kw_only=True)
class TableStream(TableFacts):
    """A sheet or text file whose rows are produced on demand by ``rows()``."""

    source: Callable[[], Iterator[tuple[CellValue, ...]]] = field(
        default=lambda: iter(()), repr=False, compare=False
    )

    def rows(self) -> Iterator[tuple[CellValue, ...]]:
        return self.source()


def read_table(
    path: Path,
    *,
    sheet: str | None = None,
    limits: TableLimits | None = None,
    archive_limits: ArchiveLimits | None = None,
) -> RawTable:
    """Every row of a CSV, TSV or XLSX file at once (see ``open_table``); the row cap
    counts all rows read, a header included."""
    limits = limits or TableLimits()
    stream = open_table(path, sheet=sheet, limits=limits, archive_limits=archive_limits)
    rows: list[tuple[CellValue, ...]] = []
    for row in stream.rows():
        if len(rows) >= limits.max_rows:
            raise too_many_rows(path, limits.max_rows)
        rows.append(row)
    if all(all(is_blank(cell) for cell in row) for row in rows):
        raise no_data(path)
    return RawTable(rows=tuple(rows), **stream.facts())


def too_many_rows(path: Path, limit: int) -> InteropError:
    return InteropError(
        translate(
            "Interop", "“{name}” has more than {limit} rows; split it into smaller files."
        ).format(name=path.name, limit=limit)
    )


def no_data(path: Path) -> InteropError:
    return InteropError(translate("Interop", "“{name}” contains no data.").format(name=path.name))


def open_table(
    path: Path,
    *,
    sheet: str | None = None,
    limits: TableLimits | None = None,
    archive_limits: ArchiveLimits | None = None,
) -> TableStream:
    """A CSV, TSV or XLSX file, recognised by content rather than by extension. The row
    cap is left to the caller (who knows which row is the header)."""
    limits = limits or TableLimits()
    size, head = file_head(path)
    if size == 0:
        raise InteropError(translate("Interop", "“{name}” is empty.").format(name=path.name))
    if size > limits.max_file_bytes:
        raise InteropError(
            translate("Interop", "“{name}” is {size}; files up to {limit} can be imported.").format(
                name=path.name, size=format_size(size), limit=format_size(limits.max_file_bytes)
            )
        )
    if head.startswith((_ZIP_MAGIC, _EMPTY_ZIP_MAGIC)):
        return _workbook(read_xlsx(path, sheet=sheet, limits=limits, archive_limits=archive_limits))
    refuse_old_excel(path, head)
    return _text(path, limits)


def _workbook(table: RawTable) -> TableStream:
    rows = table.rows
    return TableStream(**table.facts(), source=lambda: iter(rows))


def refuse_old_excel(path: Path, head: bytes, *, csv_too: bool = True) -> None:
    """Refuse an Excel 97–2003 (.xls) file (``head``: its first bytes), which cannot be
    read: the message says to save it as .xlsx (or CSV, where that is read too)."""
    if not head.startswith(_OLE_MAGIC):
        return
    if csv_too:
        text = translate(
            "Interop",
            "“{name}” is an old Excel 97–2003 (.xls) workbook. Save it as .xlsx or CSV and import that.",
        )
    else:
        text = translate(
            "Interop",
            "“{name}” is an old Excel 97–2003 (.xls) workbook. Save it as .xlsx and import that.",
        )
    raise InteropError(text.format(name=path.name))


def file_head(path: Path, count: int = 8) -> tuple[int, bytes]:
    """The size and the first ``count`` bytes of ``path`` (to tell what it really is);
    an ``InteropError`` naming the file when it is missing or cannot be opened."""
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            return size, handle.read(count)
    except FileNotFoundError:
        raise InteropError(
            translate("Interop", "“{name}” does not exist.").format(name=path.name)
        ) from None
    except OSError as exc:
        raise _cannot_open(path, exc) from exc


def _cannot_open(path: Path, exc: OSError) -> InteropError:
    return InteropError(
        translate("Interop", "“{name}” cannot be opened ({detail}).").format(
            name=path.name, detail=str(exc)
        )
    )


def _head_text(path: Path, encoding: FileEncoding) -> str:
    """The start of the file as text, for sniffing (a cut character at the end is dropped)."""
    with path.open("rb") as fh:
        fh.seek(encoding.bom_length)
        data = fh.read(_SNIFF_BYTES)
    decoder = codecs.getincrementaldecoder(encoding.encoding)(errors="replace")
    return decoder.decode(data, final=False)


def _text(path: Path, limits: TableLimits) -> TableStream:
    try:
        encoding = sniff_file_encoding(path)
        head = _head_text(path, encoding)
        stamp = _stamp(path)
    except OSError as exc:
        raise _cannot_open(path, exc) from exc
    if _looks_binary(head):
        raise InteropError(
            translate("Interop", "“{name}” is not a text, CSV or Excel file.").format(
                name=path.name
            )
        )
    preferred = "\t" if path.suffix.lower() in _TAB_EXTENSIONS else None
    delimiter = sniff_delimiter(head, preferred)

    def rows() -> Iterator[tuple[CellValue, ...]]:
        try:
            if _stamp(path) != stamp:
                raise InteropError(
                    translate(
                        "Interop", "“{name}” changed while it was being read; open it again."
                    ).format(name=path.name)
                )
            text = open_text(path, encoding)
        except OSError as exc:
            raise _cannot_open(path, exc) from exc
        with text:
            for row in iter_delimited(text, delimiter, limits=limits, source=path.name):
                yield tuple(unescape_formula(cell) for cell in row)

    warnings: list[str] = []
    decoded = encoding
    if decoded.encoding == "cp1252":
        warnings.append(
            translate(
                "Interop", "“{name}” is not UTF-8; it was read as Windows-1252 (Western European)."
            ).format(name=path.name)
        )
    if decoded.replaced:
        warnings.append(
            translate(
                "Interop",
                "{count} byte sequences in “{name}” are not valid {encoding} and were replaced with “�”.",
            ).format(count=decoded.replaced, name=path.name, encoding=decoded.encoding)
        )
    return TableStream(
        file_format="tsv" if delimiter == "\t" else "csv",
        encoding=decoded.encoding,
        delimiter=delimiter,
        replaced_characters=decoded.replaced,
        warnings=tuple(warnings),
        source=rows,
    )


def _stamp(path: Path) -> tuple[int, int]:
    info = os.stat(path)
    return info.st_size, info.st_mtime_ns


def _looks_binary(text: str) -> bool:
    sample = text[:8192]
    if not sample:
        return False
    controls = sum(1 for char in sample if ord(char) < 32 and char not in "\t\r\n\f\v")
    return controls / len(sample) > 0.1
