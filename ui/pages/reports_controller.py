"""The Reports screen's behaviour: the form follows the chosen kind, the report builds
off the GUI thread with progress and cancel, is numbered and logged and opens when done;
issued reports are listed for the project and can be reopened or regenerated.
``ReportsPage`` (``reports_page.py``) is the layout it drives."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QImage, QPixmap
from PySide6.QtWidgets import QFileDialog

from executrek.app.pdf import BuiltReport, ReportCancelled
from executrek.app.report_kinds import commentary
from executrek.app.report_kinds.common import (
    Filters,
    PhotoPlacement,
    ReportEnv,
    ReportKind,
    ReportRequest,
)
from executrek.app.report_kinds.issuing import IssuedResult, issue_report, issued_pdf, regenerate
from executrek.app.report_kinds.preview import Preview, render_preview
from executrek.models import clock
from executrek.models.services import issued_reports as issued
from executrek.models.services import projects
from executrek.models.services.issued_reports import IssuedReportRow
from executrek.ui.tasks import TaskHandle

if TYPE_CHECKING:
    from executrek.ui.main_window import MainWindow
    from executrek.ui.pages.reports_page import ReportsPage

STATUSES: dict[ReportKind, tuple[str, ...]] = {
    ReportKind.PUNCH: ("open", "ready_for_review", "rejected", "closed", "draft", "void"),
    ReportKind.CHANGE_ORDERS: ("draft", "pending", "approved", "rejected", "promoted", "void"),
    ReportKind.ISSUES: ("open", "responded", "closed", "draft", "void"),
}
FILTERED = {ReportKind.PUNCH, ReportKind.CHANGE_ORDERS, ReportKind.ISSUES}
# Kinds whose number box picks a record: an inspection, a schedule update, a pay application.
NUMBERED = {ReportKind.INSPECTION, ReportKind.SCHEDULE, ReportKind.PAYMENT}
WITH_PHOTOS = FILTERED | {ReportKind.INSPECTION, ReportKind.STATUS, ReportKind.DIARY}
DRAFT_SAVE_MS = 500  # the commentary draft is written this long after the last keystroke


class _Cancelled:
    """The worker's answer when the user cancelled the build."""


class ReportsController(QObject):
    """Behind one ``ReportsPage``; ``open_when_done`` opens each PDF written."""

    report_written = Signal(str)  # the PDF path, after a build finished

    def __init__(self, window: MainWindow, page: ReportsPage) -> None:
        super().__init__(page)
        self.window_ = window
        self.page = page
        self.open_when_done = True
        self._handle: TaskHandle | None = None
        self._projects: list[tuple[str, str, str]] = []
        page.browse_button.clicked.connect(self._choose_output)
        page.build_button.clicked.connect(self.build)
        page.cancel_button.clicked.connect(self.cancel)
        page.issued_table.doubleClicked.connect(lambda _index: self.reopen_selected())
        page.reopen_button.clicked.connect(self.reopen_selected)
        page.regenerate_button.clicked.connect(self.regenerate_selected)
        page.kind_box.currentIndexChanged.connect(self._kind_changed)
        page.project_box.currentIndexChanged.connect(self._project_picked)
        window.project_changed.connect(self._select_project)
        window.changed.connect(lambda _changes: self.refresh())
        self.drafts = CommentaryDrafts(self)
        self.preview = PreviewPane(self)
        self._kind_changed()
        self.refresh()

    # --- choices ------------------------------------------------------------------
    def kind(self) -> ReportKind:
        return ReportKind(self.page.kind_box.currentData())

    def project_id(self) -> str | None:
        value = self.page.project_box.currentData()
        return str(value) if value else None

    def _kind_changed(self) -> None:
        kind = self.kind()
        filtered = kind in FILTERED
        for widget in (self.page.contractor_edit, self.page.status_box):
            widget.setEnabled(filtered)
        self.page.trade_edit.setEnabled(kind is ReportKind.PUNCH)
        self.page.location_edit.setEnabled(kind in (ReportKind.PUNCH, ReportKind.ISSUES))
        self.page.group_box.setEnabled(kind is ReportKind.PUNCH)
        self.page.plans_check.setEnabled(kind in (ReportKind.PUNCH, ReportKind.ISSUES))
        self.page.inspection_box.setEnabled(kind in NUMBERED)
        self.page.show_number_for(kind)
        self.page.photos_box.setEnabled(kind in WITH_PHOTOS)
        self.page.project_box.setEnabled(kind.needs_project)
        self.page.status_box.clear()
        self.page.status_box.addItem(self.tr("Any status"), "")
        for value in STATUSES.get(kind, ()):
            self.page.status_box.addItem(value.replace("_", " ").capitalize(), value)
        if not self.page.output_edit.text():
            self.page.output_edit.setText(str(self.window_.ctx.paths.exports))
        self.drafts.load()

    def _choose_output(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self.page, self.tr("Save reports in"), self.page.output_edit.text()
        )
        if folder:
            self.page.output_edit.setText(folder)

    # --- data ---------------------------------------------------------------------
    def refresh(self) -> None:
        store = self.window_.ctx.store

        def load(_h: TaskHandle) -> list[tuple[str, str, str]]:
            return [(p.id, p.code, p.name) for p in projects.list_projects(store)]

        self.window_.runner.submit(load, on_done=self._show_projects, on_error=self._fail)

    def _show_projects(self, rows: list[tuple[str, str, str]]) -> None:
        wanted = self.project_id() or self.window_.current_project_id
        self._projects = rows
        self.page.project_box.blockSignals(True)
        self.page.project_box.clear()
        for pid, code, name in rows:
            self.page.project_box.addItem(f"{code} · {name}", pid)
        index = self.page.project_box.findData(wanted) if wanted else -1
        self.page.project_box.setCurrentIndex(max(index, 0) if rows else -1)
        self.page.project_box.blockSignals(False)
        self._project_picked()

    def _select_project(self, project_id: str) -> None:
        index = self.page.project_box.findData(project_id)
        if index >= 0:
            self.page.project_box.setCurrentIndex(index)

    def _project_picked(self) -> None:
        self.drafts.load()
        self.refresh_issued()

    def refresh_issued(self) -> None:
        store = self.window_.ctx.store
        pid = self.project_id()
        self.window_.runner.submit(
            lambda _h: (
                issued.issued_reports(store, pid)
                + (issued.issued_reports(store, None) if pid else [])
            ),
            on_done=self.page.issued_model.set_rows,
            on_error=self._fail,
        )

    # --- building -----------------------------------------------------------------
    def request(self) -> ReportRequest | str:
        """The request the form describes, or what is wrong with it."""
        kind = self.kind()
        pid = self.project_id() if kind.needs_project else None
        if kind.needs_project and pid is None:
            return self.tr("Choose a project.")
        text = self.page.output_edit.text().strip()
        if not text:
            return self.tr("Choose where to save the PDF.")
        output = Path(text).expanduser()
        if output.suffix.lower() == ".pdf":
            return self.tr("Choose a folder: the file is named for the report number.")
        date_from: dt.date | None = None
        date_to: dt.date | None = None
        if self.page.period_check.isChecked():
            start, end = self.page.from_edit.date(), self.page.to_edit.date()
            date_from = dt.date(start.year(), start.month(), start.day())
            date_to = dt.date(end.year(), end.month(), end.day())
            if date_to < date_from:
                return self.tr("The period ends before it starts.")
        identity = self.window_.ctx.settings.identity
        status = str(self.page.status_box.currentData() or "")
        return ReportRequest(
            kind=kind,
            project_id=pid,
            output=output,
            issued=clock.today(),
            prepared_by=identity.display_name or identity.username or self.tr("Owner's rep"),
            number=self.page.inspection_box.value() or None,
            filters=Filters(
                contractor=self.page.contractor_edit.text().strip() or None,
                trade=self.page.trade_edit.text().strip() or None,
                location=self.page.location_edit.text().strip() or None,
                statuses=(status,) if status else (),
                date_from=date_from,
                date_to=date_to,
                group_by=tuple(str(self.page.group_box.currentData()).split(",")),
            ),
            draft=self.page.draft_check.isChecked(),
            plans=self.page.plans_check.isEnabled() and self.page.plans_check.isChecked(),
            photos=PhotoPlacement(self.page.photos_box.currentData())
            if self.page.photos_box.isEnabled()
            else PhotoPlacement.INLINE,
            commentary=self.page.commentary_edit.toPlainText() if kind is ReportKind.STATUS else "",
        )

    def env(self) -> ReportEnv:
        ctx = self.window_.ctx
        return ReportEnv(ctx.store, ctx.paths, ctx.settings.branding, ctx.settings.thresholds)

    def ready_request(self) -> ReportRequest | None:
        """The request to build now: None while a report is being built, or when the
        page's choices are refused (the page says why)."""
        if self._handle is not None:
            return None
        request = self.request()
        if isinstance(request, str):
            self.page.message.setText(request)
            return None
        return request

    def build(self) -> None:
        request = self.ready_request()
        if request is None:
            return
        request.output.mkdir(parents=True, exist_ok=True)
        self.run_issue(
            request, self.tr("Building the report…"), lambda result: self._built(result, request)
        )

    def run_issue(
        self,
        request: ReportRequest,
        text: str,
        on_done: Callable[[IssuedResult | _Cancelled], None],
    ) -> None:
        """Build ``request`` on the db worker (one report at a time) with progress and
        Cancel; ``on_done`` gets the result, or ``_Cancelled``."""
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

        self._start(text)
        self._handle = self.window_.runner.submit(
            work, on_done=on_done, on_error=self._failed_build, pool="db"
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
        self.page.build_button.setEnabled(False)
        self.page.preview_button.setEnabled(False)
        self.page.regenerate_button.setEnabled(False)
        self.page.cancel_button.setEnabled(True)
        self.page.progress.setValue(0)
        self.page.message.setText(text)

    def _finish(self) -> None:
        self._handle = None
        self.page.build_button.setEnabled(True)
        self.page.preview_button.setEnabled(True)
        self.page.regenerate_button.setEnabled(True)
        self.page.cancel_button.setEnabled(False)

    def _show_progress(self, done: int, total: int) -> None:
        self.page.progress.setValue(int(100 * done / total) if total else 0)

    def cancel(self) -> None:
        if self._handle is not None:
            self._handle.cancel()
            self.page.message.setText(self.tr("Cancelling…"))

    def _built(self, result: IssuedResult | _Cancelled, request: ReportRequest) -> None:
        self._finish()
        if isinstance(result, _Cancelled):
            self.page.progress.setValue(0)
            self.page.message.setText(self.tr("Cancelled; nothing was written."))
            return
        self.page.progress.setValue(100)
        what = (
            self.tr("Draft")
            if result.issued_id is None
            else self.tr("Issued {number}").format(number=result.report_number)
        )
        if result.issued_id is not None and request.kind is ReportKind.STATUS:
            self.drafts.issued(request.project_id)  # its commentary is in the snapshot now
        self.page.message.setText(
            self.tr("{what}: {pages} pages, {path}").format(
                what=what, pages=result.pages, path=result.path
            )
        )
        self.refresh_issued()
        self._open(result.path)

    def _failed_build(self, message: str) -> None:
        self._finish()
        self.page.progress.setValue(0)
        self.page.message.setText(message)

    def _fail(self, message: str) -> None:
        self.page.message.setText(message)

    def _open(self, path: Path) -> None:
        self.report_written.emit(str(path))
        if self.open_when_done:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    # --- issued reports -----------------------------------------------------------
    def selected_issued(self) -> IssuedReportRow | None:
        rows = self.page.issued_table.selectionModel().selectedRows()
        return self.page.issued_model.row_at(rows[0].row()) if rows else None

    def reopen_selected(self) -> None:
        row = self.selected_issued()
        if row is None:
            self.page.message.setText(self.tr("Choose an issued report."))
            return
        env = self.env()
        self.window_.runner.submit(
            lambda _h: issued_pdf(env, row.id), on_done=self._open, on_error=self._fail
        )

    def regenerate_selected(self, target: str | None = None) -> None:
        row = self.selected_issued()
        if row is None:
            self.page.message.setText(self.tr("Choose an issued report."))
            return
        if target is None:
            suggested = str(self.window_.ctx.paths.exports / f"{row.report_number}.pdf")
            target, _filter = QFileDialog.getSaveFileName(
                self.page, self.tr("Regenerate as"), suggested, self.tr("PDF (*.pdf)")
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
                self.page.message.setText(self.tr("Cancelled; nothing was written."))
                return
            self.page.progress.setValue(100)
            same = built.sha256 == row.sha256
            self.page.message.setText(
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


class CommentaryDrafts(QObject):
    """The commentary box's draft, per project and kind, kept on disk
    (``report_kinds.commentary``): loaded when the project or kind changes, written on
    the db worker shortly after typing stops, forgotten once the report is issued."""

    saved = Signal()  # a draft was written

    def __init__(self, controller: ReportsController) -> None:
        super().__init__(controller)
        self.controller = controller
        self.page = controller.page
        self._key: tuple[str | None, str] | None = None
        self._typed_since_load = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DRAFT_SAVE_MS)
        self._timer.timeout.connect(self.save)
        self.page.commentary_edit.textChanged.connect(self._typed)
        self.page.installEventFilter(self)

    def _folder(self) -> Path:
        return self.controller.window_.ctx.paths.data

    def load(self) -> None:
        """Show the draft of the chosen project and kind (status reports only)."""
        self.flush()
        kind = self.controller.kind()
        self.page.commentary_edit.setEnabled(kind is ReportKind.STATUS)
        self.page.show_commentary(kind is ReportKind.STATUS)
        key = (self.controller.project_id(), kind.value)
        if key == self._key:
            return
        self._key = key
        self._typed_since_load = False
        folder = self._folder()
        self.controller.window_.runner.submit(
            lambda _h: commentary.load_draft(folder, *key),
            on_done=lambda text: self._show(key, text),
            on_error=self.controller._fail,
        )

    def _show(self, key: tuple[str | None, str], text: str) -> None:
        if key != self._key or self._typed_since_load:
            return  # the choice changed meanwhile, or the rep is already writing
        edit = self.page.commentary_edit
        edit.blockSignals(True)
        edit.setPlainText(text)
        edit.blockSignals(False)
        self._count()

    def _typed(self) -> None:
        self._typed_since_load = True
        self._count()
        self._timer.start()

    def _count(self) -> None:
        n = len(self.page.commentary_edit.toPlainText())
        text = self.tr("{n} of {limit} characters").format(n=n, limit=commentary.MAX_CHARS)
        self.page.commentary_count.setText(text)

    def flush(self) -> None:
        """Write a pending draft now (before the choice changes)."""
        if self._timer.isActive():
            self._timer.stop()
            self.save()

    def save(self) -> None:
        if self._key is not None:
            self._write(self._key, self.page.commentary_edit.toPlainText())

    def _write(self, key: tuple[str | None, str], text: str) -> None:
        folder = self._folder()
        self.controller.window_.runner.submit(
            lambda _h: commentary.save_draft(folder, *key, text),
            on_done=lambda _none: self.saved.emit(),
            on_error=self.controller._fail,
        )

    def issued(self, project_id: str | None) -> None:
        """The project's status report was issued with its commentary: the draft is
        forgotten and (if it is the one shown) the box starts the next one empty."""
        key = (project_id, ReportKind.STATUS.value)
        if key == self._key:
            self._timer.stop()
            edit = self.page.commentary_edit
            edit.blockSignals(True)
            edit.clear()
            edit.blockSignals(False)
            self._count()
        self._write(key, "")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Closing the window (or leaving the page) within DRAFT_SAVE_MS of the last
        # keystroke: write now, here (the workers may already be stopped).
        if event.type() == QEvent.Type.Hide and self._timer.isActive() and self._key:
            self._timer.stop()
            text = self.page.commentary_edit.toPlainText()
            commentary.save_draft(self._folder(), *self._key, text)
        return False


class PreviewPane(QObject):
    """Preview: a draft of the report the form describes, built on the db worker (as an
    issue is, without a number or a log entry), its first pages rendered on the cpu
    pool and shown in the page."""

    shown = Signal(int)  # pages shown, after a preview finished

    def __init__(self, controller: ReportsController) -> None:
        super().__init__(controller)
        self.controller = controller
        self.page = controller.page
        self.page.preview_button.clicked.connect(self.start)

    def path(self) -> Path:
        return self.controller.window_.ctx.paths.cache / "report-preview" / "preview.pdf"

    def start(self) -> None:
        controller = self.controller
        request = controller.ready_request()
        if request is None:
            return
        target = self.path()
        target.parent.mkdir(parents=True, exist_ok=True)
        draft = dataclasses.replace(request, draft=True, output=target)
        controller.run_issue(draft, self.tr("Building a preview…"), self._built)

    def _built(self, result: IssuedResult | _Cancelled) -> None:
        controller = self.controller
        if isinstance(result, _Cancelled):
            controller._finish()
            self.page.message.setText(self.tr("Cancelled; nothing was written."))
            return
        path, width = result.path, self.page.preview_width()
        controller.window_.runner.submit(
            lambda _h: render_preview(path, width=width),
            on_done=self._show,
            on_error=controller._failed_build,
            pool="cpu",
        )

    def _show(self, preview: Preview) -> None:
        self.controller._finish()
        self.page.progress.setValue(100)
        pixmaps = [
            QPixmap.fromImage(
                QImage(p.rgb, p.width, p.height, 3 * p.width, QImage.Format.Format_RGB888)
            )
            for p in preview.pages
        ]
        self.page.show_preview_pages(pixmaps)
        text = self.tr("Draft: the first {shown} of {total} pages; no number was used.")
        self.page.preview_note.setText(text.format(shown=len(pixmaps), total=preview.total))
        self.page.message.setText(self.tr("Preview ready."))
        self.shown.emit(len(pixmaps))
