"""initial schema

Revision ID: 0001_initial
Revises: 
Create Date: 2026-11-25 16:53:30.063961
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0001_initial'
down_revision = None
branch_labels = None
depends_on = None

SEARCH_DDL = [
    "CREATE VIRTUAL TABLE punch_items_fts USING fts5(title, description, content='punch_items', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2', prefix='2 3')",
    'CREATE TRIGGER punch_items_fts_ai AFTER INSERT ON punch_items BEGIN INSERT INTO punch_items_fts(rowid, title, description) VALUES (new.rowid, new.title, new.description); END',
    "CREATE TRIGGER punch_items_fts_ad AFTER DELETE ON punch_items BEGIN INSERT INTO punch_items_fts(punch_items_fts, rowid, title, description) VALUES ('delete', old.rowid, old.title, old.description); END",
    "CREATE TRIGGER punch_items_fts_au AFTER UPDATE OF title, description ON punch_items BEGIN INSERT INTO punch_items_fts(punch_items_fts, rowid, title, description) VALUES ('delete', old.rowid, old.title, old.description); INSERT INTO punch_items_fts(rowid, title, description) VALUES (new.rowid, new.title, new.description); END",
    "CREATE VIRTUAL TABLE contractor_issues_fts USING fts5(title, description, spec_reference, content='contractor_issues', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2', prefix='2 3')",
    'CREATE TRIGGER contractor_issues_fts_ai AFTER INSERT ON contractor_issues BEGIN INSERT INTO contractor_issues_fts(rowid, title, description, spec_reference) VALUES (new.rowid, new.title, new.description, new.spec_reference); END',
    "CREATE TRIGGER contractor_issues_fts_ad AFTER DELETE ON contractor_issues BEGIN INSERT INTO contractor_issues_fts(contractor_issues_fts, rowid, title, description, spec_reference) VALUES ('delete', old.rowid, old.title, old.description, old.spec_reference); END",
    "CREATE TRIGGER contractor_issues_fts_au AFTER UPDATE OF title, description, spec_reference ON contractor_issues BEGIN INSERT INTO contractor_issues_fts(contractor_issues_fts, rowid, title, description, spec_reference) VALUES ('delete', old.rowid, old.title, old.description, old.spec_reference); INSERT INTO contractor_issues_fts(rowid, title, description, spec_reference) VALUES (new.rowid, new.title, new.description, new.spec_reference); END",
    "CREATE VIRTUAL TABLE change_orders_fts USING fts5(title, description, content='change_orders', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2', prefix='2 3')",
    'CREATE TRIGGER change_orders_fts_ai AFTER INSERT ON change_orders BEGIN INSERT INTO change_orders_fts(rowid, title, description) VALUES (new.rowid, new.title, new.description); END',
    "CREATE TRIGGER change_orders_fts_ad AFTER DELETE ON change_orders BEGIN INSERT INTO change_orders_fts(change_orders_fts, rowid, title, description) VALUES ('delete', old.rowid, old.title, old.description); END",
    "CREATE TRIGGER change_orders_fts_au AFTER UPDATE OF title, description ON change_orders BEGIN INSERT INTO change_orders_fts(change_orders_fts, rowid, title, description) VALUES ('delete', old.rowid, old.title, old.description); INSERT INTO change_orders_fts(rowid, title, description) VALUES (new.rowid, new.title, new.description); END",
    "CREATE VIRTUAL TABLE inspections_fts USING fts5(title, notes, content='inspections', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2', prefix='2 3')",
    'CREATE TRIGGER inspections_fts_ai AFTER INSERT ON inspections BEGIN INSERT INTO inspections_fts(rowid, title, notes) VALUES (new.rowid, new.title, new.notes); END',
    "CREATE TRIGGER inspections_fts_ad AFTER DELETE ON inspections BEGIN INSERT INTO inspections_fts(inspections_fts, rowid, title, notes) VALUES ('delete', old.rowid, old.title, old.notes); END",
    "CREATE TRIGGER inspections_fts_au AFTER UPDATE OF title, notes ON inspections BEGIN INSERT INTO inspections_fts(inspections_fts, rowid, title, notes) VALUES ('delete', old.rowid, old.title, old.notes); INSERT INTO inspections_fts(rowid, title, notes) VALUES (new.rowid, new.title, new.notes); END",
    "CREATE VIRTUAL TABLE risks_fts USING fts5(title, description, mitigation, content='risks', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2', prefix='2 3')",
    'CREATE TRIGGER risks_fts_ai AFTER INSERT ON risks BEGIN INSERT INTO risks_fts(rowid, title, description, mitigation) VALUES (new.rowid, new.title, new.description, new.mitigation); END',
    "CREATE TRIGGER risks_fts_ad AFTER DELETE ON risks BEGIN INSERT INTO risks_fts(risks_fts, rowid, title, description, mitigation) VALUES ('delete', old.rowid, old.title, old.description, old.mitigation); END",
    "CREATE TRIGGER risks_fts_au AFTER UPDATE OF title, description, mitigation ON risks BEGIN INSERT INTO risks_fts(risks_fts, rowid, title, description, mitigation) VALUES ('delete', old.rowid, old.title, old.description, old.mitigation); INSERT INTO risks_fts(rowid, title, description, mitigation) VALUES (new.rowid, new.title, new.description, new.mitigation); END",
    "CREATE VIRTUAL TABLE comments_fts USING fts5(body, content='comments', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2', prefix='2 3')",
    'CREATE TRIGGER comments_fts_ai AFTER INSERT ON comments BEGIN INSERT INTO comments_fts(rowid, body) VALUES (new.rowid, new.body); END',
    "CREATE TRIGGER comments_fts_ad AFTER DELETE ON comments BEGIN INSERT INTO comments_fts(comments_fts, rowid, body) VALUES ('delete', old.rowid, old.body); END",
    "CREATE TRIGGER comments_fts_au AFTER UPDATE OF body ON comments BEGIN INSERT INTO comments_fts(comments_fts, rowid, body) VALUES ('delete', old.rowid, old.body); INSERT INTO comments_fts(rowid, body) VALUES (new.rowid, new.body); END",
]
SEARCH_TABLES = ['punch_items_fts', 'contractor_issues_fts', 'change_orders_fts', 'inspections_fts', 'risks_fts', 'comments_fts']


def upgrade() -> None:

    op.create_table('device_state',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('device_tag', sa.String(length=8), nullable=False),
    sa.Column('hlc_last', sa.String(length=64), nullable=False),
    sa.Column('current_user_id', sa.String(length=36), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_device_state'))
    )
    op.create_table('number_blocks',
    sa.Column('project_id', sa.String(length=36), nullable=False),
    sa.Column('series', sa.String(length=8), nullable=False),
    sa.Column('next_value', sa.Integer(), nullable=False),
    sa.Column('end_value', sa.Integer(), nullable=True),
    sa.PrimaryKeyConstraint('project_id', 'series', name=op.f('pk_number_blocks'))
    )
    op.create_table('outbox',
    sa.Column('seq', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('table_name', sa.String(length=60), nullable=False),
    sa.Column('row_id', sa.String(length=36), nullable=False),
    sa.Column('project_id', sa.String(length=36), nullable=True),
    sa.Column('op', sa.String(length=10), nullable=False),
    sa.Column('patch', sa.JSON(), nullable=False),
    sa.Column('base_version', sa.Integer(), nullable=False),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_outbox')),
    sqlite_autoincrement=True
    )
    op.create_table('projects',
    sa.Column('code', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('owner_org_id', sa.String(length=36), nullable=True),
    sa.Column('pmo_org_id', sa.String(length=36), nullable=True),
    sa.Column('address', sa.Text(), nullable=True),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('contract_value', sa.BigInteger(), nullable=False),
    sa.Column('contingency', sa.BigInteger(), nullable=False),
    sa.Column('baseline_start', sa.Date(), nullable=True),
    sa.Column('baseline_finish', sa.Date(), nullable=True),
    sa.Column('forecast_finish', sa.Date(), nullable=True),
    sa.Column('status', sa.Enum('planning', 'active', 'on_hold', 'closed', name='project_status', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.String(length=32), nullable=True),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('field_versions', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['owner_org_id'], ['organisations.id'], name=op.f('fk_projects_owner_org_id_organisations'), use_alter=True),
    sa.ForeignKeyConstraint(['pmo_org_id'], ['organisations.id'], name=op.f('fk_projects_pmo_org_id_organisations'), use_alter=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_projects')),
    sa.UniqueConstraint('code', name=op.f('uq_projects_code'))
    )
    op.create_table('sync_state',
    sa.Column('key', sa.String(length=80), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_sync_state'))
    )
    op.create_table('users',
    sa.Column('username', sa.String(length=80), nullable=False),
    sa.Column('display_name', sa.String(length=200), nullable=False),
    sa.Column('email', sa.String(length=200), nullable=True),
    sa.Column('title', sa.String(length=200), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.String(length=32), nullable=True),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('field_versions', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_users')),
    sa.UniqueConstraint('username', name=op.f('uq_users_username'))
    )
    op.create_table('attachments',
    sa.Column('project_id', sa.String(length=36), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('filename', sa.String(length=300), nullable=False),
    sa.Column('mime', sa.String(length=100), nullable=False),
    sa.Column('size_bytes', sa.Integer(), nullable=False),
    sa.Column('record_type', sa.String(length=40), nullable=False),
    sa.Column('record_id', sa.String(length=36), nullable=False),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.String(length=32), nullable=True),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('field_versions', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['project_id'], ['projects.id'], name=op.f('fk_attachments_project_id_projects'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attachments'))
    )
    with op.batch_alter_table('attachments', schema=None) as batch_op:
        batch_op.create_index('ix_attachments_record', ['record_type', 'record_id'], unique=False)

    op.create_table('audit_events',
    sa.Column('project_id', sa.String(length=36), nullable=True),
    sa.Column('record_type', sa.String(length=40), nullable=False),
    sa.Column('record_id', sa.String(length=36), nullable=False),
    sa.Column('action', sa.String(length=24), nullable=False),
    sa.Column('fields', sa.JSON(), nullable=False),
    sa.Column('summary', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['project_id'], ['projects.id'], name=op.f('fk_audit_events_project_id_projects'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_events'))
    )
    with op.batch_alter_table('audit_events', schema=None) as batch_op:
        batch_op.create_index('ix_audit_record', ['record_type', 'record_id', 'created_at'], unique=False)

    op.create_table('cost_codes',
    sa.Column('project_id', sa.String(length=36), nullable=False),
    sa.Column('code', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.String(length=32), nullable=True),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('field_versions', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['project_id'], ['projects.id'], name=op.f('fk_cost_codes_project_id_projects'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cost_codes')),
    sa.UniqueConstraint('project_id', 'code', name=op.f('uq_cost_codes_project_id_code'))
    )
    op.create_table('inspection_templates',
    sa.Column('project_id', sa.String(length=36), nullable=True),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('category', sa.String(length=80), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('pass_mark', sa.BigInteger(), nullable=False),
    sa.Column('definition', sa.JSON(), nullable=False),
    sa.Column('archived', sa.Boolean(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.String(length=32), nullable=True),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('field_versions', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['project_id'], ['projects.id'], name=op.f('fk_inspection_templates_project_id_projects'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_inspection_templates'))
    )
    op.create_table('locations',
    sa.Column('project_id', sa.String(length=36), nullable=False),
    sa.Column('parent_id', sa.String(length=36), nullable=True),
    sa.Column('kind', sa.Enum('site', 'building', 'floor', 'room', 'area', 'zone', name='location_kind', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('code', sa.String(length=64), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('path', sa.String(length=600), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.String(length=32), nullable=True),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('field_versions', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['parent_id'], ['locations.id'], name=op.f('fk_locations_parent_id_locations')),
    sa.ForeignKeyConstraint(['project_id'], ['projects.id'], name=op.f('fk_locations_project_id_projects'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_locations')),
    sa.UniqueConstraint('project_id', 'code', name=op.f('uq_locations_project_id_code'))
    )
    with op.batch_alter_table('locations', schema=None) as batch_op:
        batch_op.create_index('ix_locations_parent', ['project_id', 'parent_id'], unique=False)

    op.create_table('milestones',
    sa.Column('project_id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('baseline_date', sa.Date(), nullable=False),
    sa.Column('forecast_date', sa.Date(), nullable=True),
    sa.Column('actual_date', sa.Date(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.String(length=32), nullable=True),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('field_versions', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['project_id'], ['projects.id'], name=op.f('fk_milestones_project_id_projects'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_milestones'))
    )
    with op.batch_alter_table('milestones', schema=None) as batch_op:
        batch_op.create_index('ix_milestones_project', ['project_id', 'baseline_date'], unique=False)

    op.create_table('project_members',
    sa.Column('project_id', sa.String(length=36), nullable=False),
    sa.Column('user_id', sa.String(length=36), nullable=False),
    sa.Column('role', sa.Enum('owners_rep', 'pmo_manager', 'viewer', name='member_role', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.String(length=32), nullable=True),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('field_versions', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['project_id'], ['projects.id'], name=op.f('fk_project_members_project_id_projects'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_project_members_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_project_members')),
    sa.UniqueConstraint('project_id', 'user_id', name=op.f('uq_project_members_project_id_user_id'))
    )
    op.create_table('record_links',
    sa.Column('project_id', sa.String(length=36), nullable=False),
    sa.Column('from_type', sa.String(length=40), nullable=False),
    sa.Column('from_id', sa.String(length=36), nullable=False),
    sa.Column('to_type', sa.String(length=40), nullable=False),
    sa.Column('to_id', sa.String(length=36), nullable=False),
    sa.Column('relation', sa.String(length=40), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.String(length=32), nullable=True),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('field_versions', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['project_id'], ['projects.id'], name=op.f('fk_record_links_project_id_projects'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_record_links')),
    sa.UniqueConstraint('from_type', 'from_id', 'to_type', 'to_id', name=op.f('uq_record_links_from_type_from_id_to_type_to_id'))
    )
    with op.batch_alter_table('record_links', schema=None) as batch_op:
        batch_op.create_index('ix_links_to', ['to_type', 'to_id'], unique=False)

    op.create_table('signatures',
    sa.Column('project_id', sa.String(length=36), nullable=False),
    sa.Column('record_type', sa.String(length=40), nullable=False),
    sa.Column('record_id', sa.String(length=36), nullable=False),
    sa.Column('signer_name', sa.String(length=200), nullable=False),
    sa.Column('signer_role', sa.String(length=200), nullable=True),
    sa.Column('signed_at', sa.String(length=32), nullable=False),
    sa.Column('strokes', sa.JSON(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['project_id'], ['projects.id'], name=op.f('fk_signatures_project_id_projects'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_signatures'))
    )
    with op.batch_alter_table('signatures', schema=None) as batch_op:
        batch_op.create_index('ix_signatures_record', ['record_type', 'record_id'], unique=False)

    op.create_table('trades',
    sa.Column('project_id', sa.String(length=36), nullable=False),
    sa.Column('code', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.String(length=32), nullable=True),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('field_versions', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['project_id'], ['projects.id'], name=op.f('fk_trades_project_id_projects'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_trades')),
    sa.UniqueConstraint('project_id', 'code', name=op.f('uq_trades_project_id_code'))
    )
    op.create_table('organisations',
    sa.Column('project_id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.Enum('owner', 'pmo', 'general_contractor', 'subcontractor', 'consultant', 'supplier', name='org_kind', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('trade_id', sa.String(length=36), nullable=True),
    sa.Column('address', sa.Text(), nullable=True),
    sa.Column('phone', sa.String(length=60), nullable=True),
    sa.Column('email', sa.String(length=200), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.String(length=32), nullable=True),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('field_versions', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['project_id'], ['projects.id'], name=op.f('fk_organisations_project_id_projects'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['trade_id'], ['trades.id'], name=op.f('fk_organisations_trade_id_trades')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_organisations')),
    sa.UniqueConstraint('project_id', 'name', name=op.f('uq_organisations_project_id_name'))
    )
    op.create_table('photos',
    sa.Column('project_id', sa.String(length=36), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('filename', sa.String(length=300), nullable=False),
    sa.Column('mime', sa.String(length=60), nullable=False),
    sa.Column('size_bytes', sa.Integer(), nullable=False),
    sa.Column('width', sa.Integer(), nullable=True),
    sa.Column('height', sa.Integer(), nullable=True),
    sa.Column('captured_at', sa.String(length=32), nullable=True),
    sa.Column('camera_make', sa.String(length=100), nullable=True),
    sa.Column('camera_model', sa.String(length=100), nullable=True),
    sa.Column('orientation', sa.Integer(), nullable=True),
    sa.Column('gps_lat', sa.Float(), nullable=True),
    sa.Column('gps_lon', sa.Float(), nullable=True),
    sa.Column('gps_alt', sa.Float(), nullable=True),
    sa.Column('caption', sa.Text(), nullable=True),
    sa.Column('location_id', sa.String(length=36), nullable=True),
    sa.Column('markup', sa.JSON(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.String(length=32), nullable=True),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('field_versions', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['location_id'], ['locations.id'], name=op.f('fk_photos_location_id_locations')),
    sa.ForeignKeyConstraint(['project_id'], ['projects.id'], name=op.f('fk_photos_project_id_projects'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_photos')),
    sa.UniqueConstraint('project_id', 'sha256', name=op.f('uq_photos_project_id_sha256'))
    )
    with op.batch_alter_table('photos', schema=None) as batch_op:
        batch_op.create_index('ix_photos_project_taken', ['project_id', 'captured_at'], unique=False)

    op.create_table('change_orders',
    sa.Column('project_id', sa.String(length=36), nullable=False),
    sa.Column('tier', sa.Enum('change_event', 'request', 'change_order', name='co_tier', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('number', sa.Integer(), nullable=True),
    sa.Column('draft_number', sa.String(length=24), nullable=True),
    sa.Column('parent_id', sa.String(length=36), nullable=True),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('reason', sa.Enum('owner_request', 'design_error', 'unforeseen_condition', 'regulatory', 'value_engineering', 'contractor_claim', 'schedule_acceleration', 'other', name='co_reason', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('status', sa.Enum('draft', 'pending', 'approved', 'rejected', 'promoted', 'void', name='co_status', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('contractor_id', sa.String(length=36), nullable=True),
    sa.Column('schedule_impact_days', sa.Integer(), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.Column('funded_from_contingency', sa.Boolean(), nullable=False),
    sa.Column('submitted_at', sa.String(length=32), nullable=True),
    sa.Column('decided_at', sa.String(length=32), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.String(length=32), nullable=True),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('field_versions', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['contractor_id'], ['organisations.id'], name=op.f('fk_change_orders_contractor_id_organisations')),
    sa.ForeignKeyConstraint(['parent_id'], ['change_orders.id'], name=op.f('fk_change_orders_parent_id_change_orders')),
    sa.ForeignKeyConstraint(['project_id'], ['projects.id'], name=op.f('fk_change_orders_project_id_projects'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_change_orders')),
    sa.UniqueConstraint('project_id', 'tier', 'number', name=op.f('uq_change_orders_project_id_tier_number'))
    )
    with op.batch_alter_table('change_orders', schema=None) as batch_op:
        batch_op.create_index('ix_co_project_status', ['project_id', 'tier', 'status'], unique=False)

    op.create_table('comments',
    sa.Column('project_id', sa.String(length=36), nullable=False),
    sa.Column('record_type', sa.String(length=40), nullable=False),
    sa.Column('record_id', sa.String(length=36), nullable=False),
    sa.Column('author_name', sa.String(length=200), nullable=False),
    sa.Column('author_org_id', sa.String(length=36), nullable=True),
    sa.Column('is_response', sa.Boolean(), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['author_org_id'], ['organisations.id'], name=op.f('fk_comments_author_org_id_organisations')),
    sa.ForeignKeyConstraint(['project_id'], ['projects.id'], name=op.f('fk_comments_project_id_projects'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_comments'))
    )
    with op.batch_alter_table('comments', schema=None) as batch_op:
        batch_op.create_index('ix_comments_record', ['record_type', 'record_id', 'created_at'], unique=False)

    op.create_table('inspections',
    sa.Column('project_id', sa.String(length=36), nullable=False),
    sa.Column('number', sa.Integer(), nullable=True),
    sa.Column('draft_number', sa.String(length=24), nullable=True),
    sa.Column('template_id', sa.String(length=36), nullable=True),
    sa.Column('template_version', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('location_id', sa.String(length=36), nullable=True),
    sa.Column('contractor_id', sa.String(length=36), nullable=True),
    sa.Column('inspector_id', sa.String(length=36), nullable=True),
    sa.Column('inspection_date', sa.Date(), nullable=False),
    sa.Column('weather', sa.String(length=200), nullable=True),
    sa.Column('attendees', sa.Text(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('pass_mark', sa.BigInteger(), nullable=False),
    sa.Column('status', sa.Enum('draft', 'in_progress', 'completed', 'void', name='inspection_status', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('result', sa.Enum('pass', 'fail', name='inspection_result', native_enum=False, create_constraint=True, length=24), nullable=True),
    sa.Column('score', sa.BigInteger(), nullable=True),
    sa.Column('completed_at', sa.String(length=32), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.String(length=32), nullable=True),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('field_versions', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['contractor_id'], ['organisations.id'], name=op.f('fk_inspections_contractor_id_organisations')),
    sa.ForeignKeyConstraint(['inspector_id'], ['users.id'], name=op.f('fk_inspections_inspector_id_users')),
    sa.ForeignKeyConstraint(['location_id'], ['locations.id'], name=op.f('fk_inspections_location_id_locations')),
    sa.ForeignKeyConstraint(['project_id'], ['projects.id'], name=op.f('fk_inspections_project_id_projects'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['template_id'], ['inspection_templates.id'], name=op.f('fk_inspections_template_id_inspection_templates')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_inspections')),
    sa.UniqueConstraint('project_id', 'number', name=op.f('uq_inspections_project_id_number'))
    )
    with op.batch_alter_table('inspections', schema=None) as batch_op:
        batch_op.create_index('ix_inspections_project_date', ['project_id', 'inspection_date'], unique=False)

    op.create_table('people',
    sa.Column('project_id', sa.String(length=36), nullable=False),
    sa.Column('organisation_id', sa.String(length=36), nullable=True),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('role', sa.String(length=200), nullable=True),
    sa.Column('email', sa.String(length=200), nullable=True),
    sa.Column('phone', sa.String(length=60), nullable=True),
    sa.Column('user_id', sa.String(length=36), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.String(length=32), nullable=True),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('field_versions', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisations.id'], name=op.f('fk_people_organisation_id_organisations')),
    sa.ForeignKeyConstraint(['project_id'], ['projects.id'], name=op.f('fk_people_project_id_projects'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_people_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_people'))
    )
    with op.batch_alter_table('people', schema=None) as batch_op:
        batch_op.create_index('ix_people_project_org', ['project_id', 'organisation_id'], unique=False)

    op.create_table('photo_links',
    sa.Column('project_id', sa.String(length=36), nullable=False),
    sa.Column('photo_id', sa.String(length=36), nullable=False),
    sa.Column('record_type', sa.String(length=40), nullable=False),
    sa.Column('record_id', sa.String(length=36), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.String(length=32), nullable=True),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('field_versions', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['photo_id'], ['photos.id'], name=op.f('fk_photo_links_photo_id_photos'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['project_id'], ['projects.id'], name=op.f('fk_photo_links_project_id_projects'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_photo_links')),
    sa.UniqueConstraint('photo_id', 'record_type', 'record_id', name=op.f('uq_photo_links_photo_id_record_type_record_id'))
    )
    with op.batch_alter_table('photo_links', schema=None) as batch_op:
        batch_op.create_index('ix_photo_links_record', ['record_type', 'record_id'], unique=False)

    op.create_table('change_order_events',
    sa.Column('project_id', sa.String(length=36), nullable=False),
    sa.Column('change_order_id', sa.String(length=36), nullable=False),
    sa.Column('action', sa.String(length=24), nullable=False),
    sa.Column('from_status', sa.String(length=24), nullable=True),
    sa.Column('to_status', sa.String(length=24), nullable=False),
    sa.Column('approver_name', sa.String(length=200), nullable=True),
    sa.Column('signature_id', sa.String(length=36), nullable=True),
    sa.Column('amount', sa.BigInteger(), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['change_order_id'], ['change_orders.id'], name=op.f('fk_change_order_events_change_order_id_change_orders'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['project_id'], ['projects.id'], name=op.f('fk_change_order_events_project_id_projects'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['signature_id'], ['signatures.id'], name=op.f('fk_change_order_events_signature_id_signatures')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_change_order_events'))
    )
    with op.batch_alter_table('change_order_events', schema=None) as batch_op:
        batch_op.create_index('ix_co_events_co', ['change_order_id', 'created_at'], unique=False)

    op.create_table('change_order_lines',
    sa.Column('project_id', sa.String(length=36), nullable=False),
    sa.Column('change_order_id', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('description', sa.String(length=400), nullable=False),
    sa.Column('cost_code_id', sa.String(length=36), nullable=True),
    sa.Column('quantity', sa.BigInteger(), nullable=False),
    sa.Column('unit', sa.String(length=16), nullable=False),
    sa.Column('unit_price', sa.BigInteger(), nullable=False),
    sa.Column('markup_pct', sa.BigInteger(), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.String(length=32), nullable=True),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('field_versions', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['change_order_id'], ['change_orders.id'], name=op.f('fk_change_order_lines_change_order_id_change_orders'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['cost_code_id'], ['cost_codes.id'], name=op.f('fk_change_order_lines_cost_code_id_cost_codes')),
    sa.ForeignKeyConstraint(['project_id'], ['projects.id'], name=op.f('fk_change_order_lines_project_id_projects'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_change_order_lines'))
    )
    with op.batch_alter_table('change_order_lines', schema=None) as batch_op:
        batch_op.create_index('ix_co_lines_co', ['change_order_id', 'position'], unique=False)

    op.create_table('inspection_items',
    sa.Column('project_id', sa.String(length=36), nullable=False),
    sa.Column('inspection_id', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('section', sa.String(length=200), nullable=False),
    sa.Column('prompt', sa.String(length=500), nullable=False),
    sa.Column('response_type', sa.Enum('pass_fail_na', 'yes_no', 'number', 'text', 'choice', name='response_type', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('choices', sa.JSON(), nullable=False),
    sa.Column('failing_choices', sa.JSON(), nullable=False),
    sa.Column('expected_yes', sa.Boolean(), nullable=False),
    sa.Column('target', sa.BigInteger(), nullable=True),
    sa.Column('tolerance', sa.BigInteger(), nullable=True),
    sa.Column('unit', sa.String(length=16), nullable=True),
    sa.Column('photo_required', sa.Boolean(), nullable=False),
    sa.Column('critical', sa.Boolean(), nullable=False),
    sa.Column('weight', sa.BigInteger(), nullable=False),
    sa.Column('failure_action', sa.Enum('none', 'punch_item', 'issue', name='failure_action', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.String(length=32), nullable=True),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('field_versions', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['inspection_id'], ['inspections.id'], name=op.f('fk_inspection_items_inspection_id_inspections'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['project_id'], ['projects.id'], name=op.f('fk_inspection_items_project_id_projects'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_inspection_items'))
    )
    with op.batch_alter_table('inspection_items', schema=None) as batch_op:
        batch_op.create_index('ix_inspection_items_inspection', ['inspection_id', 'position'], unique=False)

    op.create_table('risks',
    sa.Column('project_id', sa.String(length=36), nullable=False),
    sa.Column('number', sa.Integer(), nullable=True),
    sa.Column('draft_number', sa.String(length=24), nullable=True),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('category', sa.Enum('cost', 'schedule', 'quality', 'safety', 'scope', 'other', name='risk_category', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('probability', sa.Integer(), nullable=False),
    sa.Column('impact', sa.Integer(), nullable=False),
    sa.Column('owner_id', sa.String(length=36), nullable=True),
    sa.Column('mitigation', sa.Text(), nullable=True),
    sa.Column('status', sa.Enum('open', 'mitigating', 'occurred', 'closed', name='risk_status', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.String(length=32), nullable=True),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('field_versions', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['owner_id'], ['people.id'], name=op.f('fk_risks_owner_id_people')),
    sa.ForeignKeyConstraint(['project_id'], ['projects.id'], name=op.f('fk_risks_project_id_projects'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_risks')),
    sa.UniqueConstraint('project_id', 'number', name=op.f('uq_risks_project_id_number'))
    )
    with op.batch_alter_table('risks', schema=None) as batch_op:
        batch_op.create_index('ix_risks_project_status', ['project_id', 'status'], unique=False)

    op.create_table('contractor_issues',
    sa.Column('project_id', sa.String(length=36), nullable=False),
    sa.Column('issue_type', sa.Enum('observation', 'non_conformance', 'rfi', 'safety', 'quality', 'schedule', name='issue_type', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('number', sa.Integer(), nullable=True),
    sa.Column('draft_number', sa.String(length=24), nullable=True),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('severity', sa.Enum('low', 'medium', 'high', 'critical', name='severity', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('spec_reference', sa.String(length=200), nullable=True),
    sa.Column('contractor_id', sa.String(length=36), nullable=True),
    sa.Column('location_id', sa.String(length=36), nullable=True),
    sa.Column('due_date', sa.Date(), nullable=True),
    sa.Column('status', sa.Enum('draft', 'open', 'responded', 'closed', 'void', name='issue_status', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('ball_in_court', sa.Enum('contractor', 'owners_rep', 'designer', 'owner', name='ball_in_court', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('closed_at', sa.String(length=32), nullable=True),
    sa.Column('inspection_item_id', sa.String(length=36), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.String(length=32), nullable=True),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('field_versions', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['contractor_id'], ['organisations.id'], name=op.f('fk_contractor_issues_contractor_id_organisations')),
    sa.ForeignKeyConstraint(['inspection_item_id'], ['inspection_items.id'], name=op.f('fk_contractor_issues_inspection_item_id_inspection_items')),
    sa.ForeignKeyConstraint(['location_id'], ['locations.id'], name=op.f('fk_contractor_issues_location_id_locations')),
    sa.ForeignKeyConstraint(['project_id'], ['projects.id'], name=op.f('fk_contractor_issues_project_id_projects'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contractor_issues')),
    sa.UniqueConstraint('project_id', 'issue_type', 'number', name=op.f('uq_contractor_issues_project_id_issue_type_number'))
    )
    with op.batch_alter_table('contractor_issues', schema=None) as batch_op:
        batch_op.create_index('ix_issues_project_status', ['project_id', 'status', 'due_date'], unique=False)

    op.create_table('inspection_responses',
    sa.Column('project_id', sa.String(length=36), nullable=False),
    sa.Column('inspection_id', sa.String(length=36), nullable=False),
    sa.Column('inspection_item_id', sa.String(length=36), nullable=False),
    sa.Column('value', sa.Text(), nullable=True),
    sa.Column('outcome', sa.Enum('pass', 'fail', 'na', 'info', name='outcome', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['inspection_id'], ['inspections.id'], name=op.f('fk_inspection_responses_inspection_id_inspections'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['inspection_item_id'], ['inspection_items.id'], name=op.f('fk_inspection_responses_inspection_item_id_inspection_items'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['project_id'], ['projects.id'], name=op.f('fk_inspection_responses_project_id_projects'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_inspection_responses'))
    )
    with op.batch_alter_table('inspection_responses', schema=None) as batch_op:
        batch_op.create_index('ix_responses_item', ['inspection_item_id', 'created_at'], unique=False)

    op.create_table('punch_items',
    sa.Column('project_id', sa.String(length=36), nullable=False),
    sa.Column('number', sa.Integer(), nullable=True),
    sa.Column('draft_number', sa.String(length=24), nullable=True),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('location_id', sa.String(length=36), nullable=True),
    sa.Column('trade_id', sa.String(length=36), nullable=True),
    sa.Column('contractor_id', sa.String(length=36), nullable=True),
    sa.Column('assignee_id', sa.String(length=36), nullable=True),
    sa.Column('priority', sa.Enum('low', 'medium', 'high', 'critical', name='priority', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('status', sa.Enum('draft', 'open', 'ready_for_review', 'rejected', 'closed', 'void', name='punch_status', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('due_date', sa.Date(), nullable=True),
    sa.Column('closed_at', sa.String(length=32), nullable=True),
    sa.Column('inspection_item_id', sa.String(length=36), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.String(length=32), nullable=True),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('field_versions', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['assignee_id'], ['people.id'], name=op.f('fk_punch_items_assignee_id_people')),
    sa.ForeignKeyConstraint(['contractor_id'], ['organisations.id'], name=op.f('fk_punch_items_contractor_id_organisations')),
    sa.ForeignKeyConstraint(['inspection_item_id'], ['inspection_items.id'], name=op.f('fk_punch_items_inspection_item_id_inspection_items')),
    sa.ForeignKeyConstraint(['location_id'], ['locations.id'], name=op.f('fk_punch_items_location_id_locations')),
    sa.ForeignKeyConstraint(['project_id'], ['projects.id'], name=op.f('fk_punch_items_project_id_projects'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['trade_id'], ['trades.id'], name=op.f('fk_punch_items_trade_id_trades')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_punch_items')),
    sa.UniqueConstraint('project_id', 'number', name=op.f('uq_punch_items_project_id_number'))
    )
    with op.batch_alter_table('punch_items', schema=None) as batch_op:
        batch_op.create_index('ix_punch_project_contractor', ['project_id', 'contractor_id'], unique=False)
        batch_op.create_index('ix_punch_project_due', ['project_id', 'due_date'], unique=False)
        batch_op.create_index('ix_punch_project_location', ['project_id', 'location_id'], unique=False)
        batch_op.create_index('ix_punch_project_status', ['project_id', 'status', 'number'], unique=False)
        batch_op.create_index('ix_punch_project_updated', ['project_id', 'updated_at'], unique=False)

    op.create_table('issue_status_events',
    sa.Column('project_id', sa.String(length=36), nullable=False),
    sa.Column('issue_id', sa.String(length=36), nullable=False),
    sa.Column('from_status', sa.String(length=24), nullable=True),
    sa.Column('to_status', sa.String(length=24), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['issue_id'], ['contractor_issues.id'], name=op.f('fk_issue_status_events_issue_id_contractor_issues'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['project_id'], ['projects.id'], name=op.f('fk_issue_status_events_project_id_projects'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_issue_status_events'))
    )
    with op.batch_alter_table('issue_status_events', schema=None) as batch_op:
        batch_op.create_index('ix_issue_events_issue', ['issue_id', 'created_at'], unique=False)

    op.create_table('punch_status_events',
    sa.Column('project_id', sa.String(length=36), nullable=False),
    sa.Column('punch_item_id', sa.String(length=36), nullable=False),
    sa.Column('from_status', sa.String(length=24), nullable=True),
    sa.Column('to_status', sa.String(length=24), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['project_id'], ['projects.id'], name=op.f('fk_punch_status_events_project_id_projects'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['punch_item_id'], ['punch_items.id'], name=op.f('fk_punch_status_events_punch_item_id_punch_items'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_punch_status_events'))
    )
    with op.batch_alter_table('punch_status_events', schema=None) as batch_op:
        batch_op.create_index('ix_punch_events_item', ['punch_item_id', 'created_at'], unique=False)



    # Full-text search (FTS5, external content) and the triggers that keep it current.
    for ddl in SEARCH_DDL:
        op.execute(ddl)


def downgrade() -> None:
    for src in SEARCH_TABLES:
        op.execute(f"DROP TABLE IF EXISTS {src}")

    with op.batch_alter_table('punch_status_events', schema=None) as batch_op:
        batch_op.drop_index('ix_punch_events_item')

    op.drop_table('punch_status_events')
    with op.batch_alter_table('issue_status_events', schema=None) as batch_op:
        batch_op.drop_index('ix_issue_events_issue')

    op.drop_table('issue_status_events')
    with op.batch_alter_table('punch_items', schema=None) as batch_op:
        batch_op.drop_index('ix_punch_project_updated')
        batch_op.drop_index('ix_punch_project_status')
        batch_op.drop_index('ix_punch_project_location')
        batch_op.drop_index('ix_punch_project_due')
        batch_op.drop_index('ix_punch_project_contractor')

    op.drop_table('punch_items')
    with op.batch_alter_table('inspection_responses', schema=None) as batch_op:
        batch_op.drop_index('ix_responses_item')

    op.drop_table('inspection_responses')
    with op.batch_alter_table('contractor_issues', schema=None) as batch_op:
        batch_op.drop_index('ix_issues_project_status')

    op.drop_table('contractor_issues')
    with op.batch_alter_table('risks', schema=None) as batch_op:
        batch_op.drop_index('ix_risks_project_status')

    op.drop_table('risks')
    with op.batch_alter_table('inspection_items', schema=None) as batch_op:
        batch_op.drop_index('ix_inspection_items_inspection')

    op.drop_table('inspection_items')
    with op.batch_alter_table('change_order_lines', schema=None) as batch_op:
        batch_op.drop_index('ix_co_lines_co')

    op.drop_table('change_order_lines')
    with op.batch_alter_table('change_order_events', schema=None) as batch_op:
        batch_op.drop_index('ix_co_events_co')

    op.drop_table('change_order_events')
    with op.batch_alter_table('photo_links', schema=None) as batch_op:
        batch_op.drop_index('ix_photo_links_record')

    op.drop_table('photo_links')
    with op.batch_alter_table('people', schema=None) as batch_op:
        batch_op.drop_index('ix_people_project_org')

    op.drop_table('people')
    with op.batch_alter_table('inspections', schema=None) as batch_op:
        batch_op.drop_index('ix_inspections_project_date')

    op.drop_table('inspections')
    with op.batch_alter_table('comments', schema=None) as batch_op:
        batch_op.drop_index('ix_comments_record')

    op.drop_table('comments')
    with op.batch_alter_table('change_orders', schema=None) as batch_op:
        batch_op.drop_index('ix_co_project_status')

    op.drop_table('change_orders')
    with op.batch_alter_table('photos', schema=None) as batch_op:
        batch_op.drop_index('ix_photos_project_taken')

    op.drop_table('photos')
    op.drop_table('organisations')
    op.drop_table('trades')
    with op.batch_alter_table('signatures', schema=None) as batch_op:
        batch_op.drop_index('ix_signatures_record')

    op.drop_table('signatures')
    with op.batch_alter_table('record_links', schema=None) as batch_op:
        batch_op.drop_index('ix_links_to')

    op.drop_table('record_links')
    op.drop_table('project_members')
    with op.batch_alter_table('milestones', schema=None) as batch_op:
        batch_op.drop_index('ix_milestones_project')

    op.drop_table('milestones')
    with op.batch_alter_table('locations', schema=None) as batch_op:
        batch_op.drop_index('ix_locations_parent')

    op.drop_table('locations')
    op.drop_table('inspection_templates')
    op.drop_table('cost_codes')
    with op.batch_alter_table('audit_events', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_record')

    op.drop_table('audit_events')
    with op.batch_alter_table('attachments', schema=None) as batch_op:
        batch_op.drop_index('ix_attachments_record')

    op.drop_table('attachments')
    op.drop_table('users')
    op.drop_table('sync_state')
    op.drop_table('projects')
    op.drop_table('outbox')
    op.drop_table('number_blocks')
    op.drop_table('device_state')

