"""Search everywhere (Ctrl+K): a box over the window that finds the current project's
records of every kind by number (``PI-0042``, ``42``), words, contractor, trade or
location (``models/services/find.py``).

Typing searches after a short pause, off the GUI thread (the ``db`` pool); answers to
an older text are dropped. The first results show as soon as they are read; how many
match per kind is counted after them (on 100,000 punch items the count is the slower
half). Up and Down move between results while the focus stays in the box, Enter opens
the chosen record on its page (``MainWindow.open_record``), Esc closes. Enter pressed
before the answer to the text typed arrives opens that answer's first result.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from executrek.models.services import find
from executrek.models.services.find import Found, Group
from executrek.ui.labels import value_label

if TYPE_CHECKING:
    from executrek.ui.main_window import MainWindow

KindRole = int(Qt.ItemDataRole.UserRole) + 1  # the kind of a heading or a result row
RecordRole = KindRole + 1  # the record id of a result row (None on a heading)
DEBOUNCE_MS = 150
# "Searching…" shows only for a search still running after this long: most answer in a
# few ms, and the note would flicker (and its repaint ran beside the search).
SEARCHING_NOTE_MS = 100


class SearchDialog(QDialog):
    shown = Signal(str)  # the first results of this text are in the list
    counted = Signal(str)  # …and the totals per kind in their headings

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.setWindowTitle(self.tr("Search everywhere"))
        self.setModal(True)
        layout = QVBoxLayout(self)
        self.box = QLineEdit()
        self.box.setPlaceholderText(
            self.tr("A number like PI-0042, or words: title, contractor, trade, location…")
        )
        self.box.setClearButtonEnabled(True)
        self.box.setAccessibleName(self.tr("Search everywhere"))
        self.note = QLabel()
        self.note.setObjectName("muted")
        # One line per record in columns (number, title, status, where) under a heading
        # per kind; rows of one height, so filling the list lays out nothing.
        self.results = QTreeWidget()
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setColumnCount(4)
        self.results.setHeaderHidden(True)
        self.results.setRootIsDecorated(False)
        self.results.setItemsExpandable(False)
        self.results.setIndentation(0)
        self.results.setUniformRowHeights(True)
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the box keeps the keys
        header = self.results.header()
        header.setStretchLastSection(True)
        for column, width in enumerate((90, 300, 120)):
            self.results.setColumnWidth(column, width)
        self.bold = QFont(self.results.font())
        self.bold.setBold(True)
        self.headings: dict[str, QTreeWidgetItem] = {}
        self.hits: list[QTreeWidgetItem] = []
        self.status_labels: dict[str, str] = {}  # the language changes only on a restart
        layout.addWidget(self.box)
        layout.addWidget(self.note)
        layout.addWidget(self.results, 1)
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(DEBOUNCE_MS)
        self.debounce.timeout.connect(self.run_search)
        self.box.textChanged.connect(lambda _t: self.debounce.start())
        self.searching = QTimer(self)
        self.searching.setSingleShot(True)
        self.searching.setInterval(SEARCHING_NOTE_MS)
        self.searching.timeout.connect(lambda: self.note.setText(self.tr("Searching…")))
        self.box.returnPressed.connect(self.open_current)
        self.box.installEventFilter(self)
        # A click opens (the list never has the focus, so no key activates a row).
        self.results.itemClicked.connect(lambda item, _column: self._activated(item))
        self.generation = 0  # of the text asked for last
        self.answered = 0  # generation of the results on show
        self.found: Found | None = None
        self.open_when_shown = False

    # --- showing it -------------------------------------------------------------------
    def start(self) -> None:
        """Show over the window with the last text selected (typing replaces it)."""
        parent = self.window_
        width = min(760, max(420, parent.width() - 120))
        height = min(520, max(300, parent.height() - 160))
        self.resize(width, height)
        top_left = parent.mapToGlobal(parent.rect().topLeft())
        self.move(top_left.x() + (parent.width() - width) // 2, top_left.y() + 70)
        self.box.selectAll()
        self.box.setFocus()
        self.open()
        if self.box.text().strip():
            self.run_search()  # the data may have changed since
        else:
            self._hint()

    def _clear(self) -> None:
        self.results.clear()
        self.headings = {}
        self.hits = []

    def _hint(self) -> None:
        self._clear()
        self.note.setText(self.tr("Type a record number or words to find."))

    # --- searching --------------------------------------------------------------------
    def run_search(self) -> None:
        self.debounce.stop()
        self.searching.stop()
        text = self.box.text()
        self.generation += 1
        generation = self.generation
        project_id = self.window_.current_project_id
        if project_id is None or self.window_.ctx is None:
            self.answered = generation
            self._clear()
            self.note.setText(self.tr("Choose a project in the toolbar first."))
            return
        if find.parse(text).empty:
            self.answered = generation
            self.found = None
            self._hint()
            return
        store = self.window_.ctx.store
        self.searching.start()
        self.window_.runner.submit(
            lambda _h: find.first(store, project_id, text),
            on_done=lambda found: self._show(generation, project_id, text, found),
            on_error=lambda message: self._failed(generation, message),
        )

    def _failed(self, generation: int, message: str) -> None:
        if generation == self.generation:
            self.searching.stop()
            self.answered = generation
            self.open_when_shown = False
            self.note.setText(message)

    def _show(self, generation: int, project_id: str, text: str, found: Found) -> None:
        if generation != self.generation:
            return  # the text changed meanwhile
        self.searching.stop()
        self.answered = generation
        self.found = found
        self._fill(found)
        self.shown.emit(text)
        if self.open_when_shown:
            self.open_when_shown = False
            self.open_current()
            return
        if found.empty or found.query.only_number:
            self.counted.emit(text)
            return
        store = self.window_.ctx.store
        self.window_.runner.submit(
            lambda _h: find.totals(store, project_id, text),
            on_done=lambda totals: self._counted(generation, text, totals),
            on_error=lambda message: self._failed(generation, message),
        )

    def _counted(self, generation: int, text: str, totals: dict[str, int]) -> None:
        if generation != self.generation or self.found is None:
            return
        self.found = self.found.with_totals(totals)
        for group in self.found.groups:
            heading = self.headings.get(group.kind)
            if heading is not None:
                heading.setText(0, self._heading(group))
        self.counted.emit(text)

    # --- the list ---------------------------------------------------------------------
    def kind_title(self, kind: str) -> str:
        return {
            "punch_item": self.tr("Punch items"),
            "issue": self.tr("Contractor issues"),
            "change_order": self.tr("Change orders"),
            "inspection": self.tr("Inspections"),
            "risk": self.tr("Risks"),
        }[kind]

    def _heading(self, group: Group) -> str:
        title = self.kind_title(group.kind)
        if group.total is None:
            return self.tr("{kind} · {shown} shown, counting…").format(
                kind=title, shown=len(group.hits)
            )
        if group.total > len(group.hits):
            return self.tr("{kind} · {shown} of {total}").format(
                kind=title, shown=len(group.hits), total=f"{group.total:,}"
            )
        return f"{title} · {group.total:,}"

    def _fill(self, found: Found) -> None:
        self._clear()
        if found.empty:
            self.note.setText(self.tr("Nothing found for “{text}”.").format(text=found.query.text))
            return
        self.note.setText(self.tr("Up and Down choose, Enter opens, Esc closes."))
        statuses = self.status_labels
        for st in {h.status for g in found.groups for h in g.hits} - statuses.keys():
            statuses[st] = value_label(st)  # builds every label: once per status, not per fill
        for group in found.groups:
            heading = QTreeWidgetItem([self._heading(group)])
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)  # not selectable: Up/Down skip it
            heading.setData(0, KindRole, group.kind)
            heading.setFont(0, self.bold)
            self.headings[group.kind] = heading
            for hit in group.hits:
                where = " · ".join(x for x in (hit.location, hit.contractor) if x)
                item = QTreeWidgetItem(
                    heading, [hit.number, hit.title, statuses[hit.status], where]
                )
                item.setData(0, KindRole, hit.kind)
                item.setData(0, RecordRole, hit.id)
                item.setToolTip(1, hit.title)
                item.setToolTip(3, where)
                self.hits.append(item)
        self.results.addTopLevelItems(list(self.headings.values()))
        for heading in self.headings.values():
            heading.setFirstColumnSpanned(True)
            heading.setExpanded(True)
        self.move_by(1)

    def move_by(self, step: int) -> None:
        if not self.hits:
            return
        current = self.results.currentItem()
        if current in self.hits:
            index = max(0, min(len(self.hits) - 1, self.hits.index(current) + step))
        else:
            index = 0 if step > 0 else len(self.hits) - 1
        self.results.setCurrentItem(self.hits[index])
        self.results.scrollToItem(self.hits[index])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.box and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            steps = {
                Qt.Key.Key_Down: 1,
                Qt.Key.Key_Up: -1,
                Qt.Key.Key_PageDown: 8,
                Qt.Key.Key_PageUp: -8,
            }
            step = steps.get(Qt.Key(event.key()))
            if step is not None:
                self.move_by(step)
                return True
        return super().eventFilter(watched, event)

    # --- opening ----------------------------------------------------------------------
    def open_current(self) -> None:
        if self.debounce.isActive() or self.answered != self.generation:
            self.open_when_shown = True  # Enter came before the answer to this text
            if self.debounce.isActive():
                self.run_search()
            return
        item = self.results.currentItem()
        if item is not None:
            self._activated(item)

    def _activated(self, item: QTreeWidgetItem) -> None:
        record_id: Any = item.data(0, RecordRole)
        if record_id is None:
            return
        self.accept()
        self.window_.open_record(str(item.data(0, KindRole)), str(record_id))
