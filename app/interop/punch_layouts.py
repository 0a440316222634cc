"""Known punch-list layouts: their exact headers, how to recognise them, which column is which.

Headers are compared after :func:`normalize_header` (case, ``*`` required-markers,
underscores and extra spaces do not matter).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType

from executrek.app.interop.punch_fields import PunchField
from executrek.app.interop.table_model import CellValue, is_blank

F = PunchField


class Layout(StrEnum):
    EXECUTREK = "executrek"
    PROCORE = "procore"
    PROCORE_DEFICIENCY = "procore_deficiency"
    FIELDWIRE = "fieldwire"
    GENERIC = "generic"


@dataclass(frozen=True)
class LayoutSpec:
    """``headers`` is the exact header row we write on export (empty: import only)."""

    layout: Layout
    headers: tuple[str, ...]
    fields: Mapping[str, PunchField]  # normalized header → field


_EXECUTREK = LayoutSpec(
    Layout.EXECUTREK,
    headers=(
        "Number", "Title", "Description", "Location", "Trade", "Responsible Contractor",
        "Priority", "Status", "Due Date", "Created Date", "Assignee", "External ID",
        "Created By", "Manager", "Final Approver",
    ),
    fields=MappingProxyType({
        "number": F.NUMBER, "title": F.TITLE, "description": F.DESCRIPTION,
        "location": F.LOCATION, "trade": F.TRADE, "responsible contractor": F.RESPONSIBLE_CONTRACTOR,
        "priority": F.PRIORITY, "status": F.STATUS, "due date": F.DUE_DATE,
        "created date": F.CREATED_DATE, "assignee": F.ASSIGNEE, "external id": F.EXTERNAL_ID,
        "created by": F.CREATED_BY, "manager": F.MANAGER, "final approver": F.FINAL_APPROVER,
    }),
)  # fmt: skip

# Procore "Request a Punch List Import" template (support.procore.com), in template order.
_PROCORE = LayoutSpec(
    Layout.PROCORE,
    headers=(
        "Item Name", "Punch Item #", "Punch Item Type", "Due Date", "Location", "Cost Code",
        "Schedule Impact", "Schedule Impact Days", "Cost Impact", "Cost Impact Amount",
        "Priority", "Reference", "Created By", "Description", "Assigned", "Comments",
    ),
    fields=MappingProxyType({
        "item name": F.TITLE, "punch item #": F.NUMBER, "due date": F.DUE_DATE,
        "location": F.LOCATION, "priority": F.PRIORITY, "reference": F.EXTERNAL_ID,
        "created by": F.CREATED_BY, "description": F.DESCRIPTION, "assigned": F.ASSIGNEE,
    }),
)  # fmt: skip

# Procore Imports app template, en-CA, where the punch list is called a "Deficiency List".
_PROCORE_DEFICIENCY = LayoutSpec(
    Layout.PROCORE_DEFICIENCY,
    headers=(
        "Item Name", "Deficiency Item #", "Deficiency Item Manager", "Created By", "Assigned To",
        "Final Approver", "Location", "Trade", "Schedule Impact", "Schedule Impact Days",
        "Cost Code", "Deficiency Item Type", "Due Date", "Priority", "Cost Impact",
        "Cost Impact Amount", "Reference", "Description", "Comments",
    ),
    fields=MappingProxyType({
        "item name": F.TITLE, "deficiency item #": F.NUMBER, "deficiency item manager": F.MANAGER,
        "created by": F.CREATED_BY, "assigned to": F.ASSIGNEE, "final approver": F.FINAL_APPROVER,
        "location": F.LOCATION, "trade": F.TRADE, "due date": F.DUE_DATE, "priority": F.PRIORITY,
        "reference": F.EXTERNAL_ID, "description": F.DESCRIPTION,
    }),
)  # fmt: skip

# Fieldwire task export (UTF-16 TSV, preamble rows, one column per checklist item).
_FIELDWIRE = LayoutSpec(
    Layout.FIELDWIRE,
    headers=(),
    fields=MappingProxyType({
        "id": F.NUMBER, "title": F.TITLE, "status": F.STATUS, "category": F.TRADE,
        "assignee": F.ASSIGNEE, "end date": F.DUE_DATE, "created": F.CREATED_DATE,
        "description": F.DESCRIPTION, "priority": F.PRIORITY,
    }),
)  # fmt: skip

SPECS: Mapping[Layout, LayoutSpec] = MappingProxyType({
    spec.layout: spec for spec in (_EXECUTREK, _PROCORE, _PROCORE_DEFICIENCY, _FIELDWIRE)
})  # fmt: skip

# Headers other tools (and people) use, for files that match no known layout.
_ALIASES: Mapping[str, PunchField] = MappingProxyType({
    "number": F.NUMBER, "no": F.NUMBER, "nr": F.NUMBER, "#": F.NUMBER, "item #": F.NUMBER,
    "item number": F.NUMBER, "item no": F.NUMBER, "punch #": F.NUMBER, "punch number": F.NUMBER,
    "punch item #": F.NUMBER, "deficiency item #": F.NUMBER, "deficiency #": F.NUMBER,
    "title": F.TITLE, "item name": F.TITLE, "name": F.TITLE, "subject": F.TITLE,
    "summary": F.TITLE, "item": F.TITLE, "punch item": F.TITLE, "deficiency": F.TITLE,
    "issue": F.TITLE, "task": F.TITLE,
    "description": F.DESCRIPTION, "details": F.DESCRIPTION, "detail": F.DESCRIPTION,
    "long description": F.DESCRIPTION, "notes": F.DESCRIPTION,
    "location": F.LOCATION, "location path": F.LOCATION, "area": F.LOCATION,
    "room": F.LOCATION, "space": F.LOCATION,
    "trade": F.TRADE, "discipline": F.TRADE, "category": F.TRADE, "division": F.TRADE,
    "responsible contractor": F.RESPONSIBLE_CONTRACTOR, "contractor": F.RESPONSIBLE_CONTRACTOR,
    "subcontractor": F.RESPONSIBLE_CONTRACTOR, "company": F.RESPONSIBLE_CONTRACTOR,
    "responsible company": F.RESPONSIBLE_CONTRACTOR, "responsible party": F.RESPONSIBLE_CONTRACTOR,
    "vendor": F.RESPONSIBLE_CONTRACTOR,
    "priority": F.PRIORITY, "severity": F.PRIORITY, "urgency": F.PRIORITY,
    "status": F.STATUS, "state": F.STATUS, "workflow status": F.STATUS,
    "due date": F.DUE_DATE, "due": F.DUE_DATE, "due by": F.DUE_DATE, "deadline": F.DUE_DATE,
    "target date": F.DUE_DATE, "required by": F.DUE_DATE, "end date": F.DUE_DATE,
    "created date": F.CREATED_DATE, "created": F.CREATED_DATE, "created at": F.CREATED_DATE,
    "created on": F.CREATED_DATE, "date created": F.CREATED_DATE, "creation date": F.CREATED_DATE,
    "date opened": F.CREATED_DATE, "date identified": F.CREATED_DATE, "date": F.CREATED_DATE,
    "assignee": F.ASSIGNEE, "assignees": F.ASSIGNEE, "assigned to": F.ASSIGNEE,
    "assigned": F.ASSIGNEE, "ball in court": F.ASSIGNEE,
    "external id": F.EXTERNAL_ID, "reference": F.EXTERNAL_ID, "ref": F.EXTERNAL_ID,
    "id": F.EXTERNAL_ID, "guid": F.EXTERNAL_ID, "uuid": F.EXTERNAL_ID,
    "created by": F.CREATED_BY, "author": F.CREATED_BY, "reported by": F.CREATED_BY,
    "raised by": F.CREATED_BY, "originator": F.CREATED_BY,
    "manager": F.MANAGER, "punch item manager": F.MANAGER, "deficiency item manager": F.MANAGER,
    "final approver": F.FINAL_APPROVER, "approver": F.FINAL_APPROVER,
})  # fmt: skip

# Multi-word or unmistakable endings, tried last: "Violation Description" → description.
_SUFFIX_ALIASES: Mapping[str, PunchField] = MappingProxyType({
    "description": F.DESCRIPTION, "status": F.STATUS, "location": F.LOCATION,
    "priority": F.PRIORITY, "due date": F.DUE_DATE, "trade": F.TRADE, "title": F.TITLE,
    "assigned to": F.ASSIGNEE, "created date": F.CREATED_DATE,
})  # fmt: skip

_NUMERIC = re.compile(r"[\d\s.,:/\-]+")
_TIER = re.compile(r"^(?:location )?(?:tier|level) (\d+)(?: location)?$|^location (\d+)$")


def normalize_header(value: CellValue) -> str:
    """``" Item Name* "`` → ``"item name"``; ``"Assignee(s)"`` → ``"assignees"``."""
    text = "" if value is None else str(value)
    text = text.strip().lower().replace("(s)", "s")
    text = re.sub(r"[*_\-:?.()]", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def location_tier(normalized: str) -> int | None:
    """``"location tier 2"`` → 2 (Fieldwire writes one column per location tier)."""
    match = _TIER.match(normalized)
    if match is None:
        return None
    return int(match[1] or match[2])


def is_known_header(normalized: str) -> bool:
    if not normalized:
        return False
    if normalized in _ALIASES or location_tier(normalized) is not None:
        return True
    return any(normalized in spec.fields for spec in SPECS.values()) or any(
        normalized in (normalize_header(h) for h in spec.headers) for spec in SPECS.values()
    )


def header_score(row: Sequence[CellValue]) -> int:
    """How many cells of ``row`` are headers we know."""
    return sum(
        1 for cell in row if isinstance(cell, str) and is_known_header(normalize_header(cell))
    )


def find_header_row(rows: Sequence[Sequence[CellValue]], scan_rows: int) -> int:
    """Index of the header row among the first ``scan_rows``.

    The first non-empty row is the header unless it is a preamble or title line (fewer
    than two distinct values, like Fieldwire's "Generated with …" or a merged title) or
    a later row is clearly more header-like. Data rows that happen to contain a word
    such as "no" or "date" do not displace a real header.
    """
    nonempty = [
        (index, row)
        for index, row in enumerate(rows[:scan_rows])
        if not all(is_blank(cell) for cell in row)
    ]
    if not nonempty:
        return 0
    first_index, first_row = nonempty[0]
    first_score = header_score(first_row)
    best_index, best_row, best_score = first_index, first_row, first_score
    for index, row in nonempty[1:]:
        score = header_score(row)
        if score > best_score:
            best_index, best_row, best_score = index, row, score
    if best_index == first_index or best_score == 0 or _looks_like_data(best_row):
        return first_index
    first_distinct = _distinct_values(first_row)
    if first_distinct < 2:
        return best_index
    if best_score >= 3 and best_score > first_score:
        return best_index
    if first_score == 0 and best_score >= 2 and first_distinct < _distinct_values(best_row):
        return best_index
    return first_index


def _looks_like_data(row: Sequence[CellValue]) -> bool:
    """Header cells are labels: no numbers, dates or URLs."""
    for cell in row:
        if isinstance(cell, str):
            text = cell.strip()
            if "://" in text or (text and _NUMERIC.fullmatch(text)):
                return True
        elif cell is not None:
            return True
    return False


def _distinct_values(row: Sequence[CellValue]) -> int:
    return len({str(cell).strip() for cell in row if not is_blank(cell)})


def detect_layout(headers: Sequence[str]) -> Layout:
    present = {normalize_header(header) for header in headers}
    if {"number", "title", "status", "external id", "responsible contractor"} <= present:
        return Layout.EXECUTREK
    if {"item name", "deficiency item #"} <= present:
        return Layout.PROCORE_DEFICIENCY
    if {"item name", "punch item #"} <= present:
        return Layout.PROCORE
    if "location tier 1" in present or {"id", "title", "status", "category", "plan"} <= present:
        return Layout.FIELDWIRE
    return Layout.GENERIC


def auto_columns(headers: Sequence[str], layout: Layout) -> dict[PunchField, tuple[int, ...]]:
    """Which source columns feed which field, as well as the headers allow.

    Each column feeds one field; only the location may come from several columns
    (tiers, outermost first).
    """
    normalized = [normalize_header(header) for header in headers]
    columns: dict[PunchField, tuple[int, ...]] = {}
    used: set[int] = set()

    def assign(punch_field: PunchField, index: int) -> None:
        if punch_field not in columns and index not in used:
            columns[punch_field] = (index,)
            used.add(index)

    spec = SPECS.get(layout)
    if spec is not None:
        for index, name in enumerate(normalized):
            if name in spec.fields:
                assign(spec.fields[name], index)
    tiers = sorted(
        (tier, index)
        for index, name in enumerate(normalized)
        if index not in used and (tier := location_tier(name)) is not None
    )
    if tiers and PunchField.LOCATION not in columns:
        columns[PunchField.LOCATION] = tuple(index for _tier, index in tiers)
        used.update(index for _tier, index in tiers)
    for index, name in enumerate(normalized):
        if name in _ALIASES:
            assign(_ALIASES[name], index)
    for index, name in enumerate(normalized):
        if index in used or not name:
            continue
        for suffix, punch_field in _SUFFIX_ALIASES.items():
            if name.endswith(" " + suffix):
                assign(punch_field, index)
                break
    return columns
