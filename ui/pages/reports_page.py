"""Reports: pick a kind, project, filters, period and output file; the report builds off
the GUI thread with progress and cancel, is numbered and logged, and opens when done.
Below, the reports issued for the project, which can be reopened or regenerated. This is
the layout; ``ReportsController`` (``reports_controller.py``) does the work."""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from executrek.app.report_kinds.common import PhotoPlacement, ReportKind
from executrek.models.services.issued_reports import IssuedReportRow
from executrek.ui.pages.reports_controller import ReportsController
from executrek.ui.widgets.column_model import ordered
from executrek.ui.widgets.columns import Column
from executrek.ui.widgets.dates import today_qdate
from executrek.ui.widgets.form_parts import choice_box, hinted_edit, tipped_button
from executrek.ui.widgets.page_text import page_title
from executrek.ui.widgets.record_list import record_table
from executrek.ui.widgets.rows_model import RowsModel
from executrek.ui.widgets.screen_fit import scrolling

if TYPE_CHECKING:
    from executrek.ui.main_window import MainWindow

translate = QCoreApplication.translate

GROUPINGS = (
    ("contractor,location",),
    ("contractor",),
    ("location",),
    ("trade",),
    ("status",),
)


class IssuedCol(enum.IntEnum):
    NUMBER = 0
    TITLE = 1
    PERIOD = 2
    ISSUED = 3
    PAGES = 4
    SHA = 5


def _period(row: IssuedReportRow) -> str:
    if row.period_start and row.period_end:
        return f"{row.period_start.isoformat()} – {row.period_end.isoformat()}"
    return ""


def issued_columns() -> list[Column[IssuedReportRow]]:
    return ordered(
        IssuedCol,
        {
            IssuedCol.NUMBER: Column(
                "number", translate("IssuedReportsModel", "Number"), lambda r: r.report_number
            ),
            IssuedCol.TITLE: Column(
                "title", translate("IssuedReportsModel", "Title"), lambda r: r.title
            ),
            IssuedCol.PERIOD: Column("period", translate("IssuedReportsModel", "Period"), _period),
            IssuedCol.ISSUED: Column(
                "issued",
                translate("IssuedReportsModel", "Issued"),
                lambda r: r.created_at.astimezone().strftime("%Y-%m-%d %H:%M"),
            ),
            IssuedCol.PAGES: Column(
                "pages",
                translate("IssuedReportsModel", "Pages"),
                lambda r: str(r.pages),
                right=True,
            ),
            IssuedCol.SHA: Column(
                "sha256",
                translate("IssuedReportsModel", "SHA-256"),
                lambda r: r.sha256[:16],
                tooltip=lambda r: r.sha256,
            ),
        },
    )


class ReportsPage(QWidget):
    """The report form, the build with progress and cancel, and the issued reports;
    ``controller`` (``ReportsController``) does the work."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        title = page_title(self.tr("Reports"))
        layout.addWidget(title)

        form_box = QGroupBox(self.tr("New report"))
        form = QFormLayout(form_box)
        self.form = form
        self.kind_box = choice_box(self._kind_names().items())
        self.kind_box.setCurrentIndex(self.kind_box.findData(ReportKind.STATUS.value))
        form.addRow(self.tr("Report"), self.kind_box)
        self.project_box = QComboBox()
        form.addRow(self.tr("Project"), self.project_box)
        self.commentary_edit = QPlainTextEdit()
        self.commentary_edit.setPlaceholderText(
            self.tr(
                "Your commentary, printed on page 1 with the headline. Kept as a draft "
                "until the report is issued."
            )
        )
        self.commentary_edit.setMinimumHeight(70)
        self.commentary_count = QLabel()
        commentary = QVBoxLayout()
        commentary.addWidget(self.commentary_edit)
        commentary.addWidget(self.commentary_count)
        form.addRow(self.tr("Commentary"), commentary)
        self._commentary_row = commentary
        self.photos_box = choice_box(
            (
                (PhotoPlacement.INLINE, self.tr("With their records")),
                (PhotoPlacement.APPENDIX, self.tr("In an appendix (with page numbers)")),
                (PhotoPlacement.NONE, self.tr("None")),
            )
        )
        form.addRow(self.tr("Photos"), self.photos_box)
        self.inspection_box = QSpinBox()
        self.inspection_box.setRange(0, 999_999)
        self.inspection_box.setSpecialValueText(self.tr("Latest completed"))
        self.number_label = QLabel(self.tr("Inspection number"))
        form.addRow(self.number_label, self.inspection_box)
        self.contractor_edit = hinted_edit(self.tr("Any contractor"))
        form.addRow(self.tr("Contractor"), self.contractor_edit)
        self.trade_edit = hinted_edit(self.tr("Any trade (code or name)"))
        form.addRow(self.tr("Trade"), self.trade_edit)
        self.location_edit = hinted_edit(self.tr("Any location (code or name)"))
        form.addRow(self.tr("Location"), self.location_edit)
        self.status_box = QComboBox()
        form.addRow(self.tr("Status"), self.status_box)
        self.group_box = QComboBox()
        group_names = (
            self.tr("Contractor, then location"),
            self.tr("Contractor"),
            self.tr("Location"),
            self.tr("Trade"),
            self.tr("Status"),
        )
        for keys, text in zip(GROUPINGS, group_names, strict=True):
            self.group_box.addItem(text, keys[0])
        form.addRow(self.tr("Group by"), self.group_box)
        period = QHBoxLayout()
        self.period_check = QCheckBox(self.tr("Only"))
        self.from_edit = QDateEdit()
        self.to_edit = QDateEdit()
        today = today_qdate()
        for edit, day in ((self.from_edit, today.addDays(1 - today.day())), (self.to_edit, today)):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setDate(day)
        period.addWidget(self.period_check)
        period.addWidget(self.from_edit)
        period.addWidget(QLabel(self.tr("to")))
        period.addWidget(self.to_edit)
        period.addStretch(1)
        form.addRow(self.tr("Period"), period)
        output = QHBoxLayout()
        self.output_edit = QLineEdit()
        self.output_edit.setToolTip(
            self.tr(
                "The folder for the PDF; each issue is named for its report number "
                "(HOSP-EW-STATUS-007.pdf), so no issue overwrites another"
            )
        )
        self.browse_button = QPushButton(self.tr("Choose…"))
        output.addWidget(self.output_edit, 1)
        output.addWidget(self.browse_button)
        form.addRow(self.tr("Save in"), output)
        self.draft_check = QCheckBox(self.tr("Draft (not numbered or logged)"))
        form.addRow("", self.draft_check)
        self.plans_check = QCheckBox(self.tr("Plan extracts and sheet overviews of pinned items"))
        form.addRow("", self.plans_check)
        # The form scrolls on a short window; "Issue report" stays in view below it.
        form_scroll = scrolling(form_box)
        top = QHBoxLayout()
        top.addWidget(form_scroll, 3)
        top.addWidget(self._preview_box(), 2)
        layout.addLayout(top, 5)

        actions = QHBoxLayout()
        self.preview_button = tipped_button(
            self.tr("Preview"),
            self.tr("Build a draft and show its first pages here; no number is used"),
        )
        actions.addWidget(self.preview_button)
        self.build_button = QPushButton(self.tr("Issue report"))
        self.build_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setEnabled(False)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.progress.setTextVisible(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        actions.addWidget(self.build_button)
        actions.addWidget(self.cancel_button)
        actions.addWidget(self.progress, 1)
        layout.addLayout(actions)
        layout.addWidget(self.message)

        layout.addWidget(QLabel(self.tr("Issued reports")))
        self.issued_model: RowsModel[IssuedReportRow] = RowsModel(issued_columns(), self)
        self.issued_table = record_table(
            self.issued_model,
            sortable=False,
            wide_column=None,
            stretch_column=IssuedCol.TITLE,
            row_height=None,
        )
        self.issued_table.setMinimumHeight(90)
        layout.addWidget(self.issued_table, 1)
        issued_actions = QHBoxLayout()
        self.reopen_button = QPushButton(self.tr("Open issued PDF"))
        self.regenerate_button = QPushButton(self.tr("Regenerate…"))
        issued_actions.addWidget(self.reopen_button)
        issued_actions.addWidget(self.regenerate_button)
        issued_actions.addStretch(1)
        layout.addLayout(issued_actions)

        self.controller = ReportsController(window, self)

    def _preview_box(self) -> QGroupBox:
        """The draft's first pages, one under the other, with a line about them."""
        box = QGroupBox(self.tr("Preview"))
        column = QVBoxLayout(box)
        self.preview_note = QLabel(self.tr("Preview builds a draft and shows its first pages."))
        self.preview_note.setWordWrap(True)
        column.addWidget(self.preview_note)
        self.preview_pages = QWidget()
        self.preview_layout = QVBoxLayout(self.preview_pages)
        self.preview_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.preview_scroll = QScrollArea()
        self.preview_scroll.setWidgetResizable(True)
        self.preview_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.preview_scroll.setWidget(self.preview_pages)
        column.addWidget(self.preview_scroll, 1)
        return box

    def show_commentary(self, shown: bool) -> None:
        """The commentary row is the status report's: hidden for the other kinds."""
        self.form.setRowVisible(self._commentary_row, shown)

    def preview_width(self) -> int:
        """Pixels across a previewed page: the preview's width, less a margin."""
        return max(240, self.preview_scroll.viewport().width() - 28)

    def show_preview_pages(self, pixmaps: list[QPixmap]) -> None:
        """Replace the preview with ``pixmaps``, one label per page."""
        while self.preview_layout.count():
            item = self.preview_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for pixmap in pixmaps:
            label = QLabel()
            label.setPixmap(pixmap)
            label.setFrameShape(QFrame.Shape.Box)
            self.preview_layout.addWidget(label)

    def _kind_names(self) -> dict[ReportKind, str]:
        return {
            ReportKind.STATUS: self.tr("Monthly status report"),
            ReportKind.PUNCH: self.tr("Punch list"),
            ReportKind.INSPECTION: self.tr("Inspection"),
            ReportKind.CHANGE_ORDERS: self.tr("Change orders and budget"),
            ReportKind.ISSUES: self.tr("Issues, NCRs and RFIs"),
            ReportKind.PORTFOLIO: self.tr("Portfolio (all projects)"),
            ReportKind.DIARY: self.tr("Site diary (one day, or a period's summary)"),
            ReportKind.SCHEDULE: self.tr("Programme review (schedule update)"),
            ReportKind.COST: self.tr("Monthly cost report"),
            ReportKind.PAYMENT: self.tr("Payment certificate (pay application)"),
        }

    def show_number_for(self, kind: ReportKind) -> None:
        """The number box names what it picks: an inspection, a schedule update or a
        pay application (PA-N)."""
        self.inspection_box.setPrefix("PA-" if kind is ReportKind.PAYMENT else "")
        if kind is ReportKind.SCHEDULE:
            self.number_label.setText(self.tr("Schedule update number"))
            self.inspection_box.setSpecialValueText(self.tr("Current update"))
        elif kind is ReportKind.PAYMENT:
            self.number_label.setText(self.tr("Pay application"))
            self.inspection_box.setSpecialValueText(self.tr("Latest application"))
        else:
            self.number_label.setText(self.tr("Inspection number"))
            self.inspection_box.setSpecialValueText(self.tr("Latest completed"))
