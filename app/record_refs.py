"""Human record numbers (PI-0042, NCR-001, CO-003, INS-002, RSK-004) ↔ record ids.

Photos attach to records by ``(record_type, record_id)``; people name records by their
number. ``resolve`` turns a number typed on the command line or picked in the app into
the record; ``labels`` gives the short "PI-0042 · Cracked tile" label of many records
at once (one query per record type).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from executrek.models import kinds
from executrek.models.errors import ValidationError
from executrek.models.project import Location
from executrek.models.records.inspection.model import InspectionItem
from executrek.models.store import Store


@dataclass(frozen=True)
class RecordRef:
    record_type: str
    record_id: str
    label: str  # "PI-0042 · Cracked tile in corridor"

    @property
    def key(self) -> tuple[str, str]:
        return self.record_type, self.record_id


def _split(number: str) -> tuple[str, int | None, str | None]:
    """``PI-0042`` → ("PI", 42, None); ``PI-7F3A-3`` → ("PI", None, "7F3A-3")."""
    prefix, _, rest = number.strip().upper().partition("-")
    if not prefix or not rest:
        raise ValidationError(
            "record", "'{number}' is not a record number like PI-0042.", number=number
        )
    if rest.isdigit():
        return prefix, int(rest), None
    return prefix, None, rest


def resolve(store: Store, project_id: str, number: str) -> RecordRef:
    """The record of ``project_id`` called ``number``; ``ValidationError`` if none is."""
    prefix, value, draft = _split(number)
    found = kinds.by_prefix().get(prefix)
    if found is None:
        raise ValidationError(
            "record", "'{number}' is not a record number like PI-0042.", number=number
        )
    kind, series = found
    table: Any = kind.model
    record_type = kind.key
    extra: list[Any] = []
    if kind.variant is not None:
        extra.append(getattr(table, kind.variant) == series.variant)
    column = table.number == value if value is not None else table.draft_number == draft
    with store.read() as s:
        row = s.scalar(
            select(table).where(
                table.project_id == project_id, table.deleted_at.is_(None), column, *extra
            )
        )
        if row is None:
            raise ValidationError("record", "There is no record {number} in this project.",
                                  number=number.strip().upper())  # fmt: skip
        return RecordRef(record_type, row.id, _label_of(record_type, row))


def _label_of(record_type: str, row: Any) -> str:
    kind = kinds.BY_KEY.get(record_type)
    if kind is not None:
        return kind.label(row)
    if record_type == "location":
        return str(row.path or row.name)
    if record_type == "inspection_item":
        return str(row.prompt)
    return str(row.id)


_TABLES: dict[str, Any] = {k.key: k.model for k in kinds.KINDS} | {
    "inspection_item": InspectionItem,
    "location": Location,
}


def labels(store: Store, keys: Iterable[tuple[str, str]]) -> dict[tuple[str, str], str]:
    """Labels of many records; unknown or deleted records are left out."""
    by_type: dict[str, set[str]] = {}
    for record_type, record_id in keys:
        by_type.setdefault(record_type, set()).add(record_id)
    out: dict[tuple[str, str], str] = {}
    with store.read() as s:
        for record_type, ids in by_type.items():
            table = _TABLES.get(record_type)
            if table is None:
                continue
            for row in s.scalars(select(table).where(table.id.in_(ids))):
                if row.deleted_at is None:
                    out[(record_type, row.id)] = _label_of(record_type, row)
    return out


def numbers(session: Session, keys: Iterable[tuple[str, str]]) -> dict[tuple[str, str], str]:
    """Record numbers (``PI-012``, ``NCR-003``) of many records of any kind, one
    statement per kind reading only the number columns; other records are left out."""
    by_type: dict[str, set[str]] = {}
    for record_type, record_id in keys:
        if record_type in kinds.BY_KEY:
            by_type.setdefault(record_type, set()).add(record_id)
    out: dict[tuple[str, str], str] = {}
    for record_type, ids in by_type.items():
        kind = kinds.BY_KEY[record_type]
        table = kind.model
        variant = getattr(table, kind.variant) if kind.variant else table.id
        rows = session.execute(
            select(table.id, table.number, table.draft_number, variant).where(
                table.id.in_(ids), table.deleted_at.is_(None)
            )
        )
        for row_id, number, draft, which in rows:
            out[(record_type, row_id)] = kind.display(
                number, draft, which if kind.variant else None
            )
    return out
