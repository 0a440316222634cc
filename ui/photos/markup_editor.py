"""The markup editor: tools, colour, width and undo around a ``MarkupCanvas``.

It edits a copy; "Save" hands the new ``Markup`` to ``on_save`` (the page stores it as
vector data through the photo library, off the GUI thread). The original is never
touched.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QColor, QIcon, QImage, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QSpinBox,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from executrek.app.photos.catalogue import PhotoSummary
from executrek.app.photos.library import PhotoLibrary
from executrek.app.photos.markup import Markup
from executrek.ui.photos.markup_canvas import MarkupCanvas, Tool
from executrek.ui.widgets.screen_fit import resize_within_screen

if TYPE_CHECKING:
    from executrek.ui.main_window import MainWindow

PALETTE = ("#ff0000", "#ffd400", "#00c853", "#2979ff", "#ffffff", "#000000")
WIDTH_STEP = 0.002  # one step of the width box, as a fraction of the long edge


def _swatch(colour: str) -> QIcon:
    pixmap = QPixmap(16, 16)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


class MarkupEditor(QDialog):
    def __init__(
        self,
        image: QImage,
        markup: Markup,
        on_save: Callable[[Markup], None],
        parent: QWidget | None = None,
        *,
        ask_text: Callable[[], str | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mark up photo"))
        resize_within_screen(self, 1000, 750)
        self._on_save = on_save
        self.canvas = MarkupCanvas(ask_text=ask_text)
        self.canvas.set_photo(image, markup)
        bar = QToolBar()
        tools = QActionGroup(self)
        tools.setExclusive(True)
        names = {
            Tool.ARROW: self.tr("Arrow"),
            Tool.ELLIPSE: self.tr("Ellipse"),
            Tool.RECTANGLE: self.tr("Rectangle"),
            Tool.FREEHAND: self.tr("Freehand"),
            Tool.TEXT: self.tr("Text"),
        }
        self.tool_actions: dict[Tool, QAction] = {}
        for tool, name in names.items():
            action = QAction(name, self)
            action.setCheckable(True)
            action.setChecked(tool is Tool.ARROW)
            action.triggered.connect(lambda _c=False, t=tool: self.set_tool(t))
            tools.addAction(action)
            bar.addAction(action)
            self.tool_actions[tool] = action
        bar.addSeparator()
        for colour in PALETTE:
            swatch = QAction(_swatch(colour), colour, self)
            swatch.setToolTip(self.tr("Colour {colour}").format(colour=colour))
            swatch.triggered.connect(lambda _c=False, c=colour: self.set_colour(c))
            bar.addAction(swatch)
        other = QAction(self.tr("Other colour…"), self)
        other.triggered.connect(self._pick_colour)
        bar.addAction(other)
        bar.addSeparator()
        bar.addWidget(QLabel(self.tr("Width ")))
        self.width_box = QSpinBox()
        self.width_box.setRange(1, 20)
        self.width_box.setValue(3)
        self.width_box.valueChanged.connect(self._width_changed)
        bar.addWidget(self.width_box)
        bar.addSeparator()
        self.undo_action = QAction(self.tr("Undo"), self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.triggered.connect(self.canvas.undo)
        bar.addAction(self.undo_action)
        clear = QAction(self.tr("Remove all"), self)
        clear.triggered.connect(self.canvas.clear_all)
        bar.addAction(clear)
        self.colour_label = QLabel()
        bar.addWidget(self.colour_label)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(bar)
        layout.addWidget(self.canvas, 1)
        layout.addWidget(
            QLabel(self.tr("Markup is kept separately: the original photo is never changed."))
        )
        layout.addWidget(buttons)
        self.canvas.markup_changed.connect(lambda _m: self._update_actions())
        self._width_changed(self.width_box.value())
        self.set_colour(PALETTE[0])
        self._update_actions()

    def set_tool(self, tool: Tool) -> None:
        self.canvas.tool = tool
        self.tool_actions[tool].setChecked(True)

    def set_colour(self, colour: str) -> None:
        self.canvas.colour = colour
        self.colour_label.setText("  ■")
        self.colour_label.setStyleSheet(f"color: {colour}; font-size: 18px;")

    def _pick_colour(self) -> None:
        chosen = QColorDialog.getColor(QColor(self.canvas.colour), self, self.tr("Markup colour"))
        if chosen.isValid():
            self.set_colour(chosen.name())

    def _width_changed(self, value: int) -> None:
        self.canvas.width_fraction = round(value * WIDTH_STEP, 6)
        self.canvas.text_size = round(0.02 + value * 0.006, 6)

    def _update_actions(self) -> None:
        self.undo_action.setEnabled(self.canvas.can_undo())

    def save(self) -> None:
        self._on_save(self.canvas.markup())
        self.accept()


def open_markup_editor(
    window: MainWindow, library: PhotoLibrary, photo: PhotoSummary, parent: QWidget
) -> None:
    """Open the markup editor on ``photo`` once its full image is read (off the GUI
    thread); "Save" stores the new markup through ``library``, also off the GUI thread."""

    def save(markup: Markup) -> None:
        window.call(lambda: library.set_markup(photo.id, markup))

    def open_editor(image: QImage) -> None:
        editor = MarkupEditor(image, photo.markup, save, parent)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.open()

    window.call(lambda: QImage(str(library.report_copy(photo.sha256))), open_editor, pool="cpu")
