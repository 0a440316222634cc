"""What the commitments and the payment applications pages share: a title with the
project's currency, a search and a status filter, a New… button, the page's message line,
and the register above the pane of the record selected (a vertical splitter)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QSplitter, QTableView, QVBoxLayout, QWidget

from executrek.ui.pages.cost_labels import CurrencyNote, word
from executrek.ui.widgets.flow_layout import FlowLayout
from executrek.ui.widgets.list_pick import ListPick
from executrek.ui.widgets.page_text import MessageLine
from executrek.ui.widgets.record_list import FilterBar, KeepSelection
from executrek.ui.widgets.rows_model import RowsModel

if TYPE_CHECKING:
    from executrek.ui.main_window import MainWindow


class _Found(Protocol):
    @property
    def currency(self) -> str: ...
    @property
    def listed(self) -> Sequence[Any]: ...


class _HasId(Protocol):
    @property
    def id(self) -> str: ...


L = TypeVar("L", bound=_HasId)


class CostRegister(QWidget, Generic[L]):
    """The subclass builds ``model`` and ``table``, then calls ``lay_out`` with its pane and
    ``keep_selection`` once its controller exists; it says what a row is searched by
    (``search_text``), its status (``status_of``) and which record is shown (``shown_id``)."""

    model: RowsModel[L]
    table: QTableView

    def __init__(
        self,
        window: MainWindow,
        *,
        title: str,
        search_hint: str,
        statuses: Sequence[str],
        new_text: str,
    ) -> None:
        super().__init__()
        self.window_ = window
        self.dialog: QWidget | None = None  # the dialog open last (tests reach it here)
        self._listed: tuple[L, ...] = ()
        heading = QLabel(title)
        heading.setObjectName("pageTitle")
        self.bar = FilterBar(search_hint)
        self.search = self.bar.search
        self.status_box = self.bar.add_choice(self.tr("All statuses"), ())
        for status in statuses:
            self.status_box.addItem(word(status), status)
        self.new_button = QPushButton(new_text)
        self.bar.add_buttons(self.new_button)
        self.currency_note = CurrencyNote()
        self.head = FlowLayout()
        self.head.add_widget(heading)
        self.head.add_widget(self.currency_note)
        self.message = MessageLine()

    def lay_out(self, pane: QWidget, stretch: tuple[int, int], sizes: tuple[int, int]) -> None:
        """The register above ``pane``, filters and message line on top."""
        self.pick = ListPick(self.table, self.model, self.search, self.status_box)
        split = QSplitter(Qt.Orientation.Vertical)
        split.setChildrenCollapsible(False)
        split.addWidget(self.table)
        split.addWidget(pane)
        split.setStretchFactor(0, stretch[0])
        split.setStretchFactor(1, stretch[1])
        split.setSizes(list(sizes))
        layout = QVBoxLayout(self)
        layout.addLayout(self.head)
        layout.addWidget(self.bar)
        layout.addWidget(self.message)
        layout.addWidget(split, 1)
        self.bar.changed.connect(self._filter)

    def keep_selection(self, select: Any) -> None:
        """Selecting a row shows it through ``select(row)``; no row, ``select(None)``."""
        self.selection = KeepSelection(self.table, self.model, select, lambda: select(None))

    # --- what the subclass says ------------------------------------------------------------
    def search_text(self, row: L) -> str:
        raise NotImplementedError

    def status_of(self, row: L) -> str:
        raise NotImplementedError

    def shown_id(self) -> str | None:
        raise NotImplementedError

    def clear_pane(self) -> None:
        raise NotImplementedError

    # --- what the controller shows -------------------------------------------------------
    def clear(self) -> None:
        self.currency_note.set_currency("")
        self._listed = ()
        self.model.set_rows([])
        self.clear_pane()
        self.show_message("")

    def show_list(self, found: _Found) -> None:
        self.currency_note.set_currency(found.currency)
        self._listed = tuple(found.listed)
        self._filter()

    def _filter(self) -> None:
        text = self.search.text().strip().casefold()
        status = self.status_box.currentData()
        rows = [
            x
            for x in self._listed
            if (not status or self.status_of(x) == status)
            and (not text or text in self.search_text(x).casefold())
        ]
        self.selection.set_rows(rows, self.pick.keep(rows, self.shown_id()))

    def show_message(self, text: str, *, error: bool = True) -> None:
        self.message.say(text, error=error)

    def want(self, record_id: str | None) -> None:
        self.pick.want(record_id)

    def show_record(self, record_id: str) -> None:
        """Open a record by id (search everywhere): filters cleared if they hide it."""
        self.pick.show(record_id)

    def listed(self) -> Sequence[L]:
        return self._listed
