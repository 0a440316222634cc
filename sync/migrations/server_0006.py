"""SQL of the central migration ``0006_diary`` (frozen once released: a later change goes
into a new migration). Placeholders: ``DIARY_TABLES`` (every diary table),
``ENTRY_TABLES`` (the entry tables and the addenda).

* ``RULES``: the canonical form of a diary day computed from the central copy
  (``_diary_doc``, ``_diary_hash``: the same bytes as ``models/records/diary/chain.py``,
  kept equal by ``tests/sync/test_sync_diary.py``), and ``_diary_rule``, which says why a
  change of a diary row is refused: a closed day, its entries and addenda never change
  and are never deleted; a day closes only with the hash of what the central database
  holds and linked to its author's last closed day here; nothing is added to a closed
  day but addenda. ``_diary_check`` recomputes a project's closed days (the PMO's).
* ``GUARD``: a trigger on ``pmo.records`` applying ``_diary_rule`` to every write,
  whichever path makes it (``_apply``, the set-based pushes, purges, re-applies): the
  change raises, and a push that tried it goes row by row.
* ``APPLY``: ``_apply`` answers the same refusals as a reason (the change is quarantined
  like any refused change) before the merge (the previous ``_apply``, renamed
  ``_apply_merge``) runs.
"""

from __future__ import annotations

RULES = """
-- A decimal field in the canonical form: text with one decimal place ("2.5", "0.0").
CREATE FUNCTION pmo._diary_dec(p jsonb) RETURNS jsonb LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN p IS NULL OR jsonb_typeof(p) = 'null' THEN 'null'::jsonb
              ELSE to_jsonb(round((p #>> '{}')::numeric, 1)::text) END
$$;

-- The canonical form of a diary day (its data p_data) with its live entries.
CREATE FUNCTION pmo._diary_doc(p_project uuid, p_day uuid, p_data jsonb) RETURNS jsonb
LANGUAGE sql STABLE SET search_path = pmo, pg_temp AS $$
  SELECT jsonb_build_object('v', 1, 'day', jsonb_build_object(
      'id', to_jsonb(p_day::text),
      'project_id', to_jsonb(p_project::text),
      'day', coalesce(p_data->'day', 'null'),
      'author_id', coalesce(p_data->'author_id', 'null'),
      'title', coalesce(p_data->'title', 'null'),
      'weather_am', coalesce(p_data->'weather_am', 'null'),
      'weather_pm', coalesce(p_data->'weather_pm', 'null'),
      'temp_min', coalesce(p_data->'temp_min', 'null'),
      'temp_max', coalesce(p_data->'temp_max', 'null'),
      'precipitation_mm', pmo._diary_dec(p_data->'precipitation_mm'),
      'wind', coalesce(p_data->'wind', 'null'),
      'ground', coalesce(p_data->'ground', 'null'),
      'weather_stopped_hours', pmo._diary_dec(p_data->'weather_stopped_hours'),
      'notes', coalesce(p_data->'notes', 'null'),
      'closed_at', coalesce(p_data->'closed_at', 'null'),
      'signature_id', coalesce(p_data->'signature_id', 'null'),
      'previous_hash', coalesce(p_data->'previous_hash', 'null')),
    'entries', jsonb_build_object(
      'diary_manpower', coalesce((SELECT jsonb_agg(jsonb_build_object('id', to_jsonb(r.id::text), 'organisation_id', coalesce(r.data->'organisation_id', 'null'), 'trade', coalesce(r.data->'trade', 'null'), 'headcount', coalesce(r.data->'headcount', 'null'), 'hours', pmo._diary_dec(r.data->'hours')) ORDER BY r.id)
        FROM pmo.records r WHERE r.project_id = p_project AND r.tbl = 'diary_manpower'
         AND r.data->>'day_id' = p_day::text AND NOT r.deleted), '[]'),
      'diary_equipment', coalesce((SELECT jsonb_agg(jsonb_build_object('id', to_jsonb(r.id::text), 'item', coalesce(r.data->'item', 'null'), 'count', coalesce(r.data->'count', 'null'), 'state', coalesce(r.data->'state', 'null'), 'organisation_id', coalesce(r.data->'organisation_id', 'null')) ORDER BY r.id)
        FROM pmo.records r WHERE r.project_id = p_project AND r.tbl = 'diary_equipment'
         AND r.data->>'day_id' = p_day::text AND NOT r.deleted), '[]'),
      'diary_deliveries', coalesce((SELECT jsonb_agg(jsonb_build_object('id', to_jsonb(r.id::text), 'description', coalesce(r.data->'description', 'null'), 'supplier', coalesce(r.data->'supplier', 'null'), 'received_by', coalesce(r.data->'received_by', 'null')) ORDER BY r.id)
        FROM pmo.records r WHERE r.project_id = p_project AND r.tbl = 'diary_deliveries'
         AND r.data->>'day_id' = p_day::text AND NOT r.deleted), '[]'),
      'diary_visitors', coalesce((SELECT jsonb_agg(jsonb_build_object('id', to_jsonb(r.id::text), 'name', coalesce(r.data->'name', 'null'), 'organisation', coalesce(r.data->'organisation', 'null'), 'purpose', coalesce(r.data->'purpose', 'null'), 'time_in', coalesce(r.data->'time_in', 'null'), 'time_out', coalesce(r.data->'time_out', 'null')) ORDER BY r.id)
        FROM pmo.records r WHERE r.project_id = p_project AND r.tbl = 'diary_visitors'
         AND r.data->>'day_id' = p_day::text AND NOT r.deleted), '[]'),
      'diary_work', coalesce((SELECT jsonb_agg(jsonb_build_object('id', to_jsonb(r.id::text), 'location_id', coalesce(r.data->'location_id', 'null'), 'organisation_id', coalesce(r.data->'organisation_id', 'null'), 'description', coalesce(r.data->'description', 'null'), 'activity_ref', coalesce(r.data->'activity_ref', 'null')) ORDER BY r.id)
        FROM pmo.records r WHERE r.project_id = p_project AND r.tbl = 'diary_work'
         AND r.data->>'day_id' = p_day::text AND NOT r.deleted), '[]'),
      'diary_delays', coalesce((SELECT jsonb_agg(jsonb_build_object('id', to_jsonb(r.id::text), 'cause', coalesce(r.data->'cause', 'null'), 'responsible', coalesce(r.data->'responsible', 'null'), 'start_time', coalesce(r.data->'start_time', 'null'), 'end_time', coalesce(r.data->'end_time', 'null'), 'description', coalesce(r.data->'description', 'null'), 'location_ids', coalesce(r.data->'location_ids', 'null'), 'organisation_ids', coalesce(r.data->'organisation_ids', 'null')) ORDER BY r.id)
        FROM pmo.records r WHERE r.project_id = p_project AND r.tbl = 'diary_delays'
         AND r.data->>'day_id' = p_day::text AND NOT r.deleted), '[]'),
      'diary_instructions', coalesce((SELECT jsonb_agg(jsonb_build_object('id', to_jsonb(r.id::text), 'direction', coalesce(r.data->'direction', 'null'), 'from_name', coalesce(r.data->'from_name', 'null'), 'to_name', coalesce(r.data->'to_name', 'null'), 'body', coalesce(r.data->'body', 'null')) ORDER BY r.id)
        FROM pmo.records r WHERE r.project_id = p_project AND r.tbl = 'diary_instructions'
         AND r.data->>'day_id' = p_day::text AND NOT r.deleted), '[]'),
      'diary_safety', coalesce((SELECT jsonb_agg(jsonb_build_object('id', to_jsonb(r.id::text), 'description', coalesce(r.data->'description', 'null'), 'issue_id', coalesce(r.data->'issue_id', 'null')) ORDER BY r.id)
        FROM pmo.records r WHERE r.project_id = p_project AND r.tbl = 'diary_safety'
         AND r.data->>'day_id' = p_day::text AND NOT r.deleted), '[]')))
$$;

CREATE FUNCTION pmo._diary_hash(p_project uuid, p_day uuid, p_data jsonb) RETURNS text
LANGUAGE sql STABLE SET search_path = pmo, pg_temp AS $$
  SELECT encode(sha256(convert_to(pmo._diary_doc(p_project, p_day, p_data)::text, 'UTF8')), 'hex')
$$;

-- The day p_day (an id as text) of the project is closed.
CREATE FUNCTION pmo._diary_closed(p_project uuid, p_day text) RETURNS boolean
LANGUAGE sql STABLE SET search_path = pmo, pg_temp AS $$
  SELECT EXISTS (SELECT 1 FROM pmo.records d WHERE d.id = pmo._uuid(p_day)
                  AND d.project_id = p_project AND d.tbl = 'diary_days'
                  AND d.data->>'status' = 'closed')
$$;

-- Why a write of a diary row is refused (NULL: allowed). p_old: the stored data (NULL
-- for a new row); p_new: the data after the write (NULL for a physical delete).
CREATE FUNCTION pmo._diary_rule(p_tbl text, p_project uuid, p_id uuid, p_old jsonb,
    p_new jsonb) RETURNS text
LANGUAGE plpgsql STABLE SET search_path = pmo, pg_temp AS $$
DECLARE
  v_tip text;
BEGIN
  IF p_old IS NOT NULL AND p_new IS NOT DISTINCT FROM p_old THEN
    RETURN NULL;  -- nothing changes
  END IF;
  IF p_tbl = 'diary_days' THEN
    IF p_old->>'status' = 'closed' THEN
      RETURN 'a closed diary day never changes: add an addendum instead';
    END IF;
    IF p_new->>'status' = 'closed' THEN
      IF p_new->>'content_hash' IS DISTINCT FROM pmo._diary_hash(p_project, p_id, p_new) THEN
        RETURN 'the diary day was changed on another laptop before it was closed here: '
               'sync, check it and close it again';
      END IF;
      SELECT d.data->>'content_hash' INTO v_tip FROM pmo.records d
       WHERE d.project_id = p_project AND d.tbl = 'diary_days' AND d.id <> p_id
         AND NOT d.deleted AND d.data->>'status' = 'closed'
         AND d.data->>'author_id' IS NOT DISTINCT FROM p_new->>'author_id'
       ORDER BY (d.data->>'closed_at')::timestamptz DESC, d.id DESC LIMIT 1;
      IF coalesce(p_new->>'previous_hash', '') <> coalesce(v_tip, '') THEN
        RETURN 'the diary day does not follow its author''s last closed day on the central '
               'database: sync, check it and close it again';
      END IF;
    END IF;
    RETURN NULL;
  END IF;
  IF p_tbl = 'diary_addenda' THEN
    IF p_old IS NOT NULL THEN
      RETURN 'an addendum of a diary day never changes';
    END IF;
    RETURN NULL;
  END IF;
  IF (p_old IS NOT NULL AND pmo._diary_closed(p_project, p_old->>'day_id'))
     OR (p_new IS NOT NULL AND pmo._diary_closed(p_project, p_new->>'day_id')) THEN
    RETURN 'the entries of a closed diary day never change: add an addendum instead';
  END IF;
  RETURN NULL;
END $$;

-- The closed days of a project whose central copy no longer matches: its content
-- (reason 'content') or its link to the author's day closed before it ('link').
CREATE FUNCTION pmo._diary_check(p_project uuid)
RETURNS TABLE (id uuid, day text, reason text)
LANGUAGE sql STABLE SET search_path = pmo, pg_temp AS $$
  WITH c AS (
    SELECT d.id, d.data, pmo._diary_hash(p_project, d.id, d.data) AS recomputed,
           lag(d.data->>'content_hash') OVER (PARTITION BY d.data->>'author_id'
             ORDER BY (d.data->>'closed_at')::timestamptz, d.id) AS before
      FROM pmo.records d
     WHERE d.project_id = p_project AND d.tbl = 'diary_days' AND NOT d.deleted
       AND d.data->>'status' = 'closed')
  SELECT c.id, c.data->>'day',
         CASE WHEN c.recomputed IS DISTINCT FROM c.data->>'content_hash' THEN 'content'
              ELSE 'link' END
    FROM c
   WHERE c.recomputed IS DISTINCT FROM c.data->>'content_hash'
      OR coalesce(c.data->>'previous_hash', '') <> coalesce(c.before, '')
   ORDER BY (c.data->>'closed_at')::timestamptz, c.id
$$;
"""

GUARD = """
CREATE FUNCTION pmo._diary_guard() RETURNS trigger
LANGUAGE plpgsql SET search_path = pmo, pg_temp AS $$
DECLARE
  v_reason text;
BEGIN
  IF TG_OP = 'INSERT' THEN
    v_reason := pmo._diary_rule(NEW.tbl, NEW.project_id, NEW.id, NULL, NEW.data);
  ELSIF TG_OP = 'DELETE' THEN
    v_reason := pmo._diary_rule(OLD.tbl, OLD.project_id, OLD.id, OLD.data, NULL);
  ELSIF NEW.tbl <> OLD.tbl OR NEW.project_id <> OLD.project_id OR NEW.id <> OLD.id THEN
    v_reason := 'a diary record never moves';
  ELSE
    v_reason := pmo._diary_rule(OLD.tbl, OLD.project_id, OLD.id, OLD.data, NEW.data);
  END IF;
  IF v_reason IS NOT NULL THEN
    RAISE EXCEPTION '%', v_reason USING ERRCODE = 'XD001';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;

CREATE TRIGGER diary_sealed_write BEFORE UPDATE OR DELETE ON pmo.records
  FOR EACH ROW WHEN (OLD.tbl IN (DIARY_TABLES)) EXECUTE FUNCTION pmo._diary_guard();
CREATE TRIGGER diary_sealed_insert BEFORE INSERT ON pmo.records
  FOR EACH ROW WHEN (NEW.tbl IN (DIARY_TABLES)) EXECUTE FUNCTION pmo._diary_guard();
"""

APPLY = """
ALTER FUNCTION pmo._apply(jsonb, text) RENAME TO _apply_merge;

-- Apply one mutation (see _apply_merge, the 0005 merge): a diary change the rules
-- refuse is answered with the reason first, for members of the project (others learn
-- nothing here: the merge refuses them for their own reasons).
CREATE FUNCTION pmo._apply(m jsonb, p_login text) RETURNS text
LANGUAGE plpgsql SET search_path = pmo, pg_temp AS $$
DECLARE
  v_id uuid; v_pid uuid; v_new jsonb; v_reason text; v_found boolean;
  r pmo.records%ROWTYPE;
BEGIN
  IF m->>'table' IN (DIARY_TABLES) AND m->>'op' IN ('insert', 'update', 'delete', 'event')
     AND jsonb_typeof(m->'patch') = 'object' THEN
    v_id := pmo._uuid(m->>'row_id');
    v_pid := pmo._uuid(m->>'project_id');
    IF v_id IS NOT NULL AND v_pid IS NOT NULL AND pmo._role(v_pid, p_login) IS NOT NULL THEN
      SELECT * INTO r FROM pmo.records WHERE id = v_id;
      v_found := FOUND;
      IF NOT v_found OR (r.project_id = v_pid AND r.tbl = m->>'table' AND m->>'op' <> 'event') THEN
        SELECT coalesce(jsonb_object_agg(key, coalesce(value->1, 'null')), '{}')
          INTO v_new FROM jsonb_each(m->'patch');
        v_reason := pmo._diary_rule(m->>'table', v_pid, v_id,
          CASE WHEN v_found THEN r.data END,
          CASE WHEN v_found THEN r.data || v_new ELSE v_new END);
        IF v_reason IS NOT NULL THEN
          RETURN v_reason;
        END IF;
      END IF;
    END IF;
  END IF;
  RETURN pmo._apply_merge(m, p_login);
END $$;
"""
