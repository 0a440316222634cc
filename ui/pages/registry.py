"""The screens in the navigation, in order. Each entry builds its page from the main
window (which gives it ``ctx``, ``runner``, ``call()``, the ``changed`` and
``project_changed`` signals and ``current_project_id``). Add a screen with one line.

``primary`` names the page's primary actions (attribute paths on the page, a dict entry
by ``name.key``): they must stay in view on a 1366×768 and a 1280×720 window
(``tests/ui/test_laptop_fit.py`` checks every page)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from executrek.ui.main_window import MainWindow


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str  # translated by the main window (context "Navigation")
    shortcut: str | None
    factory: Callable[[MainWindow], QWidget]
    # Reads only through ``window.reader`` and ``window.prefs``: can be the first screen
    # shown at start-up before the store is fully open.
    early: bool = False
    primary: tuple[str, ...] = ()


def primary_widgets(page: QWidget, spec: PageSpec) -> list[QWidget]:
    """The widgets ``spec.primary`` names on ``page`` ("detail.save_button",
    "buttons.submit" for ``page.buttons["submit"]``)."""
    out: list[QWidget] = []
    for path in spec.primary:
        target: Any = page
        for part in path.split("."):
            target = target[part] if isinstance(target, dict) else getattr(target, part)
        assert isinstance(target, QWidget), path
        out.append(target)
    return out


def _portfolio(window: MainWindow) -> QWidget:
    from executrek.ui.pages.portfolio_page import PortfolioPage

    return PortfolioPage(window)


def _dashboard(window: MainWindow) -> QWidget:
    from executrek.ui.pages.dashboard_page import DashboardPage

    return DashboardPage(window)


def _punch(window: MainWindow) -> QWidget:
    from executrek.ui.pages.punch_page import PunchPage

    return PunchPage(window)


def _change_orders(window: MainWindow) -> QWidget:
    from executrek.ui.pages.change_orders_page import ChangeOrdersPage

    return ChangeOrdersPage(window)


def _issues(window: MainWindow) -> QWidget:
    from executrek.ui.pages.issues_page import IssuesPage

    return IssuesPage(window)


def _risks(window: MainWindow) -> QWidget:
    from executrek.ui.pages.risks_page import RisksPage

    return RisksPage(window)


def _directory(window: MainWindow) -> QWidget:
    from executrek.ui.pages.directory_page import DirectoryPage

    return DirectoryPage(window)


def _settings(window: MainWindow) -> QWidget:
    from executrek.ui.pages.settings_page import SettingsPage

    return SettingsPage(window)


def _inspections(window: MainWindow) -> QWidget:
    from executrek.ui.inspections.inspections_page import InspectionsPage

    return InspectionsPage(window)


def _photos(window: MainWindow) -> QWidget:
    from executrek.ui.photos.photos_page import PhotosPage

    return PhotosPage(window)


def _exchange(window: MainWindow) -> QWidget:
    from executrek.ui.pages.exchange_page import ExchangePage

    return ExchangePage(window)


def _sync(window: MainWindow) -> QWidget:
    from executrek.ui.pages.sync_page import SyncPage

    return SyncPage(window)


def _drawings(window: MainWindow) -> QWidget:
    from executrek.ui.drawings.drawings_page import DrawingsPage

    return DrawingsPage(window)


def _diary(window: MainWindow) -> QWidget:
    from executrek.ui.pages.diary_page import DiaryPage

    return DiaryPage(window)


def _schedule(window: MainWindow) -> QWidget:
    from executrek.ui.pages.schedule_page import SchedulePage

    return SchedulePage(window)


def _budget(window: MainWindow) -> QWidget:
    from executrek.ui.pages.budget_page import BudgetPage

    return BudgetPage(window)


def _commitments(window: MainWindow) -> QWidget:
    from executrek.ui.pages.commitments_page import CommitmentsPage

    return CommitmentsPage(window)


def _payments(window: MainWindow) -> QWidget:
    from executrek.ui.pages.payments_page import PaymentsPage

    return PaymentsPage(window)


def _reports(window: MainWindow) -> QWidget:
    from executrek.ui.pages.reports_page import ReportsPage

    return ReportsPage(window)


PAGES: list[PageSpec] = [
    PageSpec("portfolio", "Portfolio", "Ctrl+1", _portfolio, early=True),
    PageSpec("dashboard", "Dashboard", "Ctrl+2", _dashboard, early=True),
    PageSpec(
        "punch",
        "Punch list",
        "Ctrl+3",
        _punch,
        primary=("quick_add", "exporter.button", "bulk_close_button", "detail.save_button"),
    ),
    PageSpec(
        "drawings",
        "Drawings",
        "Ctrl+Shift+D",
        _drawings,
        primary=("import_button", "viewer.add_punch_button", "viewer.add_issue_button"),
    ),
    PageSpec(
        "inspections",
        "Inspections",
        "Ctrl+4",
        _inspections,
        primary=("new_button", "open_button", "exporter.button"),
    ),
    PageSpec(
        "change_orders",
        "Change orders",
        "Ctrl+5",
        _change_orders,
        primary=("new_button", "exporter.button", "buttons.submit", "buttons.approve"),
    ),
    PageSpec(
        "issues",
        "Contractor issues",
        "Ctrl+6",
        _issues,
        primary=("new_button", "exporter.button", "send_button"),
    ),
    PageSpec(
        "risks",
        "Risks",
        "Ctrl+7",
        _risks,
        primary=("new_button", "exporter.button", "save_button"),
    ),
    PageSpec(
        "budget",
        "Budget",
        "Ctrl+Shift+B",
        _budget,
        primary=("new_transfer_button",),
    ),
    PageSpec(
        "commitments",
        "Commitments",
        "Ctrl+Shift+M",
        _commitments,
        primary=("new_button", "pane.execute_button"),
    ),
    PageSpec(
        "payments",
        "Pay applications",
        "Ctrl+Shift+I",
        _payments,
        primary=("new_button", "review.certify_button"),
    ),
    PageSpec(
        "diary",
        "Site diary",
        "Ctrl+Shift+L",
        _diary,
        primary=("open_button", "copy_button", "close_button"),
    ),
    PageSpec(
        "schedule",
        "Schedule",
        "Ctrl+Shift+G",
        _schedule,
        primary=("update_box", "import_button"),
    ),
    PageSpec(
        "directory",
        "Directory",
        "Ctrl+8",
        _directory,
        primary=("add_org_button", "add_person_button"),
    ),
    PageSpec("settings", "Settings", "Ctrl+9", _settings, primary=("save_button",)),
    PageSpec(
        "photos",
        "Photos",
        "Ctrl+0",
        _photos,
        primary=("import_files_button", "import_folder_button"),
    ),
    PageSpec(
        "exchange",
        "Import / export",
        "Ctrl+Shift+E",
        _exchange,
        primary=("choose_button", "import_button", "export_button"),
    ),
    PageSpec("reports", "Reports", "Ctrl+Shift+R", _reports, primary=("build_button",)),
    PageSpec("sync", "Sync", "Ctrl+Shift+Y", _sync, primary=("sync_button", "connect_button")),
]
