"""What the payment applications page does: read the project's applications, and the one
selected as its review (``queries.review_read``: the G702/G703 figures of
``certificate_of``, the claim's too, and the lines, read once; ``evidence.evidence_of``
for each line's evidence, over-claims by the settings' ``thresholds.over_claim_pct``) off
the GUI thread; run the claim, the line decisions, withholding, releasing retainage,
submit, certify, reject and void, each through ``payments``. Refusals are said on the
page's message line in one line. The page refreshes from the window's ``changed`` signal.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal

from executrek.app.messages import user_message
from executrek.models.errors import DomainError
from executrek.models.records.cost import payments, queries
from executrek.models.records.cost.certificate import G702
from executrek.models.records.cost.evidence import evidence_of
from executrek.models.records.cost.queries import Certificate, CommitmentRow, PayAppRow
from executrek.models.services import projects
from executrek.models.store import Store
from executrek.ui.pages.cost_labels import parse_money, setting_pct
from executrek.ui.pages.page_feed import ListedRow, project_read
from executrek.ui.pages.payment_dialogs import (
    ApplicationReasonDialog,
    CertifyDialog,
    LineDecisionDialog,
    NewApplicationDialog,
    ReleaseDialog,
    WithholdDialog,
    actor,
)
from executrek.ui.pages.payment_review import ReviewLine
from executrek.ui.widgets.record_list import FedController

if TYPE_CHECKING:
    from executrek.ui.main_window import MainWindow
    from executrek.ui.pages.payments_page import PaymentsPage

WATCHED = (
    "projects",
    "commitments",
    "sov_lines",
    "change_orders",
    "pay_applications",
    "pay_application_lines",
    "pay_application_events",
)
# What a line's evidence reads besides (the review is read again when one changes).
EVIDENCE = (
    "sov_activities",
    "schedule_updates",
    "schedule_activities",
    "diary_days",
    "diary_manpower",
    "diary_work",
    "contractor_issues",
    "punch_items",
)


@dataclass(frozen=True)
class Listed(ListedRow[PayAppRow]):
    """An application as the list shows it, with what is claimed this period: work this
    period plus the change in stored materials (G of the claim less G certified before)."""

    claimed: Decimal


@dataclass(frozen=True)
class PayList:
    currency: str
    listed: tuple[Listed, ...]
    commitments: tuple[CommitmentRow, ...]  # executed: those an application can be for


def read_list(store: Store, project_id: str) -> PayList:
    currency = projects.find_project(store, project_id).currency
    with store.read() as s:
        listed = []
        for row in queries.list_pay_applications(s, project_id):
            lines = queries.pay_app_lines(s, row.id)
            claimed = sum(
                (ln.claimed_work + ln.claimed_stored - ln.previous_stored for ln in lines),
                Decimal(0),
            )
            listed.append(Listed(row, claimed))
        executed = tuple(queries.executed_commitments(s, project_id))
    return PayList(currency, tuple(listed), executed)


@dataclass(frozen=True)
class Review:
    cert: Certificate  # the review's figures (approved, the claim where undecided)
    claimed: G702  # the contractor's
    lines: tuple[ReviewLine, ...]

    @property
    def suggested_withholding(self) -> Decimal:
        return sum(
            (r.evidence.suggested_withholding for r in self.lines if r.evidence is not None),
            Decimal(0),
        )


def read_review(store: Store, app_id: str, *, threshold_pct: Decimal) -> Review:
    """The review of application ``app_id``; a line over-claims when its claimed % is
    more than ``threshold_pct`` points above the schedule's."""
    with store.read() as s:
        read = queries.review_read(s, app_id)
        evidence = {e.line_id: e for e in evidence_of(s, app_id, threshold_pct=threshold_pct)}
    cert = read.review
    g703 = {g.line_id: g for g in cert.lines}
    lines = tuple(ReviewLine(r, g703[r.id], evidence.get(r.id)) for r in read.lines if r.id in g703)
    return Review(cert, read.claimed.summary, lines)


class PaymentsController(FedController["PaymentsPage"]):
    list_loaded = Signal()
    review_loaded = Signal()

    def __init__(self, window: MainWindow, page: PaymentsPage) -> None:
        super().__init__(window, page)
        self.found: PayList | None = None
        self.selected: Listed | None = None
        self.review: Review | None = None
        self._asked = 0

    @property
    def currency(self) -> str:
        return self.found.currency if self.found is not None else ""

    def start(self) -> None:
        self.window_.changed.connect(self._changed)
        self.window_.settings_changed.connect(self.load_review)  # the over-claim threshold
        self.follow(WATCHED, project_read(self.window_, read_list), self._loaded, self._project_set)

    # --- reads ---------------------------------------------------------------------------
    def _project_set(self, _project_id: str) -> None:
        self.found = None
        self.selected = None
        self.review = None
        self.page.clear()

    def _loaded(self, found: PayList) -> None:
        self.found = found
        self.page.show_list(found)
        self.list_loaded.emit()

    def _changed(self, changes: Any) -> None:
        """Evidence changed elsewhere (a diary, an NCR): read the review again (the
        feed reloads the list, and the review with it, for the page's own tables)."""
        if (
            self.selected is not None
            and changes.touches(*EVIDENCE)
            and not changes.touches(*WATCHED)
        ):
            self.load_review()

    def select(self, listed: Listed | None) -> None:
        self.selected = listed
        if listed is None:
            self.review = None
            self.page.review.clear()
            return
        self.load_review()

    def load_review(self) -> None:
        listed = self.selected
        if listed is None:
            return
        self._asked += 1
        asked, store, app_id = self._asked, self.store, listed.id
        threshold = setting_pct(self.window_.ctx.settings.thresholds.over_claim_pct)

        def shown(found: Review) -> None:
            if asked == self._asked:
                self.review = found
                self.page.show_review(found)
                self.review_loaded.emit()

        self.window_.call(
            lambda: read_review(store, app_id, threshold_pct=threshold), shown, on_error=self.say
        )

    # --- writes --------------------------------------------------------------------------
    def say(self, text: str) -> None:
        self.page.show_message(text)

    def refused(self, error: DomainError) -> None:
        self.page.show_message(user_message(error))

    def _write(self, work: Callable[[], Any], done: Callable[[Any], None] | None = None) -> None:
        self.page.show_message("")
        self.window_.call_form(work, done or (lambda _r: None), self.refused, on_error=self.say)

    def _open(self, dialog: Any) -> Any:
        self.page.show_message("")
        self.page.dialog = dialog
        dialog.open()
        return dialog

    def new_application(self) -> NewApplicationDialog | None:
        if self.found is None:
            return None
        chosen = self.selected.row.commitment_id if self.selected is not None else None
        dialog = NewApplicationDialog(self.window_, self.found.commitments, chosen=chosen)
        dialog.accepted.connect(lambda: self.page.want(dialog.created))
        return self._open(dialog)

    def claim(self, line_id: str, work: str, stored: str) -> None:
        store = self.store
        w, f = parse_money(work), parse_money(stored)
        self._write(lambda: payments.claim_line(store, line_id, work=w, stored=f))

    def submit(self) -> None:
        if self.review is None:
            return
        store, app_id, name = self.store, self.review.cert.id, actor(self.window_) or None
        self._write(lambda: payments.submit_for_review(store, app_id, actor_name=name))

    def revise(self) -> None:
        if self.review is None:
            return
        store, app_id, name = self.store, self.review.cert.id, actor(self.window_) or None
        self._write(lambda: payments.revise_application(store, app_id, actor_name=name))

    def approve_line(self) -> None:
        line = self.page.review.selected_line()
        if line is None or self.review is None or self.review.cert.status != "under_review":
            return
        store, line_id, name = self.store, line.id, actor(self.window_)
        after = self._next_line(line.id)

        def done(_r: Any) -> None:
            if after is not None:
                self.page.review.select_line(after)

        self._write(lambda: payments.decide_line(store, line_id, "approved", actor_name=name), done)

    def _next_line(self, line_id: str) -> str | None:
        """The next line still to decide after ``line_id`` (keyboard review)."""
        if self.review is None:
            return None
        ids = [r.id for r in self.review.lines]
        later = ids[ids.index(line_id) + 1 :] if line_id in ids else []
        pending = {r.id for r in self.review.lines if r.line.decision == "pending"}
        return next((i for i in later if i in pending), None)

    def decide(self, decision: str) -> LineDecisionDialog | None:
        line = self.page.review.selected_line()
        if line is None or self.review is None or self.review.cert.status != "under_review":
            return None
        return self._open(LineDecisionDialog(self.window_, line.line, decision, self.currency))

    def withhold(self) -> WithholdDialog | None:
        r = self.review
        if r is None:
            return None
        row = self.selected.row if self.selected is not None else None
        return self._open(
            WithholdDialog(
                self.window_,
                r.cert,
                current=r.cert.summary.withholding,
                reason=row.withholding_reason if row is not None else None,
                suggested=r.suggested_withholding,
            )
        )

    def release(self) -> ReleaseDialog | None:
        """Release retainage: what the contract holds before this application's release
        (5a + 5b less what earlier certificates released) is proposed."""
        r, listed = self.review, self.selected
        if r is None or listed is None or r.cert.status not in ("draft", "under_review"):
            return None
        current = listed.row.retainage_released
        return self._open(
            ReleaseDialog(
                self.window_,
                r.cert,
                held=r.cert.summary.retainage_total + current,
                current=current,
            )
        )

    def certify(self) -> CertifyDialog | None:
        r = self.review
        if r is None or r.cert.status != "under_review":
            return None
        return self._open(
            CertifyDialog(
                self.window_,
                r.cert.id,
                r.cert.number,
                r.cert.contractor,
                r.cert.summary.payment_due,
                r.cert.currency,
                self.page.show_message,
            )
        )

    def reason_for(self, action: str) -> ApplicationReasonDialog | None:
        r = self.review
        if r is None:
            return None
        return self._open(ApplicationReasonDialog(self.window_, r.cert.id, r.cert.number, action))
