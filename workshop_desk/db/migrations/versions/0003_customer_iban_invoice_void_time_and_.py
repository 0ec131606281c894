"""customer iban, invoice void time and credit override

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25 08:18:24.826096
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("customer", schema=None) as batch_op:
        batch_op.add_column(sa.Column("iban", sa.String(length=40), server_default="", nullable=False))

    with op.batch_alter_table("invoice", schema=None) as batch_op:
        batch_op.add_column(sa.Column("voided_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("credit_override", sa.Text(), server_default="", nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("invoice", schema=None) as batch_op:
        batch_op.drop_column("credit_override")
        batch_op.drop_column("voided_at")

    with op.batch_alter_table("customer", schema=None) as batch_op:
        batch_op.drop_column("iban")
