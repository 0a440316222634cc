"""Drawing files are blob rows like photos: a ``drawing_files`` row is accepted only once
its original is complete on the server, members of its project may read that blob,
and new drawing files never take the bulk insert path (which skips the blob check).

The three functions and the partial index that name the blob tables are rewritten from
their installed definitions (``pg_get_functiondef``), replacing only the table list, so
nothing else in them can drift from migration 0001.

Revision ID: 0002_drawing_blobs
Revises: 0001_central
Create Date: 2026-11-25
"""

from __future__ import annotations

from alembic import op
from sqlalchemy import text

revision = "0002_drawing_blobs"
down_revision = "0001_central"
branch_labels = None
depends_on = None

OLD = "'photos', 'attachments'"
NEW = "'photos', 'attachments', 'drawing_files'"
FUNCTIONS = (
    "pmo.can_read_blob(text)",
    "pmo._apply(jsonb, text)",
    "pmo._bulk_insert(jsonb, bigint, text)",
)


def _rewrite(old: str, new: str) -> None:
    bind = op.get_bind()
    for signature in FUNCTIONS:
        source = bind.execute(
            text("SELECT pg_get_functiondef(CAST(:sig AS regprocedure))"), {"sig": signature}
        ).scalar_one()
        if source.count(old) != 1:
            raise RuntimeError(f"{signature}: expected the blob table list {old} exactly once")
        # Straight to psycopg without parameters: the bodies contain % and :name text.
        raw = bind.connection.driver_connection
        assert raw is not None
        raw.execute(source.replace(old, new))
    op.execute("DROP INDEX IF EXISTS pmo.records_blob")
    op.execute(f"CREATE INDEX records_blob ON pmo.records ((data->>'sha256')) WHERE tbl IN ({new})")


def upgrade() -> None:
    _rewrite(OLD, NEW)


def downgrade() -> None:
    _rewrite(NEW, OLD)
