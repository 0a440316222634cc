"""Central PMO schema: records, change stream, devices, memberships, quarantine, blobs,
row-level security and the SECURITY DEFINER sync functions.

Revision ID: 0001_central
Revises:
Create Date: 2026-11-25
"""

from __future__ import annotations

from alembic import op

revision = "0001_central"
down_revision = None
branch_labels = None
depends_on = None

NIL = "00000000-0000-0000-0000-000000000000"

TABLES = """
CREATE TABLE pmo.settings (key text PRIMARY KEY, value text NOT NULL);
INSERT INTO pmo.settings VALUES
  ('protocol', '1'), ('min_client_protocol', '1'),
  ('clock_tolerance_ms', '600000'), ('chunk_size', '1048576');

CREATE TABLE pmo.people (
  login text PRIMARY KEY,
  display_name text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL DEFAULT now()
);

-- project_id is the RLS key everywhere (and the distribution column under Citus).
CREATE TABLE pmo.projects (
  project_id uuid PRIMARY KEY,
  code text,
  created_by text,
  created_at timestamptz NOT NULL DEFAULT now(),
  counters jsonb NOT NULL DEFAULT '{}'
);

CREATE TABLE pmo.memberships (
  project_id uuid NOT NULL,
  login text NOT NULL REFERENCES pmo.people ON DELETE CASCADE,
  granted_at timestamptz NOT NULL DEFAULT now(),
  revoked_at timestamptz,
  PRIMARY KEY (project_id, login)
);

CREATE TABLE pmo.devices (
  device_id uuid PRIMARY KEY,
  login text NOT NULL REFERENCES pmo.people ON DELETE CASCADE,
  last_seq bigint NOT NULL DEFAULT 0,
  client_protocol int,
  first_seen timestamptz NOT NULL DEFAULT now(),
  last_push timestamptz,
  last_pull timestamptz
);

CREATE SEQUENCE pmo.change_seq;

-- Every synced row of every laptop table, as its current state. Field patches merge
-- into ``data``; ``field_versions``/``field_hlc``/``field_by`` say when and by whom each
-- field last changed after the insert (``hlc``/``created_by``; version 1). (xid, seq) is the pull cursor: xid8 of the writing transaction.
CREATE TABLE pmo.records (
  project_id uuid NOT NULL,
  tbl text NOT NULL,
  id uuid NOT NULL,
  data jsonb NOT NULL,
  field_versions jsonb NOT NULL DEFAULT '{}',
  field_hlc jsonb NOT NULL DEFAULT '{}',
  field_by jsonb NOT NULL DEFAULT '{}',
  hlc text,
  created_by text,
  row_version bigint NOT NULL DEFAULT 1,
  deleted boolean NOT NULL DEFAULT false,
  updated_by text,
  updated_at timestamptz NOT NULL DEFAULT now(),
  xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
  seq bigint NOT NULL DEFAULT nextval('pmo.change_seq'),
  PRIMARY KEY (project_id, id)
);
CREATE UNIQUE INDEX records_id ON pmo.records (id);
CREATE INDEX records_pull ON pmo.records (project_id, xid, seq);
CREATE INDEX records_number ON pmo.records (project_id, tbl, ((data->>'number')::bigint))
  WHERE data ? 'number';
CREATE INDEX records_blob ON pmo.records ((data->>'sha256'))
  WHERE tbl IN ('photos', 'attachments');

-- Fields where a silent last-writer-wins is wrong: a person decides.
CREATE TABLE pmo.review_fields (tbl text NOT NULL, field text NOT NULL, PRIMARY KEY (tbl, field));
INSERT INTO pmo.review_fields VALUES
  ('change_orders', 'amount'), ('change_orders', 'status'),
  ('change_order_lines', 'amount'), ('change_order_lines', 'quantity'),
  ('change_order_lines', 'unit_price'),
  ('inspections', 'result'), ('inspections', 'score'), ('inspections', 'status'),
  ('inspection_items', 'outcome');

CREATE TABLE pmo.quarantine (
  id bigserial PRIMARY KEY,
  project_id uuid,
  login text NOT NULL,
  device_id uuid NOT NULL,
  mutation_seq bigint NOT NULL,
  mutation jsonb NOT NULL,
  reason text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (device_id, mutation_seq)
);

-- Content-addressed blobs, shared by every project that references them (one copy).
CREATE TABLE pmo.blobs (
  sha256 text PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  size bigint NOT NULL CHECK (size >= 0),
  complete boolean NOT NULL DEFAULT false,
  created_by text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE pmo.blob_chunks (
  sha256 text NOT NULL REFERENCES pmo.blobs ON DELETE CASCADE,
  idx int NOT NULL,
  data bytea NOT NULL,
  PRIMARY KEY (sha256, idx)
);
ALTER TABLE pmo.blob_chunks ALTER COLUMN data SET STORAGE EXTERNAL;
"""

FUNCTIONS = f"""
CREATE FUNCTION pmo._member(p_project uuid, p_login text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pmo, pg_temp AS $$
  SELECT CASE WHEN p_project = '{NIL}'::uuid
    THEN EXISTS (SELECT 1 FROM pmo.people WHERE login = p_login)
    ELSE EXISTS (SELECT 1 FROM pmo.memberships m WHERE m.project_id = p_project
                 AND m.login = p_login AND m.revoked_at IS NULL) END
$$;

-- session_user, never current_user: inside SECURITY DEFINER code current_user is the owner.
CREATE FUNCTION pmo.is_member(p_project uuid) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pmo, pg_temp AS $$
  SELECT pmo._member(p_project, session_user::text)
$$;

CREATE FUNCTION pmo.can_read_blob(p_sha text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pmo, pg_temp AS $$
  SELECT EXISTS (SELECT 1 FROM pmo.blobs b WHERE b.sha256 = p_sha AND b.created_by = session_user::text)
      OR EXISTS (SELECT 1 FROM pmo.records r WHERE r.tbl IN ('photos', 'attachments')
                 AND r.data->>'sha256' = p_sha AND pmo._member(r.project_id, session_user::text))
$$;

CREATE FUNCTION pmo._conflict(r pmo.records, p_field text, p_kind text, p_shown jsonb,
    p_other jsonb, p_shown_by text, p_other_by text, p_shown_hlc text, p_other_hlc text)
RETURNS void LANGUAGE sql SET search_path = pmo, pg_temp AS $$
  INSERT INTO pmo.records (project_id, tbl, id, data, updated_by)
  VALUES (r.project_id, '_conflicts', gen_random_uuid(), jsonb_build_object(
    'table', r.tbl, 'row_id', r.id, 'field', p_field, 'kind', p_kind, 'status', 'open',
    'shown', p_shown, 'other', p_other, 'shown_by', p_shown_by, 'other_by', p_other_by,
    'shown_hlc', p_shown_hlc, 'other_hlc', p_other_hlc, 'created_at', now()), p_other_by)
$$;

-- Server-assigned human numbers: drafts get the next free number; a number another row
-- of the series already holds is replaced. Counters only move for drafts and leases
-- (the highest number in use is read from the index, so bulk pushes do not queue on
-- one counter row).
CREATE FUNCTION pmo._next_number(p_project uuid, p_tbl text, p_disc text, p_key text)
RETURNS bigint LANGUAGE sql STABLE SET search_path = pmo, pg_temp AS $$
  SELECT greatest(
    coalesce((SELECT (counters->>p_key)::bigint FROM pmo.projects WHERE project_id = p_project), 1),
    coalesce((SELECT max((r.data->>'number')::bigint) + 1 FROM pmo.records r
               WHERE r.project_id = p_project AND r.tbl = p_tbl AND r.data ? 'number'
                 AND coalesce(r.data->>'tier', r.data->>'issue_type', '') = p_disc), 1))
$$;

CREATE FUNCTION pmo._number(p_project uuid, p_tbl text, p_id uuid, p_data jsonb) RETURNS jsonb
LANGUAGE plpgsql SET search_path = pmo, pg_temp AS $$
DECLARE
  v_key text; v_disc text; v_num bigint;
BEGIN
  IF NOT (p_data ? 'number') THEN RETURN p_data; END IF;
  v_disc := coalesce(p_data->>'tier', p_data->>'issue_type', '');
  v_key := p_tbl || CASE WHEN v_disc = '' THEN '' ELSE ':' || v_disc END;
  v_num := (p_data->>'number')::bigint;
  IF v_num IS NOT NULL AND NOT EXISTS (
      SELECT 1 FROM pmo.records r WHERE r.project_id = p_project AND r.tbl = p_tbl
        AND r.data ? 'number' AND (r.data->>'number')::bigint = v_num
        AND coalesce(r.data->>'tier', r.data->>'issue_type', '') = v_disc AND r.id <> p_id) THEN
    RETURN p_data;
  END IF;
  PERFORM 1 FROM pmo.projects WHERE project_id = p_project FOR UPDATE;
  IF NOT FOUND THEN RETURN p_data; END IF;
  v_num := pmo._next_number(p_project, p_tbl, v_disc, v_key);
  UPDATE pmo.projects SET counters = counters || jsonb_build_object(v_key, v_num + 1)
   WHERE project_id = p_project;
  RETURN p_data || jsonb_build_object('number', v_num, 'draft_number', NULL);
END $$;

-- Apply one mutation. NULL when applied (or already there); otherwise why it was refused.
CREATE FUNCTION pmo._apply(m jsonb, p_login text) RETURNS text
LANGUAGE plpgsql SET search_path = pmo, pg_temp AS $$
DECLARE
  v_uuid text := '^[0-9a-fA-F]{{8}}-[0-9a-fA-F]{{4}}-[0-9a-fA-F]{{4}}-[0-9a-fA-F]{{4}}-[0-9a-fA-F]{{12}}$';
  v_op text := m->>'op';
  v_tbl text := m->>'table';
  v_patch jsonb := m->'patch';
  v_hlc text := m->>'hlc';
  v_base bigint;
  v_id uuid; v_pid uuid;
  r pmo.records%ROWTYPE;
  v_found boolean;
  v_key text; v_pair jsonb; v_cur jsonb; v_mine jsonb; v_fver bigint;
  v_data jsonb; v_fv jsonb; v_fh jsonb; v_fb jsonb; v_newv bigint; v_changed boolean := false;
BEGIN
  IF v_tbl IS NULL OR v_tbl !~ '^[a-z_]{{1,60}}$' OR v_op IS NULL
     OR v_op NOT IN ('insert', 'update', 'delete', 'event', 'resolve')
     OR jsonb_typeof(v_patch) IS DISTINCT FROM 'object'
     OR coalesce(m->>'row_id', '') !~ v_uuid OR coalesce(v_hlc, '') !~ '^[0-9]{{15}}-'
     OR coalesce(m->>'base_version', '0') !~ '^[0-9]{{1,18}}$' THEN
    RETURN 'invalid mutation';
  END IF;
  v_base := coalesce((m->>'base_version')::bigint, 0);
  v_id := (m->>'row_id')::uuid;
  IF v_tbl = 'projects' THEN
    v_pid := v_id;
  ELSIF m->>'project_id' IS NULL THEN
    v_pid := '{NIL}'::uuid;
  ELSIF m->>'project_id' ~ v_uuid THEN
    v_pid := (m->>'project_id')::uuid;
  ELSE
    RETURN 'invalid mutation';
  END IF;

  SELECT * INTO r FROM pmo.records WHERE id = v_id FOR UPDATE;
  v_found := FOUND;
  IF v_found AND (r.project_id <> v_pid OR r.tbl <> v_tbl) THEN
    RETURN 'row belongs to another project or table';
  END IF;

  IF v_tbl = 'projects' AND NOT EXISTS (SELECT 1 FROM pmo.projects WHERE project_id = v_pid) THEN
    INSERT INTO pmo.projects (project_id, code, created_by)
    VALUES (v_pid, v_patch->'code'->>1, p_login);
    INSERT INTO pmo.memberships (project_id, login) VALUES (v_pid, p_login);
  ELSIF NOT pmo._member(v_pid, p_login) THEN
    RETURN 'no membership';
  END IF;

  IF v_op = 'resolve' THEN
    IF NOT v_found OR v_tbl <> '_conflicts' THEN RETURN 'invalid mutation'; END IF;
    UPDATE pmo.records SET data = data || jsonb_build_object(
        'status', 'resolved', 'kept', v_patch->'kept'->1, 'resolved_by', p_login),
      row_version = row_version + 1, updated_by = p_login, updated_at = now(),
      xid = pg_current_xact_id(), seq = nextval('pmo.change_seq')
     WHERE project_id = r.project_id AND id = r.id;
    RETURN NULL;
  END IF;
  IF v_tbl LIKE '\\_%' THEN RETURN 'invalid mutation'; END IF;

  IF NOT v_found THEN
    IF v_tbl IN ('photos', 'attachments') AND NOT EXISTS (
        SELECT 1 FROM pmo.blobs WHERE sha256 = v_patch->'sha256'->>1 AND complete) THEN
      RETURN 'blob_missing';
    END IF;
    SELECT coalesce(jsonb_object_agg(key, coalesce(value->1, 'null')), '{{}}')
      INTO v_data FROM jsonb_each(v_patch);
    v_data := pmo._number(v_pid, v_tbl, v_id, v_data);
    INSERT INTO pmo.records (project_id, tbl, id, data, hlc, created_by, row_version, deleted,
                             updated_by)
    VALUES (v_pid, v_tbl, v_id, v_data, v_hlc, p_login, 1,
            coalesce(v_data->>'deleted_at', '') <> '', p_login);
    RETURN NULL;
  END IF;
  IF v_op = 'event' THEN
    RETURN NULL;  -- insert-only rows: already there, nothing to do
  END IF;

  v_data := r.data; v_fv := r.field_versions; v_fh := r.field_hlc; v_fb := r.field_by;
  -- Fields not changed since the insert carry the insert's stamp and author.
  SELECT coalesce(jsonb_object_agg(k, to_jsonb(r.hlc)), '{{}}') || v_fh,
         coalesce(jsonb_object_agg(k, to_jsonb(r.created_by)), '{{}}') || v_fb
    INTO v_fh, v_fb FROM jsonb_object_keys(r.data) k;
  v_newv := r.row_version + 1;

  -- Delete against an edit this laptop has not seen: a person decides; the row stays.
  IF v_op = 'delete' AND NOT r.deleted AND EXISTS (
      SELECT 1 FROM jsonb_each_text(r.field_versions) f
       WHERE f.key <> 'deleted_at' AND f.value::bigint > v_base) THEN
    PERFORM pmo._conflict(r, 'deleted_at', 'delete_vs_edit', 'null'::jsonb,
      coalesce(v_patch->'deleted_at'->1, 'null'), r.updated_by, p_login,
      r.field_hlc->>'deleted_at', v_hlc);
    RETURN NULL;
  END IF;
  -- An edit to a row deleted meanwhile brings it back, flagged for review.
  IF r.deleted AND v_op = 'update' AND NOT (v_patch ? 'deleted_at')
     AND coalesce((r.field_versions->>'deleted_at')::bigint, 0) > v_base THEN
    PERFORM pmo._conflict(r, 'deleted_at', 'edit_vs_delete', 'null'::jsonb,
      coalesce(r.data->'deleted_at', 'null'), p_login, r.field_by->>'deleted_at',
      v_hlc, r.field_hlc->>'deleted_at');
    v_data := v_data || jsonb_build_object('deleted_at', NULL);
    v_fv := v_fv || jsonb_build_object('deleted_at', v_newv);
    v_changed := true;
  END IF;

  FOR v_key, v_pair IN SELECT key, value FROM jsonb_each(v_patch) LOOP
    v_mine := coalesce(v_pair->1, 'null');
    v_cur := coalesce(v_data->v_key, 'null');
    CONTINUE WHEN v_cur = v_mine;
    v_fver := coalesce((v_fv->>v_key)::bigint, 1);
    IF v_fver <= v_base OR v_cur = coalesce(v_pair->0, 'null') THEN
      NULL;  -- nobody else changed this field since the laptop's base: apply
    ELSIF EXISTS (SELECT 1 FROM pmo.review_fields WHERE tbl = v_tbl AND field = v_key) THEN
      PERFORM pmo._conflict(r, v_key, 'review', v_cur, v_mine, v_fb->>v_key, p_login,
        v_fh->>v_key, v_hlc);
      CONTINUE;
    ELSIF v_hlc > coalesce(v_fh->>v_key, '') THEN
      PERFORM pmo._conflict(r, v_key, 'auto', v_mine, v_cur, p_login, v_fb->>v_key,
        v_hlc, v_fh->>v_key);
    ELSE
      PERFORM pmo._conflict(r, v_key, 'auto', v_cur, v_mine, v_fb->>v_key, p_login,
        v_fh->>v_key, v_hlc);
      CONTINUE;
    END IF;
    v_data := v_data || jsonb_build_object(v_key, v_mine);
    v_fv := v_fv || jsonb_build_object(v_key, v_newv);
    v_fh := v_fh || jsonb_build_object(v_key, v_hlc);
    v_fb := v_fb || jsonb_build_object(v_key, p_login);
    v_changed := true;
  END LOOP;

  IF v_changed THEN
    UPDATE pmo.records SET data = v_data, field_versions = v_fv, field_hlc = v_fh,
      field_by = v_fb, row_version = v_newv,
      deleted = coalesce(v_data->>'deleted_at', '') <> '', updated_by = p_login,
      updated_at = now(), xid = pg_current_xact_id(), seq = nextval('pmo.change_seq')
     WHERE project_id = r.project_id AND id = r.id;
  END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION pmo._setting(p_key text) RETURNS bigint
LANGUAGE sql STABLE SET search_path = pmo, pg_temp AS $$
  SELECT value::bigint FROM pmo.settings WHERE key = p_key
$$;

CREATE FUNCTION pmo._pending(p_batch jsonb, p_last bigint)
RETURNS TABLE (seq bigint, tbl text, rid uuid, pid uuid, op text, patch jsonb, hlc text,
               num bigint, disc text)
LANGUAGE sql IMMUTABLE AS $$  -- builtins only; no SET so the planner can inline it
  SELECT (e->>'seq')::bigint, e->>'table', (e->>'row_id')::uuid,
         coalesce(e->>'project_id', '{NIL}')::uuid, e->>'op', e->'patch', e->>'hlc',
         (e->'patch'->'number'->>1)::bigint,
         coalesce(e->'patch'->'tier'->>1, e->'patch'->'issue_type'->>1, '')
    FROM jsonb_array_elements(p_batch) e
   WHERE (e->>'seq')::bigint > p_last
$$;

-- Fast path for the common bulk case: a contiguous run of new rows and events in
-- projects this user belongs to, numbers free. Anything else goes row by row.
CREATE FUNCTION pmo._bulk_insert(p_batch jsonb, p_last bigint, p_login text) RETURNS bigint
LANGUAGE plpgsql SET search_path = pmo, pg_temp AS $$
DECLARE
  v_count bigint;
BEGIN
  -- One statement, the batch parsed once: checks, then the insert only if all pass.
  WITH b AS MATERIALIZED (SELECT * FROM pmo._pending(p_batch, p_last)),
  chk AS (
    SELECT count(*) AS n, min(b.seq) AS mn, max(b.seq) AS mx, count(DISTINCT b.rid) AS ids,
           coalesce(bool_and(b.op IN ('insert', 'event') AND b.tbl ~ '^[a-z][a-z_]{{0,59}}$'
                  AND b.tbl NOT IN ('projects', 'photos', 'attachments')
                  AND coalesce(b.hlc, '') ~ '^[0-9]{{15}}-'
                  AND jsonb_typeof(b.patch) = 'object' AND b.patch <> '{{}}'
                  AND (NOT (b.patch ? 'number') OR b.num IS NOT NULL)), false) AS ok
      FROM b),
  bad AS (
    SELECT EXISTS (SELECT 1 FROM (SELECT DISTINCT b.pid FROM b OFFSET 0) d
                    WHERE NOT pmo._member(d.pid, p_login))
        OR EXISTS (SELECT 1 FROM b JOIN pmo.records r ON r.id = b.rid)
        OR EXISTS (SELECT 1 FROM b
                     JOIN pmo.records r ON r.project_id = b.pid AND r.tbl = b.tbl
                      AND r.data ? 'number' AND (r.data->>'number')::bigint = b.num
                      AND coalesce(r.data->>'tier', r.data->>'issue_type', '') = b.disc
                    WHERE b.num IS NOT NULL)
        OR EXISTS (SELECT 1 FROM b WHERE b.num IS NOT NULL
                    GROUP BY b.pid, b.tbl, b.disc, b.num HAVING count(*) > 1) AS bad),
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

CREATE FUNCTION pmo.sync_hello(p_device uuid, p_protocol int) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pmo, pg_temp AS $$
DECLARE
  v_login text := session_user;
  v_owner text;
  v_last bigint;
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pmo.people WHERE login = v_login) THEN
    RETURN jsonb_build_object('status', 'unknown_user');
  END IF;
  INSERT INTO pmo.devices (device_id, login, client_protocol) VALUES (p_device, v_login, p_protocol)
  ON CONFLICT (device_id) DO NOTHING;
  SELECT login, last_seq INTO v_owner, v_last FROM pmo.devices WHERE device_id = p_device;
  IF v_owner <> v_login THEN
    RETURN jsonb_build_object('status', 'device_owner');
  END IF;
  RETURN jsonb_build_object('status', 'ok', 'last_seq', v_last,
    'protocol', pmo._setting('protocol'), 'min_client_protocol', pmo._setting('min_client_protocol'),
    'clock_tolerance_ms', pmo._setting('clock_tolerance_ms'),
    'chunk_size', pmo._setting('chunk_size'),
    'server_ms', (extract(epoch FROM clock_timestamp()) * 1000)::bigint);
END $$;

-- Exactly-once push: mutations numbered per device, the last applied number stored in
-- the same transaction as the writes; re-sent ones are skipped, gaps rejected, refused
-- ones quarantined (never blocking the rest). p_safe isolates each mutation in a
-- subtransaction so an unexpected error quarantines only that mutation.
CREATE FUNCTION pmo.sync_push(p_device uuid, p_protocol int, p_batch jsonb, p_safe boolean)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = pmo, pg_temp AS $$
DECLARE
  v_login text := session_user;
  v_owner text; v_last bigint;
  v_m jsonb; v_seq bigint; v_reason text;
  v_applied int := 0; v_skipped int := 0; v_quarantined jsonb := '[]';
  v_status text := 'ok';
  v_bulk bigint;
  v_now_ms bigint := (extract(epoch FROM clock_timestamp()) * 1000)::bigint;
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
              WHERE coalesce(e->>'hlc', '') ~ '^[0-9]{{15}}-'
                AND left(e->>'hlc', 15)::bigint > v_now_ms + pmo._setting('clock_tolerance_ms')) THEN
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
             ORDER BY (CASE WHEN value->>'seq' ~ '^[0-9]{{1,18}}$' THEN (value->>'seq')::bigint END) LOOP
    IF coalesce(v_m->>'seq', '') !~ '^[0-9]{{1,18}}$' THEN v_status := 'invalid'; EXIT; END IF;
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
      INSERT INTO pmo.quarantine (project_id, login, device_id, mutation_seq, mutation, reason)
      VALUES (CASE WHEN v_m->>'project_id' ~ '^[0-9a-fA-F-]{{36}}$' THEN (v_m->>'project_id')::uuid END,
              v_login, p_device, v_seq, v_m, v_reason)
      ON CONFLICT (device_id, mutation_seq) DO NOTHING;
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

CREATE FUNCTION pmo.sync_projects() RETURNS TABLE (project_id uuid, code text, revoked boolean)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pmo, pg_temp AS $$
  SELECT '{NIL}'::uuid, NULL::text, false
   WHERE EXISTS (SELECT 1 FROM pmo.people WHERE login = session_user::text)
  UNION ALL
  SELECT m.project_id, p.code, m.revoked_at IS NOT NULL
    FROM pmo.memberships m LEFT JOIN pmo.projects p USING (project_id)
   WHERE m.login = session_user::text
$$;

CREATE FUNCTION pmo.sync_pulled(p_device uuid) RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = pmo, pg_temp AS $$
  UPDATE pmo.devices SET last_pull = now()
   WHERE device_id = p_device AND login = session_user::text
$$;

-- Lease blocks of human numbers: {{"punch_items": 50}} -> {{"punch_items": first}}.
CREATE FUNCTION pmo.sync_lease(p_project uuid, p_request jsonb) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pmo, pg_temp AS $$
DECLARE
  v_counters jsonb; v_out jsonb := '{{}}'; v_key text; v_count text; v_start bigint;
BEGIN
  IF NOT pmo._member(p_project, session_user::text) THEN
    RAISE EXCEPTION 'no membership' USING ERRCODE = '42501';
  END IF;
  SELECT counters INTO v_counters FROM pmo.projects WHERE project_id = p_project FOR UPDATE;
  IF NOT FOUND THEN RETURN v_out; END IF;
  FOR v_key, v_count IN SELECT key, value FROM jsonb_each_text(p_request) LOOP
    IF v_count !~ '^[0-9]{{1,6}}$' THEN RAISE EXCEPTION 'bad lease request'; END IF;
    v_start := greatest(coalesce((v_counters->>v_key)::bigint, 1),
      pmo._next_number(p_project, split_part(v_key, ':', 1), split_part(v_key, ':', 2), v_key));
    v_counters := v_counters || jsonb_build_object(v_key, v_start + v_count::bigint);
    v_out := v_out || jsonb_build_object(v_key, v_start);
  END LOOP;
  UPDATE pmo.projects SET counters = v_counters WHERE project_id = p_project;
  RETURN v_out;
END $$;

-- Blobs: begin tells which chunks are already there (resume), each chunk is verified
-- and idempotent, finish checks the SHA-256 of the whole.
CREATE FUNCTION pmo.sync_blob_begin(p_sha text, p_size bigint) RETURNS int[]
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pmo, pg_temp AS $$
DECLARE v_complete boolean; v_size bigint;
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pmo.people WHERE login = session_user::text) THEN
    RAISE EXCEPTION 'unknown user' USING ERRCODE = '42501';
  END IF;
  INSERT INTO pmo.blobs (sha256, size, created_by) VALUES (p_sha, p_size, session_user::text)
  ON CONFLICT (sha256) DO NOTHING;
  SELECT complete, size INTO v_complete, v_size FROM pmo.blobs WHERE sha256 = p_sha;
  IF v_size <> p_size THEN RAISE EXCEPTION 'blob size mismatch'; END IF;
  IF v_complete THEN RETURN NULL; END IF;
  RETURN coalesce((SELECT array_agg(idx ORDER BY idx) FROM pmo.blob_chunks WHERE sha256 = p_sha),
                  '{{}}'::int[]);
END $$;

CREATE FUNCTION pmo.sync_blob_chunk(p_sha text, p_idx int, p_chunk_sha text, p_data bytea)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pmo, pg_temp AS $$
DECLARE v_size bigint; v_chunk bigint := pmo._setting('chunk_size'); v_expect bigint;
BEGIN
  SELECT size INTO v_size FROM pmo.blobs WHERE sha256 = p_sha;
  IF NOT FOUND THEN RAISE EXCEPTION 'unknown blob'; END IF;
  v_expect := least(v_chunk, v_size - p_idx::bigint * v_chunk);
  IF p_idx < 0 OR v_expect <= 0 OR length(p_data) <> v_expect THEN
    RAISE EXCEPTION 'chunk out of range';
  END IF;
  IF encode(sha256(p_data), 'hex') <> p_chunk_sha THEN RAISE EXCEPTION 'chunk damaged'; END IF;
  INSERT INTO pmo.blob_chunks (sha256, idx, data) VALUES (p_sha, p_idx, p_data)
  ON CONFLICT DO NOTHING;
END $$;

CREATE FUNCTION pmo.sync_blob_finish(p_sha text) RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pmo, pg_temp AS $$
DECLARE v_size bigint; v_n int; v_have int; v_digest text;
BEGIN
  SELECT size INTO v_size FROM pmo.blobs WHERE sha256 = p_sha FOR UPDATE;
  IF NOT FOUND THEN RETURN false; END IF;
  v_n := ((v_size + pmo._setting('chunk_size') - 1) / pmo._setting('chunk_size'))::int;
  SELECT count(*) INTO v_have FROM pmo.blob_chunks WHERE sha256 = p_sha;
  IF v_have <> v_n THEN RETURN false; END IF;
  SELECT encode(sha256(coalesce(string_agg(data, ''::bytea ORDER BY idx), ''::bytea)), 'hex')
    INTO v_digest FROM pmo.blob_chunks WHERE sha256 = p_sha;
  IF v_digest <> p_sha THEN
    DELETE FROM pmo.blob_chunks WHERE sha256 = p_sha;
    RETURN false;
  END IF;
  UPDATE pmo.blobs SET complete = true WHERE sha256 = p_sha;
  RETURN true;
END $$;
"""

SECURITY = f"""
ALTER TABLE pmo.records ENABLE ROW LEVEL SECURITY;
-- A hashed subplan over the reader's own memberships (evaluated once per query, not a
-- function call per row); memberships and people are themselves filtered to session_user.
CREATE POLICY member_read ON pmo.records FOR SELECT USING (
  project_id IN (SELECT m.project_id FROM pmo.memberships m
                  WHERE m.login = session_user::text AND m.revoked_at IS NULL)
  OR (project_id = '{NIL}'::uuid
      AND EXISTS (SELECT 1 FROM pmo.people p WHERE p.login = session_user::text)));
ALTER TABLE pmo.projects ENABLE ROW LEVEL SECURITY;
CREATE POLICY member_read ON pmo.projects FOR SELECT USING (pmo.is_member(project_id));
ALTER TABLE pmo.memberships ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_read ON pmo.memberships FOR SELECT USING (login = session_user::text);
ALTER TABLE pmo.people ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_read ON pmo.people FOR SELECT USING (login = session_user::text);
ALTER TABLE pmo.devices ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_read ON pmo.devices FOR SELECT USING (login = session_user::text);
ALTER TABLE pmo.quarantine ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_read ON pmo.quarantine FOR SELECT USING (login = session_user::text);
ALTER TABLE pmo.blobs ENABLE ROW LEVEL SECURITY;
CREATE POLICY reader ON pmo.blobs FOR SELECT USING (pmo.can_read_blob(sha256));
ALTER TABLE pmo.blob_chunks ENABLE ROW LEVEL SECURITY;
CREATE POLICY reader ON pmo.blob_chunks FOR SELECT USING (pmo.can_read_blob(sha256));
ALTER TABLE pmo.settings ENABLE ROW LEVEL SECURITY;
CREATE POLICY everyone ON pmo.settings FOR SELECT USING (true);
ALTER TABLE pmo.review_fields ENABLE ROW LEVEL SECURITY;
CREATE POLICY everyone ON pmo.review_fields FOR SELECT USING (true);
REVOKE ALL ON ALL TABLES IN SCHEMA pmo FROM PUBLIC;
REVOKE ALL ON ALL SEQUENCES IN SCHEMA pmo FROM PUBLIC;
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA pmo FROM PUBLIC;
REVOKE ALL ON SCHEMA pmo FROM PUBLIC;
"""


def upgrade() -> None:
    op.execute(TABLES)
    op.execute(FUNCTIONS)
    op.execute(SECURITY)


def downgrade() -> None:
    op.execute("DROP SCHEMA pmo CASCADE; CREATE SCHEMA pmo")
