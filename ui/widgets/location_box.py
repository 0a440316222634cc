"""A location choice that can be searched: locations are shown by their full path
("Block A › Level 2 › Room 204") and typing any part of it, at any level ("204",
"level 2", "block a"), lists the locations containing it (a ``QCompleter`` matching
anywhere in the path, case-insensitive). A click, or Enter, picks one: Enter takes the
highlighted location, else the first that matches. Text that matches nothing goes back
to the current choice; an emptied box means no location (the first entry, shown as an
empty field with a hint, so typing starts afresh)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit, QWidget


class LocationBox(QComboBox):
    """An editable combo box whose items are ``(path, id)``; ``currentData()`` is the
    chosen location's id. Fill it as any combo box, the "no location" entry first."""

    entered = Signal()  # Enter pressed, once the typed text has become a choice

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.edit = QLineEdit(self)
        self.setLineEdit(self.edit)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.finder = QCompleter(self.model(), self)
        self.finder.setCompletionColumn(0)
        self.finder.setFilterMode(Qt.MatchFlag.MatchContains)
        self.finder.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.finder.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.finder.setMaxVisibleItems(12)
        self.setCompleter(self.finder)
        edit = self.edit
        edit.setPlaceholderText(self.tr("No location: type to find one"))
        edit.setClearButtonEnabled(False)
        edit.returnPressed.connect(self._enter)
        edit.editingFinished.connect(self.settle)
        self.currentIndexChanged.connect(self._show_choice)
        self.editTextChanged.connect(self._hide_no_location)
        self.setToolTip(self.tr("Type any part of the location's name, at any level, to find it"))

    def matches(self, text: str) -> list[int]:
        """The rows whose path contains ``text`` (any case), in the box's order."""
        needle = text.strip().casefold()
        return [row for row in range(self.count()) if needle in self.itemText(row).casefold()]

    def settle(self) -> None:
        """Make the typed text a choice: the location of that name, else the first one
        containing it, else (nothing matches) the choice made before."""
        if self.count() == 0:
            return
        popup = self.finder.popup()
        if popup is not None:
            popup.hide()
        text = self.edit.text().strip()
        if not text:
            row = 0  # emptied: no location
        else:
            exact = [
                r for r in range(self.count()) if self.itemText(r).casefold() == text.casefold()
            ]
            found = exact or self.matches(text)
            row = found[0] if found else self.currentIndex()
        if row != self.currentIndex():
            self.setCurrentIndex(row)
        self._show_choice(row)

    def _shown(self, row: int) -> str:
        """The field's text for ``row``: empty for "no location" (the hint shows)."""
        return "" if row <= 0 else self.itemText(row)

    def _show_choice(self, row: int) -> None:
        if self.edit.text() != self._shown(row):
            self.edit.setText(self._shown(row))

    def _hide_no_location(self, text: str) -> None:
        """The combo box writes the first entry's text when it is chosen; the field
        stays empty instead, showing how to search."""
        if text and self.currentIndex() == 0 and text == self.itemText(0):
            self.edit.clear()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        # Typing searches afresh: the location shown is selected (Tab does that itself;
        # a click places the cursor once focused, hence after this event).
        if event.reason() == Qt.FocusReason.MouseFocusReason:
            QTimer.singleShot(0, self, self.edit.selectAll)

    def _enter(self) -> None:
        self.settle()
        self.entered.emit()
