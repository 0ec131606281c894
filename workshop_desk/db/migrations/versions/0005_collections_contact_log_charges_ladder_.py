"""collections: contact log, charges, ladder rules, hand-over, payment kinds

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25 10:06:31.232462
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "charge",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("amount_cents", sa.BigInteger(), nullable=False),
        sa.Column("reason", sa.String(length=120), nullable=False),
        sa.Column("description", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["customer_id"], ["customer.id"], name=op.f("fk_charge_customer_id_customer")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_charge")),
        sa.UniqueConstraint("customer_id", "reason", name="uq_charge_customer_reason"),
    )
    op.create_table(
        "contact",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.Column("outcome", sa.String(length=20), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("user", sa.String(length=100), nullable=False),
        sa.Column("step_key", sa.String(length=40), nullable=False),
        sa.Column("covered", sa.Text(), nullable=False),
        sa.Column("promise_until", sa.Date(), nullable=True),
        sa.Column("promise_cents", sa.BigInteger(), nullable=True),
        sa.Column("letter_id", sa.Integer(), nullable=True),
        sa.Column("corrects_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["corrects_id"], ["contact.id"], name=op.f("fk_contact_corrects_id_contact")),
        sa.ForeignKeyConstraint(["customer_id"], ["customer.id"], name=op.f("fk_contact_customer_id_customer")),
        sa.ForeignKeyConstraint(["letter_id"], ["letter.id"], name=op.f("fk_contact_letter_id_letter")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact")),
    )
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.create_index("ix_contact_customer_at", ["customer_id", "at"], unique=False)

    with op.batch_alter_table("customer", schema=None) as batch_op:
        batch_op.add_column(sa.Column("ladder_rules", sa.Text(), server_default="", nullable=False))
        batch_op.add_column(sa.Column("handed_over_on", sa.Date(), nullable=True))

    with op.batch_alter_table("payment", schema=None) as batch_op:
        batch_op.add_column(sa.Column("kind", sa.String(length=16), server_default="payment", nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("payment", schema=None) as batch_op:
        batch_op.drop_column("kind")

    with op.batch_alter_table("customer", schema=None) as batch_op:
        batch_op.drop_column("handed_over_on")
        batch_op.drop_column("ladder_rules")

    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.drop_index("ix_contact_customer_at")

    op.drop_table("contact")
    op.drop_table("charge")
