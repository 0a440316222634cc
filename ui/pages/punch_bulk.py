"""Bulk changes on the punch list (status, assignee, due date), each one undo step.

Before a bulk change the items' current values are read off the GUI thread; a change
that is destructive (close, void) or cannot be walked back asks first; once the service
accepted the change, one macro (``QUndoStack.beginMacro``) goes on the window's undo stack, with a
step per group of items that had the same value. Undo calls the services again with
the old values (each step is a new, recorded change, as for single edits): a status goes
back along the workflow (closed → open → ready for review), a void item never comes
back, so voiding is confirmed as final and not put on the stack."""

from __future__ import annotations

from collections import defaultdict, deque
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QWidget

from executrek.app.messages import user_message
from executrek.models.changes import Changes
from executrek.models.records.punch import list_page as punch_list
from executrek.models.records.punch import queries as punch_queries
from executrek.models.records.punch import service as punch
from executrek.models.records.punch.list_page import PunchFilter
from executrek.models.records.punch.model import TRANSITIONS as PUNCH
from executrek.models.records.punch.model import PunchStatus
from executrek.models.services import listings
from executrek.models.services.common import Done
from executrek.ui.labels import value_label
from executrek.ui.widgets.confirm import confirm

if TYPE_CHECKING:
    from executrek.models.store import Store
    from executrek.ui.main_window import MainWindow

#: Asked before they run: they take items off the live list.
DESTRUCTIVE = frozenset({PunchStatus.CLOSED, PunchStatus.VOID})


def way_back(now: PunchStatus, goal: PunchStatus) -> list[PunchStatus] | None:
    """The statuses to pass through, in order, to go from ``now`` to ``goal`` along the
    punch workflow ([] when already there; None when there is no way: void, draft)."""
    if now == goal:
        return []
    came_from: dict[PunchStatus, PunchStatus] = {}
    queue = deque([now])
    while queue:
        status = queue.popleft()
        for nxt in sorted(PUNCH.get(status, frozenset()), key=lambda s: s.value):
            if nxt in came_from or nxt == now:
                continue
            came_from[nxt] = status
            if nxt == goal:
                path = [goal]
                while came_from[path[-1]] != now:
                    path.append(came_from[path[-1]])
                return list(reversed(path))
            queue.append(nxt)
    return None


def statuses_of(store: Store, project_id: str, ids: Sequence[str]) -> dict[str, PunchStatus]:
    """Each item's status now (one query per status, not one per item)."""
    wanted = set(ids)
    out: dict[str, PunchStatus] = {}
    for status in PunchStatus:
        flt = PunchFilter(statuses=frozenset({status}))
        for item_id in punch_list.ids_matching(store, project_id, flt):
            if item_id in wanted:
                out[item_id] = status
    return out


def values_of(store: Store, project_id: str, ids: Sequence[str], field: str) -> dict[str, Any]:
    """Each item's ``field`` (``due_date`` or ``assignee_id``) now: due dates from the
    list's rows; assignees from the list by name when the name is the project's only
    person of that name, else from the item's detail."""
    wanted = set(ids)
    rows: dict[str, punch_list.PunchRow] = {}
    after = None
    while True:
        page = punch_list.page(store, project_id, PunchFilter(), after=after, limit=1000)
        rows.update((r.id, r) for r in page.rows if r.id in wanted)
        if page.next_after is None:
            break
        after = page.next_after
    people: dict[str, list[str]] = defaultdict(list)
    if field == "assignee_id":
        for choice in listings.choices(store, project_id).people:
            people[choice.label].append(choice.id)
    out: dict[str, Any] = {}
    for item_id in ids:
        row = rows.get(item_id)
        name = row.assignee if row is not None else None
        if field == "due_date" and row is not None:
            out[item_id] = row.due_date
        elif field == "assignee_id" and row is not None and name is None:
            out[item_id] = None
        elif field == "assignee_id" and name is not None and len(people[name]) == 1:
            out[item_id] = people[name][0]
        else:
            out[item_id] = getattr(punch_queries.punch_detail(store, item_id), field)
    return out


def grouped(values: dict[str, Any]) -> dict[Any, list[str]]:
    """Item ids by their value, in a stable order."""
    groups: dict[Any, list[str]] = defaultdict(list)
    for item_id, value in values.items():
        groups[value].append(item_id)
    return dict(groups)


class BulkStep(QUndoCommand):
    """One group of a bulk change: ``redo_work`` and ``undo_work`` run off the GUI
    thread. The change itself was made before the push, so the first redo does nothing."""

    def __init__(
        self, window: MainWindow, redo_work: Callable[[], Any], undo_work: Callable[[], Any]
    ) -> None:
        super().__init__()
        self.window = window
        self.redo_work = redo_work
        self.undo_work = undo_work
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self.window.call(self.redo_work)

    def undo(self) -> None:
        self.window.call(self.undo_work)


def _steps(store: Store, ids: list[str], path: list[PunchStatus]) -> Callable[[], Done[None]]:
    """Move ``ids`` through ``path`` (one unit of work per step)."""
    note = QCoreApplication.translate("PunchBulk", "Undone: back to rejected")

    def work() -> Done[None]:
        changes = Changes()
        for status in path:
            done = punch.bulk_change_status(
                store, ids, status, note if status is PunchStatus.REJECTED else None
            )
            changes.merge(done.changes)
        return Done(None, changes)

    return work


class PunchBulk(QObject):
    """The punch page's bulk actions: snapshot, confirm, change, then one undo step."""

    def __init__(self, window: MainWindow, page: QWidget) -> None:
        super().__init__(page)
        self.window_ = window
        self.page = page

    def _refused(self, error: Any) -> None:
        self.window_.show_error(user_message(error))

    def change_status(
        self,
        project_id: str,
        ids: list[str],
        target: PunchStatus,
        note: str | None,
        on_done: Callable[[int], None] | None = None,
        *,
        single: bool = False,
    ) -> None:
        """Move ``ids`` to ``target``; ``single``: one item from its detail pane, which
        asks only when the change cannot be undone (closing one item is not asked)."""
        store = self.window_.ctx.store

        def snapshot() -> dict[str, PunchStatus]:
            return statuses_of(store, project_id, ids)

        def got(before: dict[str, PunchStatus]) -> None:
            ways = {prev: way_back(target, prev) for prev in set(before.values())}
            undoable = all(way is not None for way in ways.values())
            asks = not undoable or (target in DESTRUCTIVE and not single)
            if asks and not self.ask_status(len(ids), target, undoable):
                return

            def done(result: Done[list[Any]]) -> None:
                if undoable:
                    self._push_status(store, before, target, note, ways)
                if on_done is not None:
                    on_done(len(result.value))

            self.window_.call_form(
                lambda: punch.bulk_change_status(store, ids, target, note), done, self._refused
            )

        self.window_.call(snapshot, got)

    def ask_status(self, count: int, target: PunchStatus, undoable: bool) -> bool:
        status = value_label(target.value).lower()
        if target is PunchStatus.CLOSED and undoable:
            text = self.tr("Close {count} punch item(s)? Undo (Ctrl+Z) reopens them.")
        elif target is PunchStatus.VOID:
            text = self.tr(
                "Void {count} punch item(s)? A void item cannot be reopened: this cannot be undone."
            )
        else:
            text = self.tr(
                "Set {count} punch item(s) to {status}? Some of them cannot be set back "
                "afterwards: this cannot be undone."
            )
        return confirm(
            self.page,
            self.tr("Change {count} punch item(s)").format(count=count),
            text.format(count=count, status=status),
        )

    def _push_status(
        self,
        store: Store,
        before: dict[str, PunchStatus],
        target: PunchStatus,
        note: str | None,
        ways: dict[PunchStatus, list[PunchStatus] | None],
    ) -> None:
        text = self.tr("Set {count} punch item(s) to {status}").format(
            count=len(before), status=value_label(target.value).lower()
        )
        self._push(
            text,
            [
                (_again(store, ids, target, note), _steps(store, ids, ways[prev] or []))
                for prev, ids in grouped(before).items()
            ],
        )

    def _push(self, text: str, steps: list[tuple[Callable[[], Any], Callable[[], Any]]]) -> None:
        """One undo step made of ``steps`` (redo, undo): a macro on the window's stack.
        The stack owns each step (pushed, as single edits are), not Python."""
        stack = self.window_.undo_stack
        stack.beginMacro(text)
        for redo, undo in steps:
            stack.push(BulkStep(self.window_, redo, undo))
        stack.endMacro()

    def update(
        self,
        project_id: str,
        ids: list[str],
        field: str,
        value: Any,
        on_done: Callable[[int], None] | None = None,
    ) -> None:
        """Set ``field`` (``assignee_id`` or ``due_date``) of every item to ``value``."""
        store = self.window_.ctx.store

        def got(before: dict[str, Any]) -> None:
            def done(result: Done[list[Any]]) -> None:
                self._push_update(store, before, field, value)
                if on_done is not None:
                    on_done(len(result.value))

            self.window_.call_form(
                lambda: punch.bulk_update(store, ids, **{field: value}), done, self._refused
            )

        self.window_.call(lambda: values_of(store, project_id, ids, field), got)

    def _push_update(self, store: Store, before: dict[str, Any], field: str, value: Any) -> None:
        what = self.tr("due date") if field == "due_date" else self.tr("assignee")
        self._push(
            self.tr("Set the {what} of {count} punch item(s)").format(what=what, count=len(before)),
            [
                (_update(store, ids, field, value), _update(store, ids, field, old))
                for old, ids in grouped(before).items()
            ],
        )


def _update(store: Store, ids: list[str], field: str, value: Any) -> Callable[[], Any]:
    return lambda: punch.bulk_update(store, ids, **{field: value})


def _again(
    store: Store, ids: list[str], target: PunchStatus, note: str | None
) -> Callable[[], Any]:
    return lambda: punch.bulk_change_status(store, ids, target, note)
