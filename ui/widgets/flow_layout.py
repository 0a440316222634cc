"""A layout that puts its widgets in a row and wraps onto the next line when the row is
too narrow (filter bars and button rows that must fit a 1280 px laptop window).

Each line is as tall as its tallest widget; the room left on a line goes to the widgets
added with a stretch (``add_widget(w, 1)``) or to stretches (``add_stretch()``), so a
search box can grow and buttons can sit on the right while everything fits on one line.
The minimum width is that of the widest widget, not the sum of them."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLayout,
    QLayoutItem,
    QSizePolicy,
    QSpacerItem,
    QWidget,
)


class FlowLayout(QLayout):
    """Widgets left to right, wrapping; see the module docstring."""

    def __init__(
        self, parent: QWidget | None = None, *, spacing: int = 8, line_spacing: int = 6
    ) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._stretch: dict[int, int] = {}  # id(item) → stretch factor
        self._h_spacing = spacing
        self._v_spacing = line_spacing
        if parent is not None:
            self.setContentsMargins(0, 0, 0, 0)

    # --- building --------------------------------------------------------------------
    def add_widget(self, widget: QWidget, stretch: int = 0) -> None:
        """Add ``widget``; with ``stretch`` it takes a share of the room left on its line."""
        # Qt makes the item (and lands in ``addItem``): an item made here would belong to
        # Python and could outlive its widget, whose deletion it then touches.
        self.addWidget(widget)
        if stretch:
            self._stretch[id(self._items[-1])] = stretch

    def add_stretch(self, stretch: int = 1) -> None:
        """Empty room that pushes what follows to the right end of its line."""
        item = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self._items.append(item)
        self._stretch[id(item)] = stretch
        self.invalidate()

    def addItem(self, item: QLayoutItem) -> None:  # QLayout.addWidget lands here
        self._items.append(item)
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        if 0 <= index < len(self._items):
            item = self._items.pop(index)
            self._stretch.pop(id(item), None)
            self.invalidate()
            return item
        return None

    # --- sizes -----------------------------------------------------------------------
    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation.Horizontal

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def sizeHint(self) -> QSize:
        items = self._shown()
        width = sum(i.sizeHint().width() for i in items) + self._h_spacing * max(0, len(items) - 1)
        height = max((i.sizeHint().height() for i in items), default=0)
        m = self.contentsMargins()
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    # --- placing ---------------------------------------------------------------------
    def _shown(self) -> list[QLayoutItem]:
        out = []
        for item in self._items:
            widget = item.widget()
            if widget is not None and widget.isHidden():
                continue
            out.append(item)
        return out

    def _lines(self, width: int) -> list[list[tuple[QLayoutItem, int]]]:
        """The items of each line with the width each gets before the room left is shared."""
        lines: list[list[tuple[QLayoutItem, int]]] = [[]]
        used = 0
        for item in self._shown():
            hint = item.sizeHint().width()
            least = item.minimumSize().width()
            w = max(least, min(hint, width))
            line = lines[-1]
            gap = self._h_spacing if line else 0
            if line and used + gap + w > width:
                lines.append([])
                line = lines[-1]
                gap = 0
                used = 0
            line.append((item, w))
            used += gap + w
        return [line for line in lines if line]

    def _arrange(self, rect: QRect, *, apply: bool) -> int:
        m: QMargins = self.contentsMargins()
        inner = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        y = inner.y()
        lines = self._lines(max(1, inner.width()))
        for line in lines:
            height = max(i.sizeHint().height() for i, _ in line)
            if apply:
                self._place_line(line, inner, y, height)
            y += height + self._v_spacing
        return max(0, y - inner.y() - self._v_spacing) + m.top() + m.bottom()

    def _place_line(
        self, line: list[tuple[QLayoutItem, int]], inner: QRect, y: int, height: int
    ) -> None:
        used = sum(w for _, w in line) + self._h_spacing * (len(line) - 1)
        room = max(0, inner.width() - used)
        shares = [self._stretch.get(id(i), 0) for i, _ in line]
        total = sum(shares)
        x = inner.x()
        given = 0
        for k, ((item, w), share) in enumerate(zip(line, shares, strict=True)):
            extra = 0
            if total and share:
                extra = room * share // total
                given += extra
                if k == max(j for j, s in enumerate(shares) if s):
                    extra += room - given  # rounding leftovers to the last stretch
            width = w + extra
            maximum = item.maximumSize()
            width = min(width, maximum.width())
            if item.expandingDirections() & Qt.Orientation.Vertical:
                h = height
            else:
                h = item.sizeHint().height()
            h = max(item.minimumSize().height(), min(h, height, maximum.height()))
            top = y + (height - h) // 2
            item.setGeometry(QRect(QPoint(x, top), QSize(width, h)))
            x += w + extra + self._h_spacing


def together(*widgets: QWidget, grows: QWidget | None = None, spacing: int = 6) -> QWidget:
    """``widgets`` that must stay on one line of a flowing row (a label and its box, a
    choice and its button); ``grows`` takes the room the group is given."""
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(spacing)
    for widget in widgets:
        row.addWidget(widget, 1 if widget is grows else 0)
    return box
