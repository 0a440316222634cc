"""The punch item's number series (``PI-0042``), apart from its table so the first
screen can show numbers before the database layer loads."""

from __future__ import annotations

from executrek.models.records.kind import NumberSeries

SERIES = (NumberSeries("PI", 4, "punch_items"),)
