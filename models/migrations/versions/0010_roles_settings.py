"""roles and PMO settings: what the central database told this laptop

``access_rights`` (one row: login, PMO administrator, may create projects, when learnt)
and ``member_roles`` (role and approval limit per project), written at every sync
against a server on protocol 6 (``pmo.sync_rights``) and read by
``app/permissions.py``. No row: the laptop was never told and nothing is restricted.
``pmo_settings`` (key → JSON value): the PMO's settings copied at every sync; they take
the place of the laptop's own (``app/pmo_settings.py``).

Revision ID: 0010_roles_settings
Revises: 0009_cost
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010_roles_settings"
down_revision = "0009_cost"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "access_rights",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("login", sa.String(length=120), nullable=False),
        sa.Column("pmo_admin", sa.Boolean(), nullable=False),
        sa.Column("creator", sa.Boolean(), nullable=False),
        sa.Column("learnt_at", sa.String(32), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_access_rights")),
    )
    op.create_table(
        "member_roles",
        sa.Column("project_id", sa.String(length=36), nullable=False),
        sa.Column("role", sa.String(length=10), nullable=False),
        sa.Column("approval_limit", sa.BigInteger(), nullable=True),
        sa.PrimaryKeyConstraint("project_id", name=op.f("pk_member_roles")),
    )
    op.create_table(
        "pmo_settings",
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_pmo_settings")),
    )


def downgrade() -> None:
    op.drop_table("pmo_settings")
    op.drop_table("member_roles")
    op.drop_table("access_rights")
