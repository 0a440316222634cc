"""Every screen fits a laptop in German too: German labels run longer than English ones, so
the checks of ``test_laptop_fit`` run again with the German translation installed (each
page's minimum size within 1280×720, its primary actions shown whole at 1366×768 and
1280×720, the checklist runner's "Complete inspection" in view)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from gui_fixtures import MakeWindow, demo_ctx, gui_ctx, make_window
from PySide6.QtCore import QCoreApplication, QLocale, QSize, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from test_laptop_fit import LAPTOP, SMALL
from test_laptop_fit import test_complete_inspection_stays_in_view as complete_in_view
from test_laptop_fit import (
    test_every_page_fits_a_laptop_with_its_primary_actions_in_view as every_page_fits,
)

from executrek.app.context import AppContext
from executrek.ui.launch import install_translations

__all__ = ["demo_ctx", "gui_ctx", "make_window"]


@pytest.fixture
def german(qapp: QApplication) -> Iterator[list[QTranslator]]:
    installed = install_translations(qapp, "de")
    # the pages below really show German (a missing .qm would pass in English)
    assert QCoreApplication.translate("Navigation", "Punch list") == "Mängelliste"
    assert QCoreApplication.translate("SyncPage", "Sync now") == "Jetzt synchronisieren"
    yield installed
    for translator in installed:
        QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(QLocale.system())


@pytest.mark.slow
def test_every_page_fits_a_laptop_in_german(
    qtbot: QtBot, german: list[QTranslator], demo_ctx: AppContext, make_window: MakeWindow
) -> None:
    every_page_fits(qtbot, demo_ctx, make_window)


@pytest.mark.parametrize("size", [LAPTOP, SMALL], ids=["1366x768", "1280x720"])
def test_complete_inspection_stays_in_view_in_german(
    qtbot: QtBot,
    german: list[QTranslator],
    demo_ctx: AppContext,
    make_window: MakeWindow,
    size: QSize,
) -> None:
    complete_in_view(qtbot, demo_ctx, make_window, size)
