"""Protocol 2: runs of new rows are pushed column-wise with their values ready-made.

``pmo.sync_push_rows`` takes a contiguous run of new rows (inserts and insert-only
events) as typed arrays plus one JSON array of the rows' values (``{field: value}``,
not the ``{field: [base, new]}`` pairs of a patch), so the server no longer reshapes
every patch, parses half the JSON and checks hlc stamps, ids and tables once instead
of twice. The guarantees are those of ``sync_push``: the device row is locked, re-sent
mutations are skipped, a gap is refused, stamps too far ahead are refused, and the
last applied number is stored in the same transaction. Whatever is not a plain new row
in a project of this user with a free number — an id already on the server (caught by
the unique indexes), a blob or project row, a draft number, no membership — makes the
whole run answer ``fallback`` with nothing written; the laptop then sends the same run
to ``sync_push``, which merges, renumbers and quarantines as before.

Expand-then-contract: ``sync_push`` is unchanged and laptops on protocol 1 keep using
it (``min_client_protocol`` stays 1). The setting ``protocol`` becomes 2, which tells
newer laptops this function exists.

``sync_push`` itself only changes in one place: its clock check reads the tolerance
setting once per batch (a scalar subquery) instead of once per mutation.

A future blob table must be added to the table list below too (see 0002).

Revision ID: 0003_push_rows
Revises: 0002_drawing_blobs
Create Date: 2026-11-25
"""

from __future__ import annotations

from alembic import op
from sqlalchemy import text

revision = "0003_push_rows"
down_revision = "0002_drawing_blobs"
branch_labels = None
depends_on = None

SIGNATURE = "pmo.sync_push_rows(uuid, int, bigint, text[], uuid[], uuid[], text[], jsonb)"
CLOCK_PER_ROW = "> v_now_ms + pmo._setting('clock_tolerance_ms'))"
CLOCK_ONCE = "> (SELECT v_now_ms + pmo._setting('clock_tolerance_ms')))"

FUNCTION = """
CREATE FUNCTION pmo.sync_push_rows(p_device uuid, p_protocol int, p_first bigint,
    p_tbl text[], p_id uuid[], p_project uuid[], p_hlc text[], p_data jsonb)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = pmo, pg_temp AS $$
DECLARE
  v_login text := session_user;
  v_owner text; v_last bigint;
  v_n bigint := coalesce(cardinality(p_id), 0);
  v_skip bigint; v_count bigint;
  v_now_ms bigint := (extract(epoch FROM clock_timestamp()) * 1000)::bigint;
  v_limit bigint := v_now_ms + pmo._setting('clock_tolerance_ms');
  v_fallback jsonb;
  v_stamps_ok boolean; v_ahead boolean;
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
     OR cardinality(p_tbl) IS DISTINCT FROM v_n OR cardinality(p_project) IS DISTINCT FROM v_n
     OR cardinality(p_hlc) IS DISTINCT FROM v_n OR jsonb_array_length(p_data) <> v_n THEN
    RETURN v_fallback;
  END IF;
  -- One pass over the stamps: any too far ahead refuses the batch (as sync_push does);
  -- a malformed one sends the run to sync_push, which quarantines it.
  SELECT coalesce(bool_and(s.ok), false),
         coalesce(bool_or(s.ok AND left(s.h, 15)::bigint > v_limit), false)
    INTO v_stamps_ok, v_ahead
    FROM (SELECT h, coalesce(h ~ '^[0-9]{15}-', false) AS ok FROM unnest(p_hlc) h) s;
  IF v_ahead THEN
    RETURN jsonb_build_object('status', 'clock_ahead', 'last_seq', v_last, 'server_ms', v_now_ms);
  END IF;
  -- Table names: checked once per distinct name.
  IF NOT v_stamps_ok OR EXISTS (SELECT 1 FROM (SELECT DISTINCT t FROM unnest(p_tbl) t) d
      WHERE d.t IS NULL OR d.t !~ '^[a-z][a-z_]{0,59}$'
         OR d.t IN ('projects', 'photos', 'attachments', 'drawing_files')) THEN
    RETURN v_fallback;
  END IF;
  IF p_first > v_last + 1 THEN
    v_skip := 0;
  ELSE
    v_skip := least(v_last - p_first + 1, v_n);  -- already applied: skipped
  END IF;
  IF p_first <= v_last + 1 AND v_skip < v_n THEN
    BEGIN
      WITH b AS MATERIALIZED (
        SELECT r.tbl, r.rid, coalesce(r.pid, '00000000-0000-0000-0000-000000000000') AS pid,
               r.hlc, r.data, r.i, (r.data->>'number')::bigint AS num,
               coalesce(r.data->>'tier', r.data->>'issue_type', '') AS disc
          FROM ROWS FROM (unnest(p_tbl), unnest(p_id), unnest(p_project), unnest(p_hlc),
                          jsonb_array_elements(p_data))
               WITH ORDINALITY AS r(tbl, rid, pid, hlc, data, i)
         WHERE r.i > v_skip),
      chk AS (
        SELECT coalesce(bool_and(jsonb_typeof(b.data) = 'object' AND b.data <> '{}'
                 AND (b.num IS NOT NULL OR NOT (b.data ? 'number'))), false)
               AND NOT EXISTS (SELECT 1 FROM (SELECT DISTINCT b.pid FROM b OFFSET 0) d
                                WHERE NOT pmo._member(d.pid, v_login))
               AND NOT EXISTS (SELECT 1 FROM b
                     JOIN pmo.records r ON r.project_id = b.pid AND r.tbl = b.tbl
                      AND r.data ? 'number' AND (r.data->>'number')::bigint = b.num
                      AND coalesce(r.data->>'tier', r.data->>'issue_type', '') = b.disc
                    WHERE b.num IS NOT NULL)
               AND NOT EXISTS (SELECT 1 FROM b WHERE b.num IS NOT NULL
                    GROUP BY b.pid, b.tbl, b.disc, b.num HAVING count(*) > 1) AS ok
          FROM b),
      -- An id already on the server (in any project or table) or twice in the run
      -- violates records_id / the primary key: the whole run goes back (handler below).
      ins AS (
        INSERT INTO pmo.records (project_id, tbl, id, data, hlc, created_by, row_version,
                                 deleted, updated_by)
        SELECT b.pid, b.tbl, b.rid, b.data, b.hlc, v_login, 1,
               coalesce(b.data->>'deleted_at', '') <> '', v_login
          FROM b CROSS JOIN chk WHERE chk.ok ORDER BY b.i
        RETURNING 1)
      SELECT count(*) INTO v_count FROM ins;
    EXCEPTION WHEN others THEN
      v_count := NULL;  -- nothing of the run stays written
    END;
    IF v_count IS DISTINCT FROM v_n - v_skip THEN
      RETURN v_fallback;
    END IF;
  END IF;
  IF p_first > v_last + 1 THEN
    UPDATE pmo.devices SET last_push = now(), client_protocol = p_protocol
     WHERE device_id = p_device;
    RETURN jsonb_build_object('status', 'gap', 'last_seq', v_last, 'applied', 0, 'skipped', 0,
      'quarantined', '[]'::jsonb, 'protocol', pmo._setting('protocol'),
      'min_client_protocol', pmo._setting('min_client_protocol'));
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


def _rewrite_push(old: str, new: str) -> None:
    """Replace ``old`` (exactly once) in the installed ``sync_push`` (as 0002 does)."""
    bind = op.get_bind()
    source = bind.execute(
        text("SELECT pg_get_functiondef(CAST(:sig AS regprocedure))"),
        {"sig": "pmo.sync_push(uuid, int, jsonb, boolean)"},
    ).scalar_one()
    if source.count(old) != 1:
        raise RuntimeError(f"pmo.sync_push: expected {old!r} exactly once")
    raw = bind.connection.driver_connection  # the body contains % and :name text
    assert raw is not None
    raw.execute(source.replace(old, new))


def upgrade() -> None:
    op.execute(FUNCTION)
    op.execute(f"REVOKE ALL ON FUNCTION {SIGNATURE} FROM PUBLIC")
    _rewrite_push(CLOCK_PER_ROW, CLOCK_ONCE)
    op.execute("UPDATE pmo.settings SET value = '2' WHERE key = 'protocol'")


def downgrade() -> None:
    op.execute("UPDATE pmo.settings SET value = '1' WHERE key = 'protocol'")
    _rewrite_push(CLOCK_ONCE, CLOCK_PER_ROW)
    op.execute(f"DROP FUNCTION {SIGNATURE}")
