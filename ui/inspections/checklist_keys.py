"""The checklist runner's keys: P/F/N pass, fail, N/A (N is No for yes/no items), Y yes,
digits type a number or pick a choice, Enter saves and goes on, Ctrl+Enter completes,
Ctrl+Shift+P adds a photo, Esc leaves the field or goes back to the list. Each is a
QAction on the runner's view, so the help overlay lists it."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from executrek.models.records.inspection.model import ResponseType
from executrek.ui.inspections.checklist_card import TYPED, shown_value
from executrek.ui.widgets.record_list import add_shortcut

if TYPE_CHECKING:
    from executrek.ui.inspections.checklist_runner import ChecklistRunner

LETTERS = {
    ResponseType.PASS_FAIL_NA: {"p": "pass", "f": "fail", "n": "na"},
    ResponseType.YES_NO: {"y": "yes", "n": "no"},
}


class ChecklistKeys(QObject):
    def __init__(self, runner: ChecklistRunner) -> None:
        super().__init__(runner)
        self.runner = runner
        bind = partial(add_shortcut, runner.view)
        bind(self.tr("Pass (pass/fail items)"), "P", lambda: self.letter("p"))
        bind(self.tr("Fail (pass/fail items)"), "F", lambda: self.letter("f"))
        bind(self.tr("N/A, or No for yes/no items"), "N", lambda: self.letter("n"))
        bind(self.tr("Yes (yes/no items)"), "Y", lambda: self.letter("y"))
        for digit in "0123456789":
            text = self.tr("Digits: type a number, or pick choice 1–9") if digit == "1" else ""
            bind(text, digit, self._digit_slot(digit))
        bind(self.tr("Save the answer or note, next item"), "Return", self.enter)
        bind("", "Enter", self.enter)
        bind(self.tr("Complete the inspection"), "Ctrl+Return", runner.complete)
        bind("", "Ctrl+Enter", runner.complete)
        bind(self.tr("Add a photo to the item"), "Ctrl+Shift+P", runner.choose_photos)
        bind(self.tr("Leave the field, or back to the list"), "Escape", self.escape)

    def _digit_slot(self, digit: str) -> Callable[[], None]:
        return lambda: self.digit(digit)

    def _typing(self) -> bool:
        """Keys type text on the result and signature page."""
        return self.runner.view.finish_shown()

    def letter(self, key: str) -> None:
        e = self.runner.current_entry()
        if self._typing() or e is None:
            return
        rtype = e.item.response_type
        values = LETTERS.get(rtype, {})
        if key in values:
            self.runner.answer(values[key])
        elif rtype in TYPED and self.runner.editable:
            edit = self.runner.card.value_edit
            edit.setFocus()
            if rtype is ResponseType.TEXT:
                edit.insert(key)

    def digit(self, digit: str) -> None:
        e = self.runner.current_entry()
        if self._typing() or e is None:
            return
        item = e.item
        if item.response_type is ResponseType.CHOICE:
            n = int(digit)
            if 1 <= n <= len(item.choices):
                self.runner.answer(str(item.choices[n - 1]))
        elif item.response_type in TYPED and self.runner.editable:
            edit = self.runner.card.value_edit
            edit.setFocus()
            edit.insert(digit)

    def enter(self) -> None:
        if self._typing():
            return
        edit = self.runner.card.value_edit
        typed = edit.text().strip()
        if QApplication.focusWidget() is edit and typed:
            e = self.runner.current_entry()
            if e is None or typed != shown_value(e):  # a new answer, not the one shown
                self.runner.answer(typed)
                return
        self.runner.next_item()

    def escape(self) -> None:
        card = self.runner.card
        if QApplication.focusWidget() in (card.value_edit, card.note_edit):
            self.runner.table.setFocus()
            return
        self.runner.close_runner()
