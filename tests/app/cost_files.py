"""Budget and schedule-of-values files for the cost interop tests, built in code: CSV
with any delimiter, XLSX with formulas (with or without the value Excel saves beside
them) and text cells that look like formulas."""

from __future__ import annotations

import csv
import re
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook


@dataclass(frozen=True)
class Text:
    """A cell written as text even when it starts with ``=`` (a formula-injection string)."""

    value: str


def write_csv(path: Path, rows: Sequence[Sequence[object]], delimiter: str = ",") -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter)
        for row in rows:
            writer.writerow(["" if cell is None else cell for cell in row])
    return path


def write_xlsx(
    path: Path, rows: Sequence[Sequence[object]], *, saved: Mapping[str, float] | None = None
) -> Path:
    """``rows`` from A1; a string starting with ``=`` is a formula, which openpyxl saves
    without a value, as a file never opened in Excel. ``saved`` gives the value Excel would
    have saved with the formula in that cell ("C7": 2469.0)."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row, start=1):
            if value is None:
                continue
            cell = sheet.cell(row=r, column=c)
            if isinstance(value, Text):
                cell.value = value.value
                cell.data_type = "s"
            else:
                cell.value = value
    book.save(path)
    if saved:
        _save_values(path, saved)
    return path


def _save_values(path: Path, saved: Mapping[str, float]) -> None:
    """Write each formula's cached value into the sheet XML, as Excel does."""
    with zipfile.ZipFile(path) as source:
        members = {name: source.read(name) for name in source.namelist()}
    name = "xl/worksheets/sheet1.xml"
    xml = members[name].decode("utf-8")
    for ref, value in saved.items():
        pattern = re.compile(rf'(<c r="{ref}"[^>]*>)(<f>.*?</f>)<v\s*/>')
        xml, count = pattern.subn(lambda m, v=value: f"{m[1]}{m[2]}<v>{v!r}</v>", xml)
        assert count == 1, f"no formula in {ref}"
    members[name] = xml.encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for member, data in members.items():
            target.writestr(member, data)
