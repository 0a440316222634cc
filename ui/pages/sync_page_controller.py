"""The Sync screen's behaviour: follows the background ``SyncController`` (state, last
report), reads the lists off the GUI thread (db pool) and fills ``SyncPage``'s tabs,
keeps each tab's buttons to what the chosen row allows, and runs the choices: keep mine
or theirs, restore mine or keep as decided, send a refused change again or discard it,
try the set-aside records again or forget one, open a changed diary day. Each choice
that changes data is followed by a sync check (it syncs like any edit). The connection
form checks the credentials on the net pool."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QPushButton

from executrek.app import sync_service
from executrek.app.context import AppContext
from executrek.app.sync_schedule import SyncState, SyncStatus
from executrek.app.sync_service import (
    ConflictRow,
    ConnectOutcome,
    QuarantinedChange,
    Retried,
    SetAsideRow,
    SyncReport,
)
from executrek.models.changes import Changes
from executrek.ui.pages import sync_rows
from executrek.ui.pages.sync_rows import SyncLists
from executrek.ui.widgets.confirm import discard_ok
from executrek.ui.widgets.sync_indicator import COLOURS

if TYPE_CHECKING:
    from executrek.ui.main_window import MainWindow
    from executrek.ui.pages.sync_page import SyncPage

ERROR_STYLE = "color: #C62828; font-weight: 600;"
# A change to one of these redraws the lists (while the screen is shown).
LIST_TABLES = ("sync_conflicts", "sync_quarantine", "sync_state", "projects", "diary_days")


def _resolve(keep: sync_service.Keep) -> Callable[[AppContext, ConflictRow], object]:
    """Keep mine or theirs on a conflict (or mine over an automatic decision)."""
    return lambda ctx, c: sync_service.resolve_and_report(ctx, c.view.id, keep)


def _accept(ctx: AppContext, c: ConflictRow) -> object:
    return sync_service.accept_decided(ctx, c.view.id)


def _send_again(ctx: AppContext, q: QuarantinedChange) -> object:
    return sync_service.send_again(ctx, [q.seq])


def _discard(ctx: AppContext, q: QuarantinedChange) -> object:
    return sync_service.discard_refused(ctx, q.seq)


def _forget(ctx: AppContext, row: SetAsideRow) -> object:
    return sync_service.forget_set_aside(ctx, row.record.row_id)


class _Choice(NamedTuple):
    """A choice on a tab's chosen row: the ``button`` that makes it, the ``tab`` it takes
    the row from, the buttons ``waiting`` while its ``work`` runs off the GUI thread,
    what is ``done`` with the result, and the question it may ``ask`` first."""

    button: QPushButton
    tab: str  # the name of both SyncPage's tab and SyncLists' list
    work: Callable[[AppContext, Any], object]
    done: Callable[[Any], None]
    ask: str | None = None  # the controller's method asking it (tests replace it)
    waiting: tuple[QPushButton, ...] = ()  # () when only the button waits


class SyncPageController(QObject):
    """Behind one ``SyncPage``; ``lists`` is what its tabs show now."""

    def __init__(self, window: MainWindow, page: SyncPage) -> None:
        super().__init__(page)
        self.window_ = window
        self.page = page
        self.sync = window.sync
        self.lists = SyncLists([], [], [], {}, [], [], [])
        page.sync_button.clicked.connect(self.sync.sync_now)
        self._wire_choices()
        page.retry_aside.clicked.connect(self.retry_set_aside)
        page.open_day.clicked.connect(self.open_diary_day)
        page.diary.table.doubleClicked.connect(lambda _index: self.open_diary_day())
        for tab in (page.conflicts, page.decided, page.refused, page.set_aside, page.diary):
            tab.selection_changed.connect(self._selection_changed)
        page.browse_button.clicked.connect(self._pick_ca)
        page.connect_button.clicked.connect(self.connect_laptop)
        page.password_edit.returnPressed.connect(self.connect_laptop)
        self.sync.status_changed.connect(self.show_status)
        self.sync.synced.connect(self.show_report)
        window.changed.connect(self._on_changed)
        self.show_status(self.sync.status)
        if self.sync.last_report is not None:
            self.show_report(self.sync.last_report)

    # --- state ----------------------------------------------------------------------
    def show_status(self, status: SyncStatus) -> None:
        page = self.page
        page.state_label.setText(status.text())
        page.state_label.setStyleSheet(
            f"font-size: 15px; font-weight: 600; color: {COLOURS[status.state]};"
        )
        detail = status.detail
        if status.state is SyncState.NOT_SET_UP and not detail:
            detail = sync_service.explain("config")
        page.detail_label.setText(detail)
        page.detail_label.setVisible(bool(detail))
        page.sync_button.setEnabled(status.state is not SyncState.SYNCING)

    def show_report(self, report: SyncReport) -> None:
        self.page.report_label.setText(sync_rows.report_text(report))
        self.reload()

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches(*LIST_TABLES) and self.page.isVisible():
            self.reload()

    def reload(self) -> None:
        ctx = self.window_.ctx
        self.window_.call(lambda: sync_rows.read_lists(ctx), self._show_lists)

    def _show_lists(self, lists: SyncLists) -> None:
        self.lists = lists
        page = self.page
        page.download_label.setText(sync_rows.downloads_text(lists.downloads))
        page.download_label.setVisible(bool(lists.downloads))
        page.conflicts.show_rows(
            [sync_rows.conflict_cells(r) for r in lists.conflicts],
            [sync_rows.linked_tip(r.view) for r in lists.conflicts],
        )
        page.decided.show_rows([sync_rows.decided_cells(r) for r in lists.decided])
        labels = lists.refused_labels
        page.refused.show_rows([sync_rows.refused_cells(q, labels) for q in lists.refused])
        page.set_aside.show_rows([sync_rows.aside_cells(r) for r in lists.set_aside])
        page.diary.show_rows([sync_rows.diary_cells(d) for d in lists.diary])
        page.tab_counts(
            len(lists.conflicts),
            len(lists.decided),
            len(lists.refused),
            len(lists.set_aside),
            len(lists.diary),
        )
        self._selection_changed()

    def _selection_changed(self) -> None:
        page, lists = self.page, self.lists
        chosen = self.selected_conflict() is not None
        page.keep_mine.setEnabled(chosen)
        page.keep_theirs.setEnabled(chosen)
        decision = page.decided.picked(lists.decided)
        page.restore_mine.setEnabled(decision is not None and not decision.view.current_is_mine)
        page.accept_decided.setEnabled(decision is not None)
        change = page.refused.picked(lists.refused)
        page.send_again.setEnabled(change is not None and not change.resend)
        page.discard_button.setEnabled(change is not None)
        page.retry_aside.setEnabled(bool(lists.set_aside))
        page.forget_aside.setEnabled(page.set_aside.picked(lists.set_aside) is not None)
        page.open_day.setEnabled(page.diary.picked(lists.diary) is not None)

    def selected_conflict(self) -> ConflictRow | None:
        return self.page.conflicts.picked(self.lists.conflicts)

    # --- choices --------------------------------------------------------------------
    def _redraw(self, changes: Changes | None = None) -> None:
        """Tell the window what changed; the lists reload (once) either way."""
        if changes:
            self.window_.changed.emit(changes)  # reloads through _on_changed when shown
        if not (changes and changes.touches(*LIST_TABLES) and self.page.isVisible()):
            self.reload()

    def _then_sync(self, changes: Changes | None = None) -> None:
        self._redraw(changes)
        self.sync.check()  # the choice syncs like any edit

    def _wire_choices(self) -> None:
        """Each choice's button runs it on its tab's chosen row."""
        page, then_sync, redraw = self.page, self._then_sync, self._redraw
        keep = (page.keep_mine, page.keep_theirs)
        choices = (
            _Choice(page.keep_mine, "conflicts", _resolve("mine"), then_sync, waiting=keep),
            _Choice(page.keep_theirs, "conflicts", _resolve("theirs"), then_sync, waiting=keep),
            # bring my value back over an automatic decision
            _Choice(page.restore_mine, "decided", _resolve("mine"), then_sync),
            # keep the automatic decision (it leaves the list)
            _Choice(page.accept_decided, "decided", _accept, then_sync),
            _Choice(page.send_again, "refused", _send_again, lambda _n: then_sync()),
            # throw a refused change away, after asking (a copy stays in the log)
            _Choice(page.discard_button, "refused", _discard, redraw, "confirm_discard"),
            # stop trying to place a set-aside record, after asking (a copy goes to the log)
            _Choice(page.forget_aside, "set_aside", _forget, redraw, "confirm_forget"),
        )
        for choice in choices:
            choice.button.clicked.connect(partial(self._on_chosen, choice))

    def _on_chosen(self, choice: _Choice) -> None:
        """Run the choice's work on its tab's chosen row off the GUI thread (after its
        question, if it asks one, was answered yes); its buttons wait meanwhile."""
        chosen = getattr(self.page, choice.tab).picked(getattr(self.lists, choice.tab))
        if chosen is None or (choice.ask is not None and not getattr(self, choice.ask)(chosen)):
            return
        ctx = self.window_.ctx
        for button in choice.waiting or (choice.button,):
            button.setEnabled(False)
        self.window_.call(lambda: choice.work(ctx, chosen), choice.done)

    def confirm_discard(self, change: QuarantinedChange) -> bool:
        return discard_ok(
            self.page,
            self.tr("Discard the refused change?"),
            self.tr(
                "Change #{seq} ({fields}) was refused by the central database: {reason}. "
                "Discarding it puts the central database's values back on this laptop. A copy "
                "of the change stays in the log."
            ).format(
                seq=change.seq,
                fields=", ".join(sync_rows.field_name(f) for f in change.fields),
                reason=change.reason,
            ),
        )

    def retry_set_aside(self) -> None:
        """Place what can be placed now with what this laptop has, then sync (which
        tries them again after its pull)."""
        ctx = self.window_.ctx
        self.page.retry_aside.setEnabled(False)
        self.window_.call(lambda: sync_service.retry_set_aside(ctx), self._retried)

    def _retried(self, result: Retried) -> None:
        self.window_.statusBar().showMessage(
            self.tr("Placed {placed} set-aside record(s); {left} still set aside.").format(
                placed=result.placed, left=result.left
            ),
            8000,
        )
        if not result.placed:  # placed ones came as changes: the lists reload from those
            self.reload()
        if self.sync.configured():
            self.sync.sync_now()  # pulls what they may wait for, then tries them again

    def confirm_forget(self, row: SetAsideRow) -> bool:
        return discard_ok(
            self.page,
            self.tr("Forget the set-aside record?"),
            self.tr(
                "{label} came from the central database but could not be placed on this "
                "laptop: {reason}. Forgetting it stops this laptop trying; the record stays in "
                "the central database and comes again when it is changed there. A copy stays "
                "in the log."
            ).format(label=row.label, reason=row.record.reason),
        )

    def open_diary_day(self) -> None:
        found = self.page.diary.picked(self.lists.diary)
        if found is None:
            return
        if not self.window_.open_record("diary_day", found.problem.day_id):
            self.window_.statusBar().showMessage(
                self.tr("This window has no diary screen to open the day on."), 8000
            )

    # --- the connection form ----------------------------------------------------------
    def _pick_ca(self) -> None:
        edit = self.page.ca_edit
        name, _ = QFileDialog.getOpenFileName(
            self.page, self.tr("The organisation's CA certificate"), edit.text()
        )
        if name:
            edit.setText(name)

    def connect_laptop(self) -> None:
        page = self.page
        url, user = page.url_edit.text().strip(), page.user_edit.text().strip()
        password, ca = page.password_edit.text(), page.ca_edit.text().strip()
        if not url or not user or not password:
            self._connect_said(
                self.tr("Enter the server address, your user name and your password."), True
            )
            return
        ctx, vault = self.window_.ctx, self.sync.vault
        page.connect_button.setEnabled(False)
        self._connect_said(self.tr("Checking the connection…"), False)

        def failed(message: str) -> None:
            page.connect_button.setEnabled(True)
            self._connect_said(message, True)

        self.window_.runner.submit(
            lambda _h: sync_service.try_connect(ctx, vault, url, user, password, ca or None),
            on_done=self._connected,
            on_error=failed,
            pool="net",
        )

    def _connected(self, outcome: ConnectOutcome) -> None:
        self.page.connect_button.setEnabled(True)
        if not outcome.ok:
            self._connect_said(outcome.message, True)
            return
        self.page.password_edit.clear()
        text = self.tr("Connected. This laptop now syncs with the central database.")
        if outcome.message:
            text += " " + outcome.message
        self._connect_said(text, False)
        self.window_.settings_changed.emit()
        self.sync.connected_now()

    def _connect_said(self, text: str, error: bool) -> None:
        message = self.page.connect_message
        message.setText(text)
        message.setStyleSheet(ERROR_STYLE if error else "")
        message.setVisible(bool(text))
