"""The layout of a pane that sits inside another one: a column of widgets running edge
to edge, since the page around it keeps the margins, often under a section heading."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from executrek.ui.widgets.page_text import section_heading


def flush_column(widget: QWidget) -> QVBoxLayout:
    """``widget``'s vertical layout, without margins of its own."""
    layout = QVBoxLayout(widget)
    layout.setContentsMargins(0, 0, 0, 0)
    return layout


def headed_column(widget: QWidget) -> tuple[QVBoxLayout, QLabel]:
    """``widget``'s :func:`flush_column` and the (empty) section heading at its top."""
    layout = flush_column(widget)
    heading = section_heading()
    layout.addWidget(heading)
    return layout, heading
