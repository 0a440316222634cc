"""The site diary page's writes: the day's fields, entry lines added, changed and
removed, Ctrl+D (yesterday's weather and manpower), links of a delay, photo markup,
and the dialogs that sign and close a day, add an addendum, or raise a punch item, an
issue or a change event from it.

Every write runs its service off the GUI thread (``MainWindow.call_form``) and goes on
the undo stack once accepted; a refusal shows under the box it is about, in the user's
words, and what was typed stays. A headcount above 5,000 on one line is asked about
first. The page shows the result from the window's ``changed`` signal (the controller).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from executrek.app.permissions import Action
from executrek.app.report_kinds.diary_labels import error_text, section_title
from executrek.models.errors import DomainError
from executrek.models.records.diary import service as diary
from executrek.models.records.diary.entries import ENTRY_KINDS, MAX_HEADCOUNT
from executrek.models.services.common import Done
from executrek.ui import undo_commands
from executrek.ui.pages.diary_dialogs import AddendumDialog, CloseDayDialog, RaiseDialog
from executrek.ui.pages.diary_entry_form import form_values
from executrek.ui.pages.diary_undo import DayCopied, DayCopy, EntryAdded, EntryRemoved, copy_day
from executrek.ui.photos.markup_editor import open_markup_editor
from executrek.ui.photos.photo_strip import PhotoStrip

if TYPE_CHECKING:
    from executrek.ui.main_window import MainWindow
    from executrek.ui.pages.diary_controller import DiaryController
    from executrek.ui.pages.diary_page import DiaryPage


def headcount_of(values: dict[str, Any]) -> int | None:
    try:
        return int(str(values.get("headcount") or "").strip())
    except ValueError:
        return None


class DiaryEdits(QObject):
    """The writes of the page; see the module docstring."""

    def __init__(self, window: MainWindow, page: DiaryPage, reads: DiaryController) -> None:
        super().__init__(page)
        self.window_ = window
        self.page = page
        self.reads = reads
        self.source: tuple[str, str] | None = None  # the line a quick action is raised from

    @property
    def day_id(self) -> str | None:
        d = self.reads.detail
        return d.day.id if d is not None else None

    def _number(self) -> str:
        d = self.reads.detail
        return d.day.number if d is not None else ""

    def confirm_headcount(self, headcount: int) -> bool:
        """Ask before a line of more than 5,000 people is kept (tests answer it)."""
        answer = QMessageBox.question(
            self.page,
            self.tr("A large headcount"),
            self.tr("{count} people on one line is a lot. Keep it?").format(count=headcount),
        )
        return answer == QMessageBox.StandardButton.Yes

    # --- the day's own fields ----------------------------------------------------------
    def save_day(self, before: dict[str, Any], after: dict[str, Any]) -> None:
        day_id, store = self.day_id, self.window_.ctx.store
        if day_id is None:
            return
        self.page.form.clear_errors()

        def refused(exc: DomainError) -> None:
            if not self.page.form.show_error(exc, before):
                self.page.show_message(error_text(exc))

        undo_commands.edit(
            self.window_,
            self.tr("Edit {number}").format(number=self._number()),
            lambda values: diary.update_day(store, day_id, **values),
            before,
            after,
            on_refused=refused,
        )

    # --- lines ---------------------------------------------------------------------------
    def save_entry(self, kind: str, entry_id: str | None, values: dict[str, Any]) -> None:
        day_id, store = self.day_id, self.window_.ctx.store
        section = self.page.form.sections[kind]
        if day_id is None:
            return
        count = headcount_of(values) if kind == "manpower" else None
        if count is not None and count > MAX_HEADCOUNT and not self.confirm_headcount(count):
            return  # nothing lost: the line stays in the editor
        section.form.clear_errors()
        title = section_title(kind)
        if entry_id is None:

            def added(done: Done[Any]) -> None:
                text = self.tr("Add a line to {section}").format(section=title)
                self.window_.undo_stack.push(
                    EntryAdded(self.window_, text, day_id, kind, done.value.id, values)
                )
                section.saved(None)

            self.window_.call_form(
                lambda: diary.add_entry(store, day_id, kind, confirm=True, **values),
                added,
                section.form.show_error,
            )
            return
        line = section.current_line()
        before = form_values(ENTRY_KINDS[kind], line.entry.values) if line else {}
        undo_commands.edit(
            self.window_,
            self.tr("Edit a line of {section}").format(section=title),
            lambda v: diary.update_entry(store, kind, entry_id, confirm=True, **v),
            before,
            values,
            on_done=lambda _d: section.saved(entry_id),
            on_refused=section.form.show_error,
        )

    def remove_entry(self, kind: str, entry_id: str) -> None:
        day_id, store = self.day_id, self.window_.ctx.store
        section = self.page.form.sections[kind]
        line = section.current_line()
        if day_id is None or line is None:
            return
        values = form_values(ENTRY_KINDS[kind], line.entry.values)
        text = self.tr("Remove a line of {section}").format(section=section_title(kind))

        def removed(_done: Any) -> None:
            self.window_.undo_stack.push(
                EntryRemoved(self.window_, text, day_id, kind, entry_id, values)
            )
            section.new_line()

        self.window_.call_form(
            lambda: diary.remove_entry(store, kind, entry_id), removed, self.reads.refused
        )

    def link_delay(self, delay_id: str, record_type: str, record_id: str) -> None:
        store = self.window_.ctx.store
        self.window_.call_form(
            lambda: diary.link_delay(store, delay_id, record_type, record_id),
            lambda _d: None,
            self.reads.refused,
        )

    def line_selected(self, kind: str, entry_id: str | None) -> None:
        self.source = (kind, entry_id) if entry_id else None

    # --- Ctrl+D ----------------------------------------------------------------------------
    def copy_previous(self) -> None:
        """Yesterday's (the previous diary day's) weather and manpower into this day."""
        day_id, store = self.day_id, self.window_.ctx.store
        verdict = self.page.gate.decision(Action.WRITE)
        if not verdict:  # Ctrl+D for a viewer
            self.page.show_message(verdict.reason)
            return
        if day_id is None:
            self.page.show_message(self.tr("Open a day first, then copy into it."))
            return

        def copied(done: Done[DayCopy]) -> None:
            copy = done.value
            text = self.tr("Copy {day} into {number}").format(
                day=copy.copied.source_day.isoformat(), number=self._number()
            )
            self.window_.undo_stack.push(DayCopied(self.window_, text, day_id, copy))
            self.page.show_message(
                self.tr("Copied the weather and {count} manpower lines from {day}.").format(
                    count=len(copy.added), day=copy.copied.source_day.isoformat()
                ),
                error=False,
            )

        self.window_.call_form(lambda: copy_day(store, day_id), copied, self.reads.refused)

    # --- dialogs -----------------------------------------------------------------------------
    def close_day(self) -> None:
        if self.day_id is not None:
            self._open(CloseDayDialog(self.window_, self.day_id, self._number()))

    def add_addendum(self) -> None:
        if self.day_id is not None:
            self._open(AddendumDialog(self.window_, self.day_id, self._number()))

    def raise_from_day(self, kind: str) -> None:
        if self.day_id is None:
            return
        # The line selected last gives its words too (a safety line gets the number).
        dialog = RaiseDialog(self.window_, self.day_id, kind, self.reads.choices, self.source)
        dialog.accepted.connect(
            lambda: self.page.show_message(
                self.tr("Raised and linked to {number}.").format(number=self._number()),
                error=False,
            )
        )
        self._open(dialog)

    def _open(self, dialog: QDialog) -> None:
        """Open ``dialog`` (deleted when closed) as the page's dialog."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.page.dialog = dialog

    # --- photo markup ----------------------------------------------------------------------
    def edit_markup(self, strip: PhotoStrip, photo_id: str) -> None:
        """Open the markup editor on a photo of the day or of a line."""
        photo = next((p for p in strip.model.photos() if p.id == photo_id), None)
        if photo is None:
            return
        open_markup_editor(self.window_, strip.library, photo, self.page)
