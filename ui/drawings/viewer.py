"""The sheet viewer: one revision of a sheet, tiled, with its pins.

Above the canvas: the revision picker, Compare…, zoom buttons; a second row adds items
on the sheet (mode buttons, also the canvas's context menu) and filters the pins like
the lists (status, contractor, kind, text). Clicking a pin opens its item; dragging
moves it (stored off the GUI thread, undoable with Ctrl+Z)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPointF, QSizeF, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from executrek.app.drawings.tiles import TileCache
from executrek.app.photos.blobstore import BlobStore
from executrek.models.changes import Changes
from executrek.models.records.drawing import service as drawings
from executrek.models.records.drawing.model import PIN_ISSUE, PIN_PUNCH
from executrek.models.records.drawing.pins import PinFilter, PinRow
from executrek.models.records.drawing.queries import RevisionRow, SheetRow
from executrek.models.records.issue.model import IssueStatus
from executrek.models.records.punch.model import PunchStatus
from executrek.models.services.listings import ProjectChoices
from executrek.ui.drawings.pin_edits import NewPinnedItemDialog, move_pin
from executrek.ui.drawings.pins import PinItem
from executrek.ui.drawings.sheet_view import SheetView
from executrek.ui.drawings.tile_layer import SheetSource
from executrek.ui.widgets.choices import add_values
from executrek.ui.widgets.flow_layout import FlowLayout, together
from executrek.ui.widgets.record_list import add_shortcut
from executrek.ui.widgets.sizes import chars_wide

if TYPE_CHECKING:
    from executrek.ui.main_window import MainWindow

PIN_TABLES = ("drawing_pins", "punch_items", "contractor_issues", "organisations", "locations")
#: Zoom used when the viewer opens centred on a pin (screen pixels per point).
FOCUS_SCALE = 1.5
#: From this zoom on, pins show their item's number beside them.
LABEL_SCALE = 0.8


def source_for(blobs: BlobStore, rev: RevisionRow | SheetRow) -> SheetSource | None:
    """The revision's page in the blob store; None when the original is not here yet."""
    if not rev.sha256:
        return None
    path = blobs.path_for(rev.sha256)
    if not path.is_file():
        return None
    return SheetSource(path, rev.sha256, rev.page_index, rev.width_pt, rev.height_pt)


class SheetViewer(QWidget):
    open_item_requested = Signal(str, str)  # target_type, target_id
    compare_requested = Signal()

    def __init__(self, window: MainWindow, cache: TileCache, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.window_ = window
        self.blobs = BlobStore(window.ctx.paths.blobs)
        self.sheet: SheetRow | None = None
        self.revisions: list[RevisionRow] = []
        self.revision: RevisionRow | None = None
        self.choices: ProjectChoices | None = None
        self.pin_items: dict[str, PinItem] = {}
        self._focus: tuple[float, float] | None = None
        self._add_kind: str | None = None
        self.last_dialog: NewPinnedItemDialog | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        top = FlowLayout()  # wraps on a narrow window instead of widening it
        self.heading = QLabel(self.tr("Pick a sheet"))
        self.heading.setObjectName("sectionTitle")
        self.revision_box = QComboBox()
        self.revision_box.setToolTip(self.tr("The revision shown"))
        self.revision_box.setMinimumContentsLength(16)
        self.compare_button = QPushButton(self.tr("Compare…"))
        self.compare_button.setToolTip(self.tr("Compare two revisions of this sheet"))
        self.zoom_out_button = QToolButton()
        self.zoom_out_button.setText("−")
        self.zoom_out_button.setToolTip(self.tr("Zoom out (−)"))
        self.zoom_in_button = QToolButton()
        self.zoom_in_button.setText("+")
        self.zoom_in_button.setToolTip(self.tr("Zoom in (+)"))
        self.fit_button = QToolButton()
        self.fit_button.setText(self.tr("Fit"))
        self.fit_button.setToolTip(self.tr("Show the whole sheet (0)"))
        self.zoom_label = QLabel()
        self.zoom_label.setObjectName("muted")
        self.zoom_label.setMinimumWidth(48)
        top.add_widget(self.heading, 1)
        top.add_widget(together(self.revision_box, self.compare_button))
        top.add_widget(
            together(self.zoom_out_button, self.zoom_in_button, self.fit_button, self.zoom_label)
        )
        layout.addLayout(top)

        pins = FlowLayout()
        self.add_punch_button = QPushButton(self.tr("Add punch item"))
        self.add_issue_button = QPushButton(self.tr("Add issue"))
        for button, tip in (
            (self.add_punch_button, self.tr("Then click the sheet where the item is (P)")),
            (self.add_issue_button, self.tr("Then click the sheet where the issue is (I)")),
        ):
            button.setCheckable(True)
            button.setToolTip(tip)
        self.status_box = QComboBox()
        self.status_box.addItem(self.tr("All statuses"), None)
        statuses = [s.value for s in PunchStatus] + [
            s.value for s in IssueStatus if s.value not in {p.value for p in PunchStatus}
        ]
        add_values(self.status_box, statuses)
        self.contractor_box = QComboBox()
        self.contractor_box.addItem(self.tr("All contractors"), None)
        self.kind_box = QComboBox()
        self.kind_box.addItem(self.tr("Items and issues"), None)
        self.kind_box.addItem(self.tr("Punch items"), PIN_PUNCH)
        self.kind_box.addItem(self.tr("Issues"), PIN_ISSUE)
        chars_wide(9, self.status_box, self.contractor_box, self.kind_box)
        self.search = QLineEdit()
        self.search.setMinimumWidth(120)
        self.search.setPlaceholderText(self.tr("Find a pin"))
        self.search.setToolTip(self.tr("Number or title of a pinned item"))
        self.search.setClearButtonEnabled(True)
        self.pin_count = QLabel()
        self.pin_count.setObjectName("muted")
        pins.add_widget(together(self.add_punch_button, self.add_issue_button))
        pins.add_widget(together(self.status_box, self.contractor_box, self.kind_box))
        pins.add_widget(together(self.search, self.pin_count, grows=self.search), 1)
        layout.addLayout(pins)

        self.view = SheetView(window.runner, cache)
        self.view.setAccessibleName(self.tr("Sheet"))
        layout.addWidget(self.view, 1)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("muted")
        self.message.hide()
        layout.addWidget(self.message)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self.reload_pins)

        self.revision_box.currentIndexChanged.connect(self._revision_picked)
        self.compare_button.clicked.connect(self.compare_requested)
        self.zoom_in_button.clicked.connect(self.view.zoom_in)
        self.zoom_out_button.clicked.connect(self.view.zoom_out)
        self.fit_button.clicked.connect(self.view.fit)
        self.view.zoom_listeners.append(self._zoom_shown)
        self.view.point_picked.connect(self._point_picked)
        self.view.context_requested.connect(self._context_menu)
        self.view.layer.failed.connect(self._show_message)
        self.add_punch_button.toggled.connect(lambda on: self._add_mode("punch", on))
        self.add_issue_button.toggled.connect(lambda on: self._add_mode("issue", on))
        for box in (self.status_box, self.contractor_box, self.kind_box):
            box.currentIndexChanged.connect(lambda _i: self.reload_pins())
        self.search.textChanged.connect(lambda _t: self._search_timer.start())

        for text, keys, slot in (
            (self.tr("Zoom in"), ["+", "=", "Ctrl++"], self.view.zoom_in),
            (self.tr("Zoom out"), ["-", "Ctrl+-"], self.view.zoom_out),
            (self.tr("Fit the sheet in the view"), ["0"], self.view.fit),
            (self.tr("Add a punch item on the sheet"), ["P"], self.add_punch_button.toggle),
            (self.tr("Add an issue on the sheet"), ["I"], self.add_issue_button.toggle),
            (self.tr("Stop adding"), ["Esc"], lambda: self._add_mode(None, False)),
        ):
            add_shortcut(self, text, keys, slot)
        window.changed.connect(self.on_changed)
        self._enable(False)

    # --- what is shown -------------------------------------------------------------
    def _enable(self, on: bool) -> None:
        for w in (
            self.revision_box,
            self.compare_button,
            self.zoom_in_button,
            self.zoom_out_button,
            self.fit_button,
            self.add_punch_button,
            self.add_issue_button,
        ):
            w.setEnabled(on)
        self.compare_button.setEnabled(on and len(self.revisions) > 1)

    def set_choices(self, choices: ProjectChoices) -> None:
        self.choices = choices
        keep = self.contractor_box.currentData()
        self.contractor_box.blockSignals(True)
        self.contractor_box.clear()
        self.contractor_box.addItem(self.tr("All contractors"), None)
        for c in choices.contractors:
            self.contractor_box.addItem(c.label, c.id)
        self.contractor_box.setCurrentIndex(max(0, self.contractor_box.findData(keep)))
        self.contractor_box.blockSignals(False)

    def show_sheet(
        self,
        sheet: SheetRow | None,
        revision_id: str | None = None,
        focus: tuple[float, float] | None = None,
    ) -> None:
        """Show ``sheet`` (its current revision unless ``revision_id``), centred on the
        normalised point ``focus`` when given."""
        self.sheet = sheet
        self._focus = focus
        if sheet is None:
            self.revisions = []
            self.revision = None
            self.heading.setText(self.tr("Pick a sheet"))
            self.revision_box.clear()
            self.view.set_source(None)
            self._clear_pins()
            self._enable(False)
            return
        self.heading.setText(f"{sheet.sheet_number} · {sheet.title}")
        store, sheet_id = self.window_.ctx.store, sheet.id
        wanted = revision_id or sheet.revision_id
        self.window_.call(
            lambda: drawings.list_revisions(store, sheet_id),
            lambda revs: self._revisions_loaded(sheet_id, revs, wanted),
        )

    def _revisions_loaded(
        self, sheet_id: str, revisions: list[RevisionRow], wanted: str | None
    ) -> None:
        if self.sheet is None or self.sheet.id != sheet_id:
            return
        self.revisions = revisions
        self.revision_box.blockSignals(True)
        self.revision_box.clear()
        for rev in revisions:
            self.revision_box.addItem(self._revision_text(rev), rev.id)
        index = self.revision_box.findData(wanted) if wanted else -1
        if index < 0:
            index = next((i for i, r in enumerate(revisions) if r.current), 0)
        self.revision_box.setCurrentIndex(index)
        self.revision_box.blockSignals(False)
        self._enable(bool(revisions))
        self._show_revision(revisions[index] if revisions else None)

    def _revision_text(self, rev: RevisionRow) -> str:
        label = rev.revision or "–"
        text = self.tr("Rev {rev}").format(rev=label)
        if rev.issued_on:
            text += f" · {rev.issued_on.isoformat()}"
        if rev.current:
            text += self.tr(" (current)")
        return text

    def _revision_picked(self, index: int) -> None:
        if 0 <= index < len(self.revisions):
            self._focus = None
            self._show_revision(self.revisions[index])

    def _show_revision(self, rev: RevisionRow | None) -> None:
        same_page = self.revision is not None and rev is not None and self.revision.id == rev.id
        self.revision = rev
        self._clear_pins()
        self.message.hide()
        if rev is None:
            self.view.set_source(None)
            return
        source = source_for(self.blobs, rev)
        if source is None:
            self.view.set_source(None)
            self._show_message(
                self.tr(
                    "The drawing file of this sheet is not on this computer yet; sync to "
                    "download it, or import the file again."
                )
            )
        elif not same_page or self.view.source != source:
            self.view.set_source(source)
        can_add = rev.current and source is not None
        for button in (self.add_punch_button, self.add_issue_button):
            button.setEnabled(can_add)
            button.setToolTip(
                button.toolTip()
                if can_add
                else self.tr("Items are added on the current revision of the sheet")
            )
        if not can_add:
            self._add_mode(None, False)
        if self._focus is not None and source is not None:
            x, y = self._focus
            self.view.centre_on_page_point(x, y, max(FOCUS_SCALE, self.view.fit_scale()))
            self._focus = None
        self.reload_pins()

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def _zoom_shown(self, scale: float) -> None:
        self.zoom_label.setText(f"{scale * 100:.0f} %")
        for item in self.pin_items.values():
            item.set_label_shown(scale >= LABEL_SCALE)

    # --- pins --------------------------------------------------------------------------
    def pin_filter(self) -> PinFilter:
        status, contractor, kind = (
            self.status_box.currentData(),
            self.contractor_box.currentData(),
            self.kind_box.currentData(),
        )
        return PinFilter(
            statuses=frozenset({status}) if status else frozenset(),
            contractor_ids=frozenset({contractor}) if contractor else frozenset(),
            kinds=frozenset({kind}) if kind else frozenset(),
            text=self.search.text(),
        )

    def reload_pins(self) -> None:
        rev = self.revision
        if rev is None:
            return
        store, flt, rev_id = self.window_.ctx.store, self.pin_filter(), rev.id
        self.window_.call(
            lambda: drawings.list_pins(store, rev_id, flt),
            lambda rows: self._pins_loaded(rev_id, rows),
        )

    def _clear_pins(self) -> None:
        scene = self.view.scene()
        for item in self.pin_items.values():
            scene.removeItem(item)
            item.deleteLater()
        self.pin_items.clear()
        self.pin_count.clear()

    def _pins_loaded(self, revision_id: str, rows: list[PinRow]) -> None:
        rev = self.revision
        if rev is None or rev.id != revision_id or self.view.source is None:
            return
        page = QSizeF(rev.width_pt, rev.height_pt)
        keep = {row.id for row in rows}
        for pin_id in [p for p in self.pin_items if p not in keep]:
            item = self.pin_items.pop(pin_id)
            self.view.scene().removeItem(item)
            item.deleteLater()
        for row in rows:
            shown = self.pin_items.get(row.id)
            if shown is None:
                shown = PinItem(row, page)
                shown.set_label_shown(self.view.scale_now() >= LABEL_SCALE)
                shown.clicked.connect(self._pin_clicked)
                shown.moved.connect(self._pin_moved)
                self.view.scene().addItem(shown)
                self.pin_items[row.id] = shown
            else:
                shown.set_row(row)
        self.pin_count.setText(self.tr("{count} pin(s)").format(count=len(rows)))

    def _pin_clicked(self, row: PinRow) -> None:
        self.open_item_requested.emit(row.target_type, row.target_id)

    def _pin_moved(self, row: PinRow, x: float, y: float) -> None:
        item = self.pin_items.get(row.id)

        def put_back() -> None:
            if item is not None:
                item.set_row(row)

        move_pin(self.window_, row, (x, y), put_back)

    def on_changed(self, changes: Changes) -> None:
        if self.revision is not None and changes.touches(*PIN_TABLES):
            self.reload_pins()

    # --- adding items -------------------------------------------------------------------
    def _add_mode(self, kind: str | None, on: bool) -> None:
        if not on and kind is not None and self._add_kind != kind:
            return
        self._add_kind = kind if on else None
        for button, name in ((self.add_punch_button, "punch"), (self.add_issue_button, "issue")):
            button.blockSignals(True)
            button.setChecked(self._add_kind == name)
            button.blockSignals(False)
        self.view.pick_mode = self._add_kind is not None
        self.view.viewport().setCursor(
            Qt.CursorShape.CrossCursor if self.view.pick_mode else Qt.CursorShape.OpenHandCursor
        )

    def _point_picked(self, point: QPointF) -> None:
        kind = self._add_kind
        self._add_mode(None, False)
        if kind is not None:
            self.add_item_at(kind, point)

    def normalised(self, point: QPointF) -> tuple[float, float]:
        rev = self.revision
        assert rev is not None
        x = min(1.0, max(0.0, point.x() / rev.width_pt))
        y = min(1.0, max(0.0, point.y() / rev.height_pt))
        return round(x, 6), round(y, 6)

    def add_item_at(self, kind: str, point: QPointF) -> NewPinnedItemDialog | None:
        """Open the small dialog for a new punch item or issue at ``point`` (scene)."""
        rev = self.revision
        if rev is None or not rev.current:
            return None
        dialog = NewPinnedItemDialog(
            self.window_, kind, rev.id, self.normalised(point), self.choices, parent=self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.last_dialog = dialog
        return dialog

    def _context_menu(self, point: QPointF, global_pos: Any) -> None:
        rev = self.revision
        if rev is None or not rev.current or self.view.source is None:
            return
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.addAction(self.tr("Add punch item here…"), lambda: self.add_item_at("punch", point))
        menu.addAction(self.tr("Add issue here…"), lambda: self.add_item_at("issue", point))
        menu.popup(global_pos)
