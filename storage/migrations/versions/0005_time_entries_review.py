"""time spent on requests, and each client's weekly review day and time

Revision ID: 0005_time_entries_review
Revises: 0004_reminders
Create Date: 2026-12-06 12:00:00.000000
"""

from alembic import op
import sqlalchemy as sa

import storage.types


revision = '0005_time_entries_review'
down_revision = '0004_reminders'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'time_entries',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('request_id', sa.Integer(), nullable=False),
        sa.Column('client_id', sa.Integer(), nullable=False),
        sa.Column('person_id', sa.Integer(), nullable=True),
        sa.Column('minutes', sa.Integer(), nullable=False),
        sa.Column('note', sa.Text(), nullable=True),
        sa.Column('at', storage.types.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(['client_id'], ['people.id'], name=op.f('fk_time_entries_client_id_people'), ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_time_entries_person_id_people'), ondelete='SET NULL'),
        sa.ForeignKeyConstraint(['request_id'], ['requests.id'], name=op.f('fk_time_entries_request_id_requests'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_time_entries')),
    )
    with op.batch_alter_table('time_entries', schema=None) as batch_op:
        batch_op.create_index('ix_time_entries_client_at', ['client_id', 'at'], unique=False)
        batch_op.create_index('ix_time_entries_person_at', ['person_id', 'at'], unique=False)
        batch_op.create_index(batch_op.f('ix_time_entries_request_id'), ['request_id'], unique=False)
    with op.batch_alter_table('client_profiles', schema=None) as batch_op:
        batch_op.add_column(sa.Column('review_day', sa.Integer(), server_default='4', nullable=False))
        batch_op.add_column(sa.Column('review_time', sa.String(length=5), server_default='16:00', nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('client_profiles', schema=None) as batch_op:
        batch_op.drop_column('review_time')
        batch_op.drop_column('review_day')
    with op.batch_alter_table('time_entries', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_time_entries_request_id'))
        batch_op.drop_index('ix_time_entries_person_at')
        batch_op.drop_index('ix_time_entries_client_at')
    op.drop_table('time_entries')
