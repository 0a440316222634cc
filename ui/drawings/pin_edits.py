"""Pin writes from the viewer: moving a pin (undoable) and dropping a new punch item or
issue on the sheet (a small dialog, then one unit of work that creates both)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from executrek.app.messages import user_message
from executrek.models.errors import DomainError
from executrek.models.records.drawing import service as drawings
from executrek.models.records.drawing.pins import NewPinnedIssue, PinRow
from executrek.models.records.issue.model import IssueType
from executrek.models.records.punch.model import Priority
from executrek.models.records.punch.service import NewPunchItem
from executrek.models.services.listings import ProjectChoices
from executrek.ui import undo_commands
from executrek.ui.widgets.choices import add_values
from executrek.ui.widgets.form_dialog import FormDialog

if TYPE_CHECKING:
    from executrek.ui.main_window import MainWindow


def move_pin(
    window: MainWindow, pin: PinRow, to: tuple[float, float], on_refused: Callable[[], None]
) -> None:
    """Store the move of ``pin`` (from its row's place) off the GUI thread; when stored,
    put it on the undo stack (undo and redo store the other place again, each a recorded
    change)."""
    store, pin_id = window.ctx.store, pin.id

    def refused(error: DomainError) -> None:
        on_refused()
        window.show_error(user_message(error))

    undo_commands.edit(
        window,
        window.tr("Move pin {number}").format(number=pin.number),
        lambda point: drawings.move_pin(store, pin_id, *point["at"]),
        {"at": (pin.x, pin.y)},
        {"at": to},
        on_refused=refused,
    )


class NewPinnedItemDialog(FormDialog):
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
        punch = kind == "punch"
        super().__init__(
            parent or window,
            self.tr("New punch item on the sheet")
            if punch
            else self.tr("New contractor issue on the sheet"),
            min_width=440,
            ok_text=self.tr("Add punch item") if punch else self.tr("Add issue"),
        )
        self.window_ = window
        self.kind = kind
        self.revision_id = revision_id
        self.point = point
        self.on_created = on_created
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("What is wrong here?"))
        self.contractor = QComboBox()
        self.contractor.addItem(self.tr("(no contractor)"), None)
        for choice in choices.contractors if choices else ():
            self.contractor.addItem(choice.label, choice.id)
        self.priority = QComboBox()
        add_values(self.priority, Priority, Priority.MEDIUM)
        self.issue_type = QComboBox()
        add_values(self.issue_type, IssueType)
        form, errors = self.form, self.errors
        errors.add_row(form, self.tr("Title"), "title", self.title)
        if kind == "issue":
            errors.add_row(form, self.tr("Type"), "issue_type", self.issue_type)
            errors.add_row(form, self.tr("Severity"), "severity", self.priority)
        else:
            errors.add_row(form, self.tr("Priority"), "priority", self.priority)
        errors.add_row(form, self.tr("Contractor"), "contractor_id", self.contractor)
        hint = QLabel(self.tr("The item takes the sheet's location."))
        hint.setObjectName("muted")
        self.column.insertWidget(1, hint)  # under the form
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

        self.run(self.window_, work, self._created)

    def _created(self, done: Any) -> None:
        if self.on_created is not None:
            self.on_created(done)
        self.accept()
