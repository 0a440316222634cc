"""Owner cost control on the central database: who may write the budget, commitments and
payment applications, and a certified payment application never changes.

* **References.** ``pmo.ref_fields`` learns the cost tables' references (budget lines →
  cost code, funding source; transfers → their lines; SOV lines → commitment, budget
  line, cost code, location, change order; payment applications → commitment,
  contractor; their lines → application, SOV line; events → application, line,
  signature) and the new columns ``cost_codes.parent_id``,
  ``change_orders.commitment_id``, ``change_order_lines.sov_line_id``, so placement
  refuses a reference into another project like every other one
  (``tests/sync/test_sync_roles.py`` keeps the list equal to ``models/``).
* **Cost writes are the managers'.** Funding sources, budget lines and transfers,
  commitments with their SOV lines, activities and rates, payment applications with
  their lines and events are written only by the project's managers and PMO
  administrators; field users and viewers read them. Approving or rejecting a budget
  transfer and executing a commitment are named in the refusal.
* **Certifying** a payment application (its ``status`` to ``certified``, or a
  ``certified`` event) needs a manager whose ``approval_limit`` (NULL: none) is not below
  the ``certified_amount`` (the event's ``amount``), or a PMO administrator — the same
  rule as approving a change order (``_may_decide``).
* **Sealed certificates.** A certified payment application, its lines and its events are
  never changed or deleted again, by anyone; no line is added to it (events still are:
  a certificate issued, a note).
* **Everywhere.** A trigger on ``pmo.records`` applies these rules to every write,
  whichever function makes it (``_apply``, the set-based pushes, purges, re-applies, the
  PMO's own SQL), with the login the row is written for (``updated_by``; a PMO
  administrator or a login that is no person is not role-checked); ``_apply`` answers the
  same refusals as a reason first (the change is quarantined and listed as refused on the
  laptop); a set-based push that meets one goes row by row.
* **Merges.** Money and decisions of the cost tables are ``review_fields`` (a person
  decides a concurrent change), and a status travels with its dates, amounts and signer
  (``linked_fields``).
* **Numbers.** Contracts (``SC-…``) and purchase orders (``PO-…``) are two series of one
  table: the server's numbering tells series apart by ``commitment_type`` as it does by
  a change order's ``tier`` (``_series``; ``_number`` and ``_next_number`` replaced, the
  originals saved in ``pmo.saved_functions_0008`` for the downgrade).

Protocol 5 tells laptops the server keeps these rules (a laptop on protocol 5 against an
older server asks for the upgrade); ``min_client_protocol`` stays 1 and no signature
changes. The downgrade restores the saved functions, drops the triggers and new
functions, renames the 0006 ``_apply`` back and forgets the references and fields.

Revision ID: 0008_cost
Revises: 0007_schedule
Create Date: 2026-12-14
"""

from __future__ import annotations

from alembic import op
from sqlalchemy import text

revision = "0008_cost"
down_revision = "0007_schedule"
branch_labels = None
depends_on = None

NIL = "00000000-0000-0000-0000-000000000000"
# Every table of models/records/cost (tests/sync/test_sync_cost.py keeps it complete).
COST_TABLES = (
    "funding_sources",
    "budget_lines",
    "budget_transfers",
    "budget_transfer_events",
    "commitments",
    "sov_lines",
    "sov_activities",
    "commitment_rates",
    "pay_applications",
    "pay_application_lines",
    "pay_application_events",
)
# Fields that may differ without the row changing (the laptops never send them).
BOOKKEEPING = ("updated_at", "updated_by")

REF_FIELDS: tuple[tuple[str, str, str], ...] = (
    ("budget_lines", "cost_code_id", "cost_codes"),
    ("budget_lines", "funding_source_id", "funding_sources"),
    ("budget_transfer_events", "transfer_id", "budget_transfers"),
    ("budget_transfers", "from_line_id", "budget_lines"),
    ("budget_transfers", "to_line_id", "budget_lines"),
    ("change_order_lines", "sov_line_id", "sov_lines"),
    ("change_orders", "commitment_id", "commitments"),
    ("commitment_rates", "commitment_id", "commitments"),
    ("commitment_rates", "cost_code_id", "cost_codes"),
    ("commitments", "contractor_id", "organisations"),
    ("cost_codes", "parent_id", "cost_codes"),
    ("pay_application_events", "line_id", "pay_application_lines"),
    ("pay_application_events", "pay_application_id", "pay_applications"),
    ("pay_application_events", "signature_id", "signatures"),
    ("pay_application_lines", "pay_application_id", "pay_applications"),
    ("pay_application_lines", "sov_line_id", "sov_lines"),
    ("pay_applications", "commitment_id", "commitments"),
    ("pay_applications", "contractor_id", "organisations"),
    ("sov_activities", "sov_line_id", "sov_lines"),
    ("sov_lines", "budget_line_id", "budget_lines"),
    ("sov_lines", "change_order_id", "change_orders"),
    ("sov_lines", "commitment_id", "commitments"),
    ("sov_lines", "cost_code_id", "cost_codes"),
    ("sov_lines", "location_id", "locations"),
)
# Money and decisions: a concurrent change of one of these waits for a person.
REVIEW_FIELDS: tuple[tuple[str, str], ...] = (
    ("budget_lines", "original_amount"),
    ("budget_transfers", "amount"),
    ("budget_transfers", "status"),
    ("commitments", "original_value"),
    ("commitments", "status"),
    ("commitment_rates", "rate"),
    ("sov_lines", "scheduled_value"),
    ("pay_applications", "status"),
    ("pay_applications", "withholding"),
    ("pay_applications", "retainage_released"),
    ("pay_application_lines", "claimed_work"),
    ("pay_application_lines", "claimed_stored"),
    ("pay_application_lines", "approved_work"),
    ("pay_application_lines", "approved_stored"),
    ("pay_application_lines", "decision"),
)
# Fields that change together: a status with its dates, amount and signer; a line's
# decision with its figures and reason.
LINKED_FIELDS: tuple[tuple[str, str, str], ...] = (
    ("budget_transfers", "status", "workflow"),
    ("budget_transfers", "submitted_at", "workflow"),
    ("budget_transfers", "decided_at", "workflow"),
    ("commitments", "status", "workflow"),
    ("commitments", "executed_on", "workflow"),
    ("pay_applications", "status", "workflow"),
    ("pay_applications", "certified_amount", "workflow"),
    ("pay_applications", "certified_at", "workflow"),
    ("pay_applications", "certified_by", "workflow"),
    ("pay_application_lines", "decision", "decision"),
    ("pay_application_lines", "approved_work", "decision"),
    ("pay_application_lines", "approved_stored", "decision"),
    ("pay_application_lines", "reason", "decision"),
)
REPLACED = (
    "pmo._number(uuid, text, uuid, jsonb)",
    "pmo._next_number(uuid, text, text, text)",
)
NEW_FUNCTIONS = (
    "pmo._series(jsonb)",
    "pmo._cost_certified(uuid, text)",
    "pmo._may_certify(uuid, text, text, numeric)",
    "pmo._cost_rule(text, uuid, text, jsonb, jsonb)",
    "pmo._cost_guard()",
)


def _list(names: tuple[str, ...]) -> str:
    return ", ".join(f"'{n}'" for n in names)


def _values(rows: tuple[tuple[str, ...], ...]) -> str:
    return ",\n  ".join("(" + _list(row) + ")" for row in rows)


TABLES = f"""
CREATE TABLE pmo.saved_functions_0008 (signature text PRIMARY KEY, source text NOT NULL);
ALTER TABLE pmo.saved_functions_0008 ENABLE ROW LEVEL SECURITY;
INSERT INTO pmo.ref_fields VALUES
  {_values(REF_FIELDS)};
INSERT INTO pmo.review_fields VALUES
  {_values(REVIEW_FIELDS)};
INSERT INTO pmo.linked_fields VALUES
  {_values(LINKED_FIELDS)};
"""

NUMBERS = """
-- The number series of a record within its table: a change order's tier, an issue's
-- type, a commitment's type (contracts SC-…, purchase orders PO-…); '' for the others.
CREATE FUNCTION pmo._series(p_data jsonb) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT coalesce(p_data->>'tier', p_data->>'issue_type', p_data->>'commitment_type', '')
$$;

CREATE OR REPLACE FUNCTION pmo._next_number(p_project uuid, p_tbl text, p_disc text,
    p_key text)
RETURNS bigint LANGUAGE sql STABLE SET search_path = pmo, pg_temp AS $$
  SELECT greatest(
    coalesce((SELECT (counters->>p_key)::bigint FROM pmo.projects WHERE project_id = p_project), 1),
    coalesce((SELECT max((r.data->>'number')::bigint) + 1 FROM pmo.records r
               WHERE r.project_id = p_project AND r.tbl = p_tbl AND r.data ? 'number'
                 AND pmo._series(r.data) = p_disc), 1))
$$;

-- Server-assigned human numbers (see 0001): the series now include commitment types.
CREATE OR REPLACE FUNCTION pmo._number(p_project uuid, p_tbl text, p_id uuid, p_data jsonb)
RETURNS jsonb LANGUAGE plpgsql SET search_path = pmo, pg_temp AS $$
DECLARE
  v_key text; v_disc text; v_num bigint;
BEGIN
  IF NOT (p_data ? 'number') THEN RETURN p_data; END IF;
  v_disc := pmo._series(p_data);
  v_key := p_tbl || CASE WHEN v_disc = '' THEN '' ELSE ':' || v_disc END;
  v_num := (p_data->>'number')::bigint;
  IF v_num IS NOT NULL AND NOT EXISTS (
      SELECT 1 FROM pmo.records r WHERE r.project_id = p_project AND r.tbl = p_tbl
        AND r.data ? 'number' AND (r.data->>'number')::bigint = v_num
        AND pmo._series(r.data) = v_disc AND r.id <> p_id) THEN
    RETURN p_data;
  END IF;
  PERFORM 1 FROM pmo.projects WHERE project_id = p_project FOR UPDATE;
  IF NOT FOUND THEN RETURN p_data; END IF;
  v_num := pmo._next_number(p_project, p_tbl, v_disc, v_key);
  UPDATE pmo.projects SET counters = counters || jsonb_build_object(v_key, v_num + 1)
   WHERE project_id = p_project;
  RETURN p_data || jsonb_build_object('number', v_num, 'draft_number', NULL);
END $$;
"""

RULES = f"""
-- The payment application p_app (an id as text) of the project is certified.
CREATE FUNCTION pmo._cost_certified(p_project uuid, p_app text) RETURNS boolean
LANGUAGE sql STABLE SET search_path = pmo, pg_temp AS $$
  SELECT EXISTS (SELECT 1 FROM pmo.records a WHERE a.id = pmo._uuid(p_app)
                  AND a.project_id = p_project AND a.tbl = 'pay_applications'
                  AND a.data->>'status' = 'certified')
$$;

-- Certifying a payment application: managers up to their approval limit (NULL: none),
-- PMO administrators. NULL when allowed, else why not.
CREATE FUNCTION pmo._may_certify(p_pid uuid, p_login text, p_role text, p_amount numeric)
RETURNS text LANGUAGE plpgsql STABLE SET search_path = pmo, pg_temp AS $$
DECLARE v_limit numeric;
BEGIN
  IF p_role = 'admin' THEN RETURN NULL; END IF;
  IF p_role IS DISTINCT FROM 'manager' THEN
    RETURN 'only a project manager may certify a payment application';
  END IF;
  SELECT approval_limit INTO v_limit FROM pmo.memberships
   WHERE project_id = p_pid AND login = p_login AND revoked_at IS NULL;
  IF v_limit IS NOT NULL AND (p_amount IS NULL OR p_amount > v_limit) THEN
    RETURN format('the certified amount %s is above your approval limit of %s',
                  coalesce(p_amount::text, '(unknown)'), v_limit);
  END IF;
  RETURN NULL;
END $$;

-- Why a write of a cost row is refused (NULL: allowed). p_login: who writes (NULL: not
-- role-checked); p_old: the stored data (NULL for a new row); p_new: the data after the
-- write (NULL for a physical delete).
CREATE FUNCTION pmo._cost_rule(p_tbl text, p_pid uuid, p_login text, p_old jsonb,
    p_new jsonb) RETURNS text
LANGUAGE plpgsql STABLE SET search_path = pmo, pg_temp AS $$
DECLARE
  v_role text; v_status text; v_amount numeric;
BEGIN
  IF p_old IS NOT NULL AND p_new IS NOT NULL
     AND jsonb_strip_nulls(p_old - ARRAY[{_list(BOOKKEEPING)}])
         = jsonb_strip_nulls(p_new - ARRAY[{_list(BOOKKEEPING)}]) THEN
    RETURN NULL;  -- nothing changes (a re-sent row, a re-apply)
  END IF;
  -- A certified payment application, its lines and its history never change.
  IF p_tbl = 'pay_applications' AND p_old->>'status' = 'certified' THEN
    RETURN 'a certified payment application never changes: correct it in the next application';
  END IF;
  IF p_tbl IN ('pay_application_lines', 'pay_application_events')
     AND ((p_old IS NOT NULL AND pmo._cost_certified(p_pid, p_old->>'pay_application_id'))
       OR (p_tbl = 'pay_application_lines' AND p_new IS NOT NULL
           AND pmo._cost_certified(p_pid, p_new->>'pay_application_id'))) THEN
    RETURN 'the lines of a certified payment application never change: '
           'correct them in the next application';
  END IF;
  IF p_login IS NULL OR p_new IS NULL THEN
    RETURN NULL;
  END IF;
  v_role := pmo._role(p_pid, p_login);
  -- Certifying: a manager within the approval limit, or a PMO administrator.
  IF p_tbl = 'pay_applications' AND p_new->>'status' = 'certified' THEN
    RETURN pmo._may_certify(p_pid, p_login, v_role, pmo._num(p_new->'certified_amount'));
  END IF;
  IF p_tbl = 'pay_application_events' AND p_old IS NULL AND p_new->>'to_status' = 'certified' THEN
    v_amount := coalesce(pmo._num(p_new->'amount'), (
      SELECT pmo._num(a.data->'certified_amount') FROM pmo.records a
       WHERE a.id = pmo._uuid(p_new->>'pay_application_id') AND a.project_id = p_pid
         AND a.tbl = 'pay_applications'));
    RETURN pmo._may_certify(p_pid, p_login, v_role, v_amount);
  END IF;
  IF v_role IN ('manager', 'admin') THEN
    RETURN NULL;
  END IF;
  v_status := CASE WHEN p_tbl = 'budget_transfer_events' THEN p_new->>'to_status'
                   ELSE p_new->>'status' END;
  IF p_tbl IN ('budget_transfers', 'budget_transfer_events')
     AND v_status IN ('approved', 'rejected')
     AND (p_tbl = 'budget_transfer_events' OR v_status IS DISTINCT FROM p_old->>'status') THEN
    RETURN format('only a project manager may mark a budget transfer %s', v_status);
  END IF;
  IF p_tbl = 'commitments' AND v_status = 'executed'
     AND v_status IS DISTINCT FROM p_old->>'status' THEN
    RETURN 'only a project manager may execute a commitment';
  END IF;
  RETURN 'only a project manager may change the budget, commitments and payment applications';
END $$;
"""

GUARD = f"""
CREATE FUNCTION pmo._cost_guard() RETURNS trigger
LANGUAGE plpgsql SET search_path = pmo, pg_temp AS $$
DECLARE
  v_reason text; v_login text;
BEGIN
  IF TG_OP <> 'DELETE' THEN
    -- Who writes: every server function stamps the row with the login it writes for.
    -- PMO administrators and stamps naming no person (the PMO's own SQL) are not
    -- role-checked; the certificate seal holds for everyone.
    SELECT p.login INTO v_login FROM pmo.people p
     WHERE p.login = NEW.updated_by AND NOT p.is_admin;
  END IF;
  IF TG_OP = 'INSERT' THEN
    v_reason := pmo._cost_rule(NEW.tbl, NEW.project_id, v_login, NULL, NEW.data);
  ELSIF TG_OP = 'DELETE' THEN
    v_reason := pmo._cost_rule(OLD.tbl, OLD.project_id, NULL, OLD.data, NULL);
  ELSIF NEW.tbl <> OLD.tbl OR NEW.project_id <> OLD.project_id OR NEW.id <> OLD.id THEN
    v_reason := 'a cost record never moves';
  ELSE
    v_reason := pmo._cost_rule(OLD.tbl, OLD.project_id, v_login, OLD.data, NEW.data);
  END IF;
  IF v_reason IS NOT NULL THEN
    RAISE EXCEPTION '%', v_reason USING ERRCODE = 'XC001';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;

CREATE TRIGGER cost_rules_write BEFORE UPDATE OR DELETE ON pmo.records
  FOR EACH ROW WHEN (OLD.tbl IN ({_list(COST_TABLES)})) EXECUTE FUNCTION pmo._cost_guard();
CREATE TRIGGER cost_rules_insert BEFORE INSERT ON pmo.records
  FOR EACH ROW WHEN (NEW.tbl IN ({_list(COST_TABLES)})) EXECUTE FUNCTION pmo._cost_guard();
"""

APPLY = f"""
ALTER FUNCTION pmo._apply(jsonb, text) RENAME TO _apply_diary;

-- Apply one mutation (see _apply_diary, the 0006 rules before the 0005 merge): a cost
-- change the rules refuse is answered with the reason first, for writing members of the
-- project (others learn nothing here: the merge refuses them for their own reasons).
CREATE FUNCTION pmo._apply(m jsonb, p_login text) RETURNS text
LANGUAGE plpgsql SET search_path = pmo, pg_temp AS $$
DECLARE
  v_id uuid; v_pid uuid; v_new jsonb; v_reason text; v_found boolean;
  r pmo.records%ROWTYPE;
BEGIN
  IF m->>'table' IN ({_list(COST_TABLES)})
     AND m->>'op' IN ('insert', 'update', 'delete', 'event')
     AND jsonb_typeof(m->'patch') = 'object' THEN
    v_id := pmo._uuid(m->>'row_id');
    v_pid := pmo._uuid(m->>'project_id');
    IF v_id IS NOT NULL AND v_pid IS NOT NULL AND v_pid <> '{NIL}'::uuid
       AND pmo._role(v_pid, p_login) IN ('field', 'manager', 'admin') THEN
      SELECT * INTO r FROM pmo.records WHERE id = v_id;
      v_found := FOUND;
      IF NOT v_found OR (r.project_id = v_pid AND r.tbl = m->>'table' AND m->>'op' <> 'event') THEN
        SELECT coalesce(jsonb_object_agg(key, coalesce(value->1, 'null')), '{{}}')
          INTO v_new FROM jsonb_each(m->'patch');
        v_reason := pmo._cost_rule(m->>'table', v_pid, p_login,
          CASE WHEN v_found THEN r.data END,
          CASE WHEN v_found THEN r.data || v_new ELSE v_new END);
        IF v_reason IS NOT NULL THEN
          RETURN v_reason;
        END IF;
      END IF;
    END IF;
  END IF;
  RETURN pmo._apply_diary(m, p_login);
END $$;
"""

SECURITY = """
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA pmo FROM PUBLIC;
REVOKE ALL ON pmo.saved_functions_0008 FROM PUBLIC;
UPDATE pmo.settings SET value = '5' WHERE key = 'protocol';
"""

DOWNGRADE = f"""
DROP TRIGGER cost_rules_write ON pmo.records;
DROP TRIGGER cost_rules_insert ON pmo.records;
DROP FUNCTION pmo._apply(jsonb, text);
ALTER FUNCTION pmo._apply_diary(jsonb, text) RENAME TO _apply;
DELETE FROM pmo.ref_fields WHERE (tbl, field, target) IN (
  {_values(REF_FIELDS)});
DELETE FROM pmo.review_fields WHERE (tbl, field) IN (
  {_values(REVIEW_FIELDS)});
DELETE FROM pmo.linked_fields WHERE (tbl, field, grp) IN (
  {_values(LINKED_FIELDS)});
UPDATE pmo.settings SET value = '4' WHERE key = 'protocol';
"""


def _raw_execute(statement: str) -> None:
    """Straight to psycopg without parameters: the bodies contain % and :name text."""
    raw = op.get_bind().connection.driver_connection
    assert raw is not None
    raw.execute(statement)


def upgrade() -> None:
    bind = op.get_bind()
    _raw_execute(TABLES)
    for signature in REPLACED:
        source = bind.execute(
            text("SELECT pg_get_functiondef(CAST(:sig AS regprocedure))"), {"sig": signature}
        ).scalar_one()
        bind.execute(
            text("INSERT INTO pmo.saved_functions_0008 VALUES (:sig, :src)"),
            {"sig": signature, "src": source},
        )
    for body in (NUMBERS, RULES, GUARD, APPLY, SECURITY):
        _raw_execute(body)


def downgrade() -> None:
    bind = op.get_bind()
    _raw_execute(DOWNGRADE)
    for (source,) in bind.execute(text("SELECT source FROM pmo.saved_functions_0008")).all():
        _raw_execute(source)
    for signature in reversed(NEW_FUNCTIONS):
        _raw_execute(f"DROP FUNCTION {signature}")
    _raw_execute("DROP TABLE pmo.saved_functions_0008")
