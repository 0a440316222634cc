"""Sync: the connection to the central PMO database (the one place to enter it; the
password goes to the system keyring, never the settings), the state and last report,
the first downloads still in progress (cut; the next sync continues them), and the
lists of what is not settled: the conflicts that need a person (both values, who and
when, keep either), what was *decided automatically* (the later edit of a field won:
both values, *restore mine* for 30 days), the changes the server *refused* (kept on
this laptop: *send again* or *discard*, which asks first), the records a pull could not
place (*set aside*: try again, or forget after asking) and closed diary days changed
after they were closed. Nothing half-done is hidden. This is the layout;
``SyncPageController`` (``sync_page_controller.py``) does the work, off the GUI thread."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from executrek.ui.pages.sync_page_controller import SyncPageController
from executrek.ui.pages.sync_tabs import ListTab
from executrek.ui.widgets.form_parts import tipped_button
from executrek.ui.widgets.screen_fit import scrolling_page

if TYPE_CHECKING:
    from executrek.ui.main_window import MainWindow


class SyncPage(QWidget):
    """The state box, the lists (one tab each, with its count) and the connection form;
    ``controller`` (``SyncPageController``) fills and drives them."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        layout, _title = scrolling_page(self, self.tr("Sync with the central PMO database"))
        layout.addWidget(self._status_box())
        self.tabs = QTabWidget()
        self.tabs.setUsesScrollButtons(True)
        for tab in self._lists():
            self.tabs.addTab(tab, "")
        self.tab_counts(0, 0, 0, 0, 0)
        layout.addWidget(self.tabs)
        layout.addWidget(self._connection_box(window))
        layout.addStretch(1)
        self.controller = SyncPageController(window, self)

    # --- layout ---------------------------------------------------------------------
    def _status_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("State"))
        v = QVBoxLayout(box)
        row = QHBoxLayout()
        self.state_label = QLabel()
        self.state_label.setObjectName("syncState")
        self.state_label.setStyleSheet("font-size: 15px; font-weight: 600;")
        self.sync_button = tipped_button(
            self.tr("Sync now"), self.tr("Send and receive changes now (F5)")
        )
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

    def _sides(self) -> list[str]:
        return [
            self.tr("Mine"),
            self.tr("Mine: who, when"),
            self.tr("Theirs"),
            self.tr("Theirs: who, when"),
        ]

    def _lists(self) -> tuple[ListTab, ...]:
        self.keep_mine = QPushButton(self.tr("Keep mine"))
        self.keep_theirs = QPushButton(self.tr("Keep theirs"))
        self.conflicts = ListTab(
            [self.tr("Record"), self.tr("Field"), *self._sides()],
            0,
            self.tr("No conflicts need your decision."),
            (self.keep_mine, self.keep_theirs),
            buttons_only_with_rows=True,
        )
        self.restore_mine = QPushButton(self.tr("Restore mine"))
        self.accept_decided = QPushButton(self.tr("Keep as decided"))
        self.decided = ListTab(
            [self.tr("Record"), self.tr("Field"), self.tr("Kept"), *self._sides()],
            0,
            self.tr("Nothing was decided automatically."),
            (self.restore_mine, self.accept_decided),
            note=self.tr(
                "The same field was changed on two laptops; the later change was kept. Both "
                "values stay here for 30 days: restore yours, or keep the decision."
            ),
        )
        self.send_again = QPushButton(self.tr("Send again"))
        self.discard_button = QPushButton(self.tr("Discard…"))
        self.refused = ListTab(
            [
                self.tr("Change"),
                self.tr("Record"),
                self.tr("Fields"),
                self.tr("Reason"),
                self.tr("When"),
                self.tr("Next sync"),
            ],
            3,
            self.tr("The central database refused none of your changes."),
            (self.send_again, self.discard_button),
        )
        self.retry_aside = tipped_button(
            self.tr("Try again"),
            self.tr("Try to place every set-aside record now with what this laptop has"),
        )
        self.forget_aside = QPushButton(self.tr("Forget…"))
        self.set_aside = ListTab(
            [self.tr("Record"), self.tr("Project"), self.tr("Why it was set aside")],
            2,
            self.tr("Everything the central database sent was placed on this laptop."),
            (self.retry_aside, self.forget_aside),
            note=self.tr(
                "Records from the central database this laptop could not place: in another "
                "project than they came with, pointing at a record it does not have, or "
                "with a value it cannot store. Each sync tries them again."
            ),
        )
        self.open_day = QPushButton(self.tr("Open the day"))
        self.diary = ListTab(
            [self.tr("Project"), self.tr("Day"), self.tr("Date"), self.tr("What happened")],
            3,
            self.tr("Every closed diary day still matches what was signed."),
            (self.open_day,),
            note=self.tr(
                "A closed diary day is sealed with a hash of its content. These days no "
                "longer match it: they were changed after they were closed (on the central "
                "database, or in this laptop's file)."
            ),
        )
        return self.conflicts, self.decided, self.refused, self.set_aside, self.diary

    def tab_counts(
        self, conflicts: int, decided: int, refused: int, aside: int, diary: int
    ) -> None:
        self.tabs.setTabText(0, self.tr("Need your decision ({n})").format(n=conflicts))
        self.tabs.setTabText(1, self.tr("Decided automatically ({n})").format(n=decided))
        self.tabs.setTabText(2, self.tr("Refused changes ({n})").format(n=refused))
        self.tabs.setTabText(3, self.tr("Set aside ({n})").format(n=aside))
        self.tabs.setTabText(4, self.tr("Diary days changed ({n})").format(n=diary))

    def _connection_box(self, window: MainWindow) -> QGroupBox:
        s = window.ctx.settings.central
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
        self.browse_button = QPushButton(self.tr("Browse…"))
        h.addWidget(self.browse_button)
        self.connect_button = QPushButton(self.tr("Connect"))
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

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.controller.reload()
