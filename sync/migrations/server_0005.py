"""SQL of the central migration ``0005_sync_recovery``, part 1 (frozen once released: a
later change goes into a new migration). Placeholders ``NIL_UUID``, ``BLOB_TABLES`` and
``DECISIONS`` are filled in by the migration.

* ``TABLES``: ``pmo.quarantine_done`` (refused changes someone dealt with: sent again,
  re-applied by the PMO, discarded), ``pmo.linked_fields`` (fields that change together,
  such as a change order's status and its dates).
* ``APPLY``: ``_apply`` as in 0004 (the delete conflicts now read who and when from the
  stamps seeded with the insert's, like every other field: a row's stored
  ``field_hlc``/``field_by`` may hold only the fields changed since the insert, as the
  set-based ``_bulk_edit`` stores them), with three changes to the field merge:

  - no conflict of a person against her own earlier value: a field whose current value
    this same laptop of the same login wrote (``_same_laptop``: the stamp names the
    device; e.g. an insert and an edit that travel together) is simply applied; one
    this same login wrote on another laptop takes the later stamp and the other value
    is kept as an ``own`` record, which no list shows as a conflict (fields that need a person — ``review_fields`` and linked
    groups — still go to review then);
  - fields of one linked group travel together: when one of them that needs a person
    (a ``review_fields`` entry, such as the status) meets a concurrent change, the
    group's other fields of the same mutation wait with it as ``linked`` conflicts, which
    the laptop decides together with the ``review`` one — so a change order never ends
    up void with the ``submitted_at`` of a submission that was not applied;
  - a merge that would leave the row breaking its workflow rules (``_workflow_ok``: a
    pending change order without ``submitted_at``, a decided one without ``decided_at``,
    a draft with ``decided_at``) keeps the stored linked fields and records this
    mutation's values as one ``review`` conflict and ``linked`` ones instead.
"""

from __future__ import annotations

TABLES = """
CREATE TABLE pmo.saved_functions_0005 (signature text PRIMARY KEY, source text NOT NULL);

-- What happened to a refused change: sent again by its laptop (a new mutation number),
-- re-applied or discarded by the PMO, discarded on the laptop. pmo.quarantine keeps
-- only what still waits (its caps count only those).
CREATE TABLE pmo.quarantine_done (
  id bigint PRIMARY KEY,
  project_id uuid,
  login text NOT NULL,
  device_id uuid NOT NULL,
  mutation_seq bigint NOT NULL,
  mutation jsonb NOT NULL,
  reason text NOT NULL,
  created_at timestamptz NOT NULL,
  outcome text NOT NULL CHECK (outcome IN ('resent', 'reapplied', 'discarded')),
  done_by text NOT NULL,
  done_at timestamptz NOT NULL DEFAULT now(),
  note text
);
CREATE INDEX quarantine_done_device ON pmo.quarantine_done (device_id, mutation_seq);

CREATE TABLE pmo.linked_fields (
  tbl text NOT NULL, field text NOT NULL, grp text NOT NULL, PRIMARY KEY (tbl, field)
);
INSERT INTO pmo.linked_fields VALUES
  ('change_orders', 'status', 'workflow'),
  ('change_orders', 'submitted_at', 'workflow'),
  ('change_orders', 'decided_at', 'workflow');

ALTER TABLE pmo.quarantine_done ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_read ON pmo.quarantine_done FOR SELECT USING (login = session_user::text);
ALTER TABLE pmo.linked_fields ENABLE ROW LEVEL SECURITY;
CREATE POLICY everyone ON pmo.linked_fields FOR SELECT USING (true);
ALTER TABLE pmo.saved_functions_0005 ENABLE ROW LEVEL SECURITY;
REVOKE ALL ON pmo.quarantine_done, pmo.linked_fields, pmo.saved_functions_0005 FROM PUBLIC;
"""

APPLY = """
-- The workflow rules a merged row must keep (only change orders so far).
CREATE FUNCTION pmo._workflow_ok(p_tbl text, p_data jsonb) RETURNS boolean
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN p_tbl <> 'change_orders' THEN true ELSE CASE p_data->>'status'
    WHEN 'draft' THEN coalesce(p_data->>'decided_at', '') = ''
    WHEN 'pending' THEN coalesce(p_data->>'submitted_at', '') <> ''
                    AND coalesce(p_data->>'decided_at', '') = ''
    WHEN 'approved' THEN coalesce(p_data->>'decided_at', '') <> ''
    WHEN 'rejected' THEN coalesce(p_data->>'decided_at', '') <> ''
    ELSE true END END
$$;

-- The stored value of a field was written by this same laptop of this same person: the
-- stamp names the device (a stamp is the laptop's word, so it only counts together
-- with the login that wrote the value — nobody can pass for someone else's laptop).
CREATE FUNCTION pmo._same_laptop(p_stored_hlc text, p_stored_by text, p_hlc text,
    p_login text) RETURNS boolean
LANGUAGE sql IMMUTABLE AS $$
  SELECT coalesce(p_stored_by = p_login AND length(p_hlc) > 27
                  AND substr(p_stored_hlc, 28) = substr(p_hlc, 28), false)
$$;

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
  v_fv0 jsonb; v_fh0 jsonb; v_fb0 jsonb;
  v_linked boolean; v_grp text; v_waiting text[] := '{}'; v_free boolean; v_kind text;
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
  v_fv0 := v_fv; v_fh0 := v_fh; v_fb0 := v_fb;
  v_newv := r.row_version + 1;

  -- Delete against an edit this laptop has not seen: a person decides; the row stays.
  IF v_op = 'delete' AND NOT r.deleted AND EXISTS (
      SELECT 1 FROM jsonb_each_text(r.field_versions) f
       WHERE f.key <> 'deleted_at' AND f.value::bigint > v_base
         AND NOT pmo._same_laptop(v_fh->>f.key, v_fb->>f.key, v_hlc, p_login)) THEN
    PERFORM pmo._conflict(r, 'deleted_at', 'delete_vs_edit', 'null'::jsonb,
      coalesce(v_patch->'deleted_at'->1, 'null'), r.updated_by, p_login,
      v_fh->>'deleted_at', v_hlc);
    RETURN NULL;
  END IF;
  -- An edit to a row deleted meanwhile brings it back, flagged for review.
  IF r.deleted AND v_op = 'update' AND NOT (v_patch ? 'deleted_at')
     AND coalesce((r.field_versions->>'deleted_at')::bigint, 0) > v_base THEN
    PERFORM pmo._conflict(r, 'deleted_at', 'edit_vs_delete', 'null'::jsonb,
      coalesce(r.data->'deleted_at', 'null'), p_login, v_fb->>'deleted_at',
      v_hlc, v_fh->>'deleted_at');
    v_data := v_data || jsonb_build_object('deleted_at', NULL);
    v_fv := v_fv || jsonb_build_object('deleted_at', v_newv);
    v_changed := true;
  END IF;

  -- Linked groups in which a field that needs a person meets someone else's concurrent
  -- change: the group's other fields in this mutation wait with it ('linked' conflicts,
  -- decided together with the 'review' one).
  v_linked := EXISTS (SELECT 1 FROM pmo.linked_fields WHERE tbl = v_tbl);
  IF v_linked THEN
    SELECT coalesce(array_agg(DISTINCT l.grp), '{}') INTO v_waiting
      FROM jsonb_each(v_patch) p JOIN pmo.linked_fields l ON l.tbl = v_tbl AND l.field = p.key
      JOIN pmo.review_fields rf ON rf.tbl = v_tbl AND rf.field = p.key
     WHERE coalesce(v_data->p.key, 'null') <> coalesce(p.value->1, 'null')
       AND coalesce((v_fv->>p.key)::bigint, 1) > v_base
       AND coalesce(v_data->p.key, 'null') <> coalesce(p.value->0, 'null')
       AND NOT pmo._same_laptop(v_fh->>p.key, v_fb->>p.key, v_hlc, p_login);
  END IF;

  FOR v_key, v_pair IN SELECT key, value FROM jsonb_each(v_patch) LOOP
    v_mine := coalesce(v_pair->1, 'null');
    v_cur := coalesce(v_data->v_key, 'null');
    CONTINUE WHEN v_cur = v_mine;
    v_fver := coalesce((v_fv->>v_key)::bigint, 1);
    -- Nobody else changed this field since the laptop's base, or this same laptop did
    -- (its stamp names the device; e.g. an insert and an edit sent together).
    v_free := v_fver <= v_base OR v_cur = coalesce(v_pair->0, 'null')
              OR pmo._same_laptop(v_fh->>v_key, v_fb->>v_key, v_hlc, p_login);
    v_grp := NULL;
    IF v_linked THEN
      SELECT l.grp INTO v_grp FROM pmo.linked_fields l WHERE l.tbl = v_tbl AND l.field = v_key;
    END IF;
    IF v_grp IS NOT NULL AND v_grp = ANY (v_waiting) THEN
      PERFORM pmo._conflict(r, v_key, CASE WHEN v_free THEN 'linked' ELSE 'review' END,
        v_cur, v_mine, v_fb->>v_key, p_login, v_fh->>v_key, v_hlc);
      CONTINUE;
    ELSIF v_free THEN
      NULL;  -- apply
    ELSIF EXISTS (SELECT 1 FROM pmo.review_fields WHERE tbl = v_tbl AND field = v_key) THEN
      PERFORM pmo._conflict(r, v_key, 'review', v_cur, v_mine, v_fb->>v_key, p_login,
        v_fh->>v_key, v_hlc);
      CONTINUE;
    ELSIF v_fb->>v_key = p_login THEN
      -- Her own earlier value from another laptop: no conflict, the later stamp wins; the
      -- other value is still kept (kind 'own', never listed as a conflict).
      IF v_hlc <= coalesce(v_fh->>v_key, '') THEN
        PERFORM pmo._conflict(r, v_key, 'own', v_cur, v_mine, v_fb->>v_key, p_login,
          v_fh->>v_key, v_hlc);
        CONTINUE;
      END IF;
      PERFORM pmo._conflict(r, v_key, 'own', v_mine, v_cur, p_login, v_fb->>v_key,
        v_hlc, v_fh->>v_key);
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

  -- A merged row that breaks its workflow rules (the stored one did not): the linked
  -- fields keep their stored values; this mutation's become one 'review' conflict (the
  -- status when it is among them) and 'linked' ones decided with it.
  IF v_changed AND v_linked AND NOT pmo._workflow_ok(v_tbl, v_data)
     AND pmo._workflow_ok(v_tbl, r.data) THEN
    v_kind := 'review';
    FOR v_key IN SELECT l.field FROM pmo.linked_fields l
                  WHERE l.tbl = v_tbl AND v_data->l.field IS DISTINCT FROM r.data->l.field
                  ORDER BY l.field <> 'status', l.field LOOP
      PERFORM pmo._conflict(r, v_key, v_kind, coalesce(r.data->v_key, 'null'),
        coalesce(v_data->v_key, 'null'), v_fb0->>v_key, p_login, v_fh0->>v_key, v_hlc);
      v_kind := 'linked';
      v_data := CASE WHEN r.data ? v_key THEN v_data || jsonb_build_object(v_key, r.data->v_key)
                     ELSE v_data - v_key END;
      v_fv := CASE WHEN v_fv0 ? v_key THEN v_fv || jsonb_build_object(v_key, v_fv0->v_key)
                   ELSE v_fv - v_key END;
      v_fh := CASE WHEN v_fh0 ? v_key THEN v_fh || jsonb_build_object(v_key, v_fh0->v_key)
                   ELSE v_fh - v_key END;
      v_fb := CASE WHEN v_fb0 ? v_key THEN v_fb || jsonb_build_object(v_key, v_fb0->v_key)
                   ELSE v_fb - v_key END;
    END LOOP;
    v_changed := v_data IS DISTINCT FROM r.data;
  END IF;

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
