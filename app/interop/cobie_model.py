"""Plain values for a COBie handover workbook: the Facility → Floor → Space tree,
zones, component types and components."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CobieSpace:
    name: str  # the room number, e.g. "A104"
    description: str | None  # e.g. "Bathroom 1"
    category: str | None
    floor_name: str
    room_tag: str | None = None
    external_id: str | None = None
    zones: tuple[str, ...] = ()


@dataclass(frozen=True)
class CobieFloor:
    name: str
    description: str | None
    category: str | None
    elevation: float | None = None
    height: float | None = None
    external_id: str | None = None
    spaces: tuple[CobieSpace, ...] = ()


@dataclass(frozen=True)
class CobieFacility:
    name: str
    description: str | None = None
    category: str | None = None
    project_name: str | None = None
    site_name: str | None = None
    external_id: str | None = None
    floors: tuple[CobieFloor, ...] = ()


@dataclass(frozen=True)
class CobieZone:
    name: str
    category: str | None
    description: str | None
    space_names: tuple[str, ...]


@dataclass(frozen=True)
class CobieType:
    name: str
    category: str | None
    description: str | None
    manufacturer: str | None = None
    model_number: str | None = None


@dataclass(frozen=True)
class CobieComponent:
    """An installed item. ``space_names`` lists every space it serves (a door names two)."""

    name: str
    type_name: str | None
    space_names: tuple[str, ...]
    description: str | None
    external_id: str | None = None
    serial_number: str | None = None
    tag_number: str | None = None


@dataclass(frozen=True)
class CobieWorkbook:
    facility: CobieFacility
    zones: tuple[CobieZone, ...]
    types: tuple[CobieType, ...]
    components: tuple[CobieComponent, ...]
    sheets: tuple[str, ...]  # every sheet name in the workbook
    warnings: tuple[str, ...]

    @property
    def floors(self) -> tuple[CobieFloor, ...]:
        return self.facility.floors

    @property
    def spaces(self) -> tuple[CobieSpace, ...]:
        return tuple(space for floor in self.facility.floors for space in floor.spaces)

    def location_paths(self) -> tuple[tuple[str, ...], ...]:
        """Every location as a path, parents first: (facility, floor), (facility, floor, space) …"""
        paths: list[tuple[str, ...]] = [(self.facility.name,)]
        for floor in self.facility.floors:
            paths.append((self.facility.name, floor.name))
            paths.extend((self.facility.name, floor.name, space.name) for space in floor.spaces)
        return tuple(paths)


@dataclass(frozen=True)
class CobiePreview:
    facility_name: str
    floor_count: int
    space_count: int
    zone_count: int
    type_count: int
    component_count: int
    floor_names: tuple[str, ...]
    sheets: tuple[str, ...]
    warnings: tuple[str, ...]
