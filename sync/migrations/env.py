"""Alembic environment for the central schema: always run programmatically by
``executrek.sync.admin`` with an open connection (as the schema owner role)."""

from __future__ import annotations

from alembic import context

config = context.config
connection = config.attributes["connection"]

context.configure(
    connection=connection,
    target_metadata=None,
    version_table_schema="pmo",
    transaction_per_migration=False,
)
with context.begin_transaction():
    context.run_migrations()
