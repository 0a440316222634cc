"""The columns of a project's inspections list: the screen view of the inspection list's
spec (``app/list_columns_inspections.py``), with the screen's own touches: the result
and score in the result's colour, the title and location telling the template. Rows are
filtered in SQL and sorted in the model (a project has hundreds of inspections)."""

from __future__ import annotations

import enum
from dataclasses import replace

from PySide6.QtCore import QCoreApplication

from executrek.app import list_columns_inspections as spec
from executrek.models.records.inspection.model import InspectionResult
from executrek.models.records.inspection.queries import InspectionRow
from executrek.ui.inspections.inspections_text import FAIL_COLOUR, PASS_COLOUR
from executrek.ui.widgets.columns import Column, screen_columns


class Col(enum.IntEnum):
    """The places of ``spec.SCREEN``'s columns."""

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
    return QCoreApplication.translate(
        "InspectionTableModel", "{title}\nTemplate: {template}\n{location}"
    ).format(title=r.title, template=r.template_name or "—", location=r.location)


def inspection_columns() -> list[Column[InspectionRow]]:
    columns = screen_columns(
        spec.SCREEN, colours={"result": _result_colour, "score": _result_colour}
    )
    for col in (Col.TITLE, Col.LOCATION):
        columns[col] = replace(columns[col], tooltip=_about)
    columns[Col.PROGRESS] = replace(columns[Col.PROGRESS], right=True)  # "3/4" as a figure
    return columns
