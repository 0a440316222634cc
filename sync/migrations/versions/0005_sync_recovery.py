"""Sync that never gets stuck: refused changes can be dealt with, automatic decisions
stay honest, edits travel in batches, PMO deletes reach laptops.

* **Refused changes** (``pmo.quarantine``) can be sent again by their laptop, re-applied
  or discarded by the PMO (``executrek central quarantine``) or discarded on the laptop;
  each is then moved to ``pmo.quarantine_done`` with what happened, who and when
  (``_quarantine_close``; laptops call ``sync_quarantine_close`` for their own device).
  Laptops read the outcome of their refused changes there (own rows only).
* **Merge** (``_apply``): no conflict of a person against her own earlier value (the
  later stamp wins); fields in one ``pmo.linked_fields`` group (a change order's status
  and dates) wait together when one of them meets a concurrent change; a merge that
  would break ``_workflow_ok`` becomes review conflicts instead.
* **Edits in batches** (``_bulk_edit``, used by ``sync_push``): edits of existing rows
  and the new rows around them go in one set-based UPDATE and INSERT per batch when
  nothing can conflict; otherwise row by row as before.
* **PMO deletes** (``_purge``): tombstones, so laptops apply them at their next pull.

Protocol 3 tells laptops that ``sync_quarantine_close`` and ``pmo.quarantine_done`` exist;
``min_client_protocol`` stays 1 and no signature changes, so older laptops keep working.
The replaced functions' previous definitions are saved in ``pmo.saved_functions_0005``
and restored by the downgrade.

Revision ID: 0005_sync_recovery
Revises: 0004_server_checks
Create Date: 2026-12-09
"""

from __future__ import annotations

from alembic import op
from sqlalchemy import text

from executrek.sync.migrations.server_0005 import APPLY, TABLES
from executrek.sync.migrations.server_0005_push import EDITS, PURGE, PUSH, QUARANTINE

revision = "0005_sync_recovery"
down_revision = "0004_server_checks"
branch_labels = None
depends_on = None

NIL = "00000000-0000-0000-0000-000000000000"
BLOB_TABLES = "'photos', 'attachments', 'drawing_files'"
DECISIONS = "'approved', 'rejected'"

REPLACED = ("pmo._apply(jsonb, text)", "pmo.sync_push(uuid, int, jsonb, boolean)")
NEW_FUNCTIONS = (
    "pmo._workflow_ok(text, jsonb)",
    "pmo._same_laptop(text, text, text, text)",
    "pmo._pending_edits(jsonb, bigint)",
    "pmo._bulk_edit(jsonb, bigint, text)",
    "pmo._quarantine_close(bigint[], text, text, text)",
    "pmo.sync_quarantine_close(uuid, bigint[], text)",
    "pmo._purge(uuid, uuid, text)",
)

SECURITY = """
REVOKE ALL ON ALL TABLES IN SCHEMA pmo FROM PUBLIC;
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA pmo FROM PUBLIC;
UPDATE pmo.settings SET value = '3' WHERE key = 'protocol';
"""


def _sql(body: str) -> str:
    return (
        body.replace("NIL_UUID", NIL)
        .replace("BLOB_TABLES", BLOB_TABLES)
        .replace("DECISIONS", DECISIONS)
    )


def _raw_execute(statement: str) -> None:
    """Straight to psycopg without parameters: the bodies contain % and :name text."""
    raw = op.get_bind().connection.driver_connection
    assert raw is not None
    raw.execute(statement)


def upgrade() -> None:
    bind = op.get_bind()
    _raw_execute(TABLES)
    for signature in REPLACED:
        source = bind.execute(
            text("SELECT pg_get_functiondef(CAST(:sig AS regprocedure))"), {"sig": signature}
        ).scalar_one()
        bind.execute(
            text("INSERT INTO pmo.saved_functions_0005 VALUES (:sig, :src)"),
            {"sig": signature, "src": source},
        )
    for body in (APPLY, EDITS, PUSH, QUARANTINE, PURGE, SECURITY):
        _raw_execute(_sql(body))


def downgrade() -> None:
    bind = op.get_bind()
    for (source,) in bind.execute(text("SELECT source FROM pmo.saved_functions_0005")).all():
        _raw_execute(source)
    for signature in reversed(NEW_FUNCTIONS):
        _raw_execute(f"DROP FUNCTION {signature}")
    _raw_execute(
        """
        UPDATE pmo.settings SET value = '2' WHERE key = 'protocol';
        DROP TABLE pmo.quarantine_done, pmo.linked_fields, pmo.saved_functions_0005;
        """
    )
