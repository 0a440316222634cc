"""The site diary on the central database: closed days never change, the chain is kept.

* **References.** ``pmo.ref_fields`` learns the diary tables' references (day → author,
  signature; entries and addenda → their day; lines → contractor, location, ``SAF``
  issue), so placement checks them like every other reference.
* **Sealed days.** A closed diary day, its entries and its addenda can never be changed
  or deleted afterwards, by anyone: a trigger on ``pmo.records`` refuses the write
  whichever function makes it, and ``_apply`` answers the refusal as a reason (the
  change is quarantined on the server and listed as refused on the laptop). Only
  addenda may be added to a closed day.
* **The chain, centrally.** A day closes only when its ``content_hash`` is the hash of
  what the central database holds for it (a day changed on another laptop meanwhile is
  refused: sync, check, close again) and its ``previous_hash`` is the hash of its
  author's last closed day here. ``pmo._diary_check(project)`` recomputes a project's
  closed days for the PMO.

Protocol 4 tells laptops the server keeps these rules (a laptop on protocol 4 against an
older server asks for the upgrade); ``min_client_protocol`` stays 1 and no signature
changes. The downgrade drops the trigger and the new functions and renames the 0005
merge back to ``_apply``.

Revision ID: 0006_diary
Revises: 0005_sync_recovery
Create Date: 2026-12-12
"""

from __future__ import annotations

from alembic import op

from executrek.sync.migrations.server_0006 import APPLY, GUARD, RULES

revision = "0006_diary"
down_revision = "0005_sync_recovery"
branch_labels = None
depends_on = None

DAY_TABLE = "diary_days"
ENTRY_TABLES = (
    "diary_manpower",
    "diary_equipment",
    "diary_deliveries",
    "diary_visitors",
    "diary_work",
    "diary_delays",
    "diary_instructions",
    "diary_safety",
)
ADDENDA_TABLE = "diary_addenda"

# The diary tables' references (``tests/sync/test_sync_roles.py`` keeps pmo.ref_fields
# equal to models/).
REF_FIELDS: tuple[tuple[str, str, str], ...] = (
    ("diary_addenda", "author_id", "users"),
    ("diary_addenda", "day_id", "diary_days"),
    ("diary_days", "author_id", "users"),
    ("diary_days", "signature_id", "signatures"),
    ("diary_delays", "day_id", "diary_days"),
    ("diary_deliveries", "day_id", "diary_days"),
    ("diary_equipment", "day_id", "diary_days"),
    ("diary_equipment", "organisation_id", "organisations"),
    ("diary_instructions", "day_id", "diary_days"),
    ("diary_manpower", "day_id", "diary_days"),
    ("diary_manpower", "organisation_id", "organisations"),
    ("diary_safety", "day_id", "diary_days"),
    ("diary_safety", "issue_id", "contractor_issues"),
    ("diary_visitors", "day_id", "diary_days"),
    ("diary_work", "day_id", "diary_days"),
    ("diary_work", "location_id", "locations"),
    ("diary_work", "organisation_id", "organisations"),
)
NEW_FUNCTIONS = (
    "pmo._diary_guard()",
    "pmo._diary_check(uuid)",
    "pmo._diary_rule(text, uuid, uuid, jsonb, jsonb)",
    "pmo._diary_closed(uuid, text)",
    "pmo._diary_hash(uuid, uuid, jsonb)",
    "pmo._diary_doc(uuid, uuid, jsonb)",
    "pmo._diary_dec(jsonb)",
)


def _list(names: tuple[str, ...]) -> str:
    return ", ".join(f"'{n}'" for n in names)


TABLES = f"""
INSERT INTO pmo.ref_fields VALUES
  {", ".join(f"('{t}', '{f}', '{g}')" for t, f, g in REF_FIELDS)};
-- A day's entries (the canonical form, the seal) and an author's days (the chain).
CREATE INDEX records_diary_entries ON pmo.records (project_id, (data->>'day_id'))
  WHERE tbl IN ({_list((*ENTRY_TABLES, ADDENDA_TABLE))});
CREATE INDEX records_diary_days ON pmo.records (project_id, (data->>'author_id'))
  WHERE tbl = '{DAY_TABLE}';
"""

SECURITY = """
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA pmo FROM PUBLIC;
UPDATE pmo.settings SET value = '4' WHERE key = 'protocol';
"""


def _sql(body: str) -> str:
    return body.replace("DIARY_TABLES", _list((DAY_TABLE, *ENTRY_TABLES, ADDENDA_TABLE)))


def _raw_execute(statement: str) -> None:
    """Straight to psycopg without parameters: the bodies contain % and :name text."""
    raw = op.get_bind().connection.driver_connection
    assert raw is not None
    raw.execute(statement)


def upgrade() -> None:
    for body in (TABLES, RULES, GUARD, APPLY, SECURITY):
        _raw_execute(_sql(body))


def downgrade() -> None:
    _raw_execute(
        f"""
        DROP TRIGGER diary_sealed_write ON pmo.records;
        DROP TRIGGER diary_sealed_insert ON pmo.records;
        DROP FUNCTION pmo._apply(jsonb, text);
        ALTER FUNCTION pmo._apply_merge(jsonb, text) RENAME TO _apply;
        {"".join(f"DROP FUNCTION {sig};" for sig in NEW_FUNCTIONS)}
        DROP INDEX pmo.records_diary_entries, pmo.records_diary_days;
        DELETE FROM pmo.ref_fields WHERE tbl LIKE 'diary%';
        UPDATE pmo.settings SET value = '3' WHERE key = 'protocol';
        """
    )
