"""The budget page's tree: the cost-code tree of ``figures.budget_figures`` with each code's
roll-up, the budget lines under their code, and a totals row at the end.

Every figure is the one ``budget_figures`` computed (the model only formats it), so the
screen, the export and the cost report show the same numbers. Money cells are exact, to
the cent; the page says their currency once above the tree.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from executrek.models.records.cost.figures import (
    CHANGE_EVENT_WEIGHT_PCT,
    CHANGE_ORDER_WEIGHT_PCT,
    REQUEST_WEIGHT_PCT,
    BudgetFigures,
    CodeNode,
    LineFigures,
    Totals,
)
from executrek.ui.labels import RAG_COLOURS, money
from executrek.ui.pages.cost_labels import word

Index = QModelIndex | QPersistentModelIndex


class Col(enum.IntEnum):
    NAME = 0
    ORIGINAL = 1
    TRANSFERS = 2
    APPROVED = 3
    COMMITTED = 4
    TO_DATE = 5
    PENDING = 6
    EAC = 7
    VARIANCE = 8


HEADERS = {
    Col.NAME: QT_TRANSLATE_NOOP("BudgetTree", "Cost code / budget line"),
    Col.ORIGINAL: QT_TRANSLATE_NOOP("BudgetTree", "Original"),
    Col.TRANSFERS: QT_TRANSLATE_NOOP("BudgetTree", "Transfers"),
    Col.APPROVED: QT_TRANSLATE_NOOP("BudgetTree", "Approved"),
    Col.COMMITTED: QT_TRANSLATE_NOOP("BudgetTree", "Committed"),
    Col.TO_DATE: QT_TRANSLATE_NOOP("BudgetTree", "Cost\nto date"),
    Col.PENDING: QT_TRANSLATE_NOOP("BudgetTree", "Pending\n(weighted)"),
    Col.EAC: QT_TRANSLATE_NOOP("BudgetTree", "EAC"),
    Col.VARIANCE: QT_TRANSLATE_NOOP("BudgetTree", "Variance"),
}
_APPROVED_TIP = QT_TRANSLATE_NOOP("BudgetTree", "Original plus approved transfers in, less out")
_PENDING_TIP = QT_TRANSLATE_NOOP(
    "BudgetTree",
    "Pending changes weighted by probability: change orders {co} %, requests {cor} %, "
    "change events {ce} %",
)
_EAC_TIP = QT_TRANSLATE_NOOP("BudgetTree", "Committed + pending (weighted) + uncommitted budget")
_VARIANCE_TIP = QT_TRANSLATE_NOOP("BudgetTree", "Approved budget less EAC (negative: over)")
HEADER_TIPS = {
    Col.APPROVED: _APPROVED_TIP,
    Col.PENDING: _PENDING_TIP,
    Col.EAC: _EAC_TIP,
    Col.VARIANCE: _VARIANCE_TIP,
}
# The figure each money column shows (``Totals`` and ``LineFigures`` share the names).
FIGURE = {
    Col.ORIGINAL: "original",
    Col.APPROVED: "approved_budget",
    Col.COMMITTED: "committed",
    Col.TO_DATE: "cost_to_date",
    Col.PENDING: "pending_weighted",
    Col.EAC: "eac",
    Col.VARIANCE: "variance",
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("BudgetTree", text)


def figure(values: Totals | LineFigures, col: Col) -> Decimal:
    """The amount of money column ``col`` (transfers: in less out)."""
    if col is Col.TRANSFERS:
        return values.transfers_in - values.transfers_out
    value: Decimal = getattr(values, FIGURE[col])
    return value


@dataclass(eq=False)
class Node:
    """A row of the tree: a cost code, a budget line or the totals row."""

    kind: str  # "code", "line", "total"
    key: str  # the cost code's or the line's id ("total" for the totals row)
    label: str
    values: Totals | LineFigures
    parent: Node | None = None
    children: list[Node] = field(default_factory=list)
    line: LineFigures | None = None
    row: int = 0

    @property
    def id(self) -> str | None:
        return self.line.line_id if self.line is not None else None


def build_nodes(found: BudgetFigures) -> list[Node]:
    """The roots (cost codes without a parent) and the totals row last."""

    def code_node(code: CodeNode, parent: Node | None) -> Node:
        node = Node("code", code.cost_code_id, f"{code.code} · {code.name}", code.totals, parent)
        for child in code.children:
            node.children.append(code_node(child, node))
        for line in code.lines:
            label = f"{line.number} · {line.title}"
            node.children.append(Node("line", line.line_id, label, line, node, line=line))
        for i, child_node in enumerate(node.children):
            child_node.row = i
        return node

    roots = [code_node(code, None) for code in found.tree]
    roots.append(
        Node("total", "total", QCoreApplication.translate("BudgetTree", "Total"), found.total)
    )
    for i, root in enumerate(roots):
        root.row = i
    return roots


_DISPLAY = Qt.ItemDataRole.DisplayRole.value
_ALIGN = Qt.ItemDataRole.TextAlignmentRole.value
_FONT = Qt.ItemDataRole.FontRole.value
_FOREGROUND = Qt.ItemDataRole.ForegroundRole.value
_TOOLTIP = Qt.ItemDataRole.ToolTipRole.value
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


class BudgetTreeModel(QAbstractItemModel):
    """The cost-code tree with the budget's figures; see the module docstring."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.roots: list[Node] = []
        self.currency = ""
        self._bold = QFont()
        self._bold.setBold(True)

    def set_figures(self, found: BudgetFigures) -> None:
        self.beginResetModel()
        self.currency = found.currency
        self.roots = build_nodes(found)
        self.endResetModel()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Col) - 1)

    def clear(self) -> None:
        self.beginResetModel()
        self.roots = []
        self.endResetModel()

    # --- finding rows ----------------------------------------------------------------
    def node(self, index: Index) -> Node | None:
        if not index.isValid():
            return None
        found: Node = index.internalPointer()
        return found

    def find(self, key: str) -> QModelIndex:
        """The index of the budget line or cost code ``key`` (invalid when not shown)."""
        stack = list(self.roots)
        while stack:
            node = stack.pop()
            if node.key == key:
                return self.createIndex(node.row, 0, node)
            stack.extend(node.children)
        return QModelIndex()

    def lines(self) -> list[Node]:
        """Every budget line row, in tree order."""
        out: list[Node] = []

        def walk(nodes: list[Node]) -> None:
            for n in nodes:
                if n.kind == "line":
                    out.append(n)
                walk(n.children)

        walk(self.roots)
        return out

    # --- the model -------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        siblings = self._children(parent)
        if not (0 <= row < len(siblings) and 0 <= column < len(Col)):
            return QModelIndex()
        return self.createIndex(row, column, siblings[row])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        node = self.node(index)
        if node is None or node.parent is None:
            return QModelIndex()
        return self.createIndex(node.parent.row, 0, node.parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._children(parent))

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return len(Col)

    def _children(self, parent: Index) -> list[Node]:
        node = self.node(parent)
        return self.roots if node is None else node.children

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Col):
            return None
        col = Col(section)
        if role == _DISPLAY:
            return _tr(str(HEADERS[col]))
        if role == Qt.ItemDataRole.ToolTipRole.value:
            tip = HEADER_TIPS.get(col)
            if tip is None:
                return None
            return _tr(str(tip)).format(
                co=CHANGE_ORDER_WEIGHT_PCT, cor=REQUEST_WEIGHT_PCT, ce=CHANGE_EVENT_WEIGHT_PCT
            )
        if role == _ALIGN:
            return _LEFT if col is Col.NAME else _RIGHT
        return None

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        node = self.node(index)
        if node is None:
            return None
        col = Col(index.column())
        if role == _DISPLAY:
            return node.label if col is Col.NAME else money(figure(node.values, col))
        if role == _ALIGN:
            return _LEFT if col is Col.NAME else _RIGHT
        if role == _FONT:
            return self._bold if node.kind != "line" else None
        if role == _FOREGROUND:
            if col is not Col.NAME and figure(node.values, col) < 0:
                return QColor(RAG_COLOURS["red"])
            return None
        if role == _TOOLTIP:
            return self._tooltip(node, col)
        return None

    def _tooltip(self, node: Node, col: Col) -> str | None:
        v = node.values
        c = self.currency
        if col is Col.TRANSFERS:
            return QCoreApplication.translate("BudgetTree", "In {into} · out {out}").format(
                into=money(v.transfers_in, c), out=money(v.transfers_out, c)
            )
        if col is Col.EAC:
            return QCoreApplication.translate(
                "BudgetTree", "Committed {committed} + pending {pending} + uncommitted {rest}"
            ).format(
                committed=money(v.committed, c),
                pending=money(v.pending_weighted, c),
                rest=money(v.uncommitted, c),
            )
        if col is Col.VARIANCE and v.variance < 0:
            return QCoreApplication.translate("BudgetTree", "Over budget by {amount}").format(
                amount=money(-v.variance, c)
            )
        if col is Col.NAME and node.line is not None:
            line = node.line
            details = " · ".join(
                [line.cost_code, word(line.category.value), word(line.status.value)]
            )
            return f"{node.label}\n{details}"
        return None
