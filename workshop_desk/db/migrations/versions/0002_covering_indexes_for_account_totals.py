"""covering indexes for account totals

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 08:17:35.077599
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("installment", schema=None) as batch_op:
        batch_op.create_index("ix_installment_invoice_amount", ["invoice_id", "amount_cents"], unique=False)

    with op.batch_alter_table("invoice", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_invoice_customer_id"))
        batch_op.create_index("ix_invoice_customer_status_issue", ["customer_id", "status", "issue_date"], unique=False)

    with op.batch_alter_table("payment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_payment_customer_date"))
        batch_op.create_index("ix_payment_customer_date_amount", ["customer_id", "date", "amount_cents"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("payment", schema=None) as batch_op:
        batch_op.drop_index("ix_payment_customer_date_amount")
        batch_op.create_index(batch_op.f("ix_payment_customer_date"), ["customer_id", "date"], unique=False)

    with op.batch_alter_table("invoice", schema=None) as batch_op:
        batch_op.drop_index("ix_invoice_customer_status_issue")
        batch_op.create_index(batch_op.f("ix_invoice_customer_id"), ["customer_id"], unique=False)

    with op.batch_alter_table("installment", schema=None) as batch_op:
        batch_op.drop_index("ix_installment_invoice_amount")
