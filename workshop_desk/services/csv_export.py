"""Exporting to the same CSV formats the importer reads, so export → import round-trips.

The file is written beside its final name and renamed into place only when complete, so an
interrupted export never leaves half a file under the name the user asked for.

The payments file lists every credit on the accounts, write-offs and debt moved to a payment plan
included (method ``other``, references ``Write-off: <reason>`` and ``Moved to plan <number>``):
leaving them out would make a re-imported shop owe those amounts again (twice over for a
reschedule, whose new plan is in the invoices file). The columns stay as they are — they are a
contract — and the import reads the kind back from those references
(:func:`workshop_desk.services.adjustments.kind_of_reference`).
"""

from __future__ import annotations

import csv
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session, aliased

from workshop_desk.db.models import Customer, InstallmentRow, Invoice, PaymentRow
from workshop_desk.db.session import Database
from workshop_desk.domain.money import format_plain
from workshop_desk.files import partial_file
from workshop_desk.services.csv_formats import FORMATS


def _amount(cents: int | None) -> str:
    return "" if cents is None else format_plain(cents)


def _customers() -> Select:  # type: ignore[type-arg]
    return select(
        Customer.code,
        Customer.name,
        Customer.kind,
        Customer.tax_id,
        Customer.email,
        Customer.phone,
        Customer.address,
        Customer.postal_code,
        Customer.city,
        Customer.country,
        Customer.language,
        Customer.debt_limit_cents,
        Customer.notes,
    ).order_by(Customer.id)


def _invoices() -> Select:  # type: ignore[type-arg]
    return (
        select(
            Invoice.number,
            Customer.code,
            Invoice.issue_date,
            Invoice.due_date,
            Invoice.total_cents,
            Invoice.deposit_cents,
            Invoice.description,
            Invoice.status,
        )
        .join(Customer, Invoice.customer_id == Customer.id)
        .order_by(Invoice.id)
    )


def _installments() -> Select:  # type: ignore[type-arg]
    return (
        select(Invoice.number, InstallmentRow.due_date, InstallmentRow.amount_cents)
        .join(Invoice, InstallmentRow.invoice_id == Invoice.id)
        .order_by(Invoice.id, InstallmentRow.seq)
    )


def _payments() -> Select:  # type: ignore[type-arg]
    tied = aliased(Invoice)
    return (
        select(
            Customer.code,
            tied.number,
            PaymentRow.date,
            PaymentRow.amount_cents,
            PaymentRow.method,
            PaymentRow.reference,
        )
        .join(Customer, PaymentRow.customer_id == Customer.id)
        .outerjoin(tied, PaymentRow.invoice_id == tied.id)
        .order_by(PaymentRow.id)
    )


_QUERIES = {
    "customers": _customers,
    "invoices": _invoices,
    "installments": _installments,
    "payments": _payments,
}
_AMOUNT_COLUMNS = {"debt_limit", "total", "deposit", "amount"}


def _cells(columns: tuple[str, ...], row: Iterable[Any]) -> list[str]:
    cells = []
    for column, value in zip(columns, row, strict=True):
        if column in _AMOUNT_COLUMNS:
            cells.append(_amount(value))
        elif value is None:
            cells.append("")
        else:
            cells.append(str(value))  # dates are ISO (YYYY-MM-DD) by str()
    return cells


def export_rows(session: Session, kind: str) -> tuple[tuple[str, ...], list[list[str]]]:
    """The header and the rows of a ``kind`` export, as text."""
    columns = FORMATS[kind].columns
    return columns, [_cells(columns, row) for row in session.execute(_QUERIES[kind]())]


def export_csv(database: Database, kind: str, path: Path) -> int:
    """Write every record of ``kind`` to ``path``; returns the number of rows written.

    Raises:
        OSError: the file cannot be written (nothing is left under ``path``'s name).
    """
    with database.read() as session:
        columns, rows = export_rows(session, kind)
    with partial_file(path) as partial, partial.open("w", newline="", encoding="utf-8") as file:
        writer = csv.writer(file, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows(rows)
        file.flush()
        os.fsync(file.fileno())
    return len(rows)
