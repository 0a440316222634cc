"""New project: code, name, owner, contract value, contingency, currency and baseline
dates, with inline messages under the field the service refuses."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QCheckBox, QDateEdit, QLineEdit

from executrek.models.services import projects
from executrek.ui.widgets.dates import today_qdate
from executrek.ui.widgets.form_dialog import FormDialog
from executrek.ui.widgets.form_parts import hinted_edit, intro_above

if TYPE_CHECKING:
    from executrek.ui.main_window import MainWindow


class ProjectDialog(FormDialog):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(
            window, self.tr("New project"), min_width=520, ok_text=self.tr("Create project")
        )
        self.window_ = window
        intro_above(self, self.tr("The project is created on this laptop and syncs later."))
        form = self.form
        form.setVerticalSpacing(10)
        self.code = hinted_edit(self.tr("e.g. HOSP-EW"))
        self.name = QLineEdit()
        self.owner = QLineEdit()
        self.contract = QLineEdit("0")
        self.contingency = QLineEdit("0")
        self.currency = QLineEdit("USD")
        self.currency.setMaxLength(3)
        self.has_dates = QCheckBox(self.tr("Baseline dates known"))
        self.start = QDateEdit(today_qdate())
        self.finish = QDateEdit(today_qdate().addYears(1))
        for edit in (self.start, self.finish):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setEnabled(False)
        self.has_dates.toggled.connect(self.start.setEnabled)
        self.has_dates.toggled.connect(self.finish.setEnabled)
        self.errors.add_rows(
            form,
            (self.tr("&Code"), "code", self.code),
            (self.tr("&Name"), "name", self.name),
            (self.tr("&Owner"), "owner_name", self.owner),
            (self.tr("Contract &value"), "contract_value", self.contract),
            (self.tr("Contin&gency"), "contingency", self.contingency),
            (self.tr("C&urrency"), "currency", self.currency),
            ("", None, self.has_dates),
            (self.tr("Baseline &start"), "baseline_start", self.start),
            (self.tr("Baseline &finish"), "baseline_finish", self.finish),
        )
        self.code.setFocus()

    def new_project(self) -> projects.NewProject:
        dated = self.has_dates.isChecked()
        return projects.NewProject(
            code=self.code.text(),
            name=self.name.text(),
            owner_name=self.owner.text(),
            contract_value=self.contract.text().replace(",", "").strip() or "0",
            contingency=self.contingency.text().replace(",", "").strip() or "0",
            currency=self.currency.text(),
            baseline_start=self.start.date().toPython() if dated else None,  # type: ignore[arg-type]
            baseline_finish=self.finish.date().toPython() if dated else None,  # type: ignore[arg-type]
        )

    def submit(self) -> None:
        self.errors.clear()
        new = self.new_project()
        store = self.window_.ctx.store
        self.run(self.window_, lambda: projects.create_project(store, new), self._created)

    def _created(self, done: Any) -> None:
        self.window_.current_project_id = None
        self.window_.ctx.settings.last_project = done.value.id
        self.window_.statusBar().showMessage(
            self.tr("Project {code} created.").format(code=done.value.code), 5000
        )
        self.accept()
