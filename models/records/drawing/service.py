"""The drawing room's services in one place: what the app, the GUI and the CLI call
(``drawings.register_file``, ``drawings.list_pins``…).

This module only names them; the work is in the modules that do it: ``sheet_import``
(registering an imported file's pages), ``sheets`` (revisions, editing, deleting),
``queries`` (reading sheets and revisions), ``pins`` (placing and reading pins),
``locations`` (locations by code or path, QR labels) and ``checks``. The report's plan
extracts read ``plan_queries``.
"""

from __future__ import annotations

from executrek.models.records.drawing.checks import check_discipline, guess_discipline
from executrek.models.records.drawing.locations import find_location, location_labels
from executrek.models.records.drawing.pins import (
    NewPinnedIssue,
    PinFilter,
    create_issue_with_pin,
    create_punch_item_with_pin,
    get_pin,
    list_pins,
    move_pin,
    pins_for_item,
    place_pin,
    remove_pin,
)
from executrek.models.records.drawing.queries import (
    SheetFilter,
    drawing_shas,
    find_sheet,
    get_sheet,
    list_revisions,
    list_sheets,
)
from executrek.models.records.drawing.sheet_import import NewDrawingFile, register_file
from executrek.models.records.drawing.sheets import (
    NewSheetPage,
    Registered,
    add_revision,
    bulk_update_sheets,
    delete_sheet,
    update_sheet,
)

__all__ = [
    "NewDrawingFile",
    "NewPinnedIssue",
    "NewSheetPage",
    "PinFilter",
    "Registered",
    "SheetFilter",
    "add_revision",
    "bulk_update_sheets",
    "check_discipline",
    "create_issue_with_pin",
    "create_punch_item_with_pin",
    "delete_sheet",
    "drawing_shas",
    "find_location",
    "find_sheet",
    "get_pin",
    "get_sheet",
    "guess_discipline",
    "list_pins",
    "list_revisions",
    "list_sheets",
    "location_labels",
    "move_pin",
    "pins_for_item",
    "place_pin",
    "register_file",
    "remove_pin",
    "update_sheet",
]
