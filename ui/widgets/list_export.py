"""The "Export…" button and Ctrl+Shift+X action every list page shares: asks for a file
(Excel workbook or CSV), writes what the list shows for its current filters off the GUI
thread, and says how it went in the status bar (or a message when it failed)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QPushButton, QWidget

from executrek.app.interop.exchange_result import ExchangeResult
from executrek.models import clock
from executrek.models.services.list_exports import ListFilter
from executrek.ui.widgets.record_list import add_shortcut

if TYPE_CHECKING:
    from executrek.ui.main_window import MainWindow

SHORTCUT = "Ctrl+Shift+X"


class ListExporter(QObject):
    """``kind`` is an :func:`executrek.app.list_export.export_list` kind; ``current_filter``
    returns the filter the page's list shows now."""

    finished = Signal(object)  # the ExchangeResult, or the error message

    def __init__(
        self,
        window: MainWindow,
        page: QWidget,
        kind: str,
        current_filter: Callable[[], ListFilter | None],
    ) -> None:
        super().__init__(page)
        self.window_ = window
        self.page = page
        self.kind = kind
        self.current_filter = current_filter
        self.button = QPushButton(self.tr("Export…"))
        self.button.setToolTip(
            self.tr("Export the list as it is filtered now to Excel or CSV ({keys})").format(
                keys=SHORTCUT
            )
        )
        self.button.clicked.connect(self.choose_file)
        self.action = add_shortcut(page, self.tr("Export this list…"), SHORTCUT, self.choose_file)

    def choose_file(self) -> None:
        if self.window_.current_project_id is None:
            return
        xlsx = self.tr("Excel workbook (*.xlsx)")
        csv = self.tr("CSV, UTF-8 (*.csv)")
        name, chosen = QFileDialog.getSaveFileName(
            self.page,
            self.tr("Export the list"),
            f"{self.kind}-{clock.today().isoformat()}.xlsx",
            f"{xlsx};;{csv}",
            xlsx,
        )
        if not name:
            return
        path = Path(name)
        suffix = path.suffix.lower()
        if suffix not in (".csv", ".xlsx"):
            path = path.with_name(path.name + (".csv" if chosen == csv else ".xlsx"))
        self.export_to(path, "csv" if path.suffix.lower() == ".csv" else "xlsx")

    def export_to(self, path: Path, fmt: str) -> None:
        project_id = self.window_.current_project_id
        if project_id is None:
            return
        from executrek.app.list_export import export_list  # openpyxl only when used

        store = self.window_.ctx.store
        kind, flt = self.kind, self.current_filter()
        self.button.setEnabled(False)
        self.window_.statusBar().showMessage(self.tr("Writing {name}…").format(name=path.name))
        self.window_.runner.submit(
            lambda _h: export_list(store, project_id, kind, path, fmt, flt),
            on_done=self._done,
            on_error=self._failed,
        )

    def _done(self, result: ExchangeResult) -> None:
        self.button.setEnabled(True)
        self.window_.statusBar().showMessage(" ".join((result.summary(), *result.notes)), 10_000)
        self.finished.emit(result)

    def _failed(self, message: str) -> None:
        self.button.setEnabled(True)
        self.window_.statusBar().clearMessage()
        self.window_.show_error(message)
        self.finished.emit(message)
