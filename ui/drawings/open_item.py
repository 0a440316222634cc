"""Open a pinned item where it lives: the punch list or the contractor issues screen,
with the item's detail shown (and its row selected when the list shows it)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from executrek.models.drawing import PIN_ISSUE, PIN_PUNCH

if TYPE_CHECKING:
    from executrek.ui.main_window import MainWindow


def open_item(window: MainWindow, target_type: str, target_id: str) -> bool:
    """Show the item's screen with the item; False when that screen is not in the window."""
    if target_type == PIN_PUNCH and "punch" in window.page_widgets:
        from executrek.ui.pages.punch_page import PunchPage

        page = window.show_page("punch")
        assert isinstance(page, PunchPage)
        row = page.model.find(target_id)
        if row >= 0:
            page.table.selectRow(row)
        page.detail.load(target_id)
        return True
    if target_type == PIN_ISSUE and "issues" in window.page_widgets:
        from executrek.ui.pages.issues_page import IssuesPage

        issues = window.show_page("issues")
        assert isinstance(issues, IssuesPage)
        row = issues.model.find(target_id)
        if row >= 0:
            issues.table.selectRow(row)
        issues.load_detail(target_id)
        return True
    return False
