"""Protocol 7: batches of edits (and the new rows around them) pushed column-wise.

``pmo.sync_push_rows`` gets a second form taking, besides the arrays of 0003 (tables,
ids, projects, stamps and one JSON array of each row's new values ``{field: new}``),
each mutation's op, its base version and, for an edit, its base values
``{field: base}`` — so the server no longer parses ``{field: [base, new]}`` pairs nor
reshapes a patch per mutation, and checks stamps, tables and areas once per batch.

The guarantees are those of ``sync_push``: the device row is locked, re-sent mutations
are skipped, a gap is refused, stamps too far ahead are refused, and the last applied
number is stored in the same transaction. The checks are ``_bulk_edit``'s (0005/0010):
the login may write each (table, project) (``_can_write``: membership and role); no
shared area, team, file, project or decision rows; every edited row exists in the
mutation's project and table and is edited once; new rows are new (``records_id``),
with free numbers; every reference is a uuid naming a row of its target table in the
same project (or the shared area for shared targets); an edit keeps the workflow rules;
the diary, schedule and cost guards are triggers on ``pmo.records`` and fire as ever.
An edit is taken only when nobody changed the row since the laptop's base (its version;
or, for an update of a live row, the fields) *and* every field it sends still holds the
base value it names and really changes — a little stricter than ``_bulk_edit`` (which
takes a row at its base version whatever the base values say), so that the new values
are the change itself: no field-by-field reshaping. Whatever does not pass answers
``fallback`` with nothing written, and the laptop sends the batch to ``sync_push`` in
the same transaction, which decides (set-based or row by row) as before.

``pmo.records`` loses its primary key ``(project_id, id)``: ``records_id`` (unique on
``id``, which every lookup uses) becomes the primary key. The pair was unique because
the id is; the second unique index cost every write (every edit is a non-HOT update)
an index entry and a uniqueness probe.

Expand-then-contract: ``sync_push`` and the 0003 form of ``sync_push_rows`` are
unchanged, so laptops on protocols 1–6 keep working (``min_client_protocol`` stays 1);
a protocol-7 laptop uses the new form only when the hello says ``protocol >= 7``. The
downgrade drops the new form, puts the primary key back and the protocol to 6.

Revision ID: 0011_edit_rows
Revises: 0010_sync_speed
Create Date: 2026-12-05
"""

from __future__ import annotations

from alembic import op

revision = "0011_edit_rows"
down_revision = "0010_sync_speed"
branch_labels = None
depends_on = None

NIL = "00000000-0000-0000-0000-000000000000"
BLOB_TABLES = "'photos', 'attachments', 'drawing_files'"
DECISIONS = "'approved', 'rejected'"
SIGNATURE = (
    "pmo.sync_push_rows(uuid, int, bigint, text[], uuid[], uuid[], text[], jsonb, "
    "text[], bigint[], jsonb)"
)

FUNCTION = """
CREATE FUNCTION pmo.sync_push_rows(p_device uuid, p_protocol int, p_first bigint,
    p_tbl text[], p_id uuid[], p_project uuid[], p_hlc text[], p_data jsonb,
    p_op text[], p_base bigint[], p_was jsonb)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = pmo, pg_temp
-- One plan for every batch of a session (a sync is a new session: five custom plans of
-- the statement below cost ~5 % of the server's time, and its shape does not depend on
-- the values).
SET plan_cache_mode = force_generic_plan AS $$
DECLARE
  v_login text := session_user;
  v_owner text; v_last bigint;
  v_n bigint := coalesce(cardinality(p_id), 0);
  v_skip bigint; v_go boolean; v_want bigint; v_upd bigint; v_ins bigint;
  v_now_ms bigint := (extract(epoch FROM clock_timestamp()) * 1000)::bigint;
  v_limit bigint := v_now_ms + pmo._setting('clock_tolerance_ms');
  v_fallback jsonb;
  v_stamps_ok boolean; v_latest text;
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pmo.people WHERE login = v_login) THEN
    RETURN jsonb_build_object('status', 'unknown_user');
  END IF;
  INSERT INTO pmo.devices (device_id, login) VALUES (p_device, v_login)
  ON CONFLICT (device_id) DO NOTHING;
  SELECT login, last_seq INTO v_owner, v_last FROM pmo.devices WHERE device_id = p_device FOR UPDATE;
  IF v_owner <> v_login THEN
    RETURN jsonb_build_object('status', 'device_owner');
  END IF;
  v_fallback := jsonb_build_object('status', 'fallback', 'last_seq', v_last);
  -- Not the shape this function takes: sync_push decides.
  IF p_first IS NULL OR p_first < 1 OR v_n = 0 OR jsonb_typeof(p_data) IS DISTINCT FROM 'array'
     OR jsonb_typeof(p_was) IS DISTINCT FROM 'array'
     OR cardinality(p_tbl) IS DISTINCT FROM v_n OR cardinality(p_project) IS DISTINCT FROM v_n
     OR cardinality(p_hlc) IS DISTINCT FROM v_n OR cardinality(p_op) IS DISTINCT FROM v_n
     OR cardinality(p_base) IS DISTINCT FROM v_n
     OR jsonb_array_length(p_data) <> v_n OR jsonb_array_length(p_was) <> v_n THEN
    RETURN v_fallback;
  END IF;
  -- Every stamp starts with 15 digits and a '-' (what '^[0-9]{15}-' says, without a regular
  -- expression per stamp): a malformed one sends the batch to sync_push, which quarantines
  -- it; the latest one too far ahead refuses the batch (as sync_push does).
  SELECT coalesce(bool_and(coalesce(substr(h, 16, 1) = '-', false)), false)
           AND string_agg(left(h, 15), '') ~ '^[0-9]*$', max(left(h, 15))
    INTO v_stamps_ok, v_latest FROM unnest(p_hlc) h;
  IF NOT v_stamps_ok THEN
    RETURN v_fallback;
  END IF;
  IF v_latest::bigint > v_limit THEN
    RETURN jsonb_build_object('status', 'clock_ahead', 'last_seq', v_last, 'server_ms', v_now_ms);
  END IF;
  IF p_first > v_last + 1 THEN
    UPDATE pmo.devices SET last_push = now(), client_protocol = p_protocol
     WHERE device_id = p_device;
    RETURN jsonb_build_object('status', 'gap', 'last_seq', v_last, 'applied', 0, 'skipped', 0,
      'quarantined', '[]'::jsonb, 'protocol', pmo._setting('protocol'),
      'min_client_protocol', pmo._setting('min_client_protocol'));
  END IF;
  v_skip := least(v_last - p_first + 1, v_n);  -- already applied: skipped
  IF v_skip < v_n THEN
    BEGIN
      WITH b AS MATERIALIZED (
        SELECT r.op, r.tbl, r.rid, r.pid, r.hlc, r.base, r.data, r.was, r.i,
               (r.data->>'number')::bigint AS num,
               coalesce(r.data->>'tier', r.data->>'issue_type', '') AS disc
          FROM ROWS FROM (unnest(p_op), unnest(p_tbl), unnest(p_id), unnest(p_project),
                          unnest(p_hlc), unnest(p_base), jsonb_array_elements(p_data),
                          jsonb_array_elements(p_was))
               WITH ORDINALITY AS r(op, tbl, rid, pid, hlc, base, data, was, i)
         WHERE r.i > v_skip),
      -- Each edit with the stored row it applies to (NULL when there is none) and, from
      -- one pass over its new values: whether every field still holds the base value the
      -- laptop names and really changes, and the fields' versions, stamps and authors.
      e AS MATERIALIZED (
        SELECT b.i, b.tbl, b.rid, b.pid, b.data, r.ctid AS rctid, r.row_version AS rv,
               r.tbl AS rtbl, r.project_id AS rpid,
               -- nobody changed it since the laptop's base (its version; or, for an
               -- update of a live row, every field it changes still holds the base value)
               coalesce((r.row_version = b.base OR (b.op = 'update' AND NOT r.deleted))
                        AND d.ok, false) AS at_base,
               -- an edit that would break the workflow rules: _apply makes it a review
               -- conflict
               CASE WHEN b.tbl <> 'change_orders' THEN true
                    ELSE pmo._workflow_ok(b.tbl, r.data || b.data)
                         OR NOT pmo._workflow_ok(b.tbl, r.data) END AS flow_ok,
               d.versions,
               jsonb_object(d.fields, array_fill(b.hlc, ARRAY[cardinality(d.fields)])) AS stamps,
               jsonb_object(d.fields, array_fill(v_login, ARRAY[cardinality(d.fields)]))
                 AS authors
          FROM b LEFT JOIN pmo.records r ON r.id = b.rid
          LEFT JOIN LATERAL (
            SELECT bool_and(coalesce(b.was ? q.key AND b.was->q.key <> q.value
                                     AND coalesce(r.data->q.key, 'null') = b.was->q.key,
                                     false)) AS ok,
                   array_agg(q.key) AS fields,
                   jsonb_object_agg(q.key, r.row_version + 1) AS versions
              FROM jsonb_each(b.data) q) d ON true
         WHERE b.op IN ('update', 'delete')),
      chk AS (
        SELECT count(*) AS n, count(DISTINCT b.rid) AS ids,
               coalesce(bool_and(coalesce(
                      b.op IN ('insert', 'event', 'update', 'delete')
                      AND jsonb_typeof(b.data) = 'object' AND b.data <> '{}'
                      AND (b.num IS NOT NULL OR NOT (b.data ? 'number'))
                      AND (NOT (b.data ? 'project_id') OR b.data->>'project_id' = b.pid::text)
                      AND (b.tbl NOT IN ('change_orders', 'change_order_events') OR NOT coalesce(
                           coalesce(b.data->'status', b.data->'to_status') #>> '{}'
                           IN (DECISIONS), false)),
                      false)), false) AS ok
          FROM b),
      -- Table names and areas: once per distinct value.
      kinds AS (
        SELECT coalesce(bool_and(coalesce(k.tbl ~ '^[a-z][a-z_]{0,59}$'
                      AND k.tbl NOT IN ('projects', 'project_members', BLOB_TABLES)
                      AND k.pid <> 'NIL_UUID'::uuid AND pmo._can_write(k.pid, v_login)
                      AND NOT EXISTS (SELECT 1 FROM pmo.shared_tables s
                                       WHERE s.tbl = k.tbl AND NOT s.project_too), false)), false)
                 AS ok
          FROM (SELECT DISTINCT b.tbl, b.pid FROM b OFFSET 0) k),
      -- (A new row whose id the server has violates records_id: the handler below.)
      bad AS (
        SELECT EXISTS (SELECT 1 FROM e WHERE e.rv IS NULL OR NOT e.at_base OR NOT e.flow_ok
                          OR e.rtbl <> e.tbl OR e.rpid <> e.pid)
            OR EXISTS (SELECT 1 FROM b JOIN pmo.records r ON r.project_id = b.pid AND r.tbl = b.tbl
                          AND r.data ? 'number' AND (r.data->>'number')::bigint = b.num
                          AND coalesce(r.data->>'tier', r.data->>'issue_type', '') = b.disc
                        WHERE b.num IS NOT NULL AND b.op IN ('insert', 'event'))
            OR EXISTS (SELECT 1 FROM b WHERE b.num IS NOT NULL AND b.op IN ('insert', 'event')
                        GROUP BY b.pid, b.tbl, b.disc, b.num HAVING count(*) > 1)
            OR EXISTS (SELECT 1 FROM b JOIN pmo.ref_fields f ON f.tbl = b.tbl AND b.data ? f.field
                         JOIN pmo.records t ON t.id = pmo._uuid(b.data->>f.field)
                        WHERE t.tbl <> f.target OR (t.project_id <> b.pid AND NOT (
                              t.project_id = 'NIL_UUID'::uuid
                              AND f.target IN (SELECT s.tbl FROM pmo.shared_tables s))))
            OR EXISTS (SELECT 1 FROM b JOIN pmo.ref_fields f ON f.tbl = b.tbl AND b.data ? f.field
                        WHERE jsonb_typeof(b.data->f.field) NOT IN ('null', 'string')
                           OR (jsonb_typeof(b.data->f.field) = 'string'
                               AND pmo._uuid(b.data->>f.field) IS NULL)) AS bad),
      go AS (
        SELECT chk.n = v_n - v_skip AND chk.ok AND chk.ids = chk.n AND kinds.ok
               AND NOT bad.bad AS ok
          FROM chk CROSS JOIN kinds CROSS JOIN bad),
      -- The row is the one read above (same ctid and version); every field sent changes.
      -- The stored field_hlc/field_by keep only what changed after the insert (as ever).
      upd AS (
        UPDATE pmo.records r SET
          data = r.data || e.data,
          field_versions = r.field_versions || e.versions,
          field_hlc = r.field_hlc || e.stamps,
          field_by = r.field_by || e.authors,
          row_version = r.row_version + 1,
          deleted = coalesce(CASE WHEN e.data ? 'deleted_at' THEN e.data ELSE r.data END
                             ->>'deleted_at', '') <> '',
          updated_by = v_login, updated_at = now(),
          xid = pg_current_xact_id(), seq = nextval('pmo.change_seq')
          FROM e CROSS JOIN go
         WHERE go.ok AND r.ctid = e.rctid AND r.id = e.rid AND r.row_version = e.rv
        RETURNING 1),
      ins AS (
        INSERT INTO pmo.records (project_id, tbl, id, data, hlc, created_by, row_version,
                                 deleted, updated_by)
        SELECT b.pid, b.tbl, b.rid, b.data, b.hlc, v_login, 1,
               coalesce(b.data->>'deleted_at', '') <> '', v_login
          FROM b CROSS JOIN go
         WHERE go.ok AND b.op IN ('insert', 'event')
         ORDER BY b.i
        RETURNING 1)
      SELECT go.ok, (SELECT count(*) FROM e), (SELECT count(*) FROM upd),
             (SELECT count(*) FROM ins)
        INTO v_go, v_want, v_upd, v_ins FROM go;
      IF v_go AND v_upd <> v_want THEN  -- a row changed after the checks: undo
        RAISE EXCEPTION 'rows changed meanwhile' USING ERRCODE = '40001';
      END IF;
    EXCEPTION WHEN others THEN
      v_go := false;  -- nothing of the batch stays written
    END;
    IF NOT coalesce(v_go, false) THEN
      RETURN v_fallback;
    END IF;
  END IF;
  v_last := greatest(v_last, p_first + v_n - 1);
  UPDATE pmo.devices SET last_seq = v_last, last_push = now(), client_protocol = p_protocol
   WHERE device_id = p_device;
  RETURN jsonb_build_object('status', 'ok', 'last_seq', v_last, 'applied', v_n - v_skip,
    'skipped', v_skip, 'quarantined', '[]'::jsonb,
    'protocol', pmo._setting('protocol'),
    'min_client_protocol', pmo._setting('min_client_protocol'));
END $$;
"""

KEY_UP = """
ALTER TABLE pmo.records DROP CONSTRAINT records_pkey,
  ADD CONSTRAINT records_id PRIMARY KEY USING INDEX records_id;
"""
KEY_DOWN = """
ALTER TABLE pmo.records DROP CONSTRAINT records_id;
CREATE UNIQUE INDEX records_id ON pmo.records (id);
ALTER TABLE pmo.records ADD PRIMARY KEY (project_id, id);
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
    _raw_execute(_sql(FUNCTION))
    _raw_execute(f"REVOKE ALL ON FUNCTION {SIGNATURE} FROM PUBLIC")
    _raw_execute(KEY_UP)
    _raw_execute("UPDATE pmo.settings SET value = '7' WHERE key = 'protocol'")


def downgrade() -> None:
    _raw_execute("UPDATE pmo.settings SET value = '6' WHERE key = 'protocol'")
    _raw_execute(KEY_DOWN)
    _raw_execute(f"DROP FUNCTION {SIGNATURE}")
