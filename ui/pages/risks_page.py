"""The risk register: probability × impact matrix (click a cell to filter), the list,
and an editor for owner, mitigation and scores (undoable), with the risk's links."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from executrek.app import list_columns_risks as risk_list
from executrek.app.messages import user_message
from executrek.app.permissions import Action
from executrek.models.errors import DomainError
from executrek.models.records.risk import queries as risk_queries
from executrek.models.records.risk import service as risks
from executrek.models.records.risk.model import RiskCategory, RiskStatus
from executrek.models.records.risk.queries import RiskFilter, RiskRow
from executrek.models.services import listings, records
from executrek.models.services.listings import Choice
from executrek.models.services.records import LinkRow
from executrek.ui import undo_commands
from executrek.ui.labels import value_label
from executrek.ui.pages.page_feed import project_read
from executrek.ui.pages.record_page import add_form
from executrek.ui.photos.photo_strip import PhotoStrip
from executrek.ui.widgets.charts import RiskMatrix, risk_colour
from executrek.ui.widgets.choices import add_values
from executrek.ui.widgets.columns import screen_columns
from executrek.ui.widgets.field_errors import FieldErrors
from executrek.ui.widgets.form_parts import short_text
from executrek.ui.widgets.list_export import ListExporter
from executrek.ui.widgets.page_text import page_title
from executrek.ui.widgets.pane_layout import flush_column
from executrek.ui.widgets.permission_gate import each, gate_project
from executrek.ui.widgets.record_list import (
    DetailSide,
    KeepSelection,
    ProjectFeed,
    record_table,
    scrolling,
)
from executrek.ui.widgets.rows_model import RowsModel

if TYPE_CHECKING:
    from executrek.ui.main_window import MainWindow


def _matrix_colour(risk: RiskRow) -> str:
    """The score's colour on screen: its cell's in the matrix."""
    return risk_colour(risk.probability, risk.impact)


class ClickableMatrix(RiskMatrix):
    """The matrix; a click on a cell selects it (click again to clear)."""

    def __init__(self, title: str, on_pick: Any, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.on_pick = on_pick
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        inner = QRectF(self.rect()).adjusted(14, 10, -14, -10)
        inner.setTop(inner.top() + self.fontMetrics().height() + 10)
        point = QPointF(event.position())
        for p in range(1, 6):
            for i in range(1, 6):
                if self.cell_rect(inner, p, i).contains(point):
                    self.selected = None if self.selected == (p, i) else (p, i)
                    self.update()
                    self.on_pick(self.selected)
                    return


class RisksPage(QWidget):
    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.window_ = window
        self.rows: list[RiskRow] = []
        self.cell: tuple[int, int] | None = None
        self.current: RiskRow | None = None
        self.people: tuple[Choice, ...] = ()
        self._select_next: str | None = None
        layout = QVBoxLayout(self)
        head = QHBoxLayout()
        title = page_title(self.tr("Risks"))
        self.new_button = QPushButton(self.tr("&New risk"))
        head.addWidget(title)
        head.addStretch(1)
        self.exporter = ListExporter(window, self, "risks", lambda: RiskFilter(cell=self.cell))
        head.addWidget(self.exporter.button)
        head.addWidget(self.new_button)
        layout.addLayout(head)

        top = QHBoxLayout()
        self.matrix = ClickableMatrix(self.tr("Probability × impact"), self._cell_picked)
        self.matrix.setFixedWidth(440)
        self.matrix.setMinimumHeight(240)
        top.addWidget(self.matrix)
        self.model: RowsModel[RiskRow] = RowsModel(
            screen_columns(risk_list.SCREEN, colours={"score": _matrix_colour}), self
        )
        self.table = record_table(
            self.model,
            sort_column=5,
            order=Qt.SortOrder.DescendingOrder,
            wide_column=None,
            stretch_column=1,
        )
        top.addWidget(self.table, 1)

        self.side = DetailSide(self.tr("Select a risk"), summary=False)
        form_layout = self.side.body
        self.errors = FieldErrors(QLabel())
        self.title = QLineEdit()
        self.category = QComboBox()
        add_values(self.category, RiskCategory)
        self.probability = QSpinBox()
        self.probability.setRange(1, 5)
        self.impact = QSpinBox()
        self.impact.setRange(1, 5)
        self.owner = QComboBox()
        self.mitigation = short_text(90)
        self.status = QComboBox()
        add_values(self.status, RiskStatus)
        add_form(
            form_layout,
            self.errors,
            (self.tr("Title"), "title", self.title),
            (self.tr("Category"), "category", self.category),
            (self.tr("Probability (1–5)"), "probability", self.probability),
            (self.tr("Impact (1–5)"), "impact", self.impact),
            (self.tr("Owner"), "owner_id", self.owner),
            (self.tr("Mitigation"), "mitigation", self.mitigation),
            (self.tr("Status"), "status", self.status),
            general=True,
        )
        form_layout.addWidget(QLabel(self.tr("<b>Links</b>")))
        self.links = QListWidget()
        self.links.setMinimumHeight(60)
        form_layout.addWidget(self.links)
        self.photo_strip = PhotoStrip(window)
        form_layout.addWidget(self.photo_strip)

        # The form scrolls on a laptop; "Save risk" stays in view below it.
        self.save_button = QPushButton(self.tr("&Save risk"))
        self.save_button.clicked.connect(self.save)
        scroll = scrolling(self.side)
        editor = QWidget()
        editor_layout = flush_column(editor)
        editor_layout.addWidget(scroll, 1)
        editor_layout.addWidget(self.save_button)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        top_widget = QWidget()
        top_widget.setLayout(top)
        splitter.addWidget(top_widget)
        splitter.addWidget(editor)
        splitter.setSizes([300, 420])
        layout.addWidget(splitter, 1)

        self.new_button.clicked.connect(self.new_risk)
        self.selection = KeepSelection(self.table, self.model, self._show, lambda: self._show(None))
        self._show(None)
        self.gate = gate_project(  # off for a role that may not write
            window, self, each(Action.WRITE, self.new_button, self.save_button)
        )
        self.feed = ProjectFeed(
            window,
            self,
            ("risks", "record_links"),
            project_read(window, risk_queries.risk_list),
            self._loaded,
            self._project_set,
        )
        self.feed.start()

    @property
    def project_id(self) -> str | None:
        return self.feed.project_id

    def _project_set(self, project_id: str) -> None:
        self.cell = None
        self.matrix.selected = None
        store = self.window_.ctx.store
        self.feed.fetch(lambda: listings.choices(store, project_id).people, self._people_loaded)

    def _people_loaded(self, people: tuple[Choice, ...]) -> None:
        self.people = people
        self.owner.clear()
        self.owner.addItem(self.tr("—"), None)
        for p in people:
            self.owner.addItem(p.label, p.id)
        self._show(self.current)

    def _loaded(self, rows: list[RiskRow]) -> None:
        self.rows = rows
        cells: dict[tuple[int, int], int] = {}
        for r in rows:
            if r.status in ("open", "mitigating"):
                cells[(r.probability, r.impact)] = cells.get((r.probability, r.impact), 0) + 1
        self.matrix.set_cells(cells, (self.tr("Probability"), self.tr("Impact")))
        self._apply_cell()

    def _cell_picked(self, cell: tuple[int, int] | None) -> None:
        self.cell = cell
        self._apply_cell()

    def _apply_cell(self) -> None:
        current = self._select_next or (self.current.id if self.current else None)
        self._select_next = None
        shown = [
            r for r in self.rows if self.cell is None or (r.probability, r.impact) == self.cell
        ]
        self.selection.set_rows(shown, current)

    def _show(self, risk: RiskRow | None) -> None:
        self.current = risk
        self.errors.clear()
        editors = (
            self.title,
            self.category,
            self.probability,
            self.impact,
            self.owner,
            self.mitigation,
            self.status,
            self.save_button,
        )
        for w in editors:
            w.setEnabled(risk is not None)
        self.links.clear()
        if risk is None:
            self.side.clear()
            self.photo_strip.clear_record()
            return
        if self.photo_strip.record != ("risk", risk.id) and self.project_id is not None:
            self.photo_strip.set_record(self.project_id, "risk", risk.id)
        self.side.show_record(risk.number, risk.title)
        self.title.setText(risk.title)
        self.category.setCurrentIndex(self.category.findData(risk.category))
        self.probability.setValue(risk.probability)
        self.impact.setValue(risk.impact)
        self.owner.setCurrentIndex(max(0, self.owner.findData(risk.owner_id)))
        self.mitigation.setPlainText(risk.mitigation or "")
        self.status.setCurrentIndex(self.status.findData(risk.status))
        store = self.window_.ctx.store
        risk_id = risk.id
        self.feed.fetch(lambda: records.links(store, "risk", risk_id), self._links_loaded)

    def _links_loaded(self, links: tuple[LinkRow, ...]) -> None:
        self.links.clear()
        for link in links:
            self.links.addItem(f"↗ {value_label(link.record_type)}: {link.label} ({link.relation})")
        if not links:
            self.links.addItem(self.tr("No linked records"))

    def save(self) -> None:
        r = self.current
        if r is None or not self.save_button.isEnabled():
            return
        store = self.window_.ctx.store
        risk_id = r.id
        before = {
            "title": r.title,
            "category": r.category,
            "probability": r.probability,
            "impact": r.impact,
            "owner_id": r.owner_id,
            "mitigation": r.mitigation or None,
        }
        after = {
            "title": self.title.text(),
            "category": str(self.category.currentData()),
            "probability": self.probability.value(),
            "impact": self.impact.value(),
            "owner_id": self.owner.currentData(),
            "mitigation": self.mitigation.toPlainText() or None,
        }
        target = str(self.status.currentData())
        if target != r.status:
            self.window_.call_form(
                lambda: risks.change_status(store, risk_id, target),
                lambda _d: None,
                lambda e: self.window_.show_error(user_message(e)),
            )
        undo_commands.edit(
            self.window_,
            self.tr("Edit {number}").format(number=r.number),
            lambda values: risks.update_risk(store, risk_id, **values),
            before,
            after,
            on_refused=self._refused,
        )

    def _refused(self, error: DomainError) -> None:
        self.errors.show(error)

    def new_risk(self) -> None:
        project_id = self.project_id
        if project_id is None or not self.new_button.isEnabled():
            return
        store = self.window_.ctx.store
        title = self.tr("New risk")

        def created(done: Any) -> None:
            self._select_next = done.value.id
            self.title.setFocus()

        self.window_.call_form(
            lambda: risks.create_risk(store, project_id, title=title, probability=3, impact=3),
            created,
            lambda e: self.window_.show_error(user_message(e)),
        )
