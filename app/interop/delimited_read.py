"""Split decoded CSV/TSV text into rows, guessing the delimiter from the data."""

from __future__ import annotations

import csv
import io
from collections import Counter
from collections.abc import Iterable, Iterator

from executrek.app.i18n import translate
from executrek.app.interop.errors import InteropError
from executrek.app.interop.limits import TableLimits

_CANDIDATES = (",", "\t", ";", "|")
_SNIFF_LINES = 60


def sniff_delimiter(text: str, preferred: str | None = None) -> str:
    """The delimiter that splits most sample lines into the same number (>1) of fields.

    Preamble lines (Fieldwire writes three before its header) do not disturb it. A file
    with a single column gives ``","``.
    """
    lines = [line for line in text.splitlines() if line.strip()][:_SNIFF_LINES]
    sample = "\n".join(lines)
    scores: dict[str, tuple[int, int]] = {}
    for candidate in _CANDIDATES:
        try:
            counts = [
                len(row)
                for row in csv.reader(
                    io.StringIO(sample, newline=""), delimiter=candidate, strict=False
                )
                if len(row) > 1 and any(cell.strip() for cell in row)
            ]
        except csv.Error:
            continue  # parse_delimited reports it properly
        if counts:
            mode, consistent = Counter(counts).most_common(1)[0]
            scores[candidate] = (consistent, mode)
    if preferred is not None and preferred in scores:
        return preferred
    if not scores:
        return preferred or ","
    return max(scores, key=lambda candidate: scores[candidate])


def iter_delimited(
    lines: Iterable[str], delimiter: str, *, limits: TableLimits, source: str
) -> Iterator[tuple[str, ...]]:
    """The rows of delimited text given line by line (a text file opened with
    ``newline=""``), one at a time; :class:`InteropError` past the column cap or on a
    broken field. A cell may be as long as the whole file: length limits are for the
    caller, which can name the row."""
    if csv.field_size_limit() < limits.max_file_bytes:
        csv.field_size_limit(limits.max_file_bytes)  # module-wide, and only ever raised
    reader = csv.reader(
        (line.replace("\x00", "") if "\x00" in line else line for line in lines),
        delimiter=delimiter,
        strict=False,
    )
    try:
        for row in reader:
            if len(row) > limits.max_columns:
                raise InteropError(
                    translate(
                        "Interop",
                        "Line {line} of “{name}” has {count} columns; at most {limit} are accepted.",
                    ).format(
                        line=reader.line_num, name=source, count=len(row), limit=limits.max_columns
                    )
                )
            yield tuple(row)
    except csv.Error as exc:
        raise InteropError(
            translate("Interop", "Line {line} of “{name}” cannot be read ({detail}).").format(
                line=reader.line_num, name=source, detail=str(exc)
            )
        ) from exc


def parse_delimited(
    text: str, delimiter: str, *, limits: TableLimits, source: str
) -> list[tuple[str, ...]]:
    """All rows of ``text``; :class:`InteropError` past the row/column caps or on a broken
    field. The row cap counts every row read, a header included."""
    rows: list[tuple[str, ...]] = []
    for row in iter_delimited(
        io.StringIO(text, newline=""), delimiter, limits=limits, source=source
    ):
        if len(rows) >= limits.max_rows:
            raise InteropError(
                translate(
                    "Interop",
                    "“{name}” has more than {limit} rows; split it into smaller files.",
                ).format(name=source, limit=limits.max_rows)
            )
        rows.append(row)
    return rows
