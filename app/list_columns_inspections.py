"""The inspection list's columns: the screen's table, the spreadsheet export (with the
responses beside it) and the inspections of the status report."""

from __future__ import annotations

from decimal import Decimal

from executrek.app import list_fields as shared
from executrek.app.columns import QT_TRANSLATE_NOOP, Field, Kind
from executrek.models.records.inspection.queries import InspectionRow
from executrek.models.records.inspection.report import InspectionSummary
from executrek.models.services.list_exports import InspectionExportRow, ResponseExportRow

AnyInspection = InspectionExportRow | InspectionSummary | InspectionRow
Listed = InspectionExportRow | InspectionRow

NUMBER: Field[AnyInspection] = shared.NUMBER
TITLE: Field[AnyInspection] = shared.TITLE
TEMPLATE: Field[InspectionExportRow] = Field(
    "template", QT_TRANSLATE_NOOP("Columns", "Template"), lambda r: r.template
)
DATE: Field[AnyInspection] = Field(
    "date", QT_TRANSLATE_NOOP("Columns", "Date"), lambda r: r.inspection_date, Kind.DATE
)
LOCATION: Field[Listed] = shared.LOCATION
CONTRACTOR: Field[Listed] = shared.CONTRACTOR
INSPECTOR: Field[InspectionExportRow] = Field(
    "inspector", QT_TRANSLATE_NOOP("Columns", "Inspector"), lambda r: r.inspector
)
STATUS: Field[AnyInspection] = shared.STATUS
RESULT: Field[AnyInspection] = Field(
    "result", QT_TRANSLATE_NOOP("Columns", "Result"), lambda r: r.result, Kind.STATUS
)
SCORE: Field[AnyInspection] = Field(
    "score",
    QT_TRANSLATE_NOOP("Columns", "Score (%)"),
    lambda r: r.score,
    Kind.PERCENT,
    short=QT_TRANSLATE_NOOP("Columns", "Score"),
    places=1,
    # on screen an inspection with no score yet sorts below every score
    sort_value=lambda r: Decimal(-1) if r.score is None else r.score,
)
ANSWERED: Field[InspectionExportRow] = Field(
    "answered", QT_TRANSLATE_NOOP("Columns", "Answered"), lambda r: r.answered, Kind.INT
)
ITEMS: Field[InspectionExportRow] = Field(
    "items", QT_TRANSLATE_NOOP("Columns", "Items"), lambda r: r.total, Kind.INT
)
PROGRESS: Field[InspectionRow] = Field(
    "progress",
    QT_TRANSLATE_NOOP("Columns", "Answered"),
    lambda r: f"{r.answered}/{r.total}",
    sort_value=lambda r: r.answered / r.total if r.total else 0.0,
)
COMPLETED_AT: Field[InspectionExportRow] = Field(
    "completed_at",
    QT_TRANSLATE_NOOP("Columns", "Completed at"),
    lambda r: r.completed_at,
    Kind.DATETIME,
)

# The checklist responses
INSPECTION: Field[ResponseExportRow] = Field(
    "inspection", QT_TRANSLATE_NOOP("Columns", "Inspection"), lambda r: r.inspection_number
)
ITEM_NO: Field[ResponseExportRow] = Field(
    "position", QT_TRANSLATE_NOOP("Columns", "Item no."), lambda r: r.position, Kind.INT
)
SECTION: Field[ResponseExportRow] = Field(
    "section", QT_TRANSLATE_NOOP("Columns", "Section"), lambda r: r.section
)
ITEM: Field[ResponseExportRow] = Field(
    "item", QT_TRANSLATE_NOOP("Columns", "Item"), lambda r: r.item
)
ANSWER: Field[ResponseExportRow] = Field(
    "answer", QT_TRANSLATE_NOOP("Columns", "Answer"), lambda r: r.answer
)
OUTCOME: Field[ResponseExportRow] = Field(
    "result", QT_TRANSLATE_NOOP("Columns", "Result"), lambda r: r.result, Kind.STATUS
)
NOTE: Field[ResponseExportRow] = Field(
    "note", QT_TRANSLATE_NOOP("Columns", "Note"), lambda r: r.note
)
RESPONDED_BY: Field[ResponseExportRow] = Field(
    "responded_by", QT_TRANSLATE_NOOP("Columns", "Responded by"), lambda r: r.responded_by
)
RESPONDED_AT: Field[ResponseExportRow] = Field(
    "responded_at",
    QT_TRANSLATE_NOOP("Columns", "Responded at"),
    lambda r: r.responded_at,
    Kind.DATETIME,
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
RESPONSES_EXPORT: tuple[Field[ResponseExportRow], ...] = (
    INSPECTION,
    ITEM_NO,
    SECTION,
    ITEM,
    ANSWER,
    OUTCOME,
    NOTE,
    RESPONDED_BY,
    RESPONDED_AT,
)
# The status report shows the result, or the status while there is none.
PERIOD: tuple[Field[InspectionSummary], ...] = (
    NUMBER,
    TITLE,
    DATE,
    SCORE,
    RESULT.reading(lambda r: r.result or r.status),
)
