"""Editing sheets: number, title, discipline, location and the current revision's label,
for one sheet or the same values for many (bulk). The edit is made first; once stored it
goes on the window's undo stack, and undo gives every sheet its own old values back."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from executrek.models.changes import Changes
from executrek.models.records.drawing import service as drawings
from executrek.models.records.drawing.model import Discipline
from executrek.models.records.drawing.queries import SheetRow
from executrek.models.services.common import Done
from executrek.models.services.listings import ProjectChoices
from executrek.ui.drawings.sheet_table import discipline_label
from executrek.ui.undo_commands import FieldEdit
from executrek.ui.widgets.form_dialog import Button, FormDialog
from executrek.ui.widgets.form_parts import intro_above

if TYPE_CHECKING:
    from executrek.ui.main_window import MainWindow

_KEEP = "__keep__"
FIELDS = ("sheet_number", "title", "discipline", "location_id", "revision")


def sheet_values(row: SheetRow) -> dict[str, Any]:
    return {
        "sheet_number": row.sheet_number,
        "title": row.title,
        "discipline": row.discipline.value,
        "location_id": row.location_id,
        "revision": row.revision,
    }


class SheetsEdit(FieldEdit):
    """``after`` set on every sheet (redo, as a field edit of them all); undo restores
    each sheet's own ``before`` (keyed by sheet id)."""

    def __init__(
        self,
        window: MainWindow,
        text: str,
        before: dict[str, dict[str, Any]],
        after: dict[str, Any],
    ) -> None:
        store, ids = window.ctx.store, list(before)
        super().__init__(
            window,
            text,
            lambda values: drawings.bulk_update_sheets(store, ids, **values),
            before,
            after,
        )

    def undo(self) -> None:
        store = self.window.ctx.store
        old = {sid: {k: v[k] for k in self.after} for sid, v in self.before.items()}

        def work() -> Any:
            changes = Changes()
            done: Any = None
            for sid, values in old.items():
                done = drawings.update_sheet(store, sid, **values)
                changes.merge(done.changes)
            return Done(done.value if done else None, changes)

        self.window.call(work)


class SheetEditDialog(FormDialog):
    """One sheet (every field) or several (only the fields given a value change)."""

    def __init__(
        self,
        window: MainWindow,
        rows: Sequence[SheetRow],
        choices: ProjectChoices | None,
        parent: QWidget | None = None,
    ) -> None:
        bulk = len(rows) > 1
        super().__init__(
            parent or window,
            self.tr("Edit {count} sheets").format(count=len(rows))
            if bulk
            else self.tr("Edit sheet {number}").format(number=rows[0].sheet_number),
            min_width=480,
            ok=Button.Save,
        )
        self.window_ = window
        self.rows = list(rows)
        self.bulk = bulk
        if self.bulk:
            hint = intro_above(
                self, self.tr("Fields left on “keep” stay as they are on each sheet.")
            )
            hint.setObjectName("muted")
        keep = self.tr("(keep)")
        self.number = QLineEdit()
        self.title = QLineEdit()
        self.revision = QLineEdit()
        self.discipline = QComboBox()
        self.location = QComboBox()
        if self.bulk:
            for edit in (self.title, self.revision):
                edit.setPlaceholderText(keep)
            self.discipline.addItem(keep, _KEEP)
            self.location.addItem(keep, _KEEP)
        for d in Discipline:
            self.discipline.addItem(discipline_label(d), d.value)
        self.location.addItem(self.tr("(no location)"), None)
        for choice in choices.locations if choices else ():
            self.location.addItem(choice.label, choice.id)
        form, errors = self.form, self.errors
        if not self.bulk:
            row = self.rows[0]
            self.number.setText(row.sheet_number)
            self.title.setText(row.title)
            self.revision.setText(row.revision)
            self.discipline.setCurrentIndex(max(0, self.discipline.findData(row.discipline.value)))
            self.location.setCurrentIndex(max(0, self.location.findData(row.location_id)))
            errors.add_row(form, self.tr("Sheet number"), "sheet_number", self.number)
        errors.add_row(form, self.tr("Title"), "title", self.title)
        errors.add_row(form, self.tr("Discipline"), "discipline", self.discipline)
        errors.add_row(form, self.tr("Location"), "location_id", self.location)
        errors.add_row(form, self.tr("Revision"), "revision", self.revision)

    def values(self) -> dict[str, Any]:
        """The fields to set (bulk: only those given a value)."""
        out: dict[str, Any] = {}
        if not self.bulk:
            out["sheet_number"] = self.number.text()
        for key, edit in (("title", self.title), ("revision", self.revision)):
            if not self.bulk or edit.text().strip():
                out[key] = edit.text()
        for key, box in (("discipline", self.discipline), ("location_id", self.location)):
            if box.currentData() != _KEEP:
                out[key] = box.currentData()
        return out

    def submit(self) -> None:
        after = self.values()
        if not self.bulk:
            before = sheet_values(self.rows[0])
            after = {k: v for k, v in after.items() if before.get(k) != v}
        if not after:
            self.accept()
            return
        window, store = self.window_, self.window_.ctx.store
        ids = [r.id for r in self.rows]
        befores = {r.id: sheet_values(r) for r in self.rows}
        text = (
            self.tr("Edit {count} sheets").format(count=len(ids))
            if self.bulk
            else self.tr("Edit sheet {number}").format(number=self.rows[0].sheet_number)
        )

        def done(_result: Any) -> None:
            window.undo_stack.push(SheetsEdit(window, text, befores, after))
            self.accept()

        self.errors.clear()
        self.run(window, lambda: drawings.bulk_update_sheets(store, ids, **after), done)
