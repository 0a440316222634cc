"""SQL of the central migration ``0004_server_checks``, part 2 (frozen: a later change
goes into a new migration, never here). Placeholders as in ``server_0004``.

* ``BULK``: ``_bulk_insert`` and ``sync_push_rows`` take only runs that pass every check.
* ``PUSH``: ``sync_push`` with the quarantine caps.
* ``BLOBS``: per-uploader ``sync_blob_begin`` / ``sync_blob_chunk`` / ``sync_blob_finish``.
"""

from __future__ import annotations

# The set-based paths take a run only when every row is a plain new row this login may
# write in a project (not the shared area), with its own project_id, references into
# the same project (or the shared area for shared kinds), no decision that needs a
# manager and a free number. Anything else: the row-by-row path decides and explains.
BULK = """
CREATE OR REPLACE FUNCTION pmo._bulk_insert(p_batch jsonb, p_last bigint, p_login text)
RETURNS bigint LANGUAGE plpgsql SET search_path = pmo, pg_temp AS $$
DECLARE
  v_count bigint;
BEGIN
  -- One statement, the batch parsed once: checks, then the insert only if all pass.
  WITH b AS MATERIALIZED (SELECT * FROM pmo._pending(p_batch, p_last)),
  chk AS (
    SELECT count(*) AS n, min(b.seq) AS mn, max(b.seq) AS mx, count(DISTINCT b.rid) AS ids,
           coalesce(bool_and(coalesce(
                  b.op IN ('insert', 'event') AND b.tbl ~ '^[a-z][a-z_]{0,59}$'
                  AND b.tbl NOT IN ('projects', 'project_members', BLOB_TABLES)
                  AND coalesce(b.hlc, '') ~ '^[0-9]{15}-'
                  AND jsonb_typeof(b.patch) = 'object' AND b.patch <> '{}'
                  AND (NOT (b.patch ? 'number') OR b.num IS NOT NULL)
                  AND (NOT (b.patch ? 'project_id') OR b.patch->'project_id'->>1 = b.pid::text)
                  AND NOT (b.tbl = 'change_orders'
                           AND coalesce(b.patch->'status'->>1 IN (DECISIONS), false))
                  AND NOT (b.tbl = 'change_order_events'
                           AND coalesce(b.patch->'to_status'->>1 IN (DECISIONS), false)),
                  false)), false) AS ok
      FROM b),
  bad AS (
    SELECT EXISTS (SELECT 1 FROM (SELECT DISTINCT b.pid FROM b OFFSET 0) d
                    WHERE NOT pmo._can_write(d.pid, p_login))
        OR EXISTS (SELECT 1 FROM b JOIN pmo.shared_tables s ON s.tbl = b.tbl AND NOT s.project_too)
        OR EXISTS (SELECT 1 FROM b JOIN pmo.records r ON r.id = b.rid)
        OR EXISTS (SELECT 1 FROM b
                     JOIN pmo.records r ON r.project_id = b.pid AND r.tbl = b.tbl
                      AND r.data ? 'number' AND (r.data->>'number')::bigint = b.num
                      AND coalesce(r.data->>'tier', r.data->>'issue_type', '') = b.disc
                    WHERE b.num IS NOT NULL)
        OR EXISTS (SELECT 1 FROM b WHERE b.num IS NOT NULL
                    GROUP BY b.pid, b.tbl, b.disc, b.num HAVING count(*) > 1)
        OR EXISTS (SELECT 1 FROM b JOIN pmo.ref_fields f ON f.tbl = b.tbl
                     JOIN pmo.records t ON t.id = (b.patch->f.field->>1)::uuid
                    WHERE t.tbl <> f.target OR (t.project_id <> b.pid AND NOT (
                          t.project_id = 'NIL_UUID'::uuid
                          AND f.target IN (SELECT s.tbl FROM pmo.shared_tables s)))) AS bad),
  ins AS (
    INSERT INTO pmo.records (project_id, tbl, id, data, hlc, created_by, row_version, deleted,
                             updated_by)
    SELECT b.pid, b.tbl, b.rid, d.data, b.hlc, p_login, 1,
           coalesce(d.data->>'deleted_at', '') <> '', p_login
      FROM b CROSS JOIN chk CROSS JOIN bad
      CROSS JOIN LATERAL (
        SELECT jsonb_object_agg(key, coalesce(value->1, 'null')) AS data
          FROM jsonb_each(b.patch)) d
     WHERE chk.n > 0 AND chk.ok AND chk.mn = p_last + 1 AND chk.mx - chk.mn + 1 = chk.n
       AND chk.ids = chk.n AND NOT bad.bad
     ORDER BY b.seq
    RETURNING 1)
  SELECT count(*) INTO v_count FROM ins;
  RETURN CASE WHEN v_count > 0 THEN p_last + v_count END;
END $$;

CREATE OR REPLACE FUNCTION pmo.sync_push_rows(p_device uuid, p_protocol int, p_first bigint,
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
         OR d.t IN ('projects', 'project_members', BLOB_TABLES)
         OR d.t IN (SELECT s.tbl FROM pmo.shared_tables s WHERE NOT s.project_too)) THEN
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
        SELECT r.tbl, r.rid, coalesce(r.pid, 'NIL_UUID') AS pid,
               r.hlc, r.data, r.i, (r.data->>'number')::bigint AS num,
               coalesce(r.data->>'tier', r.data->>'issue_type', '') AS disc
          FROM ROWS FROM (unnest(p_tbl), unnest(p_id), unnest(p_project), unnest(p_hlc),
                          jsonb_array_elements(p_data))
               WITH ORDINALITY AS r(tbl, rid, pid, hlc, data, i)
         WHERE r.i > v_skip),
      chk AS (
        SELECT coalesce(bool_and(coalesce(jsonb_typeof(b.data) = 'object' AND b.data <> '{}'
                 AND (b.num IS NOT NULL OR NOT (b.data ? 'number'))
                 AND (NOT (b.data ? 'project_id') OR b.data->>'project_id' = b.pid::text)
                 AND NOT (b.tbl = 'change_orders'
                          AND coalesce(b.data->>'status' IN (DECISIONS), false))
                 AND NOT (b.tbl = 'change_order_events'
                          AND coalesce(b.data->>'to_status' IN (DECISIONS), false)),
                 false)), false)
               AND NOT EXISTS (SELECT 1 FROM (SELECT DISTINCT b.pid FROM b OFFSET 0) d
                                WHERE NOT pmo._can_write(d.pid, v_login))
               AND NOT EXISTS (SELECT 1 FROM b
                     JOIN pmo.records r ON r.project_id = b.pid AND r.tbl = b.tbl
                      AND r.data ? 'number' AND (r.data->>'number')::bigint = b.num
                      AND coalesce(r.data->>'tier', r.data->>'issue_type', '') = b.disc
                    WHERE b.num IS NOT NULL)
               AND NOT EXISTS (SELECT 1 FROM b WHERE b.num IS NOT NULL
                    GROUP BY b.pid, b.tbl, b.disc, b.num HAVING count(*) > 1)
               AND NOT EXISTS (SELECT 1 FROM b JOIN pmo.ref_fields f ON f.tbl = b.tbl
                     JOIN pmo.records t ON t.id = (b.data->>f.field)::uuid
                    WHERE t.tbl <> f.target OR (t.project_id <> b.pid AND NOT (
                          t.project_id = 'NIL_UUID'::uuid
                          AND f.target IN (SELECT s.tbl FROM pmo.shared_tables s)))) AS ok
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

PUSH = """
-- Exactly-once push (see 0001). New here: a refused mutation is only quarantined while
-- the person's quarantine is below its caps (rows and bytes); over them the push stops
-- before that mutation with status 'quota' and the laptop keeps it.
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
  v_qrows bigint; v_qbytes bigint; v_size bigint;
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
  IF EXISTS (SELECT 1 FROM jsonb_array_elements(p_batch) e
              WHERE coalesce(e->>'hlc', '') ~ '^[0-9]{15}-'
                AND left(e->>'hlc', 15)::bigint > (SELECT v_now_ms + pmo._setting('clock_tolerance_ms'))) THEN
    RETURN jsonb_build_object('status', 'clock_ahead', 'last_seq', v_last, 'server_ms', v_now_ms);
  END IF;
  IF NOT p_safe THEN
    BEGIN
      v_bulk := pmo._bulk_insert(p_batch, v_last, v_login);
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

BLOBS = """
-- Begin (or resume) an upload. NULL: the blob is complete and this login may already
-- read it. Otherwise the chunks this login already sent. The first uploader of a hash
-- claims it and sends its chunks to their place (pmo.blob_chunks, no copy later); while
-- someone else's claim is unfinished, or the blob is stored but this login may not read
-- it, the login uploads into a session of its own. Every answer depends only on this
-- login's own uploads: nothing tells whether anyone else has the hash.
CREATE OR REPLACE FUNCTION pmo.sync_blob_begin(p_sha text, p_size bigint) RETURNS int[]
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pmo, pg_temp AS $$
DECLARE
  v_login text := session_user; v_complete boolean; v_owner text; v_size bigint;
  v_open bigint;
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pmo.people WHERE login = v_login) THEN
    RAISE EXCEPTION 'unknown user' USING ERRCODE = '42501';
  END IF;
  IF p_sha IS NULL OR p_sha !~ '^[0-9a-f]{64}$' OR p_size IS NULL OR p_size < 0 THEN
    RAISE EXCEPTION 'not a valid file digest or size' USING ERRCODE = '22023';
  END IF;
  SELECT complete, created_by, size INTO v_complete, v_owner, v_size
    FROM pmo.blobs WHERE sha256 = p_sha FOR UPDATE;
  IF FOUND AND v_complete AND pmo._may_read_blob(p_sha, v_login) THEN
    RETURN NULL;
  END IF;
  IF p_size > pmo._setting('blob_max_bytes') THEN
    RAISE EXCEPTION 'file too large: % bytes, the central database accepts up to % bytes',
      p_size, pmo._setting('blob_max_bytes') USING ERRCODE = '54000';
  END IF;
  IF FOUND AND NOT v_complete AND v_owner = v_login THEN  -- resume this login's claim
    IF v_size <> p_size THEN
      DELETE FROM pmo.blob_chunks WHERE sha256 = p_sha;
      UPDATE pmo.blobs SET size = p_size, created_at = now() WHERE sha256 = p_sha;
    END IF;
    RETURN coalesce((SELECT array_agg(idx ORDER BY idx) FROM pmo.blob_chunks
                      WHERE sha256 = p_sha), '{}'::int[]);
  END IF;
  SELECT size INTO v_size FROM pmo.blob_uploads
   WHERE sha256 = p_sha AND login = v_login FOR UPDATE;
  IF FOUND AND v_size = p_size THEN  -- resume this login's session
    RETURN coalesce((SELECT array_agg(idx ORDER BY idx) FROM pmo.blob_upload_chunks
                      WHERE sha256 = p_sha AND login = v_login), '{}'::int[]);
  END IF;
  DELETE FROM pmo.blob_uploads WHERE sha256 = p_sha AND login = v_login;  -- another size
  SELECT coalesce(sum(size), 0) INTO v_open FROM (
    SELECT size FROM pmo.blob_uploads WHERE login = v_login
    UNION ALL SELECT size FROM pmo.blobs WHERE created_by = v_login AND NOT complete) o;
  IF v_open + p_size > pmo._setting('upload_max_bytes') THEN
    RAISE EXCEPTION 'too many unfinished uploads: % bytes waiting, the limit is % bytes',
      v_open, pmo._setting('upload_max_bytes') USING ERRCODE = '54000';
  END IF;
  INSERT INTO pmo.blobs (sha256, size, created_by) VALUES (p_sha, p_size, v_login)
  ON CONFLICT (sha256) DO NOTHING;
  IF NOT FOUND THEN  -- held or claimed by someone else: a session of this login's own
    INSERT INTO pmo.blob_uploads (sha256, login, size) VALUES (p_sha, v_login, p_size);
  END IF;
  RETURN '{}'::int[];
END $$;

CREATE OR REPLACE FUNCTION pmo.sync_blob_chunk(p_sha text, p_idx int, p_chunk_sha text, p_data bytea)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pmo, pg_temp AS $$
DECLARE
  v_login text := session_user; v_size bigint; v_claim boolean := true;
  v_chunk bigint := pmo._setting('chunk_size'); v_expect bigint;
BEGIN
  SELECT size INTO v_size FROM pmo.blobs
   WHERE sha256 = p_sha AND NOT complete AND created_by = v_login;
  IF NOT FOUND THEN
    v_claim := false;
    SELECT size INTO v_size FROM pmo.blob_uploads WHERE sha256 = p_sha AND login = v_login;
    IF NOT FOUND THEN RAISE EXCEPTION 'no upload of this file was started'; END IF;
  END IF;
  v_expect := least(v_chunk, v_size - p_idx::bigint * v_chunk);
  IF p_idx IS NULL OR p_idx < 0 OR v_expect <= 0 OR length(p_data) <> v_expect THEN
    RAISE EXCEPTION 'chunk out of range';
  END IF;
  IF encode(sha256(p_data), 'hex') <> p_chunk_sha THEN RAISE EXCEPTION 'chunk damaged'; END IF;
  IF v_claim THEN
    INSERT INTO pmo.blob_chunks (sha256, idx, data) VALUES (p_sha, p_idx, p_data)
    ON CONFLICT DO NOTHING;
  ELSE
    INSERT INTO pmo.blob_upload_chunks (sha256, login, idx, data)
    VALUES (p_sha, v_login, p_idx, p_data)
    ON CONFLICT DO NOTHING;
  END IF;
END $$;

-- Verify this login's upload; the blob is stored once and the login becomes a holder.
CREATE OR REPLACE FUNCTION pmo.sync_blob_finish(p_sha text) RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pmo, pg_temp AS $$
DECLARE
  v_login text := session_user; v_size bigint; v_n int; v_have int; v_digest text;
  v_complete boolean; v_owner text; v_found boolean;
  v_chunk bigint := pmo._setting('chunk_size');
BEGIN
  SELECT complete, created_by, size INTO v_complete, v_owner, v_size
    FROM pmo.blobs WHERE sha256 = p_sha FOR UPDATE;
  v_found := FOUND;
  IF v_found AND NOT v_complete AND v_owner = v_login THEN  -- this login's claim
    v_n := ((v_size + v_chunk - 1) / v_chunk)::int;
    SELECT count(*) INTO v_have FROM pmo.blob_chunks WHERE sha256 = p_sha;
    IF v_have <> v_n THEN RETURN false; END IF;
    SELECT encode(sha256(coalesce(string_agg(data, ''::bytea ORDER BY idx), ''::bytea)), 'hex')
      INTO v_digest FROM pmo.blob_chunks WHERE sha256 = p_sha;
    IF v_digest <> p_sha THEN
      DELETE FROM pmo.blob_chunks WHERE sha256 = p_sha;
      RETURN false;
    END IF;
    UPDATE pmo.blobs SET complete = true WHERE sha256 = p_sha;
    INSERT INTO pmo.blob_holders VALUES (p_sha, v_login) ON CONFLICT DO NOTHING;
    RETURN true;
  END IF;
  SELECT size INTO v_size FROM pmo.blob_uploads
   WHERE sha256 = p_sha AND login = v_login FOR UPDATE;
  IF NOT FOUND THEN
    -- Finished before (the reply was lost) or nothing started: true only when readable.
    RETURN coalesce(v_complete, false) AND pmo._may_read_blob(p_sha, v_login);
  END IF;
  v_n := ((v_size + v_chunk - 1) / v_chunk)::int;
  SELECT count(*) INTO v_have FROM pmo.blob_upload_chunks
   WHERE sha256 = p_sha AND login = v_login;
  IF v_have <> v_n THEN RETURN false; END IF;
  SELECT encode(sha256(coalesce(string_agg(data, ''::bytea ORDER BY idx), ''::bytea)), 'hex')
    INTO v_digest FROM pmo.blob_upload_chunks WHERE sha256 = p_sha AND login = v_login;
  IF v_digest <> p_sha THEN
    DELETE FROM pmo.blob_upload_chunks WHERE sha256 = p_sha AND login = v_login;
    RETURN false;
  END IF;
  IF NOT v_found OR NOT v_complete THEN
    -- Nothing stored yet, or someone else's unfinished claim: this verified upload
    -- takes its place (the only case that copies chunks).
    DELETE FROM pmo.blob_chunks WHERE sha256 = p_sha;
    INSERT INTO pmo.blobs (sha256, size, complete, created_by)
    VALUES (p_sha, v_size, true, v_login)
    ON CONFLICT (sha256) DO UPDATE SET size = excluded.size, complete = true,
      created_by = excluded.created_by, created_at = now();
    INSERT INTO pmo.blob_chunks (sha256, idx, data)
    SELECT sha256, idx, data FROM pmo.blob_upload_chunks
     WHERE sha256 = p_sha AND login = v_login;
  END IF;
  INSERT INTO pmo.blob_holders VALUES (p_sha, v_login) ON CONFLICT DO NOTHING;
  DELETE FROM pmo.blob_uploads WHERE sha256 = p_sha AND login = v_login;
  RETURN true;
END $$;
"""
