"""Standard cost-code lists a project's budget can start from.

* **CSI MasterFormat 2016**, level 1: the 50 divisions 00–49 with their official titles
  (the reserved ones are left out of a project's list unless asked for). Every division is
  a hard (construction) cost except 00, *Procurement and Contracting Requirements*, which
  is soft. MasterFormat has no place for the owner's soft costs, so ``csi_codes`` adds the
  PMO's soft-cost codes beside the divisions (``S10`` design fees … ``S90`` owner's
  contingency), each with its category; a budget line whose category is left blank
  takes its code's (:func:`default_category`).
* **Uniclass 2015**: any of NBS's tables (``Uniclass2015_EF.csv``, the Systems table
  ``Ss``…), as CSV or as NBS's XLSX. A code's parent comes from the code itself:
  ``Ss_25_10_30`` sits under ``Ss_25_10``, groups (``Ss_25``) are roots.

:func:`infer_parent` places a code of a budget file under the longest code already known
that starts it (``03 30 00`` under division ``03``, ``1.2.3`` under ``1.2``).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from pathlib import Path

from executrek.app.i18n import translate
from executrek.app.interop.errors import InteropError
from executrek.app.interop.punch_layouts import normalize_header
from executrek.app.interop.table_model import RawTable, cell_text
from executrek.app.interop.table_source import read_table
from executrek.models.records.cost.rows import CodeRow
from executrek.models.records.cost.vocab import CostCategory

STANDARDS = ("csi", "uniclass")


@dataclass(frozen=True)
class StandardCode:
    """One code of a built-in list: ``category`` is the default of the lines under it;
    ``None`` marks a division MasterFormat keeps reserved."""

    code: str
    name: str
    category: CostCategory | None


_RESERVED = "Reserved for Future Expansion"


def _division_category(code: str, name: str) -> CostCategory | None:
    """Division 00 (bonds, insurance, contracting) is a soft cost; reserved ones none."""
    if name == _RESERVED:
        return None
    return CostCategory.OTHER if code == "00" else CostCategory.CONSTRUCTION


# MasterFormat 2016, level 1 (divisions), with the official titles.
CSI_DIVISIONS: tuple[StandardCode, ...] = tuple(
    StandardCode(code, name, _division_category(code, name))
    for code, name in (
        ("00", "Procurement and Contracting Requirements"),
        ("01", "General Requirements"),
        ("02", "Existing Conditions"),
        ("03", "Concrete"),
        ("04", "Masonry"),
        ("05", "Metals"),
        ("06", "Wood, Plastics, and Composites"),
        ("07", "Thermal and Moisture Protection"),
        ("08", "Openings"),
        ("09", "Finishes"),
        ("10", "Specialties"),
        ("11", "Equipment"),
        ("12", "Furnishings"),
        ("13", "Special Construction"),
        ("14", "Conveying Equipment"),
        ("15", _RESERVED),
        ("16", _RESERVED),
        ("17", _RESERVED),
        ("18", _RESERVED),
        ("19", _RESERVED),
        ("20", _RESERVED),
        ("21", "Fire Suppression"),
        ("22", "Plumbing"),
        ("23", "Heating, Ventilating, and Air Conditioning (HVAC)"),
        ("24", _RESERVED),
        ("25", "Integrated Automation"),
        ("26", "Electrical"),
        ("27", "Communications"),
        ("28", "Electronic Safety and Security"),
        ("29", _RESERVED),
        ("30", _RESERVED),
        ("31", "Earthwork"),
        ("32", "Exterior Improvements"),
        ("33", "Utilities"),
        ("34", "Transportation"),
        ("35", "Waterway and Marine Construction"),
        ("36", _RESERVED),
        ("37", _RESERVED),
        ("38", _RESERVED),
        ("39", _RESERVED),
        ("40", "Process Interconnections"),
        ("41", "Material Processing and Handling Equipment"),
        ("42", "Process Heating, Cooling, and Drying Equipment"),
        ("43", "Process Gas and Liquid Handling, Purification, and Storage Equipment"),
        ("44", "Pollution and Waste Control Equipment"),
        ("45", "Industry-Specific Manufacturing Equipment"),
        ("46", "Water and Wastewater Equipment"),
        ("47", _RESERVED),
        ("48", "Electrical Power Generation"),
        ("49", _RESERVED),
    )
)

# The owner's soft costs (a PMO convention, not part of MasterFormat).
SOFT_COSTS: tuple[StandardCode, ...] = (
    StandardCode("S10", "Design and professional fees", CostCategory.DESIGN),
    StandardCode("S20", "Permits and approvals", CostCategory.PERMITS),
    StandardCode("S30", "Insurance and bonds", CostCategory.INSURANCE),
    StandardCode("S40", "Furniture, fixtures and equipment (FF&E)", CostCategory.FFE),
    StandardCode("S50", "Legal, financing and other fees", CostCategory.FEES),
    StandardCode("S60", "PMO fees", CostCategory.PMO),
    StandardCode("S90", "Owner's contingency", CostCategory.CONTINGENCY),
)


def csi_codes(*, soft_costs: bool = True, include_reserved: bool = False) -> list[CodeRow]:
    """The MasterFormat divisions as a project's cost codes (roots of the tree), with the
    PMO's soft-cost codes after them unless ``soft_costs`` is false."""
    chosen = [d for d in CSI_DIVISIONS if include_reserved or d.category is not None]
    if soft_costs:
        chosen.extend(SOFT_COSTS)
    return [CodeRow(code=d.code, name=d.name) for d in chosen]


_BY_CODE = {d.code: d for d in (*CSI_DIVISIONS, *SOFT_COSTS)}


def default_category(code: str) -> CostCategory:
    """The category a budget line under ``code`` takes when its file says none: its
    division's or soft-cost code's, else construction (a hard cost)."""
    for candidate in (code.strip(), *reversed(_prefixes(code.strip()))):
        found = _BY_CODE.get(candidate)
        if found is not None and found.category is not None:
            return found.category
    return CostCategory.CONSTRUCTION


# --- where a code sits in the tree ---------------------------------------------------------
_PARTS = re.compile(r"[ ._\-/]+")


def _prefixes(code: str) -> list[str]:
    """The codes that could be ``code``'s ancestors, shortest first: its leading parts
    (``03 30 00`` → ``03``, ``03 30``), and for a bare six-digit MasterFormat number its
    division (``033000`` → ``03``)."""
    found: list[str] = []
    for match in _PARTS.finditer(code):
        if match.start() > 0:
            found.append(code[: match.start()])
    if not found and re.fullmatch(r"\d{6}", code):
        found.append(code[:2])
    return found


def infer_parent(code: str, known: Collection[str]) -> str | None:
    """The longest code in ``known`` that is a leading part of ``code`` (not itself)."""
    for candidate in reversed(_prefixes(code)):
        if candidate != code and candidate in known:
            return candidate
    return None


def with_parents(rows: Iterable[CodeRow], known: Collection[str] = ()) -> list[CodeRow]:
    """``rows`` where a code without a parent gets the one :func:`infer_parent` finds among
    ``known`` and the rows' own codes."""
    listed = list(rows)
    everything = set(known) | {row.code for row in listed}
    return [
        row
        if row.parent_code is not None
        else CodeRow(row.code, row.name, infer_parent(row.code, everything), row.row)
        for row in listed
    ]


# --- Uniclass 2015 --------------------------------------------------------------------------
UNICLASS_DEFAULT_TABLE = "EF"  # elements/functions: the usual breakdown of a cost plan
_UNICLASS_CODE = re.compile(r"^[A-Z][A-Za-z]_\d{2}(?:_\d{2}){0,4}$")
_CODE_HEADERS = {"code", "pub code", "uniclass code"}
_TITLE_HEADERS = {"title", "name", "description"}


def read_uniclass(path: Path) -> list[CodeRow]:
    """The codes of one Uniclass 2015 table (CSV as published by Buildig, or NBS's XLSX),
    each under its parent code. ``path`` may be the folder of the tables: the
    elements/functions table (``Uniclass2015_EF``) is read from it."""
    if path.is_dir():
        path = _table_in(path, UNICLASS_DEFAULT_TABLE)
    table = read_table(path)
    header, code_at, title_at = _uniclass_header(table, path)
    rows: list[CodeRow] = []
    seen: set[str] = set()
    problems: list[str] = []
    for index in range(header + 1, len(table.rows)):
        cells = table.rows[index]
        code = cell_text(cells[code_at]) if code_at < len(cells) else ""
        title = cell_text(cells[title_at]) if title_at < len(cells) else ""
        if not code and not title:
            continue
        if not _UNICLASS_CODE.match(code) or not title:
            problems.append(str(index + 1))
            continue
        if code in seen:
            continue
        seen.add(code)
        rows.append(
            CodeRow(code=code, name=title[:200], parent_code=_parent(code, seen), row=index + 1)
        )
    if problems:
        raise InteropError(
            translate(
                "Interop",
                "“{name}” is not a Uniclass 2015 table: no code like Ss_25_10 with a title "
                "on row {rows}.",
            ).format(name=path.name, rows=", ".join(problems[:10]))
        )
    if not rows:
        raise InteropError(
            translate("Interop", "“{name}” holds no Uniclass 2015 codes.").format(name=path.name)
        )
    return rows


def _parent(code: str, seen: Collection[str]) -> str | None:
    """``Ss_25_10_30`` → ``Ss_25_10``; the nearest listed ancestor when one is missing."""
    parts = code.split("_")
    for end in range(len(parts) - 1, 1, -1):
        candidate = "_".join(parts[:end])
        if candidate in seen:
            return candidate
    return None


def _table_in(folder: Path, table: str) -> Path:
    for name in (f"Uniclass2015_{table}.csv", f"Uniclass2015_{table}.xlsx"):
        if (folder / name).is_file():
            return folder / name
    raise InteropError(
        translate(
            "Interop",
            "The folder “{name}” holds no Uniclass 2015 table {table}; name the table's file "
            "(for example Uniclass2015_EF.csv).",
        ).format(name=folder.name, table=table)
    )


def _uniclass_header(table: RawTable, path: Path) -> tuple[int, int, int]:
    for index, cells in enumerate(table.rows[:30]):
        names = [normalize_header(cell) for cell in cells]
        code_at = next((i for i, n in enumerate(names) if n in _CODE_HEADERS), None)
        title_at = next((i for i, n in enumerate(names) if n in _TITLE_HEADERS), None)
        if code_at is not None and title_at is not None:
            return index, code_at, title_at
    raise InteropError(
        translate(
            "Interop",
            "“{name}” is not a Uniclass 2015 table: no header row with the columns Code and Title.",
        ).format(name=path.name)
    )
