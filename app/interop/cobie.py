"""Read a COBie 2.4 handover workbook (.xlsx) into locations and components.

COBie puts one kind of thing per sheet, headers in row 1, and writes ``n/a`` where a
value is unknown; Design-stage workbooks even repeat the column name as placeholder.
Both count as empty here. Extra columns are ignored; Zone, Type and Component sheets
are optional; a missing Facility sheet is reported and named after the file.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import openpyxl

from executrek.app.i18n import translate
from executrek.app.interop.cobie_model import (
    CobieComponent,
    CobieFacility,
    CobieFloor,
    CobiePreview,
    CobieSpace,
    CobieType,
    CobieWorkbook,
    CobieZone,
)
from executrek.app.interop.errors import InteropError
from executrek.app.interop.limits import ArchiveLimits, TableLimits
from executrek.app.interop.member_source import SafeZip
from executrek.app.interop.table_model import cell_text
from executrek.app.interop.table_source import file_head, refuse_old_excel
from executrek.app.interop.xlsx_parts import list_sheets
from executrek.app.interop.xlsx_read import open_workbook
from executrek.app.interop.xml_build import parse_float

__all__ = [
    "CobieComponent",
    "CobieFacility",
    "CobieFloor",
    "CobiePreview",
    "CobieSpace",
    "CobieType",
    "CobieWorkbook",
    "CobieZone",
    "preview_cobie",
    "read_cobie",
]

_PLACEHOLDERS = frozenset({"n/a", "na", "n.a.", "n / a", "-", "--"})
Row = Mapping[str, str]


def read_cobie(
    path: Path,
    *,
    include_components: bool = True,
    limits: TableLimits | None = None,
    archive_limits: ArchiveLimits | None = None,
) -> CobieWorkbook:
    """The facility tree (and, unless told otherwise, types and components) of ``path``."""
    limits = limits or TableLimits()
    _check_package(path, archive_limits)
    workbook = open_workbook(path)
    try:
        return _Reader(path, workbook, limits).read(include_components)
    except InteropError:
        raise
    except Exception as exc:
        raise InteropError(
            translate("Interop", "“{name}” cannot be read as a COBie workbook ({detail}).").format(
                name=path.name, detail=str(exc) or type(exc).__name__
            )
        ) from exc
    finally:
        workbook.close()


def preview_cobie(path: Path) -> CobiePreview:
    """Counts and names for an import dialog."""
    book = read_cobie(path)
    return CobiePreview(
        facility_name=book.facility.name,
        floor_count=len(book.floors),
        space_count=len(book.spaces),
        zone_count=len(book.zones),
        type_count=len(book.types),
        component_count=len(book.components),
        floor_names=tuple(floor.name for floor in book.floors),
        sheets=book.sheets,
        warnings=book.warnings,
    )


def _check_package(path: Path, archive_limits: ArchiveLimits | None) -> None:
    _size, head = file_head(path)
    refuse_old_excel(path, head, csv_too=False)
    with SafeZip(
        path, kind=translate("Interop", "COBie workbook (.xlsx)"), limits=archive_limits
    ) as package:
        list_sheets(package)


class _Reader:
    def __init__(self, path: Path, workbook: openpyxl.Workbook, limits: TableLimits) -> None:
        self._path = path
        self._workbook = workbook
        self._limits = limits
        self._warnings: list[str] = []
        self._sheets = {name.strip().lower(): name for name in workbook.sheetnames}

    def read(self, include_components: bool) -> CobieWorkbook:
        floor_rows = self._rows("Floor")
        space_rows = self._rows("Space")
        if floor_rows is None and space_rows is None:
            raise InteropError(
                translate(
                    "Interop",
                    "“{name}” is not a COBie workbook: it has neither a Floor nor a Space sheet.",
                ).format(name=self._path.name)
            )
        zones = self._zones()
        facility = self._facility(list(floor_rows or []), list(space_rows or []), zones)
        types: tuple[CobieType, ...] = ()
        components: tuple[CobieComponent, ...] = ()
        if include_components:
            types = self._types()
            components = self._components(
                {space.name for floor in facility.floors for space in floor.spaces}
            )
        return CobieWorkbook(
            facility=facility,
            zones=zones,
            types=types,
            components=components,
            sheets=tuple(self._workbook.sheetnames),
            warnings=tuple(self._warnings),
        )

    def _rows(self, sheet: str) -> Iterator[Row] | None:
        """Rows of ``sheet`` as {normalized header: text}, blank and nameless rows skipped."""
        actual = self._sheets.get(sheet.lower()) or self._sheets.get(sheet.lower() + "s")
        if actual is None:
            return None
        return self._iter_rows(actual)

    def _iter_rows(self, sheet: str) -> Iterator[Row]:
        worksheet = self._workbook[sheet]
        reset = getattr(worksheet, "reset_dimensions", None)
        if reset is not None:
            reset()
        headers: list[str] = []
        count = 0
        for values in worksheet.iter_rows(values_only=True):
            if not headers:
                headers = [_header(cell_text(value)) for value in values]
                continue
            row: dict[str, str] = {}
            for header, value in zip(headers, values, strict=False):
                text = cell_text(value)
                if (
                    header
                    and text
                    and text.lower() not in _PLACEHOLDERS
                    and _header(text) != header
                ):
                    row[header] = text
            if not row.get("name"):
                continue
            count += 1
            if count > self._limits.max_rows:
                raise InteropError(
                    translate(
                        "Interop", "The sheet “{sheet}” of “{name}” has more than {limit} rows."
                    ).format(sheet=sheet, name=self._path.name, limit=self._limits.max_rows)
                )
            yield row

    def _facility(
        self, floor_rows: list[Row], space_rows: list[Row], zones: tuple[CobieZone, ...]
    ) -> CobieFacility:
        zones_by_space: dict[str, list[str]] = {}
        for zone in zones:
            for space_name in zone.space_names:
                zones_by_space.setdefault(space_name, []).append(zone.name)
        floors: dict[str, _FloorDraft] = {}
        for row in floor_rows:
            name = row["name"]
            if name in floors:
                self._warn_duplicate("Floor", name)
                continue
            floors[name] = _FloorDraft(row)
        seen_spaces: set[str] = set()
        for row in space_rows:
            name = row["name"]
            if name in seen_spaces:
                self._warn_duplicate("Space", name)
                continue
            seen_spaces.add(name)
            floor_name = row.get("floorname") or translate("Interop", "(no floor)")
            if floor_name not in floors:
                self._warnings.append(
                    translate(
                        "Interop",
                        "The space “{space}” is on the floor “{floor}”, which the Floor sheet lacks; it was added.",
                    ).format(space=name, floor=floor_name)
                )
                floors[floor_name] = _FloorDraft({"name": floor_name})
            floors[floor_name].spaces.append(
                CobieSpace(
                    name=name,
                    description=row.get("description"),
                    category=row.get("category"),
                    floor_name=floor_name,
                    room_tag=row.get("roomtag"),
                    external_id=row.get("extidentifier") or row.get("externalidentifier"),
                    zones=tuple(zones_by_space.get(name, ())),
                )
            )
        floor_values = [
            CobieFloor(
                name=name,
                description=draft.row.get("description"),
                category=draft.row.get("category"),
                elevation=parse_float(draft.row.get("elevation")),
                height=parse_float(draft.row.get("height")),
                external_id=draft.row.get("extidentifier") or draft.row.get("externalidentifier"),
                spaces=tuple(draft.spaces),
            )
            for name, draft in floors.items()
        ]
        facility_row = next(iter(self._rows("Facility") or []), None)
        if facility_row is None:
            self._warnings.append(
                translate(
                    "Interop",
                    "“{name}” has no Facility sheet; the facility was named after the file.",
                ).format(name=self._path.name)
            )
            facility_row = {"name": self._path.stem}
        return CobieFacility(
            name=facility_row["name"],
            description=facility_row.get("description"),
            category=facility_row.get("category"),
            project_name=facility_row.get("projectname"),
            site_name=facility_row.get("sitename"),
            external_id=facility_row.get("externalfacilityidentifier")
            or facility_row.get("extidentifier"),
            floors=tuple(floor_values),
        )

    def _zones(self) -> tuple[CobieZone, ...]:
        """COBie lists a zone once per space (or with a comma list); merge them by name."""
        merged: dict[str, _ZoneDraft] = {}
        for row in self._rows("Zone") or []:
            draft = merged.setdefault(
                row["name"], _ZoneDraft(row.get("category"), row.get("description"))
            )
            for space in _split_names(row.get("spacenames")):
                if space not in draft.spaces:
                    draft.spaces.append(space)
        return tuple(
            CobieZone(
                name=name,
                category=draft.category,
                description=draft.description,
                space_names=tuple(draft.spaces),
            )
            for name, draft in merged.items()
        )

    def _types(self) -> tuple[CobieType, ...]:
        return tuple(
            CobieType(
                name=row["name"],
                category=row.get("category"),
                description=row.get("description"),
                manufacturer=row.get("manufacturer"),
                model_number=row.get("modelnumber"),
            )
            for row in self._rows("Type") or []
        )

    def _components(self, known_spaces: set[str]) -> tuple[CobieComponent, ...]:
        components = []
        unknown: set[str] = set()
        for row in self._rows("Component") or []:
            spaces = _split_names(row.get("space"))
            unknown.update(space for space in spaces if space not in known_spaces)
            components.append(
                CobieComponent(
                    name=row["name"],
                    type_name=row.get("typename"),
                    space_names=spaces,
                    description=row.get("description"),
                    external_id=row.get("extidentifier") or row.get("externalidentifier"),
                    serial_number=row.get("serialnumber"),
                    tag_number=row.get("tagnumber"),
                )
            )
        if unknown:
            self._warnings.append(
                translate(
                    "Interop", "Components refer to spaces the Space sheet lacks: {spaces}."
                ).format(spaces=", ".join(sorted(unknown)))
            )
        return tuple(components)

    def _warn_duplicate(self, sheet: str, name: str) -> None:
        self._warnings.append(
            translate(
                "Interop",
                "The {sheet} sheet lists “{name}” more than once; the first row was used.",
            ).format(sheet=sheet, name=name)
        )


@dataclass
class _FloorDraft:
    row: Row
    spaces: list[CobieSpace] = field(default_factory=list)


@dataclass
class _ZoneDraft:
    category: str | None
    description: str | None
    spaces: list[str] = field(default_factory=list)


def _header(text: str) -> str:
    """``"Floor Name"`` → ``"floorname"``."""
    return "".join(char for char in text.lower() if char.isalnum())


def _split_names(text: str | None) -> tuple[str, ...]:
    """``"A104, A101"`` → ``("A104", "A101")``; COBie also uses ``;`` between names."""
    if not text:
        return ()
    return tuple(part.strip() for part in text.replace(";", ",").split(",") if part.strip())
