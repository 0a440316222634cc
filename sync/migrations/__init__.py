"""Central PostgreSQL schema migrations (Alembic)."""
