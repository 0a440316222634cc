"""New project: code, name, owner, contract value, contingency, currency and baseline
dates, with inline messages under the field the service refuses."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from executrek.models.errors import DomainError
from executrek.models.services import projects
from executrek.ui.widgets.dates import today_qdate
from executrek.ui.widgets.field_errors import FieldErrors

if TYPE_CHECKING:
    from executrek.ui.main_window import MainWindow


class ProjectDialog(QDialog):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.setWindowTitle(self.tr("New project"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("The project is created on this laptop and syncs later."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        form.setVerticalSpacing(10)
        self.errors = FieldErrors(QLabel())
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("e.g. HOSP-EW"))
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
        self.errors.add_row(form, self.tr("&Code"), "code", self.code)
        self.errors.add_row(form, self.tr("&Name"), "name", self.name)
        self.errors.add_row(form, self.tr("&Owner"), "owner_name", self.owner)
        self.errors.add_row(form, self.tr("Contract &value"), "contract_value", self.contract)
        self.errors.add_row(form, self.tr("Contin&gency"), "contingency", self.contingency)
        self.errors.add_row(form, self.tr("C&urrency"), "currency", self.currency)
        form.addRow("", self.has_dates)
        self.errors.add_row(form, self.tr("Baseline &start"), "baseline_start", self.start)
        self.errors.add_row(form, self.tr("Baseline &finish"), "baseline_finish", self.finish)
        layout.addLayout(form)
        assert self.errors.general is not None
        layout.addWidget(self.errors.general)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Create project"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
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
        self.buttons.setEnabled(False)
        self.window_.call_form(
            lambda: projects.create_project(store, new), self._created, self._refused
        )

    def _created(self, done: Any) -> None:
        self.buttons.setEnabled(True)
        self.window_.current_project_id = None
        self.window_.ctx.settings.last_project = done.value.id
        self.window_.statusBar().showMessage(
            self.tr("Project {code} created.").format(code=done.value.code), 5000
        )
        self.accept()

    def _refused(self, error: DomainError) -> None:
        self.buttons.setEnabled(True)
        self.errors.show(error)
