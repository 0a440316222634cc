"""Pin writes from the viewer: moving a pin (undoable) and dropping a new punch item or
issue on the sheet (a small dialog, then one unit of work that creates both)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from executrek.models.errors import DomainError
from executrek.models.issue import IssueType
from executrek.models.punch import Priority
from executrek.models.services import drawings
from executrek.models.services.drawings import NewPinnedIssue
from executrek.models.services.listings import ProjectChoices
from executrek.models.services.punch import NewPunchItem
from executrek.ui.labels import value_label
from executrek.ui.widgets.field_errors import FieldErrors

if TYPE_CHECKING:
    from executrek.ui.main_window import MainWindow


class PinMove(QUndoCommand):
    """A pin moved from ``before`` to ``after`` (normalised points). Pushed once the move
    is stored; undo and redo store the other place again (each a recorded change)."""

    def __init__(
        self,
        window: MainWindow,
        pin_id: str,
        number: str,
        before: tuple[float, float],
        after: tuple[float, float],
    ) -> None:
        super().__init__(window.tr("Move pin {number}").format(number=number))
        self.window = window
        self.pin_id = pin_id
        self.before = before
        self.after = after
        self._first = True

    def _apply(self, point: tuple[float, float]) -> None:
        store, pin_id = self.window.ctx.store, self.pin_id
        self.window.call(lambda: drawings.move_pin(store, pin_id, *point))

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._apply(self.after)

    def undo(self) -> None:
        self._apply(self.before)


def move_pin(
    window: MainWindow,
    pin_id: str,
    number: str,
    before: tuple[float, float],
    after: tuple[float, float],
    on_refused: Callable[[], None],
) -> None:
    """Store the move off the GUI thread; when stored, put it on the undo stack."""
    store = window.ctx.store

    def done(_result: Any) -> None:
        window.undo_stack.push(PinMove(window, pin_id, number, before, after))

    def refused(error: DomainError) -> None:
        on_refused()
        from executrek.ui.widgets.field_errors import translated

        window.show_error(translated(error))

    window.call_form(lambda: drawings.move_pin(store, pin_id, *after), done, refused)


class NewPinnedItemDialog(QDialog):
    """Title, contractor (and for an issue its type and severity) of an item dropped on
    the sheet. ``submit`` creates item and pin together; the dialog closes when stored."""

    def __init__(
        self,
        window: MainWindow,
        kind: str,  # "punch" or "issue"
        revision_id: str,
        point: tuple[float, float],
        choices: ProjectChoices | None,
        parent: QWidget | None = None,
        on_created: Callable[[Any], None] | None = None,
    ) -> None:
        super().__init__(parent or window)
        self.window_ = window
        self.kind = kind
        self.revision_id = revision_id
        self.point = point
        self.on_created = on_created
        self.setWindowTitle(
            self.tr("New punch item on the sheet")
            if kind == "punch"
            else self.tr("New contractor issue on the sheet")
        )
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.errors = FieldErrors(QLabel())
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("What is wrong here?"))
        self.contractor = QComboBox()
        self.contractor.addItem(self.tr("(no contractor)"), None)
        for choice in choices.contractors if choices else ():
            self.contractor.addItem(choice.label, choice.id)
        self.priority = QComboBox()
        for pr in Priority:
            self.priority.addItem(value_label(pr.value), pr.value)
        self.priority.setCurrentIndex(self.priority.findData(Priority.MEDIUM.value))
        self.issue_type = QComboBox()
        for kind_value in IssueType:
            self.issue_type.addItem(value_label(kind_value.value), kind_value.value)
        self.errors.add_row(form, self.tr("Title"), "title", self.title)
        if kind == "issue":
            self.errors.add_row(form, self.tr("Type"), "issue_type", self.issue_type)
            self.errors.add_row(form, self.tr("Severity"), "severity", self.priority)
        else:
            self.errors.add_row(form, self.tr("Priority"), "priority", self.priority)
        self.errors.add_row(form, self.tr("Contractor"), "contractor_id", self.contractor)
        layout.addLayout(form)
        hint = QLabel(self.tr("The item takes the sheet's location."))
        hint.setObjectName("muted")
        layout.addWidget(hint)
        assert self.errors.general is not None
        layout.addWidget(self.errors.general)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Add punch item") if kind == "punch" else self.tr("Add issue"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.title.setFocus()

    def submit(self) -> None:
        store = self.window_.ctx.store
        revision_id, (x, y) = self.revision_id, self.point
        title = self.title.text()
        contractor = self.contractor.currentData()
        priority = str(self.priority.currentData())
        issue_type = str(self.issue_type.currentData())
        self.errors.clear()

        def work() -> Any:
            if self.kind == "punch":
                new = NewPunchItem(title=title, contractor_id=contractor, priority=priority)
                return drawings.create_punch_item_with_pin(store, revision_id, x, y, new)
            issue = NewPinnedIssue(
                issue_type=issue_type, title=title, severity=priority, contractor_id=contractor
            )
            return drawings.create_issue_with_pin(store, revision_id, x, y, issue)

        self.buttons.setEnabled(False)
        self.window_.call_form(work, self._created, self._refused)

    def _created(self, done: Any) -> None:
        self.buttons.setEnabled(True)
        if self.on_created is not None:
            self.on_created(done)
        self.accept()

    def _refused(self, error: DomainError) -> None:
        self.buttons.setEnabled(True)
        self.errors.show(error)
