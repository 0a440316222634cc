"""Laptops learn the signed-in person's rights, so they stop offering what the server
would refuse; the PMO's settings (health thresholds, cost checks, report branding) live
here, the same for every laptop.

* ``pmo.sync_rights()`` (SECURITY DEFINER, granted to the group role by
  ``executrek central init``) answers, for the session's login only: ``login``,
  ``pmo_admin`` (``pmo.people.is_admin``), ``creator`` (``can_create`` or
  ``is_admin``) and ``projects``: one ``{project_id, role, approval_limit}`` per
  membership not revoked (``approval_limit`` as text, exact; null: no limit). A login
  that is no person gets no rights and no projects. Nothing is written.
* The server's checks are unchanged (``0004_server_checks``, ``0008_cost``): what the
  laptop learns only disables controls; the server still decides.
* **PMO settings.** ``pmo.pmo_settings`` (key, JSON value, who and when) holds the keys
  listed in ``pmo.pmo_setting_keys`` with their kind (``number`` ≥ 0, ``integer`` ≥ 0,
  ``text`` up to 200 characters, ``colour`` ``#RRGGBB``, ``page_size`` A4/Letter,
  ``boolean``, ``currency_display`` code/symbol, ``number_pattern`` a report number's
  pattern with ``{seq}``, ``image`` a PNG or JPEG of at most 512 KB in base64). Every registered person reads it (RLS; laptops copy it at every sync);
  nobody writes it directly (no table privilege): ``pmo.pmo_setting_set(key, value)``
  (SECURITY DEFINER) checks that the caller is a PMO administrator (or the schema owner
  role's member, e.g. the superuser running ``executrek central``), the key and the
  value's kind; a JSON null removes the key (the laptops' own value applies again).

Protocol 6 tells laptops they may ask for their rights and the PMO settings (a laptop on protocol 6 against
an older server does not ask, and asks for the upgrade); ``min_client_protocol`` stays
1 and no signature changes, so older laptops keep working. The downgrade drops the
functions and tables and puts the protocol back to 5.

Revision ID: 0009_roles_settings
Revises: 0008_cost
Create Date: 2026-12-05
"""

from __future__ import annotations

from alembic import op
from sqlalchemy import text

revision = "0009_roles_settings"
down_revision = "0008_cost"
branch_labels = None
depends_on = None

# Every PMO-wide setting and its kind (app/pmo_settings.py keeps the same list; a test
# holds them equal).
SETTING_KEYS: tuple[tuple[str, str], ...] = (
    ("branding.accent_colour", "colour"),
    ("branding.cover_page", "boolean"),
    ("branding.currency_display", "currency_display"),
    ("branding.page_size", "page_size"),
    ("branding.pmo_logo", "image"),
    ("branding.pmo_name", "text"),
    ("branding.primary_colour", "colour"),
    ("branding.report_footer", "text"),
    ("branding.report_number", "number_pattern"),
    ("thresholds.budget_change_amber_pct", "number"),
    ("thresholds.budget_change_red_pct", "number"),
    ("thresholds.over_claim_pct", "number"),
    ("thresholds.overdue_punch_amber", "integer"),
    ("thresholds.overdue_punch_red", "integer"),
    ("thresholds.pass_rate_amber_pct", "number"),
    ("thresholds.pass_rate_red_pct", "number"),
    ("thresholds.rate_tolerance_pct", "number"),
    ("thresholds.schedule_float_amber_days", "integer"),
    ("thresholds.schedule_slip_amber_days", "integer"),
    ("thresholds.schedule_slip_red_days", "integer"),
)

IMAGE_BASE64 = 4 * -(-512 * 1024 // 3)  # the base64 length of 512 KB

SETTINGS = f"""
CREATE TABLE pmo.pmo_setting_keys (key text PRIMARY KEY, kind text NOT NULL);
INSERT INTO pmo.pmo_setting_keys VALUES
  {", ".join(f"('{k}', '{kind}')" for k, kind in SETTING_KEYS)};
CREATE TABLE pmo.pmo_settings (
  key text PRIMARY KEY REFERENCES pmo.pmo_setting_keys (key),
  value jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by text NOT NULL
);
ALTER TABLE pmo.pmo_setting_keys ENABLE ROW LEVEL SECURITY;
CREATE POLICY everyone ON pmo.pmo_setting_keys FOR SELECT USING (true);
ALTER TABLE pmo.pmo_settings ENABLE ROW LEVEL SECURITY;
CREATE POLICY registered_read ON pmo.pmo_settings FOR SELECT USING (
  EXISTS (SELECT 1 FROM pmo.people p WHERE p.login = session_user::text));

-- Why p_value is not a value of p_kind (NULL: it is).
CREATE FUNCTION pmo._setting_problem(p_kind text, p_value jsonb) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE
    WHEN p_kind = 'number' AND (jsonb_typeof(p_value) <> 'number' OR p_value::text::numeric < 0
         OR p_value::text::numeric > 1000000) THEN 'a number from 0 to 1000000'
    WHEN p_kind = 'integer' AND (jsonb_typeof(p_value) <> 'number'
         OR p_value::text::numeric <> trunc(p_value::text::numeric)
         OR p_value::text::numeric < 0 OR p_value::text::numeric > 1000000)
      THEN 'a whole number from 0 to 1000000'
    WHEN p_kind = 'text' AND (jsonb_typeof(p_value) <> 'string' OR length(p_value #>> '{{}}') > 200)
      THEN 'a text of at most 200 characters'
    WHEN p_kind = 'colour' AND (jsonb_typeof(p_value) <> 'string'
         OR (p_value #>> '{{}}') !~ '^#[0-9A-Fa-f]{{6}}$') THEN 'a colour written #RRGGBB'
    WHEN p_kind = 'page_size' AND (jsonb_typeof(p_value) <> 'string'
         OR (p_value #>> '{{}}') NOT IN ('A4', 'Letter')) THEN 'A4 or Letter'
    WHEN p_kind = 'boolean' AND jsonb_typeof(p_value) <> 'boolean' THEN 'true or false'
    WHEN p_kind = 'currency_display' AND (jsonb_typeof(p_value) <> 'string'
         OR (p_value #>> '{{}}') NOT IN ('code', 'symbol')) THEN 'code or symbol'
    WHEN p_kind = 'number_pattern' AND (jsonb_typeof(p_value) <> 'string'
         OR length(p_value #>> '{{}}') > 40 OR (p_value #>> '{{}}') !~ '[{{]seq(:[1-9])?[}}]'
         OR (p_value #>> '{{}}') !~ '^([{{]project[}}]|[{{]kind[}}]|[{{]seq(:[1-9])?[}}]|[A-Za-z0-9._-])+$')
      THEN 'a pattern of at most 40 characters with {{seq}}, made of {{project}}, {{kind}}, '
           '{{seq}} or {{seq:N}}, letters, digits, -, _ and .'
    WHEN p_kind = 'image' AND (jsonb_typeof(p_value) <> 'string'
         OR length(p_value #>> '{{}}') > {IMAGE_BASE64}
         OR (p_value #>> '{{}}') !~ '^(?:[A-Za-z0-9+/]{{4}})*(?:[A-Za-z0-9+/]{{2}}==|[A-Za-z0-9+/]{{3}}=)?$')
      THEN 'a PNG or JPEG picture of at most 512 KB, in base64'
    WHEN p_kind = 'image' AND NOT (
         substring(decode(p_value #>> '{{}}', 'base64') FROM 1 FOR 8) = '\\x89504e470d0a1a0a'::bytea
         OR substring(decode(p_value #>> '{{}}', 'base64') FROM 1 FOR 3) = '\\xffd8ff'::bytea)
      THEN 'a PNG or JPEG picture of at most 512 KB, in base64'
    ELSE NULL END
$$;

-- A PMO administrator (or the schema owner's member) sets one PMO setting; NULL removes it.
CREATE FUNCTION pmo.pmo_setting_set(p_key text, p_value jsonb) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pmo, pg_temp AS $$
DECLARE v_kind text; v_problem text;
BEGIN
  IF NOT (coalesce((SELECT is_admin FROM pmo.people WHERE login = session_user::text), false)
          OR EXISTS (SELECT 1 FROM pg_roles r
                      WHERE r.rolname = (SELECT value FROM pmo.settings WHERE key = 'owner_role')
                        AND pg_has_role(session_user, r.oid, 'MEMBER'))) THEN
    RAISE EXCEPTION 'only a PMO administrator may change the PMO settings'
      USING ERRCODE = '42501';
  END IF;
  SELECT kind INTO v_kind FROM pmo.pmo_setting_keys WHERE key = p_key;
  IF v_kind IS NULL THEN
    RAISE EXCEPTION 'there is no PMO setting %', p_key USING ERRCODE = '22023';
  END IF;
  IF p_value IS NULL OR jsonb_typeof(p_value) = 'null' THEN
    DELETE FROM pmo.pmo_settings WHERE key = p_key;
    RETURN;
  END IF;
  v_problem := pmo._setting_problem(v_kind, p_value);
  IF v_problem IS NOT NULL THEN
    RAISE EXCEPTION '% must be %', p_key, v_problem USING ERRCODE = '22023';
  END IF;
  INSERT INTO pmo.pmo_settings (key, value, updated_at, updated_by)
  VALUES (p_key, p_value, now(), session_user::text)
  ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at,
    updated_by = excluded.updated_by;
END $$;
REVOKE ALL ON FUNCTION pmo._setting_problem(text, jsonb) FROM PUBLIC;
REVOKE ALL ON FUNCTION pmo.pmo_setting_set(text, jsonb) FROM PUBLIC;
"""

RIGHTS = """
CREATE FUNCTION pmo.sync_rights() RETURNS jsonb
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pmo, pg_temp AS $$
  SELECT jsonb_build_object(
    'login', session_user::text,
    'pmo_admin', coalesce(p.is_admin, false),
    'creator', coalesce(p.is_admin OR p.can_create, false),
    'projects', CASE WHEN p.login IS NULL THEN '[]'::jsonb ELSE coalesce((
      SELECT jsonb_agg(jsonb_build_object(
               'project_id', m.project_id, 'role', m.role,
               'approval_limit', m.approval_limit::text) ORDER BY m.project_id)
        FROM pmo.memberships m
       WHERE m.login = session_user::text AND m.revoked_at IS NULL), '[]'::jsonb) END)
    FROM (SELECT 1) one
    LEFT JOIN pmo.people p ON p.login = session_user::text
$$;
REVOKE ALL ON FUNCTION pmo.sync_rights() FROM PUBLIC;
UPDATE pmo.settings SET value = '6' WHERE key = 'protocol';
"""

DOWNGRADE = """
DROP FUNCTION pmo.pmo_setting_set(text, jsonb);
DROP FUNCTION pmo._setting_problem(text, jsonb);
DROP TABLE pmo.pmo_settings;
DROP TABLE pmo.pmo_setting_keys;
DROP FUNCTION pmo.sync_rights();
UPDATE pmo.settings SET value = '5' WHERE key = 'protocol';
"""


def _raw_execute(statement: str) -> None:
    """Straight to psycopg without parameters (the bodies contain :name text)."""
    raw = op.get_bind().connection.driver_connection
    assert raw is not None
    raw.execute(statement)


def upgrade() -> None:
    _raw_execute(RIGHTS)
    _raw_execute(SETTINGS)
    # An existing database's group role may use them at once (``central init`` grants
    # them again, with every other function).
    group = (
        op.get_bind()
        .execute(text("SELECT value FROM pmo.settings WHERE key = 'group_role'"))
        .scalar()
    )
    if group:
        role = '"' + str(group).replace('"', '""') + '"'
        _raw_execute(
            f"GRANT EXECUTE ON FUNCTION pmo.sync_rights(), pmo.pmo_setting_set(text, jsonb) "
            f"TO {role}; GRANT SELECT ON pmo.pmo_settings, pmo.pmo_setting_keys TO {role};"
        )


def downgrade() -> None:
    _raw_execute(DOWNGRADE)
