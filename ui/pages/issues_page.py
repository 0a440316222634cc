"""Contractor issues (observations, NCRs, RFIs…): list with filters and a column chooser,
and the detail with the sheet the issue is pinned on, the response thread, due date, ball
in court and links to other records. A project without issues shows what the list is
for and "Raise the first issue" instead of an empty list beside a blank detail."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from executrek.app import list_columns_issues as issue_list
from executrek.app.messages import user_message
from executrek.app.saved_filters import SavedFilters
from executrek.models.errors import DomainError
from executrek.models.records.issue import queries as issue_queries
from executrek.models.records.issue import service as issues
from executrek.models.records.issue.model import IssueStatus, IssueType
from executrek.models.records.issue.queries import IssueDetail, IssueFilter, IssueRow
from executrek.models.records.punch.model import Priority
from executrek.models.services import listings
from executrek.models.services.listings import ProjectChoices
from executrek.models.store import Store
from executrek.ui.drawings.sheet_link import SheetLink
from executrek.ui.labels import day, value_label, when
from executrek.ui.pages.record_dialog import RecordDialog
from executrek.ui.pages.record_page import RecordPage
from executrek.ui.widgets.choices import add_values
from executrek.ui.widgets.column_chooser import ColumnChooser
from executrek.ui.widgets.dates import today_qdate
from executrek.ui.widgets.field_errors import FieldErrors
from executrek.ui.widgets.form_dialog import Button
from executrek.ui.widgets.form_parts import short_text
from executrek.ui.widgets.list_export import ListExporter
from executrek.ui.widgets.page_text import page_title
from executrek.ui.widgets.record_list import (
    DetailSide,
    EmptyState,
    FilterBar,
    add_shortcut,
    one_of,
    scrolling,
    side_by_side,
)
from executrek.ui.widgets.submit_text import SubmitTextEdit

if TYPE_CHECKING:
    from executrek.ui.main_window import MainWindow


class NewIssueDialog(RecordDialog):
    def __init__(self, window: MainWindow, project_id: str, choices: ProjectChoices | None) -> None:
        title = self.tr("New contractor issue")
        super().__init__(window, project_id, title, min_width=560, ok=Button.Save)
        self.kind = QComboBox()
        add_values(self.kind, IssueType)
        self.title = QLineEdit()
        self.severity = QComboBox()
        add_values(self.severity, Priority, Priority.MEDIUM)
        self.contractor = QComboBox()
        self.contractor.addItem(self.tr("—"), None)
        self.location = QComboBox()
        self.location.addItem(self.tr("—"), None)
        if choices is not None:
            for c in choices.contractors:
                self.contractor.addItem(c.label, c.id)
            for c in choices.locations:
                self.location.addItem(c.label, c.id)
        self.spec = QLineEdit()
        self.has_due = QCheckBox(self.tr("Response due"))
        self.has_due.setChecked(True)
        self.due = QDateEdit(today_qdate(days=7))
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("yyyy-MM-dd")
        self.has_due.toggled.connect(self.due.setEnabled)
        self.description = short_text(100)
        self.errors.add_rows(
            self.form,
            (self.tr("T&ype"), "issue_type", self.kind),
            (self.tr("&Title"), "title", self.title),
            (self.tr("&Severity"), "severity", self.severity),
            (self.tr("&Contractor"), "contractor_id", self.contractor),
            (self.tr("&Location"), "location_id", self.location),
            (self.tr("S&pec reference"), "spec_reference", self.spec),
            ("", None, self.has_due),
            (self.tr("D&ue"), "due_date", self.due),
            (self.tr("&Description"), "description", self.description),
        )
        self.kind.setFocus()

    def submit(self) -> None:
        self.errors.clear()
        store = self.window_.ctx.store
        due: dt.date | None = None
        if self.has_due.isChecked():
            due = self.due.date().toPython()  # type: ignore[assignment]
        new = issues.NewIssue(
            issue_type=str(self.kind.currentData()),
            title=self.title.text(),
            severity=str(self.severity.currentData()),
            contractor_id=self.contractor.currentData(),
            location_id=self.location.currentData(),
            spec_reference=self.spec.text() or None,
            due_date=due,
            description=self.description.toPlainText() or None,
        )
        project_id = self.project_id
        self.window_.call_form(
            lambda: issues.create_issue(store, project_id, new),
            lambda _d: self.accept(),
            self.refused,
        )


class IssuesPage(RecordPage[IssueRow, IssueDetail]):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window, issue_list.SCREEN)
        self.choices: ProjectChoices | None = None
        layout = QVBoxLayout(self)
        title = page_title(self.tr("Contractor issues"))
        layout.addWidget(title)
        bar = FilterBar(self.tr("Search issues"))
        self.search = bar.search
        self.type_box = bar.add_choice(self.tr("All types"), [k.value for k in IssueType])
        self.status_box = bar.add_choice(self.tr("All statuses"), [s.value for s in IssueStatus])
        self.new_button = QPushButton(self.tr("&New issue…"))
        self.exporter = ListExporter(window, self, "issues", self.current_filter)
        # which columns show is remembered in its own file (the punch list keeps its copy
        # of saved_filters.json and would write over a second one)
        saved = SavedFilters.load(window.ctx.paths.data / "issue_columns.json")
        self.chooser = ColumnChooser(self.table, self.columns, saved, "issues")
        bar.add_buttons(self.chooser.button(self), self.exporter.button, self.new_button)
        layout.addWidget(bar)

        self.side = DetailSide(self.tr("Select an issue"))
        side_layout = self.side.body
        self.sheet_link = SheetLink(window, "contractor_issues")  # "On sheet A-101 (rev C)"
        side_layout.addWidget(self.sheet_link)
        status_row = QHBoxLayout()
        self.close_button = QPushButton(self.tr("Close issue"))
        self.reopen_button = QPushButton(self.tr("Reopen"))
        self.void_button = QPushButton(self.tr("Void"))
        self.close_button.clicked.connect(lambda: self.set_status(IssueStatus.CLOSED.value))
        self.reopen_button.clicked.connect(lambda: self.set_status(IssueStatus.OPEN.value))
        self.void_button.clicked.connect(lambda: self.set_status(IssueStatus.VOID.value))
        for b in (self.close_button, self.reopen_button, self.void_button):
            status_row.addWidget(b)
        status_row.addStretch(1)
        side_layout.addLayout(status_row)
        # The evidence first: the photos sit above the thread, in view at 1366x768.
        self.add_photo_strip(side_layout, "issue")
        side_layout.addWidget(QLabel(self.tr("<b>Response thread</b>")))
        self.thread_list = QListWidget()
        self.thread_list.setWordWrap(True)
        self.thread_list.setAlternatingRowColors(True)
        self.thread_list.setMinimumHeight(48)  # room for the photos on a 720 px screen
        # It takes what is left, not its default height: the reply stays in view.
        self.thread_list.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        side_layout.addWidget(self.thread_list, 2)
        self.reply = SubmitTextEdit()
        self.reply.submitted.connect(self.send_reply)
        self.reply.setPlaceholderText(self.tr("Write a reply (Ctrl+Enter sends)"))
        self.reply.setMaximumHeight(64)  # three lines; it grows the thread, not the pane
        side_layout.addWidget(self.reply)
        reply_row = QHBoxLayout()
        self.reply_errors = FieldErrors(QLabel())
        self.from_contractor = QCheckBox(self.tr("Recorded on behalf of the contractor"))
        self.send_button = QPushButton(self.tr("&Send reply"))
        self.send_button.clicked.connect(self.send_reply)
        reply_row.addWidget(self.from_contractor)
        reply_row.addStretch(1)
        reply_row.addWidget(self.send_button)
        side_layout.addLayout(reply_row)
        assert self.reply_errors.general is not None
        side_layout.addWidget(self.reply_errors.general)
        side_layout.addWidget(QLabel(self.tr("<b>Links and history</b>")))
        self.links = QListWidget()
        self.links.setWordWrap(True)
        self.links.setMinimumHeight(48)
        self.links.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        side_layout.addWidget(self.links, 1)
        add_shortcut(self.reply, self.tr("Send the reply"), "Ctrl+Return", self.send_reply)
        add_shortcut(self, self.tr("New issue"), "Ctrl+Shift+N", self.new_issue)

        side = scrolling(self.side)  # links and history below the thread scroll into view
        side.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.split = side_by_side(self.table, side)
        layout.addWidget(self.split, 1)
        self.empty_state = EmptyState(
            self.tr("No contractor issues in this project yet"),
            self.tr(
                "Contractor issues are the observations, non-conformance reports and "
                "requests for information you raise with a contractor, each with its "
                "response thread, due date and who has the ball. Failed inspection items "
                "can raise them too."
            ),
            self.tr("Raise the first issue…"),
        )
        self.empty_state.button.clicked.connect(self.new_issue)
        self.empty_state.hide()
        layout.addWidget(self.empty_state, 1)

        self.new_button.clicked.connect(self.new_issue)
        self.follow(bar, ("contractor_issues", "issue_status_events", "comments", "record_links"))

    def has_unsaved(self) -> bool:
        return bool(self.reply.toPlainText().strip())

    def _project_set(self, project_id: str) -> None:
        store = self.window_.ctx.store
        self.feed.fetch(
            lambda: listings.choices(store, project_id), lambda c: setattr(self, "choices", c)
        )

    def current_filter(self) -> IssueFilter:
        return IssueFilter(
            statuses=one_of(self.status_box), types=one_of(self.type_box), text=self.search.text()
        )

    def _query(self, project_id: str) -> Callable[[], list[IssueRow]]:
        store, f = self.window_.ctx.store, self.current_filter()
        return lambda: issue_queries.issue_list(
            store, project_id, types=f.types, statuses=f.statuses, text=f.text
        )

    def _loaded(self, rows: list[IssueRow]) -> None:
        self.keep(rows)
        empty = not rows and self.current_filter() == IssueFilter()
        self.empty_state.setVisible(empty)
        self.split.setVisible(not empty)

    def read_detail(self, store: Store, record_id: str) -> IssueDetail:
        return issue_queries.issue_detail(store, record_id)

    def _show_detail(self, detail: IssueDetail | None) -> None:
        self.thread_list.clear()
        self.links.clear()
        self.sheet_link.load(detail.row.id if detail else None)
        on = detail is not None
        for w in (self.reply, self.send_button, self.from_contractor):
            w.setEnabled(on)
        if detail is None:
            self.side.clear()
            for b in (self.close_button, self.reopen_button, self.void_button):
                b.setEnabled(False)
            return
        r = detail.row
        due = day(r.due_date) or self.tr("no due date")
        if r.overdue:
            due = self.tr("<b style='color:#C62828'>{due} (overdue)</b>").format(due=due)
        self.side.show_record(
            r.number,
            r.title,
            self.tr(
                "{type} · severity {severity} · <b>{status}</b><br>Ball in court: <b>{ball}</b> · "
                "due {due}<br>{contractor} · {location}<br>{spec}<br>{description}"
            ).format(
                type=value_label(r.issue_type),
                severity=value_label(r.severity),
                status=value_label(r.status),
                ball=value_label(r.ball_in_court),
                due=due,
                contractor=r.contractor or self.tr("no contractor"),
                location=detail.location or self.tr("no location"),
                spec=detail.spec_reference or "",
                description=detail.description or "",
            ),
        )
        for c in detail.thread:
            who = self.tr("{author} (contractor)") if c.is_response else "{author}"
            self.thread_list.addItem(f"{who.format(author=c.author)} · {when(c.at)}\n{c.body}")
        for link in detail.links:
            self.links.addItem(f"↗ {value_label(link.record_type)}: {link.label} ({link.relation})")
        for e in detail.history:
            text = f"{when(e.at)}  {value_label(e.from_status) or '∅'} → {value_label(e.to_status)}"
            if e.note:
                text += f" · {e.note}"
            self.links.addItem(text)
        closed = r.status in ("closed", "void")
        self.close_button.setEnabled(r.status in ("open", "responded"))
        self.reopen_button.setEnabled(r.status in ("closed", "responded"))
        self.void_button.setEnabled(r.status != "void")
        for w in (self.reply, self.send_button, self.from_contractor):
            w.setEnabled(not closed)

    def send_reply(self) -> None:
        d = self.detail
        body = self.reply.toPlainText().strip()
        if d is None or not body or not self.send_button.isEnabled():
            return
        store = self.window_.ctx.store
        from_contractor = self.from_contractor.isChecked()
        author = (
            d.row.contractor or self.tr("Contractor")
            if from_contractor
            else self.window_.ctx.settings.identity.display_name or self.tr("Owner's rep")
        )
        issue_id = d.row.id
        self.reply_errors.clear()

        def sent(_done: Any) -> None:
            self.reply.clear()
            self.from_contractor.setChecked(False)

        def refused(error: DomainError) -> None:
            self.reply_errors.show(error)

        self.window_.call_form(
            lambda: issues.add_response(
                store, issue_id, body, author_name=author, from_contractor=from_contractor
            ),
            sent,
            refused,
        )

    def set_status(self, target: str) -> None:
        d = self.detail
        if d is None:
            return
        store = self.window_.ctx.store
        issue_id = d.row.id
        self.window_.call_form(
            lambda: issues.change_status(store, issue_id, target),
            lambda _d: None,
            lambda e: self.window_.show_error(user_message(e)),
        )

    def write_controls(self) -> list[QWidget]:
        return [
            self.new_button,
            self.empty_state.button,
            self.close_button,
            self.reopen_button,
            self.void_button,
            self.reply,
            self.from_contractor,
            self.send_button,
        ]

    def new_issue(self) -> None:
        if self.project_id is not None and self.new_button.isEnabled():
            NewIssueDialog(self.window_, self.project_id, self.choices).open()
