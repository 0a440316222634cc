"""The inspection list's columns: the screen's table, the spreadsheet export (with the
responses beside it) and the inspections of the status report."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from executrek.app import list_fields as shared
from executrek.app.columns import QT_TRANSLATE_NOOP, Field, Kind, attr_field
from executrek.models.records.inspection.queries import InspectionRow
from executrek.models.records.inspection.report import InspectionSummary
from executrek.models.services.list_exports import InspectionExportRow, ResponseExportRow

AnyInspection = InspectionExportRow | InspectionSummary | InspectionRow
Listed = InspectionExportRow | InspectionRow

NUMBER: Field[AnyInspection] = shared.NUMBER
TITLE: Field[AnyInspection] = shared.TITLE
TEMPLATE: Field[InspectionExportRow] = attr_field(
    "template", QT_TRANSLATE_NOOP("Columns", "Template")
)
DATE: Field[AnyInspection] = attr_field(
    "date", QT_TRANSLATE_NOOP("Columns", "Date"), Kind.DATE, attr="inspection_date"
)
LOCATION: Field[Listed] = shared.LOCATION
CONTRACTOR: Field[Listed] = shared.CONTRACTOR
INSPECTOR: Field[InspectionExportRow] = attr_field(
    "inspector", QT_TRANSLATE_NOOP("Columns", "Inspector")
)
STATUS: Field[AnyInspection] = shared.STATUS
# An inspection's result, and a checklist response's
_RESULT: Field[Any] = attr_field("result", QT_TRANSLATE_NOOP("Columns", "Result"), Kind.STATUS)
RESULT: Field[AnyInspection] = _RESULT
SCORE: Field[AnyInspection] = attr_field(
    "score",
    QT_TRANSLATE_NOOP("Columns", "Score (%)"),
    Kind.PERCENT,
    short=QT_TRANSLATE_NOOP("Columns", "Score"),
    places=1,
    # on screen an inspection with no score yet sorts below every score
    sort_value=lambda r: Decimal(-1) if r.score is None else r.score,
)
ANSWERED: Field[InspectionExportRow] = attr_field(
    "answered", QT_TRANSLATE_NOOP("Columns", "Answered"), Kind.INT
)
ITEMS: Field[InspectionExportRow] = attr_field(
    "items", QT_TRANSLATE_NOOP("Columns", "Items"), Kind.INT, attr="total"
)
PROGRESS: Field[InspectionRow] = Field(
    "progress",
    QT_TRANSLATE_NOOP("Columns", "Answered"),
    lambda r: f"{r.answered}/{r.total}",
    sort_value=lambda r: r.answered / r.total if r.total else 0.0,
)
COMPLETED_AT: Field[InspectionExportRow] = attr_field(
    "completed_at", QT_TRANSLATE_NOOP("Columns", "Completed at"), Kind.DATETIME
)

# The checklist responses
INSPECTION: Field[ResponseExportRow] = attr_field(
    "inspection", QT_TRANSLATE_NOOP("Columns", "Inspection"), attr="inspection_number"
)
RESPONSES_EXPORT: tuple[Field[ResponseExportRow], ...] = (
    INSPECTION,
    attr_field("position", QT_TRANSLATE_NOOP("Columns", "Item no."), Kind.INT),
    attr_field("section", QT_TRANSLATE_NOOP("Columns", "Section")),
    attr_field("item", QT_TRANSLATE_NOOP("Columns", "Item")),
    attr_field("answer", QT_TRANSLATE_NOOP("Columns", "Answer")),
    _RESULT,
    attr_field("note", QT_TRANSLATE_NOOP("Columns", "Note")),
    attr_field("responded_by", QT_TRANSLATE_NOOP("Columns", "Responded by")),
    attr_field("responded_at", QT_TRANSLATE_NOOP("Columns", "Responded at"), Kind.DATETIME),
)

# The screen's table (sorted in the model: a project has hundreds of inspections).
SCREEN: tuple[Field[InspectionRow], ...] = (
    NUMBER,
    DATE,
    TITLE,
    TEMPLATE.reading(lambda r: r.template_name),
    LOCATION,
    CONTRACTOR,
    STATUS,
    RESULT,
    SCORE.narrow(),  # "Score": its figures carry the % sign on screen
    PROGRESS,
)
EXPORT: tuple[Field[InspectionExportRow], ...] = (
    NUMBER,
    TITLE,
    TEMPLATE,
    DATE,
    LOCATION,
    CONTRACTOR,
    INSPECTOR,
    STATUS,
    RESULT,
    SCORE,
    ANSWERED,
    ITEMS,
    COMPLETED_AT,
)
# The status report shows the result, or the status while there is none.
PERIOD: tuple[Field[InspectionSummary], ...] = (
    NUMBER,
    TITLE,
    DATE,
    SCORE,
    RESULT.reading(lambda r: r.result or r.status),
)
