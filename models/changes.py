"""What a unit of work changed, so each screen can decide whether to redraw."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Changes:
    created: dict[str, set[str]] = field(default_factory=dict)
    updated: dict[str, set[str]] = field(default_factory=dict)
    deleted: dict[str, set[str]] = field(default_factory=dict)
    projects: set[str] = field(default_factory=set)

    def note(self, kind: str, table: str, row_id: str, project_id: str | None) -> None:
        getattr(self, kind).setdefault(table, set()).add(row_id)
        if project_id:
            self.projects.add(project_id)

    @property
    def tables(self) -> frozenset[str]:
        return frozenset(self.created) | frozenset(self.updated) | frozenset(self.deleted)

    def touches(self, *tables: str) -> bool:
        return bool(self.tables.intersection(tables))

    def merge(self, other: Changes) -> None:
        for kind in ("created", "updated", "deleted"):
            mine: dict[str, set[str]] = getattr(self, kind)
            for table, ids in getattr(other, kind).items():
                mine.setdefault(table, set()).update(ids)
        self.projects |= other.projects

    def __bool__(self) -> bool:
        return bool(self.tables)
