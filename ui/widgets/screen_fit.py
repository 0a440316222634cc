"""Window and dialog sizes that fit the screen: a dialog asks for a comfortable size and
gets at most the screen's free area (a 1366×768 laptop leaves about 1366×690 once the
task bar and the title bar are counted)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

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
