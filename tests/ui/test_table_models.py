"""The table models of the inspection, portfolio, reports and import screens, on plain
rows: each passes Qt's model tester, shows what the screen showed before it moved onto
the shared ``Column`` models, sorts where the screen sorts and colours where it did."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester

from executrek.app.interop.exchange_preview import PreviewGrid
from executrek.app.settings import Thresholds
from executrek.models.records.inspection.model import (
    InspectionItem,
    InspectionResult,
    InspectionStatus,
    InspectionTemplate,
    Outcome,
    ResponseType,
)
from executrek.models.records.inspection.queries import InspectionRow
from executrek.models.services.budget import BudgetRollup
from executrek.models.services.health import ProjectHealth, TopRisk
from executrek.models.services.issued_reports import IssuedReportRow
from executrek.ui.inspections import checklist_model, inspections_table, template_library
from executrek.ui.labels import RAG_COLOURS
from executrek.ui.pages import portfolio_page, reports_page
from executrek.ui.pages.exchange_preview_model import REFUSED_COLOUR, PreviewModel
from executrek.ui.widgets.rows_model import RowsModel

DISPLAY = Qt.ItemDataRole.DisplayRole
ALIGN = Qt.ItemDataRole.TextAlignmentRole
FOREGROUND = Qt.ItemDataRole.ForegroundRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def inspection(
    number: str, day: int, score: str | None, result: InspectionResult | None
) -> InspectionRow:
    return InspectionRow(
        id=f"id-{number}",
        number=number,
        title=f"Title {number}",
        template_name="Fire doors",
        inspection_date=dt.date(2026, 3, day),
        location="Block A › Level 2",
        contractor="Brightline",
        status=InspectionStatus.COMPLETED if result else InspectionStatus.IN_PROGRESS,
        result=result,
        score=Decimal(score) if score is not None else None,
        answered=3,
        total=4,
    )


def test_inspection_list_sorts_and_colours(qapp: QApplication, qtmodeltester: ModelTester) -> None:
    Col = inspections_table.Col
    model: RowsModel[InspectionRow] = RowsModel(inspections_table.inspection_columns())
    model.set_rows(
        [
            inspection("INS-001", 3, "92.50", InspectionResult.PASS),
            inspection("INS-002", 9, None, None),
            inspection("INS-003", 5, "61.00", InspectionResult.FAIL),
        ]
    )
    qtmodeltester.check(model)
    assert model.headerData(Col.PROGRESS, Qt.Orientation.Horizontal) == "Answered"
    assert [c.key for c in model.columns] == [c.name.lower() for c in Col]
    assert model.headerData(Col.SCORE, Qt.Orientation.Horizontal) == "Score"
    assert model.index(0, Col.SCORE).data() == "92.5%"
    assert model.index(1, Col.SCORE).data() == ""
    assert model.index(1, Col.RESULT).data() == ""
    assert model.index(2, Col.RESULT).data() == "Fail"
    assert model.index(0, Col.PROGRESS).data() == "3/4"
    assert model.index(0, Col.PROGRESS).data(ALIGN) == RIGHT
    assert model.index(0, Col.RESULT).data(FOREGROUND) == QColor("#2E8540")
    assert model.index(2, Col.SCORE).data(FOREGROUND) == QColor("#C62828")
    assert model.index(1, Col.RESULT).data(FOREGROUND) is None
    assert model.index(0, Col.TITLE).data(TOOLTIP) == (
        "Title INS-001\nTemplate: Fire doors\nBlock A › Level 2"
    )
    model.sort(Col.SCORE, Qt.SortOrder.AscendingOrder)  # no score yet sorts first
    assert [model.row_at(r).number for r in range(3)] == ["INS-002", "INS-003", "INS-001"]
    model.sort(Col.DATE, Qt.SortOrder.DescendingOrder)
    assert [model.row_at(r).number for r in range(3)] == ["INS-002", "INS-003", "INS-001"]
    qtmodeltester.check(model)


def test_checklist_model_answers_bold_when_failed(
    qapp: QApplication, qtmodeltester: ModelTester
) -> None:
    Col = checklist_model.Col

    def item(position: int, rtype: ResponseType, *, critical: bool = False) -> InspectionItem:
        return InspectionItem(
            id=f"item-{position}",
            position=position,
            section="Doors",
            prompt=f"Prompt {position}",
            response_type=rtype,
            critical=critical,
            unit="mm",
            weight=Decimal(1),
        )

    model = checklist_model.ChecklistModel()
    model.set_rows(
        [
            checklist_model.Entry(item(1, ResponseType.PASS_FAIL_NA), "pass", Outcome.PASS, "", 2),
            checklist_model.Entry(
                item(2, ResponseType.NUMBER, critical=True), "7", Outcome.FAIL, "Too wide", 0
            ),
            checklist_model.Entry(item(3, ResponseType.YES_NO), None, None, "", 0, saving=True),
        ]
    )
    qtmodeltester.check(model)
    assert [model.index(r, Col.ANSWER).data() for r in range(3)] == ["Pass", "7 mm (fail)", "…"]
    assert model.index(1, Col.PROMPT).data() == "Prompt 2 ★"
    assert model.index(1, Col.PROMPT).data(TOOLTIP) == "Doors\nPrompt 2\nToo wide"
    assert model.index(0, Col.PHOTOS).data() == "2"
    assert model.index(1, Col.PHOTOS).data() == ""
    font = model.index(1, Col.ANSWER).data(Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.bold()
    assert model.index(0, Col.ANSWER).data(Qt.ItemDataRole.FontRole) is None
    assert model.index(1, Col.ANSWER).data(FOREGROUND) == QColor("#C62828")
    assert model.find("item-3") == 2


def test_template_library_columns(qapp: QApplication, qtmodeltester: ModelTester) -> None:
    Col = template_library.Col
    template = InspectionTemplate(
        id="tpl-1",
        project_id=None,
        name="Fire stopping",
        category="Life safety",
        version=2,
        pass_mark=Decimal("90.00"),
        definition={"sections": [{"items": [{}, {}]}, {"items": [{}]}]},
    )
    model: RowsModel[InspectionTemplate] = RowsModel(template_library.template_columns())
    model.set_rows([template])
    qtmodeltester.check(model)
    shown = [model.index(0, c).data() for c in Col]
    assert shown == ["Fire stopping", "Life safety", "PMO library", "2", "90%", "3 in 2 section(s)"]
    assert model.index(0, Col.PASS_MARK).data(ALIGN) == RIGHT


def project(code: str, overdue: int) -> ProjectHealth:
    zero = Decimal(0)
    return ProjectHealth(
        project_id=f"p-{code}",
        code=code,
        name=f"Project {code}",
        owner=None,
        status="active",
        budget=BudgetRollup(
            "EUR",
            Decimal(2_500_000),
            zero,
            Decimal(30_000),
            Decimal(2_500_000),
            zero,
            zero,
            zero,
            zero,
            0,
            0,
            0,
            0,
        ),
        milestones_total=4,
        milestones_late=0,
        max_slip_days=0,
        forecast_finish=None,
        baseline_finish=None,
        punch_open=12,
        punch_overdue=overdue,
        punch_total=20,
        inspections_completed=0,
        inspection_pass_rate=None,
        open_ncrs=1,
        open_issues=0,
        pending_change_orders=0,
        top_risks=(TopRisk("r1", "Crane delay", 4, 5),),
    )


def test_portfolio_columns(qapp: QApplication, qtmodeltester: ModelTester) -> None:
    Col = portfolio_page.Col
    model: RowsModel[ProjectHealth] = RowsModel(portfolio_page.portfolio_columns(Thresholds()))
    model.set_rows([project("HOSP", 0), project("SCH", 40)])
    qtmodeltester.check(model)
    assert model.index(0, Col.CONTRACT).data() == "EUR 2,500,000"
    assert model.index(0, Col.REVISED).data() == "EUR 2,500,000"
    assert model.index(0, Col.OWNER).data() == ""
    assert model.index(0, Col.PASS_RATE).data() == "—"
    assert model.index(0, Col.NAME).data(TOOLTIP) == "Top risks:\n• Crane delay (20)"
    assert model.index(0, Col.CODE).data(ALIGN) != RIGHT
    assert model.index(0, Col.NCRS).data(ALIGN) == RIGHT
    assert model.index(1, Col.OVERDUE).data(FOREGROUND) == QColor(RAG_COLOURS["red"])
    assert model.index(0, Col.OPEN_PUNCH).data(FOREGROUND) is None


def test_issued_reports_columns(qapp: QApplication, qtmodeltester: ModelTester) -> None:
    Col = reports_page.IssuedCol
    row = IssuedReportRow(
        id="r1",
        project_id="p1",
        kind="status",
        report_number="HOSP-STATUS-001",
        title="Monthly status",
        period_start=dt.date(2026, 3, 1),
        period_end=dt.date(2026, 3, 31),
        sha256="ab" * 32,
        pages=7,
        created_at=dt.datetime(2026, 4, 1, 9, 30, tzinfo=dt.UTC),
        snapshot={},
    )
    model: RowsModel[IssuedReportRow] = RowsModel(reports_page.issued_columns())
    model.set_rows([row])
    qtmodeltester.check(model)
    assert model.index(0, Col.PERIOD).data() == "2026-03-01 – 2026-03-31"
    assert model.index(0, Col.PAGES).data() == "7"
    assert model.index(0, Col.SHA).data() == "ab" * 8
    assert model.index(0, Col.SHA).data(TOOLTIP) == "ab" * 32


def test_preview_model_takes_its_columns_from_the_file(
    qapp: QApplication, qtmodeltester: ModelTester
) -> None:
    model = PreviewModel()
    qtmodeltester.check(model)
    assert model.columnCount() == 0
    model.set_grid(
        PreviewGrid(
            headers=("Item", ""),
            rows=(("Lobby floor", "x"), ("",)),
            messages=("", "row 3: title is empty"),
            summary="",
        )
    )
    qtmodeltester.check(model)
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)] == [
        "Check",
        "Item",
        "(column 2)",
    ]
    assert model.headerData(1, Qt.Orientation.Vertical) == "2"
    assert model.index(0, 0).data() == "OK"
    assert model.index(1, 0).data(TOOLTIP) == "row 3: title is empty"
    assert model.index(1, 0).data(FOREGROUND) == QColor(REFUSED_COLOUR)
    assert model.index(0, 0).data(FOREGROUND) is None
    assert model.index(1, 2).data() == ""  # a short row
    assert model.message(1) == "row 3: title is empty"
    model.clear()
    assert (model.rowCount(), model.columnCount()) == (0, 0)
