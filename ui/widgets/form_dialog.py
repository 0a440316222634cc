"""A dialog around one form: the fields (``form``), under them the refusal that is not
about one field (``errors.general``), then OK and Cancel. OK runs ``submit``; while the
work runs the buttons are off, and a refusal (``refused``) turns them on again and shows
the message under its field."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from executrek.models.errors import DomainError
from executrek.ui.widgets.field_errors import FieldErrors

if TYPE_CHECKING:
    from executrek.ui.main_window import MainWindow

Button = QDialogButtonBox.StandardButton


class FormDialog(QDialog):
    """Subclasses add rows to ``form`` (``errors.add_rows``: a field a refusal can name
    shows it under its editor), other widgets to ``column``, implement ``submit``, and
    focus the first editor (the buttons come first in the focus chain; Tab still goes
    from the last editor to them)."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        *,
        min_width: int | None,
        ok: Button = Button.Ok,
        ok_text: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        if min_width is not None:  # None: as wide as the layout asks
            self.setMinimumWidth(min_width)
        self.column = QVBoxLayout(self)
        self.form = QFormLayout()
        self.errors = FieldErrors(QLabel())
        self.buttons = QDialogButtonBox(ok | Button.Cancel)
        self.ok_button = self.buttons.button(ok)
        if ok_text is not None:
            self.ok_button.setText(ok_text)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        assert self.errors.general is not None
        self.column.addLayout(self.form)
        self.column.addWidget(self.errors.general)
        self.column.addWidget(self.buttons)

    def submit(self) -> None:
        raise NotImplementedError

    def run(self, window: MainWindow, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        """``work`` off the GUI thread with the buttons off; when it went through, the
        buttons come on again and ``done(result)`` runs; a refusal goes to ``refused``."""

        def finished(result: Any) -> None:
            self.buttons.setEnabled(True)
            done(result)

        self.buttons.setEnabled(False)
        window.call_form(work, finished, self.refused)

    def refused(self, error: DomainError) -> None:
        self.buttons.setEnabled(True)
        self.errors.show(error)
