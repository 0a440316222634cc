"""Local sync records that never replicate as such: conflicts pulled from the server
(shown to a person, who keeps either value) and mutations the server refused."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from executrek.models.base import Base
from executrek.models.local import SEQ_ORDER, Mutation


class SyncConflict(Base):
    """One field where two edits met. ``shown`` is the value the server kept, ``other``
    the one that lost; ``kind`` is ``auto`` (later clock won), ``review`` (a person must
    decide), ``delete_vs_edit`` or ``edit_vs_delete``."""

    __tablename__ = "sync_conflicts"
    __table_args__ = (Index("ix_sync_conflicts_status", "status", "project_id"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    project_id: Mapped[str] = mapped_column(String(36))
    table_name: Mapped[str] = mapped_column(String(60))
    row_id: Mapped[str] = mapped_column(String(36))
    field: Mapped[str] = mapped_column(String(60))
    kind: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(20), default="open")
    shown: Mapped[Any] = mapped_column(JSON, nullable=True)
    other: Mapped[Any] = mapped_column(JSON, nullable=True)
    shown_by: Mapped[str | None] = mapped_column(String(80))
    other_by: Mapped[str | None] = mapped_column(String(80))
    shown_hlc: Mapped[str | None] = mapped_column(String(64))
    other_hlc: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[str | None] = mapped_column(String(40))
    row_version: Mapped[int] = mapped_column(Integer, default=0)


class SyncQuarantine(Mutation, Base):
    """A mutation the server refused (no membership, invalid): kept here, never lost,
    and visible to the PMO in the server's quarantine."""

    __tablename__ = "sync_quarantine"

    seq: Mapped[int] = mapped_column(
        Integer, primary_key=True, autoincrement=False, sort_order=SEQ_ORDER
    )
    reason: Mapped[str] = mapped_column(Text)
    quarantined_at: Mapped[dt.datetime]
