"""Rows that attach to any record: comments, links, photos, attachments, signatures,
audit."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, Float, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from executrek.models.base import Base, EventRow, InProject, Synced
from executrek.models.table_keys import owned_by, project_index


class Comment(InProject, EventRow, Base):
    """A comment or a response in a thread (insert-only)."""

    __tablename__ = "comments"
    __table_args__ = (Index("ix_comments_record", "record_type", "record_id", "created_at"),)

    record_type: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str] = mapped_column(String(36))
    author_name: Mapped[str] = mapped_column(String(200))
    author_org_id: Mapped[str | None] = mapped_column(ForeignKey("organisations.id"))
    is_response: Mapped[bool] = mapped_column(default=False)
    body: Mapped[str] = mapped_column(Text)


class RecordLink(InProject, Synced, Base):
    """A typed link between two records (issue ↔ risk, CO ↔ issue, …)."""

    __tablename__ = "record_links"
    __table_args__ = (
        UniqueConstraint("from_type", "from_id", "to_type", "to_id"),
        Index("ix_links_to", "to_type", "to_id"),
    )

    from_type: Mapped[str] = mapped_column(String(40))
    from_id: Mapped[str] = mapped_column(String(36))
    to_type: Mapped[str] = mapped_column(String(40))
    to_id: Mapped[str] = mapped_column(String(36))
    relation: Mapped[str] = mapped_column(String(40), default="related")


class Photo(InProject, Synced, Base):
    """Metadata of a photo whose original lives in the content-addressed blob store."""

    __tablename__ = "photos"
    __table_args__ = (
        UniqueConstraint("project_id", "sha256"),
        project_index(__tablename__, "taken", "captured_at"),
    )

    sha256: Mapped[str] = mapped_column(String(64))
    filename: Mapped[str] = mapped_column(String(300))
    mime: Mapped[str] = mapped_column(String(60))
    size_bytes: Mapped[int]
    width: Mapped[int | None]
    height: Mapped[int | None]
    captured_at: Mapped[dt.datetime | None]
    camera_make: Mapped[str | None] = mapped_column(String(100))
    camera_model: Mapped[str | None] = mapped_column(String(100))
    orientation: Mapped[int | None]
    gps_lat: Mapped[float | None] = mapped_column(Float)
    gps_lon: Mapped[float | None] = mapped_column(Float)
    gps_alt: Mapped[float | None] = mapped_column(Float)
    caption: Mapped[str | None] = mapped_column(Text)
    location_id: Mapped[str | None] = mapped_column(ForeignKey("locations.id"))
    markup: Mapped[list[Any]] = mapped_column(JSON, default=list)


class PhotoLink(InProject, Synced, Base):
    __tablename__ = "photo_links"
    __table_args__ = (
        UniqueConstraint("photo_id", "record_type", "record_id"),
        Index("ix_photo_links_record", "record_type", "record_id"),
    )

    photo_id: Mapped[str] = owned_by("photos")
    record_type: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str] = mapped_column(String(36))
    role: Mapped[str] = mapped_column(String(20), default="evidence")  # before / after / …


class Attachment(InProject, Synced, Base):
    """A non-photo file (PDF, spreadsheet) attached to a record, content-addressed."""

    __tablename__ = "attachments"
    __table_args__ = (Index("ix_attachments_record", "record_type", "record_id"),)

    sha256: Mapped[str] = mapped_column(String(64))
    filename: Mapped[str] = mapped_column(String(300))
    mime: Mapped[str] = mapped_column(String(100))
    size_bytes: Mapped[int]
    record_type: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str] = mapped_column(String(36))
    description: Mapped[str | None] = mapped_column(Text)


class AuditEvent(EventRow, Base):
    """A human-readable audit line for a record: created, edited (fields), deleted."""

    __tablename__ = "audit_events"
    __table_args__ = (Index("ix_audit_record", "record_type", "record_id", "created_at"),)

    project_id: Mapped[str | None] = owned_by("projects")
    record_type: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str] = mapped_column(String(36))
    action: Mapped[str] = mapped_column(String(24))
    fields: Mapped[list[Any]] = mapped_column(JSON, default=list)
    summary: Mapped[str | None] = mapped_column(Text)


class Signature(InProject, EventRow, Base):
    """A signature on any record: signer, role, time and the pen strokes as vectors
    (list of strokes, each a list of [x, y] in 0..1), rendered on screen and in reports."""

    __tablename__ = "signatures"
    __table_args__ = (Index("ix_signatures_record", "record_type", "record_id"),)

    record_type: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str] = mapped_column(String(36))
    signer_name: Mapped[str] = mapped_column(String(200))
    signer_role: Mapped[str | None] = mapped_column(String(200))
    signed_at: Mapped[dt.datetime]
    strokes: Mapped[list[Any]] = mapped_column(JSON)
