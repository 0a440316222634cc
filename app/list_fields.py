"""The columns most lists have — number, title, status, contractor, location — declared
once, over any row that names the value alike. A list's module
(``app/list_columns_<list>.py``) takes one as it is, or at its own share of a printed
table's width (``replace(TITLE, weight=2.4)``)."""

from __future__ import annotations

from typing import Any

from executrek.app.columns import QT_TRANSLATE_NOOP, Field, Kind

NUMBER: Field[Any] = Field(
    "number", QT_TRANSLATE_NOOP("Columns", "Number"), lambda r: r.number, weight=0.8
)
TITLE: Field[Any] = Field(
    "title", QT_TRANSLATE_NOOP("Columns", "Title"), lambda r: r.title, weight=3
)
STATUS: Field[Any] = Field(
    "status", QT_TRANSLATE_NOOP("Columns", "Status"), lambda r: r.status, Kind.STATUS
)
CONTRACTOR: Field[Any] = Field(
    "contractor", QT_TRANSLATE_NOOP("Columns", "Contractor"), lambda r: r.contractor
)
LOCATION: Field[Any] = Field(
    "location", QT_TRANSLATE_NOOP("Columns", "Location"), lambda r: r.location
)
