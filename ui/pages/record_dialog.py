"""The base of the dialogs that write one record of a project, a new one or one edited:
they keep the window (to write off the GUI thread) and the project, and name themselves
after the record they edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from executrek.ui.widgets.form_dialog import Button, FormDialog

if TYPE_CHECKING:
    from executrek.ui.main_window import MainWindow


class _Numbered(Protocol):
    @property
    def number(self) -> str: ...


def edit_or_new(record: _Numbered | None, edit_title: str, new_title: str) -> str:
    """``edit_title`` (which names ``{number}``) with the number of the ``record``
    edited; ``new_title`` when there is no record yet."""
    return new_title if record is None else edit_title.format(number=record.number)


class RecordDialog(FormDialog):
    """A form dialog about a record of the project ``project_id``."""

    def __init__(
        self,
        window: MainWindow,
        project_id: str,
        title: str,
        *,
        min_width: int | None,
        ok: Button = Button.Ok,
        ok_text: str | None = None,
    ) -> None:
        super().__init__(window, title, min_width=min_width, ok=ok, ok_text=ok_text)
        self.window_ = window
        self.project_id = project_id
