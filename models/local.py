"""Tables that never leave the laptop: the outbox, device identity and clock,
number blocks and sync cursors."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from executrek.models.base import Base

# A mutation's number stands first, its fields next, what the table adds last.
SEQ_ORDER = -2
_MUTATION_ORDER = -1


class Mutation:
    """Mixin for a row holding one local mutation: which row of which table, ``op``
    (insert, update, delete or event), ``patch`` mapping each changed field to
    ``[base, new]``, the server version it was made on and its hybrid-clock stamp. The
    class adds ``seq``, the device's mutation number, with ``sort_order=SEQ_ORDER``."""

    table_name: Mapped[str] = mapped_column(String(60), sort_order=_MUTATION_ORDER)
    row_id: Mapped[str] = mapped_column(String(36), sort_order=_MUTATION_ORDER)
    project_id: Mapped[str | None] = mapped_column(String(36), sort_order=_MUTATION_ORDER)
    op: Mapped[str] = mapped_column(String(10), sort_order=_MUTATION_ORDER)
    patch: Mapped[dict[str, Any]] = mapped_column(JSON, sort_order=_MUTATION_ORDER)
    base_version: Mapped[int] = mapped_column(default=0, sort_order=_MUTATION_ORDER)
    hlc: Mapped[str] = mapped_column(String(64), sort_order=_MUTATION_ORDER)


class Outbox(Mutation, Base):
    """One local mutation waiting for the server, numbered per device (``seq``: the
    exactly-once push)."""

    __tablename__ = "outbox"
    # AUTOINCREMENT: numbers are never reused, even after the outbox was trimmed empty.
    __table_args__ = {"sqlite_autoincrement": True}

    seq: Mapped[int] = mapped_column(
        Integer, primary_key=True, autoincrement=True, sort_order=SEQ_ORDER
    )
    created_at: Mapped[dt.datetime]


class DeviceState(Base):
    """This installation's identity (one row) and the last hybrid-clock reading."""

    __tablename__ = "device_state"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    device_id: Mapped[str] = mapped_column(String(36))
    device_tag: Mapped[str] = mapped_column(String(8))
    hlc_last: Mapped[str] = mapped_column(String(64), default="")
    current_user_id: Mapped[str | None] = mapped_column(String(36))


class NumberBlock(Base):
    """Human-facing numbers this device may hand out for one project and series
    (e.g. ``PI``, ``NCR``). A project created here owns its whole range
    (``end_value`` NULL) until the server leases blocks on first sync; a device with an
    exhausted block hands out draft numbers with its device tag instead."""

    __tablename__ = "number_blocks"

    project_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    series: Mapped[str] = mapped_column(String(8), primary_key=True)
    next_value: Mapped[int] = mapped_column(default=1)
    end_value: Mapped[int | None]


class SyncState(Base):
    """Key/value bookkeeping for the sync engine (cursors, server identity)."""

    __tablename__ = "sync_state"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
