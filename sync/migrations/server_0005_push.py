"""SQL of the central migration ``0005_sync_recovery``, part 2 (frozen once released).
Placeholders as in ``server_0004``.

* ``EDITS``: ``_pending_edits`` and ``_bulk_edit``: a batch of edits of existing rows
  (and the new rows around them, such as their audit and status events) applied with one
  UPDATE and one INSERT when every row passes the checks and nobody changed an edited row
  since the laptop's base; otherwise nothing is written and ``_apply`` goes row by row.
* ``PUSH``: ``sync_push`` as in 0004, trying ``_bulk_edit`` for batches with edits.
* ``QUARANTINE``: ``_quarantine_close`` (the PMO and the laptops) and
  ``sync_quarantine_close`` (a laptop sent a refused change again or discarded it).
* ``PURGE``: ``_purge``: a PMO delete as tombstones that laptops apply.
"""

from __future__ import annotations

EDITS = """
CREATE FUNCTION pmo._pending_edits(p_batch jsonb, p_last bigint)
RETURNS TABLE (seq bigint, tbl text, rid uuid, pid uuid, op text, patch jsonb, hlc text,
               base bigint, num bigint, disc text)
LANGUAGE sql IMMUTABLE AS $$  -- builtins only; no SET so the planner can inline it
  SELECT (e->>'seq')::bigint, e->>'table', (e->>'row_id')::uuid,
         coalesce(e->>'project_id', 'NIL_UUID')::uuid, e->>'op', e->'patch', e->>'hlc',
         coalesce((e->>'base_version')::bigint, 0),
         (e->'patch'->'number'->>1)::bigint,
         coalesce(e->'patch'->'tier'->>1, e->'patch'->'issue_type'->>1, '')
    FROM jsonb_array_elements(p_batch) e
   WHERE (e->>'seq')::bigint > p_last
$$;

-- Edits of existing rows plus new rows, in projects this login may write: set-based when
-- every mutation is plain (no shared area, team, file or decision rows, references in
-- the same project, free numbers, workflow rules kept), every edited row is edited once
-- and is still at the laptop's base (so no field can conflict: the result is _apply's),
-- and no id is both new and edited.
-- Returns the new last mutation number, or NULL with nothing written. A row changed by
-- someone else between the checks and the UPDATE raises: the caller goes row by row.
CREATE FUNCTION pmo._bulk_edit(p_batch jsonb, p_last bigint, p_login text) RETURNS bigint
LANGUAGE plpgsql SET search_path = pmo, pg_temp AS $$
DECLARE
  v_n bigint; v_want bigint; v_upd bigint; v_ins bigint;
BEGIN
  WITH b AS MATERIALIZED (SELECT * FROM pmo._pending_edits(p_batch, p_last)),
  -- Each edit with the stored row it applies to (NULL when there is none).
  e AS MATERIALIZED (
    SELECT b.*, r.ctid AS rctid, r.row_version AS rv, r.data AS old, r.tbl AS rtbl,
           r.project_id AS rpid,
           -- nobody changed it since the laptop's base; or, for an edit of a live row,
           -- every field it changes still holds the laptop's base value (a row this
           -- laptop sent and has not pulled back yet): _apply then takes every field
           coalesce(r.row_version = b.base OR (b.op = 'update' AND NOT r.deleted
             AND NOT EXISTS (SELECT 1 FROM jsonb_each(b.patch) p
                              WHERE coalesce(r.data->p.key, 'null')
                                    <> coalesce(p.value->0, 'null'))), false) AS at_base,
           (SELECT coalesce(jsonb_object_agg(p.key, coalesce(p.value->1, 'null')), '{}')
              FROM jsonb_each(b.patch) p
             WHERE coalesce(r.data->p.key, 'null') <> coalesce(p.value->1, 'null')) AS changed
      FROM b LEFT JOIN pmo.records r ON r.id = b.rid
     WHERE b.op IN ('update', 'delete')),
  chk AS (
    SELECT count(*) AS n, min(b.seq) AS mn, max(b.seq) AS mx, count(DISTINCT b.rid) AS ids,
           coalesce(bool_and(coalesce(
                  b.op IN ('insert', 'event', 'update', 'delete')
                  AND b.hlc ~ '^[0-9]{15}-'
                  AND jsonb_typeof(b.patch) = 'object' AND b.patch <> '{}'
                  AND (b.num IS NOT NULL OR NOT (b.patch ? 'number'))
                  AND (NOT (b.patch ? 'project_id') OR b.patch->'project_id'->>1 = b.pid::text)
                  AND (b.tbl NOT IN ('change_orders', 'change_order_events') OR NOT coalesce(
                       coalesce(b.patch->'status', b.patch->'to_status')->>1 IN (DECISIONS),
                       false)),
                  false)), false) AS ok,
           count(*) FILTER (WHERE b.op IN ('update', 'delete')) AS edits
      FROM b),
  -- Table names and areas: once per distinct value.
  kinds AS (
    SELECT coalesce(bool_and(coalesce(k.tbl ~ '^[a-z][a-z_]{0,59}$'
                  AND k.tbl NOT IN ('projects', 'project_members', BLOB_TABLES)
                  AND k.pid <> 'NIL_UUID'::uuid AND pmo._can_write(k.pid, p_login)
                  AND NOT EXISTS (SELECT 1 FROM pmo.shared_tables s
                                   WHERE s.tbl = k.tbl AND NOT s.project_too), false)), false)
             AS ok
      FROM (SELECT DISTINCT b.tbl, b.pid FROM b OFFSET 0) k),
  bad AS (
    -- new rows are new; edited rows exist here, unchanged since the laptop's base
    SELECT EXISTS (SELECT 1 FROM b JOIN pmo.records r ON r.id = b.rid
                    WHERE b.op IN ('insert', 'event'))
        OR EXISTS (SELECT 1 FROM e WHERE e.rv IS NULL OR NOT e.at_base
                      OR e.rtbl <> e.tbl OR e.rpid <> e.pid)
        -- an edit that would break the workflow rules: _apply makes it a review conflict
        OR EXISTS (SELECT 1 FROM e WHERE NOT pmo._workflow_ok(e.tbl, e.old || e.changed)
                      AND pmo._workflow_ok(e.tbl, e.old))
        OR EXISTS (SELECT 1 FROM b JOIN pmo.records r ON r.project_id = b.pid AND r.tbl = b.tbl
                      AND r.data ? 'number' AND (r.data->>'number')::bigint = b.num
                      AND coalesce(r.data->>'tier', r.data->>'issue_type', '') = b.disc
                    WHERE b.num IS NOT NULL AND b.op IN ('insert', 'event'))
        OR EXISTS (SELECT 1 FROM b WHERE b.num IS NOT NULL AND b.op IN ('insert', 'event')
                    GROUP BY b.pid, b.tbl, b.disc, b.num HAVING count(*) > 1)
        OR EXISTS (SELECT 1 FROM b JOIN pmo.ref_fields f ON f.tbl = b.tbl AND b.patch ? f.field
                     JOIN pmo.records t ON t.id = pmo._uuid(b.patch->f.field->>1)
                    WHERE t.tbl <> f.target OR (t.project_id <> b.pid AND NOT (
                          t.project_id = 'NIL_UUID'::uuid
                          AND f.target IN (SELECT s.tbl FROM pmo.shared_tables s))))
        OR EXISTS (SELECT 1 FROM b JOIN pmo.ref_fields f ON f.tbl = b.tbl AND b.patch ? f.field
                    WHERE jsonb_typeof(b.patch->f.field->1) NOT IN ('null', 'string')
                       OR (jsonb_typeof(b.patch->f.field->1) = 'string'
                           AND pmo._uuid(b.patch->f.field->>1) IS NULL)) AS bad),
  go AS (
    SELECT chk.n > 0 AND chk.ok AND chk.mn = p_last + 1 AND chk.mx - chk.mn + 1 = chk.n
           AND chk.ids = chk.n AND kinds.ok AND NOT bad.bad AS ok, chk.n, chk.edits
      FROM chk CROSS JOIN kinds CROSS JOIN bad),
  -- The stored field_hlc/field_by keep only what changed after the insert: readers seed
  -- the other fields with the row's insert stamp and author (as _apply does).
  upd AS (
    UPDATE pmo.records r SET
      data = r.data || e.changed,
      field_versions = r.field_versions || c.versions,
      field_hlc = r.field_hlc || c.stamps,
      field_by = r.field_by || c.authors,
      row_version = r.row_version + 1,
      deleted = coalesce((r.data || e.changed)->>'deleted_at', '') <> '',
      updated_by = p_login, updated_at = now(),
      xid = pg_current_xact_id(), seq = nextval('pmo.change_seq')
      FROM e CROSS JOIN go CROSS JOIN LATERAL (
        SELECT jsonb_object_agg(k, e.rv + 1) AS versions,
               jsonb_object_agg(k, to_jsonb(e.hlc)) AS stamps,
               jsonb_object_agg(k, to_jsonb(p_login)) AS authors
          FROM jsonb_object_keys(e.changed) k) c
     WHERE go.ok AND e.changed <> '{}' AND r.ctid = e.rctid AND r.id = e.rid
       AND r.row_version = e.rv
    RETURNING 1),
  ins AS (
    INSERT INTO pmo.records (project_id, tbl, id, data, hlc, created_by, row_version, deleted,
                             updated_by)
    SELECT b.pid, b.tbl, b.rid, d.data, b.hlc, p_login, 1,
           coalesce(d.data->>'deleted_at', '') <> '', p_login
      FROM b CROSS JOIN go
      CROSS JOIN LATERAL (
        SELECT jsonb_object_agg(key, coalesce(value->1, 'null')) AS data
          FROM jsonb_each(b.patch)) d
     WHERE go.ok AND b.op IN ('insert', 'event')
     ORDER BY b.seq
    RETURNING 1)
  SELECT CASE WHEN go.ok THEN go.n END,
         (SELECT count(*) FROM e WHERE e.changed <> '{}'),
         (SELECT count(*) FROM upd), (SELECT count(*) FROM ins)
    INTO v_n, v_want, v_upd, v_ins FROM go;
  IF v_n IS NULL THEN
    RETURN NULL;
  END IF;
  IF v_upd <> v_want THEN  -- a row changed after the checks: undo, go row by row
    RAISE EXCEPTION 'rows changed meanwhile' USING ERRCODE = '40001';
  END IF;
  RETURN p_last + v_n;
END $$;
"""

PUSH = """
-- Exactly-once push (see 0001, caps from 0004). New here: a batch with edits tries the
-- set-based _bulk_edit before going row by row (all in the caller's transaction).
CREATE OR REPLACE FUNCTION pmo.sync_push(p_device uuid, p_protocol int, p_batch jsonb,
    p_safe boolean)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = pmo, pg_temp AS $$
DECLARE
  v_login text := session_user;
  v_owner text; v_last bigint;
  v_m jsonb; v_seq bigint; v_reason text;
  v_applied int := 0; v_skipped int := 0; v_quarantined jsonb := '[]';
  v_status text := 'ok';
  v_bulk bigint;
  v_now_ms bigint := (extract(epoch FROM clock_timestamp()) * 1000)::bigint;
  v_qrows bigint; v_qbytes bigint; v_size bigint; v_ahead boolean; v_edits boolean;
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pmo.people WHERE login = v_login) THEN
    RETURN jsonb_build_object('status', 'unknown_user');
  END IF;
  IF jsonb_typeof(p_batch) IS DISTINCT FROM 'array' THEN
    RETURN jsonb_build_object('status', 'invalid');
  END IF;
  INSERT INTO pmo.devices (device_id, login) VALUES (p_device, v_login)
  ON CONFLICT (device_id) DO NOTHING;
  SELECT login, last_seq INTO v_owner, v_last FROM pmo.devices WHERE device_id = p_device FOR UPDATE;
  IF v_owner <> v_login THEN
    RETURN jsonb_build_object('status', 'device_owner');
  END IF;
  -- One pass: stamps too far ahead refuse the batch; edits choose the fast path.
  SELECT coalesce(bool_or(coalesce(e->>'hlc', '') ~ '^[0-9]{15}-'
                  AND left(e->>'hlc', 15)::bigint > v_limit), false),
         coalesce(bool_or(e->>'op' IN ('update', 'delete')), false)
    INTO v_ahead, v_edits
    FROM jsonb_array_elements(p_batch) e,
         (SELECT v_now_ms + pmo._setting('clock_tolerance_ms') AS v_limit) l;
  IF v_ahead THEN
    RETURN jsonb_build_object('status', 'clock_ahead', 'last_seq', v_last, 'server_ms', v_now_ms);
  END IF;
  IF NOT p_safe THEN
    BEGIN
      IF v_edits THEN
        v_bulk := pmo._bulk_edit(p_batch, v_last, v_login);
      ELSE
        v_bulk := pmo._bulk_insert(p_batch, v_last, v_login);
      END IF;
    EXCEPTION WHEN others THEN
      v_bulk := NULL;  -- something unusual in the batch: go row by row
    END;
    IF v_bulk IS NOT NULL THEN
      v_applied := v_bulk - v_last;
      v_skipped := jsonb_array_length(p_batch) - v_applied;
      v_last := v_bulk;
      p_batch := '[]';
    END IF;
  END IF;
  FOR v_m IN SELECT value FROM jsonb_array_elements(p_batch)
             ORDER BY (CASE WHEN value->>'seq' ~ '^[0-9]{1,18}$' THEN (value->>'seq')::bigint END) LOOP
    IF coalesce(v_m->>'seq', '') !~ '^[0-9]{1,18}$' THEN v_status := 'invalid'; EXIT; END IF;
    v_seq := (v_m->>'seq')::bigint;
    IF v_seq <= v_last THEN v_skipped := v_skipped + 1; CONTINUE; END IF;
    IF v_seq <> v_last + 1 THEN v_status := 'gap'; EXIT; END IF;
    IF p_safe THEN
      BEGIN
        v_reason := pmo._apply(v_m, v_login);
      EXCEPTION WHEN others THEN
        v_reason := 'invalid: ' || SQLERRM;
      END;
    ELSE
      v_reason := pmo._apply(v_m, v_login);
    END IF;
    IF v_reason = 'blob_missing' THEN v_status := 'blob_missing'; EXIT; END IF;
    IF v_reason IS NOT NULL THEN
      IF v_qrows IS NULL THEN
        SELECT count(*), coalesce(sum(pg_column_size(q.mutation)), 0) INTO v_qrows, v_qbytes
          FROM pmo.quarantine q WHERE q.login = v_login;
      END IF;
      v_size := pg_column_size(v_m);
      IF v_qrows + 1 > pmo._setting('quarantine_max_rows')
         OR v_qbytes + v_size > pmo._setting('quarantine_max_bytes') THEN
        v_status := 'quota'; EXIT;  -- nothing of this mutation was written
      END IF;
      INSERT INTO pmo.quarantine (project_id, login, device_id, mutation_seq, mutation, reason)
      VALUES (CASE WHEN v_m->>'project_id' ~ '^[0-9a-fA-F-]{36}$' THEN (v_m->>'project_id')::uuid END,
              v_login, p_device, v_seq, v_m, v_reason)
      ON CONFLICT (device_id, mutation_seq) DO NOTHING;
      v_qrows := v_qrows + 1; v_qbytes := v_qbytes + v_size;
      v_quarantined := v_quarantined || jsonb_build_object('seq', v_seq, 'reason', v_reason);
    ELSE
      v_applied := v_applied + 1;
    END IF;
    v_last := v_seq;
  END LOOP;
  UPDATE pmo.devices SET last_seq = v_last, last_push = now(), client_protocol = p_protocol
   WHERE device_id = p_device;
  RETURN jsonb_build_object('status', v_status, 'last_seq', v_last, 'applied', v_applied,
    'skipped', v_skipped, 'quarantined', v_quarantined,
    'protocol', pmo._setting('protocol'),
    'min_client_protocol', pmo._setting('min_client_protocol'));
END $$;
"""

QUARANTINE = """
-- Move refused changes that someone dealt with out of the waiting list (their caps count
-- only what waits); returns how many moved.
CREATE FUNCTION pmo._quarantine_close(p_ids bigint[], p_outcome text, p_by text, p_note text)
RETURNS bigint LANGUAGE sql SET search_path = pmo, pg_temp AS $$
  WITH gone AS (DELETE FROM pmo.quarantine WHERE id = ANY (p_ids) RETURNING *),
  kept AS (
    INSERT INTO pmo.quarantine_done (id, project_id, login, device_id, mutation_seq, mutation,
                                     reason, created_at, outcome, done_by, note)
    SELECT id, project_id, login, device_id, mutation_seq, mutation, reason, created_at,
           p_outcome, p_by, p_note FROM gone
    ON CONFLICT (id) DO NOTHING
    RETURNING 1)
  SELECT count(*) FROM kept
$$;

-- A laptop sent refused changes again (as new mutations) or discarded them: only its
-- own device's, by its own login.
CREATE FUNCTION pmo.sync_quarantine_close(p_device uuid, p_seqs bigint[], p_outcome text)
RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER SET search_path = pmo, pg_temp AS $$
DECLARE
  v_login text := session_user;
BEGIN
  IF p_outcome IS NULL OR p_outcome NOT IN ('resent', 'discarded') THEN
    RAISE EXCEPTION 'unknown outcome' USING ERRCODE = '22023';
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pmo.devices WHERE device_id = p_device AND login = v_login) THEN
    RETURN 0;
  END IF;
  RETURN pmo._quarantine_close(ARRAY(
    SELECT q.id FROM pmo.quarantine q
     WHERE q.device_id = p_device AND q.login = v_login AND q.mutation_seq = ANY (p_seqs)),
    p_outcome, v_login, 'on the laptop');
END $$;
"""

PURGE = """
-- A PMO delete: the record and every record of the project that refers to it (through
-- pmo.ref_fields, recursively) get a tombstone, as if deleted by p_by, so laptops apply
-- it with their next pull. Returns the rows tombstoned now.
CREATE FUNCTION pmo._purge(p_project uuid, p_id uuid, p_by text)
RETURNS TABLE (tbl text, id uuid) LANGUAGE plpgsql SET search_path = pmo, pg_temp AS $$
DECLARE
  v_now text := to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"');
  v_hlc text := lpad(((extract(epoch FROM clock_timestamp()) * 1000)::bigint)::text, 15, '0')
                || '-0000000000-pmo';
BEGIN
  RETURN QUERY
  WITH RECURSIVE doomed(rid, rtbl) AS (
    SELECT r.id, r.tbl FROM pmo.records r
     WHERE r.project_id = p_project AND r.id = p_id AND r.tbl NOT IN ('projects', '_conflicts')
    UNION
    SELECT c.id, c.tbl FROM doomed d
      JOIN pmo.ref_fields f ON f.target = d.rtbl
      JOIN pmo.records c ON c.project_id = p_project AND c.tbl = f.tbl
                        AND c.data->>f.field = d.rid::text),
  done AS (
    UPDATE pmo.records r SET
      data = r.data || jsonb_build_object('deleted_at', v_now),
      field_versions = r.field_versions || jsonb_build_object('deleted_at', r.row_version + 1),
      field_hlc = r.field_hlc || jsonb_build_object('deleted_at', v_hlc),
      field_by = r.field_by || jsonb_build_object('deleted_at', p_by),
      row_version = r.row_version + 1, deleted = true, updated_by = p_by, updated_at = now(),
      xid = pg_current_xact_id(), seq = nextval('pmo.change_seq')
      FROM doomed d
     WHERE r.project_id = p_project AND r.id = d.rid AND NOT r.deleted
    RETURNING r.tbl, r.id)
  SELECT done.tbl, done.id FROM done;
END $$;
"""
