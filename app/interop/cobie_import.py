"""A COBie handover workbook → the project's location tree.

Facility → building, Floor → floor, Space → room, each matched on re-import by its
COBie external identifier (or its path) so a second import adds nothing. Components
(installed equipment: doors, fixtures …) are optional: with ``include_components`` each
becomes a location of kind "area" under the first space it serves, so punch items can
be attached to it; without, they are left out with a note saying how many.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from executrek.app.i18n import translate
from executrek.app.interop.cobie import read_cobie
from executrek.app.interop.cobie_model import CobieWorkbook
from executrek.app.interop.exchange_result import ExchangeResult
from executrek.models.project import LocationKind
from executrek.models.services import imports
from executrek.models.store import Store

Progress = Callable[[int, int], None]
NAME_MAX = 200


def location_rows(
    book: CobieWorkbook, *, include_components: bool = False, components_switch: str | None = None
) -> tuple[list[imports.ImportedLocation], list[str], list[str]]:
    """The rows to import, the components that could not be placed, and notes.
    ``components_switch`` names the control that adds components (the CLI's
    ``--components``); the note about left-out components tells the user to use it."""
    facility = book.facility
    site = _name(facility.name)
    rows = [
        imports.ImportedLocation(
            (site,), LocationKind.BUILDING, _ref("facility", facility.external_id, site)
        )
    ]
    space_paths: dict[str, tuple[str, ...]] = {}
    for floor in facility.floors:
        floor_path = (site, _name(floor.name))
        rows.append(
            imports.ImportedLocation(
                floor_path, LocationKind.FLOOR, _ref("floor", floor.external_id, *floor_path)
            )
        )
        for space in floor.spaces:
            path = (*floor_path, _name(space.name))
            space_paths.setdefault(space.name, path)
            rows.append(
                imports.ImportedLocation(
                    path, LocationKind.ROOM, _ref("space", space.external_id, *path)
                )
            )
    unplaced: list[str] = []
    notes: list[str] = []
    if include_components:
        for component in book.components:
            parent = next((space_paths[n] for n in component.space_names if n in space_paths), None)
            if parent is None:
                unplaced.append(
                    translate(
                        "Exchange", "component {name}: its space is not in the workbook"
                    ).format(name=component.name)
                )
                continue
            where = (*parent, _name(component.name))
            rows.append(
                imports.ImportedLocation(
                    where, LocationKind.AREA, _ref("component", component.external_id, *where)
                )
            )
    elif book.components:
        switch = components_switch or translate(
            "Exchange", "“Also import components as areas” ticked"
        )
        notes.append(
            translate(
                "Exchange",
                "{count} component(s) were not imported; import again with {switch} to add "
                "them as areas under their spaces.",
            ).format(count=len(book.components), switch=switch)
        )
    return rows, unplaced, notes


def import_cobie(
    store: Store,
    project_id: str,
    path: Path,
    *,
    include_components: bool = False,
    components_switch: str | None = None,
    progress: Progress | None = None,
) -> ExchangeResult:
    book = read_cobie(path)
    rows, unplaced, notes = location_rows(
        book, include_components=include_components, components_switch=components_switch
    )
    done = imports.import_locations(store, project_id, rows, progress=progress)
    return ExchangeResult.of_import(
        "cobie", path, done, rejected=tuple(unplaced), warnings=book.warnings, notes=tuple(notes)
    )


def _name(text: str) -> str:
    return " ".join(text.split())[:NAME_MAX]


def _ref(kind: str, external_id: str | None, *path: str) -> str:
    if external_id and external_id.strip():
        return external_id.strip()[: imports.REF_MAX]
    return f"cobie:{kind}:" + "/".join(path)[: imports.REF_MAX - 20]
