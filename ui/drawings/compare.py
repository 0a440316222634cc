"""Comparing two revisions of a sheet: side by side with the views locked together
(pan or zoom one, the other follows), or overlaid in one view (the older revision in
red, the newer in cyan, multiplied: what both share is black, what changed is red or
cyan; a slider fades the newer one)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QSlider,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from executrek.app.drawings.tiles import TileCache
from executrek.app.photos.blobstore import BlobStore
from executrek.models.records.drawing.queries import RevisionRow, SheetRow
from executrek.ui.drawings.sheet_view import SheetView
from executrek.ui.widgets.screen_fit import resize_within_screen

if TYPE_CHECKING:
    from executrek.ui.main_window import MainWindow

SIDE_BY_SIDE, OVERLAY = 0, 1


class CompareDialog(QDialog):
    def __init__(
        self,
        window: MainWindow,
        cache: TileCache,
        sheet: SheetRow,
        revisions: list[RevisionRow],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent or window)
        from executrek.ui.drawings.viewer import source_for

        self._source_for = source_for
        self.blobs = BlobStore(window.ctx.paths.blobs)
        self.revisions = revisions
        self.setWindowTitle(
            self.tr("Compare revisions of {number}").format(number=sheet.sheet_number)
        )
        resize_within_screen(self, 1300, 820)
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.left_box = QComboBox()
        self.right_box = QComboBox()
        for rev in revisions:
            text = self.tr("Rev {rev}").format(rev=rev.revision or "–")
            if rev.issued_on:
                text += f" · {rev.issued_on.isoformat()}"
            self.left_box.addItem(text, rev.id)
            self.right_box.addItem(text, rev.id)
        # newest first: compare the previous revision (left) with the newest (right)
        self.left_box.setCurrentIndex(min(1, len(revisions) - 1))
        self.right_box.setCurrentIndex(0)
        self.mode_box = QComboBox()
        self.mode_box.addItem(self.tr("Side by side"), SIDE_BY_SIDE)
        self.mode_box.addItem(self.tr("Overlay (red / cyan)"), OVERLAY)
        self.opacity = QSlider(Qt.Orientation.Horizontal)
        self.opacity.setRange(0, 100)
        self.opacity.setValue(100)
        self.opacity.setFixedWidth(160)
        self.opacity.setToolTip(self.tr("How strongly the newer revision shows"))
        self.opacity_label = QLabel(self.tr("Newer revision:"))
        self.legend = QLabel(
            self.tr(
                "<span style='color:#D32F2F'>■</span> only in the older · "
                "<span style='color:#00A0B0'>■</span> only in the newer · ■ in both"
            )
        )
        self.legend.setObjectName("muted")
        bar.addWidget(QLabel(self.tr("Older:")))
        bar.addWidget(self.left_box)
        bar.addWidget(QLabel(self.tr("Newer:")))
        bar.addWidget(self.right_box)
        bar.addSpacing(16)
        bar.addWidget(self.mode_box)
        bar.addWidget(self.opacity_label)
        bar.addWidget(self.opacity)
        bar.addWidget(self.legend)
        bar.addStretch(1)
        layout.addLayout(bar)

        self.left = SheetView(window.runner, cache)
        self.right = SheetView(window.runner, cache)
        self.overlay = SheetView(window.runner, cache)
        self.overlay.layer.tint = "red"
        self.overlay_top = self.overlay.add_layer(tint="cyan", z=1.0)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.left)
        splitter.addWidget(self.right)
        self.stack = QStackedWidget()
        self.stack.addWidget(splitter)
        self.stack.addWidget(self.overlay)
        layout.addWidget(self.stack, 1)
        self.message = QLabel()
        self.message.setObjectName("muted")
        self.message.hide()
        layout.addWidget(self.message)

        self.left.view_listeners.append(lambda c, s: self._follow(self.right, c, s))
        self.right.view_listeners.append(lambda c, s: self._follow(self.left, c, s))
        self.left_box.currentIndexChanged.connect(lambda _i: self._load())
        self.right_box.currentIndexChanged.connect(lambda _i: self._load())
        self.mode_box.currentIndexChanged.connect(self._mode_changed)
        self.opacity.valueChanged.connect(lambda v: self.overlay_top.set_opacity(v / 100))
        self._mode_changed()
        self._load()

    def views(self) -> list[SheetView]:
        return [self.left, self.right, self.overlay]

    def _rev(self, box: QComboBox) -> RevisionRow | None:
        wanted = box.currentData()
        return next((r for r in self.revisions if r.id == wanted), None)

    def _load(self) -> None:
        older, newer = self._rev(self.left_box), self._rev(self.right_box)
        a = self._source_for(self.blobs, older) if older else None
        b = self._source_for(self.blobs, newer) if newer else None
        missing = (older is not None and a is None) or (newer is not None and b is None)
        self.message.setVisible(missing)
        if missing:
            self.message.setText(
                self.tr("A drawing file is not on this computer yet; sync to download it.")
            )
        self.left.set_source(a)
        self.right.set_source(b)
        self.overlay.set_source(a)
        self.overlay.set_source(b, layer=1)

    def _mode_changed(self, _index: int = 0) -> None:
        overlay = self.mode_box.currentData() == OVERLAY
        self.stack.setCurrentIndex(1 if overlay else 0)
        for w in (self.opacity, self.opacity_label, self.legend):
            w.setVisible(overlay)
        if overlay:
            self.overlay.fit()

    def _follow(self, view: SheetView, centre: QPointF, scale: float) -> None:
        view.follow(centre, scale)

    def done(self, result: int) -> None:
        for view in self.views():
            for layer in view.layers:
                layer.clear()
        super().done(result)
