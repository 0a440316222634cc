"""covering index for the health and dashboard punch-item aggregates

The portfolio, the dashboard and the status report count punch items by status and
contractor, with the overdue ones (live and due before today), in one ``GROUP BY`` per
project. ``(project_id, status, contractor_id, due_date, deleted_at) WHERE deleted_at
IS NULL`` holds every column that pass reads, in group order: SQLite walks the index
alone (no table rows, no temporary B-tree) instead of reading 100,000 rows for each
count. ``deleted_at`` is always NULL in it, but SQLite 3.40 only calls an index covering
when every column the query names is in it.

Revision ID: 0006_health_indexes
Revises: 0005_drawings
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_health_indexes"
down_revision = "0005_drawings"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_punch_health",
        "punch_items",
        ["project_id", "status", "contractor_id", "due_date", "deleted_at"],
        unique=False,
        sqlite_where=sa.text("deleted_at IS NULL"),
    )


def downgrade() -> None:
    op.drop_index("ix_punch_health", table_name="punch_items")
