"""Open a pinned item where it lives: the punch list or the contractor issues screen,
with the item's detail shown and its row selected, through ``MainWindow.open_record``
(the way search opens a record), so the drawings screen never drives another page."""

from __future__ import annotations

from typing import TYPE_CHECKING

from executrek.models.records.drawing.model import PIN_ISSUE, PIN_PUNCH

if TYPE_CHECKING:
    from executrek.ui.main_window import MainWindow

# pin target table → the record kind ``open_record`` takes
_KIND_OF = {PIN_PUNCH: "punch_item", PIN_ISSUE: "issue"}


def open_item(window: MainWindow, target_type: str, target_id: str) -> bool:
    """Show the item's screen with the item; False when that screen is not in the window."""
    kind = _KIND_OF.get(target_type)
    return kind is not None and window.open_record(kind, target_id)
