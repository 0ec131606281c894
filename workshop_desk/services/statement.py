"""A customer's statement of account: every invoice and payment in date order with a running
balance, and every installment with its state, as of a date."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from workshop_desk.db.models import Invoice, InvoiceStatus, PaymentRow
from workshop_desk.db.queries import account_inputs
from workshop_desk.domain.money import Cents
from workshop_desk.domain.overdue import AccountStatus, InstallmentStatus, account_status
from workshop_desk.services.settings import grace_days


@dataclass(frozen=True)
class StatementLine:
    """One entry: an invoice (debit: what is left to pay after the deposit) or a payment (credit).

    ``balance`` is what the customer owes after the entry (negative: the shop owes them).
    A void invoice is listed for the record with no amount.
    """

    day: date
    kind: str  # "invoice", "void", "payment"
    reference: str
    description: str
    debit: Cents
    credit: Cents
    balance: Cents
    method: str = ""  # a payment's method (cash, card, transfer, other)


@dataclass(frozen=True)
class Statement:
    as_of: date
    status: AccountStatus
    lines: tuple[StatementLine, ...]

    @property
    def installments(self) -> tuple[InstallmentStatus, ...]:
        return self.status.installments


def statement(session: Session, customer_id: int, as_of: date, debt_limit: Cents | None) -> Statement:
    """The statement of ``customer_id`` as of ``as_of``: entries oldest first, then installments."""
    inputs = account_inputs(session, as_of, [customer_id])[customer_id]
    status = account_status(inputs.installments, inputs.payments, as_of, debt_limit, grace_days(session))
    entries: list[tuple[tuple[date, int, int], StatementLine]] = []
    invoices = select(
        Invoice.id, Invoice.issue_date, Invoice.number, Invoice.description, Invoice.total_cents,
        Invoice.deposit_cents, Invoice.status,
    ).where(Invoice.customer_id == customer_id, Invoice.issue_date <= as_of)  # fmt: skip
    for invoice_id, issued, number, description, total, deposit, invoice_status in session.execute(invoices):
        void = invoice_status == InvoiceStatus.VOID
        line = StatementLine(issued, "void" if void else "invoice", number, description, 0 if void else total - deposit,
                             0, 0)  # fmt: skip
        entries.append(((issued, 0, invoice_id), line))
    tied = aliased(Invoice)
    payments = (
        select(PaymentRow.id, PaymentRow.date, PaymentRow.amount_cents, PaymentRow.method, PaymentRow.reference,
               tied.number)
        .outerjoin(tied, PaymentRow.invoice_id == tied.id)
        .where(PaymentRow.customer_id == customer_id, PaymentRow.date <= as_of)
    )  # fmt: skip
    for payment_id, paid_on, amount, method, reference, number in session.execute(payments):
        line = StatementLine(paid_on, "payment", number or "", reference, 0, amount, 0, method)
        entries.append(((paid_on, 1, payment_id), line))
    lines = []
    balance = 0
    for _order, line in sorted(entries, key=lambda entry: entry[0]):
        balance += line.debit - line.credit
        lines.append(replace(line, balance=balance))
    return Statement(as_of, status, tuple(lines))
