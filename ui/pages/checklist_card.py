"""The current checklist item, large: prompt, answer buttons or field, note, photos
and navigation. Layout only; ``ChecklistRunner`` wires the behaviour."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from executrek.models.inspection import ResponseType
from executrek.ui.pages.inspections_text import FAIL_COLOUR, NA_COLOUR, PASS_COLOUR

BIG = 64  # px: buttons big enough for a gloved finger


def plain(number: Decimal) -> str:
    """25, 0.5, 10 — never 1E+1."""
    return f"{number.normalize():f}"


def answer_button(text: str, colour: str) -> QPushButton:
    button = QPushButton(text)
    button.setCheckable(True)
    button.setMinimumHeight(BIG)
    button.setMinimumWidth(120)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    font = QFont(button.font())
    font.setPointSizeF(font.pointSizeF() * 1.3)
    font.setBold(True)
    button.setFont(font)
    button.setStyleSheet(
        f"QPushButton:checked {{ background: {colour}; color: white; border: 2px solid {colour}; }}"
    )
    return button


class ChecklistCard(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice_buttons: list[QPushButton] = []
        v = QVBoxLayout(self)
        self.section_label = QLabel()
        self.section_label.setStyleSheet(f"color: {NA_COLOUR};")
        self.prompt_label = QLabel()
        self.prompt_label.setWordWrap(True)
        self.prompt_label.setObjectName("itemPrompt")
        font = QFont(self.prompt_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.prompt_label.setFont(font)
        self.flags_label = QLabel()
        self.flags_label.setWordWrap(True)
        v.addWidget(self.section_label)
        v.addWidget(self.prompt_label)
        v.addWidget(self.flags_label)

        self.answer_stack = QStackedWidget()
        pfn = QWidget()
        row = QHBoxLayout(pfn)
        row.setContentsMargins(0, 0, 0, 0)
        self.pass_button = answer_button(self.tr("Pass  [P]"), PASS_COLOUR)
        self.fail_button = answer_button(self.tr("Fail  [F]"), FAIL_COLOUR)
        self.na_button = answer_button(self.tr("N/A  [N]"), NA_COLOUR)
        for button in (self.pass_button, self.fail_button, self.na_button):
            row.addWidget(button)
        yes_no = QWidget()
        row = QHBoxLayout(yes_no)
        row.setContentsMargins(0, 0, 0, 0)
        self.yes_button = answer_button(self.tr("Yes  [Y]"), PASS_COLOUR)
        self.no_button = answer_button(self.tr("No  [N]"), FAIL_COLOUR)
        self.yes_no_na_button = answer_button(self.tr("N/A"), NA_COLOUR)
        for button in (self.yes_button, self.no_button, self.yes_no_na_button):
            row.addWidget(button)
        value_page = QWidget()
        row = QHBoxLayout(value_page)
        row.setContentsMargins(0, 0, 0, 0)
        self.value_edit = QLineEdit()
        self.value_edit.setObjectName("answerValue")
        self.value_edit.setMinimumHeight(BIG)
        value_font = QFont(self.value_edit.font())
        value_font.setPointSizeF(value_font.pointSizeF() * 1.5)
        self.value_edit.setFont(value_font)
        self.value_edit.setAccessibleName(self.tr("Answer"))
        self.unit_label = QLabel()
        self.unit_label.setFont(value_font)
        self.save_value_button = QPushButton(self.tr("Save  [Enter]"))
        self.save_value_button.setMinimumHeight(BIG)
        self.save_value_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        row.addWidget(self.value_edit, 1)
        row.addWidget(self.unit_label)
        row.addWidget(self.save_value_button)
        self.choice_page = QWidget()
        self.choice_row = QHBoxLayout(self.choice_page)
        self.choice_row.setContentsMargins(0, 0, 0, 0)
        self.pages = {
            ResponseType.PASS_FAIL_NA: self.answer_stack.addWidget(pfn),
            ResponseType.YES_NO: self.answer_stack.addWidget(yes_no),
            ResponseType.NUMBER: self.answer_stack.addWidget(value_page),
            ResponseType.TEXT: self.answer_stack.indexOf(value_page),
            ResponseType.CHOICE: self.answer_stack.addWidget(self.choice_page),
        }
        v.addWidget(self.answer_stack)

        self.note_edit = QLineEdit()
        self.note_edit.setObjectName("itemNote")
        self.note_edit.setMinimumHeight(48)
        self.note_edit.setPlaceholderText(self.tr("Note for this item (optional) — Enter saves"))
        self.note_edit.setAccessibleName(self.tr("Note"))
        v.addWidget(self.note_edit)

        photo_row = QHBoxLayout()
        self.photo_button = QPushButton(self.tr("Add &photo…"))
        self.photo_button.setMinimumHeight(BIG)
        self.photo_button.setToolTip(
            self.tr("Pick photos for this item (Ctrl+Shift+P), or drop photo files here")
        )
        self.photo_label = QLabel()
        photo_row.addWidget(self.photo_button)
        photo_row.addWidget(self.photo_label, 1)
        v.addLayout(photo_row)

        nav = QHBoxLayout()
        self.prev_button = QPushButton(self.tr("◀ Previous"))
        self.prev_button.setMinimumHeight(BIG)
        self.prev_button.setToolTip(self.tr("Previous item (Up)"))
        self.next_button = QPushButton(self.tr("Next ▶"))
        self.next_button.setMinimumHeight(BIG)
        self.next_button.setToolTip(self.tr("Next item (Enter)"))
        self.complete_button = QPushButton(self.tr("&Complete inspection"))
        self.complete_button.setMinimumHeight(BIG)
        self.complete_button.setToolTip(self.tr("Score it and close the checklist (Ctrl+Enter)"))
        nav.addWidget(self.prev_button)
        nav.addWidget(self.next_button)
        nav.addStretch(1)
        nav.addWidget(self.complete_button)
        v.addLayout(nav)
        self.hint_label = QLabel(
            self.tr(
                "Keys: P pass · F fail · N N/A (No for yes/no) · Y yes · digits type a number "
                "or pick a choice · Enter next · Up/Down move · Ctrl+Shift+P photo · "
                "Ctrl+Enter complete · Esc back"
            )
        )
        self.hint_label.setWordWrap(True)
        self.hint_label.setStyleSheet(f"color: {NA_COLOUR};")
        v.addWidget(self.hint_label)
        v.addStretch(1)
