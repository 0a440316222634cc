"""Find the worksheets inside an .xlsx package and scan one sheet's XML.

openpyxl's read-only mode streams values but knows nothing about merged cells, and
``data_only=True`` reads a formula that was never calculated as empty. The sheet XML
holds both facts, so it is scanned once here (with defusedxml) next to openpyxl.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass

from openpyxl.utils.cell import column_index_from_string, coordinate_from_string, range_boundaries

from executrek.app.i18n import translate
from executrek.app.interop.errors import InteropError
from executrek.app.interop.member_source import SafeZip
from executrek.app.interop.safe_xml import (
    attribute,
    find_child,
    iter_xml_end,
    local_name,
    parse_xml,
)

_MAX_MERGES = 100_000


@dataclass(frozen=True)
class SheetPart:
    name: str
    part: str  # member name inside the package, e.g. "xl/worksheets/sheet1.xml"
    hidden: bool


@dataclass(frozen=True)
class MergedRange:
    """1-based, inclusive, as Excel counts."""

    min_row: int
    min_col: int
    max_row: int
    max_col: int


@dataclass(frozen=True)
class SheetFacts:
    merged: tuple[MergedRange, ...]
    uncached_formulas: frozenset[tuple[int, int]]  # (row, column), 1-based


def list_sheets(package: SafeZip) -> tuple[SheetPart, ...]:
    """The worksheets in workbook order; :class:`InteropError` if this is no Excel workbook."""
    workbook = _workbook_part(package)
    rels_name = posixpath.join(
        posixpath.dirname(workbook), "_rels", posixpath.basename(workbook) + ".rels"
    )
    targets = _relationship_targets(package, rels_name, base=posixpath.dirname(workbook))
    root = parse_xml(package.read(workbook), source=f"{package.label}:{workbook}")
    sheets_element = find_child(root, "sheets")
    if sheets_element is None:
        raise _not_a_workbook(package.label)
    sheets: list[SheetPart] = []
    for sheet in sheets_element:
        if local_name(sheet.tag) != "sheet":
            continue
        name = attribute(sheet, "name") or ""
        target = targets.get(attribute(sheet, "id") or "")
        if target is None or not package.has(target):
            continue  # chart sheets and dangling references hold no cells
        state = (attribute(sheet, "state") or "visible").lower()
        sheets.append(SheetPart(name=name, part=target, hidden=state != "visible"))
    if not sheets:
        raise _not_a_workbook(package.label)
    return tuple(sheets)


def scan_sheet(package: SafeZip, sheet: SheetPart) -> SheetFacts:
    """Merged ranges and never-calculated formula cells of ``sheet``."""
    merged: list[MergedRange] = []
    uncached: set[tuple[int, int]] = set()
    source = f"{package.label}:{sheet.part}"
    for element in iter_xml_end(package.read(sheet.part), source=source):
        name = local_name(element.tag)
        if name == "c":
            formula = find_child(element, "f")
            if formula is not None:
                value = find_child(element, "v")
                if value is None or not (value.text or "").strip():
                    position = _cell_position(element.get("r"))
                    if position is not None:
                        uncached.add(position)
        elif name == "row":
            element.clear()
        elif name == "mergeCell" and len(merged) < _MAX_MERGES:
            bounds = _range(element.get("ref"))
            if bounds is not None:
                merged.append(bounds)
    return SheetFacts(tuple(merged), frozenset(uncached))


def _workbook_part(package: SafeZip) -> str:
    if package.has("_rels/.rels"):
        root = parse_xml(package.read("_rels/.rels"), source=f"{package.label}:_rels/.rels")
        for rel in root:
            if (rel.get("Type") or "").endswith("/officeDocument"):
                target = _join(rel.get("Target") or "", base="")
                if target and package.has(target):
                    return target
    if package.has("xl/workbook.xml"):
        return "xl/workbook.xml"
    raise _not_a_workbook(package.label)


def _relationship_targets(package: SafeZip, rels_name: str, *, base: str) -> dict[str, str]:
    """Worksheet relationship ids → member names (chart sheets and external links left out)."""
    if not package.has(rels_name):
        raise _not_a_workbook(package.label)
    root = parse_xml(package.read(rels_name), source=f"{package.label}:{rels_name}")
    targets: dict[str, str] = {}
    for rel in root:
        rel_id = rel.get("Id")
        target = rel.get("Target")
        is_worksheet = (rel.get("Type") or "").endswith("/worksheet")
        if (
            rel_id
            and target
            and is_worksheet
            and (rel.get("TargetMode") or "").lower() != "external"
        ):
            joined = _join(target, base=base)
            if joined:
                targets[rel_id] = joined
    return targets


def _join(target: str, *, base: str) -> str:
    if target.startswith("/"):
        joined = posixpath.normpath(target.lstrip("/"))
    else:
        joined = posixpath.normpath(posixpath.join(base, target))
    return "" if joined.startswith("..") else joined


def _cell_position(ref: str | None) -> tuple[int, int] | None:
    if not ref:
        return None
    try:
        column_letters, row = coordinate_from_string(ref)
        return row, column_index_from_string(column_letters)
    except ValueError:
        return None


def _range(ref: str | None) -> MergedRange | None:
    if not ref:
        return None
    try:
        min_col, min_row, max_col, max_row = range_boundaries(ref)
    except (ValueError, TypeError):
        return None
    if min_col is None or min_row is None or max_col is None or max_row is None:
        return None
    return MergedRange(min_row=min_row, min_col=min_col, max_row=max_row, max_col=max_col)


def _not_a_workbook(label: str) -> InteropError:
    return InteropError(
        translate("Interop", "“{name}” is a ZIP archive but not an Excel workbook (.xlsx).").format(
            name=label
        )
    )
