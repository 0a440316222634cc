"""schedule control: programme updates, their calendars, activities and links; delay events

The schedule kind (``models/records/schedule``): ``schedule_updates`` (one per imported
programme file, numbered ``SU-001``, never overwritten), with the ``schedule_calendars``,
``schedule_activities`` and ``schedule_links`` of each update; ``schedule_delay_events``
(``EOT-001``: delay events and extensions of time). ``schedule_updates_fts`` and
``schedule_delay_events_fts`` index them for search like every other kind's table.

Revision ID: 0008_schedule
Revises: 0007_diary
Create Date: 2026-12-13
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0008_schedule'
down_revision = '0007_diary'
branch_labels = None
depends_on = None

# Frozen copy of models.search.table_ddl/trigger_ddl for the two kinds at this revision.
SEARCH_DDL = [
    "CREATE VIRTUAL TABLE schedule_updates_fts USING fts5(title, source_name, review_note, content='schedule_updates', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2', prefix='2 3')",
    'CREATE TRIGGER schedule_updates_fts_ai AFTER INSERT ON schedule_updates BEGIN INSERT INTO schedule_updates_fts(rowid, title, source_name, review_note) VALUES (new.rowid, new.title, new.source_name, new.review_note); END',
    "CREATE TRIGGER schedule_updates_fts_ad AFTER DELETE ON schedule_updates BEGIN INSERT INTO schedule_updates_fts(schedule_updates_fts, rowid, title, source_name, review_note) VALUES ('delete', old.rowid, old.title, old.source_name, old.review_note); END",
    "CREATE TRIGGER schedule_updates_fts_au AFTER UPDATE OF title, source_name, review_note ON schedule_updates BEGIN INSERT INTO schedule_updates_fts(schedule_updates_fts, rowid, title, source_name, review_note) VALUES ('delete', old.rowid, old.title, old.source_name, old.review_note); INSERT INTO schedule_updates_fts(rowid, title, source_name, review_note) VALUES (new.rowid, new.title, new.source_name, new.review_note); END",
    "CREATE VIRTUAL TABLE schedule_delay_events_fts USING fts5(title, description, decision_note, content='schedule_delay_events', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2', prefix='2 3')",
    'CREATE TRIGGER schedule_delay_events_fts_ai AFTER INSERT ON schedule_delay_events BEGIN INSERT INTO schedule_delay_events_fts(rowid, title, description, decision_note) VALUES (new.rowid, new.title, new.description, new.decision_note); END',
    "CREATE TRIGGER schedule_delay_events_fts_ad AFTER DELETE ON schedule_delay_events BEGIN INSERT INTO schedule_delay_events_fts(schedule_delay_events_fts, rowid, title, description, decision_note) VALUES ('delete', old.rowid, old.title, old.description, old.decision_note); END",
    "CREATE TRIGGER schedule_delay_events_fts_au AFTER UPDATE OF title, description, decision_note ON schedule_delay_events BEGIN INSERT INTO schedule_delay_events_fts(schedule_delay_events_fts, rowid, title, description, decision_note) VALUES ('delete', old.rowid, old.title, old.description, old.decision_note); INSERT INTO schedule_delay_events_fts(rowid, title, description, decision_note) VALUES (new.rowid, new.title, new.description, new.decision_note); END",
]


def upgrade() -> None:
    op.create_table('schedule_delay_events',
    sa.Column('project_id', sa.String(length=36), nullable=False),
    sa.Column('number', sa.Integer(), nullable=True),
    sa.Column('draft_number', sa.String(length=24), nullable=True),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('responsibility', sa.Enum('owner', 'contractor', 'neutral', 'undetermined', name='delay_responsibility', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('activity_code', sa.String(length=60), nullable=True),
    sa.Column('days_claimed', sa.Integer(), nullable=False),
    sa.Column('days_granted', sa.Integer(), nullable=False),
    sa.Column('decision_note', sa.Text(), nullable=True),
    sa.Column('status', sa.Enum('notified', 'claimed', 'granted', 'rejected', 'withdrawn', name='delay_status', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.String(length=32), nullable=True),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('field_versions', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['project_id'], ['projects.id'], name=op.f('fk_schedule_delay_events_project_id_projects'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_schedule_delay_events')),
    sa.UniqueConstraint('project_id', 'number', name=op.f('uq_schedule_delay_events_project_id_number'))
    )
    with op.batch_alter_table('schedule_delay_events', schema=None) as batch_op:
        batch_op.create_index('ix_schedule_delay_events_project_status', ['project_id', 'status'], unique=False)

    op.create_table('schedule_updates',
    sa.Column('project_id', sa.String(length=36), nullable=False),
    sa.Column('number', sa.Integer(), nullable=True),
    sa.Column('draft_number', sa.String(length=24), nullable=True),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('data_date', sa.Date(), nullable=False),
    sa.Column('is_baseline', sa.Boolean(), nullable=False),
    sa.Column('source_format', sa.Enum('xer', 'mspdi', name='schedule_source_format', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('source_name', sa.String(length=300), nullable=False),
    sa.Column('source_sha256', sa.String(length=64), nullable=False),
    sa.Column('source_project', sa.String(length=300), nullable=True),
    sa.Column('start_date', sa.Date(), nullable=True),
    sa.Column('finish_date', sa.Date(), nullable=True),
    sa.Column('activity_count', sa.Integer(), nullable=False),
    sa.Column('link_count', sa.Integer(), nullable=False),
    sa.Column('milestone_count', sa.Integer(), nullable=False),
    sa.Column('status', sa.Enum('submitted', 'accepted', 'rejected', name='schedule_update_status', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('review_note', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.String(length=32), nullable=True),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('field_versions', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['project_id'], ['projects.id'], name=op.f('fk_schedule_updates_project_id_projects'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_schedule_updates')),
    sa.UniqueConstraint('project_id', 'number', name=op.f('uq_schedule_updates_project_id_number'))
    )
    with op.batch_alter_table('schedule_updates', schema=None) as batch_op:
        batch_op.create_index('ix_schedule_updates_project_date', ['project_id', 'data_date'], unique=False)

    op.create_table('schedule_activities',
    sa.Column('project_id', sa.String(length=36), nullable=False),
    sa.Column('update_id', sa.String(length=36), nullable=False),
    sa.Column('code', sa.String(length=60), nullable=False),
    sa.Column('name', sa.String(length=500), nullable=False),
    sa.Column('wbs_path', sa.String(length=1000), nullable=True),
    sa.Column('wbs_name', sa.String(length=300), nullable=True),
    sa.Column('kind', sa.Enum('task', 'milestone', 'loe', 'summary', name='schedule_activity_kind', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('status', sa.Enum('not_started', 'in_progress', 'complete', name='schedule_activity_status', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('calendar_code', sa.String(length=60), nullable=True),
    sa.Column('original_duration', sa.BigInteger(), nullable=True),
    sa.Column('remaining_duration', sa.BigInteger(), nullable=True),
    sa.Column('start', sa.Date(), nullable=True),
    sa.Column('finish', sa.Date(), nullable=True),
    sa.Column('planned_start', sa.Date(), nullable=True),
    sa.Column('planned_finish', sa.Date(), nullable=True),
    sa.Column('early_start', sa.Date(), nullable=True),
    sa.Column('early_finish', sa.Date(), nullable=True),
    sa.Column('late_start', sa.Date(), nullable=True),
    sa.Column('late_finish', sa.Date(), nullable=True),
    sa.Column('actual_start', sa.Date(), nullable=True),
    sa.Column('actual_finish', sa.Date(), nullable=True),
    sa.Column('pct_duration', sa.BigInteger(), nullable=True),
    sa.Column('pct_physical', sa.BigInteger(), nullable=True),
    sa.Column('total_float', sa.BigInteger(), nullable=True),
    sa.Column('free_float', sa.BigInteger(), nullable=True),
    sa.Column('critical', sa.Boolean(), nullable=False),
    sa.Column('constraint_type', sa.Enum('asap', 'alap', 'snet', 'snlt', 'fnet', 'fnlt', 'mso', 'mfo', 'mandatory_start', 'mandatory_finish', name='schedule_constraint', native_enum=False, create_constraint=True, length=24), nullable=True),
    sa.Column('constraint_date', sa.Date(), nullable=True),
    sa.Column('resource_count', sa.Integer(), nullable=True),
    sa.Column('codes', sa.JSON(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.String(length=32), nullable=True),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('field_versions', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['project_id'], ['projects.id'], name=op.f('fk_schedule_activities_project_id_projects'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['update_id'], ['schedule_updates.id'], name=op.f('fk_schedule_activities_update_id_schedule_updates'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_schedule_activities')),
    sa.UniqueConstraint('update_id', 'code', name=op.f('uq_schedule_activities_update_id_code'))
    )
    with op.batch_alter_table('schedule_activities', schema=None) as batch_op:
        batch_op.create_index('ix_schedule_activities_project', ['project_id', 'update_id'], unique=False)

    op.create_table('schedule_calendars',
    sa.Column('project_id', sa.String(length=36), nullable=False),
    sa.Column('update_id', sa.String(length=36), nullable=False),
    sa.Column('code', sa.String(length=60), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('hours_per_day', sa.BigInteger(), nullable=False),
    sa.Column('work_week', sa.String(length=7), nullable=False),
    sa.Column('holidays', sa.JSON(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.String(length=32), nullable=True),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('field_versions', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['project_id'], ['projects.id'], name=op.f('fk_schedule_calendars_project_id_projects'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['update_id'], ['schedule_updates.id'], name=op.f('fk_schedule_calendars_update_id_schedule_updates'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_schedule_calendars'))
    )
    with op.batch_alter_table('schedule_calendars', schema=None) as batch_op:
        batch_op.create_index('ix_schedule_calendars_update', ['update_id', 'code'], unique=False)

    op.create_table('schedule_links',
    sa.Column('project_id', sa.String(length=36), nullable=False),
    sa.Column('update_id', sa.String(length=36), nullable=False),
    sa.Column('predecessor_id', sa.String(length=36), nullable=False),
    sa.Column('successor_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.Enum('FS', 'SS', 'FF', 'SF', name='schedule_link_kind', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('lag_days', sa.BigInteger(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.String(length=32), nullable=True),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('field_versions', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['predecessor_id'], ['schedule_activities.id'], name=op.f('fk_schedule_links_predecessor_id_schedule_activities'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['project_id'], ['projects.id'], name=op.f('fk_schedule_links_project_id_projects'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['successor_id'], ['schedule_activities.id'], name=op.f('fk_schedule_links_successor_id_schedule_activities'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['update_id'], ['schedule_updates.id'], name=op.f('fk_schedule_links_update_id_schedule_updates'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_schedule_links'))
    )
    with op.batch_alter_table('schedule_links', schema=None) as batch_op:
        batch_op.create_index('ix_schedule_links_update', ['update_id'], unique=False)
        batch_op.create_index('ix_schedule_links_predecessor', ['predecessor_id'], unique=False)
        batch_op.create_index('ix_schedule_links_successor', ['successor_id'], unique=False)

    # Full-text search of the updates and delay events (FTS5, external content).
    for ddl in SEARCH_DDL:
        op.execute(ddl)


def downgrade() -> None:
    op.execute('DROP TABLE IF EXISTS schedule_delay_events_fts')
    op.execute('DROP TABLE IF EXISTS schedule_updates_fts')
    with op.batch_alter_table('schedule_links', schema=None) as batch_op:
        batch_op.drop_index('ix_schedule_links_update')
        batch_op.drop_index('ix_schedule_links_successor')
        batch_op.drop_index('ix_schedule_links_predecessor')

    op.drop_table('schedule_links')
    with op.batch_alter_table('schedule_calendars', schema=None) as batch_op:
        batch_op.drop_index('ix_schedule_calendars_update')

    op.drop_table('schedule_calendars')
    with op.batch_alter_table('schedule_activities', schema=None) as batch_op:
        batch_op.drop_index('ix_schedule_activities_project')

    op.drop_table('schedule_activities')
    with op.batch_alter_table('schedule_updates', schema=None) as batch_op:
        batch_op.drop_index('ix_schedule_updates_project_date')

    op.drop_table('schedule_updates')
    with op.batch_alter_table('schedule_delay_events', schema=None) as batch_op:
        batch_op.drop_index('ix_schedule_delay_events_project_status')

    op.drop_table('schedule_delay_events')
