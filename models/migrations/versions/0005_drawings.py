"""drawings: files, sheets, sheet revisions and pins

Revision ID: 0005_drawings
Revises: 0004_list_sort_indexes
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0005_drawings'
down_revision = '0004_list_sort_indexes'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('drawing_files',
    sa.Column('project_id', sa.String(length=36), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('filename', sa.String(length=300), nullable=False),
    sa.Column('mime', sa.String(length=60), nullable=False),
    sa.Column('size_bytes', sa.Integer(), nullable=False),
    sa.Column('page_count', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.String(length=32), nullable=True),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('field_versions', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['project_id'], ['projects.id'], name=op.f('fk_drawing_files_project_id_projects'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_drawing_files')),
    sa.UniqueConstraint('project_id', 'sha256', name=op.f('uq_drawing_files_project_id_sha256'))
    )
    op.create_table('drawing_sheets',
    sa.Column('project_id', sa.String(length=36), nullable=False),
    sa.Column('sheet_number', sa.String(length=40), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('discipline', sa.Enum('general', 'architectural', 'structural', 'civil', 'landscape', 'interiors', 'mechanical', 'electrical', 'plumbing', 'fire_protection', 'mep', 'other', name='discipline', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('location_id', sa.String(length=36), nullable=True),
    sa.Column('current_revision_id', sa.String(length=36), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.String(length=32), nullable=True),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('field_versions', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['current_revision_id'], ['drawing_revisions.id'], name=op.f('fk_drawing_sheets_current_revision_id_drawing_revisions'), use_alter=True),
    sa.ForeignKeyConstraint(['location_id'], ['locations.id'], name=op.f('fk_drawing_sheets_location_id_locations')),
    sa.ForeignKeyConstraint(['project_id'], ['projects.id'], name=op.f('fk_drawing_sheets_project_id_projects'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_drawing_sheets'))
    )
    with op.batch_alter_table('drawing_sheets', schema=None) as batch_op:
        batch_op.create_index('ix_drawing_sheets_project_number', ['project_id', 'sheet_number'], unique=False)

    op.create_table('drawing_revisions',
    sa.Column('project_id', sa.String(length=36), nullable=False),
    sa.Column('sheet_id', sa.String(length=36), nullable=False),
    sa.Column('revision', sa.String(length=20), nullable=False),
    sa.Column('file_id', sa.String(length=36), nullable=False),
    sa.Column('page_index', sa.Integer(), nullable=False),
    sa.Column('width_pt', sa.Float(), nullable=False),
    sa.Column('height_pt', sa.Float(), nullable=False),
    sa.Column('issued_on', sa.Date(), nullable=True),
    sa.Column('superseded', sa.Boolean(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.String(length=32), nullable=True),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('field_versions', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['file_id'], ['drawing_files.id'], name=op.f('fk_drawing_revisions_file_id_drawing_files')),
    sa.ForeignKeyConstraint(['project_id'], ['projects.id'], name=op.f('fk_drawing_revisions_project_id_projects'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['sheet_id'], ['drawing_sheets.id'], name=op.f('fk_drawing_revisions_sheet_id_drawing_sheets'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_drawing_revisions'))
    )
    with op.batch_alter_table('drawing_revisions', schema=None) as batch_op:
        batch_op.create_index('ix_drawing_revisions_sheet', ['sheet_id', 'created_at'], unique=False)

    op.create_table('drawing_pins',
    sa.Column('project_id', sa.String(length=36), nullable=False),
    sa.Column('sheet_id', sa.String(length=36), nullable=False),
    sa.Column('revision_id', sa.String(length=36), nullable=False),
    sa.Column('target_type', sa.String(length=40), nullable=False),
    sa.Column('target_id', sa.String(length=36), nullable=False),
    sa.Column('x', sa.Float(), nullable=False),
    sa.Column('y', sa.Float(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.String(length=32), nullable=True),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('field_versions', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['project_id'], ['projects.id'], name=op.f('fk_drawing_pins_project_id_projects'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['revision_id'], ['drawing_revisions.id'], name=op.f('fk_drawing_pins_revision_id_drawing_revisions'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['sheet_id'], ['drawing_sheets.id'], name=op.f('fk_drawing_pins_sheet_id_drawing_sheets'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_drawing_pins'))
    )
    with op.batch_alter_table('drawing_pins', schema=None) as batch_op:
        batch_op.create_index('ix_drawing_pins_revision', ['revision_id'], unique=False)
        batch_op.create_index('ix_drawing_pins_target', ['target_type', 'target_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('drawing_pins', schema=None) as batch_op:
        batch_op.drop_index('ix_drawing_pins_target')
        batch_op.drop_index('ix_drawing_pins_revision')

    op.drop_table('drawing_pins')
    with op.batch_alter_table('drawing_revisions', schema=None) as batch_op:
        batch_op.drop_index('ix_drawing_revisions_sheet')

    op.drop_table('drawing_revisions')
    with op.batch_alter_table('drawing_sheets', schema=None) as batch_op:
        batch_op.drop_index('ix_drawing_sheets_project_number')

    op.drop_table('drawing_sheets')
    op.drop_table('drawing_files')
