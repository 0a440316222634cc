"""The screens in the navigation, in order. Each entry builds its page from the main
window (which gives it ``ctx``, ``runner``, ``call()``, the ``changed`` and
``project_changed`` signals and ``current_project_id``). Add a screen with one line."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from executrek.ui.main_window import MainWindow


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str  # translated by the main window (context "Navigation")
    shortcut: str | None
    factory: Callable[[MainWindow], QWidget]


def _portfolio(window: MainWindow) -> QWidget:
    from executrek.ui.portfolio_page import PortfolioPage

    return PortfolioPage(window)


PAGES: list[PageSpec] = [
    PageSpec("portfolio", "Portfolio", "Ctrl+1", _portfolio),
]
