"""site diary: days, their entries and addenda, and the days' search index

The diary kind (``models/records/diary``): ``diary_days`` (one per project, day and
author; signed, closed and hash-chained), one table per kind of entry (manpower,
equipment, deliveries, visitors, work, delays, instructions, safety) and the insert-only
``diary_addenda``. ``diary_days_fts`` and its triggers index the days' summary and notes
like every other kind's table.

Revision ID: 0007_diary
Revises: 0006_health_indexes
Create Date: 2026-12-12
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0007_diary'
down_revision = '0006_health_indexes'
branch_labels = None
depends_on = None

# Frozen copy of models.search.table_ddl/trigger_ddl for diary_days at this revision.
SEARCH_DDL = [
    "CREATE VIRTUAL TABLE diary_days_fts USING fts5(title, notes, content='diary_days', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2', prefix='2 3')",
    'CREATE TRIGGER diary_days_fts_ai AFTER INSERT ON diary_days BEGIN INSERT INTO diary_days_fts(rowid, title, notes) VALUES (new.rowid, new.title, new.notes); END',
    "CREATE TRIGGER diary_days_fts_ad AFTER DELETE ON diary_days BEGIN INSERT INTO diary_days_fts(diary_days_fts, rowid, title, notes) VALUES ('delete', old.rowid, old.title, old.notes); END",
    "CREATE TRIGGER diary_days_fts_au AFTER UPDATE OF title, notes ON diary_days BEGIN INSERT INTO diary_days_fts(diary_days_fts, rowid, title, notes) VALUES ('delete', old.rowid, old.title, old.notes); INSERT INTO diary_days_fts(rowid, title, notes) VALUES (new.rowid, new.title, new.notes); END",
]


def upgrade() -> None:
    op.create_table('diary_days',
    sa.Column('project_id', sa.String(length=36), nullable=False),
    sa.Column('number', sa.Integer(), nullable=True),
    sa.Column('draft_number', sa.String(length=24), nullable=True),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('author_id', sa.String(length=36), nullable=True),
    sa.Column('weather_am', sa.Enum('sunny', 'partly_cloudy', 'overcast', 'fog', 'drizzle', 'rain', 'heavy_rain', 'thunderstorm', 'snow', 'sleet', 'frost', name='diary_sky_am', native_enum=False, create_constraint=True, length=24), nullable=True),
    sa.Column('weather_pm', sa.Enum('sunny', 'partly_cloudy', 'overcast', 'fog', 'drizzle', 'rain', 'heavy_rain', 'thunderstorm', 'snow', 'sleet', 'frost', name='diary_sky_pm', native_enum=False, create_constraint=True, length=24), nullable=True),
    sa.Column('temp_min', sa.Integer(), nullable=True),
    sa.Column('temp_max', sa.Integer(), nullable=True),
    sa.Column('precipitation_mm', sa.BigInteger(), nullable=True),
    sa.Column('wind', sa.Enum('calm', 'light', 'moderate', 'strong', 'gale', name='diary_wind', native_enum=False, create_constraint=True, length=24), nullable=True),
    sa.Column('ground', sa.Enum('dry', 'damp', 'wet', 'muddy', 'waterlogged', 'frozen', 'snow_covered', name='diary_ground', native_enum=False, create_constraint=True, length=24), nullable=True),
    sa.Column('weather_stopped_hours', sa.BigInteger(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('status', sa.Enum('open', 'closed', name='diary_status', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('closed_at', sa.String(length=32), nullable=True),
    sa.Column('signature_id', sa.String(length=36), nullable=True),
    sa.Column('content_hash', sa.String(length=64), nullable=True),
    sa.Column('previous_hash', sa.String(length=64), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.String(length=32), nullable=True),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('field_versions', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['author_id'], ['users.id'], name=op.f('fk_diary_days_author_id_users')),
    sa.ForeignKeyConstraint(['project_id'], ['projects.id'], name=op.f('fk_diary_days_project_id_projects'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['signature_id'], ['signatures.id'], name=op.f('fk_diary_days_signature_id_signatures')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_diary_days')),
    sa.UniqueConstraint('project_id', 'number', name=op.f('uq_diary_days_project_id_number'))
    )
    with op.batch_alter_table('diary_days', schema=None) as batch_op:
        batch_op.create_index('ix_diary_days_author_day', ['project_id', 'author_id', 'day'], unique=False)
        batch_op.create_index('ix_diary_days_project_day', ['project_id', 'day'], unique=False)

    op.create_table('diary_addenda',
    sa.Column('project_id', sa.String(length=36), nullable=False),
    sa.Column('day_id', sa.String(length=36), nullable=False),
    sa.Column('author_id', sa.String(length=36), nullable=True),
    sa.Column('written_at', sa.String(length=32), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['author_id'], ['users.id'], name=op.f('fk_diary_addenda_author_id_users')),
    sa.ForeignKeyConstraint(['day_id'], ['diary_days.id'], name=op.f('fk_diary_addenda_day_id_diary_days'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['project_id'], ['projects.id'], name=op.f('fk_diary_addenda_project_id_projects'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_diary_addenda'))
    )
    with op.batch_alter_table('diary_addenda', schema=None) as batch_op:
        batch_op.create_index('ix_diary_addenda_day', ['day_id', 'created_at'], unique=False)

    op.create_table('diary_delays',
    sa.Column('cause', sa.Enum('weather', 'late_information', 'design_change', 'owner_instruction', 'contractor_resource', 'utility', 'access', 'other', name='diary_delay_cause', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('responsible', sa.Enum('owner', 'design_team', 'contractor', 'subcontractor', 'utility_authority', 'neutral', 'undetermined', name='diary_responsible', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('start_time', sa.String(length=5), nullable=True),
    sa.Column('end_time', sa.String(length=5), nullable=True),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('location_ids', sa.JSON(), nullable=False),
    sa.Column('organisation_ids', sa.JSON(), nullable=False),
    sa.Column('project_id', sa.String(length=36), nullable=False),
    sa.Column('day_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.String(length=32), nullable=True),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('field_versions', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['day_id'], ['diary_days.id'], name=op.f('fk_diary_delays_day_id_diary_days'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['project_id'], ['projects.id'], name=op.f('fk_diary_delays_project_id_projects'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_diary_delays'))
    )
    with op.batch_alter_table('diary_delays', schema=None) as batch_op:
        batch_op.create_index('ix_diary_delays_day', ['day_id'], unique=False)

    op.create_table('diary_deliveries',
    sa.Column('description', sa.String(length=300), nullable=False),
    sa.Column('supplier', sa.String(length=200), nullable=True),
    sa.Column('received_by', sa.String(length=200), nullable=True),
    sa.Column('project_id', sa.String(length=36), nullable=False),
    sa.Column('day_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.String(length=32), nullable=True),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('field_versions', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['day_id'], ['diary_days.id'], name=op.f('fk_diary_deliveries_day_id_diary_days'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['project_id'], ['projects.id'], name=op.f('fk_diary_deliveries_project_id_projects'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_diary_deliveries'))
    )
    with op.batch_alter_table('diary_deliveries', schema=None) as batch_op:
        batch_op.create_index('ix_diary_deliveries_day', ['day_id'], unique=False)

    op.create_table('diary_equipment',
    sa.Column('item', sa.String(length=200), nullable=False),
    sa.Column('count', sa.Integer(), nullable=False),
    sa.Column('state', sa.Enum('working', 'idle', 'broken', name='diary_equipment_state', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('organisation_id', sa.String(length=36), nullable=True),
    sa.Column('project_id', sa.String(length=36), nullable=False),
    sa.Column('day_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.String(length=32), nullable=True),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('field_versions', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['day_id'], ['diary_days.id'], name=op.f('fk_diary_equipment_day_id_diary_days'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisations.id'], name=op.f('fk_diary_equipment_organisation_id_organisations')),
    sa.ForeignKeyConstraint(['project_id'], ['projects.id'], name=op.f('fk_diary_equipment_project_id_projects'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_diary_equipment'))
    )
    with op.batch_alter_table('diary_equipment', schema=None) as batch_op:
        batch_op.create_index('ix_diary_equipment_day', ['day_id'], unique=False)

    op.create_table('diary_instructions',
    sa.Column('direction', sa.Enum('given', 'received', name='diary_direction', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('from_name', sa.String(length=200), nullable=False),
    sa.Column('to_name', sa.String(length=200), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('project_id', sa.String(length=36), nullable=False),
    sa.Column('day_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.String(length=32), nullable=True),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('field_versions', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['day_id'], ['diary_days.id'], name=op.f('fk_diary_instructions_day_id_diary_days'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['project_id'], ['projects.id'], name=op.f('fk_diary_instructions_project_id_projects'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_diary_instructions'))
    )
    with op.batch_alter_table('diary_instructions', schema=None) as batch_op:
        batch_op.create_index('ix_diary_instructions_day', ['day_id'], unique=False)

    op.create_table('diary_manpower',
    sa.Column('organisation_id', sa.String(length=36), nullable=False),
    sa.Column('trade', sa.String(length=100), nullable=True),
    sa.Column('headcount', sa.Integer(), nullable=False),
    sa.Column('hours', sa.BigInteger(), nullable=True),
    sa.Column('project_id', sa.String(length=36), nullable=False),
    sa.Column('day_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.String(length=32), nullable=True),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('field_versions', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['day_id'], ['diary_days.id'], name=op.f('fk_diary_manpower_day_id_diary_days'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisations.id'], name=op.f('fk_diary_manpower_organisation_id_organisations')),
    sa.ForeignKeyConstraint(['project_id'], ['projects.id'], name=op.f('fk_diary_manpower_project_id_projects'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_diary_manpower'))
    )
    with op.batch_alter_table('diary_manpower', schema=None) as batch_op:
        batch_op.create_index('ix_diary_manpower_day', ['day_id'], unique=False)

    op.create_table('diary_visitors',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('organisation', sa.String(length=200), nullable=True),
    sa.Column('purpose', sa.String(length=300), nullable=True),
    sa.Column('time_in', sa.String(length=5), nullable=True),
    sa.Column('time_out', sa.String(length=5), nullable=True),
    sa.Column('project_id', sa.String(length=36), nullable=False),
    sa.Column('day_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.String(length=32), nullable=True),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('field_versions', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['day_id'], ['diary_days.id'], name=op.f('fk_diary_visitors_day_id_diary_days'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['project_id'], ['projects.id'], name=op.f('fk_diary_visitors_project_id_projects'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_diary_visitors'))
    )
    with op.batch_alter_table('diary_visitors', schema=None) as batch_op:
        batch_op.create_index('ix_diary_visitors_day', ['day_id'], unique=False)

    op.create_table('diary_work',
    sa.Column('location_id', sa.String(length=36), nullable=True),
    sa.Column('organisation_id', sa.String(length=36), nullable=True),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('activity_ref', sa.String(length=100), nullable=True),
    sa.Column('project_id', sa.String(length=36), nullable=False),
    sa.Column('day_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.String(length=32), nullable=True),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('field_versions', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['day_id'], ['diary_days.id'], name=op.f('fk_diary_work_day_id_diary_days'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['location_id'], ['locations.id'], name=op.f('fk_diary_work_location_id_locations')),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisations.id'], name=op.f('fk_diary_work_organisation_id_organisations')),
    sa.ForeignKeyConstraint(['project_id'], ['projects.id'], name=op.f('fk_diary_work_project_id_projects'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_diary_work'))
    )
    with op.batch_alter_table('diary_work', schema=None) as batch_op:
        batch_op.create_index('ix_diary_work_day', ['day_id'], unique=False)

    op.create_table('diary_safety',
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('issue_id', sa.String(length=36), nullable=True),
    sa.Column('project_id', sa.String(length=36), nullable=False),
    sa.Column('day_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.String(length=32), nullable=True),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('field_versions', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['day_id'], ['diary_days.id'], name=op.f('fk_diary_safety_day_id_diary_days'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['issue_id'], ['contractor_issues.id'], name=op.f('fk_diary_safety_issue_id_contractor_issues')),
    sa.ForeignKeyConstraint(['project_id'], ['projects.id'], name=op.f('fk_diary_safety_project_id_projects'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_diary_safety'))
    )
    with op.batch_alter_table('diary_safety', schema=None) as batch_op:
        batch_op.create_index('ix_diary_safety_day', ['day_id'], unique=False)


    # Full-text search of the days (FTS5, external content) and its triggers.
    for ddl in SEARCH_DDL:
        op.execute(ddl)


def downgrade() -> None:
    op.execute('DROP TABLE IF EXISTS diary_days_fts')
    with op.batch_alter_table('diary_safety', schema=None) as batch_op:
        batch_op.drop_index('ix_diary_safety_day')

    op.drop_table('diary_safety')
    with op.batch_alter_table('diary_work', schema=None) as batch_op:
        batch_op.drop_index('ix_diary_work_day')

    op.drop_table('diary_work')
    with op.batch_alter_table('diary_visitors', schema=None) as batch_op:
        batch_op.drop_index('ix_diary_visitors_day')

    op.drop_table('diary_visitors')
    with op.batch_alter_table('diary_manpower', schema=None) as batch_op:
        batch_op.drop_index('ix_diary_manpower_day')

    op.drop_table('diary_manpower')
    with op.batch_alter_table('diary_instructions', schema=None) as batch_op:
        batch_op.drop_index('ix_diary_instructions_day')

    op.drop_table('diary_instructions')
    with op.batch_alter_table('diary_equipment', schema=None) as batch_op:
        batch_op.drop_index('ix_diary_equipment_day')

    op.drop_table('diary_equipment')
    with op.batch_alter_table('diary_deliveries', schema=None) as batch_op:
        batch_op.drop_index('ix_diary_deliveries_day')

    op.drop_table('diary_deliveries')
    with op.batch_alter_table('diary_delays', schema=None) as batch_op:
        batch_op.drop_index('ix_diary_delays_day')

    op.drop_table('diary_delays')
    with op.batch_alter_table('diary_addenda', schema=None) as batch_op:
        batch_op.drop_index('ix_diary_addenda_day')

    op.drop_table('diary_addenda')
    with op.batch_alter_table('diary_days', schema=None) as batch_op:
        batch_op.drop_index('ix_diary_days_project_day')
        batch_op.drop_index('ix_diary_days_author_day')

    op.drop_table('diary_days')
