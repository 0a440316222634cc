"""The punch item's detail pane: editable fields (saved as one undoable edit), the status
actions, the status history, comments and photos."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from executrek.models.errors import DomainError
from executrek.models.records.punch import queries as punch_queries
from executrek.models.records.punch import service as punch
from executrek.models.records.punch.model import Priority, PunchStatus
from executrek.models.records.punch.queries import PunchDetail
from executrek.models.services import records
from executrek.models.services.listings import ProjectChoices
from executrek.ui import undo_commands
from executrek.ui.drawings.sheet_link import SheetLink
from executrek.ui.labels import STATUS_COLOURS, value_label, when
from executrek.ui.pages.record_page import add_form
from executrek.ui.photos.photo_strip import PhotoStrip
from executrek.ui.widgets.action_row import ActionRow
from executrek.ui.widgets.choices import add_values
from executrek.ui.widgets.field_errors import FieldErrors
from executrek.ui.widgets.form_parts import short_text, tipped_button
from executrek.ui.widgets.pane_layout import flush_column
from executrek.ui.widgets.record_list import add_shortcut
from executrek.ui.widgets.submit_text import SubmitTextEdit

if TYPE_CHECKING:
    from executrek.ui.main_window import MainWindow

NO_DATE = QDate(2000, 1, 1)


def _pick(box: QComboBox, value: Any) -> None:
    box.setCurrentIndex(max(0, box.findData(value)))


class PunchDetailPane(QWidget):
    status_requested = Signal(str)  # target status value

    def __init__(self, window: MainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.window_ = window
        self.detail: PunchDetail | None = None
        self._loading = False
        self.setMinimumWidth(360)
        outer = flush_column(self)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        outer.addWidget(scroll)
        body = QWidget()
        scroll.setWidget(body)
        layout = QVBoxLayout(body)
        layout.setSpacing(10)
        self.heading = QLabel(self.tr("Select a punch item"))
        self.heading.setObjectName("sectionTitle")
        self.heading.setWordWrap(True)
        self.status_label = QLabel()
        layout.addWidget(self.heading)
        layout.addWidget(self.status_label)
        self.sheet_link = SheetLink(window, "punch_items")  # "On sheet A-101 (rev C)"
        layout.addWidget(self.sheet_link)

        self.errors = FieldErrors(QLabel())
        self.title = QLineEdit()
        self.priority = QComboBox()
        add_values(self.priority, Priority)
        self.due = QDateEdit()
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("yyyy-MM-dd")
        self.due.setMinimumDate(NO_DATE)
        self.due.setSpecialValueText(self.tr("no due date"))
        self.location = QComboBox()
        self.contractor = QComboBox()
        self.trade = QComboBox()
        self.assignee = QComboBox()
        self.description = short_text(110)
        add_form(
            layout,
            self.errors,
            (self.tr("Title"), "title", self.title),
            (self.tr("Priority"), "priority", self.priority),
            (self.tr("Due"), "due_date", self.due),
            (self.tr("Location"), "location_id", self.location),
            (self.tr("Contractor"), "contractor_id", self.contractor),
            (self.tr("Trade"), "trade_id", self.trade),
            (self.tr("Assignee"), "assignee_id", self.assignee),
            (self.tr("Description"), "description", self.description),
            general=True,
        )
        # Save and the status actions stay in view below the scrolling form; what does
        # not fit the pane's width goes into "More".
        self.actions_row = ActionRow()
        self.save_button = tipped_button(
            self.tr("&Save changes"), self.tr("Save the edits (Ctrl+S); Ctrl+Z undoes")
        )
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("Re&vert"))
        self.revert_button.clicked.connect(self._show_current)
        self.actions_row.add(self.save_button, primary=True)
        self.status_buttons: dict[str, QPushButton] = {}
        for target, text in (
            (PunchStatus.READY_FOR_REVIEW, self.tr("Ready for review")),
            (PunchStatus.CLOSED, self.tr("Close")),
            (PunchStatus.REJECTED, self.tr("Reject…")),
            (PunchStatus.OPEN, self.tr("Reopen")),
        ):
            button = QPushButton(text)
            button.clicked.connect(lambda _c=False, t=target.value: self.status_requested.emit(t))
            self.status_buttons[target.value] = button
            self.actions_row.add(button)
        self.actions_row.add(self.revert_button)
        outer.addWidget(self.actions_row)

        self.photos_label = QLabel()
        layout.addWidget(self.photos_label)
        # Photos of this item: drop files or folders here, or "Add photos…".
        self.photo_strip = PhotoStrip(window)
        self.photo_strip.setMinimumHeight(130)
        layout.addWidget(self.photo_strip)
        layout.addWidget(QLabel(self.tr("<b>Status history</b>")))
        self.history = QListWidget()
        self.history.setMaximumHeight(140)
        layout.addWidget(self.history)
        layout.addWidget(QLabel(self.tr("<b>Comments</b>")))
        self.comments = QListWidget()
        self.comments.setWordWrap(True)
        self.comments.setMaximumHeight(160)
        layout.addWidget(self.comments)
        self.comment_box = SubmitTextEdit()
        self.comment_box.submitted.connect(self.add_comment)
        self.comment_box.setPlaceholderText(self.tr("Add a comment (Ctrl+Enter)"))
        self.comment_box.setMaximumHeight(70)
        layout.addWidget(self.comment_box)
        self.comment_button = QPushButton(self.tr("Add &comment"))
        self.comment_button.clicked.connect(self.add_comment)
        layout.addWidget(self.comment_button)
        layout.addStretch(1)

        add_shortcut(self, self.tr("Save the punch item"), QKeySequence.StandardKey.Save, self.save)
        add_shortcut(self.comment_box, self.tr("Add the comment"), "Ctrl+Return", self.add_comment)

        for edit in (self.title,):
            edit.textEdited.connect(self._dirty_changed)
        self.description.textChanged.connect(self._dirty_changed)
        for box in (self.priority, self.location, self.contractor, self.trade, self.assignee):
            box.currentIndexChanged.connect(self._dirty_changed)
        self.due.dateChanged.connect(lambda _d: self._dirty_changed())
        self._set_enabled(False)

    # --- choices & loading ----------------------------------------------------------
    def set_choices(self, choices: ProjectChoices) -> None:
        self._loading = True
        for box, items in (
            (self.location, choices.locations),
            (self.contractor, choices.contractors),
            (self.trade, choices.trades),
            (self.assignee, choices.people),
        ):
            keep = box.currentData()
            box.clear()
            box.addItem(self.tr("—"), None)
            for c in items:
                box.addItem(c.label, c.id)
            _pick(box, keep)
        self._loading = False
        self._show_current()

    def load(self, item_id: str | None) -> None:
        self.sheet_link.load(item_id)
        if item_id is None:
            self.detail = None
            self.photo_strip.clear_record()
            self._set_enabled(False)
            self.heading.setText(self.tr("Select a punch item"))
            self.status_label.clear()
            return
        store = self.window_.ctx.store
        self.window_.call(
            lambda: punch_queries.punch_detail(store, item_id),
            self.show_detail,
        )

    def current_id(self) -> str | None:
        return self.detail.id if self.detail else None

    def show_detail(self, detail: PunchDetail) -> None:
        self.detail = detail
        self._show_current()

    def _show_current(self) -> None:
        d = self.detail
        if d is None:
            return
        self._loading = True
        self.errors.clear()
        self.heading.setText(f"{d.number} · {d.title}")
        colour = STATUS_COLOURS.get(d.status, "#1F5FA8")
        self.status_label.setText(
            self.tr("Status: <b style='color:{colour}'>{status}</b> · created {when}").format(
                colour=colour, status=value_label(d.status), when=when(d.created_at)
            )
        )
        self.title.setText(d.title)
        _pick(self.priority, d.priority)
        if d.due_date:
            self.due.setDate(QDate(d.due_date.year, d.due_date.month, d.due_date.day))
        else:
            self.due.setDate(NO_DATE)
        _pick(self.location, d.location_id)
        _pick(self.contractor, d.contractor_id)
        _pick(self.trade, d.trade_id)
        _pick(self.assignee, d.assignee_id)
        self.description.setPlainText(d.description or "")
        self.history.clear()
        for e in d.history:
            text = f"{when(e.at)}  {value_label(e.from_status) or '∅'} → {value_label(e.to_status)}"
            if e.by:
                text += f"  · {e.by}"
            if e.note:
                text += f"\n    {e.note}"
            self.history.addItem(text)
        self.comments.clear()
        for c in d.comments:
            self.comments.addItem(f"{c.author} · {when(c.at)}\n{c.body}")
        self.photos_label.setText(self.tr("Photos: {count}").format(count=d.photo_count))
        if self.photo_strip.record != ("punch_item", d.id):
            self.photo_strip.set_record(d.project_id, "punch_item", d.id)
        editable = d.status not in (PunchStatus.CLOSED.value, PunchStatus.VOID.value)
        self._set_enabled(True, editable)
        allowed = {
            "draft": {"open"},
            "open": {"ready_for_review", "closed"},
            "ready_for_review": {"closed", "rejected", "open"},
            "rejected": {"ready_for_review", "open"},
            "closed": {"open"},
        }.get(d.status, set())
        for target, button in self.status_buttons.items():
            button.setVisible(target in allowed)
        self._loading = False
        self._dirty_changed()

    def _set_enabled(self, on: bool, editable: bool = True) -> None:
        for w in (
            self.title,
            self.priority,
            self.due,
            self.location,
            self.contractor,
            self.trade,
            self.assignee,
            self.description,
        ):
            w.setEnabled(on and editable)
        self.comment_box.setEnabled(on)
        self.comment_button.setEnabled(on)
        for button in self.status_buttons.values():
            button.setEnabled(on)
        if not on:
            self.save_button.setEnabled(False)
            self.revert_button.setEnabled(False)

    # --- editing --------------------------------------------------------------------
    def edited_values(self) -> dict[str, Any]:
        due = self.due.date()
        due_date: dt.date | None = None if due == NO_DATE else due.toPython()  # type: ignore[assignment]
        return {
            "title": self.title.text(),
            "priority": self.priority.currentData(),
            "due_date": due_date,
            "location_id": self.location.currentData(),
            "contractor_id": self.contractor.currentData(),
            "trade_id": self.trade.currentData(),
            "assignee_id": self.assignee.currentData(),
            "description": self.description.toPlainText() or None,
        }

    def stored_values(self) -> dict[str, Any]:
        d = self.detail
        assert d is not None
        return {
            "title": d.title,
            "priority": d.priority,
            "due_date": d.due_date,
            "location_id": d.location_id,
            "contractor_id": d.contractor_id,
            "trade_id": d.trade_id,
            "assignee_id": d.assignee_id,
            "description": d.description or None,
        }

    def has_unsaved(self) -> bool:
        return self.detail is not None and self.edited_values() != self.stored_values()

    def _dirty_changed(self) -> None:
        if self._loading:
            return
        dirty = self.has_unsaved()
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)

    def save(self) -> None:
        d = self.detail
        if d is None or not self.has_unsaved():
            return
        store = self.window_.ctx.store
        item_id = d.id

        def apply(values: dict[str, Any]) -> Any:
            return punch.update_punch_item(store, item_id, **values)

        self.errors.clear()
        undo_commands.edit(
            self.window_,
            self.tr("Edit {number}").format(number=d.number),
            apply,
            self.stored_values(),
            self.edited_values(),
            on_refused=self._refused,
        )

    def _refused(self, error: DomainError) -> None:
        self.errors.show(error)

    def add_comment(self) -> None:
        d = self.detail
        body = self.comment_box.toPlainText().strip()
        if d is None or not body:
            return
        store = self.window_.ctx.store
        author = self.window_.ctx.settings.identity.display_name or self.tr("Owner's rep")
        project_id, item_id = d.project_id, d.id
        self.window_.call_form(
            lambda: records.add_comment(
                store, project_id, "punch_item", item_id, body, author_name=author
            ),
            lambda _done: self.comment_box.clear(),
            self._refused,
        )

    def ask_note(self, title: str) -> str | None:
        text, ok = QInputDialog.getMultiLineText(self, title, self.tr("Note:"))
        return text if ok else None
