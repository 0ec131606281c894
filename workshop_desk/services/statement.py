"""A customer's statement of account: every invoice and payment in date order with a running
balance, and every installment with its state, as of a date.

Credits that are not money have line kinds of their own: ``write_off`` (``detail``: the reason
code) and ``reschedule`` (``detail``: the number of the plan the debt moved to). An installment
settled by one of them is listed in :attr:`Statement.settled_by`, so the window can say
"written off" or "moved to plan …" instead of "paid".
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from workshop_desk.db.models import Invoice, InvoiceStatus, PaymentKind, PaymentRow
from workshop_desk.db.queries import account_inputs
from workshop_desk.domain.ledger import allocate
from workshop_desk.domain.money import Cents
from workshop_desk.domain.overdue import AccountStatus, InstallmentStatus, account_status
from workshop_desk.services.adjustments import moved_to_plan, write_off_reason
from workshop_desk.services.settings import grace_days


@dataclass(frozen=True)
class StatementLine:
    """One entry: an invoice (debit: what is left to pay after the deposit) or a payment (credit).

    ``balance`` is what the customer owes after the entry (negative: the shop owes them).
    A void invoice is listed for the record with no amount.
    """

    day: date
    kind: str  # "invoice", "void", "payment", "write_off", "reschedule"
    reference: str
    description: str
    debit: Cents
    credit: Cents
    balance: Cents
    method: str = ""  # a payment's method (cash, card, transfer, other)
    detail: str = ""  # a write-off's reason code; the plan number a reschedule moved the debt to


@dataclass(frozen=True)
class Statement:
    as_of: date
    status: AccountStatus
    lines: tuple[StatementLine, ...]
    settled_by: dict[int, tuple[str, str]] = field(default_factory=dict)
    """(kind, detail) of the credit that settled an installment, by installment key, for the
    installments whose last piece was a write-off or a reschedule rather than money."""

    @property
    def installments(self) -> tuple[InstallmentStatus, ...]:
        return self.status.installments


def statement(session: Session, customer_id: int, as_of: date, debt_limit: Cents | None) -> Statement:
    """The statement of ``customer_id`` as of ``as_of``: entries oldest first, then installments."""
    inputs = account_inputs(session, as_of, [customer_id])[customer_id]
    status = account_status(inputs.installments, inputs.payments, as_of, debt_limit, grace_days(session))
    lines, credits = _lines(session, customer_id, as_of)
    settled_by: dict[int, tuple[str, str]] = {}
    if credits:
        ledger = allocate(inputs.installments, inputs.payments, as_of)
        last = {piece.installment_key: piece.payment_key for piece in ledger.allocations}
        settled_by = {
            item.key: credits[last[item.key]]
            for item in ledger.installments
            if last.get(item.key) in credits and ledger.unpaid(item) == 0
        }
    return Statement(as_of, status, lines, settled_by)


def statement_lines(session: Session, customer_id: int, as_of: date) -> tuple[StatementLine, ...]:
    """The entries of :func:`statement` alone, without working out the account again (a letter
    has done that already: issue #10)."""
    return _lines(session, customer_id, as_of)[0]


def _lines(
    session: Session, customer_id: int, as_of: date
) -> tuple[tuple[StatementLine, ...], dict[int, tuple[str, str]]]:
    """The entries oldest first with their running balance, and the credits that are not money by id."""
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
               tied.number, PaymentRow.kind)
        .outerjoin(tied, PaymentRow.invoice_id == tied.id)
        .where(PaymentRow.customer_id == customer_id, PaymentRow.date <= as_of)
    )  # fmt: skip
    credits: dict[int, tuple[str, str]] = {}
    for payment_id, paid_on, amount, method, reference, number, kind in session.execute(payments):
        detail = _detail(kind, reference)
        line = StatementLine(paid_on, kind, number or "", reference, 0, amount, 0, method, detail)
        entries.append(((paid_on, 1, payment_id), line))
        if kind != PaymentKind.PAYMENT:
            credits[payment_id] = (kind, detail)
    lines = []
    balance = 0
    for _order, line in sorted(entries, key=lambda entry: entry[0]):
        balance += line.debit - line.credit
        lines.append(replace(line, balance=balance))
    return tuple(lines), credits


def _detail(kind: str, reference: str) -> str:
    if kind == PaymentKind.WRITE_OFF:
        return write_off_reason(reference)
    if kind == PaymentKind.RESCHEDULE:
        return moved_to_plan(reference)
    return ""
