"""The main window: module navigation on the left, pages on the right. It composes
pages and wires them to services through the task runner; pages never talk to each
other, they refresh from the "what changed" value of each service call."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from executrek.app.context import AppContext
from executrek.models.changes import Changes
from executrek.models.errors import DomainError
from executrek.models.services import projects
from executrek.ui.pages.registry import PAGES
from executrek.ui.tasks import TaskHandle, TaskRunner

log = logging.getLogger("executrek.ui")


class MainWindow(QMainWindow):
    changed = Signal(object)  # Changes, after any service call made from the GUI
    project_changed = Signal(str)  # the project the module pages show

    def __init__(self, ctx: AppContext, runner: TaskRunner) -> None:
        super().__init__()
        self.ctx = ctx
        self.runner = runner
        self.setWindowTitle(self.tr("Executrek Field"))
        self.resize(QSize(1280, 800))
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(200)
        self.pages = QStackedWidget()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.nav)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(1, 1)
        self.setCentralWidget(splitter)
        self.current_project_id: str | None = None
        self.project_box = QComboBox()
        self.project_box.setMinimumWidth(320)
        self.project_box.setToolTip(self.tr("The project the module screens show"))
        self.project_box.currentIndexChanged.connect(self._project_picked)
        bar = self.addToolBar(self.tr("Project"))
        bar.setObjectName("projectBar")
        bar.setMovable(False)
        bar.addWidget(QLabel(self.tr("Project: ")))
        bar.addWidget(self.project_box)
        self.page_widgets: dict[str, QWidget] = {}
        for spec in PAGES:
            page = spec.factory(self)
            self.page_widgets[spec.key] = page
            self.add_page(QCoreApplication.translate("Navigation", spec.title), page, spec.shortcut)
        self.nav.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.nav.setCurrentRow(0)
        self._build_menus()
        self.status_label = QLabel()
        self.statusBar().addPermanentWidget(self.status_label)
        self.status_label.setText(
            self.tr("Data: {path} · device {tag}").format(
                path=ctx.paths.data, tag=ctx.store.device_tag
            )
        )
        self.changed.connect(self._on_changed)
        self.refresh_projects()

    # --- composition ---------------------------------------------------------------
    def add_page(self, title: str, page: QWidget, shortcut: str | None = None) -> None:
        item = QListWidgetItem(title)
        self.nav.addItem(item)
        self.pages.addWidget(page)
        if shortcut:
            row = self.nav.count() - 1
            action = QAction(title, self)
            action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(lambda: self.nav.setCurrentRow(row))
            self.addAction(action)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.demo_action = file_menu.addAction(self.tr("Load &demo portfolio"))
        self.demo_action.triggered.connect(self.load_demo)
        file_menu.addSeparator()
        quit_action = file_menu.addAction(self.tr("&Quit"))
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        logs = help_menu.addAction(self.tr("Open the &log folder"))
        logs.triggered.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.ctx.paths.logs)))
        )
        about = help_menu.addAction(self.tr("&About Executrek Field"))
        about.triggered.connect(self._about)

    # --- service calls -----------------------------------------------------------------
    def call(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        *,
        pool: str = "db",
    ) -> TaskHandle:
        """Run a service off the GUI thread; errors become a message box, changes a signal."""

        def done(result: Any) -> None:
            changes = getattr(result, "changes", None)
            if isinstance(changes, Changes) and changes:
                self.changed.emit(changes)
            if on_done is not None:
                on_done(result)

        return self.runner.submit(
            lambda _h: fn(), on_done=done, on_error=self.show_error, pool=pool
        )

    def show_error(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Executrek Field"), message)

    def refresh_projects(self) -> None:
        store = self.ctx.store
        self.runner.submit(
            lambda _h: [(p.id, p.code, p.name) for p in projects.list_projects(store)],
            on_done=self._show_projects,
            on_error=self.show_error,
        )

    def _show_projects(self, rows: list[tuple[str, str, str]]) -> None:
        wanted = self.current_project_id or self.ctx.settings.last_project or None
        self.project_box.blockSignals(True)
        self.project_box.clear()
        for pid, code, name in rows:
            self.project_box.addItem(f"{code} — {name}", pid)
        self.project_box.blockSignals(False)
        index = self.project_box.findData(wanted) if wanted else -1
        if index < 0 and rows:
            index = 0
        if index >= 0:
            self.project_box.setCurrentIndex(index)
            self._project_picked(index)

    def _project_picked(self, index: int) -> None:
        pid = self.project_box.itemData(index)
        if not pid or pid == self.current_project_id:
            return
        self.current_project_id = str(pid)
        self.ctx.settings.last_project = str(pid)
        self.project_changed.emit(str(pid))

    def set_project(self, project_id: str) -> None:
        index = self.project_box.findData(project_id)
        if index >= 0:
            self.project_box.setCurrentIndex(index)

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches("projects"):
            self.refresh_projects()

    def load_demo(self) -> None:
        from executrek.app import demo

        store = self.ctx.store

        def work(_h: TaskHandle) -> Changes:
            existing = {p.code for p in projects.list_projects(store)}
            if existing & {r.code for r in demo.RECIPES}:
                raise DomainError("The demo portfolio is already loaded in this data folder.")
            demo.build(store)
            out = Changes()
            out.note("created", "projects", "*", None)
            return out

        def failed(message: str) -> None:
            self.demo_action.setEnabled(True)
            self.show_error(message)

        def done(changes: Changes) -> None:
            self.demo_action.setEnabled(True)
            self.statusBar().showMessage(self.tr("Demo portfolio loaded."), 5000)
            self.changed.emit(changes)

        self.demo_action.setEnabled(False)
        self.statusBar().showMessage(self.tr("Loading the demo portfolio…"))
        self.runner.submit(work, on_done=done, on_error=failed)

    def _about(self) -> None:
        from executrek.app.version import version

        QMessageBox.about(
            self,
            self.tr("About Executrek Field"),
            self.tr(
                "Executrek Field {version}\nSite inspections, change orders, contractor issues and punch lists "
                "for owner's representatives."
            ).format(version=version()),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.runner.shutdown()
        event.accept()
