"""Sync: the connection to the central PMO database (the one place to enter it; the
password goes to the system keyring, never the settings), the state and last report,
the conflicts that need a person (both values, who and when, keep either) and the
changes the server refused. Everything runs off the GUI thread."""

from __future__ import annotations

from typing import TYPE_CHECKING

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
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
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


class SyncPage(QWidget):
    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.window_ = window
        self.controller = window.sync
        self.conflicts: list[ConflictRow] = []
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
        layout.addWidget(self._conflicts_box())
        layout.addWidget(self._refused_box())
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

    def _conflicts_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Conflicts that need your decision"))
        v = QVBoxLayout(box)
        self.conflicts_empty = QLabel(self.tr("No conflicts need your decision."))
        self.conflicts_empty.setObjectName("muted")
        v.addWidget(self.conflicts_empty)
        self.conflict_table = QTableWidget(0, 6)
        self.conflict_table.setHorizontalHeaderLabels(
            [
                self.tr("Record"),
                self.tr("Field"),
                self.tr("Mine"),
                self.tr("Mine: who, when"),
                self.tr("Theirs"),
                self.tr("Theirs: who, when"),
            ]
        )
        self.conflict_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.conflict_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.conflict_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.conflict_table.verticalHeader().hide()
        header = self.conflict_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.conflict_table.setMinimumHeight(160)
        self.conflict_table.itemSelectionChanged.connect(self._selection_changed)
        v.addWidget(self.conflict_table)
        row = QHBoxLayout()
        row.addStretch(1)
        self.keep_mine = QPushButton(self.tr("Keep mine"))
        self.keep_theirs = QPushButton(self.tr("Keep theirs"))
        self.keep_mine.clicked.connect(lambda: self.resolve("mine"))
        self.keep_theirs.clicked.connect(lambda: self.resolve("theirs"))
        for button in (self.keep_mine, self.keep_theirs):
            button.setEnabled(False)  # until a conflict is chosen
            button.setVisible(False)  # until there is one
        row.addWidget(self.keep_mine)
        row.addWidget(self.keep_theirs)
        v.addLayout(row)
        self._selection_changed()
        return box

    def _refused_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Changes the central database refused (kept on this laptop)"))
        v = QVBoxLayout(box)
        self.refused_table = QTableWidget(0, 4)
        self.refused_table.setHorizontalHeaderLabels(
            [self.tr("Change"), self.tr("Record"), self.tr("Reason"), self.tr("When")]
        )
        self.refused_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.refused_table.verticalHeader().hide()
        header = self.refused_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.refused_table.setMaximumHeight(160)
        v.addWidget(self.refused_table)
        self.refused_box = box
        box.hide()
        return box

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
                "{received}, conflicts to decide {conflicts}, errors {errors}, waiting to be "
                "sent {pending}."
            ).format(
                pushed=report.pushed,
                pulled=report.pulled,
                sent=report.photos_sent,
                received=report.photos_received,
                conflicts=report.open_conflicts,
                errors=len(report.errors) + len(report.quarantined),
                pending=report.pending,
            )
        )
        self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reload()

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches("sync_conflicts", "projects") and self.isVisible():
            self.reload()

    def reload(self) -> None:
        ctx = self.window_.ctx

        def work() -> tuple[list[ConflictRow], list[QuarantinedChange], dict[tuple[str, str], str]]:
            rows = sync_service.conflict_rows(ctx)
            refused = sync_service.list_quarantined(ctx)
            labels = sync_service.record_labels(ctx, [(q.table_name, q.row_id) for q in refused])
            return rows, refused, labels

        self.window_.call(work, self._show_lists)

    def _show_lists(
        self,
        result: tuple[list[ConflictRow], list[QuarantinedChange], dict[tuple[str, str], str]],
    ) -> None:
        rows, refused, labels = result
        self.conflicts = rows
        table = self.conflict_table
        table.setRowCount(len(rows))
        for i, row in enumerate(rows):
            c = row.view
            cells = [
                row.label,
                c.field.replace("_", " "),
                sync_service.shown(c.mine),
                self._who_when(c.mine_by, c.mine_at_ms),
                sync_service.shown(c.theirs),
                self._who_when(c.theirs_by, c.theirs_at_ms),
            ]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                table.setItem(i, col, item)
        self.conflicts_empty.setVisible(not rows)
        table.setVisible(bool(rows))
        self.keep_mine.setVisible(bool(rows))
        self.keep_theirs.setVisible(bool(rows))
        if rows and not table.selectedItems():
            table.selectRow(0)
        self._selection_changed()
        self.refused_table.setRowCount(len(refused))
        for i, q in enumerate(refused):
            cells = [
                f"#{q.seq} {q.op}",
                labels.get((q.table_name, q.row_id), q.row_id),
                q.reason,
                q.at.strftime("%Y-%m-%d %H:%M"),
            ]
            for col, text in enumerate(cells):
                self.refused_table.setItem(i, col, QTableWidgetItem(text))
        self.refused_box.setVisible(bool(refused))

    def _who_when(self, who: str | None, ms: int | None) -> str:
        who_text = who or self.tr("unknown")
        at = sync_service.when(ms)
        return f"{who_text}, {at}" if at else who_text

    def _selection_changed(self) -> None:
        chosen = self.selected_conflict() is not None
        self.keep_mine.setEnabled(chosen)
        self.keep_theirs.setEnabled(chosen)

    def selected_conflict(self) -> ConflictRow | None:
        rows = self.conflict_table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.conflicts):
            return None
        return self.conflicts[rows[0].row()]

    # --- actions --------------------------------------------------------------------
    def resolve(self, keep: sync_service.Keep) -> None:
        chosen = self.selected_conflict()
        if chosen is None:
            return
        ctx = self.window_.ctx
        self.keep_mine.setEnabled(False)
        self.keep_theirs.setEnabled(False)

        def done(changes: Changes) -> None:
            self.window_.changed.emit(changes)
            self.reload()
            self.controller.check()  # the choice syncs like any edit

        self.window_.call(lambda: sync_service.resolve_and_report(ctx, chosen.view.id, keep), done)

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
