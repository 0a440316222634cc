"""Starting an inspection: pick the template, date, location and contractor."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit, QWidget

from executrek.models.records.inspection import service as inspections
from executrek.models.records.inspection.model import Inspection
from executrek.models.services import projects
from executrek.models.services.common import Done
from executrek.models.store import Store
from executrek.ui.inspections.inspections_tasks import run_from_dialog
from executrek.ui.widgets.choices import fill
from executrek.ui.widgets.dates import today_qdate
from executrek.ui.widgets.form_dialog import FormDialog
from executrek.ui.widgets.sizes import at_least

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


class NewInspectionDialog(FormDialog):
    """Starts the inspection itself (off the GUI thread) and shows refusals inline."""

    def __init__(
        self, window: MainWindow, project_id: str, options: ProjectOptions, parent: QWidget
    ) -> None:
        super().__init__(
            parent,
            self.tr("New inspection"),
            min_width=560,
            ok_text=self.tr("&Start inspection"),
        )
        self.window_ = window
        self.project_id = project_id
        self.inspection_id: str | None = None
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
        at_least(
            40,
            self.template_box,
            self.title_edit,
            self.date_edit,
            self.location_box,
            self.contractor_box,
            self.weather_edit,
            self.attendees_edit,
        )
        form = self.form
        form.addRow(self.tr("&Template"), self.template_box)
        form.addRow(self.tr("T&itle"), self.title_edit)
        form.addRow(self.tr("&Date"), self.date_edit)
        form.addRow(self.tr("&Location"), self.location_box)
        form.addRow(self.tr("&Contractor"), self.contractor_box)
        form.addRow(self.tr("&Weather"), self.weather_edit)
        form.addRow(self.tr("&Attendees"), self.attendees_edit)
        self.ok_button.setMinimumHeight(48)

    def show_message(self, text: str) -> None:
        general = self.errors.general
        assert general is not None
        general.setText(text)
        general.show()

    def submit(self) -> None:
        """Start the inspection from the chosen template."""
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

        run_from_dialog(self.window_, self.buttons, work, done, self.show_message)
