"""A row of buttons that never pushes the window wider than the screen: the buttons that
do not fit move into a "More" menu, last added first; primary buttons always stay.

The buttons stay the page's own ``QPushButton`` objects (the page wires, enables and
tests them as before); a button in the menu is an action that clicks it."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QAction, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QHBoxLayout,
    QMenu,
    QSizePolicy,
    QToolButton,
    QWidget,
)


class ActionRow(QWidget):
    """Buttons left to right; see the module docstring."""

    def __init__(self, parent: QWidget | None = None, *, align_right: bool = False) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)
        if align_right:
            self.row.addStretch(1)
        self.buttons: list[QAbstractButton] = []
        self.primary: set[int] = set()
        self.overflow: list[QAbstractButton] = []  # in the menu now, in row order
        self.more = QToolButton()
        self.more.setText(self.tr("More"))
        self.more.setToolTip(self.tr("The actions that do not fit here"))
        self.more.setAccessibleName(self.tr("More actions"))
        self.more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu = QMenu(self.more)
        self.menu.aboutToShow.connect(self._fill_menu)
        self.more.setMenu(self.menu)
        self.more.hide()
        self.row.addWidget(self.more)
        if not align_right:
            self.row.addStretch(1)

    def add(self, button: QAbstractButton, *, primary: bool = False) -> QAbstractButton:
        """Append ``button``; a primary one is never moved into the menu."""
        index = self.row.indexOf(self.more)
        self.row.insertWidget(index, button)
        self.buttons.append(button)
        if primary:
            self.primary.add(id(button))
        self._fit(self.width())
        return button

    # --- sizes -----------------------------------------------------------------------
    def _spacing(self) -> int:
        spacing = self.row.spacing()
        return spacing if spacing >= 0 else 6

    def _needed(self, buttons: list[QAbstractButton], with_more: bool) -> int:
        widths = [b.sizeHint().width() for b in buttons]
        if with_more:
            widths.append(self.more.sizeHint().width())
        return sum(widths) + self._spacing() * max(0, len(widths) - 1)

    def minimumSizeHint(self) -> QSize:
        kept = [b for b in self.buttons if id(b) in self.primary]
        height = max((b.sizeHint().height() for b in self.buttons), default=0)
        return QSize(self._needed(kept, len(kept) < len(self.buttons)), height)

    def sizeHint(self) -> QSize:
        height = max((b.sizeHint().height() for b in self.buttons), default=0)
        return QSize(self._needed(self.buttons, False), height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit(event.size().width())

    def _fit(self, width: int) -> None:
        """Show as many buttons as fit in ``width``; put the others in the menu."""
        shown = list(self.buttons)
        if self._needed(shown, False) > width:
            for button in reversed(self.buttons):
                if self._needed(shown, True) <= width:
                    break
                if id(button) not in self.primary:
                    shown.remove(button)
        overflow = [b for b in self.buttons if b not in shown]
        for button in self.buttons:
            button.setVisible(button in shown)
        self.more.setVisible(bool(overflow))
        self.overflow = overflow

    def _fill_menu(self) -> None:
        self.menu.clear()
        for button in self.overflow:
            action = QAction(button.text().replace("&&", "\0").replace("&", "").replace("\0", "&"))
            action.setParent(self.menu)
            action.setToolTip(button.toolTip())
            action.setEnabled(button.isEnabled())
            if button.isCheckable():
                action.setCheckable(True)
                action.setChecked(button.isChecked())
            action.triggered.connect(lambda _c=False, b=button: b.click())
            self.menu.addAction(action)
