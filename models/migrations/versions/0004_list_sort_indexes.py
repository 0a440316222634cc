"""expression indexes for the punch list's computed sort keys

The punch list sorts by ``lower(title)``, ``coalesce(due_date, '9999-12-31')`` and
``coalesce(number, 1099511627776)`` (drafts last). Without an index on those exact
expressions SQLite sorts every matching row in a temporary B-tree before it can return
the first page; with them the first page of 100,000 items reads 201 index entries.
Reflection skips expression indexes, so they live here as literal SQL and stay out of
the models == migrations comparison.

Revision ID: 0004_list_sort_indexes
Revises: 0003_sync
Create Date: 2026-11-25
"""

from __future__ import annotations

from alembic import op

revision = "0004_list_sort_indexes"
down_revision = "0003_sync"
branch_labels = None
depends_on = None

# (name, expression) — the expressions must match models.services.punch_list._sort_expr
# token for token, or the planner will not use them.
INDEXES = (
    ("ix_punch_sort_title", "lower(title)"),
    ("ix_punch_sort_due", "coalesce(due_date, '9999-12-31')"),
    ("ix_punch_sort_number", "coalesce(number, 1099511627776)"),
)


def upgrade() -> None:
    for name, expr in INDEXES:
        op.execute(
            f"CREATE INDEX IF NOT EXISTS {name} ON punch_items (project_id, {expr}, id) "
            "WHERE deleted_at IS NULL"
        )


def downgrade() -> None:
    for name, _expr in INDEXES:
        op.execute(f"DROP INDEX IF EXISTS {name}")
