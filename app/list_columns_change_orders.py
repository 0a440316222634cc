"""The change order list's columns: the screen's table, the spreadsheet export (with the
line items beside it), the change order report's log and line items, and the headers of
the editor's line items."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from executrek.app import list_fields as shared
from executrek.app.columns import QT_TRANSLATE_NOOP, Field, Kind, attr_field
from executrek.models.records.change_order.queries import (
    ChangeOrderEntry,
    ChangeOrderExportRow,
    ChangeOrderRow,
    COLineEntry,
    LineExportRow,
)

AnyOrder = ChangeOrderRow | ChangeOrderExportRow | ChangeOrderEntry
AnyLine = LineExportRow | COLineEntry

TIER: Field[AnyOrder] = attr_field("tier", QT_TRANSLATE_NOOP("Columns", "Tier"), Kind.WORDS)
NUMBER: Field[AnyOrder] = replace(shared.NUMBER, sort_value=lambda r: (r.tier, r.number))
TITLE: Field[AnyOrder] = shared.TITLE
STATUS: Field[AnyOrder] = replace(shared.STATUS, weight=1.05)
REASON: Field[AnyOrder] = attr_field(
    "reason", QT_TRANSLATE_NOOP("Columns", "Reason"), Kind.WORDS, 1.4
)
CONTRACTOR: Field[AnyOrder] = shared.CONTRACTOR
_AMOUNT: Field[Any] = attr_field("amount", QT_TRANSLATE_NOOP("Columns", "Amount"), Kind.MONEY, 1.3)
AMOUNT: Field[AnyOrder] = _AMOUNT
CURRENCY: Field[ChangeOrderExportRow] = attr_field(
    "currency", QT_TRANSLATE_NOOP("Columns", "Currency")
)
DAYS: Field[ChangeOrderRow | ChangeOrderEntry] = attr_field(
    "days",
    QT_TRANSLATE_NOOP("Columns", "Schedule (days)"),
    Kind.DAYS,
    0.55,
    short=QT_TRANSLATE_NOOP("Columns", "Days"),
    attr="schedule_impact_days",
)
REVISION: Field[ChangeOrderRow | ChangeOrderExportRow] = attr_field(
    "revision", QT_TRANSLATE_NOOP("Columns", "Revision"), Kind.INT
)
CREATED: Field[ChangeOrderExportRow | ChangeOrderEntry] = attr_field(
    "created", QT_TRANSLATE_NOOP("Columns", "Created"), Kind.DATETIME, attr="created_at"
)
SUBMITTED: Field[AnyOrder] = attr_field(
    "submitted", QT_TRANSLATE_NOOP("Columns", "Submitted"), Kind.DATETIME, attr="submitted_at"
)
DECIDED: Field[AnyOrder] = attr_field(
    "decided", QT_TRANSLATE_NOOP("Columns", "Decided"), Kind.DATETIME, attr="decided_at"
)
LAST_STEP: Field[ChangeOrderRow] = attr_field(
    "last_step", QT_TRANSLATE_NOOP("Columns", "Last step"), Kind.DATE, 0.8
)

# Line items
CHANGE_ORDER: Field[LineExportRow] = attr_field(
    "change_order", QT_TRANSLATE_NOOP("Columns", "Change order"), attr="change_order_number"
)
_LINE_ITEMS: tuple[Field[AnyLine], ...] = (
    attr_field(
        "line",
        QT_TRANSLATE_NOOP("Columns", "Line"),
        Kind.INT,
        0.35,
        short=QT_TRANSLATE_NOOP("Columns", "#"),
        attr="position",
    ),
    attr_field("description", QT_TRANSLATE_NOOP("Columns", "Description"), weight=3.2),
    attr_field("quantity", QT_TRANSLATE_NOOP("Columns", "Quantity"), Kind.DECIMAL, places=2),
    attr_field("unit", QT_TRANSLATE_NOOP("Columns", "Unit"), weight=0.6),
    attr_field("unit_price", QT_TRANSLATE_NOOP("Columns", "Unit price"), Kind.MONEY, 1.2),
    attr_field(
        "markup",
        QT_TRANSLATE_NOOP("Columns", "Markup (%)"),
        Kind.DECIMAL,
        0.8,
        places=1,
        attr="markup_pct",
    ),
    _AMOUNT,
)

SCREEN: tuple[Field[ChangeOrderRow], ...] = (
    NUMBER,
    TIER,
    TITLE,
    REASON,
    STATUS,
    CONTRACTOR,
    AMOUNT,
    DAYS,
    LAST_STEP,
)
EXPORT: tuple[Field[ChangeOrderExportRow], ...] = (
    TIER,
    NUMBER,
    TITLE,
    STATUS,
    REASON,
    CONTRACTOR,
    AMOUNT,
    CURRENCY,
    DAYS.reading(lambda r: r.schedule_days),
    REVISION,
    CREATED,
    SUBMITTED,
    DECIDED,
)
LOG: tuple[Field[ChangeOrderEntry], ...] = (NUMBER, TITLE, REASON, STATUS, DAYS, AMOUNT)
LINES: tuple[Field[COLineEntry], ...] = _LINE_ITEMS
LINES_EXPORT: tuple[Field[LineExportRow], ...] = (CHANGE_ORDER, *_LINE_ITEMS)
# The editor's line items: their headers (the amount is worked out as one types).
LINES_EDITOR: tuple[Field[AnyLine], ...] = _LINE_ITEMS[1:]
