"""Recording a payment, and showing beforehand exactly what it will pay.

The preview runs the same allocation the program always uses (:mod:`workshop_desk.domain.ledger`)
with the new payment added, so what the receptionist sees before saving is what the statement
shows after: which installments it pays, how much becomes credit.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from workshop_desk.db.models import Invoice, PaymentMethod, PaymentRow
from workshop_desk.db.queries import account_inputs
from workshop_desk.domain.ledger import Payment, allocate, plan_sizes
from workshop_desk.domain.money import MAX_AMOUNT, Cents
from workshop_desk.i18n.markers import QT_TRANSLATE_NOOP, TranslatableError

_NEW_PAYMENT = 2**62
"""The key the previewed payment gets: after every existing one, as its database id will be."""


class PaymentError(TranslatableError):
    """The payment cannot be recorded as it is; ``str(error)`` says why in English, ``error.message``
    is marked for translation (the window says it in the user's language)."""

    #: Shown after “The payment cannot be recorded:”, so lower case and without a full stop.
    NOT_POSITIVE = QT_TRANSLATE_NOOP("PaymentError", "the amount must be more than zero")
    TOO_LARGE = QT_TRANSLATE_NOOP("PaymentError", "the amount is too large")
    IN_THE_FUTURE = QT_TRANSLATE_NOOP("PaymentError", "a payment cannot be dated in the future")
    UNKNOWN_METHOD = QT_TRANSLATE_NOOP("PaymentError", "unknown payment method {method}")
    OTHER_CUSTOMER = QT_TRANSLATE_NOOP("PaymentError", "the invoice is not one of this customer's")


@dataclass(frozen=True)
class PaymentData:
    customer_id: int
    paid_on: date
    amount: Cents
    method: str = PaymentMethod.CASH
    reference: str = ""
    invoice_id: int | None = None


@dataclass(frozen=True)
class AllocationLine:
    """One installment the new payment pays, wholly or in part."""

    invoice_number: str
    seq: int
    plan_size: int
    due_date: date
    unpaid_before: Cents
    applied: Cents

    @property
    def settles(self) -> bool:
        return self.applied == self.unpaid_before


@dataclass(frozen=True)
class PaymentPreview:
    lines: tuple[AllocationLine, ...]
    to_credit: Cents
    open_before: Cents
    open_after: Cents
    credit_after: Cents


def _check(session: Session, data: PaymentData, today: date) -> None:
    if data.amount <= 0:
        raise PaymentError(PaymentError.NOT_POSITIVE)
    if data.amount > MAX_AMOUNT:
        raise PaymentError(PaymentError.TOO_LARGE)
    if data.paid_on > today:
        raise PaymentError(PaymentError.IN_THE_FUTURE)
    if data.method not in tuple(PaymentMethod):
        raise PaymentError(PaymentError.UNKNOWN_METHOD, method=repr(data.method))
    if data.invoice_id is not None:
        owner = session.scalar(select(Invoice.customer_id).where(Invoice.id == data.invoice_id))
        if owner != data.customer_id:
            raise PaymentError(PaymentError.OTHER_CUSTOMER)


def preview_payment(session: Session, data: PaymentData, today: date) -> PaymentPreview:
    """What ``data`` would pay if recorded now (as of today, or its date if that is later)."""
    _check(session, data, today)
    as_of = max(today, data.paid_on)
    inputs = account_inputs(session, as_of, [data.customer_id])[data.customer_id]
    before = allocate(inputs.installments, inputs.payments, as_of)
    new = Payment(_NEW_PAYMENT, data.paid_on, data.amount, data.invoice_id)
    after = allocate(inputs.installments, [*inputs.payments, new], as_of)
    by_key = {item.key: item for item in after.installments}
    sizes = plan_sizes(after.installments)
    lines = []
    for piece in after.allocations:
        if piece.payment_key != _NEW_PAYMENT:
            continue
        item = by_key[piece.installment_key]
        # What the other payments leave unpaid (a back-dated payment can change their order).
        unpaid_before = item.amount - (after.paid[item.key] - piece.amount)
        lines.append(
            AllocationLine(
                item.invoice_number,
                item.seq,
                sizes[item.invoice_key],
                item.due_date,
                unpaid_before,
                piece.amount,
            )
        )
    applied = sum(line.applied for line in lines)
    return PaymentPreview(tuple(lines), data.amount - applied, before.open_balance, after.open_balance, after.credit)


def record_payment(session: Session, data: PaymentData, today: date) -> int:
    """Record the payment; returns its id."""
    _check(session, data, today)
    row = PaymentRow(
        customer_id=data.customer_id,
        invoice_id=data.invoice_id,
        date=data.paid_on,
        amount_cents=data.amount,
        method=data.method,
        reference=data.reference.strip(),
    )
    session.add(row)
    session.flush()
    return row.id
