"""The site diary's dialogs: sign and close a day (a drawn signature, as for change
orders), add an addendum to a closed day (why and what; who and when are recorded), and
raise a punch item, an issue or a change event with the day's context prefilled.

Each dialog writes through its service off the GUI thread (``window.call_form``); a
refusal shows under the box it is about, in the user's words, and nothing typed is lost.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from executrek.app.report_kinds.diary_labels import error_text
from executrek.models.errors import DomainError
from executrek.models.records.diary import service as diary
from executrek.models.services import diary_actions
from executrek.models.services.listings import ProjectChoices
from executrek.ui.widgets.field_errors import FieldErrors
from executrek.ui.widgets.form_dialog import FormDialog
from executrek.ui.widgets.form_parts import intro_above
from executrek.ui.widgets.location_box import LocationBox
from executrek.ui.widgets.signature_pad import SignaturePad

if TYPE_CHECKING:
    from executrek.ui.main_window import MainWindow

RAISE_KINDS = ("punch_item", "issue", "safety", "change_event")
# (title, intro) of the dialogs about one day, each with the day's {number}.
TEXTS = {
    "close": (
        QT_TRANSLATE_NOOP("DiaryDialogs", "Sign and close {number}"),
        QT_TRANSLATE_NOOP(
            "DiaryDialogs",
            "Once signed, {number} can no longer change: corrections become addenda. "
            "The signature and the day's content hash are kept as evidence.",
        ),
    ),
    "addendum": (
        QT_TRANSLATE_NOOP("DiaryDialogs", "Addendum to {number}"),
        QT_TRANSLATE_NOOP(
            "DiaryDialogs",
            "{number} is signed and closed. An addendum is kept beside it with your "
            "name and the time; the day itself does not change.",
        ),
    ),
}


def texts(key: str, number: str) -> tuple[str, str]:
    """The translated title and intro of a dialog about the day ``number``."""
    title, intro = TEXTS[key]
    return (
        QCoreApplication.translate("DiaryDialogs", str(title)).format(number=number),
        QCoreApplication.translate("DiaryDialogs", str(intro)).format(number=number),
    )


def show_refusal(errors: FieldErrors, exc: DomainError) -> None:
    """The refusal under its box (in the user's words), else under the form."""
    errors.clear()
    field = getattr(exc, "field", None)
    label = (errors.label(str(field)) if field else None) or errors.general
    if label is not None:
        label.setText(error_text(exc))
        label.show()


class _Form(FormDialog):
    """A dialog about the day that writes once; a refusal names its box as the diary's
    forms do."""

    def __init__(self, window: MainWindow, title: str, intro: str = "") -> None:
        super().__init__(window, title, min_width=520)
        self.window_ = window
        if intro:
            intro_above(self, intro)

    def add_below(self, widget: QWidget, stretch: int = 0) -> None:
        """A widget under the form, above the refusal and the buttons."""
        self.column.insertWidget(self.column.count() - 2, widget, stretch)

    def write(self, work: Callable[[], Any]) -> None:
        self.errors.clear()
        self.run(self.window_, work, lambda _result: self.accept())

    def refused(self, error: DomainError) -> None:
        self.buttons.setEnabled(True)
        show_refusal(self.errors, error)


class CloseDayDialog(_Form):
    """Sign and close: the signer's name and role and the signature on the pad."""

    def __init__(self, window: MainWindow, day_id: str, number: str) -> None:
        super().__init__(window, *texts("close", number))
        self.day_id = day_id
        ident = window.ctx.settings.identity
        self.name = QLineEdit(ident.display_name)
        self.role = QLineEdit(ident.title)
        self.errors.add_row(self.form, self.tr("Your &name"), "signer_name", self.name)
        self.errors.add_row(self.form, self.tr("Your &role"), "signer_role", self.role)
        self.pad = SignaturePad()
        self.add_below(self.errors.wrap("signature", self.pad), 1)
        clear = QPushButton(self.tr("C&lear signature"))
        clear.clicked.connect(self.pad.clear)
        self.add_below(clear)
        self.ok_button.setText(self.tr("Sign and close"))
        self.ok_button.setEnabled(False)
        self.pad.changed.connect(lambda: self.ok_button.setEnabled(not self.pad.is_empty()))

    def submit(self) -> None:
        store, day_id = self.window_.ctx.store, self.day_id
        name, role, strokes = self.name.text(), self.role.text() or None, self.pad.strokes()
        self.write(
            lambda: diary.close_day(
                store, day_id, signer_name=name, signature_strokes=strokes, signer_role=role
            )
        )


class AddendumDialog(_Form):
    """A correction of a closed day: why, and what is added (who and when are kept)."""

    def __init__(self, window: MainWindow, day_id: str, number: str) -> None:
        super().__init__(window, *texts("addendum", number))
        self.day_id = day_id
        self.reason = QLineEdit()
        self.body = QPlainTextEdit()
        self.body.setTabChangesFocus(True)
        self.body.setMinimumHeight(120)
        self.errors.add_row(self.form, self.tr("&Why"), "reason", self.reason)
        self.errors.add_row(self.form, self.tr("&Addendum"), "body", self.body)
        self.ok_button.setText(self.tr("Add addendum"))

    def submit(self) -> None:
        store, day_id = self.window_.ctx.store, self.day_id
        reason, body = self.reason.text(), self.body.toPlainText()
        self.write(lambda: diary.add_addendum(store, day_id, reason=reason, body=body))


class RaiseDialog(_Form):
    """Raise a punch item, an issue (a safety issue) or a change event from the day, its
    description prefilled with the day's context (and the selected line's)."""

    def __init__(
        self,
        window: MainWindow,
        day_id: str,
        kind: str,
        choices: ProjectChoices | None,
        source: tuple[str, str] | None = None,
    ) -> None:
        titles = {
            "punch_item": QCoreApplication.translate("RaiseDialog", "Raise a punch item"),
            "issue": QCoreApplication.translate("RaiseDialog", "Raise an issue"),
            "safety": QCoreApplication.translate("RaiseDialog", "Raise a safety issue"),
            "change_event": QCoreApplication.translate("RaiseDialog", "Raise a change event"),
        }
        super().__init__(window, titles[kind])
        self.day_id, self.kind, self.source = day_id, kind, source
        self.title = QLineEdit()
        self.contractor = QComboBox()
        self.contractor.addItem(self.tr("—"), None)
        self.location = LocationBox()
        self.location.addItem("", None)
        for c in choices.contractors if choices else ():
            self.contractor.addItem(c.label, c.id)
        for c in choices.locations if choices else ():
            self.location.addItem(c.label, c.id)
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setMinimumHeight(110)
        self.errors.add_row(self.form, self.tr("&Title"), "title", self.title)
        self.errors.add_row(self.form, self.tr("&Contractor"), "contractor_id", self.contractor)
        if kind != "change_event":
            self.errors.add_row(self.form, self.tr("&Location"), "location_id", self.location)
        self.errors.add_row(self.form, self.tr("&Description"), "description", self.description)
        self.ok_button.setText(titles[kind])
        store = window.ctx.store
        window.call(lambda: diary_actions.context_text(store, day_id, source), self._context)

    def _context(self, text: str) -> None:
        if not self.description.toPlainText():
            self.description.setPlainText(text)

    def submit(self) -> None:
        store, day_id, source = self.window_.ctx.store, self.day_id, self.source
        title = self.title.text()
        contractor = self.contractor.currentData()
        self.location.settle()
        location = self.location.currentData()
        # The service adds the context itself: only what was written beyond it goes in.
        typed = self.description.toPlainText().strip()
        kind = self.kind

        def work() -> Any:
            extra = _extra(store, day_id, source, typed)
            if kind == "punch_item":
                return diary_actions.raise_punch_item(
                    store, day_id, title=title, description=extra, location_id=location,
                    contractor_id=contractor, source=source,
                )  # fmt: skip
            if kind == "change_event":
                return diary_actions.raise_change_event(
                    store, day_id, title=title, description=extra, contractor_id=contractor,
                    source=source,
                )  # fmt: skip
            return diary_actions.raise_issue(
                store, day_id, title=title, description=extra, location_id=location,
                contractor_id=contractor, source=source,
                issue_type="safety" if kind == "safety" else "observation",
            )  # fmt: skip

        self.write(work)


def _extra(store: Any, day_id: str, source: tuple[str, str] | None, typed: str) -> str | None:
    """What the user wrote besides the prefilled context (the service adds the context
    itself); runs off the GUI thread."""
    context = diary_actions.context_text(store, day_id, source).strip()
    rest = typed.replace(context, "").strip() if typed else ""
    return rest or None
