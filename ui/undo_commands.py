"""Undoable edits on the main window's QUndoStack.

An edit is made first (so a refusal shows inline and never lands on the stack); once the
service accepted it, the command is pushed already done. Undo and redo call the service
again off the GUI thread with the old or new values: each is a new, recorded change
(the outbox and the audit trail see every step)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand

from executrek.app.messages import user_message
from executrek.models.services.photo_unlink import Unlinked, relink_photos, unlink_photos

if TYPE_CHECKING:
    from executrek.ui.main_window import MainWindow

Apply = Callable[[dict[str, Any]], Any]  # runs off-thread with the field values


class DoneCommand(QUndoCommand):
    """A change already made when it is pushed: ``push()`` calls ``redo()``, which does
    nothing that first time; each later redo calls ``again()``, undo ``undo()``."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self._first = True

    def redo(self) -> None:
        if self._first:  # the edit was already made before the push
            self._first = False
            return
        self.again()

    def again(self) -> None:
        raise NotImplementedError


class FieldEdit(DoneCommand):
    """Set some fields of one record from ``before`` to ``after`` (and back)."""

    def __init__(
        self,
        window: MainWindow,
        text: str,
        apply: Apply,
        before: dict[str, Any],
        after: dict[str, Any],
    ) -> None:
        super().__init__(text)
        self.window = window
        self.apply = apply
        self.before = dict(before)
        self.after = dict(after)

    def again(self) -> None:
        self._set(self.after)

    def undo(self) -> None:
        self._set(self.before)

    def _set(self, values: dict[str, Any]) -> None:
        copied = dict(values)
        self.window.call(lambda: self.apply(copied))


def edit(
    window: MainWindow,
    text: str,
    apply: Apply,
    before: dict[str, Any],
    after: dict[str, Any],
    *,
    on_done: Callable[[Any], None] | None = None,
    on_refused: Callable[[Any], None] | None = None,
) -> None:
    """Make the edit now; when it is accepted, put it on the undo stack."""
    changed = {k: v for k, v in after.items() if before.get(k) != v}
    if not changed:
        return
    old = {k: before.get(k) for k in changed}

    def done(result: Any) -> None:
        window.undo_stack.push(FieldEdit(window, text, apply, old, changed))
        if on_done is not None:
            on_done(result)

    def refused(error: Any) -> None:
        if on_refused is not None:
            on_refused(error)
        else:
            window.show_error(user_message(error))

    window.call_form(lambda: apply(changed), done, refused)


class PhotosAdded(DoneCommand):
    """Photos added to a record by one drop, paste or pick, as one step: undo takes them
    off the record again (and out of the library when the add brought them in and no
    other record shows them), redo puts the same rows back. Both are synced changes."""

    def __init__(
        self, window: MainWindow, text: str, link_ids: Iterable[str], photo_ids: Iterable[str]
    ) -> None:
        super().__init__(text)
        self.window = window
        self.link_ids = tuple(sorted(link_ids))
        self.photo_ids = tuple(sorted(photo_ids))
        # What the last undo took away; set on the db worker, read there by the next redo
        # (the worker runs them in order).
        self.unlinked = Unlinked(self.link_ids, ())

    def undo(self) -> None:
        store = self.window.ctx.store

        def work() -> Any:
            done = unlink_photos(store, self.link_ids, self.photo_ids)
            self.unlinked = done.value
            return done

        self.window.call(work)

    def again(self) -> None:
        store = self.window.ctx.store
        self.window.call(lambda: relink_photos(store, self.unlinked))
