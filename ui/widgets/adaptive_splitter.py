"""A list beside its detail while there is room, the detail below the list when the
window is narrow (a 1280 px laptop, or a 1920 px screen at 150 %).

A plain ``QSplitter`` side by side asks for the sum of its panes' minimum widths, which
is what pushed the main window past the screen. ``AdaptiveSplitter`` asks only for the
widest pane's minimum width: below ``breakpoint`` (or below the panes' summed minimum
widths, if larger) it turns vertical and stacks them.

:func:`split` is the plain splitter of a pane that keeps its shape (a table beside the
checklist card, the programme's tree beside its bars)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QSplitter, QWidget


class AdaptiveSplitter(QSplitter):
    """Horizontal at ``breakpoint`` px wide and more, vertical below it; ``shares`` are
    the panes' parts of the room (side by side and stacked alike)."""

    def __init__(
        self,
        *widgets: QWidget,
        breakpoint: int = 900,
        shares: tuple[int, ...] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.breakpoint = breakpoint
        self.setChildrenCollapsible(False)
        for widget in widgets:
            self.addWidget(widget)
        self.shares = shares or tuple(1 for _ in widgets)
        for index, share in enumerate(self.shares):
            self.setStretchFactor(index, share)
        self._spread()

    def stacked(self) -> bool:
        return self.orientation() == Qt.Orientation.Vertical

    def side_by_side_width(self) -> int:
        """The least width at which the panes fit side by side."""
        panes = self._panes()
        needed = sum(_min_size(w).width() for w in panes)
        needed += self.handleWidth() * max(0, len(panes) - 1)
        return max(self.breakpoint, needed)

    def minimumSizeHint(self) -> QSize:
        panes = self._panes()
        if not panes:
            return super().minimumSizeHint()
        handles = self.handleWidth() * max(0, len(panes) - 1)
        width = max(_min_size(w).width() for w in panes)
        if self.stacked():
            height = sum(_min_size(w).height() for w in panes) + handles
        else:
            height = max(_min_size(w).height() for w in panes)
        return QSize(width, height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        want = (
            Qt.Orientation.Vertical
            if event.size().width() < self.side_by_side_width()
            else Qt.Orientation.Horizontal
        )
        if want != self.orientation():
            self.setOrientation(want)
            self.updateGeometry()
            super().resizeEvent(event)
            self._spread()
            return
        super().resizeEvent(event)

    def _spread(self) -> None:
        """Share the room by ``shares`` (after a turn the old sizes mean nothing)."""
        extent = self.height() if self.stacked() else self.width()
        if extent <= 0:
            return
        total = sum(self.shares) or 1
        self.setSizes([max(1, extent * share // total) for share in self.shares])

    def _panes(self) -> list[QWidget]:
        panes = []
        for index in range(self.count()):
            widget = self.widget(index)
            if widget is not None and not widget.isHidden():
                panes.append(widget)
        return panes


def _min_size(widget: QWidget) -> QSize:
    """What a layout would give the widget at least (explicit minimum, else its hint)."""
    hint = widget.minimumSizeHint()
    explicit = widget.minimumSize()
    return QSize(
        explicit.width() if explicit.width() > 0 else max(0, hint.width()),
        explicit.height() if explicit.height() > 0 else max(0, hint.height()),
    )


def split(orientation: Qt.Orientation, *panes: tuple[QWidget, int, int]) -> QSplitter:
    """A plain splitter of ``panes``, each (widget, stretch factor, first size in px);
    a stretch of 0 leaves the widget's own."""
    splitter = QSplitter(orientation)
    for i, (widget, stretch, _size) in enumerate(panes):
        splitter.addWidget(widget)
        if stretch:
            splitter.setStretchFactor(i, stretch)
    splitter.setSizes([size for _widget, _stretch, size in panes])
    return splitter
