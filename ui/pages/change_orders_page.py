"""Change orders: the register (one row per change, opened to its change event, request
and change order; ``co_tree``) with the project's budget roll-up always visible, the
detail of the tier selected (lines, events) and the workflow actions on that tier
(submit, approve with signature, reject, revise, void, promote to the next tier)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QInputDialog,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from executrek.app import list_columns_change_orders as co_list
from executrek.app.messages import user_message
from executrek.app.permissions import Action
from executrek.models.records.change_order import queries as co_queries
from executrek.models.records.change_order import service as change_orders
from executrek.models.records.change_order.chains import ChangeChain, change_order_chains
from executrek.models.records.change_order.model import COStatus
from executrek.models.records.change_order.queries import (
    ChangeOrderDetail,
    ChangeOrderFilter,
    ChangeOrderRow,
)
from executrek.models.records.change_order.service import BudgetRollup
from executrek.models.services import listings
from executrek.models.services.listings import Choice
from executrek.models.store import Store
from executrek.ui.labels import STATUS_COLOURS, money, value_label, when
from executrek.ui.pages.co_dialogs import ApproveDialog, ChangeOrderEditor
from executrek.ui.pages.co_tree import ChainModel, ChainSelection, ChainView
from executrek.ui.pages.record_page import RecordPage
from executrek.ui.widgets.action_row import ActionRow
from executrek.ui.widgets.figure_strip import FigureStrip
from executrek.ui.widgets.list_export import ListExporter
from executrek.ui.widgets.page_text import page_title
from executrek.ui.widgets.permission_gate import Need
from executrek.ui.widgets.record_list import (
    DetailSide,
    FilterBar,
    add_shortcut,
    one_of,
    side_by_side,
)

if TYPE_CHECKING:
    from executrek.ui.main_window import MainWindow


class RollupStrip(FigureStrip):
    """Original, approved, pending, revised and contingency, side by side (wrapping onto
    a second line on a laptop instead of widening the window)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            (
                ("original", self.tr("Original contract")),
                ("approved", self.tr("Approved changes")),
                ("pending", self.tr("Pending exposure")),
                ("revised", self.tr("Revised contract")),
                ("contingency", self.tr("Contingency left")),
                ("days", self.tr("Schedule impact")),
            ),
            parent=parent,
        )

    def show_rollup(self, r: BudgetRollup) -> None:
        c = r.currency
        self.values["original"].setText(money(r.original_contract, c))
        self.values["approved"].setText(f"{money(r.approved_changes, c)} ({r.percent_change:+}%)")
        self.values["pending"].setText(money(r.pending_exposure, c))
        self.values["revised"].setText(money(r.revised_contract, c))
        self.values["contingency"].setText(
            f"{money(r.contingency_remaining, c)} / {money(r.contingency, c)}"
        )
        self.values["days"].setText(
            self.tr("+{approved} d approved · +{pending} d pending").format(
                approved=r.approved_schedule_days, pending=r.pending_schedule_days
            )
        )


class ChangeOrdersPage(RecordPage[ChangeOrderRow, ChangeOrderDetail]):
    chain_selection: ChainSelection

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window, co_list.SCREEN)
        # One row per change, opened to its tiers, instead of the flat table.
        model = ChainModel(self.columns, self)
        self.model = model  # type: ignore[assignment]
        self.table = ChainView(model)  # type: ignore[assignment]
        self.contractors: tuple[Choice, ...] = ()
        self.rollup: BudgetRollup | None = None
        self._reveal: str | None = None  # the record show_record opens, until it is shown
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        title = page_title(self.tr("Change orders"))
        layout.addWidget(title)
        self.strip = RollupStrip()
        layout.addWidget(self.strip)

        bar = FilterBar(self.tr("Search change orders"))
        self.search = bar.search
        # A change's status is its furthest tier's, never "promoted".
        self.status_box = bar.add_choice(
            self.tr("All statuses"), [s.value for s in COStatus if s is not COStatus.PROMOTED]
        )
        self.new_button = QPushButton(self.tr("&New change…"))
        self.exporter = ListExporter(window, self, "change-orders", self.current_filter)
        bar.add_buttons(self.exporter.button, self.new_button)
        layout.addWidget(bar)

        self.side = DetailSide(self.tr("Select a change order"))
        side_layout = self.side.body
        # Submit and approve stay in view; the rest go into "More" when the pane is narrow.
        actions = ActionRow()
        self.buttons: dict[str, QPushButton] = {}
        for key, text in (
            ("edit", self.tr("Edit…")),
            ("submit", self.tr("Submit")),
            ("submit_approve", self.tr("Submit and approve…")),
            ("approve", self.tr("Approve…")),
            ("reject", self.tr("Reject…")),
            ("revise", self.tr("Revise")),
            ("promote", self.tr("Next tier")),
            ("void", self.tr("Void…")),
        ):
            button = QPushButton(text)
            button.clicked.connect(lambda _c=False, k=key: self.action(k))
            actions.add(button, primary=key in ("edit", "submit", "submit_approve", "approve"))
            self.buttons[key] = button
        side_layout.addWidget(actions)
        side_layout.addWidget(QLabel(self.tr("<b>Line items</b>")))
        self.lines = QListWidget()
        side_layout.addWidget(self.lines, 1)
        side_layout.addWidget(QLabel(self.tr("<b>Events</b>")))
        self.events = QListWidget()
        self.events.setWordWrap(True)
        side_layout.addWidget(self.events, 1)
        self.add_photo_strip(side_layout, "change_order")

        layout.addWidget(side_by_side(self.table, self.side), 1)

        self.new_button.clicked.connect(self.new_change)
        self.table.activated.connect(lambda _i: self.action("edit"))
        add_shortcut(self, self.tr("New change order"), "Ctrl+Shift+N", self.new_change)
        add_shortcut(
            self,
            self.tr("Approve the selected change order"),
            "Ctrl+Shift+A",
            lambda: self.action("approve"),
        )
        self.follow(bar, ("change_orders", "change_order_lines", "change_order_events", "projects"))

    # --- data -----------------------------------------------------------------------
    def _keep_selection(self) -> ChainSelection:
        """The tree's: a tier is a row under its change, not a row of the list."""
        assert isinstance(self.table, ChainView) and isinstance(self.model, ChainModel)
        self.chain_selection = ChainSelection(
            self.table,
            self.model,
            lambda r: self.load_detail(r.id),
            lambda: self.show_detail(None),
        )
        return self.chain_selection

    def show_record(self, record_id: str) -> None:
        """Show ``record_id`` (any tier) and select its row once its detail is read
        (search, links, the change order an approval through every tier made)."""
        self._reveal = record_id
        self.load_detail(record_id)

    def _project_set(self, project_id: str) -> None:
        store = self.window_.ctx.store
        self.feed.fetch(
            lambda: listings.choices(store, project_id).contractors,
            lambda c: setattr(self, "contractors", c),
        )

    def current_filter(self) -> ChangeOrderFilter:
        return ChangeOrderFilter(statuses=one_of(self.status_box), text=self.search.text())

    def _query(self, project_id: str) -> Callable[[], tuple[list[ChangeChain], BudgetRollup]]:
        store, f = self.window_.ctx.store, self.current_filter()

        def work() -> tuple[list[ChangeChain], BudgetRollup]:
            chains = change_order_chains(store, project_id, statuses=f.statuses, text=f.text)
            return chains, change_orders.budget_rollup(store, project_id)

        return work

    def _loaded(self, result: tuple[list[ChangeChain], BudgetRollup]) -> None:
        chains, rollup = result
        self.rollup = rollup
        self.strip.show_rollup(rollup)
        # The record being opened by id, else the one shown, stays selected.
        keep = self._reveal or (self.detail.row.id if self.detail is not None else None)
        self.chain_selection.set_rows(chains, keep, rollup.currency)

    def read_detail(self, store: Store, record_id: str) -> ChangeOrderDetail:
        return co_queries.change_order_detail(store, record_id)

    def _show_detail(self, detail: ChangeOrderDetail | None) -> None:
        self.lines.clear()
        self.events.clear()
        self._gate(detail)
        if detail is None:
            self.side.clear()
            for button in self.buttons.values():
                button.setEnabled(False)
            return
        r = detail.row
        if self._reveal == r.id:  # opened by id, not by selecting its row
            self._reveal = None
            self.chain_selection.reveal(r.id)
        self.side.show_record(
            r.number,
            r.title,
            self.tr(
                "{tier} · {reason} · <b style='color:{colour}'>{status}</b> · revision {rev}<br>"
                "Amount <b>{amount}</b> · schedule {days:+} d · {contractor}"
            ).format(
                tier=value_label(r.tier),
                reason=value_label(r.reason),
                colour=STATUS_COLOURS.get(r.status, "#1F5FA8"),
                status=value_label(r.status),
                rev=r.revision,
                amount=money(r.amount, self.currency),
                days=r.schedule_impact_days,
                contractor=r.contractor or self.tr("no contractor"),
            ),
        )
        for ln in detail.lines:
            c = self.currency
            self.lines.addItem(
                f"{ln.description} — {ln.quantity.normalize():f} {ln.unit} × "
                f"{money(ln.unit_price, c)} (+{ln.markup_pct.normalize():f}%) = {money(ln.amount, c)}"
            )
        for e in detail.events:
            text = f"{when(e.at)}  {value_label(e.action)}: {value_label(e.from_status)} → {value_label(e.to_status)}"
            if e.approver:
                text += self.tr("  · approved by {name}").format(name=e.approver)
            if e.signed:
                text += self.tr(" ✍ signed")
            if e.note:
                text += f"\n    {e.note}"
            self.events.addItem(text)
        status = r.status
        enabled = {
            "edit": status == "draft",
            "submit": status == "draft",
            "submit_approve": status == "draft",
            "approve": status == "pending",
            "reject": status == "pending",
            "revise": status in ("pending", "rejected"),
            "promote": status == "approved" and r.tier != "change_order",
            "void": status in ("draft", "pending", "approved", "rejected"),
        }
        for key, button in self.buttons.items():
            button.setEnabled(enabled[key])

    def write_controls(self) -> list[QPushButton]:
        b = self.buttons
        return [self.new_button, *(b[k] for k in ("edit", "submit", "revise", "promote", "void"))]

    def _gate(self, detail: ChangeOrderDetail | None) -> None:
        """Approving up to the person's limit, deciding: a manager's (writing: the base's)."""
        approve = Need(Action.APPROVE_CO, detail.row.amount if detail else None, self.currency)
        b = self.buttons
        self.gate.set_controls(
            self.project_id,
            [
                (b["approve"], approve),
                (b["submit_approve"], approve),
                (b["reject"], Action.REJECT_CO),
            ],
        )

    # --- actions --------------------------------------------------------------------
    def new_change(self) -> None:
        if self.project_id is None or not self.new_button.isEnabled():
            return
        dialog = ChangeOrderEditor(
            self.window_, self.project_id, self.contractors, currency=self.currency
        )
        dialog.open()

    @property
    def currency(self) -> str:
        """The project's currency (known once the budget roll-up is read)."""
        return self.rollup.currency if self.rollup is not None else ""

    def action(self, key: str) -> None:
        d = self.detail
        if d is None or not self.buttons[key].isEnabled():
            return
        store = self.window_.ctx.store
        co_id = d.row.id
        if key == "edit":
            assert self.project_id is not None
            ChangeOrderEditor(
                self.window_, self.project_id, self.contractors, d, currency=self.currency
            ).open()
            return
        if key in ("approve", "submit_approve"):
            amount = money(d.row.amount, self.currency)
            dialog = ApproveDialog(
                self.window_,
                co_id,
                d.row.number,
                amount,
                submit_first=key == "submit_approve",
                currency=self.currency,
                through_tiers=d.row.tier != "change_order",
            )
            dialog.approved.connect(self.show_record)
            dialog.open()
            return
        note: str | None = None
        if key in ("reject", "void"):
            text, ok = QInputDialog.getText(
                self,
                self.tr("Reason"),
                self.tr("Why is {number} being {action}?").format(
                    number=d.row.number, action=value_label(key).lower()
                ),
            )
            if not ok:
                return
            note = text
        calls = {
            "submit": lambda: change_orders.submit(store, co_id),
            "reject": lambda: change_orders.reject(store, co_id, note or ""),
            "revise": lambda: change_orders.revise(store, co_id),
            "promote": lambda: change_orders.promote(store, co_id),
            "void": lambda: change_orders.void(store, co_id, note or ""),
        }
        # The tier a promotion made is opened: its submission is the next step.
        opened = (lambda done: self.show_record(done.value.id)) if key == "promote" else None
        self.window_.call_form(
            calls[key],
            opened or (lambda _d: None),
            lambda e: self.window_.show_error(user_message(e)),
        )
