"""Alembic environment: always run programmatically by executrek.models.migrate with an
open connection whose foreign keys are already off."""

from __future__ import annotations

from alembic import context

from executrek.models.schema import metadata
from executrek.models.search import is_search_object

config = context.config
connection = config.attributes["connection"]

context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=True,
    compare_type=True,
    include_object=lambda obj, name, type_, reflected, compare_to: not is_search_object(name),
    transaction_per_migration=False,
)
with context.begin_transaction():
    context.run_migrations()
    check = config.attributes.get("before_commit")
    if check is not None:
        check(connection)
