"""The schedule page's dialogs for a whole update: importing a programme file (P6 XER or
MS Project XML) as a new update — the same import ``executrek import schedule`` runs
(``schedule_files.import_schedule_file``), off the GUI thread, refusals and unreadable
files said in one line under the form — and the owner's review of a submitted update
(accept or reject, with a note). A P6 XER file of several projects asks which one to
import (``ProjectPickDialog``); a file of one imports without asking."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
)

from executrek.app.interop.schedule_files import import_schedule_file
from executrek.app.interop.schedule_xer import SeveralProjects, XerProject
from executrek.models.errors import DomainError
from executrek.models.records.schedule import service
from executrek.models.records.schedule.importer import ImportedUpdate
from executrek.models.records.schedule.queries import UpdateRow
from executrek.ui.pages.record_dialog import RecordDialog
from executrek.ui.pages.schedule_delays import date_edit, day_of
from executrek.ui.widgets.flow_layout import together
from executrek.ui.widgets.form_dialog import Button, FormDialog
from executrek.ui.widgets.form_parts import hinted_edit

if TYPE_CHECKING:
    from executrek.ui.main_window import MainWindow


class ImportDialog(RecordDialog):
    """Choose the file, whether it is the baseline, and (rarely) the data date; Import
    keeps it as a new update. ``imported`` holds the result once it went through."""

    def __init__(self, window: MainWindow, project_id: str, folder: str = "") -> None:
        super().__init__(
            window,
            project_id,
            self.tr("Import a programme"),
            min_width=520,
            ok_text=self.tr("&Import"),
        )
        self.folder = folder
        self.imported: ImportedUpdate | None = None
        self.xer_project: str | None = None  # the XER project picked (several in the file)
        self.picker: ProjectPickDialog | None = None
        self.path = hinted_edit(self.tr("A Primavera P6 .xer or MS Project .xml file"))
        self.browse_button = QPushButton(self.tr("&Choose…"))
        self.browse_button.clicked.connect(self.browse)
        self.baseline = QCheckBox(self.tr("Keep it as the &baseline"))
        self.own_date = QCheckBox(self.tr("Use another &data date than the file's"))
        self.data_date = date_edit()
        self.data_date.setEnabled(False)
        self.own_date.toggled.connect(self.data_date.setEnabled)
        self.errors.add_rows(
            self.form,
            (self.tr("&File"), "file", together(self.path, self.browse_button)),
            ("", None, self.baseline),
            ("", None, self.own_date),
            (self.tr("Data date"), "data_date", self.data_date),
        )
        self.ok_button.setEnabled(False)
        self.path.textChanged.connect(self._path_changed)
        self.path.setFocus()

    def _path_changed(self, text: str) -> None:
        self.ok_button.setEnabled(bool(text.strip()))
        self.xer_project = None  # another file: its projects are asked again

    def browse(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import a programme"),
            self.folder,
            self.tr("Programmes (*.xer *.xml);;All files (*)"),
        )
        if name:
            self.path.setText(name)

    def submit(self) -> None:
        self.errors.clear()
        store, pid = self.window_.ctx.store, self.project_id
        path = Path(self.path.text().strip()).expanduser()
        baseline = self.baseline.isChecked()
        when: dt.date | None = day_of(self.data_date) if self.own_date.isChecked() else None
        chosen = self.xer_project

        def work() -> Any:
            try:
                return import_schedule_file(
                    store, pid, path, as_baseline=baseline, data_date=when, xer_project=chosen
                )
            except SeveralProjects as exc:
                return exc.projects

        def done(result: Any) -> None:
            self.buttons.setEnabled(True)
            if isinstance(result, list):
                self.pick_project(path.name, result)
                return
            self.imported = result.value
            self.accept()

        self.buttons.setEnabled(False)
        self.window_.call_form(work, done, self.refused, on_error=self.failed)

    def pick_project(self, file: str, projects: list[XerProject]) -> None:
        """Ask which of the file's projects to import; picked, the import runs again."""
        self.picker = ProjectPickDialog(self, file, projects)

        def picked() -> None:
            assert self.picker is not None
            self.xer_project = self.picker.chosen()
            self.submit()

        self.picker.accepted.connect(picked)
        self.picker.open()

    def refused(self, error: DomainError) -> None:
        self.xer_project = None  # the next try asks for the project again
        super().refused(error)

    def failed(self, line: str) -> None:
        """A file that cannot be read or is no schedule: its one line under the form."""
        self.xer_project = None
        self.buttons.setEnabled(True)
        assert self.errors.general is not None
        self.errors.general.setText(line)
        self.errors.general.show()


class ProjectPickDialog(FormDialog):
    """The projects of one XER file (short name, name, activities): the one picked is
    imported. Double-click or Enter picks."""

    def __init__(self, parent: ImportDialog, file: str, projects: list[XerProject]) -> None:
        super().__init__(
            parent, self.tr("Which project?"), min_width=460, ok_text=self.tr("&Import")
        )
        intro = QLabel(
            self.tr("“{file}” holds {count} projects. Pick the one to import:").format(
                file=file, count=len(projects)
            )
        )
        intro.setWordWrap(True)
        self.projects = QListWidget()
        for project in projects:
            item = QListWidgetItem(
                self.tr("{short} — {name} ({count} activities)").format(
                    short=project.short_name, name=project.name, count=project.activities
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, project.id)
            self.projects.addItem(item)
        self.projects.setCurrentRow(0)
        self.projects.itemActivated.connect(self._activated)
        self.column.insertWidget(0, intro)
        self.column.insertWidget(1, self.projects)
        self.projects.setFocus()

    def _activated(self, item: QListWidgetItem) -> None:
        self.projects.setCurrentItem(item)
        self.submit()

    def chosen(self) -> str:
        """The id of the project picked."""
        item = self.projects.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ""

    def submit(self) -> None:
        if self.projects.currentItem() is not None:
            self.accept()


class ReviewDialog(FormDialog):
    """Accept or reject a submitted update, with the reviewer's note."""

    def __init__(self, window: MainWindow, update: UpdateRow, status: str) -> None:
        title = (
            self.tr("Accept {number}") if status == "accepted" else self.tr("Reject {number}")
        ).format(number=update.number)
        super().__init__(
            window,
            title,
            min_width=420,
            ok=Button.Ok,
            ok_text=self.tr("Accept") if status == "accepted" else self.tr("Reject"),
        )
        self.window_ = window
        self.update_id = update.id
        self.status = status
        self.note = QLineEdit()
        self.errors.add_rows(self.form, (self.tr("&Note"), "review_note", self.note))
        self.note.setFocus()

    def submit(self) -> None:
        self.errors.clear()
        store, update_id, status = self.window_.ctx.store, self.update_id, self.status
        note = self.note.text().strip() or None
        self.run(
            self.window_,
            lambda: service.review_update(store, update_id, status, note),
            lambda _d: self.accept(),
        )
