"""external references and issued reports

Revision ID: 0002_refs_reports
Revises: 0001_initial
Create Date: 2026-11-25 17:27:48.446467
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0002_refs_reports'
down_revision = '0001_initial'
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table('issued_reports',
    sa.Column('project_id', sa.String(length=36), nullable=True),
    sa.Column('kind', sa.String(length=24), nullable=False),
    sa.Column('report_number', sa.String(length=40), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('period_start', sa.Date(), nullable=True),
    sa.Column('period_end', sa.Date(), nullable=True),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('pages', sa.Integer(), nullable=False),
    sa.Column('snapshot', sa.JSON(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.String(length=32), nullable=True),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('field_versions', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['project_id'], ['projects.id'], name=op.f('fk_issued_reports_project_id_projects'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_issued_reports')),
    sa.UniqueConstraint('project_id', 'kind', 'report_number', name=op.f('uq_issued_reports_project_id_kind_report_number'))
    )
    with op.batch_alter_table('issued_reports', schema=None) as batch_op:
        batch_op.create_index('ix_issued_reports_project_kind', ['project_id', 'kind', 'created_at'], unique=False)

    with op.batch_alter_table('contractor_issues', schema=None) as batch_op:
        batch_op.add_column(sa.Column('external_ref', sa.String(length=200), nullable=True))
        batch_op.create_index(batch_op.f('ix_contractor_issues_external_ref'), ['external_ref'], unique=False)

    with op.batch_alter_table('locations', schema=None) as batch_op:
        batch_op.add_column(sa.Column('external_ref', sa.String(length=200), nullable=True))

    with op.batch_alter_table('punch_items', schema=None) as batch_op:
        batch_op.add_column(sa.Column('external_ref', sa.String(length=200), nullable=True))
        batch_op.create_index(batch_op.f('ix_punch_items_external_ref'), ['external_ref'], unique=False)




def downgrade() -> None:

    with op.batch_alter_table('punch_items', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_punch_items_external_ref'))
        batch_op.drop_column('external_ref')

    with op.batch_alter_table('locations', schema=None) as batch_op:
        batch_op.drop_column('external_ref')

    with op.batch_alter_table('contractor_issues', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contractor_issues_external_ref'))
        batch_op.drop_column('external_ref')

    with op.batch_alter_table('issued_reports', schema=None) as batch_op:
        batch_op.drop_index('ix_issued_reports_project_kind')

    op.drop_table('issued_reports')

