"""Reports: pick a kind, project, filters, period and output file; the report builds off
the GUI thread with progress and cancel, is numbered and logged, and opens when done.
Below, the reports issued for the project, which can be reopened or regenerated."""

from __future__ import annotations

import datetime as dt
import enum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from executrek.app.pdf import BuiltReport, ReportCancelled
from executrek.app.report_kinds.common import Filters, ReportEnv, ReportKind, ReportRequest
from executrek.app.report_kinds.issuing import IssuedResult, issue_report, issued_pdf, regenerate
from executrek.models import clock
from executrek.models.services import issued_reports as issued
from executrek.models.services import projects
from executrek.models.services.issued_reports import IssuedReportRow
from executrek.ui.tasks import TaskHandle
from executrek.ui.widgets.dates import today_qdate

if TYPE_CHECKING:
    from executrek.ui.main_window import MainWindow

Index = QModelIndex | QPersistentModelIndex

STATUSES: dict[ReportKind, tuple[str, ...]] = {
    ReportKind.PUNCH: ("open", "ready_for_review", "rejected", "closed", "draft", "void"),
    ReportKind.CHANGE_ORDERS: ("draft", "pending", "approved", "rejected", "promoted", "void"),
    ReportKind.ISSUES: ("open", "responded", "closed", "draft", "void"),
}
FILTERED = {ReportKind.PUNCH, ReportKind.CHANGE_ORDERS, ReportKind.ISSUES}
GROUPINGS = (
    ("contractor,location",),
    ("contractor",),
    ("location",),
    ("trade",),
    ("status",),
)


class _Cancelled:
    """The worker's answer when the user cancelled the build."""


class IssuedCol(enum.IntEnum):
    NUMBER = 0
    TITLE = 1
    PERIOD = 2
    ISSUED = 3
    PAGES = 4
    SHA = 5


class IssuedReportsModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[IssuedReportRow] = []
        self._headers = {
            IssuedCol.NUMBER: self.tr("Number"),
            IssuedCol.TITLE: self.tr("Title"),
            IssuedCol.PERIOD: self.tr("Period"),
            IssuedCol.ISSUED: self.tr("Issued"),
            IssuedCol.PAGES: self.tr("Pages"),
            IssuedCol.SHA: self.tr("SHA-256"),
        }

    def set_rows(self, rows: list[IssuedReportRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, index: int) -> IssuedReportRow:
        return self._rows[index]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(IssuedCol)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[IssuedCol(section)]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        col = IssuedCol(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if col == IssuedCol.NUMBER:
                return row.report_number
            if col == IssuedCol.TITLE:
                return row.title
            if col == IssuedCol.PERIOD:
                if row.period_start and row.period_end:
                    return f"{row.period_start.isoformat()} – {row.period_end.isoformat()}"
                return ""
            if col == IssuedCol.ISSUED:
                return row.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
            if col == IssuedCol.PAGES:
                return row.pages
            return row.sha256[:16]
        if role == Qt.ItemDataRole.ToolTipRole and col == IssuedCol.SHA:
            return row.sha256
        if role == Qt.ItemDataRole.TextAlignmentRole and col == IssuedCol.PAGES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ReportsPage(QWidget):
    """The report form, the build with progress and cancel, and the issued reports."""

    report_written = Signal(str)  # the PDF path, after a build finished

    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.window_ = window
        self.open_when_done = True
        self._handle: TaskHandle | None = None
        self._projects: list[tuple[str, str, str]] = []
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Reports"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)

        form_box = QGroupBox(self.tr("New report"))
        form = QFormLayout(form_box)
        self.kind_box = QComboBox()
        for kind, text in self._kind_names().items():
            self.kind_box.addItem(text, kind.value)
        self.kind_box.setCurrentIndex(self.kind_box.findData(ReportKind.STATUS.value))
        form.addRow(self.tr("Report"), self.kind_box)
        self.project_box = QComboBox()
        form.addRow(self.tr("Project"), self.project_box)
        self.inspection_box = QSpinBox()
        self.inspection_box.setRange(0, 999_999)
        self.inspection_box.setSpecialValueText(self.tr("Latest completed"))
        form.addRow(self.tr("Inspection number"), self.inspection_box)
        self.contractor_edit = QLineEdit()
        self.contractor_edit.setPlaceholderText(self.tr("Any contractor"))
        form.addRow(self.tr("Contractor"), self.contractor_edit)
        self.trade_edit = QLineEdit()
        self.trade_edit.setPlaceholderText(self.tr("Any trade (code or name)"))
        form.addRow(self.tr("Trade"), self.trade_edit)
        self.location_edit = QLineEdit()
        self.location_edit.setPlaceholderText(self.tr("Any location (code or name)"))
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
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._choose_output)
        output.addWidget(self.output_edit, 1)
        output.addWidget(browse)
        form.addRow(self.tr("Save as"), output)
        self.draft_check = QCheckBox(self.tr("Draft (not numbered or logged)"))
        form.addRow("", self.draft_check)
        self.plans_check = QCheckBox(self.tr("Plan extracts and sheet overviews of pinned items"))
        form.addRow("", self.plans_check)
        # The form scrolls on a short window; "Issue report" stays in view below it.
        form_scroll = QScrollArea()
        form_scroll.setWidgetResizable(True)
        form_scroll.setFrameShape(QFrame.Shape.NoFrame)
        form_scroll.setWidget(form_box)
        layout.addWidget(form_scroll, 3)

        actions = QHBoxLayout()
        self.build_button = QPushButton(self.tr("Issue report"))
        self.build_button.setDefault(True)
        self.build_button.clicked.connect(self.build)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
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
        self.issued_model = IssuedReportsModel(self)
        self.issued_table = QTableView()
        self.issued_table.setModel(self.issued_model)
        self.issued_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.issued_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.issued_table.verticalHeader().hide()
        header = self.issued_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(IssuedCol.TITLE, QHeaderView.ResizeMode.Stretch)
        self.issued_table.doubleClicked.connect(lambda _index: self.reopen_selected())
        self.issued_table.setMinimumHeight(90)
        layout.addWidget(self.issued_table, 2)
        issued_actions = QHBoxLayout()
        self.reopen_button = QPushButton(self.tr("Open issued PDF"))
        self.reopen_button.clicked.connect(self.reopen_selected)
        self.regenerate_button = QPushButton(self.tr("Regenerate…"))
        self.regenerate_button.clicked.connect(self.regenerate_selected)
        issued_actions.addWidget(self.reopen_button)
        issued_actions.addWidget(self.regenerate_button)
        issued_actions.addStretch(1)
        layout.addLayout(issued_actions)

        self.kind_box.currentIndexChanged.connect(self._kind_changed)
        self.project_box.currentIndexChanged.connect(self._project_picked)
        window.project_changed.connect(self._select_project)
        window.changed.connect(lambda _changes: self.refresh())
        self._kind_changed()
        self.refresh()

    # --- choices ------------------------------------------------------------------
    def _kind_names(self) -> dict[ReportKind, str]:
        return {
            ReportKind.STATUS: self.tr("Monthly status report"),
            ReportKind.PUNCH: self.tr("Punch list"),
            ReportKind.INSPECTION: self.tr("Inspection"),
            ReportKind.CHANGE_ORDERS: self.tr("Change orders and budget"),
            ReportKind.ISSUES: self.tr("Issues, NCRs and RFIs"),
            ReportKind.PORTFOLIO: self.tr("Portfolio (all projects)"),
        }

    def kind(self) -> ReportKind:
        return ReportKind(self.kind_box.currentData())

    def project_id(self) -> str | None:
        value = self.project_box.currentData()
        return str(value) if value else None

    def _kind_changed(self) -> None:
        kind = self.kind()
        filtered = kind in FILTERED
        for widget in (self.contractor_edit, self.status_box):
            widget.setEnabled(filtered)
        self.trade_edit.setEnabled(kind is ReportKind.PUNCH)
        self.location_edit.setEnabled(kind in (ReportKind.PUNCH, ReportKind.ISSUES))
        self.group_box.setEnabled(kind is ReportKind.PUNCH)
        self.plans_check.setEnabled(kind in (ReportKind.PUNCH, ReportKind.ISSUES))
        self.inspection_box.setEnabled(kind is ReportKind.INSPECTION)
        self.project_box.setEnabled(kind.needs_project)
        self.status_box.clear()
        self.status_box.addItem(self.tr("Any status"), "")
        for value in STATUSES.get(kind, ()):
            self.status_box.addItem(value.replace("_", " ").capitalize(), value)
        self._suggest_output()

    def _suggest_output(self) -> None:
        code = ""
        for pid, c, _name in self._projects:
            if pid == self.project_id():
                code = c
        kind = self.kind()
        stem = kind.tag if kind is ReportKind.PORTFOLIO else f"{code}-{kind.tag}"
        name = f"{stem}-{clock.today().isoformat()}.pdf"
        self.output_edit.setText(str(self.window_.ctx.paths.exports / name))

    def _choose_output(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save report as"), self.output_edit.text(), self.tr("PDF (*.pdf)")
        )
        if path:
            self.output_edit.setText(path if path.lower().endswith(".pdf") else path + ".pdf")

    # --- data ---------------------------------------------------------------------
    def refresh(self) -> None:
        store = self.window_.ctx.store

        def load(_h: TaskHandle) -> list[tuple[str, str, str]]:
            return [(p.id, p.code, p.name) for p in projects.list_projects(store)]

        self.window_.runner.submit(load, on_done=self._show_projects, on_error=self._fail)

    def _show_projects(self, rows: list[tuple[str, str, str]]) -> None:
        wanted = self.project_id() or self.window_.current_project_id
        self._projects = rows
        self.project_box.blockSignals(True)
        self.project_box.clear()
        for pid, code, name in rows:
            self.project_box.addItem(f"{code} · {name}", pid)
        index = self.project_box.findData(wanted) if wanted else -1
        self.project_box.setCurrentIndex(max(index, 0) if rows else -1)
        self.project_box.blockSignals(False)
        self._project_picked()

    def _select_project(self, project_id: str) -> None:
        index = self.project_box.findData(project_id)
        if index >= 0:
            self.project_box.setCurrentIndex(index)

    def _project_picked(self) -> None:
        self._suggest_output()
        self.refresh_issued()

    def refresh_issued(self) -> None:
        store = self.window_.ctx.store
        pid = self.project_id()
        self.window_.runner.submit(
            lambda _h: (
                issued.issued_reports(store, pid)
                + (issued.issued_reports(store, None) if pid else [])
            ),
            on_done=self.issued_model.set_rows,
            on_error=self._fail,
        )

    # --- building -----------------------------------------------------------------
    def request(self) -> ReportRequest | str:
        """The request the form describes, or what is wrong with it."""
        kind = self.kind()
        pid = self.project_id() if kind.needs_project else None
        if kind.needs_project and pid is None:
            return self.tr("Choose a project.")
        text = self.output_edit.text().strip()
        if not text:
            return self.tr("Choose where to save the PDF.")
        output = Path(text).expanduser()
        date_from: dt.date | None = None
        date_to: dt.date | None = None
        if self.period_check.isChecked():
            start, end = self.from_edit.date(), self.to_edit.date()
            date_from = dt.date(start.year(), start.month(), start.day())
            date_to = dt.date(end.year(), end.month(), end.day())
            if date_to < date_from:
                return self.tr("The period ends before it starts.")
        identity = self.window_.ctx.settings.identity
        status = str(self.status_box.currentData() or "")
        return ReportRequest(
            kind=kind,
            project_id=pid,
            output=output,
            issued=clock.today(),
            prepared_by=identity.display_name or identity.username or self.tr("Owner's rep"),
            number=self.inspection_box.value() or None,
            filters=Filters(
                contractor=self.contractor_edit.text().strip() or None,
                trade=self.trade_edit.text().strip() or None,
                location=self.location_edit.text().strip() or None,
                statuses=(status,) if status else (),
                date_from=date_from,
                date_to=date_to,
                group_by=tuple(str(self.group_box.currentData()).split(",")),
            ),
            draft=self.draft_check.isChecked(),
            plans=self.plans_check.isEnabled() and self.plans_check.isChecked(),
        )

    def env(self) -> ReportEnv:
        ctx = self.window_.ctx
        return ReportEnv(ctx.store, ctx.paths, ctx.settings.branding, ctx.settings.thresholds)

    def build(self) -> None:
        if self._handle is not None:
            return
        request = self.request()
        if isinstance(request, str):
            self.message.setText(request)
            return
        request.output.parent.mkdir(parents=True, exist_ok=True)
        env = self.env()

        def work(handle: TaskHandle) -> IssuedResult | _Cancelled:
            try:
                return issue_report(
                    env,
                    request,
                    progress=self._progress_of(handle),
                    is_cancelled=handle.cancel_event.is_set,
                )
            except ReportCancelled:
                return _Cancelled()

        self._start(self.tr("Building {file}…").format(file=request.output.name))
        self._handle = self.window_.runner.submit(
            work, on_done=self._built, on_error=self._failed_build, pool="db"
        )
        self._handle.progressed.connect(self._show_progress)

    @staticmethod
    def _progress_of(handle: TaskHandle) -> Any:
        last = [-1]

        def progress(done: int, total: int) -> None:
            percent = int(100 * done / total) if total else 0
            if percent != last[0]:
                last[0] = percent
                handle.progressed.emit(percent, 100)

        return progress

    def _start(self, text: str) -> None:
        self.build_button.setEnabled(False)
        self.regenerate_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.progress.setValue(0)
        self.message.setText(text)

    def _finish(self) -> None:
        self._handle = None
        self.build_button.setEnabled(True)
        self.regenerate_button.setEnabled(True)
        self.cancel_button.setEnabled(False)

    def _show_progress(self, done: int, total: int) -> None:
        self.progress.setValue(int(100 * done / total) if total else 0)

    def cancel(self) -> None:
        if self._handle is not None:
            self._handle.cancel()
            self.message.setText(self.tr("Cancelling…"))

    def _built(self, result: IssuedResult | _Cancelled) -> None:
        self._finish()
        if isinstance(result, _Cancelled):
            self.progress.setValue(0)
            self.message.setText(self.tr("Cancelled; nothing was written."))
            return
        self.progress.setValue(100)
        what = (
            self.tr("Draft")
            if result.issued_id is None
            else self.tr("Issued {number}").format(number=result.report_number)
        )
        self.message.setText(
            self.tr("{what}: {pages} pages, {path}").format(
                what=what, pages=result.pages, path=result.path
            )
        )
        self.refresh_issued()
        self._open(result.path)

    def _failed_build(self, message: str) -> None:
        self._finish()
        self.progress.setValue(0)
        self.message.setText(message)

    def _fail(self, message: str) -> None:
        self.message.setText(message)

    def _open(self, path: Path) -> None:
        self.report_written.emit(str(path))
        if self.open_when_done:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    # --- issued reports -----------------------------------------------------------
    def selected_issued(self) -> IssuedReportRow | None:
        rows = self.issued_table.selectionModel().selectedRows()
        return self.issued_model.row(rows[0].row()) if rows else None

    def reopen_selected(self) -> None:
        row = self.selected_issued()
        if row is None:
            self.message.setText(self.tr("Choose an issued report."))
            return
        env = self.env()
        self.window_.runner.submit(
            lambda _h: issued_pdf(env, row.id), on_done=self._open, on_error=self._fail
        )

    def regenerate_selected(self, target: str | None = None) -> None:
        row = self.selected_issued()
        if row is None:
            self.message.setText(self.tr("Choose an issued report."))
            return
        if target is None:
            suggested = str(self.window_.ctx.paths.exports / f"{row.report_number}.pdf")
            target, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Regenerate as"), suggested, self.tr("PDF (*.pdf)")
            )
            if not target:
                return
        output = Path(target)
        output.parent.mkdir(parents=True, exist_ok=True)
        env = self.env()

        def work(handle: TaskHandle) -> BuiltReport | _Cancelled:
            try:
                return regenerate(
                    env,
                    row.id,
                    output,
                    progress=self._progress_of(handle),
                    is_cancelled=handle.cancel_event.is_set,
                )
            except ReportCancelled:
                return _Cancelled()

        def done(built: BuiltReport | _Cancelled) -> None:
            self._finish()
            if isinstance(built, _Cancelled):
                self.message.setText(self.tr("Cancelled; nothing was written."))
                return
            self.progress.setValue(100)
            same = built.sha256 == row.sha256
            self.message.setText(
                self.tr("Regenerated {number}: identical to the issued PDF.").format(
                    number=row.report_number
                )
                if same
                else self.tr(
                    "Regenerated {number}, but it differs from the issued PDF (fonts or "
                    "photos changed)."
                ).format(number=row.report_number)
            )
            self._open(built.path)

        self._start(self.tr("Regenerating {number}…").format(number=row.report_number))
        self._handle = self.window_.runner.submit(
            work, on_done=done, on_error=self._failed_build, pool="db"
        )
        self._handle.progressed.connect(self._show_progress)
