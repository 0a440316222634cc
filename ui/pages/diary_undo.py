"""Undo and redo of the site diary's edits, on the main window's undo stack (Ctrl+Z),
as ``ui/undo_commands.py`` does for field edits: each command is pushed already done,
and undo or redo calls the service again off the GUI thread (a new, recorded change).

- a line added: undo removes it, redo adds it again (as a new line);
- a line removed: undo adds it back, redo removes it again;
- yesterday copied (Ctrl+D): undo puts the weather back and removes the lines the copy
  added, redo copies again.

Field edits of the day and of a line use ``undo_commands.edit``. On a day closed since,
undo is refused with the service's message, like any write to a closed day.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from executrek.models.changes import Changes
from executrek.models.records.diary import queries
from executrek.models.records.diary import service as diary
from executrek.models.services.common import Done
from executrek.models.store import Store
from executrek.ui.undo_commands import DoneCommand

if TYPE_CHECKING:
    from executrek.ui.main_window import MainWindow


class EntryAdded(DoneCommand):
    def __init__(
        self, window: MainWindow, text: str, day_id: str, kind: str, entry_id: str, values: dict
    ) -> None:
        super().__init__(text)
        self.window, self.day_id, self.kind = window, day_id, kind
        self.entry_id, self.values = entry_id, dict(values)

    def undo(self) -> None:
        store, kind, entry_id = self.window.ctx.store, self.kind, self.entry_id
        self.window.call(lambda: diary.remove_entry(store, kind, entry_id))

    def again(self) -> None:
        self.window.call(self._add, self._added)

    def _add(self) -> Done[Any]:
        store = self.window.ctx.store
        return diary.add_entry(store, self.day_id, self.kind, confirm=True, **self.values)

    def _added(self, done: Done[Any]) -> None:
        self.entry_id = done.value.id


class EntryRemoved(EntryAdded):
    """The mirror of ``EntryAdded``: undo adds the line back."""

    def undo(self) -> None:
        super().again()

    def again(self) -> None:
        super().undo()


@dataclass(frozen=True)
class DayCopy:
    """What Ctrl+D did: from which day, the weather before it, the lines it added."""

    copied: diary.Copied
    weather_before: dict[str, Any]
    added: tuple[str, ...]


def copy_day(store: Store, day_id: str) -> Done[DayCopy]:
    """Copy the previous day's weather and manpower into the day, noting what was there
    (runs off the GUI thread)."""
    before = queries.day_detail(store, day_id)
    done = diary.copy_previous(store, day_id)
    after = queries.day_detail(store, day_id)
    had = {e.id for e in before.entries["manpower"]} if before else set()
    added = tuple(e.id for e in (after.entries["manpower"] if after else ()) if e.id not in had)
    weather: dict[str, Any] = {}
    if before is not None:
        weather = {k: getattr(before.day, k) for k in diary.WEATHER_FIELDS}
        weather = {k: (str(v) if v is not None else None) for k, v in weather.items()}
    return Done(DayCopy(done.value, weather, added), done.changes)


def uncopy(store: Store, day_id: str, weather: dict[str, Any], added: Sequence[str]) -> Done[None]:
    """Put the weather back and remove the copied lines (each its own unit of work)."""
    changes = Changes()
    changes.merge(diary.update_day(store, day_id, **weather).changes)
    for entry_id in added:
        changes.merge(diary.remove_entry(store, "manpower", entry_id).changes)
    return Done(None, changes)


class DayCopied(DoneCommand):
    def __init__(self, window: MainWindow, text: str, day_id: str, done: DayCopy) -> None:
        super().__init__(text)
        self.window, self.day_id, self.done = window, day_id, done

    def undo(self) -> None:
        store, day_id, done = self.window.ctx.store, self.day_id, self.done
        self.window.call(lambda: uncopy(store, day_id, done.weather_before, done.added))

    def again(self) -> None:
        store, day_id = self.window.ctx.store, self.day_id
        self.window.call(lambda: copy_day(store, day_id), self._copied)

    def _copied(self, done: Done[DayCopy]) -> None:
        self.done = done.value
