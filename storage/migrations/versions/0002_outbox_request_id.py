"""outbox rows remember the Slack request that wrote them

Revision ID: 0002_outbox_request_id
Revises: 0001
Create Date: 2026-12-06 10:00:00.000000
"""

from alembic import op
import sqlalchemy as sa


revision = '0002_outbox_request_id'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.add_column(sa.Column('request_id', sa.String(length=40), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.drop_column('request_id')
