"""cost control: budget lines, transfers, funding, commitments with SOV and rates, pay applications

The cost room (``models/records/cost``): ``funding_sources``, ``budget_lines``
(``BL-001``), ``budget_transfers`` (``BT-001``) with their events, ``commitments``
(``SC-001`` contracts, ``PO-001`` purchase orders) with ``sov_lines``, ``sov_activities``
and ``commitment_rates``, ``pay_applications`` (``PA-001``) with their lines and events.
``cost_codes.parent_id`` makes the cost codes a tree; ``change_orders.commitment_id`` and
``change_order_lines.sov_line_id`` tie changes to the commitment they modify. Rebuilding
``change_orders`` (batch mode) drops its search triggers: they are created again and the
index rebuilt, since the copy may renumber rowids.

Revision ID: 0009_cost
Revises: 0008_schedule
Create Date: 2026-12-05
"""


from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0009_cost'
down_revision = '0008_schedule'
branch_labels = None
depends_on = None

# Frozen copy of models.search.table_ddl/trigger_ddl for the four kinds at this revision.
SEARCH_DDL = [
    "CREATE VIRTUAL TABLE budget_lines_fts USING fts5(title, note, content='budget_lines', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2', prefix='2 3')",
    'CREATE TRIGGER budget_lines_fts_ai AFTER INSERT ON budget_lines BEGIN INSERT INTO budget_lines_fts(rowid, title, note) VALUES (new.rowid, new.title, new.note); END',
    "CREATE TRIGGER budget_lines_fts_ad AFTER DELETE ON budget_lines BEGIN INSERT INTO budget_lines_fts(budget_lines_fts, rowid, title, note) VALUES ('delete', old.rowid, old.title, old.note); END",
    "CREATE TRIGGER budget_lines_fts_au AFTER UPDATE OF title, note ON budget_lines BEGIN INSERT INTO budget_lines_fts(budget_lines_fts, rowid, title, note) VALUES ('delete', old.rowid, old.title, old.note); INSERT INTO budget_lines_fts(rowid, title, note) VALUES (new.rowid, new.title, new.note); END",
    "CREATE VIRTUAL TABLE budget_transfers_fts USING fts5(title, reason, content='budget_transfers', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2', prefix='2 3')",
    'CREATE TRIGGER budget_transfers_fts_ai AFTER INSERT ON budget_transfers BEGIN INSERT INTO budget_transfers_fts(rowid, title, reason) VALUES (new.rowid, new.title, new.reason); END',
    "CREATE TRIGGER budget_transfers_fts_ad AFTER DELETE ON budget_transfers BEGIN INSERT INTO budget_transfers_fts(budget_transfers_fts, rowid, title, reason) VALUES ('delete', old.rowid, old.title, old.reason); END",
    "CREATE TRIGGER budget_transfers_fts_au AFTER UPDATE OF title, reason ON budget_transfers BEGIN INSERT INTO budget_transfers_fts(budget_transfers_fts, rowid, title, reason) VALUES ('delete', old.rowid, old.title, old.reason); INSERT INTO budget_transfers_fts(rowid, title, reason) VALUES (new.rowid, new.title, new.reason); END",
    "CREATE VIRTUAL TABLE commitments_fts USING fts5(title, description, content='commitments', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2', prefix='2 3')",
    'CREATE TRIGGER commitments_fts_ai AFTER INSERT ON commitments BEGIN INSERT INTO commitments_fts(rowid, title, description) VALUES (new.rowid, new.title, new.description); END',
    "CREATE TRIGGER commitments_fts_ad AFTER DELETE ON commitments BEGIN INSERT INTO commitments_fts(commitments_fts, rowid, title, description) VALUES ('delete', old.rowid, old.title, old.description); END",
    "CREATE TRIGGER commitments_fts_au AFTER UPDATE OF title, description ON commitments BEGIN INSERT INTO commitments_fts(commitments_fts, rowid, title, description) VALUES ('delete', old.rowid, old.title, old.description); INSERT INTO commitments_fts(rowid, title, description) VALUES (new.rowid, new.title, new.description); END",
    "CREATE VIRTUAL TABLE pay_applications_fts USING fts5(title, note, withholding_reason, content='pay_applications', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2', prefix='2 3')",
    'CREATE TRIGGER pay_applications_fts_ai AFTER INSERT ON pay_applications BEGIN INSERT INTO pay_applications_fts(rowid, title, note, withholding_reason) VALUES (new.rowid, new.title, new.note, new.withholding_reason); END',
    "CREATE TRIGGER pay_applications_fts_ad AFTER DELETE ON pay_applications BEGIN INSERT INTO pay_applications_fts(pay_applications_fts, rowid, title, note, withholding_reason) VALUES ('delete', old.rowid, old.title, old.note, old.withholding_reason); END",
    "CREATE TRIGGER pay_applications_fts_au AFTER UPDATE OF title, note, withholding_reason ON pay_applications BEGIN INSERT INTO pay_applications_fts(pay_applications_fts, rowid, title, note, withholding_reason) VALUES ('delete', old.rowid, old.title, old.note, old.withholding_reason); INSERT INTO pay_applications_fts(rowid, title, note, withholding_reason) VALUES (new.rowid, new.title, new.note, new.withholding_reason); END",
]
# The change orders' triggers as they stand at this revision (the batch rebuild drops them).
CO_TRIGGERS = [
    'CREATE TRIGGER change_orders_fts_ai AFTER INSERT ON change_orders BEGIN INSERT INTO change_orders_fts(rowid, title, description) VALUES (new.rowid, new.title, new.description); END',
    "CREATE TRIGGER change_orders_fts_ad AFTER DELETE ON change_orders BEGIN INSERT INTO change_orders_fts(change_orders_fts, rowid, title, description) VALUES ('delete', old.rowid, old.title, old.description); END",
    "CREATE TRIGGER change_orders_fts_au AFTER UPDATE OF title, description ON change_orders BEGIN INSERT INTO change_orders_fts(change_orders_fts, rowid, title, description) VALUES ('delete', old.rowid, old.title, old.description); INSERT INTO change_orders_fts(rowid, title, description) VALUES (new.rowid, new.title, new.description); END",
]


def upgrade() -> None:
    # ### commands auto generated by Alembic - please adjust! ###
    op.create_table('funding_sources',
    sa.Column('project_id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(32), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('updated_at', sa.String(32), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.String(32), nullable=True),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('field_versions', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['project_id'], ['projects.id'], name=op.f('fk_funding_sources_project_id_projects'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_funding_sources')),
    sa.UniqueConstraint('project_id', 'name', name=op.f('uq_funding_sources_project_id_name'))
    )
    op.create_table('budget_lines',
    sa.Column('project_id', sa.String(length=36), nullable=False),
    sa.Column('number', sa.Integer(), nullable=True),
    sa.Column('draft_number', sa.String(length=24), nullable=True),
    sa.Column('cost_code_id', sa.String(length=36), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('category', sa.Enum('construction', 'design', 'fees', 'permits', 'insurance', 'ffe', 'contingency', 'pmo', 'other', name='cost_category', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('original_amount', sa.BigInteger(), nullable=False),
    sa.Column('funding_source_id', sa.String(length=36), nullable=True),
    sa.Column('status', sa.Enum('active', 'closed', name='budget_status', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(32), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('updated_at', sa.String(32), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.String(32), nullable=True),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('field_versions', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['cost_code_id'], ['cost_codes.id'], name=op.f('fk_budget_lines_cost_code_id_cost_codes')),
    sa.ForeignKeyConstraint(['funding_source_id'], ['funding_sources.id'], name=op.f('fk_budget_lines_funding_source_id_funding_sources')),
    sa.ForeignKeyConstraint(['project_id'], ['projects.id'], name=op.f('fk_budget_lines_project_id_projects'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_budget_lines')),
    sa.UniqueConstraint('project_id', 'number', name=op.f('uq_budget_lines_project_id_number'))
    )
    with op.batch_alter_table('budget_lines', schema=None) as batch_op:
        batch_op.create_index('ix_budget_lines_project_code', ['project_id', 'cost_code_id'], unique=False)

    op.create_table('budget_transfers',
    sa.Column('project_id', sa.String(length=36), nullable=False),
    sa.Column('number', sa.Integer(), nullable=True),
    sa.Column('draft_number', sa.String(length=24), nullable=True),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('from_line_id', sa.String(length=36), nullable=True),
    sa.Column('to_line_id', sa.String(length=36), nullable=True),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.Column('status', sa.Enum('draft', 'pending', 'approved', 'rejected', 'void', name='transfer_status', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('submitted_at', sa.String(32), nullable=True),
    sa.Column('decided_at', sa.String(32), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(32), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('updated_at', sa.String(32), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.String(32), nullable=True),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('field_versions', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['from_line_id'], ['budget_lines.id'], name=op.f('fk_budget_transfers_from_line_id_budget_lines')),
    sa.ForeignKeyConstraint(['project_id'], ['projects.id'], name=op.f('fk_budget_transfers_project_id_projects'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['to_line_id'], ['budget_lines.id'], name=op.f('fk_budget_transfers_to_line_id_budget_lines')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_budget_transfers')),
    sa.UniqueConstraint('project_id', 'number', name=op.f('uq_budget_transfers_project_id_number'))
    )
    with op.batch_alter_table('budget_transfers', schema=None) as batch_op:
        batch_op.create_index('ix_budget_transfers_project_status', ['project_id', 'status'], unique=False)

    op.create_table('commitments',
    sa.Column('project_id', sa.String(length=36), nullable=False),
    sa.Column('commitment_type', sa.Enum('contract', 'purchase_order', name='commitment_type', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('number', sa.Integer(), nullable=True),
    sa.Column('draft_number', sa.String(length=24), nullable=True),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('contractor_id', sa.String(length=36), nullable=False),
    sa.Column('original_value', sa.BigInteger(), nullable=False),
    sa.Column('retainage_pct', sa.BigInteger(), nullable=False),
    sa.Column('materials_retainage_pct', sa.BigInteger(), nullable=False),
    sa.Column('retainage_reduced_pct', sa.BigInteger(), nullable=True),
    sa.Column('reduce_at_pct', sa.BigInteger(), nullable=True),
    sa.Column('status', sa.Enum('draft', 'executed', 'closed', 'void', name='commitment_status', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('executed_on', sa.Date(), nullable=True),
    sa.Column('start_date', sa.Date(), nullable=True),
    sa.Column('finish_date', sa.Date(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(32), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('updated_at', sa.String(32), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.String(32), nullable=True),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('field_versions', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['contractor_id'], ['organisations.id'], name=op.f('fk_commitments_contractor_id_organisations')),
    sa.ForeignKeyConstraint(['project_id'], ['projects.id'], name=op.f('fk_commitments_project_id_projects'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_commitments')),
    sa.UniqueConstraint('project_id', 'commitment_type', 'number', name=op.f('uq_commitments_project_id_commitment_type_number'))
    )
    with op.batch_alter_table('commitments', schema=None) as batch_op:
        batch_op.create_index('ix_commitments_project_status', ['project_id', 'status'], unique=False)

    op.create_table('budget_transfer_events',
    sa.Column('project_id', sa.String(length=36), nullable=False),
    sa.Column('transfer_id', sa.String(length=36), nullable=False),
    sa.Column('action', sa.String(length=24), nullable=False),
    sa.Column('from_status', sa.String(length=24), nullable=True),
    sa.Column('to_status', sa.String(length=24), nullable=False),
    sa.Column('approver_name', sa.String(length=200), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(32), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['project_id'], ['projects.id'], name=op.f('fk_budget_transfer_events_project_id_projects'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['transfer_id'], ['budget_transfers.id'], name=op.f('fk_budget_transfer_events_transfer_id_budget_transfers'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_budget_transfer_events'))
    )
    with op.batch_alter_table('budget_transfer_events', schema=None) as batch_op:
        batch_op.create_index('ix_budget_transfer_events_transfer', ['transfer_id', 'created_at'], unique=False)

    op.create_table('commitment_rates',
    sa.Column('project_id', sa.String(length=36), nullable=False),
    sa.Column('commitment_id', sa.String(length=36), nullable=False),
    sa.Column('item', sa.String(length=32), nullable=False),
    sa.Column('description', sa.String(length=400), nullable=False),
    sa.Column('unit', sa.String(length=16), nullable=False),
    sa.Column('rate', sa.BigInteger(), nullable=False),
    sa.Column('cost_code_id', sa.String(length=36), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(32), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('updated_at', sa.String(32), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.String(32), nullable=True),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('field_versions', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['commitment_id'], ['commitments.id'], name=op.f('fk_commitment_rates_commitment_id_commitments'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['cost_code_id'], ['cost_codes.id'], name=op.f('fk_commitment_rates_cost_code_id_cost_codes')),
    sa.ForeignKeyConstraint(['project_id'], ['projects.id'], name=op.f('fk_commitment_rates_project_id_projects'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_commitment_rates')),
    sa.UniqueConstraint('commitment_id', 'item', name=op.f('uq_commitment_rates_commitment_id_item'))
    )
    op.create_table('pay_applications',
    sa.Column('project_id', sa.String(length=36), nullable=False),
    sa.Column('number', sa.Integer(), nullable=True),
    sa.Column('draft_number', sa.String(length=24), nullable=True),
    sa.Column('commitment_id', sa.String(length=36), nullable=False),
    sa.Column('contractor_id', sa.String(length=36), nullable=False),
    sa.Column('application_no', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('period_start', sa.Date(), nullable=False),
    sa.Column('period_end', sa.Date(), nullable=False),
    sa.Column('received_on', sa.Date(), nullable=True),
    sa.Column('status', sa.Enum('draft', 'under_review', 'certified', 'rejected', 'void', name='pay_app_status', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('retainage_released', sa.BigInteger(), nullable=False),
    sa.Column('withholding', sa.BigInteger(), nullable=False),
    sa.Column('withholding_reason', sa.Text(), nullable=True),
    sa.Column('certified_amount', sa.BigInteger(), nullable=True),
    sa.Column('certified_at', sa.String(32), nullable=True),
    sa.Column('certified_by', sa.String(length=200), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(32), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('updated_at', sa.String(32), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.String(32), nullable=True),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('field_versions', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['commitment_id'], ['commitments.id'], name=op.f('fk_pay_applications_commitment_id_commitments')),
    sa.ForeignKeyConstraint(['contractor_id'], ['organisations.id'], name=op.f('fk_pay_applications_contractor_id_organisations')),
    sa.ForeignKeyConstraint(['project_id'], ['projects.id'], name=op.f('fk_pay_applications_project_id_projects'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_pay_applications')),
    sa.UniqueConstraint('commitment_id', 'application_no', name=op.f('uq_pay_applications_commitment_id_application_no')),
    sa.UniqueConstraint('project_id', 'number', name=op.f('uq_pay_applications_project_id_number'))
    )
    with op.batch_alter_table('pay_applications', schema=None) as batch_op:
        batch_op.create_index('ix_pay_applications_project_status', ['project_id', 'status'], unique=False)

    op.create_table('sov_lines',
    sa.Column('project_id', sa.String(length=36), nullable=False),
    sa.Column('commitment_id', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('item', sa.String(length=32), nullable=False),
    sa.Column('description', sa.String(length=400), nullable=False),
    sa.Column('cost_code_id', sa.String(length=36), nullable=True),
    sa.Column('budget_line_id', sa.String(length=36), nullable=True),
    sa.Column('location_id', sa.String(length=36), nullable=True),
    sa.Column('scheduled_value', sa.BigInteger(), nullable=False),
    sa.Column('change_order_id', sa.String(length=36), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(32), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('updated_at', sa.String(32), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.String(32), nullable=True),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('field_versions', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['budget_line_id'], ['budget_lines.id'], name=op.f('fk_sov_lines_budget_line_id_budget_lines')),
    sa.ForeignKeyConstraint(['change_order_id'], ['change_orders.id'], name=op.f('fk_sov_lines_change_order_id_change_orders')),
    sa.ForeignKeyConstraint(['commitment_id'], ['commitments.id'], name=op.f('fk_sov_lines_commitment_id_commitments'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['cost_code_id'], ['cost_codes.id'], name=op.f('fk_sov_lines_cost_code_id_cost_codes')),
    sa.ForeignKeyConstraint(['location_id'], ['locations.id'], name=op.f('fk_sov_lines_location_id_locations')),
    sa.ForeignKeyConstraint(['project_id'], ['projects.id'], name=op.f('fk_sov_lines_project_id_projects'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sov_lines'))
    )
    with op.batch_alter_table('sov_lines', schema=None) as batch_op:
        batch_op.create_index('ix_sov_lines_commitment', ['commitment_id', 'position'], unique=False)

    op.create_table('pay_application_lines',
    sa.Column('project_id', sa.String(length=36), nullable=False),
    sa.Column('pay_application_id', sa.String(length=36), nullable=False),
    sa.Column('sov_line_id', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('previous', sa.BigInteger(), nullable=False),
    sa.Column('previous_stored', sa.BigInteger(), nullable=False),
    sa.Column('claimed_work', sa.BigInteger(), nullable=False),
    sa.Column('claimed_stored', sa.BigInteger(), nullable=False),
    sa.Column('approved_work', sa.BigInteger(), nullable=True),
    sa.Column('approved_stored', sa.BigInteger(), nullable=True),
    sa.Column('decision', sa.Enum('pending', 'approved', 'reduced', 'rejected', name='line_decision', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(32), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('updated_at', sa.String(32), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.String(32), nullable=True),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('field_versions', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['pay_application_id'], ['pay_applications.id'], name=op.f('fk_pay_application_lines_pay_application_id_pay_applications'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['project_id'], ['projects.id'], name=op.f('fk_pay_application_lines_project_id_projects'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['sov_line_id'], ['sov_lines.id'], name=op.f('fk_pay_application_lines_sov_line_id_sov_lines')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_pay_application_lines')),
    sa.UniqueConstraint('pay_application_id', 'sov_line_id', name=op.f('uq_pay_application_lines_pay_application_id_sov_line_id'))
    )
    with op.batch_alter_table('pay_application_lines', schema=None) as batch_op:
        batch_op.create_index('ix_pay_application_lines_app', ['pay_application_id', 'position'], unique=False)

    op.create_table('sov_activities',
    sa.Column('project_id', sa.String(length=36), nullable=False),
    sa.Column('sov_line_id', sa.String(length=36), nullable=False),
    sa.Column('activity_code', sa.String(length=60), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(32), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('updated_at', sa.String(32), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.String(32), nullable=True),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('field_versions', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['project_id'], ['projects.id'], name=op.f('fk_sov_activities_project_id_projects'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['sov_line_id'], ['sov_lines.id'], name=op.f('fk_sov_activities_sov_line_id_sov_lines'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sov_activities')),
    sa.UniqueConstraint('sov_line_id', 'activity_code', name=op.f('uq_sov_activities_sov_line_id_activity_code'))
    )
    op.create_table('pay_application_events',
    sa.Column('project_id', sa.String(length=36), nullable=False),
    sa.Column('pay_application_id', sa.String(length=36), nullable=False),
    sa.Column('line_id', sa.String(length=36), nullable=True),
    sa.Column('action', sa.String(length=24), nullable=False),
    sa.Column('from_status', sa.String(length=24), nullable=True),
    sa.Column('to_status', sa.String(length=24), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=True),
    sa.Column('approver_name', sa.String(length=200), nullable=True),
    sa.Column('signature_id', sa.String(length=36), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(32), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['line_id'], ['pay_application_lines.id'], name=op.f('fk_pay_application_events_line_id_pay_application_lines')),
    sa.ForeignKeyConstraint(['pay_application_id'], ['pay_applications.id'], name=op.f('fk_pay_application_events_pay_application_id_pay_applications'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['project_id'], ['projects.id'], name=op.f('fk_pay_application_events_project_id_projects'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['signature_id'], ['signatures.id'], name=op.f('fk_pay_application_events_signature_id_signatures')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_pay_application_events'))
    )
    with op.batch_alter_table('pay_application_events', schema=None) as batch_op:
        batch_op.create_index('ix_pay_application_events_app', ['pay_application_id', 'created_at'], unique=False)

    with op.batch_alter_table('change_order_lines', schema=None) as batch_op:
        batch_op.add_column(sa.Column('sov_line_id', sa.String(length=36), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_change_order_lines_sov_line_id_sov_lines'), 'sov_lines', ['sov_line_id'], ['id'])

    with op.batch_alter_table('change_orders', schema=None) as batch_op:
        batch_op.add_column(sa.Column('commitment_id', sa.String(length=36), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_change_orders_commitment_id_commitments'), 'commitments', ['commitment_id'], ['id'])

    with op.batch_alter_table('cost_codes', schema=None) as batch_op:
        batch_op.add_column(sa.Column('parent_id', sa.String(length=36), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_cost_codes_parent_id_cost_codes'), 'cost_codes', ['parent_id'], ['id'])

    for statement in (*SEARCH_DDL, *CO_TRIGGERS):
        op.execute(statement)
    op.execute("INSERT INTO change_orders_fts(change_orders_fts) VALUES ('rebuild')")
    # ### end Alembic commands ###


def downgrade() -> None:
    # ### commands auto generated by Alembic - please adjust! ###
    for table in ("budget_lines", "budget_transfers", "commitments", "pay_applications"):
        for suffix in ("ai", "ad", "au"):
            op.execute(f"DROP TRIGGER IF EXISTS {table}_fts_{suffix}")
        op.execute(f"DROP TABLE IF EXISTS {table}_fts")
    with op.batch_alter_table('cost_codes', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_cost_codes_parent_id_cost_codes'), type_='foreignkey')
        batch_op.drop_column('parent_id')

    with op.batch_alter_table('change_orders', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_change_orders_commitment_id_commitments'), type_='foreignkey')
        batch_op.drop_column('commitment_id')

    with op.batch_alter_table('change_order_lines', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_change_order_lines_sov_line_id_sov_lines'), type_='foreignkey')
        batch_op.drop_column('sov_line_id')

    with op.batch_alter_table('pay_application_events', schema=None) as batch_op:
        batch_op.drop_index('ix_pay_application_events_app')

    op.drop_table('pay_application_events')
    op.drop_table('sov_activities')
    with op.batch_alter_table('pay_application_lines', schema=None) as batch_op:
        batch_op.drop_index('ix_pay_application_lines_app')

    op.drop_table('pay_application_lines')
    with op.batch_alter_table('sov_lines', schema=None) as batch_op:
        batch_op.drop_index('ix_sov_lines_commitment')

    op.drop_table('sov_lines')
    with op.batch_alter_table('pay_applications', schema=None) as batch_op:
        batch_op.drop_index('ix_pay_applications_project_status')

    op.drop_table('pay_applications')
    op.drop_table('commitment_rates')
    with op.batch_alter_table('budget_transfer_events', schema=None) as batch_op:
        batch_op.drop_index('ix_budget_transfer_events_transfer')

    op.drop_table('budget_transfer_events')
    with op.batch_alter_table('commitments', schema=None) as batch_op:
        batch_op.drop_index('ix_commitments_project_status')

    op.drop_table('commitments')
    with op.batch_alter_table('budget_transfers', schema=None) as batch_op:
        batch_op.drop_index('ix_budget_transfers_project_status')

    op.drop_table('budget_transfers')
    with op.batch_alter_table('budget_lines', schema=None) as batch_op:
        batch_op.drop_index('ix_budget_lines_project_code')

    op.drop_table('budget_lines')
    op.drop_table('funding_sources')
    for statement in CO_TRIGGERS:
        op.execute(statement)
    op.execute("INSERT INTO change_orders_fts(change_orders_fts) VALUES ('rebuild')")
    # ### end Alembic commands ###
