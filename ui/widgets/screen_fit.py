"""Window and dialog sizes that fit the screen: a dialog asks for a comfortable size and
gets at most the screen's free area (a 1366×768 laptop leaves about 1366×690 once the
task bar and the title bar are counted); a long page scrolls instead of growing."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from executrek.ui.widgets.page_text import page_title

#: What the window manager's title bar and frame take from the free height.
FRAME = QSize(16, 40)


def screen_room(widget: QWidget | None = None) -> QSize | None:
    """The free area of the widget's screen (else the primary one) less a window frame;
    None without a screen."""
    screen = widget.screen() if widget is not None else None
    screen = screen or QGuiApplication.primaryScreen()
    if screen is None:
        return None
    free = screen.availableGeometry().size()
    return QSize(max(320, free.width() - FRAME.width()), max(240, free.height() - FRAME.height()))


def resize_within_screen(widget: QWidget, width: int, height: int) -> None:
    """``widget.resize(width, height)``, made smaller where the screen is smaller."""
    wanted = QSize(width, height)
    room = screen_room(widget)
    widget.resize(wanted.boundedTo(room) if room is not None else wanted)


def scrolling(widget: QWidget) -> QScrollArea:
    """``widget`` in a frameless scroll area: a long detail scrolls on a laptop screen
    instead of raising the window's minimum height."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(widget)
    return scroll


def scrolling_page(page: QWidget, title: str) -> tuple[QVBoxLayout, QLabel]:
    """Lay ``page`` out as a column that scrolls on a short window: returns the column's
    layout (12 px between its parts) and the page title ``title`` already on top."""
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    body = QWidget()
    outer.addWidget(scrolling(body))
    layout = QVBoxLayout(body)
    layout.setSpacing(12)
    heading = page_title(title)
    layout.addWidget(heading)
    return layout, heading
