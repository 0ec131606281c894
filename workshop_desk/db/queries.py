"""Set-based reads for whole-shop figures: three flat queries, grouped by customer in one pass.

The overdue list needs every customer's installments and payments. Loading ORM objects per
customer would be thousands of queries; instead three ordered queries stream plain tuples and
:func:`account_inputs` hands each customer's slice to the domain rules.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
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


def account_inputs(
    session: Session, as_of: date, customer_ids: list[int] | None = None
) -> Iterator[AccountInputs]:
    """Every customer (or those in ``customer_ids``) with what counts as of ``as_of``.

    The SQL pre-filters what cannot count (void invoices, invoices issued and payments made
    after ``as_of``) so less crosses into Python; the domain applies the same rule again, so the
    definition stays in one place.
    """
    customers = select(
        Customer.id, Customer.code, Customer.name, Customer.phone, Customer.debt_limit_cents, Customer.blocked
    ).order_by(Customer.id)
    installments = (
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
        .order_by(Invoice.customer_id)
    )
    payments = (
        select(
            PaymentRow.customer_id,
            PaymentRow.id,
            PaymentRow.date,
            PaymentRow.amount_cents,
            PaymentRow.invoice_id,
        )
        .where(PaymentRow.date <= as_of)
        .order_by(PaymentRow.customer_id)
    )
    if customer_ids is not None:
        customers = customers.where(Customer.id.in_(customer_ids))
        installments = installments.where(Invoice.customer_id.in_(customer_ids))
        payments = payments.where(PaymentRow.customer_id.in_(customer_ids))

    accounts = {row[0]: AccountInputs(CustomerRef(*row)) for row in session.execute(customers)}
    for customer_id, key, invoice_key, number, issued, due, amount, seq in session.execute(installments):
        accounts[customer_id].installments.append(
            Installment(key, invoice_key, number, issued, due, amount, seq)
        )
    for customer_id, key, paid_on, amount, invoice_id in session.execute(payments):
        accounts[customer_id].payments.append(Payment(key, paid_on, amount, invoice_id))
    yield from accounts.values()
