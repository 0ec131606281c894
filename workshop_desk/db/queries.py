"""Set-based reads for whole-shop figures.

The overdue list needs every customer's position. Two ``GROUP BY`` queries give each customer's
invoiced and received totals, which settle most customers at once (nothing open: see
:func:`workshop_desk.domain.ledger.balances`); only the customers who still owe money have their
installments and payments loaded, as plain tuples, for the allocation rules.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from itertools import groupby
from operator import itemgetter
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from workshop_desk.db.models import Customer, InstallmentRow, Invoice, InvoiceStatus, PaymentRow
from workshop_desk.domain.ledger import Installment, Payment
from workshop_desk.domain.money import Cents


@dataclass(frozen=True, slots=True)
class CustomerRef:
    """What lists show of a customer besides the figures."""

    id: int
    code: str
    name: str
    phone: str
    debt_limit: Cents | None
    blocked: bool


@dataclass(slots=True)
class AccountInputs:
    """One customer's installments and payments, ready for the domain rules."""

    customer: CustomerRef
    installments: list[Installment] = field(default_factory=list)
    payments: list[Payment] = field(default_factory=list)


def customer_refs(session: Session, customer_ids: list[int] | None = None) -> dict[int, CustomerRef]:
    """The customers (all, or those in ``customer_ids``) by id, in id order."""
    query = select(
        Customer.id, Customer.code, Customer.name, Customer.phone, Customer.debt_limit_cents, Customer.blocked
    ).order_by(Customer.id)
    if customer_ids is not None:
        query = query.where(Customer.id.in_(customer_ids))
    return {row[0]: CustomerRef(*row) for row in session.execute(query)}


def account_totals(
    session: Session, as_of: date, customer_ids: list[int] | None = None
) -> dict[int, tuple[Cents, Cents]]:
    """(invoiced, received) per customer (every one, or those in ``customer_ids``) as of ``as_of``,
    summed in SQL. Customers with neither are left out."""
    totals: dict[int, tuple[Cents, Cents]] = {}
    chunks: list[list[int] | None] = [None] if customer_ids is None else list(_id_chunks(customer_ids))
    for chunk in chunks:
        invoiced = (
            select(Invoice.customer_id, func.sum(InstallmentRow.amount_cents))
            .join(Invoice, InstallmentRow.invoice_id == Invoice.id)
            .where(Invoice.status == InvoiceStatus.OPEN, Invoice.issue_date <= as_of)
            .group_by(Invoice.customer_id)
        )
        received = (
            select(PaymentRow.customer_id, func.sum(PaymentRow.amount_cents))
            .where(PaymentRow.date <= as_of)
            .group_by(PaymentRow.customer_id)
        )
        if chunk is not None:
            invoiced = invoiced.where(Invoice.customer_id.in_(chunk))
            received = received.where(PaymentRow.customer_id.in_(chunk))
        for customer_id, amount in session.execute(invoiced):
            totals[customer_id] = (int(amount), 0)
        for customer_id, amount in session.execute(received):
            totals[customer_id] = (totals.get(customer_id, (0, 0))[0], int(amount))
    return totals


def account_inputs(
    session: Session, as_of: date, customer_ids: list[int], refs: Mapping[int, CustomerRef] | None = None
) -> dict[int, AccountInputs]:
    """The installments and payments of ``customer_ids`` that count as of ``as_of`` (in that order).

    The SQL pre-filters what cannot count (void invoices, invoices issued and payments made
    after ``as_of``) so less crosses into Python; the domain applies the same rule again, so the
    definition stays in one place. Ids are sent in chunks below SQLite's parameter limit, and the
    rows are read as the driver gives them (:func:`_driver_rows`): a third of the time of
    SQLAlchemy's result rows for a whole shop.

    Args:
        refs: the customers (:func:`customer_refs`) if the caller has read them already.
    """
    if refs is None:
        refs = customer_refs(session, customer_ids) if customer_ids else {}
    inputs = {customer_id: AccountInputs(refs[customer_id]) for customer_id in customer_ids}
    day = _Days()
    for chunk in _id_chunks(customer_ids):
        installments = _installments_counting(as_of).where(Invoice.customer_id.in_(chunk))
        _read_installments(session, installments, day, lambda customer_id: inputs[customer_id].installments)
        payments = _payments_counting(as_of).where(PaymentRow.customer_id.in_(chunk))
        _read_payments(session, payments, day, lambda customer_id: inputs[customer_id].payments)
    return inputs


_CHUNK = 900
"""Ids per query, below SQLite's oldest limit of bound parameters (999)."""


def _id_chunks(ids: list[int]) -> list[list[int]]:
    """``ids`` in chunks of :data:`_CHUNK`."""
    return [ids[start : start + _CHUNK] for start in range(0, len(ids), _CHUNK)]


def _read_installments(
    session: Session,
    query: Select,  # type: ignore[type-arg]
    day: _Days,
    into: Callable[[int], list[Installment]],
) -> None:
    """Add the installment of each row of :func:`_installments_counting` ``query`` to ``into(customer id)``.

    Rows come grouped by customer (one look-up of ``into`` per group), and the named tuples are
    built from a tuple of their fields (``tuple.__new__``): a third of the time of calling the
    class, for the 200 000 or so of a whole shop.
    """
    new = tuple.__new__
    for customer_id, rows in groupby(_driver_rows(session, query), _CUSTOMER):
        into(customer_id).extend(
            [
                new(Installment, (key, invoice_key, number, day[issued], day[due], amount, seq, False))
                for _, key, invoice_key, number, issued, due, amount, seq in rows
            ]
        )


def _read_payments(
    session: Session,
    query: Select,  # type: ignore[type-arg]
    day: _Days,
    into: Callable[[int], list[Payment]],
) -> None:
    """Add the payment of each row of :func:`_payments_counting` ``query`` to ``into(customer id)`` (as above)."""
    new = tuple.__new__
    for customer_id, rows in groupby(_driver_rows(session, query), _CUSTOMER):
        into(customer_id).extend(
            [new(Payment, (key, day[paid_on], amount, invoice_id)) for _, key, paid_on, amount, invoice_id in rows]
        )


_CUSTOMER = itemgetter(0)
"""The customer id of a row of :func:`_installments_counting` or :func:`_payments_counting`."""


def _installments_counting(as_of: date) -> Select:  # type: ignore[type-arg]
    """Customer, installment and invoice facts of the installments that can count on ``as_of``.

    The SQL pre-filters what cannot count (void invoices, invoices issued after ``as_of``); the
    domain applies the same rule again, so the definition stays in one place.
    """
    return (
        select(
            Invoice.customer_id,
            InstallmentRow.id,
            Invoice.id,
            Invoice.number,
            Invoice.issue_date,
            InstallmentRow.due_date,
            InstallmentRow.amount_cents,
            InstallmentRow.seq,
        )
        .join(Invoice, InstallmentRow.invoice_id == Invoice.id)
        .where(Invoice.status == InvoiceStatus.OPEN, Invoice.issue_date <= as_of)
    )


def _payments_counting(as_of: date) -> Select:  # type: ignore[type-arg]
    """Customer and payment facts of the payments made by ``as_of``."""
    return select(
        PaymentRow.customer_id, PaymentRow.id, PaymentRow.date, PaymentRow.amount_cents, PaymentRow.invoice_id
    ).where(PaymentRow.date <= as_of)


def account_histories(session: Session, as_of: date) -> dict[int, AccountInputs]:
    """Every customer's installments and payments that count as of ``as_of``, read in one pass.

    For whole-shop figures over many dates (the reports): two scans of the tables are much
    faster than :func:`account_inputs`'s look-ups by customer when most customers are wanted.
    Customers with neither installments nor payments are left out.
    """
    day = _Days()
    installments_of: defaultdict[int, list[Installment]] = defaultdict(list)
    payments_of: defaultdict[int, list[Payment]] = defaultdict(list)
    _read_installments(session, _installments_counting(as_of), day, installments_of.__getitem__)
    _read_payments(session, _payments_counting(as_of), day, payments_of.__getitem__)
    refs = customer_refs(session)
    return {
        customer_id: AccountInputs(customer, installments_of.get(customer_id, []), payments_of.get(customer_id, []))
        for customer_id, customer in refs.items()
        if customer_id in installments_of or customer_id in payments_of
    }


def _driver_rows(session: Session, query: Select) -> list[tuple[Any, ...]]:  # type: ignore[type-arg]
    """The rows of ``query`` as the SQLite driver returns them: dates as ``YYYY-MM-DD`` text.

    SQLAlchemy's result rows cost more than the query itself on a big read (0.36 s against
    0.14 s for a hundred thousand installments); the statement is still built and compiled by
    SQLAlchemy, with its parameters written in as literals (dates and plain strings only).
    Other engines (PostgreSQL) go through SQLAlchemy as usual: their drivers return dates as
    ``date`` objects, which :class:`_Days` passes through.
    """
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        return [tuple(row) for row in session.execute(query)]
    sql = str(query.compile(dialect=connection.dialect, compile_kwargs={"literal_binds": True}))
    cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        rows: list[tuple[Any, ...]] = cursor.execute(sql).fetchall()
        return rows
    finally:
        cursor.close()


class _Days(dict[str | date, date]):
    """``days["2026-03-15"]`` → ``date(2026, 3, 15)``, each distinct day parsed once (a plain
    dictionary look-up for the rest: a big read has a few thousand days and a hundred thousand rows).
    A ``date`` (from a driver that returns dates, PostgreSQL's) maps to itself."""

    def __missing__(self, key: str | date) -> date:
        day = self[key] = key if isinstance(key, date) else date.fromisoformat(key)
        return day
