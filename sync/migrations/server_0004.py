"""SQL of the central migration ``0004_server_checks``, part 1 (frozen: a later change
goes into a new migration, never here). Placeholders ``NIL_UUID``, ``BLOB_TABLES`` and
``DECISIONS`` are filled in by the migration.

* ``HELPERS``: ``_uuid``, ``_num``, ``_role``, ``_can_write``, ``_shared_rule``, ``_refs``,
  ``_may_decide``, ``_may_read_blob`` and the new ``can_read_blob``.
* ``APPLY``: ``_apply`` with placement, shared-area, role and blob checks before any write.
"""

from __future__ import annotations

HELPERS = """
CREATE FUNCTION pmo._uuid(p text) RETURNS uuid LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN p ~ '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$'
              THEN p::uuid END
$$;

CREATE FUNCTION pmo._num(p jsonb) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE
    WHEN jsonb_typeof(p) = 'number' THEN (p #>> '{}')::numeric
    WHEN jsonb_typeof(p) = 'string' AND (p #>> '{}') ~ '^-?[0-9]{1,18}(\\.[0-9]{1,9})?$'
      THEN (p #>> '{}')::numeric END
$$;

-- What a login may do in a project: admin, manager, field, viewer; NULL when nothing.
-- In the no-project area every registered person is 'field' (the shared rules decide).
CREATE FUNCTION pmo._role(p_project uuid, p_login text) RETURNS text
LANGUAGE sql STABLE SET search_path = pmo, pg_temp AS $$
  SELECT CASE
    WHEN p.login IS NULL THEN NULL
    WHEN p_project = 'NIL_UUID'::uuid THEN CASE WHEN p.is_admin THEN 'admin' ELSE 'field' END
    WHEN m.role IS NULL THEN NULL
    WHEN p.is_admin THEN 'admin'
    ELSE m.role END
    FROM (SELECT 1) one
    LEFT JOIN pmo.people p ON p.login = p_login
    LEFT JOIN pmo.memberships m ON m.project_id = p_project AND m.login = p_login
                               AND m.revoked_at IS NULL
$$;

-- May write plain rows into this project (the bulk paths; anything else goes row by row).
CREATE FUNCTION pmo._can_write(p_project uuid, p_login text) RETURNS boolean
LANGUAGE sql STABLE SET search_path = pmo, pg_temp AS $$
  SELECT p_project <> 'NIL_UUID'::uuid
     AND coalesce(pmo._role(p_project, p_login) IN ('field', 'manager', 'admin'), false)
$$;

-- May this login write this row in the no-project area? NULL when yes, else why not.
CREATE FUNCTION pmo._shared_rule(p_tbl text, p_row uuid, p_login text, p_admin boolean,
    p_patch jsonb, p_depth int) RETURNS text
LANGUAGE plpgsql STABLE SET search_path = pmo, pg_temp AS $$
DECLARE
  v_writer text; v_owner text; v_rtype text; v_rid uuid;
BEGIN
  SELECT writer INTO v_writer FROM pmo.shared_tables WHERE tbl = p_tbl;
  IF NOT FOUND THEN
    RETURN 'this kind of record belongs to a project, not to the shared area';
  END IF;
  IF p_admin THEN RETURN NULL; END IF;
  IF v_writer = 'admin' THEN
    RETURN 'only a PMO administrator may change the PMO library and shared records';
  END IF;
  IF v_writer = 'owner' THEN
    SELECT created_by INTO v_owner FROM pmo.records
     WHERE id = p_row AND project_id = 'NIL_UUID'::uuid;
    IF FOUND AND v_owner IS DISTINCT FROM p_login THEN
      RETURN 'only the person who created this shared record (or a PMO administrator) may change it';
    END IF;
    RETURN NULL;
  END IF;
  -- An audit line in the shared area: about a shared record this login may change.
  IF p_depth > 0 OR p_patch IS NULL THEN RETURN 'invalid mutation'; END IF;
  v_rtype := p_patch->'record_type'->>1;
  v_rid := pmo._uuid(p_patch->'record_id'->>1);
  IF v_rtype IS NULL OR v_rid IS NULL OR NOT EXISTS (
      SELECT 1 FROM pmo.records WHERE id = v_rid AND tbl = v_rtype
         AND project_id = 'NIL_UUID'::uuid) THEN
    RETURN 'an audit line in the shared area must be about a shared record';
  END IF;
  RETURN pmo._shared_rule(v_rtype, v_rid, p_login, false, NULL, p_depth + 1);
END $$;

-- The row's own project_id and every reference it holds must agree with its project.
-- p_values: {field: new value}. NULL when they do, else why not.
CREATE FUNCTION pmo._refs(p_tbl text, p_pid uuid, p_values jsonb) RETURNS text
LANGUAGE plpgsql STABLE SET search_path = pmo, pg_temp AS $$
DECLARE
  v_field text; v_target text; v_ref uuid; v_ttbl text; v_tpid uuid;
BEGIN
  IF p_values ? 'project_id' THEN
    IF p_pid = 'NIL_UUID'::uuid THEN
      IF jsonb_typeof(p_values->'project_id') <> 'null' THEN
        RETURN 'the record names a project but was sent for the shared area';
      END IF;
    ELSIF jsonb_typeof(p_values->'project_id') IS DISTINCT FROM 'string'
       OR pmo._uuid(p_values->>'project_id') IS DISTINCT FROM p_pid THEN
      RETURN 'the record names another project than the one it was sent for';
    END IF;
  END IF;
  FOR v_field, v_target IN
      SELECT f.field, f.target FROM pmo.ref_fields f
       WHERE f.tbl = p_tbl AND p_values ? f.field
         AND jsonb_typeof(p_values->f.field) <> 'null' LOOP
    v_ref := CASE WHEN jsonb_typeof(p_values->v_field) = 'string'
                  THEN pmo._uuid(p_values->>v_field) END;
    IF v_ref IS NULL THEN
      RETURN format('%s is not a valid reference', v_field);
    END IF;
    SELECT tbl, project_id INTO v_ttbl, v_tpid FROM pmo.records WHERE id = v_ref;
    IF FOUND AND (v_ttbl <> v_target OR (v_tpid <> p_pid AND NOT (
        v_tpid = 'NIL_UUID'::uuid AND EXISTS (SELECT 1 FROM pmo.shared_tables s
                                               WHERE s.tbl = v_target)))) THEN
      RETURN format('%s refers to a record of another project', v_field);
    END IF;
  END LOOP;
  RETURN NULL;
END $$;

-- Approving or rejecting a change order: managers (approvals up to their limit) and
-- PMO administrators.
CREATE FUNCTION pmo._may_decide(p_pid uuid, p_login text, p_role text, p_status text,
    p_amount numeric) RETURNS text
LANGUAGE plpgsql STABLE SET search_path = pmo, pg_temp AS $$
DECLARE v_limit numeric;
BEGIN
  IF p_role = 'admin' THEN RETURN NULL; END IF;
  IF p_role <> 'manager' THEN
    RETURN format('only a project manager may mark a change order %s', p_status);
  END IF;
  IF p_status = 'approved' THEN
    SELECT approval_limit INTO v_limit FROM pmo.memberships
     WHERE project_id = p_pid AND login = p_login AND revoked_at IS NULL;
    IF v_limit IS NOT NULL AND (p_amount IS NULL OR p_amount > v_limit) THEN
      RETURN format('the amount %s is above your approval limit of %s',
                    coalesce(p_amount::text, '(unknown)'), v_limit);
    END IF;
  END IF;
  RETURN NULL;
END $$;

-- A login may read a blob it uploaded itself, or one that a project of theirs received
-- and still has a row naming.
CREATE FUNCTION pmo._may_read_blob(p_sha text, p_login text) RETURNS boolean
LANGUAGE sql STABLE SET search_path = pmo, pg_temp AS $$
  SELECT EXISTS (SELECT 1 FROM pmo.blob_holders h WHERE h.sha256 = p_sha AND h.login = p_login)
      OR EXISTS (SELECT 1 FROM pmo.blob_projects bp
                  WHERE bp.sha256 = p_sha AND pmo._member(bp.project_id, p_login)
                    AND bp.project_id <> 'NIL_UUID'::uuid
                    AND EXISTS (SELECT 1 FROM pmo.records r
                                 WHERE r.tbl IN (BLOB_TABLES) AND r.data->>'sha256' = p_sha
                                   AND r.project_id = bp.project_id))
$$;

CREATE OR REPLACE FUNCTION pmo.can_read_blob(p_sha text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pmo, pg_temp AS $$
  SELECT pmo._may_read_blob(p_sha, session_user::text)
$$;
"""

APPLY = """
-- Apply one mutation. NULL when applied (or already there); otherwise why it was refused.
-- Every check comes before the first write, so a refusal leaves nothing behind.
CREATE OR REPLACE FUNCTION pmo._apply(m jsonb, p_login text) RETURNS text
LANGUAGE plpgsql SET search_path = pmo, pg_temp AS $$
DECLARE
  v_uuid text := '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$';
  v_op text := m->>'op';
  v_tbl text := m->>'table';
  v_patch jsonb := m->'patch';
  v_hlc text := m->>'hlc';
  v_base bigint;
  v_id uuid; v_pid uuid;
  r pmo.records%ROWTYPE;
  v_found boolean;
  v_new jsonb; v_role text; v_admin boolean; v_may_create boolean;
  v_creating boolean := false; v_reason text; v_sha text; v_amount numeric;
  v_key text; v_pair jsonb; v_cur jsonb; v_mine jsonb; v_fver bigint;
  v_data jsonb; v_fv jsonb; v_fh jsonb; v_fb jsonb; v_newv bigint; v_changed boolean := false;
BEGIN
  IF v_tbl IS NULL OR v_tbl !~ '^[a-z_]{1,60}$' OR v_op IS NULL
     OR v_op NOT IN ('insert', 'update', 'delete', 'event', 'resolve')
     OR jsonb_typeof(v_patch) IS DISTINCT FROM 'object'
     OR coalesce(m->>'row_id', '') !~ v_uuid OR coalesce(v_hlc, '') !~ '^[0-9]{15}-'
     OR coalesce(m->>'base_version', '0') !~ '^[0-9]{1,18}$' THEN
    RETURN 'invalid mutation';
  END IF;
  v_base := coalesce((m->>'base_version')::bigint, 0);
  v_id := (m->>'row_id')::uuid;
  IF v_tbl = 'projects' THEN
    v_pid := v_id;
  ELSIF m->>'project_id' IS NULL THEN
    v_pid := 'NIL_UUID'::uuid;
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

  -- Who is writing, and with which role in this project.
  SELECT p.is_admin, p.is_admin OR p.can_create INTO v_admin, v_may_create
    FROM pmo.people p WHERE p.login = p_login;
  v_admin := coalesce(v_admin, false);
  IF v_tbl = 'projects' THEN
    IF v_pid = 'NIL_UUID'::uuid THEN
      RETURN 'a project needs an id of its own';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pmo.projects WHERE project_id = v_pid) THEN
      IF NOT coalesce(v_may_create, false) THEN
        RETURN 'not allowed to create projects (a PMO administrator can allow it: '
               'executrek central grant NAME --creator)';
      END IF;
      v_creating := true;
    END IF;
  END IF;
  v_role := CASE WHEN v_creating THEN CASE WHEN v_admin THEN 'admin' ELSE 'manager' END
                 ELSE pmo._role(v_pid, p_login) END;
  IF v_role IS NULL THEN RETURN 'no membership'; END IF;
  IF v_role = 'viewer' THEN RETURN 'read-only access: a viewer cannot change records'; END IF;

  IF v_op = 'resolve' THEN
    IF NOT v_found OR v_tbl <> '_conflicts' THEN RETURN 'invalid mutation'; END IF;
    IF v_pid = 'NIL_UUID'::uuid THEN
      v_reason := pmo._shared_rule(r.data->>'table', pmo._uuid(r.data->>'row_id'), p_login,
                                   v_admin, NULL, 1);
      IF v_reason IS NOT NULL THEN RETURN v_reason; END IF;
    END IF;
    UPDATE pmo.records SET data = data || jsonb_build_object(
        'status', 'resolved', 'kept', v_patch->'kept'->1, 'resolved_by', p_login),
      row_version = row_version + 1, updated_by = p_login, updated_at = now(),
      xid = pg_current_xact_id(), seq = nextval('pmo.change_seq')
     WHERE project_id = r.project_id AND id = r.id;
    RETURN NULL;
  END IF;
  IF v_tbl LIKE '\\_%' THEN RETURN 'invalid mutation'; END IF;

  -- Where the row may live.
  IF v_pid = 'NIL_UUID'::uuid THEN
    v_reason := pmo._shared_rule(v_tbl, v_id, p_login, v_admin, v_patch, 0);
    IF v_reason IS NOT NULL THEN RETURN v_reason; END IF;
  ELSIF EXISTS (SELECT 1 FROM pmo.shared_tables WHERE tbl = v_tbl AND NOT project_too) THEN
    RETURN 'this kind of record is shared by all projects, not kept in one';
  END IF;
  SELECT coalesce(jsonb_object_agg(key, coalesce(value->1, 'null')), '{}')
    INTO v_new FROM jsonb_each(v_patch);
  v_reason := pmo._refs(v_tbl, v_pid, v_new);
  IF v_reason IS NOT NULL THEN RETURN v_reason; END IF;

  -- What the role allows.
  IF v_tbl = 'project_members' AND v_role NOT IN ('manager', 'admin') THEN
    RETURN 'only a project manager may change the project team';
  END IF;
  IF v_tbl = 'change_orders' AND v_patch ? 'status' AND v_new->>'status' IN (DECISIONS)
     AND (NOT v_found OR r.data->>'status' IS DISTINCT FROM v_new->>'status') THEN
    v_amount := pmo._num(CASE WHEN v_patch ? 'amount' THEN v_new->'amount' ELSE r.data->'amount' END);
    v_reason := pmo._may_decide(v_pid, p_login, v_role, v_new->>'status', v_amount);
  ELSIF v_tbl = 'change_order_events' AND NOT v_found AND v_new->>'to_status' IN (DECISIONS) THEN
    v_amount := coalesce(pmo._num(v_new->'amount'), (
      SELECT pmo._num(c.data->'amount') FROM pmo.records c
       WHERE c.id = pmo._uuid(v_new->>'change_order_id') AND c.project_id = v_pid));
    v_reason := pmo._may_decide(v_pid, p_login, v_role, v_new->>'to_status', v_amount);
  END IF;
  IF v_reason IS NOT NULL THEN RETURN v_reason; END IF;

  -- A file row names a blob its pusher has, for this project.
  IF v_tbl IN (BLOB_TABLES) THEN
    IF v_found AND v_patch ? 'sha256' AND v_new->>'sha256' IS DISTINCT FROM r.data->>'sha256' THEN
      RETURN 'the file of a photo, attachment or drawing cannot be replaced';
    END IF;
    IF NOT v_found THEN
      v_sha := v_new->>'sha256';
      IF v_sha IS NULL OR NOT EXISTS (SELECT 1 FROM pmo.blobs WHERE sha256 = v_sha AND complete)
         OR NOT pmo._may_read_blob(v_sha, p_login) THEN
        RETURN 'blob_missing';
      END IF;
    END IF;
  END IF;

  -- Checks done: from here on the mutation is applied.
  IF v_creating THEN
    INSERT INTO pmo.projects (project_id, code, created_by)
    VALUES (v_pid, v_patch->'code'->>1, p_login);
    INSERT INTO pmo.memberships (project_id, login, role) VALUES (v_pid, p_login, 'manager')
    ON CONFLICT (project_id, login) DO NOTHING;
  END IF;
  IF v_sha IS NOT NULL THEN
    INSERT INTO pmo.blob_projects (sha256, project_id, added_by) VALUES (v_sha, v_pid, p_login)
    ON CONFLICT DO NOTHING;
  END IF;

  IF NOT v_found THEN
    v_data := pmo._number(v_pid, v_tbl, v_id, v_new);
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
  SELECT coalesce(jsonb_object_agg(k, to_jsonb(r.hlc)), '{}') || v_fh,
         coalesce(jsonb_object_agg(k, to_jsonb(r.created_by)), '{}') || v_fb
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
"""
