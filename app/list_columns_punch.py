"""The punch list's columns: the screen's table (paged in SQL: each column's sort key) and
the punch report's register. (The punch spreadsheet export keeps the punch exchange
layout, so that a workbook imports back.)"""

from __future__ import annotations

from dataclasses import replace

from executrek.app import list_fields as shared
from executrek.app.columns import QT_TRANSLATE_NOOP, Field, Kind, attr_field, by_key
from executrek.models.records.punch.list_page import LIVE, PunchRow
from executrek.models.records.punch.queries import PunchEntry

AnyPunch = PunchRow | PunchEntry

_LIVE = frozenset(s.value for s in LIVE)

NUMBER: Field[PunchEntry] = replace(shared.NUMBER, weight=0.85)
TITLE: Field[AnyPunch] = shared.TITLE
STATUS: Field[AnyPunch] = replace(shared.STATUS, weight=1.1)
PRIORITY: Field[AnyPunch] = shared.graded("priority", QT_TRANSLATE_NOOP("Columns", "Priority"))
DUE: Field[AnyPunch] = shared.due("due_date", _LIVE)
LOCATION: Field[AnyPunch] = replace(shared.LOCATION, weight=1.35)
CONTRACTOR: Field[AnyPunch] = replace(shared.CONTRACTOR, weight=1.35)
TRADE: Field[AnyPunch] = attr_field("trade", QT_TRANSLATE_NOOP("Columns", "Trade"), weight=1.35)
ASSIGNEE: Field[AnyPunch] = attr_field(
    "assignee", QT_TRANSLATE_NOOP("Columns", "Assignee"), weight=1.05
)
# Shown when the user asks for them.
UPDATED: Field[AnyPunch] = attr_field(
    "updated_at", QT_TRANSLATE_NOOP("Columns", "Updated"), Kind.DATETIME, hidden_by_default=True
)
CREATED: Field[AnyPunch] = attr_field(
    "created_at", QT_TRANSLATE_NOOP("Columns", "Created"), Kind.DATETIME, hidden_by_default=True
)
# The register's own: when the item was closed and who verified it (moved it to closed).
CLOSED: Field[PunchEntry] = Field(
    "closed",
    QT_TRANSLATE_NOOP("Columns", "Closed"),
    lambda r: r.closing.at.date() if r.closing else None,
    Kind.DATE,
    0.95,
)
VERIFIED_BY: Field[PunchEntry] = Field(
    "verified_by",
    QT_TRANSLATE_NOOP("Columns", "Verified by"),
    lambda r: r.closing.by if r.closing else None,
    weight=1.05,
)
# On paper the title column carries each item's history under the title.
DESCRIPTION: Field[PunchEntry] = attr_field(
    "title", QT_TRANSLATE_NOOP("Columns", "Description and history"), weight=3.0
)


def _sorted_in_sql(*fields: Field[PunchRow]) -> tuple[Field[PunchRow], ...]:
    """Each column sorts the paged list in SQL by its key (``list_page.SORTS``)."""
    return tuple(replace(f, sort_key=f.key) for f in fields)


# The screen's table.
SCREEN = _sorted_in_sql(
    NUMBER.reading(lambda r: r.display_number),
    TITLE,
    STATUS,
    PRIORITY,
    DUE,
    LOCATION,
    CONTRACTOR,
    TRADE,
    ASSIGNEE,
    UPDATED,
    CREATED,
)
# What the register's third column may show, by grouping key.
GROUPS: dict[str, Field[PunchEntry]] = by_key(CONTRACTOR, LOCATION, TRADE, STATUS)


def register(third: Field[PunchEntry]) -> tuple[Field[PunchEntry], ...]:
    """The punch report's register; its third column shows ``third`` (one of GROUPS)."""
    return (NUMBER, DESCRIPTION, third, ASSIGNEE, PRIORITY, STATUS, DUE, CLOSED, VERIFIED_BY)
