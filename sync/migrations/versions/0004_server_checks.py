"""The server decides: where a row lives, who may write it, who may read a blob.

Nothing a laptop sends is trusted for placement or authority any more:

* **Placement.** A stored row's project is the membership-checked project of its
  mutation. A ``project_id`` inside the row must name that project, and every reference
  listed in ``pmo.ref_fields`` (the laptop schema's foreign keys) must point at a row of
  the same project — or, for the shared kinds in ``pmo.shared_tables``, at the
  no-project area. A reference to a row the server does not hold (yet) is accepted; a
  reference into another project or to a row of another table is refused with a reason.
* **The no-project area** (nil UUID) holds only the shared kinds: ``users`` (written by
  anyone registered, changed only by the login that created the row or a PMO admin), the
  PMO library (``inspection_templates``, ``issued_reports`` without a project: PMO admins
  only) and ``audit_events`` about those rows.
* **Roles.** ``pmo.people`` gets ``is_admin`` (PMO administrator: may do anything) and
  ``can_create`` (may create projects); ``pmo.memberships`` gets ``role`` (viewer, field,
  manager) and ``approval_limit``. Creating a project needs ``can_create`` or
  ``is_admin`` and makes the creator its manager; nobody else ever becomes a member
  except through ``executrek central grant``. Viewers write nothing; approving or
  rejecting a change order and changing the project team need a manager (approvals up
  to the manager's limit, if one is set).
* **Blobs belong to projects.** The first uploader of a hash claims it and sends the
  chunks to their place; anyone else uploads into a session of their own
  (``pmo.blob_uploads``, ``pmo.blob_upload_chunks``), and a verified session replaces
  an unfinished claim, so nobody can block or probe another person's upload. A finished
  upload makes its uploader a holder (``pmo.blob_holders``: they proved they have the
  bytes) and the blob is stored once. A photo, attachment or drawing-file row
  may name a blob only if its pusher holds it or may already read it through a project;
  the row's project then gets it (``pmo.blob_projects``). Reading needs membership of a
  project that both received the blob and has a row naming it (or being a holder).
  ``sync_blob_begin`` answers "already there" only to someone who may read the blob.
* **Quotas.** Quarantine rows and bytes per person, blob size and open uploads per
  person are capped by settings; over the quarantine cap a push stops with ``quota``
  (nothing is lost: the laptop keeps its outbox).

Existing data is kept as it is: memberships of a project's creator become ``manager``,
others ``field``; blobs already referenced by a project's rows stay readable there;
unfinished uploads stay their uploader's claim. Function signatures do not
change, so laptops on protocol 1 and 2 keep working.

Every replaced function's previous definition is saved in ``pmo.saved_functions`` by
the upgrade, and the downgrade restores exactly those.

Revision ID: 0004_server_checks
Revises: 0003_push_rows
Create Date: 2026-12-02
"""

from __future__ import annotations

from alembic import op
from sqlalchemy import text

from executrek.sync.migrations.server_0004 import APPLY, HELPERS
from executrek.sync.migrations.server_0004_push import BLOBS, BULK, PUSH

revision = "0004_server_checks"
down_revision = "0003_push_rows"
branch_labels = None
depends_on = None

NIL = "00000000-0000-0000-0000-000000000000"
BLOB_TABLES = "'photos', 'attachments', 'drawing_files'"
DECISIONS = "'approved', 'rejected'"

# The laptop schema's references between synced tables (``project_id`` aside, which is
# checked on its own). ``tests/sync/test_sync_roles.py`` keeps this equal to models/.
REF_FIELDS: tuple[tuple[str, str, str], ...] = (
    ("change_order_events", "change_order_id", "change_orders"),
    ("change_order_events", "signature_id", "signatures"),
    ("change_order_lines", "change_order_id", "change_orders"),
    ("change_order_lines", "cost_code_id", "cost_codes"),
    ("change_orders", "contractor_id", "organisations"),
    ("change_orders", "parent_id", "change_orders"),
    ("comments", "author_org_id", "organisations"),
    ("contractor_issues", "contractor_id", "organisations"),
    ("contractor_issues", "inspection_item_id", "inspection_items"),
    ("contractor_issues", "location_id", "locations"),
    ("drawing_pins", "revision_id", "drawing_revisions"),
    ("drawing_pins", "sheet_id", "drawing_sheets"),
    ("drawing_revisions", "file_id", "drawing_files"),
    ("drawing_revisions", "sheet_id", "drawing_sheets"),
    ("drawing_sheets", "current_revision_id", "drawing_revisions"),
    ("drawing_sheets", "location_id", "locations"),
    ("inspection_items", "inspection_id", "inspections"),
    ("inspection_responses", "inspection_id", "inspections"),
    ("inspection_responses", "inspection_item_id", "inspection_items"),
    ("inspections", "contractor_id", "organisations"),
    ("inspections", "inspector_id", "users"),
    ("inspections", "location_id", "locations"),
    ("inspections", "template_id", "inspection_templates"),
    ("issue_status_events", "issue_id", "contractor_issues"),
    ("locations", "parent_id", "locations"),
    ("organisations", "trade_id", "trades"),
    ("people", "organisation_id", "organisations"),
    ("people", "user_id", "users"),
    ("photo_links", "photo_id", "photos"),
    ("photos", "location_id", "locations"),
    ("project_members", "user_id", "users"),
    ("projects", "owner_org_id", "organisations"),
    ("projects", "pmo_org_id", "organisations"),
    ("punch_items", "assignee_id", "people"),
    ("punch_items", "contractor_id", "organisations"),
    ("punch_items", "inspection_item_id", "inspection_items"),
    ("punch_items", "location_id", "locations"),
    ("punch_items", "trade_id", "trades"),
    ("punch_status_events", "punch_item_id", "punch_items"),
    ("risks", "owner_id", "people"),
)

# Kinds of rows that may live in the no-project area, who writes them there, and
# whether they may also live in a project.
SHARED_TABLES: tuple[tuple[str, str, bool], ...] = (
    ("users", "owner", False),
    ("inspection_templates", "admin", True),
    ("issued_reports", "admin", True),
    ("audit_events", "audit", True),
)

REPLACED = (
    "pmo._apply(jsonb, text)",
    "pmo._bulk_insert(jsonb, bigint, text)",
    "pmo.can_read_blob(text)",
    "pmo.sync_push(uuid, int, jsonb, boolean)",
    "pmo.sync_push_rows(uuid, int, bigint, text[], uuid[], uuid[], text[], jsonb)",
    "pmo.sync_blob_begin(text, bigint)",
    "pmo.sync_blob_chunk(text, int, text, bytea)",
    "pmo.sync_blob_finish(text)",
)
NEW_FUNCTIONS = (
    "pmo._uuid(text)",
    "pmo._num(jsonb)",
    "pmo._role(uuid, text)",
    "pmo._can_write(uuid, text)",
    "pmo._shared_rule(text, uuid, text, boolean, jsonb, int)",
    "pmo._refs(text, uuid, jsonb)",
    "pmo._may_decide(uuid, text, text, text, numeric)",
    "pmo._may_read_blob(text, text)",
)


def _values(rows: tuple[tuple[object, ...], ...]) -> str:
    def lit(v: object) -> str:
        if isinstance(v, bool):
            return "true" if v else "false"
        return "'" + str(v).replace("'", "''") + "'"

    return ",\n  ".join("(" + ", ".join(lit(v) for v in row) + ")" for row in rows)


TABLES = f"""
CREATE TABLE pmo.saved_functions (signature text PRIMARY KEY, source text NOT NULL);

ALTER TABLE pmo.people
  ADD COLUMN is_admin boolean NOT NULL DEFAULT false,
  ADD COLUMN can_create boolean NOT NULL DEFAULT false;
ALTER TABLE pmo.memberships
  ADD COLUMN role text NOT NULL DEFAULT 'field' CHECK (role IN ('viewer', 'field', 'manager')),
  ADD COLUMN approval_limit numeric CHECK (approval_limit >= 0);
UPDATE pmo.memberships m SET role = 'manager'
  FROM pmo.projects p WHERE p.project_id = m.project_id AND p.created_by = m.login;

CREATE INDEX quarantine_login ON pmo.quarantine (login);
INSERT INTO pmo.settings VALUES
  ('quarantine_max_rows', '10000'), ('quarantine_max_bytes', '67108864'),
  ('blob_max_bytes', '1073741824'), ('upload_max_bytes', '4294967296')
ON CONFLICT (key) DO NOTHING;

CREATE TABLE pmo.shared_tables (
  tbl text PRIMARY KEY,
  writer text NOT NULL CHECK (writer IN ('owner', 'admin', 'audit')),
  project_too boolean NOT NULL
);
INSERT INTO pmo.shared_tables VALUES
  {_values(SHARED_TABLES)};

CREATE TABLE pmo.ref_fields (
  tbl text NOT NULL, field text NOT NULL, target text NOT NULL, PRIMARY KEY (tbl, field)
);
INSERT INTO pmo.ref_fields VALUES
  {_values(REF_FIELDS)};

-- Contested uploads: while someone else's claim on a hash is unfinished (or the blob is
-- stored but this login may not read it), a login uploads into a session of its own.
CREATE TABLE pmo.blob_uploads (
  sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{{64}}$'),
  login text NOT NULL,
  size bigint NOT NULL CHECK (size >= 0),
  started_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (sha256, login)
);
CREATE INDEX blob_uploads_login ON pmo.blob_uploads (login);
CREATE TABLE pmo.blob_upload_chunks (
  sha256 text NOT NULL,
  login text NOT NULL,
  idx int NOT NULL,
  data bytea NOT NULL,
  PRIMARY KEY (sha256, login, idx),
  FOREIGN KEY (sha256, login) REFERENCES pmo.blob_uploads ON DELETE CASCADE
);
ALTER TABLE pmo.blob_upload_chunks ALTER COLUMN data SET STORAGE EXTERNAL;
-- Who proved to have a blob's bytes (uploaded them completely).
CREATE TABLE pmo.blob_holders (
  sha256 text NOT NULL REFERENCES pmo.blobs ON DELETE CASCADE,
  login text NOT NULL,
  PRIMARY KEY (sha256, login)
);
-- Which projects received a blob (with a row naming it).
CREATE TABLE pmo.blob_projects (
  sha256 text NOT NULL REFERENCES pmo.blobs ON DELETE CASCADE,
  project_id uuid NOT NULL,
  added_by text NOT NULL,
  added_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (sha256, project_id)
);

-- Unfinished blobs stay their uploader's claim; finished ones are their uploader's and
-- belong to every project whose rows already name them.
INSERT INTO pmo.blob_holders SELECT sha256, created_by FROM pmo.blobs WHERE complete;
INSERT INTO pmo.blob_projects (sha256, project_id, added_by)
  SELECT DISTINCT ON (r.data->>'sha256', r.project_id) r.data->>'sha256', r.project_id,
         coalesce(r.created_by, '')
    FROM pmo.records r JOIN pmo.blobs b ON b.sha256 = r.data->>'sha256' AND b.complete
   WHERE r.tbl IN ({BLOB_TABLES})
ON CONFLICT DO NOTHING;
"""

SECURITY = """
ALTER TABLE pmo.blob_uploads ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_read ON pmo.blob_uploads FOR SELECT USING (login = session_user::text);
ALTER TABLE pmo.blob_upload_chunks ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_read ON pmo.blob_upload_chunks FOR SELECT USING (login = session_user::text);
ALTER TABLE pmo.blob_holders ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_read ON pmo.blob_holders FOR SELECT USING (login = session_user::text);
ALTER TABLE pmo.blob_projects ENABLE ROW LEVEL SECURITY;
CREATE POLICY member_read ON pmo.blob_projects FOR SELECT USING (pmo.is_member(project_id));
ALTER TABLE pmo.shared_tables ENABLE ROW LEVEL SECURITY;
CREATE POLICY everyone ON pmo.shared_tables FOR SELECT USING (true);
ALTER TABLE pmo.ref_fields ENABLE ROW LEVEL SECURITY;
CREATE POLICY everyone ON pmo.ref_fields FOR SELECT USING (true);
ALTER TABLE pmo.saved_functions ENABLE ROW LEVEL SECURITY;
REVOKE ALL ON ALL TABLES IN SCHEMA pmo FROM PUBLIC;
REVOKE ALL ON ALL SEQUENCES IN SCHEMA pmo FROM PUBLIC;
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA pmo FROM PUBLIC;
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
    bind = op.get_bind()
    _raw_execute(TABLES)
    for signature in REPLACED:
        source = bind.execute(
            text("SELECT pg_get_functiondef(CAST(:sig AS regprocedure))"), {"sig": signature}
        ).scalar_one()
        bind.execute(
            text("INSERT INTO pmo.saved_functions VALUES (:sig, :src)"),
            {"sig": signature, "src": source},
        )
    for body in (HELPERS, APPLY, BULK, PUSH, BLOBS, SECURITY):
        _raw_execute(_sql(body))


def downgrade() -> None:
    bind = op.get_bind()
    for (source,) in bind.execute(text("SELECT source FROM pmo.saved_functions")).all():
        _raw_execute(source)
    for signature in reversed(NEW_FUNCTIONS):
        _raw_execute(f"DROP FUNCTION {signature}")
    _raw_execute(
        """
        DROP TABLE pmo.blob_upload_chunks, pmo.blob_uploads, pmo.blob_holders,
                   pmo.blob_projects, pmo.shared_tables, pmo.ref_fields, pmo.saved_functions;
        DROP INDEX pmo.quarantine_login;
        DELETE FROM pmo.settings WHERE key IN ('quarantine_max_rows', 'quarantine_max_bytes',
                                               'blob_max_bytes', 'upload_max_bytes');
        ALTER TABLE pmo.memberships DROP COLUMN role, DROP COLUMN approval_limit;
        ALTER TABLE pmo.people DROP COLUMN is_admin, DROP COLUMN can_create;
        """
    )
