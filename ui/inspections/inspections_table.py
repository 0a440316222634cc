"""The columns of a project's inspections list (rows filtered in SQL, sorted in the
model: a project has hundreds of inspections, not a hundred thousand)."""

from __future__ import annotations

import enum
from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from executrek.models.records.inspection.model import InspectionResult
from executrek.models.records.inspection.queries import InspectionRow
from executrek.ui.inspections.inspections_text import (
    FAIL_COLOUR,
    PASS_COLOUR,
    result_text,
    status_text,
)
from executrek.ui.widgets.column_model import ordered
from executrek.ui.widgets.columns import Column

translate = QCoreApplication.translate


class Col(enum.IntEnum):
    NUMBER = 0
    DATE = 1
    TITLE = 2
    TEMPLATE = 3
    LOCATION = 4
    CONTRACTOR = 5
    STATUS = 6
    RESULT = 7
    SCORE = 8
    PROGRESS = 9


def _result_colour(r: InspectionRow) -> str | None:
    if r.result is InspectionResult.PASS:
        return PASS_COLOUR
    return FAIL_COLOUR if r.result is InspectionResult.FAIL else None


def _about(r: InspectionRow) -> str:
    return translate("InspectionTableModel", "{title}\nTemplate: {template}\n{location}").format(
        title=r.title, template=r.template_name or "—", location=r.location
    )


def _text(
    key: str,
    title: str,
    value: Callable[[InspectionRow], str],
    tooltip: Callable[[InspectionRow], str] | None = None,
) -> Column[InspectionRow]:
    """A column of text, sorted without regard to case."""
    return Column(
        key, title, value, sort_value=lambda r: (value(r).casefold(), r.number), tooltip=tooltip
    )


def inspection_columns() -> list[Column[InspectionRow]]:
    """Each column sorts by its value, then by number."""
    return ordered(
        Col,
        {
            Col.NUMBER: Column(
                "number",
                translate("InspectionTableModel", "Number"),
                lambda r: r.number,
                sort_value=lambda r: (r.number, r.id),
            ),
            Col.DATE: Column(
                "date",
                translate("InspectionTableModel", "Date"),
                lambda r: r.inspection_date.isoformat(),
                sort_value=lambda r: (r.inspection_date, r.number),
            ),
            Col.TITLE: _text(
                "title", translate("InspectionTableModel", "Title"), lambda r: r.title, _about
            ),
            Col.TEMPLATE: _text(
                "template", translate("InspectionTableModel", "Template"), lambda r: r.template_name
            ),
            Col.LOCATION: _text(
                "location",
                translate("InspectionTableModel", "Location"),
                lambda r: r.location,
                _about,
            ),
            Col.CONTRACTOR: _text(
                "contractor",
                translate("InspectionTableModel", "Contractor"),
                lambda r: r.contractor,
            ),
            Col.STATUS: Column(
                "status",
                translate("InspectionTableModel", "Status"),
                lambda r: status_text(r.status),
                sort_value=lambda r: (r.status.value, r.number),
            ),
            Col.RESULT: Column(
                "result",
                translate("InspectionTableModel", "Result"),
                lambda r: result_text(r.result),
                sort_value=lambda r: (r.result.value if r.result else "", r.number),
                colour=_result_colour,
            ),
            Col.SCORE: Column(
                "score",
                translate("InspectionTableModel", "Score"),
                lambda r: "—" if r.score is None else f"{r.score}%",
                sort_value=lambda r: (r.score if r.score is not None else Decimal(-1), r.number),
                right=True,
                colour=_result_colour,
            ),
            Col.PROGRESS: Column(
                "progress",
                translate("InspectionTableModel", "Answered"),
                lambda r: f"{r.answered}/{r.total}",
                sort_value=lambda r: (r.answered / r.total if r.total else 0.0, r.number),
                right=True,
            ),
        },
    )
