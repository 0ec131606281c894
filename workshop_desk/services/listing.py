"""The rows of the big lists, read as plain tuples with set-based queries.

Customers (thousands) are read whole: the window filters and sorts them in memory. Invoices
(a hundred thousand after ten years) are read a page at a time, filtered and sorted in SQL, so
the invoices tab shows its first rows at once whatever the size of the shop.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session, aliased

from workshop_desk.db.models import Customer, InstallmentRow, Invoice, Vehicle
from workshop_desk.domain.money import Cents


@dataclass(frozen=True, slots=True)
class CustomerRow:
    id: int
    code: str
    name: str
    kind: str
    phone: str
    email: str
    city: str
    debt_limit: Cents | None
    blocked: bool
    plates: tuple[str, ...]

    @property
    def search_text(self) -> str:
        """What the search box matches: code, name, phone (digits too), city, plates or serials."""
        digits = "".join(char for char in self.phone if char.isdigit())
        return " ".join([self.code, self.name, self.phone, digits, self.email, self.city, *self.plates]).casefold()


def customer_rows(session: Session) -> list[CustomerRow]:
    plates: dict[int, list[str]] = defaultdict(list)
    for customer_id, identifier in session.execute(select(Vehicle.customer_id, Vehicle.identifier)):
        plates[customer_id].append(identifier)
    query = select(
        Customer.id,
        Customer.code,
        Customer.name,
        Customer.kind,
        Customer.phone,
        Customer.email,
        Customer.city,
        Customer.debt_limit_cents,
        Customer.blocked,
    ).order_by(Customer.name)
    return [CustomerRow(*row, plates=tuple(plates.get(row[0], ()))) for row in session.execute(query)]


@dataclass(frozen=True, slots=True)
class InvoiceRow:
    id: int
    number: str
    customer_id: int
    customer_code: str
    customer_name: str
    vehicle: str
    issue_date: date
    due_date: date
    total: Cents
    deposit: Cents
    status: str
    installments: int
    description: str


INVOICE_SORT_KEYS = ("number", "customer", "vehicle", "issue_date", "due_date", "total")


def _invoices(search: str) -> Select:  # type: ignore[type-arg]
    vehicle = aliased(Vehicle)
    plan_size = select(func.count(InstallmentRow.id)).where(InstallmentRow.invoice_id == Invoice.id).scalar_subquery()
    query = (
        select(
            Invoice.id,
            Invoice.number,
            Customer.id,
            Customer.code,
            Customer.name,
            func.coalesce(vehicle.identifier, ""),
            Invoice.issue_date,
            Invoice.due_date,
            Invoice.total_cents,
            Invoice.deposit_cents,
            Invoice.status,
            plan_size,
            Invoice.description,
        )
        .join(Customer, Invoice.customer_id == Customer.id)
        .outerjoin(vehicle, Invoice.vehicle_id == vehicle.id)
    )
    words = search.split()
    for word in words:
        columns = (
            Invoice.number, Customer.name, Customer.code, Customer.phone, vehicle.identifier, Invoice.description
        )  # fmt: skip
        query = query.where(or_(*(_contains(column, word) for column in columns)))
    return query


def _contains(column: Any, word: str) -> Any:
    """``column`` contains ``word``, ignoring case.

    SQLite's own LIKE ignores case for ASCII letters and runs in C; only a word with other
    letters (Cyrillic, ő) needs ``ilike``, which compares the Unicode-aware ``lower()`` the
    connection registers (db/session.py) — ten times slower, so used only then.
    """
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    pattern = f"%{escaped}%"
    return column.like(pattern, escape="\\") if word.isascii() else column.ilike(pattern, escape="\\")


def count_invoices(session: Session, search: str = "") -> int:
    subquery = _invoices(search).subquery()
    return session.scalar(select(func.count()).select_from(subquery)) or 0


def invoice_rows(
    session: Session,
    search: str = "",
    sort_key: str = "issue_date",
    descending: bool = True,
    offset: int = 0,
    limit: int = 200,
    customer_id: int | None = None,
) -> list[InvoiceRow]:
    """One page of invoices matching every word of ``search``, in the order asked for."""
    query = _invoices(search)
    if customer_id is not None:
        query = query.where(Invoice.customer_id == customer_id)
    columns = {
        "number": Invoice.number,
        "customer": Customer.name,
        "vehicle": query.selected_columns[5],
        "issue_date": Invoice.issue_date,
        "due_date": Invoice.due_date,
        "total": Invoice.total_cents,
    }
    column = columns[sort_key]
    ordered = query.order_by(
        column.desc() if descending else column.asc(), Invoice.id.desc() if descending else Invoice.id
    )
    return [InvoiceRow(*row) for row in session.execute(ordered.offset(offset).limit(limit))]
