"""A page's own lines of text: its title, the heading of a section (its text set as the
selection changes) and the message line (a refusal in red, a result in the normal colour, hidden
while there is nothing to say)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from executrek.ui.widgets.field_errors import ERROR_STYLE


def page_title(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setObjectName("pageTitle")
    return label


def section_heading(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setObjectName("sectionTitle")
    label.setWordWrap(True)
    return label


class MessageLine(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.hide()

    def say(self, text: str, *, error: bool = True) -> None:
        self.setStyleSheet(ERROR_STYLE if error else "")
        self.setText(text)
        self.setVisible(bool(text))
