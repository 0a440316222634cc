"""One section of the diary day per entry kind (manpower, equipment, deliveries,
visitors, work, delays, instructions, safety): its lines in a table, the line editor
under it, and the photos of the selected line (a delivery's note, a work area).

Keyboard first: Tab runs through the boxes, Enter (Ctrl+Enter in a text box) adds the
line or saves the one selected, Escape starts a new line, Delete in the table removes
the selected line. The section only shows and asks (signals); the controller writes.
Manpower shows its totals per contractor; delays show their hours, what they are linked
to, and a box to link an issue, RFI or change order.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from executrek.app.report_kinds.diary_data import LinkChoice
from executrek.app.report_kinds.diary_labels import field_word, section_title, value_word
from executrek.models.records.diary.entries import EntryKind
from executrek.models.records.diary.queries import Entry, delay_hours
from executrek.ui.pages.diary_entry_form import EntryForm
from executrek.ui.photos.photo_strip import PhotoStrip
from executrek.ui.widgets.columns import Column
from executrek.ui.widgets.record_list import record_table
from executrek.ui.widgets.rows_model import RowsModel

if TYPE_CHECKING:
    from executrek.ui.main_window import MainWindow

TABLE_ROWS = 4  # lines shown before the table scrolls


@dataclass(frozen=True)
class Line:
    """One entry line as the table shows it: the entry, its photos, what it links to."""

    id: str
    entry: Entry
    photos: int
    linked: str = ""


def _cell(kind: EntryKind, name: str) -> Callable[[Line], str]:
    spec = next(f for f in kind.fields if f.name == name)

    def text(line: Line) -> str:
        value = line.entry.values.get(name)
        if spec.kind in ("ref", "ids"):
            return line.entry.names.get(name, "")
        if spec.kind == "choice":
            return value_word(str(getattr(value, "value", value))) if value else ""
        if isinstance(value, Decimal):
            return f"{value.normalize():f}"
        text_ = "" if value is None else str(value)
        return text_.splitlines()[0] if text_ else ""

    return text


def line_columns(kind: EntryKind) -> list[Column[Line]]:
    """A column per field, the delay's hours and links, and the photo count."""
    columns = [
        Column(
            f.name,
            field_word(f.name),
            _cell(kind, f.name),
            right=f.kind in ("int", "decimal"),
        )
        for f in kind.fields
    ]
    if kind.key == "delay":
        columns.insert(
            4,
            Column(
                "hours",
                QCoreApplication.translate("DiarySections", "Hours"),
                lambda r: str(delay_hours(r.entry["start_time"], r.entry["end_time"])),
                right=True,
            ),
        )
        columns.append(
            Column(
                "linked", QCoreApplication.translate("DiarySections", "Linked"), lambda r: r.linked
            )
        )
    columns.append(
        Column(
            "photos",
            QCoreApplication.translate("DiarySections", "Photos"),
            lambda r: str(r.photos or ""),
            right=True,
        )
    )
    return columns


def wide_column(kind: EntryKind) -> int:
    """The column that takes the room left: the first long text, else the first text."""
    names = [f.name for f in kind.fields]
    for wanted in ("long_text", "text"):
        for f in kind.fields:
            if f.kind == wanted:
                index = names.index(f.name)
                return index + 1 if kind.key == "delay" and index >= 4 else index
    return 0


def manpower_totals(lines: Sequence[Line]) -> str:
    """ "Halvorsen 12 people · 96 h; …; in all 40 people · 320 h"."""
    people: dict[str, int] = defaultdict(int)
    hours: dict[str, Decimal] = defaultdict(Decimal)
    for line in lines:
        name = line.entry.names.get("organisation_id", "")
        people[name] += int(line.entry["headcount"])
        hours[name] += line.entry["hours"] or Decimal(0)
    if not people:
        return ""
    each = [
        QCoreApplication.translate("DiarySections", "{name}: {people} people · {hours} h").format(
            name=name, people=people[name], hours=f"{hours[name].normalize():f}"
        )
        for name in sorted(people)
    ]
    total = QCoreApplication.translate(
        "DiarySections", "In all: {people} people · {hours} h"
    ).format(people=sum(people.values()), hours=f"{sum(hours.values(), Decimal(0)).normalize():f}")
    return "; ".join(each) + "\n" + total


class EntrySection(QGroupBox):
    """The lines of one kind of a day and their editor; see the module docstring."""

    save_requested = Signal(str, object, dict)  # kind, entry id (None: a new line), values
    remove_requested = Signal(str, str)  # kind, entry id
    link_requested = Signal(str, str, str)  # delay id, record type, record id
    photo_activated = Signal(object, str)  # the strip, photo id (open its markup)
    line_selected = Signal(str, object)  # kind, entry id (None: no line selected)

    def __init__(self, window: MainWindow, kind: EntryKind, parent: QWidget | None = None):
        super().__init__(section_title(kind.key), parent)
        self.kind = kind
        self.editing: str | None = None  # the line in the editor (None: a new line)
        self.read_only = False
        self.model: RowsModel[Line] = RowsModel(line_columns(kind), self)
        self.table = record_table(
            self.model,
            sortable=False,
            wide_column=None,
            stretch_column=wide_column(kind),
            row_height=None,
        )
        self.table.setTabKeyNavigation(False)
        self.table.setAccessibleName(section_title(kind.key))
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.form = EntryForm(kind)
        self.form.submitted.connect(self.submit)
        self.add_button = QPushButton(self.tr("Add line"))
        self.add_button.clicked.connect(self.submit)
        self.new_button = QPushButton(self.tr("New line"))
        self.new_button.clicked.connect(self.new_line)
        self.remove_button = QPushButton(self.tr("Remove line"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.totals = QLabel()
        self.totals.setObjectName("muted")
        self.totals.setWordWrap(True)
        self.totals.setVisible(kind.key == "manpower")
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        self.link_box = QComboBox()
        self.link_button = QPushButton(self.tr("Link"))
        self.link_button.clicked.connect(self._link)
        if kind.key == "delay":
            self.link_box.setToolTip(self.tr("An issue, RFI or change order about this delay"))
            buttons.addWidget(QLabel(self.tr("Link to")))
            buttons.addWidget(self.link_box, 1)
            buttons.addWidget(self.link_button)
        self.strip = PhotoStrip(window)
        self.strip.setMinimumHeight(120)
        self.strip.hide()
        self.strip.photo_activated.connect(lambda pid: self.photo_activated.emit(self.strip, pid))
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.totals)
        layout.addWidget(self.form)
        layout.addLayout(buttons)
        layout.addWidget(self.strip)
        remove = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove.activated.connect(self.remove_selected)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.form)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.new_line)
        self._fit_table()
        self._buttons()

    # --- showing -----------------------------------------------------------------------
    def set_lines(self, project_id: str, lines: Sequence[Line]) -> None:
        """Show the day's lines; the line being edited stays selected (or the editor
        empties when it is gone)."""
        self.project_id = project_id
        self.model.set_rows(lines)
        self._fit_table()
        if self.kind.key == "manpower":
            self.totals.setText(manpower_totals(lines))
        row = self.model.find(self.editing) if self.editing else -1
        if row >= 0:
            self.table.selectRow(row)
            self._show_strip(self.model.row_at(row))
        elif self.editing is not None:
            self.new_line()
        self._buttons()

    def set_link_choices(self, choices: Sequence[LinkChoice]) -> None:
        self.link_box.clear()
        for c in choices:
            self.link_box.addItem(c.label, (c.record_type, c.record_id))

    def set_read_only(self, read_only: bool) -> None:
        """A closed day: the lines stay readable, the editor and its buttons go."""
        self.read_only = read_only
        editor: tuple[QWidget, ...] = (self.form, self.add_button, self.new_button)
        for w in (*editor, self.remove_button):
            w.setVisible(not read_only)
        linking: tuple[QWidget, ...] = (self.link_box, self.link_button)
        for w in linking:
            w.setVisible(not read_only and self.kind.key == "delay")
        if read_only:
            self.editing = None
        self._buttons()

    def _fit_table(self) -> None:
        header = self.table.horizontalHeader().height() or 24
        row = self.table.verticalHeader().defaultSectionSize()
        shown = min(max(self.model.rowCount(), 1), TABLE_ROWS)
        self.table.setFixedHeight(header + row * shown + 2 * self.table.frameWidth() + 2)

    def _buttons(self) -> None:
        editing = self.editing is not None
        self.add_button.setText(self.tr("Save line") if editing else self.tr("Add line"))
        self.remove_button.setEnabled(editing and not self.read_only)
        self.link_button.setEnabled(editing and self.link_box.count() > 0)

    def _show_strip(self, line: Line | None) -> None:
        if line is None:
            self.strip.clear_record()
            self.strip.hide()
        else:
            self.strip.set_record(self.project_id, self.kind.part, line.id)
            self.strip.show()

    # --- editing -----------------------------------------------------------------------
    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        line = self.model.row_at(current.row())
        if line.id != self.editing:
            self.editing = line.id
            self.form.set_values(line.entry.values)
        self._show_strip(line)
        self._buttons()
        self.line_selected.emit(self.kind.key, line.id)

    def new_line(self) -> None:
        if self.editing is not None:
            self.line_selected.emit(self.kind.key, None)
        self.editing = None
        self.table.clearSelection()
        self.table.setCurrentIndex(QModelIndex())
        self.form.clear()
        self._show_strip(None)
        self._buttons()
        if not self.read_only:
            self.form.first_editor().setFocus()

    def current_line(self) -> Line | None:
        row = self.model.find(self.editing) if self.editing else -1
        return self.model.row_at(row) if row >= 0 else None

    def submit(self) -> None:
        if not self.read_only:
            self.save_requested.emit(self.kind.key, self.editing, self.form.values())

    def saved(self, entry_id: str | None) -> None:
        """The controller wrote the line: a new line starts (the next one is typed at
        once); an edited line stays selected."""
        if self.editing is None or entry_id is None:
            self.form.clear()
            self.form.first_editor().setFocus()

    def remove_selected(self) -> None:
        if self.editing is not None and not self.read_only:
            self.remove_requested.emit(self.kind.key, self.editing)

    def _link(self) -> None:
        target: Any = self.link_box.currentData()
        if self.editing is not None and target:
            self.link_requested.emit(self.editing, target[0], target[1])
