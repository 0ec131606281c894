"""The rows of the big lists, read as plain tuples with set-based queries.

Customers (thousands) are read whole: the window filters and sorts them in memory. Invoices
(a hundred thousand after ten years) are read a page at a time, filtered and sorted in SQL, so
the invoices tab shows its first rows at once whatever the size of the shop.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any, NamedTuple

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session, aliased

from workshop_desk.db.models import Customer, InstallmentRow, Invoice, Vehicle
from workshop_desk.db.search_text import contains_pattern, fold
from workshop_desk.domain.money import Cents


class CustomerRow(NamedTuple):
    """One customer of the list (a tuple: thousands of them are held, and made, at once)."""

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
        return fold(" ".join([self.code, self.name, self.phone, digits, self.email, self.city, *self.plates]))


def customer_rows(session: Session) -> list[CustomerRow]:
    """Every customer, in the database's order of names.

    Read through the session's connection: plain rows, without the ORM's handling of each one
    (a third of the time for 5 000 customers, and the window waits for them).
    """
    connection = session.connection()
    plates: dict[int, list[str]] = defaultdict(list)
    for customer_id, identifier in connection.execute(select(Vehicle.customer_id, Vehicle.identifier)).all():
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
    return [
        CustomerRow._make((*row, tuple(plates[row[0]]) if row[0] in plates else ()))
        for row in connection.execute(query).all()
    ]


class InvoiceRow(NamedTuple):
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


INVOICE_SORT_KEYS = ("number", "customer", "vehicle", "issue_date", "due_date", "total", "work")


def _matching(
    query: Select,  # type: ignore[type-arg]
    vehicle: Any,
    search: str,
    customer_id: int | None,
    sort_key: str = "",
) -> Select:  # type: ignore[type-arg]
    """``query`` over invoices, keeping those matching every word of ``search``.

    A word matches when it occurs, whatever its case, in the invoice's number or description, in
    the customer's code, name or phone, or in the vehicle's identifier: a plain ``LIKE`` on the
    case-folded ``search_text`` of the three tables (:mod:`workshop_desk.db.search_text`), with no
    function called per row, so a Cyrillic or Hungarian word costs what an ASCII one does.

    The customers and vehicles a word matches are looked up once (a few thousand short texts),
    then each invoice is kept if its own text matches or its customer or vehicle is among them:
    a third of the time of joining every invoice to its customer and vehicle to compare their
    texts, which is what a word found nowhere costs (every invoice is read). In the list's usual
    order, newest first, SQLite reads all it needs from one index (``ix_invoice_issue_search``)
    and never the table: 20–40 ms for a word found nowhere in a hundred thousand invoices. The
    customer and the vehicle are joined only when the sort needs them: every invoice has a
    customer, and without the join SQLite can read the invoices in the order of an index (issue
    date, due date, total) and stop after a page.
    """
    if sort_key == "customer":
        query = query.join(Customer, Invoice.customer_id == Customer.id)
    if sort_key == "vehicle":
        query = query.outerjoin(vehicle, Invoice.vehicle_id == vehicle.id)
    for word in search.split():
        pattern = contains_pattern(word)
        customers, vehicles = aliased(Customer), aliased(Vehicle)
        query = query.where(
            or_(
                Invoice.search_text.like(pattern, escape="\\"),
                Invoice.customer_id.in_(select(customers.id).where(customers.search_text.like(pattern, escape="\\"))),
                Invoice.vehicle_id.in_(select(vehicles.id).where(vehicles.search_text.like(pattern, escape="\\"))),
            )
        )
    if customer_id is not None:
        query = query.where(Invoice.customer_id == customer_id)
    return query


def count_invoices(session: Session, search: str = "", customer_id: int | None = None) -> int:
    """How many invoices match ``search`` (every invoice: a count of one index, at once).

    With words to match it reads every invoice (30–50 ms on a busy shop), which is why
    the invoices list asks for it in the background rather than on every keystroke.
    """
    if not search.split() and customer_id is None:
        return session.scalar(select(func.count()).select_from(Invoice)) or 0
    query = _matching(
        select(func.count(Invoice.id)).select_from(Invoice),
        aliased(Vehicle),
        search,
        customer_id,
    )
    return session.scalar(query) or 0


def invoice_rows(
    session: Session,
    search: str = "",
    sort_key: str = "issue_date",
    descending: bool = True,
    offset: int = 0,
    limit: int = 200,
    customer_id: int | None = None,
) -> list[InvoiceRow]:
    """One page of invoices matching every word of ``search``, in the order asked for.

    Two queries: the page's invoice ids first, then their rows. In one query SQLite would work
    out every column (the size of the plan, the description…) of every matching invoice before
    sorting them and keeping a page — a hundred thousand rows for a sort by customer.
    """
    vehicle = aliased(Vehicle)
    columns = {
        "number": Invoice.number,
        "customer": Customer.name,
        "vehicle": func.coalesce(vehicle.identifier, ""),
        "issue_date": Invoice.issue_date,
        "due_date": Invoice.due_date,
        "total": Invoice.total_cents,
        "work": Invoice.description,
    }
    column = columns[sort_key]
    order = (column.desc(), Invoice.id.desc()) if descending else (column.asc(), Invoice.id.asc())
    page = _matching(
        select(Invoice.id).select_from(Invoice),
        vehicle,
        search,
        customer_id,
        sort_key,
    )
    ids = list(session.scalars(page.order_by(*order).offset(offset).limit(limit)))
    if not ids:
        return []
    shown = aliased(Vehicle)
    plan_size = select(func.count(InstallmentRow.id)).where(InstallmentRow.invoice_id == Invoice.id).scalar_subquery()
    query = (
        select(
            Invoice.id,
            Invoice.number,
            Customer.id,
            Customer.code,
            Customer.name,
            func.coalesce(shown.identifier, ""),
            Invoice.issue_date,
            Invoice.due_date,
            Invoice.total_cents,
            Invoice.deposit_cents,
            Invoice.status,
            plan_size,
            Invoice.description,
        )
        .join(Customer, Invoice.customer_id == Customer.id)
        .outerjoin(shown, Invoice.vehicle_id == shown.id)
        .where(Invoice.id.in_(ids))
    )
    rows = {row[0]: InvoiceRow._make(row) for row in session.execute(query)}
    return [rows[invoice_id] for invoice_id in ids]
