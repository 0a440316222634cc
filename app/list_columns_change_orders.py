"""The change order list's columns: the screen's table, the spreadsheet export (with the
line items beside it), the change order report's log and line items, and the headers of
the editor's line items."""

from __future__ import annotations

from executrek.app.columns import QT_TRANSLATE_NOOP, Field, Kind
from executrek.models.records.change_order.queries import (
    ChangeOrderEntry,
    ChangeOrderExportRow,
    ChangeOrderRow,
    COLineEntry,
    LineExportRow,
)

AnyOrder = ChangeOrderRow | ChangeOrderExportRow | ChangeOrderEntry
AnyLine = LineExportRow | COLineEntry

TIER: Field[AnyOrder] = Field(
    "tier", QT_TRANSLATE_NOOP("Columns", "Tier"), lambda r: r.tier, Kind.WORDS
)
NUMBER: Field[AnyOrder] = Field(
    "number",
    QT_TRANSLATE_NOOP("Columns", "Number"),
    lambda r: r.number,
    weight=0.8,
    sort_value=lambda r: (r.tier, r.number),
)
TITLE: Field[AnyOrder] = Field(
    "title", QT_TRANSLATE_NOOP("Columns", "Title"), lambda r: r.title, weight=3
)
STATUS: Field[AnyOrder] = Field(
    "status", QT_TRANSLATE_NOOP("Columns", "Status"), lambda r: r.status, Kind.STATUS, 1.05
)
REASON: Field[AnyOrder] = Field(
    "reason", QT_TRANSLATE_NOOP("Columns", "Reason"), lambda r: r.reason, Kind.WORDS, 1.4
)
CONTRACTOR: Field[AnyOrder] = Field(
    "contractor", QT_TRANSLATE_NOOP("Columns", "Contractor"), lambda r: r.contractor
)
AMOUNT: Field[AnyOrder] = Field(
    "amount", QT_TRANSLATE_NOOP("Columns", "Amount"), lambda r: r.amount, Kind.MONEY, 1.3
)
CURRENCY: Field[ChangeOrderExportRow] = Field(
    "currency", QT_TRANSLATE_NOOP("Columns", "Currency"), lambda r: r.currency
)
DAYS: Field[ChangeOrderRow | ChangeOrderEntry] = Field(
    "days",
    QT_TRANSLATE_NOOP("Columns", "Schedule (days)"),
    lambda r: r.schedule_impact_days,
    Kind.DAYS,
    0.55,
    short=QT_TRANSLATE_NOOP("Columns", "Days"),
)
REVISION: Field[ChangeOrderRow | ChangeOrderExportRow] = Field(
    "revision", QT_TRANSLATE_NOOP("Columns", "Revision"), lambda r: r.revision, Kind.INT
)
CREATED: Field[ChangeOrderExportRow | ChangeOrderEntry] = Field(
    "created", QT_TRANSLATE_NOOP("Columns", "Created"), lambda r: r.created_at, Kind.DATETIME
)
SUBMITTED: Field[AnyOrder] = Field(
    "submitted",
    QT_TRANSLATE_NOOP("Columns", "Submitted"),
    lambda r: r.submitted_at,
    Kind.DATETIME,
)
DECIDED: Field[AnyOrder] = Field(
    "decided", QT_TRANSLATE_NOOP("Columns", "Decided"), lambda r: r.decided_at, Kind.DATETIME
)
LAST_STEP: Field[ChangeOrderRow] = Field(
    "last_step",
    QT_TRANSLATE_NOOP("Columns", "Last step"),
    lambda r: r.last_step,
    Kind.DATE,
    0.8,
)

# Line items
CHANGE_ORDER: Field[LineExportRow] = Field(
    "change_order", QT_TRANSLATE_NOOP("Columns", "Change order"), lambda r: r.change_order_number
)
LINE: Field[AnyLine] = Field(
    "line",
    QT_TRANSLATE_NOOP("Columns", "Line"),
    lambda r: r.position,
    Kind.INT,
    0.35,
    short=QT_TRANSLATE_NOOP("Columns", "#"),
)
DESCRIPTION: Field[AnyLine] = Field(
    "description", QT_TRANSLATE_NOOP("Columns", "Description"), lambda r: r.description, weight=3.2
)
QUANTITY: Field[AnyLine] = Field(
    "quantity",
    QT_TRANSLATE_NOOP("Columns", "Quantity"),
    lambda r: r.quantity,
    Kind.DECIMAL,
    places=2,
)
UNIT: Field[AnyLine] = Field(
    "unit", QT_TRANSLATE_NOOP("Columns", "Unit"), lambda r: r.unit, weight=0.6
)
UNIT_PRICE: Field[AnyLine] = Field(
    "unit_price",
    QT_TRANSLATE_NOOP("Columns", "Unit price"),
    lambda r: r.unit_price,
    Kind.MONEY,
    1.2,
)
MARKUP: Field[AnyLine] = Field(
    "markup",
    QT_TRANSLATE_NOOP("Columns", "Markup (%)"),
    lambda r: r.markup_pct,
    Kind.DECIMAL,
    0.8,
    places=1,
)
LINE_AMOUNT: Field[AnyLine] = Field(
    "amount", QT_TRANSLATE_NOOP("Columns", "Amount"), lambda r: r.amount, Kind.MONEY, 1.3
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
_LINE_ITEMS: tuple[Field[AnyLine], ...] = (
    LINE,
    DESCRIPTION,
    QUANTITY,
    UNIT,
    UNIT_PRICE,
    MARKUP,
    LINE_AMOUNT,
)
LINES: tuple[Field[COLineEntry], ...] = _LINE_ITEMS
LINES_EXPORT: tuple[Field[LineExportRow], ...] = (CHANGE_ORDER, *_LINE_ITEMS)
# The editor's line items: their headers (the amount is worked out as one types).
LINES_EDITOR: tuple[Field[AnyLine], ...] = _LINE_ITEMS[1:]
