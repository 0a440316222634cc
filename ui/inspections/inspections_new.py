"""Starting an inspection: pick the template, date, location and contractor."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from executrek.models.inspection import Inspection
from executrek.models.services import inspections, projects
from executrek.models.services.common import Done
from executrek.models.store import Store
from executrek.ui.inspections.inspections_tasks import run_service
from executrek.ui.inspections.inspections_text import FAIL_COLOUR
from executrek.ui.widgets.dates import today_qdate

if TYPE_CHECKING:
    from executrek.ui.main_window import MainWindow


@dataclass(frozen=True)
class ProjectOptions:
    """What the filter bar and the new-inspection dialog offer for one project."""

    templates: list[tuple[str, str]]  # id, "Category — Name"
    locations: list[tuple[str, str]]  # id, path
    contractors: list[tuple[str, str]]  # id, name


def project_options(store: Store, project_id: str) -> ProjectOptions:
    return ProjectOptions(
        [(t.id, f"{t.category} — {t.name}") for t in inspections.templates(store, project_id)],
        [(loc.id, loc.path) for loc in projects.locations(store, project_id)],
        [(o.id, o.name) for o in projects.directory(store, project_id)],
    )


def fill(combo: QComboBox, rows: list[tuple[str, str]], none_text: str) -> None:
    """Fill a combo with (id, text) rows after a first "none" entry, keeping the choice."""
    keep = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(none_text, None)
    for row_id, text in rows:
        combo.addItem(text, row_id)
    index = combo.findData(keep) if keep else 0
    combo.setCurrentIndex(max(0, index))
    combo.blockSignals(False)


class NewInspectionDialog(QDialog):
    """Starts the inspection itself (off the GUI thread) and shows refusals inline."""

    def __init__(
        self, window: MainWindow, project_id: str, options: ProjectOptions, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.window_ = window
        self.project_id = project_id
        self.inspection_id: str | None = None
        self.setWindowTitle(self.tr("New inspection"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.template_box = QComboBox()
        fill(self.template_box, options.templates, self.tr("— choose a template —"))
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("The template's name"))
        self.date_edit = QDateEdit(today_qdate())
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.location_box = QComboBox()
        fill(self.location_box, options.locations, self.tr("— none —"))
        self.contractor_box = QComboBox()
        fill(self.contractor_box, options.contractors, self.tr("— none —"))
        self.weather_edit = QLineEdit()
        self.attendees_edit = QLineEdit()
        for widget in (
            self.template_box,
            self.title_edit,
            self.date_edit,
            self.location_box,
            self.contractor_box,
            self.weather_edit,
            self.attendees_edit,
        ):
            widget.setMinimumHeight(40)
        form.addRow(self.tr("&Template"), self.template_box)
        form.addRow(self.tr("T&itle"), self.title_edit)
        form.addRow(self.tr("&Date"), self.date_edit)
        form.addRow(self.tr("&Location"), self.location_box)
        form.addRow(self.tr("&Contractor"), self.contractor_box)
        form.addRow(self.tr("&Weather"), self.weather_edit)
        form.addRow(self.tr("&Attendees"), self.attendees_edit)
        layout.addLayout(form)
        self.message = QLabel()
        self.message.setObjectName("formMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {FAIL_COLOUR};")
        self.message.hide()
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        start = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        start.setText(self.tr("&Start inspection"))
        start.setMinimumHeight(48)
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def start(self) -> None:
        template_id = self.template_box.currentData()
        if not template_id:
            self.show_message(self.tr("Template: choose the checklist to use."))
            self.template_box.setFocus()
            return
        qd = self.date_edit.date()
        store = self.window_.ctx.store
        pid = self.project_id
        title = self.title_edit.text().strip() or None
        location = self.location_box.currentData()
        contractor = self.contractor_box.currentData()
        weather = self.weather_edit.text()
        attendees = self.attendees_edit.text()

        def work() -> Done[Inspection]:
            return inspections.start_inspection(
                store,
                pid,
                str(template_id),
                title=title,
                inspection_date=dt.date(qd.year(), qd.month(), qd.day()),
                location_id=location,
                contractor_id=contractor,
                weather=weather or None,
                attendees=attendees or None,
            )

        def done(result: Done[Inspection]) -> None:
            self.inspection_id = result.value.id
            self.accept()

        def failed(message: str) -> None:
            self.buttons.setEnabled(True)
            self.show_message(message)

        self.buttons.setEnabled(False)
        run_service(self.window_, work, done, failed)
