"""Schedule control on the central database: an imported update never changes.

* **References.** ``pmo.ref_fields`` learns the schedule tables' references (calendars,
  activities and links → their update; links → their predecessor and successor
  activities), so placement checks them like every other reference and a PMO delete of
  an update reaches its content (``tests/sync/test_sync_roles.py`` keeps the list equal
  to ``models/``).
* **Immutable updates.** A trigger on ``pmo.records`` refuses, whichever path makes the
  write (``_apply``, the set-based pushes, purges, re-applies), any change or delete of
  a schedule calendar, activity or link, and any change of a schedule update but its
  review (``status``, ``review_note``) and its number (the server renumbers drafts).
  Inserts are never refused, so the 25,000 new rows of a programme go through
  ``sync_push_rows`` untouched. A refused change raises; a push that tried it goes row by
  row and the change is quarantined with the reason.

No protocol change: laptops never send such changes (the update's content has no
editing service), so an older laptop loses nothing. The downgrade drops the trigger and
function and forgets the references.

Revision ID: 0007_schedule
Revises: 0006_diary
Create Date: 2026-12-13
"""

from __future__ import annotations

from alembic import op

revision = "0007_schedule"
down_revision = "0006_diary"
branch_labels = None
depends_on = None

UPDATE_TABLE = "schedule_updates"
CONTENT_TABLES = ("schedule_calendars", "schedule_activities", "schedule_links")
# The fields of an update that may change after its import (models.records.schedule.model
# REVIEW_FIELDS, with the number the server assigns and the bookkeeping).
MUTABLE = ("status", "review_note", "number", "draft_number", "updated_at", "updated_by")

REF_FIELDS: tuple[tuple[str, str, str], ...] = (
    ("schedule_activities", "update_id", "schedule_updates"),
    ("schedule_calendars", "update_id", "schedule_updates"),
    ("schedule_links", "predecessor_id", "schedule_activities"),
    ("schedule_links", "successor_id", "schedule_activities"),
    ("schedule_links", "update_id", "schedule_updates"),
)


def _list(names: tuple[str, ...]) -> str:
    return ", ".join(f"'{n}'" for n in names)


UPGRADE = f"""
INSERT INTO pmo.ref_fields VALUES
  {", ".join(f"('{t}', '{f}', '{g}')" for t, f, g in REF_FIELDS)};

-- Why a write of a schedule row is refused (NULL: allowed). p_new NULL: a delete.
CREATE FUNCTION pmo._schedule_rule(p_tbl text, p_old jsonb, p_new jsonb) RETURNS text
LANGUAGE plpgsql IMMUTABLE SET search_path = pmo, pg_temp AS $$
BEGIN
  IF p_new IS NOT DISTINCT FROM p_old THEN
    RETURN NULL;  -- nothing changes (a re-sent insert, a re-apply)
  END IF;
  IF p_new IS NULL THEN
    RETURN 'an imported schedule update is never deleted: it is part of the project''s history';
  END IF;
  IF p_tbl = '{UPDATE_TABLE}'
     AND jsonb_strip_nulls(p_old - ARRAY[{_list(MUTABLE)}])
         IS NOT DISTINCT FROM jsonb_strip_nulls(p_new - ARRAY[{_list(MUTABLE)}]) THEN
    RETURN NULL;  -- only the review and the number change
  END IF;
  RETURN 'an imported schedule update never changes: import the new programme as a new update';
END $$;

CREATE FUNCTION pmo._schedule_guard() RETURNS trigger
LANGUAGE plpgsql SET search_path = pmo, pg_temp AS $$
DECLARE
  v_reason text;
BEGIN
  IF TG_OP = 'DELETE' THEN
    v_reason := pmo._schedule_rule(OLD.tbl, OLD.data, NULL);
  ELSIF NEW.tbl <> OLD.tbl OR NEW.project_id <> OLD.project_id OR NEW.id <> OLD.id THEN
    v_reason := 'a schedule record never moves';
  ELSIF NEW.deleted AND NOT OLD.deleted THEN
    v_reason := pmo._schedule_rule(OLD.tbl, OLD.data, NULL);
  ELSE
    v_reason := pmo._schedule_rule(OLD.tbl, OLD.data, NEW.data);
  END IF;
  IF v_reason IS NOT NULL THEN
    RAISE EXCEPTION '%', v_reason USING ERRCODE = 'XS001';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;

CREATE TRIGGER schedule_sealed_write BEFORE UPDATE OR DELETE ON pmo.records
  FOR EACH ROW WHEN (OLD.tbl IN ({_list((UPDATE_TABLE, *CONTENT_TABLES))}))
  EXECUTE FUNCTION pmo._schedule_guard();

REVOKE ALL ON ALL FUNCTIONS IN SCHEMA pmo FROM PUBLIC;
"""

DOWNGRADE = """
DROP TRIGGER schedule_sealed_write ON pmo.records;
DROP FUNCTION pmo._schedule_guard();
DROP FUNCTION pmo._schedule_rule(text, jsonb, jsonb);
DELETE FROM pmo.ref_fields WHERE tbl LIKE 'schedule%';
"""


def _raw_execute(statement: str) -> None:
    """Straight to psycopg without parameters: the bodies contain % and :name text."""
    raw = op.get_bind().connection.driver_connection
    assert raw is not None
    raw.execute(statement)


def upgrade() -> None:
    _raw_execute(UPGRADE)


def downgrade() -> None:
    _raw_execute(DOWNGRADE)
