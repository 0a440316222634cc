"""Declarative base, column types and the sync bookkeeping every synced row carries."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    BigInteger,
    Dialect,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from executrek.models import clock
from executrek.models.ids import new_id

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[dt.datetime]):
    """Aware UTC datetimes stored as ISO text; naive input is refused (a bug)."""

    impl = String(32)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")

    def process_result_value(self, value: str | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        return dt.datetime.fromisoformat(value)  # Python 3.11+ reads the trailing "Z" as UTC


class Scaled(TypeDecorator[Decimal]):
    """An exact decimal stored as a scaled integer (SQLite has no exact decimal type;
    PostgreSQL gets a bigint). ``Scaled(2)`` holds money in cents."""

    impl = BigInteger
    cache_ok = True

    def __init__(self, scale: int = 2) -> None:
        super().__init__()
        self.scale = scale

    def process_bind_param(self, value: Decimal | int | None, dialect: Dialect) -> int | None:
        if value is None:
            return None
        return int(Decimal(value).scaleb(self.scale).to_integral_value())

    def process_result_value(self, value: int | None, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        return Decimal(value).scaleb(-self.scale)


def Money() -> Scaled:
    return Scaled(2)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        dt.datetime: UTCDateTime(),
        Decimal: Scaled(2),
        dict[str, Any]: JSON(),
        list[Any]: JSON(),
    }


def utcnow() -> dt.datetime:
    return clock.now()


# Columns that are bookkeeping, never part of a field patch.
BOOKKEEPING = frozenset({"row_version", "field_versions", "updated_at", "updated_by"})


class Synced:
    """Mixin for every row that replicates to the central database.

    ``row_version`` and ``field_versions`` are the server's versions as last seen by
    this laptop (0 / {} until the first sync). Rows are never hard-deleted: a tombstone
    (``deleted_at``) is set instead, and the sync engine carries it.
    """

    __sync_kind__: ClassVar[str] = "state"  # "state" rows merge field by field

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    created_by: Mapped[str | None] = mapped_column(String(36))
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_by: Mapped[str | None] = mapped_column(String(36))
    deleted_at: Mapped[dt.datetime | None]
    row_version: Mapped[int] = mapped_column(Integer, default=0)
    field_versions: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)

    @property
    def is_deleted(self) -> bool:
        return self.deleted_at is not None


class EventRow:
    """Mixin for insert-only rows (status changes, approvals, signatures, comments,
    checklist responses): they never conflict and are never updated."""

    __sync_kind__: ClassVar[str] = "event"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    created_by: Mapped[str | None] = mapped_column(String(36))
    row_version: Mapped[int] = mapped_column(Integer, default=0)


# Declarative places a mixin's columns after the class's own; ``sort_order`` (lowest
# first; on a tie the class's columns come before the mixin's) keeps every table's
# columns in the order its migration created them.
_PROJECT_ORDER = -2
# The number columns' place; a variant column choosing the number series (issue type,
# change-order tier) takes it too, to stand right before them.
VARIANT_ORDER = -1


class InProject:
    """Mixin for a row of one project, removed with it."""

    project_id: Mapped[str] = mapped_column(
        ForeignKey("projects.id", ondelete="CASCADE"), sort_order=_PROJECT_ORDER
    )


class Numbered(InProject):
    """Mixin for a record with a human number (``RSK-004``): the number of its project's
    series, or a draft number carrying the device tag until the first sync
    (``models/numbering.py``)."""

    number: Mapped[int | None] = mapped_column(sort_order=VARIANT_ORDER)
    draft_number: Mapped[str | None] = mapped_column(String(24), sort_order=VARIANT_ORDER)


class Defect:
    """Mixin for a defect a checklist can raise and another system can hand over (punch
    items, contractor issues): when it was closed, its identity in the other system (a
    Procore id, a BCF topic GUID, an import row key: re-imports never duplicate it) and
    the failed checklist item that raised it. Its columns follow the class's own; it
    stands before ``Synced`` among the bases, whose columns come after."""

    closed_at: Mapped[dt.datetime | None]
    external_ref: Mapped[str | None] = mapped_column(String(200), index=True)
    inspection_item_id: Mapped[str | None] = mapped_column(ForeignKey("inspection_items.id"))


class StatusChange(InProject):
    """Mixin for the status events of a record (``EventRow``): from what, to what, why.
    The class adds the key of the record it follows."""

    from_status: Mapped[str | None] = mapped_column(String(24))
    to_status: Mapped[str] = mapped_column(String(24))
    note: Mapped[str | None] = mapped_column(Text)
