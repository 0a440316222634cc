"""Open any tabular punch-list file: sniff what it really is, then read its grid."""

from __future__ import annotations

from pathlib import Path

from executrek.app.i18n import translate
from executrek.app.interop.delimited_read import parse_delimited, sniff_delimiter
from executrek.app.interop.errors import InteropError
from executrek.app.interop.formula_guard import unescape_formula
from executrek.app.interop.limits import ArchiveLimits, TableLimits, format_size
from executrek.app.interop.table_model import RawTable, is_blank
from executrek.app.interop.text_decoding import decode_text
from executrek.app.interop.xlsx_read import read_xlsx

_ZIP_MAGIC = b"PK\x03\x04"
_EMPTY_ZIP_MAGIC = b"PK\x05\x06"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_TAB_EXTENSIONS = (".tsv", ".tab")


def read_table(
    path: Path,
    *,
    sheet: str | None = None,
    limits: TableLimits | None = None,
    archive_limits: ArchiveLimits | None = None,
) -> RawTable:
    """The rows of a CSV, TSV or XLSX file, decided by content rather than by extension."""
    limits = limits or TableLimits()
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(8)
    except FileNotFoundError:
        raise InteropError(
            translate("Interop", "“{name}” does not exist.").format(name=path.name)
        ) from None
    except OSError as exc:
        raise InteropError(
            translate("Interop", "“{name}” cannot be opened ({detail}).").format(
                name=path.name, detail=str(exc)
            )
        ) from exc
    if size == 0:
        raise InteropError(translate("Interop", "“{name}” is empty.").format(name=path.name))
    if size > limits.max_file_bytes:
        raise InteropError(
            translate("Interop", "“{name}” is {size}; files up to {limit} can be imported.").format(
                name=path.name, size=format_size(size), limit=format_size(limits.max_file_bytes)
            )
        )
    if head.startswith((_ZIP_MAGIC, _EMPTY_ZIP_MAGIC)):
        table = read_xlsx(path, sheet=sheet, limits=limits, archive_limits=archive_limits)
    elif head.startswith(_OLE_MAGIC):
        raise InteropError(
            translate(
                "Interop",
                "“{name}” is an old Excel 97–2003 (.xls) workbook. Save it as .xlsx or CSV and import that.",
            ).format(name=path.name)
        )
    else:
        table = _read_text(path, limits)
    if all(all(is_blank(cell) for cell in row) for row in table.rows):
        raise InteropError(
            translate("Interop", "“{name}” contains no data.").format(name=path.name)
        )
    return table


def _read_text(path: Path, limits: TableLimits) -> RawTable:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InteropError(
            translate("Interop", "“{name}” cannot be opened ({detail}).").format(
                name=path.name, detail=str(exc)
            )
        ) from exc
    decoded = decode_text(data)
    if _looks_binary(decoded.text):
        raise InteropError(
            translate("Interop", "“{name}” is not a text, CSV or Excel file.").format(
                name=path.name
            )
        )
    preferred = "\t" if path.suffix.lower() in _TAB_EXTENSIONS else None
    delimiter = sniff_delimiter(decoded.text, preferred)
    rows = parse_delimited(decoded.text, delimiter, limits=limits, source=path.name)
    warnings: list[str] = []
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
    return RawTable(
        rows=tuple(tuple(unescape_formula(cell) for cell in row) for row in rows),
        file_format="tsv" if delimiter == "\t" else "csv",
        encoding=decoded.encoding,
        delimiter=delimiter,
        replaced_characters=decoded.replaced,
        warnings=tuple(warnings),
    )


def _looks_binary(text: str) -> bool:
    sample = text[:8192]
    if not sample:
        return False
    controls = sum(1 for char in sample if ord(char) < 32 and char not in "\t\r\n\f\v")
    return controls / len(sample) > 0.1
