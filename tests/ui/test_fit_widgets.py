"""The pieces that keep pages inside a laptop window: a flowing row wraps instead of
widening, a row of buttons moves what does not fit into "More" (never a primary one),
and a list/detail splitter stacks its panes when narrow."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QTableView, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from executrek.ui.widgets.action_row import ActionRow
from executrek.ui.widgets.adaptive_splitter import AdaptiveSplitter
from executrek.ui.widgets.flow_layout import FlowLayout, together


def settle(widget: QWidget, size: QSize) -> None:
    widget.resize(size)
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)


def test_flow_layout_wraps_and_asks_only_for_its_widest_widget(qtbot: QtBot) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    flow = FlowLayout(host)
    search = QLineEdit()
    search.setMinimumWidth(200)
    buttons = [QPushButton(f"Button number {n}") for n in range(6)]
    flow.add_widget(search, 1)
    for button in buttons:
        flow.add_widget(button)
    widest = max(max(w.sizeHint().width(), w.minimumWidth()) for w in [search, *buttons])
    assert flow.minimumSize().width() <= widest
    one_line = flow.heightForWidth(flow.sizeHint().width())
    assert flow.heightForWidth(400) > 2 * one_line  # several lines when narrow
    host.show()
    settle(host, QSize(flow.sizeHint().width() + 200, one_line))
    tops = {w.geometry().top() for w in [search, *buttons]}
    assert len(tops) == 1  # one line when there is room; the search box takes the rest
    assert search.width() > search.sizeHint().width()
    settle(host, QSize(400, flow.heightForWidth(400)))
    assert len({w.geometry().top() for w in [search, *buttons]}) > 2
    assert all(host.rect().contains(w.geometry()) for w in [search, *buttons])


def test_together_keeps_a_label_with_its_box(qtbot: QtBot) -> None:
    label, box = QLabel("Location"), QLineEdit()
    group = together(label, box, grows=box)
    qtbot.addWidget(group)
    group.resize(400, 40)
    group.show()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    assert (
        label.geometry().top() == box.geometry().top()
        or abs(label.geometry().center().y() - box.geometry().center().y()) < 4
    )
    assert box.width() > label.width()


def test_action_row_overflows_into_more_but_keeps_primary(qtbot: QtBot) -> None:
    host = QWidget()  # a row sits in a page (a window would take its layout's minimum)
    qtbot.addWidget(host)
    row = ActionRow()
    QVBoxLayout(host).addWidget(row)
    clicked: list[str] = []
    names = ["Edit…", "Submit", "Approve…", "Reject…", "Revise", "Next tier", "Void…"]
    buttons = {}
    for name in names:
        button = QPushButton(name)
        button.clicked.connect(lambda _c=False, n=name: clicked.append(n))
        row.add(button, primary=name in ("Submit", "Approve…"))
        buttons[name] = button
    buttons["Revise"].setEnabled(False)
    host.show()
    settle(host, QSize(row.sizeHint().width() + 40, 60))
    assert row.overflow == [] and row.more.isHidden()
    narrow = row.minimumSizeHint().width()
    assert narrow < row.sizeHint().width() / 2
    settle(host, QSize(narrow + 30, 60))
    assert host.minimumSizeHint().width() <= narrow + 30
    assert buttons["Submit"].isVisible() and buttons["Approve…"].isVisible()
    assert not row.more.isHidden()
    assert [b.text() for b in row.overflow] == [n for n in names if n not in ("Submit", "Approve…")]
    row.menu.aboutToShow.emit()
    actions = {a.text(): a for a in row.menu.actions()}
    assert not actions["Revise"].isEnabled()  # disabled stays disabled in the menu
    actions["Void…"].trigger()
    assert clicked == ["Void…"]


def test_adaptive_splitter_stacks_when_narrow(qtbot: QtBot) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    table, detail = QTableView(), QWidget()
    detail.setMinimumSize(360, 100)
    splitter = AdaptiveSplitter(table, detail, breakpoint=800, shares=(3, 2))
    QVBoxLayout(host).addWidget(splitter)
    assert splitter.minimumSizeHint().width() < 400  # not the panes' sum
    host.show()
    host.resize(1000, 500)
    qtbot.waitUntil(lambda: splitter.orientation() == Qt.Orientation.Horizontal)
    assert table.geometry().right() < detail.geometry().left()
    host.resize(600, 500)
    qtbot.waitUntil(lambda: splitter.stacked())
    qtbot.waitUntil(lambda: table.geometry().bottom() < detail.geometry().top())
    assert detail.width() > 500  # the detail gets the whole width below the list
    host.resize(1000, 500)
    qtbot.waitUntil(lambda: not splitter.stacked())
