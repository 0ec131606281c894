"""search text: case-folded copies of what the invoice search matches

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-25 14:40:00

The invoice search (issue #10) compared a Python ``lower()`` of every column of every invoice
with the typed word whenever the word had a letter outside ASCII: half a second per keystroke on
a busy shop. These columns hold the matched text already case-folded, so the search is a plain
``LIKE`` on both engines. What each holds is explained in ``workshop_desk/db/search_text.py``;
the rows already there are filled here, in batches, with a frozen copy of its folding (a
migration must keep doing what it did at its revision; ``tests/db/test_migrations.py`` checks
that both still agree).
"""

from collections.abc import Iterable, Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BATCH = 5000
SOURCES = {
    "customer": ("code", "name", "phone"),
    "vehicle": ("identifier",),
    "invoice": ("number", "description"),
}


def _folded(parts: Iterable[str | None]) -> str:
    return "\n".join(part or "" for part in parts).casefold()


def upgrade() -> None:
    for table_name in SOURCES:
        with op.batch_alter_table(table_name, schema=None) as batch_op:
            batch_op.add_column(sa.Column("search_text", sa.Text(), server_default="", nullable=False))
    connection = op.get_bind()
    for table_name, column_names in SOURCES.items():
        table = sa.table(table_name, sa.column("id"), sa.column("search_text"), *map(sa.column, column_names))
        read = sa.select(table.c.id, *(table.c[name] for name in column_names)).order_by(table.c.id).limit(BATCH)
        write = table.update().where(table.c.id == sa.bindparam("row_id")).values(search_text=sa.bindparam("text"))
        last_id = None
        while True:
            rows = connection.execute(read if last_id is None else read.where(table.c.id > last_id)).all()
            if not rows:
                break
            connection.execute(write, [{"row_id": row[0], "text": _folded(row[1:])} for row in rows])
            last_id = rows[-1][0]
    # SQLite answers a search of the invoice list in its usual order (newest first) from this
    # index alone, a third faster than reading each invoice's row. PostgreSQL refuses an index
    # entry larger than a third of a page (a long description would), so there it is an empty
    # partial index, there only so that both engines have the same schema.
    op.create_index(
        "ix_invoice_issue_search",
        "invoice",
        ["issue_date", "id", "customer_id", "vehicle_id", "search_text"],
        postgresql_where=sa.text("false"),
    )


def downgrade() -> None:
    op.drop_index("ix_invoice_issue_search", table_name="invoice")
    # A plain DROP COLUMN (SQLite 3.35+): a batch would copy each table anew, and dropping the old
    # invoice table is refused while installments and payments refer to it.
    for table_name in reversed(SOURCES):
        op.drop_column(table_name, "search_text")
