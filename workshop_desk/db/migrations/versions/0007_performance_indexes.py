"""performance indexes: covering reads of the whole-shop figures, sorting the invoice list

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-25 14:10:00

The whole-shop figures (issue #10) read every owing customer's installments and payments
(``db.queries.account_inputs``); with these three indexes the reads are answered from the
indexes alone (a third of the time). They replace the narrower covering indexes of 0002, whose
columns they start with, so the per-customer totals are still covered. The Reports tab's quick
figures sum the money collected and written off in a period (by kind and date). The invoice
list sorts by total and by due date.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index(
        "ix_invoice_customer_status_issue_number", "invoice", ["customer_id", "status", "issue_date", "number"]
    )
    op.drop_index("ix_invoice_customer_status_issue", table_name="invoice")
    op.create_index(
        "ix_installment_invoice_due_amount_seq", "installment", ["invoice_id", "due_date", "amount_cents", "seq"]
    )
    op.drop_index("ix_installment_invoice_amount", table_name="installment")
    op.create_index(
        "ix_payment_customer_date_amount_invoice", "payment", ["customer_id", "date", "amount_cents", "invoice_id"]
    )
    op.drop_index("ix_payment_customer_date_amount", table_name="payment")
    op.create_index("ix_payment_kind_date_amount", "payment", ["kind", "date", "amount_cents"])
    op.create_index("ix_invoice_total", "invoice", ["total_cents"])
    op.create_index("ix_invoice_due_date", "invoice", ["due_date"])


def downgrade() -> None:
    op.drop_index("ix_invoice_due_date", table_name="invoice")
    op.drop_index("ix_invoice_total", table_name="invoice")
    op.drop_index("ix_payment_kind_date_amount", table_name="payment")
    op.create_index("ix_payment_customer_date_amount", "payment", ["customer_id", "date", "amount_cents"])
    op.drop_index("ix_payment_customer_date_amount_invoice", table_name="payment")
    op.create_index("ix_installment_invoice_amount", "installment", ["invoice_id", "amount_cents"])
    op.drop_index("ix_installment_invoice_due_amount_seq", table_name="installment")
    op.create_index("ix_invoice_customer_status_issue", "invoice", ["customer_id", "status", "issue_date"])
    op.drop_index("ix_invoice_customer_status_issue_number", table_name="invoice")
