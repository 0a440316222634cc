"""Sync: the connection to the central PMO database (the one place to enter it; the
password goes to the system keyring, never the settings), the state and last report,
the first downloads still in progress (cut; the next sync continues them), and three
lists: the conflicts that need a person (both values, who and when, keep
either), what was *decided automatically* (the later edit of a field won: both values,
*restore mine* for 30 days) and the changes the server *refused* (kept on this laptop:
*send again* or *discard*, which asks first). Everything runs off the GUI thread."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from executrek.app import sync_service
from executrek.app.sync_schedule import SyncState, SyncStatus
from executrek.app.sync_service import ConflictRow, ConnectOutcome, QuarantinedChange, SyncReport
from executrek.models.changes import Changes
from executrek.ui.widgets.sync_indicator import COLOURS

if TYPE_CHECKING:
    from executrek.ui.main_window import MainWindow

ERROR_STYLE = "color: #C62828; font-weight: 600;"
_T = TypeVar("_T")
# What the lists show: conflicts, automatic decisions, refused changes with their labels.
_Lists = tuple[
    list[ConflictRow],
    list[ConflictRow],
    list[QuarantinedChange],
    dict[tuple[str, str], str],
    list[tuple[str, int]],
]


class SyncPage(QWidget):
    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.window_ = window
        self.controller = window.sync
        self.conflicts: list[ConflictRow] = []
        self.decided: list[ConflictRow] = []
        self.refused: list[QuarantinedChange] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(scroll)
        body = QWidget()
        scroll.setWidget(body)
        layout = QVBoxLayout(body)
        layout.setSpacing(12)
        title = QLabel(self.tr("Sync with the central PMO database"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        layout.addWidget(self._status_box())
        self.tabs = QTabWidget()
        self.tabs.addTab(self._conflicts_box(), "")
        self.tabs.addTab(self._decided_box(), "")
        self.tabs.addTab(self._refused_box(), "")
        self._tab_titles(0, 0, 0)
        layout.addWidget(self.tabs)
        layout.addWidget(self._connection_box())
        layout.addStretch(1)
        self.controller.status_changed.connect(self.show_status)
        self.controller.synced.connect(self.show_report)
        window.changed.connect(self._on_changed)
        self.show_status(self.controller.status)
        if self.controller.last_report is not None:
            self.show_report(self.controller.last_report)

    # --- layout ---------------------------------------------------------------------
    def _status_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("State"))
        v = QVBoxLayout(box)
        row = QHBoxLayout()
        self.state_label = QLabel()
        self.state_label.setObjectName("syncState")
        self.state_label.setStyleSheet("font-size: 15px; font-weight: 600;")
        self.sync_button = QPushButton(self.tr("Sync now"))
        self.sync_button.setToolTip(self.tr("Send and receive changes now (F5)"))
        self.sync_button.clicked.connect(self.controller.sync_now)
        row.addWidget(self.state_label, 1)
        row.addWidget(self.sync_button)
        v.addLayout(row)
        self.detail_label = QLabel()
        self.detail_label.setWordWrap(True)
        self.detail_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        v.addWidget(self.detail_label)
        self.download_label = QLabel()
        self.download_label.setWordWrap(True)
        self.download_label.hide()
        v.addWidget(self.download_label)
        self.report_label = QLabel(self.tr("No sync yet in this session."))
        self.report_label.setObjectName("muted")
        self.report_label.setWordWrap(True)
        v.addWidget(self.report_label)
        return box

    def _connection_box(self) -> QGroupBox:
        s = self.window_.ctx.settings.central
        box = QGroupBox(self.tr("Connection"))
        form = QFormLayout(box)
        self.url_edit = QLineEdit(s.url)
        self.url_edit.setPlaceholderText("postgresql://pmo-db.example.org:5432/pmo")
        self.user_edit = QLineEdit(s.user)
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("kept in the system keyring"))
        self.ca_edit = QLineEdit(s.ca_file)
        self.ca_edit.setPlaceholderText(self.tr("optional: the organisation's CA certificate"))
        ca_row = QWidget()
        h = QHBoxLayout(ca_row)
        h.setContentsMargins(0, 0, 0, 0)
        h.addWidget(self.ca_edit, 1)
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._pick_ca)
        h.addWidget(browse)
        self.connect_button = QPushButton(self.tr("Connect"))
        self.connect_button.clicked.connect(self.connect_laptop)
        self.password_edit.returnPressed.connect(self.connect_laptop)
        self.connect_message = QLabel()
        self.connect_message.setWordWrap(True)
        self.connect_message.hide()
        form.addRow(self.tr("Server address"), self.url_edit)
        form.addRow(self.tr("User"), self.user_edit)
        form.addRow(self.tr("Password"), self.password_edit)
        form.addRow(self.tr("CA certificate"), ca_row)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.connect_button)
        form.addRow("", buttons)
        form.addRow("", self.connect_message)
        note = QLabel(
            self.tr(
                "Connect checks the address, user and password with the server, then keeps the "
                "password in the system keyring (never in the settings file). Automatic sync "
                "is switched on or off in Settings."
            )
        )
        note.setObjectName("muted")
        note.setWordWrap(True)
        form.addRow("", note)
        return box

    def _table(self, headers: list[str], stretch: int) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        table.setMinimumHeight(160)
        table.itemSelectionChanged.connect(self._selection_changed)
        return table

    def _buttons(self, v: QVBoxLayout, *buttons: QPushButton) -> None:
        row = QHBoxLayout()
        row.addStretch(1)
        for button in buttons:
            button.setEnabled(False)  # until a row is chosen
            row.addWidget(button)
        v.addLayout(row)

    def _empty(self, v: QVBoxLayout, text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName("muted")
        label.setWordWrap(True)
        v.addWidget(label)
        return label

    def _sides(self) -> list[str]:
        return [
            self.tr("Mine"),
            self.tr("Mine: who, when"),
            self.tr("Theirs"),
            self.tr("Theirs: who, when"),
        ]

    def _conflicts_box(self) -> QWidget:
        box = QWidget()
        v = QVBoxLayout(box)
        self.conflicts_empty = self._empty(v, self.tr("No conflicts need your decision."))
        self.conflict_table = self._table([self.tr("Record"), self.tr("Field"), *self._sides()], 0)
        v.addWidget(self.conflict_table)
        self.keep_mine = QPushButton(self.tr("Keep mine"))
        self.keep_theirs = QPushButton(self.tr("Keep theirs"))
        self.keep_mine.clicked.connect(lambda: self.resolve("mine"))
        self.keep_theirs.clicked.connect(lambda: self.resolve("theirs"))
        self._buttons(v, self.keep_mine, self.keep_theirs)
        for button in (self.keep_mine, self.keep_theirs):
            button.setVisible(False)  # until there is one
        return box

    def _decided_box(self) -> QWidget:
        box = QWidget()
        v = QVBoxLayout(box)
        note = self._empty(
            v,
            self.tr(
                "The same field was changed on two laptops; the later change was kept. Both "
                "values stay here for 30 days: restore yours, or keep the decision."
            ),
        )
        note.setObjectName("")
        self.decided_empty = self._empty(v, self.tr("Nothing was decided automatically."))
        self.decided_table = self._table(
            [self.tr("Record"), self.tr("Field"), self.tr("Kept"), *self._sides()], 0
        )
        v.addWidget(self.decided_table)
        self.restore_mine = QPushButton(self.tr("Restore mine"))
        self.accept_decided = QPushButton(self.tr("Keep as decided"))
        self.restore_mine.clicked.connect(self.restore)
        self.accept_decided.clicked.connect(self.accept)
        self._buttons(v, self.restore_mine, self.accept_decided)
        return box

    def _refused_box(self) -> QWidget:
        box = QWidget()
        v = QVBoxLayout(box)
        self.refused_empty = self._empty(
            v, self.tr("The central database refused none of your changes.")
        )
        self.refused_table = self._table(
            [
                self.tr("Change"),
                self.tr("Record"),
                self.tr("Fields"),
                self.tr("Reason"),
                self.tr("When"),
                self.tr("Next sync"),
            ],
            3,
        )
        v.addWidget(self.refused_table)
        self.send_again = QPushButton(self.tr("Send again"))
        self.discard_button = QPushButton(self.tr("Discard…"))
        self.send_again.clicked.connect(self.resend)
        self.discard_button.clicked.connect(self.discard)
        self._buttons(v, self.send_again, self.discard_button)
        return box

    def _tab_titles(self, conflicts: int, decided: int, refused: int) -> None:
        self.tabs.setTabText(0, self.tr("Need your decision ({n})").format(n=conflicts))
        self.tabs.setTabText(1, self.tr("Decided automatically ({n})").format(n=decided))
        self.tabs.setTabText(2, self.tr("Refused changes ({n})").format(n=refused))

    # --- state ----------------------------------------------------------------------
    def show_status(self, status: SyncStatus) -> None:
        colour = COLOURS[status.state]
        self.state_label.setText(status.text())
        self.state_label.setStyleSheet(f"font-size: 15px; font-weight: 600; color: {colour};")
        detail = status.detail
        if status.state is SyncState.NOT_SET_UP and not detail:
            detail = sync_service.explain("config")
        self.detail_label.setText(detail)
        self.detail_label.setVisible(bool(detail))
        self.sync_button.setEnabled(status.state is not SyncState.SYNCING)

    def show_report(self, report: SyncReport) -> None:
        self.report_label.setText(
            self.tr(
                "Last sync: sent {pushed}, received {pulled}, photos sent {sent} and received "
                "{received}, conflicts to decide {conflicts}, decided automatically {decided}, "
                "errors {errors}, waiting to be sent {pending}."
            ).format(
                pushed=report.pushed,
                pulled=report.pulled,
                sent=report.photos_sent,
                received=report.photos_received,
                conflicts=report.open_conflicts,
                decided=report.decided,
                errors=len(report.errors) + len(report.quarantined),
                pending=report.pending,
            )
        )
        self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reload()

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches("sync_conflicts", "sync_quarantine", "projects") and self.isVisible():
            self.reload()

    def reload(self) -> None:
        ctx = self.window_.ctx

        def work() -> _Lists:
            rows = sync_service.conflict_rows(ctx)
            decided = sync_service.decided_rows(ctx)
            refused = sync_service.list_quarantined(ctx)
            labels = sync_service.record_labels(ctx, [(q.table_name, q.row_id) for q in refused])
            return rows, decided, refused, labels, sync_service.downloading(ctx)

        self.window_.call(work, self._show_lists)

    def _fill(self, table: QTableWidget, rows: list[list[str]], tips: list[str]) -> None:
        table.setRowCount(len(rows))
        for i, cells in enumerate(rows):
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(tips[i] or text)
                table.setItem(i, col, item)
        if rows and not table.selectedItems():
            table.selectRow(0)

    def _sides_of(self, c: sync_service.ConflictView) -> list[str]:
        return [
            sync_service.shown(c.mine),
            self._who_when(c.mine_by, c.mine_at_ms),
            sync_service.shown(c.theirs),
            self._who_when(c.theirs_by, c.theirs_at_ms),
        ]

    def _linked_tip(self, c: sync_service.ConflictView) -> str:
        if not c.linked:
            return ""
        parts = [
            self.tr("{field}: mine {mine}, theirs {theirs}").format(
                field=f.replace("_", " "),
                mine=sync_service.shown(m),
                theirs=sync_service.shown(t),
            )
            for f, m, t in c.linked
        ]
        return self.tr("Decided together with: {fields}").format(fields="; ".join(parts))

    def _show_lists(self, result: _Lists) -> None:
        rows, decided, refused, labels, downloads = result
        self.conflicts, self.decided, self.refused = rows, decided, refused
        self.download_label.setText(
            " ".join(
                self.tr(
                    "Downloading {project}: {n} records so far; the next sync continues "
                    "where it stopped."
                ).format(project=code, n=f"{n:,}")
                for code, n in downloads
            )
        )
        self.download_label.setVisible(bool(downloads))
        self._fill(
            self.conflict_table,
            [[r.label, r.view.field.replace("_", " "), *self._sides_of(r.view)] for r in rows],
            [self._linked_tip(r.view) for r in rows],
        )
        self.conflicts_empty.setVisible(not rows)
        self.conflict_table.setVisible(bool(rows))
        self.keep_mine.setVisible(bool(rows))
        self.keep_theirs.setVisible(bool(rows))
        mine, theirs = self.tr("mine"), self.tr("theirs")
        self._fill(
            self.decided_table,
            [
                [
                    r.label,
                    r.view.field.replace("_", " "),
                    mine if r.view.current_is_mine else theirs,
                    *self._sides_of(r.view),
                ]
                for r in decided
            ],
            ["" for _ in decided],
        )
        self.decided_empty.setVisible(not decided)
        self.decided_table.setVisible(bool(decided))
        again, later = self.tr("sent again"), self.tr("waits for you")
        self._fill(
            self.refused_table,
            [
                [
                    f"#{q.seq} {q.op}",
                    labels.get((q.table_name, q.row_id), q.row_id),
                    ", ".join(f.replace("_", " ") for f in q.fields),
                    q.reason,
                    q.at.strftime("%Y-%m-%d %H:%M"),
                    again if q.resend else later,
                ]
                for q in refused
            ],
            ["" for _ in refused],
        )
        self.refused_empty.setVisible(not refused)
        self.refused_table.setVisible(bool(refused))
        self._tab_titles(len(rows), len(decided), len(refused))
        self._selection_changed()

    def _who_when(self, who: str | None, ms: int | None) -> str:
        who_text = who or self.tr("unknown")
        at = sync_service.when(ms)
        return f"{who_text}, {at}" if at else who_text

    def _selection_changed(self) -> None:
        chosen = self.selected_conflict() is not None
        self.keep_mine.setEnabled(chosen)
        self.keep_theirs.setEnabled(chosen)
        decision = self._picked(self.decided_table, self.decided)
        self.restore_mine.setEnabled(decision is not None and not decision.view.current_is_mine)
        self.accept_decided.setEnabled(decision is not None)
        change = self._picked(self.refused_table, self.refused)
        self.send_again.setEnabled(change is not None and not change.resend)
        self.discard_button.setEnabled(change is not None)

    @staticmethod
    def _picked(table: QTableWidget, items: list[_T]) -> _T | None:
        rows = table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(items):
            return None
        return items[rows[0].row()]

    def selected_conflict(self) -> ConflictRow | None:
        return self._picked(self.conflict_table, self.conflicts)

    # --- actions --------------------------------------------------------------------
    def _then_sync(self, changes: Changes | None = None) -> None:
        if changes:
            self.window_.changed.emit(changes)
        self.reload()
        self.controller.check()  # the choice syncs like any edit

    def resolve(self, keep: sync_service.Keep) -> None:
        chosen = self.selected_conflict()
        if chosen is None:
            return
        ctx = self.window_.ctx
        self.keep_mine.setEnabled(False)
        self.keep_theirs.setEnabled(False)
        self.window_.call(
            lambda: sync_service.resolve_and_report(ctx, chosen.view.id, keep), self._then_sync
        )

    def restore(self) -> None:
        """Bring my value back over an automatic decision."""
        chosen = self._picked(self.decided_table, self.decided)
        if chosen is None:
            return
        ctx = self.window_.ctx
        self.restore_mine.setEnabled(False)
        self.window_.call(
            lambda: sync_service.resolve_and_report(ctx, chosen.view.id, "mine"), self._then_sync
        )

    def accept(self) -> None:
        """Keep the automatic decision (it leaves the list)."""
        chosen = self._picked(self.decided_table, self.decided)
        if chosen is None:
            return
        ctx = self.window_.ctx
        self.accept_decided.setEnabled(False)
        self.window_.call(lambda: sync_service.accept_decided(ctx, chosen.view.id), self._then_sync)

    def resend(self) -> None:
        change = self._picked(self.refused_table, self.refused)
        if change is None:
            return
        ctx = self.window_.ctx
        self.send_again.setEnabled(False)
        self.window_.call(
            lambda: sync_service.send_again(ctx, [change.seq]), lambda _n: self._then_sync()
        )

    def discard(self) -> None:
        """Throw a refused change away, after asking (a copy stays in the log)."""
        change = self._picked(self.refused_table, self.refused)
        if change is None or not self.confirm_discard(change):
            return
        ctx = self.window_.ctx
        self.discard_button.setEnabled(False)
        self.window_.call(lambda: sync_service.discard_refused(ctx, change.seq), self._discarded)

    def _discarded(self, changes: Changes) -> None:
        self.window_.changed.emit(changes)
        self.reload()

    def confirm_discard(self, change: QuarantinedChange) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Discard the refused change?"),
            self.tr(
                "Change #{seq} ({fields}) was refused by the central database: {reason}. "
                "Discarding it puts the central database's values back on this laptop. A copy "
                "of the change stays in the log."
            ).format(
                seq=change.seq,
                fields=", ".join(f.replace("_", " ") for f in change.fields),
                reason=change.reason,
            ),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def _pick_ca(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("The organisation's CA certificate"), self.ca_edit.text()
        )
        if name:
            self.ca_edit.setText(name)

    def connect_laptop(self) -> None:
        url, user = self.url_edit.text().strip(), self.user_edit.text().strip()
        password, ca = self.password_edit.text(), self.ca_edit.text().strip()
        if not url or not user or not password:
            self._connect_said(
                self.tr("Enter the server address, your user name and your password."), True
            )
            return
        ctx, vault = self.window_.ctx, self.controller.vault
        self.connect_button.setEnabled(False)
        self._connect_said(self.tr("Checking the connection…"), False)

        def failed(message: str) -> None:
            self.connect_button.setEnabled(True)
            self._connect_said(message, True)

        self.window_.runner.submit(
            lambda _h: sync_service.try_connect(ctx, vault, url, user, password, ca or None),
            on_done=self._connected,
            on_error=failed,
            pool="net",
        )

    def _connected(self, outcome: ConnectOutcome) -> None:
        self.connect_button.setEnabled(True)
        if not outcome.ok:
            self._connect_said(outcome.message, True)
            return
        self.password_edit.clear()
        text = self.tr("Connected. This laptop now syncs with the central database.")
        if outcome.message:
            text += " " + outcome.message
        self._connect_said(text, False)
        self.window_.settings_changed.emit()
        self.controller.connected_now()

    def _connect_said(self, text: str, error: bool) -> None:
        self.connect_message.setText(text)
        self.connect_message.setStyleSheet(ERROR_STYLE if error else "")
        self.connect_message.setVisible(bool(text))
