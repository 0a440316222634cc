"""Keys and indexes the tables share: a record number unique in its series, the
per-project index, the key of the row a row belongs to."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ForeignKey, Index, UniqueConstraint
from sqlalchemy.orm import MappedColumn, mapped_column


def unique_number(*variant: str) -> UniqueConstraint:
    """A ``Numbered`` record's number is unique in its series: per project, or per project
    and variant column (issue type, change-order tier, commitment type)."""
    return UniqueConstraint("project_id", *variant, "number")


def project_index(table: str, what: str, *columns: str) -> Index:
    """The index ``ix_<table>_project_<what>`` on ``project_id`` and ``columns`` (by default
    the column ``what``): a project's rows in that order."""
    return Index(f"ix_{table}_project_{what}", "project_id", *(columns or (what,)))


def owned_by(table: str) -> MappedColumn[Any]:
    """The key of the row of ``table`` this row belongs to, removed with it."""
    return mapped_column(ForeignKey(f"{table}.id", ondelete="CASCADE"))
