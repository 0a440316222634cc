"""Cheaper batched edits on the central database; every check stays.

* ``sync_push`` computes the clock limit (``now + clock_tolerance_ms``) once per batch.
  Since 0005 it sat in the FROM list of the one-pass check, where the planner flattened
  it into the aggregate and ``pmo._setting`` (a ``SET search_path`` function, never
  inlined) ran once per mutation (0003 fixed the same in ``sync_push_rows``).
* ``_bulk_edit`` reads each edit's patch once: whether every field still holds the
  laptop's base value, the changed fields, and their versions, stamps and authors come
  out of one ``jsonb_each`` per edit (three passes over the patch before). Only that part
  and the UPDATE are replaced: the checks are 0005's text word for word (``_bulk_edit``
  below builds the function from it): the login may write each
  (table, project) (``_can_write``: membership and role, once per distinct pair); no
  shared area, team, file or decision rows; every edited row exists in the mutation's
  project and table and is still at the laptop's base; new rows are new, with free
  numbers; every reference is a uuid naming a row of its target table in the same
  project (or the shared area for shared targets); the workflow rules hold. The diary,
  schedule and cost guards are triggers on ``pmo.records`` and fire as before. Anything
  else still goes row by row through ``_apply``.

No signature, table or protocol changes. The downgrade puts back the 0005 definitions
(``server_0005_push``, frozen).

Revision ID: 0010_sync_speed
Revises: 0009_roles_settings
Create Date: 2026-12-05
"""

from __future__ import annotations

from alembic import op

from executrek.sync.migrations.server_0005_push import EDITS as EDITS_0005
from executrek.sync.migrations.server_0005_push import PUSH as PUSH_0005

revision = "0010_sync_speed"
down_revision = "0009_roles_settings"
branch_labels = None
depends_on = None

NIL = "00000000-0000-0000-0000-000000000000"
BLOB_TABLES = "'photos', 'attachments', 'drawing_files'"
DECISIONS = "'approved', 'rejected'"

# 0005's one-pass check, and the same with the limit computed once (a plpgsql variable).
_LIMIT_DECLARED = "  v_now_ms bigint := (extract(epoch FROM clock_timestamp()) * 1000)::bigint;\n"
_LIMIT_ONCE = (
    _LIMIT_DECLARED + "  -- once per batch (in the FROM list pmo._setting ran once per mutation)\n"
    "  v_limit bigint := v_now_ms + pmo._setting('clock_tolerance_ms');\n"
)
_LIMIT_JOINED = (
    "    FROM jsonb_array_elements(p_batch) e,\n"
    "         (SELECT v_now_ms + pmo._setting('clock_tolerance_ms') AS v_limit) l;\n"
)
_LIMIT_VARIABLE = "    FROM jsonb_array_elements(p_batch) e;\n"


def _push_limit_once() -> str:
    assert PUSH_0005.count(_LIMIT_DECLARED) == 1 and PUSH_0005.count(_LIMIT_JOINED) == 1
    return PUSH_0005.replace(_LIMIT_DECLARED, _LIMIT_ONCE).replace(_LIMIT_JOINED, _LIMIT_VARIABLE)


# 0005's _bulk_edit with two parts replaced; its checks (chk, kinds, bad, go) and its
# INSERT stay word for word.
EDIT_ROWS_0005 = (
    "  e AS MATERIALIZED (\n",
    "  chk AS (\n",
)
UPDATE_0005 = (
    "  -- The stored field_hlc/field_by keep only what changed after the insert",
    "  ins AS (\n",
)
# Each edit with the stored row it applies to (NULL when there is none) and, from one
# pass over its patch: whether every field still holds the laptop's base value, and the
# fields whose value really changes with their version, stamp and author.
EDIT_ROWS = """  e AS MATERIALIZED (
    SELECT b.seq, b.tbl, b.rid, b.pid, r.ctid AS rctid, r.row_version AS rv,
           r.data AS old, r.tbl AS rtbl, r.project_id AS rpid,
           -- nobody changed it since the laptop's base; or, for an edit of a live row,
           -- every field it changes still holds the laptop's base value (a row this
           -- laptop sent and has not pulled back yet): _apply then takes every field
           coalesce(r.row_version = b.base OR (b.op = 'update' AND NOT r.deleted
             AND coalesce(d.same, true)), false) AS at_base,
           coalesce(d.changed, '{}') AS changed, d.versions, d.stamps, d.authors
      FROM b LEFT JOIN pmo.records r ON r.id = b.rid
      LEFT JOIN LATERAL (
        SELECT bool_and(coalesce(r.data->p.key, 'null') = coalesce(p.value->0, 'null'))
                 AS same,
               jsonb_object_agg(p.key, coalesce(p.value->1, 'null')) FILTER (WHERE p.diff)
                 AS changed,
               jsonb_object_agg(p.key, r.row_version + 1) FILTER (WHERE p.diff) AS versions,
               jsonb_object_agg(p.key, to_jsonb(b.hlc)) FILTER (WHERE p.diff) AS stamps,
               jsonb_object_agg(p.key, to_jsonb(p_login)) FILTER (WHERE p.diff) AS authors
          FROM (SELECT q.key, q.value,
                       coalesce(r.data->q.key, 'null') <> coalesce(q.value->1, 'null') AS diff
                  FROM jsonb_each(b.patch) q) p) d ON true
     WHERE b.op IN ('update', 'delete')),
"""
# The row is the one read above (same ctid and version): its new data is old || changed.
UPDATE = """  -- The stored field_hlc/field_by keep only what changed after the insert: readers seed
  -- the other fields with the row's insert stamp and author (as _apply does).
  upd AS (
    UPDATE pmo.records r SET
      data = e.old || e.changed,
      field_versions = r.field_versions || e.versions,
      field_hlc = r.field_hlc || e.stamps,
      field_by = r.field_by || e.authors,
      row_version = r.row_version + 1,
      deleted = coalesce((e.old || e.changed)->>'deleted_at', '') <> '',
      updated_by = p_login, updated_at = now(),
      xid = pg_current_xact_id(), seq = nextval('pmo.change_seq')
      FROM e CROSS JOIN go
     WHERE go.ok AND e.changed <> '{}' AND r.ctid = e.rctid AND r.id = e.rid
       AND r.row_version = e.rv
    RETURNING 1),
"""


def _replace_part(text: str, part: tuple[str, str], new: str) -> str:
    """``text`` with the part from ``part[0]`` up to (not including) ``part[1]`` replaced."""
    first, end = text.index(part[0]), text.index(part[1])
    assert text.count(part[0]) == 1 and first < end
    return text[:first] + new + text[end:]


def _bulk_edit_0005() -> str:
    """0005's ``_bulk_edit`` (its ``_pending_edits`` stays as it is)."""
    start = EDITS_0005.index("-- Edits of existing rows plus new rows")
    body = EDITS_0005[start:].replace(
        "CREATE FUNCTION pmo._bulk_edit", "CREATE OR REPLACE FUNCTION pmo._bulk_edit"
    )
    assert "CREATE OR REPLACE FUNCTION pmo._bulk_edit" in body
    return body


def _bulk_edit() -> str:
    body = _replace_part(_bulk_edit_0005(), EDIT_ROWS_0005, EDIT_ROWS)
    return _replace_part(body, UPDATE_0005, UPDATE)


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
    _raw_execute(_sql(_bulk_edit()))
    _raw_execute(_sql(_push_limit_once()))


def downgrade() -> None:
    _raw_execute(_sql(_bulk_edit_0005()))
    _raw_execute(_sql(PUSH_0005))
