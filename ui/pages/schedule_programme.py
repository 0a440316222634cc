"""The schedule page's programme tab: the filters (words, critical path, float, location,
zoom), the WBS tree, the Gantt (``ui/widgets/gantt_view``) and the selected activity's
details under it.

Filtering is local: the update's rows are built once (``gantt_rows.chart_rows``, on the
worker) and each filter change picks from them (``visible_rows``: a pass over the list),
so the chart answers a click at once even for 10,000 activities.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from html import escape

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from executrek.app.report_kinds.schedule_labels import days_text, value_word
from executrek.models.records.schedule.queries import Activity
from executrek.ui.widgets.adaptive_splitter import split
from executrek.ui.widgets.flow_layout import FlowLayout, together
from executrek.ui.widgets.form_parts import choice_box, hinted_edit
from executrek.ui.widgets.gantt_rows import Filter, FloatBand, GanttRow, visible_rows
from executrek.ui.widgets.gantt_scale import Zoom
from executrek.ui.widgets.gantt_view import GanttView
from executrek.ui.widgets.sizes import chars_wide

PathRole = Qt.ItemDataRole.UserRole + 1


def fill_wbs(
    model: QStandardItemModel, rows: Sequence[GanttRow], names: Mapping[str, str], all_text: str
) -> None:
    """``model`` becomes the WBS as a tree (levels split at "."), each node with its
    activity count, in the order the chart shows them; the root stands for every
    activity."""
    model.clear()
    counts: Counter[str] = Counter()  # in order of first appearance
    for r in rows:
        parts = r.wbs.split(".") if r.wbs else []
        for i in range(len(parts)):
            counts[".".join(parts[: i + 1])] += 1
    root = QStandardItem(f"{all_text} ({len(rows)})")
    root.setData(None, PathRole)
    root.setEditable(False)
    model.appendRow(root)
    items: dict[str, QStandardItem] = {}
    for path in counts:
        parent_path, _, leaf = path.rpartition(".")
        label = names.get(path) or leaf
        item = QStandardItem(f"{label} ({counts[path]})")
        item.setData(path, PathRole)
        item.setToolTip(path)
        item.setEditable(False)
        items[path] = item
        items.get(parent_path, root).appendRow(item)


class ProgrammeTab(QWidget):
    """Filters, WBS tree, Gantt and the activity's details; ``filter_changed`` after any
    filter change (the chart has been refilled)."""

    filter_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[GanttRow] = []
        self.names: dict[str, str] = {}
        self.locations: dict[str, tuple[str, ...]] = {}
        self.span: tuple[int, int] | None = None
        self.data_date: int | None = None
        self.unnamed = self.tr("Outside the WBS")  # the heading of activities with no WBS
        self.search = hinted_edit(self.tr("Find an activity (code or name)"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(160)
        self.critical_check = QCheckBox(self.tr("&Critical path only"))
        self.float_box = choice_box(
            (
                (FloatBand.ANY, self.tr("Any float")),
                (FloatBand.NEGATIVE, self.tr("Negative float")),
                (FloatBand.LOW, self.tr("Float ≤ 10 working days")),
                (FloatBand.HIGH, self.tr("Float > 44 working days")),
            )
        )
        self.location_box = QComboBox()
        chars_wide(14, self.location_box)
        self.zoom_box = choice_box(
            (
                (Zoom.FIT, self.tr("Whole programme")),
                (Zoom.WEEKS, self.tr("Weeks")),
                (Zoom.MONTHS, self.tr("Months")),
                (Zoom.QUARTERS, self.tr("Quarters")),
                (Zoom.YEARS, self.tr("Years")),
            )
        )
        bar = FlowLayout()
        bar.add_widget(self.search, 1)
        bar.add_widget(self.critical_check)
        bar.add_widget(self.float_box)
        location_label = QLabel(self.tr("&Location"))
        location_label.setBuddy(self.location_box)
        bar.add_widget(together(location_label, self.location_box))
        zoom_label = QLabel(self.tr("&Zoom"))
        zoom_label.setBuddy(self.zoom_box)
        bar.add_widget(together(zoom_label, self.zoom_box))

        self.tree = QTreeView()
        self.tree.setHeaderHidden(True)
        self.tree.setMinimumWidth(120)
        self.tree.setAccessibleName(self.tr("Work breakdown structure"))
        self.tree_model = QStandardItemModel(self)
        self.tree.setModel(self.tree_model)
        self._filling = False  # the tree is refilled: its selection changes are not picks
        self.gantt = GanttView()
        self.splitter = split(Qt.Orientation.Horizontal, (self.tree, 1, 150), (self.gantt, 6, 1000))
        self.splitter.setChildrenCollapsible(True)
        self.detail = QLabel(self.tr("Select an activity to see its dates, float and progress."))
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.count_label = QLabel()
        self.count_label.setObjectName("muted")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.detail)
        self._wire()

    def _wire(self) -> None:
        self.search.textChanged.connect(lambda _t: self.refilter())
        self.critical_check.toggled.connect(lambda _c: self.refilter())
        self.float_box.currentIndexChanged.connect(lambda _i: self.refilter())
        self.location_box.currentIndexChanged.connect(lambda _i: self.refilter())
        self.zoom_box.currentIndexChanged.connect(
            lambda _i: self.gantt.set_zoom(Zoom(self.zoom_box.currentData()))
        )
        self.gantt.activity_selected.connect(self.show_detail)
        self.tree.selectionModel().currentChanged.connect(self._wbs_picked)

    # --- what the controller shows -----------------------------------------------------
    def show_rows(
        self,
        rows: list[GanttRow],
        names: dict[str, str],
        locations: dict[str, tuple[str, ...]],
        places: Sequence[str],
        span: tuple[int, int] | None,
        data_date: int | None,
        shown: list[GanttRow] | None = None,
    ) -> None:
        """An update's rows (every activity), its WBS names and activity locations;
        ``shown``: the rows without a filter, when made already (on the worker)."""
        keep = self.gantt.current_row()
        self.rows, self.names, self.locations = rows, names, locations
        self.span, self.data_date = span, data_date
        self._filling = True
        fill_wbs(self.tree_model, rows, names, self.tr("All activities"))
        self._filling = False
        self.tree.expandToDepth(1)
        self._fill_locations(places)
        self.refilter(shown)
        if keep is not None and not keep.is_group:
            self.gantt.select_code(keep.code)
        elif data_date is not None:
            self.gantt.scroll_to_day(data_date)

    def _fill_locations(self, places: Sequence[str]) -> None:
        wanted = self.location_box.currentData()
        self.location_box.blockSignals(True)
        self.location_box.clear()
        self.location_box.addItem(self.tr("All locations"), None)
        for place in places:
            depth = place.count(" › ")
            self.location_box.addItem("    " * depth + place.rsplit(" › ", 1)[-1], place)
            self.location_box.setItemData(
                self.location_box.count() - 1, place, Qt.ItemDataRole.ToolTipRole
            )
        self.location_box.setCurrentIndex(max(0, self.location_box.findData(wanted)))
        self.location_box.blockSignals(False)

    def current_filter(self) -> Filter:
        index = self.tree.selectionModel().currentIndex() if self.tree.selectionModel() else None
        wbs = index.data(PathRole) if index is not None and index.isValid() else None
        return Filter(
            wbs=wbs,
            critical=self.critical_check.isChecked(),
            band=FloatBand(self.float_box.currentData()),
            location=self.location_box.currentData(),
            text=self.search.text().strip(),
        )

    def refilter(self, ready: list[GanttRow] | None = None) -> None:
        """Show the rows the filters admit (``ready``: those of no filter, made already)."""
        flt = self.current_filter()
        shown = (
            ready
            if ready is not None and not flt.narrows
            else visible_rows(self.rows, flt, self.names, self.locations, self.unnamed)
        )
        self.gantt.set_rows(shown, span=self.span, data_date=self.data_date)
        count = sum(1 for r in shown if not r.is_group)
        self.count_label.setText(
            self.tr("{shown} of {total} activities shown").format(shown=count, total=len(self.rows))
            if flt.narrows
            else self.tr("{total} activities").format(total=len(self.rows))
        )
        self.filter_changed.emit()

    def clear_filters(self) -> None:
        for widget in (self.search, self.critical_check, self.float_box, self.location_box):
            widget.blockSignals(True)
        self.search.clear()
        self.critical_check.setChecked(False)
        self.float_box.setCurrentIndex(0)
        self.location_box.setCurrentIndex(0)
        for widget in (self.search, self.critical_check, self.float_box, self.location_box):
            widget.blockSignals(False)
        self.tree.setCurrentIndex(self.tree_model.index(0, 0))
        self.refilter()

    def _wbs_picked(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        if not self._filling:
            self.refilter()

    def reveal(self, code: str) -> bool:
        """Select activity ``code``, clearing the filters when they hide it."""
        if self.gantt.select_code(code):
            return True
        self.clear_filters()
        return self.gantt.select_code(code)

    def show_detail(self, activity: Activity | None) -> None:
        if activity is None:
            self.detail.setText(self.tr("Select an activity to see its dates, float and progress."))
            return
        a = activity
        parts = [
            f"<b>{escape(a.code)}</b> · {escape(a.name)}",
            value_word(a.kind.value) + " · " + value_word(a.status.value),
            self.tr("{start} → {finish}").format(start=a.start or "—", finish=a.finish or "—"),
        ]
        if a.original_duration is not None:
            parts.append(
                self.tr("duration {original} wd, {remaining} wd left").format(
                    original=days_text(a.original_duration),
                    remaining=days_text(a.remaining_duration) or "—",
                )
            )
        if a.total_float is not None:
            parts.append(self.tr("total float {days} wd").format(days=days_text(a.total_float)))
        pct = a.pct_duration if a.pct_duration is not None else a.pct_physical
        if pct is not None:
            parts.append(self.tr("{pct} % complete").format(pct=days_text(pct)))
        if a.critical:
            parts.append(self.tr("critical"))
        if a.constraint_type:
            parts.append(
                self.tr("constraint {kind} {date}")
                .format(kind=a.constraint_type.upper(), date=a.constraint_date or "")
                .strip()
            )
        places = self.locations.get(a.code)
        if places:
            parts.append(self.tr("at {places}").format(places=escape("; ".join(places))))
        self.detail.setText(" · ".join(parts))
