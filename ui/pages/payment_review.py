"""The review of one payment application: the G703 lines with, side by side, the claim
and the evidence (schedule %, diary days and worker-days, open NCRs and punch items),
over-claims flagged in colour and in words; the decision of each line; the G702 summary
of the review's figures (it follows every decision); the evidence of the line selected.

While the application is a draft the claim cells (work this period, stored materials)
are edited in the table; the page's controller writes them.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QWidget,
)

from executrek.models.records.cost.certificate import G702, G703Line
from executrek.models.records.cost.evidence import LineEvidence
from executrek.models.records.cost.queries import Certificate, PayAppLineRow
from executrek.models.records.cost.vocab import LineDecision
from executrek.ui.labels import RAG_COLOURS, STATUS_COLOURS, money
from executrek.ui.pages.cost_labels import pct, word
from executrek.ui.widgets.action_row import ActionRow
from executrek.ui.widgets.adaptive_splitter import AdaptiveSplitter
from executrek.ui.widgets.columns import Column
from executrek.ui.widgets.pane_layout import flush_column, headed_column
from executrek.ui.widgets.record_list import record_table, scrolling
from executrek.ui.widgets.rows_model import RowsModel

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class ReviewLine:
    """A line of the application: its row, its G703 figures (the review's) and its
    evidence."""

    line: PayAppLineRow
    g703: G703Line
    evidence: LineEvidence | None

    @property
    def id(self) -> str:
        return self.line.id

    @property
    def over_claim(self) -> bool:
        return self.evidence is not None and self.evidence.over_claim


class Col(enum.IntEnum):
    """The claim and its evidence first (what the review is about), then the G703
    money columns."""

    ITEM = 0
    DESCRIPTION = 1
    CLAIMED_PCT = 2
    SCHEDULE_PCT = 3
    CHECK = 4
    DIARY = 5
    DEFECTS = 6
    DECISION = 7
    APPROVED = 8
    WORK = 9
    STORED = 10
    SCHEDULED = 11
    PREVIOUS = 12
    REASON = 13


EDITABLE = (Col.WORK, Col.STORED)
# Sized to their contents by ``ReviewPane.fit_columns`` (the description keeps its width
# and the user's, the reason takes the room left).
FITTED = tuple(c for c in Col if c not in (Col.DESCRIPTION, Col.REASON))


class ReviewModel(RowsModel[ReviewLine]):
    """The G703 lines; the claim cells are editable while ``editable``."""

    claim_edited = Signal(str, str, str)  # line id, work text, stored text

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__([], parent)
        self.columns = self.make_columns("")
        self.editable = False

    def make_columns(self, currency: str) -> list[Column[ReviewLine]]:

        def amount(value: Callable[[ReviewLine], Decimal | None]) -> Callable[[ReviewLine], str]:
            return lambda r: "" if (v := value(r)) is None else money(v)

        def flag(r: ReviewLine) -> str | None:
            return RAG_COLOURS["red"] if r.over_claim else None

        def c(key: Col, title: str, text: Any, **kw: Any) -> Column[ReviewLine]:
            return Column(key.name.lower(), title, text, **kw)

        decided = {d.value: word(d.value) for d in LineDecision}  # said once, not per cell

        columns = {
            Col.ITEM: c(Col.ITEM, self.tr("Item"), lambda r: r.line.item),
            Col.DESCRIPTION: c(Col.DESCRIPTION, self.tr("Description"), lambda r: r.line.description),
            Col.CLAIMED_PCT: c(
                Col.CLAIMED_PCT, self.tr("Claimed\n%"), lambda r: pct(claimed_pct(r)), right=True,
                colour=flag,
            ),
            Col.SCHEDULE_PCT: c(
                Col.SCHEDULE_PCT, self.tr("Schedule\n%"), self.schedule_text, right=True,
                tooltip=lambda r: ", ".join(r.evidence.activity_codes) if r.evidence else None,
            ),
            Col.CHECK: c(
                Col.CHECK, self.tr("Check"), self.check_text, colour=flag,
                tooltip=lambda r: self.check_tip(r, currency),
            ),
            Col.DIARY: c(Col.DIARY, self.tr("Diary\ndays · workers"), diary_text, right=True),
            Col.DEFECTS: c(Col.DEFECTS, self.tr("Open\nNCRs · punch"), defects_text, right=True),
            Col.DECISION: c(
                Col.DECISION, self.tr("Decision"),
                lambda r: decided.get(r.line.decision) or word(r.line.decision),
                colour=lambda r: STATUS_COLOURS.get(decision_tone(r.line.decision)),
            ),
            Col.APPROVED: c(Col.APPROVED, self.tr("Approved"), amount(approved), right=True),
            Col.WORK: c(
                Col.WORK, self.tr("Work\n(E)"), amount(lambda r: r.line.claimed_work), right=True,
                tooltip=lambda _r: self.tr("Work claimed this period"),
            ),
            Col.STORED: c(
                Col.STORED, self.tr("Stored\n(F)"), amount(lambda r: r.line.claimed_stored), right=True,
                tooltip=lambda _r: self.tr("Materials presently stored, as claimed"),
            ),
            Col.SCHEDULED: c(
                Col.SCHEDULED, self.tr("Scheduled\n(C)"), amount(lambda r: r.g703.scheduled), right=True
            ),
            Col.PREVIOUS: c(
                Col.PREVIOUS, self.tr("Previous\n(D)"), amount(lambda r: r.g703.previous), right=True
            ),
            Col.REASON: c(Col.REASON, self.tr("Reason"), lambda r: r.line.reason or ""),
        }  # fmt: skip
        return [columns[col] for col in Col]

    def set_currency(self, currency: str) -> None:
        self.columns = self.make_columns(currency)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if self.editable and index.isValid() and index.column() in EDITABLE:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.EditRole and index.isValid():
            line = self.row_at(index.row()).line
            value = line.claimed_work if index.column() == Col.WORK else line.claimed_stored
            return f"{value:f}"
        return super().data(index, role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not self.editable or index.column() not in EDITABLE:
            return False
        line = self.row_at(index.row()).line
        work, stored = f"{line.claimed_work:f}", f"{line.claimed_stored:f}"
        if index.column() == Col.WORK:
            work = str(value)
        else:
            stored = str(value)
        self.claim_edited.emit(line.id, work, stored)
        return True

    def schedule_text(self, r: ReviewLine) -> str:
        e = r.evidence
        if e is None or e.schedule_pct is None:
            return self.tr("no activity") if e is not None and not e.activity_codes else "—"
        return pct(e.schedule_pct)

    def check_text(self, r: ReviewLine) -> str:
        """The over-claim in words (never colour alone)."""
        e = r.evidence
        if e is None:
            return ""
        if e.over_claim and e.over_by_pct is not None:
            return self.tr("⚠ Over-claim +{points} pts").format(points=f"{e.over_by_pct:.1f}")
        if e.schedule_pct is None:
            return self.tr("no schedule evidence")
        return self.tr("✓ within evidence")

    def check_tip(self, r: ReviewLine, currency: str) -> str | None:
        e = r.evidence
        if e is None or not e.suggested_withholding:
            return None
        return self.tr("Suggested withholding {amount}").format(
            amount=money(e.suggested_withholding, currency)
        )


def claimed_pct(r: ReviewLine) -> Decimal | None:
    """The claim's % complete (G of the claim ÷ C), as the evidence computed it."""
    if r.evidence is not None:
        return r.evidence.claimed_pct
    return r.g703.pct


def diary_text(r: ReviewLine) -> str:
    e = r.evidence
    return "" if e is None else f"{e.diary_days} · {e.diary_workers}"


def defects_text(r: ReviewLine) -> str:
    e = r.evidence
    return "" if e is None else f"{e.open_ncrs} · {e.open_punch}"


def approved(r: ReviewLine) -> Decimal | None:
    line = r.line
    if line.approved_work is None and line.approved_stored is None:
        return None
    return (line.approved_work or Decimal(0)) + (line.approved_stored or Decimal(0))


def decision_tone(decision: str) -> str:
    return {"approved": "approved", "reduced": "pending", "rejected": "rejected"}.get(
        decision, "draft"
    )


G702_ROWS = (
    ("original_sum", QT_TRANSLATE_NOOP("G702Panel", "1. Original contract sum")),
    ("net_change", QT_TRANSLATE_NOOP("G702Panel", "2. Net change by change orders")),
    ("contract_sum", QT_TRANSLATE_NOOP("G702Panel", "3. Contract sum to date")),
    ("completed_to_date", QT_TRANSLATE_NOOP("G702Panel", "4. Completed and stored to date")),
    ("retainage_work", QT_TRANSLATE_NOOP("G702Panel", "5a. Retainage on work")),
    ("retainage_stored", QT_TRANSLATE_NOOP("G702Panel", "5b. Retainage on stored materials")),
    ("retainage_released", QT_TRANSLATE_NOOP("G702Panel", "Retainage released")),
    ("retainage_total", QT_TRANSLATE_NOOP("G702Panel", "5. Total retainage")),
    ("earned_less_retainage", QT_TRANSLATE_NOOP("G702Panel", "6. Earned less retainage")),
    ("previous_certificates", QT_TRANSLATE_NOOP("G702Panel", "7. Previous certificates")),
    ("withholding", QT_TRANSLATE_NOOP("G702Panel", "Withheld for defects")),
    ("payment_due", QT_TRANSLATE_NOOP("G702Panel", "8. Current payment due")),
    ("balance_to_finish", QT_TRANSLATE_NOOP("G702Panel", "9. Balance to finish")),
)


class G702Panel(QWidget):
    """The certificate's summary (G702) of the review's figures, with the currency."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = flush_column(self)
        heading = QLabel(self.tr("Certificate (G702)"))
        heading.setObjectName("sectionTitle")
        layout.addWidget(heading)
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(3)
        grid.setColumnStretch(0, 1)
        self.values: dict[str, QLabel] = {}
        for row, (key, caption) in enumerate(G702_ROWS):
            text = QLabel(self.tr(str(caption)))
            text.setWordWrap(True)
            value = QLabel("—")
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            value.setAccessibleName(self.tr(str(caption)))
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            if key == "payment_due":
                for label in (text, value):
                    label.setStyleSheet("font-weight: 700;")
            grid.addWidget(text, row, 0)
            grid.addWidget(value, row, 1)
            self.values[key] = value
        layout.addLayout(grid)
        self.claimed = QLabel()
        self.claimed.setWordWrap(True)
        self.claimed.setObjectName("muted")
        layout.addWidget(self.claimed)
        self.withholding_reason = QLabel()
        self.withholding_reason.setWordWrap(True)
        layout.addWidget(self.withholding_reason)
        layout.addStretch(1)

    def clear(self) -> None:
        for value in self.values.values():
            value.setText("—")
        self.claimed.clear()
        self.withholding_reason.clear()

    def show_summary(self, cert: Certificate, claimed: G702) -> None:
        c = cert.currency
        s = cert.summary
        for key, _caption in G702_ROWS:
            self.values[key].setText(money(getattr(s, key), c))
        self.claimed.setText(
            self.tr("As claimed by the contractor: payment due {amount}.").format(
                amount=money(claimed.payment_due, c)
            )
        )
        self.withholding_reason.setText(
            self.tr("Withheld because: {reason}").format(reason=cert.withholding_reason)
            if cert.withholding_reason
            else ""
        )


class ReviewPane(QWidget):
    """The application selected: its heading, actions, lines, summary and evidence."""

    line_changed = Signal(object)  # the ReviewLine selected, None when none

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currency = ""
        layout, self.heading = headed_column(self)
        self.action_row = ActionRow()
        self.buttons: dict[str, QPushButton] = {}
        for key, text, primary in (
            ("approve", self.tr("&Approve line"), True),
            ("reduce", self.tr("Re&duce line…"), True),
            ("reject_line", self.tr("Re&ject line…"), True),
            ("certify", self.tr("&Certify…"), True),
            ("withhold", self.tr("&Withhold…"), False),
            ("release", self.tr("Re&lease retainage…"), False),
            ("submit", self.tr("Su&bmit for review"), False),
            ("revise", self.tr("Back to dra&ft"), False),
            ("reject", self.tr("Return to contractor…"), False),
            ("void", self.tr("&Void…"), False),
        ):
            button = QPushButton(text)
            self.action_row.add(button, primary=primary)
            self.buttons[key] = button
        self.certify_button = self.buttons["certify"]
        self.certify_button.setObjectName("primaryAction")
        self.release_button = self.buttons["release"]
        self.release_button.setToolTip(self.tr("Pay back retainage held, with this application"))
        layout.addWidget(self.action_row)
        self.model = ReviewModel(self)
        self.table = record_table(
            self.model, sortable=False, wide_column=1, wide_width=150, row_height=28
        )
        self.table.setAccessibleName(self.tr("Lines of the application (G703)"))
        header = self.table.horizontalHeader()
        for col in FITTED:  # fitted once per review, not by Qt on every layout pass
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.summary = G702Panel()
        self.evidence = QLabel()
        self.evidence.setWordWrap(True)
        self.evidence.setTextFormat(Qt.TextFormat.PlainText)
        self.evidence.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.evidence.setAccessibleName(self.tr("Evidence of the line selected"))
        evidence = scrolling(self.evidence)
        evidence.setMinimumHeight(60)
        evidence.setMaximumHeight(130)
        lines = QWidget()  # the lines, and under them what the site says of the one selected
        column = flush_column(lines)
        column.addWidget(self.table, 1)
        column.addWidget(evidence)
        self.side = scrolling(self.summary)
        self.side.setMinimumWidth(280)
        self.side.setMaximumWidth(380)
        layout.addWidget(AdaptiveSplitter(lines, self.side, breakpoint=880, shares=(4, 1)), 1)
        self.table.selectionModel().currentRowChanged.connect(self._current)
        self.clear()

    def clear(self) -> None:
        self.heading.setText(self.tr("Select a payment application to review it"))
        self.model.editable = False
        self.model.set_rows([])
        self.fit_columns()
        self.summary.clear()
        self.evidence.clear()
        for button in self.buttons.values():
            button.setEnabled(False)

    def fit_columns(self) -> None:
        """Each fitted column as wide as its header and its widest cell, as Qt's
        ResizeToContents makes it, measured once: Qt asks the delegate for the size of
        every cell (300 lines × 12 columns, each a round of the model's roles) on every
        layout pass, which took most of the review's first paint. The widest text of a
        column is found with the font's metrics, then sized by the delegate like Qt's."""
        table, model = self.table, self.model
        header = table.horizontalHeader()
        metrics = table.fontMetrics()
        grid = 1 if table.showGrid() else 0
        rows = model.rows()
        for col in FITTED:
            width = header.sectionSizeHint(col)
            if rows:
                text_of = model.columns[col].text
                first: dict[str, int] = {}
                for n, r in enumerate(rows):
                    first.setdefault(text_of(r), n)
                widest = max(first, key=metrics.horizontalAdvance)
                cell = table.sizeHintForIndex(model.index(first[widest], col))
                width = max(width, cell.width() + grid)
            lo, hi = header.minimumSectionSize(), header.maximumSectionSize()
            header.resizeSection(col, min(max(width, lo), hi))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        fonts = (QEvent.Type.FontChange, QEvent.Type.StyleChange)
        if event.type() in fonts and hasattr(self, "table"):  # built: refit to the new font
            self.fit_columns()

    def _current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        line = self.model.row_at(current.row()) if current.isValid() else None
        self.show_evidence(line)
        self.line_changed.emit(line)

    def selected_line(self) -> ReviewLine | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def select_line(self, line_id: str) -> None:
        row = self.model.find(line_id)
        if row >= 0:
            self.table.selectRow(row)

    def enable(self, status: str) -> None:
        line = self.selected_line()
        review = status == "under_review"
        on = {
            "certify": review,
            "approve": review and line is not None,
            "reduce": review and line is not None,
            "reject_line": review and line is not None,
            "withhold": status in ("draft", "under_review"),
            "release": status in ("draft", "under_review"),
            "submit": status == "draft",
            "revise": status in ("under_review", "rejected"),
            "reject": review,
            "void": status in ("draft", "under_review", "rejected"),
        }
        for key, button in self.buttons.items():
            button.setEnabled(on[key])

    def show_lines(self, lines: Sequence[ReviewLine], currency: str, editable: bool) -> None:
        keep = self.selected_line()
        self.currency = currency
        self.model.editable = editable
        self.model.set_currency(currency)
        self.model.set_rows(lines)
        self.fit_columns()
        if keep is not None and self.model.find(keep.id) >= 0:
            self.select_line(keep.id)
        elif lines:  # the first line still to decide (else the first): ready to review
            first = next((r for r in lines if r.line.decision == "pending"), lines[0])
            self.select_line(first.id)
        self.show_evidence(self.selected_line())

    def show_evidence(self, r: ReviewLine | None) -> None:
        if r is None:
            self.evidence.setText(self.tr("Select a line to see what the site records say."))
            return
        e = r.evidence
        parts = [f"{r.line.item} · {r.line.description}"]
        if e is None:
            self.evidence.setText(parts[0])
            return
        parts.append(
            self.tr("Claimed {claimed} complete; the schedule says {schedule}.").format(
                claimed=pct(e.claimed_pct) or "—",
                schedule=pct(e.schedule_pct) or self.tr("nothing (no linked activity)"),
            )
        )
        if e.over_claim:
            parts.append(
                self.tr("Over-claimed by {points} percentage points.").format(
                    points=f"{e.over_by_pct:.1f}"
                )
            )
        if e.activity_codes:
            parts.append(self.tr("Activities: {codes}").format(codes=", ".join(e.activity_codes)))
        parts.append(
            self.tr(
                "Diary in the period: {days} days with the contractor on site, {workers} "
                "worker-days."
            ).format(days=e.diary_days, workers=e.diary_workers)
        )
        parts.append(
            self.tr("Open: {ncrs} non-conformances, {punch} punch items.").format(
                ncrs=e.open_ncrs, punch=e.open_punch
            )
        )
        if e.suggested_withholding:
            parts.append(
                self.tr("Suggested withholding: {amount}.").format(
                    amount=money(e.suggested_withholding, self.currency)
                )
            )
        parts.extend(f"• {note}" for note in e.diary_work_notes[:8])
        self.evidence.setText("\n".join(parts))
