"""The current checklist item, large: prompt, answer buttons or field, note, photos
and navigation. A view: it shows an ``Entry`` and says which answer was clicked
(``answered``); ``ChecklistRunner`` holds the behaviour."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt, Signal
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

from executrek.models.records.inspection.model import InspectionItem, Outcome, ResponseType
from executrek.ui.inspections.checklist_model import Entry
from executrek.ui.inspections.inspections_text import (
    FAIL_COLOUR,
    NA_COLOUR,
    PASS_COLOUR,
    inspection_word,
    number_text,
    plain,
)

BIG = 64  # px: buttons big enough for a gloved finger
TYPED = (ResponseType.NUMBER, ResponseType.TEXT)


def shown_value(e: Entry) -> str:
    """The answer as the value field shows it (numbers without trailing zeros)."""
    if e.item.response_type is ResponseType.NUMBER:
        return number_text(e.value)
    return (e.value or "") if e.item.response_type is ResponseType.TEXT else ""


def bigger(widget: QWidget, factor: float, *, bold: bool = True) -> None:
    """``widget``'s font ``factor`` times its size (bold unless not ``bold``)."""
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    widget.setFont(font)


def answer_button(text: str, colour: str) -> QPushButton:
    button = QPushButton(text)
    button.setCheckable(True)
    button.setMinimumHeight(BIG)
    button.setMinimumWidth(120)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    bigger(button, 1.3)
    button.setStyleSheet(
        f"QPushButton:checked {{ background: {colour}; color: white; border: 2px solid {colour}; }}"
    )
    return button


def bare_row(*widgets: QWidget) -> tuple[QWidget, QHBoxLayout]:
    """A page of the answer stack: ``widgets`` in a row without margins."""
    page = QWidget()
    row = QHBoxLayout(page)
    row.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        row.addWidget(widget)
    return page, row


class ChecklistCard(QWidget):
    answered = Signal(str)  # an answer button was clicked: its value

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice_buttons: list[QPushButton] = []
        v = QVBoxLayout(self)
        self.section_label = QLabel()
        self.section_label.setStyleSheet(f"color: {NA_COLOUR};")
        self.prompt_label = QLabel()
        self.prompt_label.setWordWrap(True)
        self.prompt_label.setObjectName("itemPrompt")
        bigger(self.prompt_label, 1.6)
        self.flags_label = QLabel()
        self.flags_label.setWordWrap(True)
        v.addWidget(self.section_label)
        v.addWidget(self.prompt_label)
        v.addWidget(self.flags_label)

        self.answer_stack = QStackedWidget()
        self.pass_button = answer_button(self.tr("Pass  [P]"), PASS_COLOUR)
        self.fail_button = answer_button(self.tr("Fail  [F]"), FAIL_COLOUR)
        self.na_button = answer_button(self.tr("N/A  [N]"), NA_COLOUR)
        pfn, _row = bare_row(self.pass_button, self.fail_button, self.na_button)
        self.yes_button = answer_button(self.tr("Yes  [Y]"), PASS_COLOUR)
        self.no_button = answer_button(self.tr("No  [N]"), FAIL_COLOUR)
        self.yes_no_na_button = answer_button(self.tr("N/A"), NA_COLOUR)
        yes_no, _row = bare_row(self.yes_button, self.no_button, self.yes_no_na_button)
        self.value_edit = QLineEdit()
        self.value_edit.setObjectName("answerValue")
        self.value_edit.setMinimumHeight(BIG)
        bigger(self.value_edit, 1.5, bold=False)
        self.value_edit.setAccessibleName(self.tr("Answer"))
        self.unit_label = QLabel()
        self.unit_label.setFont(self.value_edit.font())
        self.save_value_button = QPushButton(self.tr("Save  [Enter]"))
        self.save_value_button.setMinimumHeight(BIG)
        self.save_value_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        value_page, row = bare_row()
        row.addWidget(self.value_edit, 1)
        row.addWidget(self.unit_label)
        row.addWidget(self.save_value_button)
        self.choice_page, self.choice_row = bare_row()
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
        self._photos_at = v.count()  # where the runner's photo strip goes

        # Previous / Next / Complete: the runner keeps this bar in view below the card,
        # which scrolls when the window is short.
        self.nav_bar = QWidget()
        nav = QHBoxLayout(self.nav_bar)
        nav.setContentsMargins(0, 4, 0, 0)
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
        for button, value in (
            (self.pass_button, "pass"),
            (self.fail_button, "fail"),
            (self.na_button, "na"),
            (self.yes_button, "yes"),
            (self.no_button, "no"),
            (self.yes_no_na_button, "na"),
        ):
            button.clicked.connect(lambda _c=False, v=value: self.answered.emit(v))

    def add_photo_strip(self, strip: QWidget) -> None:
        """Show the item's photos (open, mark up) under the photo button."""
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(self._photos_at, strip)

    # --- showing an entry ------------------------------------------------------------
    def show_entry(self, e: Entry, row: int, total: int, *, editable: bool) -> None:
        """Fill the card with item ``row`` (0-based) of ``total``."""
        item = e.item
        self.section_label.setText(
            self.tr("{section} · item {n} of {total}").format(
                section=item.section, n=row + 1, total=total
            )
        )
        self.prompt_label.setText(item.prompt)
        self.flags_label.setText(" · ".join(self._flags(item)))
        self.answer_stack.setCurrentIndex(self.pages[item.response_type])
        if item.response_type is ResponseType.CHOICE:
            self._build_choices(item)
        self.check_answer(e)
        self.value_edit.setText(shown_value(e))
        self.value_edit.setPlaceholderText(
            self.tr("Type the measured value, then Enter")
            if item.response_type is ResponseType.NUMBER
            else self.tr("Type the answer, then Enter")
        )
        self.unit_label.setText(item.unit or "")
        self.note_edit.setText(e.note)
        self.show_photos(e)
        for widget in (
            self.value_edit,
            self.note_edit,
            self.save_value_button,
            self.photo_button,
            *self.answer_buttons(),
        ):
            widget.setEnabled(editable)
        self.prev_button.setEnabled(row > 0)

    def _flags(self, item: InspectionItem) -> list[str]:
        flags = []
        if item.critical:
            flags.append(self.tr("★ Critical: a failure fails the inspection"))
        if item.photo_required:
            flags.append(self.tr("Photo required if failed"))
        if item.response_type is ResponseType.NUMBER and item.target is not None:
            flags.append(
                self.tr("Target {target} ± {tolerance} {unit}").format(
                    target=plain(item.target),
                    tolerance=plain(item.tolerance or Decimal(0)),
                    unit=item.unit or "",
                )
            )
        if item.response_type is ResponseType.YES_NO:
            flags.append(self.tr("Expected: yes") if item.expected_yes else self.tr("Expected: no"))
        flags.append(self.tr("Weight {weight}").format(weight=plain(item.weight)))
        flags.append(
            self.tr("On failure: {action}").format(action=inspection_word(item.failure_action))
        )
        return flags

    def answer_buttons(self) -> list[QPushButton]:
        return [
            self.pass_button,
            self.fail_button,
            self.na_button,
            self.yes_button,
            self.no_button,
            self.yes_no_na_button,
            *self.choice_buttons,
        ]

    def _build_choices(self, item: InspectionItem) -> None:
        for button in self.choice_buttons:
            self.choice_row.removeWidget(button)
            button.deleteLater()
        self.choice_buttons = []
        for n, choice in enumerate(item.choices, start=1):
            colour = FAIL_COLOUR if choice in item.failing_choices else PASS_COLOUR
            label = f"{choice}  [{n}]" if n <= 9 else str(choice)
            button = answer_button(label, colour)
            button.clicked.connect(lambda _c=False, v=str(choice): self.answered.emit(v))
            self.choice_row.addWidget(button)
            self.choice_buttons.append(button)

    def check_answer(self, e: Entry) -> None:
        """The buttons of the current answer are shown pressed."""
        value = (e.value or "").lower()
        rtype = e.item.response_type
        pfn = rtype is ResponseType.PASS_FAIL_NA
        self.pass_button.setChecked(pfn and e.outcome is Outcome.PASS)
        self.fail_button.setChecked(pfn and e.outcome is Outcome.FAIL)
        self.na_button.setChecked(pfn and e.outcome is Outcome.NA)
        yes_no = rtype is ResponseType.YES_NO
        self.yes_button.setChecked(yes_no and value in ("yes", "y"))
        self.no_button.setChecked(yes_no and value == "no")
        self.yes_no_na_button.setChecked(yes_no and e.outcome is Outcome.NA)
        for button, choice in zip(self.choice_buttons, e.item.choices, strict=False):
            button.setChecked(e.value == str(choice))

    def show_photos(self, e: Entry) -> None:
        if e.photos:
            self.photo_label.setText(self.tr("{count} photo(s)").format(count=e.photos))
        elif e.item.photo_required and e.outcome is Outcome.FAIL:
            self.photo_label.setText(self.tr("A photo is required for this failed item."))
        else:
            self.photo_label.setText(self.tr("No photos"))
