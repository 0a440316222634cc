"""Keyboard actions for the inspection screens. They are QActions (not bare shortcuts)
so the main window's help overlay lists them with their descriptions."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget


def key_action(
    widget: QWidget,
    keys: str,
    text: str,
    slot: Callable[[], object],
    *,
    context: Qt.ShortcutContext = Qt.ShortcutContext.WidgetWithChildrenShortcut,
) -> QAction:
    """An action on ``widget`` triggered by ``keys``; an empty ``text`` keeps it out of
    the help overlay (for keys already described by another entry)."""
    action = QAction(text, widget)
    action.setShortcut(QKeySequence(keys))
    action.setShortcutContext(context)
    action.triggered.connect(lambda _checked=False: slot())
    widget.addAction(action)
    return action
