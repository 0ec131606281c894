"""Invoices (work orders): create with a plan, check credit first, edit, void.

Credit check: a new invoice that would put the customer over their debt limit, or that is for a
blocked customer, is refused with the figures (:class:`CreditRefusedError`) unless the caller
passes an override reason; the reason is stored with the invoice, so the decision stays on
record. An invoice is never deleted once a payment is tied to it: it is voided, with a reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from workshop_desk.db.models import InstallmentRow, Invoice, InvoiceStatus, PaymentRow, Vehicle
from workshop_desk.domain.money import Cents
from workshop_desk.domain.overdue import AccountStatus
from workshop_desk.domain.schedule import PlannedInstallment, single_installment_plan
from workshop_desk.i18n.markers import QT_TRANSLATE_NOOP, TranslatableError
from workshop_desk.services.accounts import accounts
from workshop_desk.services.customers import StaleRecordError


@dataclass(frozen=True)
class InvoiceData:
    """What the invoice form edits. An empty ``plan`` means one installment on the due date."""

    number: str
    customer_id: int
    issue_date: date
    due_date: date
    total: Cents
    deposit: Cents = 0
    description: str = ""
    vehicle_id: int | None = None
    plan: tuple[PlannedInstallment, ...] = ()

    @property
    def to_pay(self) -> Cents:
        """What the customer owes on this invoice after the deposit."""
        return self.total - self.deposit

    def installments(self) -> tuple[PlannedInstallment, ...]:
        return self.plan or tuple(single_installment_plan(self.total, self.deposit, self.due_date))


@dataclass(frozen=True)
class InvoiceRecord:
    id: int
    version: int
    status: str
    void_reason: str
    credit_override: str
    has_payments: bool
    data: InvoiceData


@dataclass(frozen=True)
class CreditCheck:
    """Whether a new amount on credit is within what the shop allows the customer."""

    blocked: bool
    status: AccountStatus
    amount: Cents

    @property
    def over_limit(self) -> bool:
        return self.status.would_exceed_limit(self.amount)

    @property
    def balance_after(self) -> Cents:
        return self.status.balance_after_new_invoice(self.amount)

    @property
    def needs_override(self) -> bool:
        return self.blocked or self.over_limit


class CreditRefusedError(Exception):
    """The invoice needs an explicit, recorded override (blocked customer or over the limit)."""

    def __init__(self, check: CreditCheck) -> None:
        super().__init__("the customer is blocked or the invoice would exceed the debt limit")
        self.check = check


class InvoiceError(TranslatableError):
    """The invoice cannot be saved as it is; ``str(error)`` says why in English, ``error.message``
    is marked for translation (the window says it in the user's language)."""

    #: Shown after “The invoice cannot be saved:”, so lower case and without a full stop.
    NEEDS_NUMBER = QT_TRANSLATE_NOOP("InvoiceError", "the invoice needs a number")
    NEGATIVE = QT_TRANSLATE_NOOP("InvoiceError", "amounts cannot be negative")
    DEPOSIT_TOO_LARGE = QT_TRANSLATE_NOOP("InvoiceError", "the deposit is larger than the total")
    DUE_BEFORE_ISSUE = QT_TRANSLATE_NOOP("InvoiceError", "the due date is before the issue date")
    PLAN_SUM = QT_TRANSLATE_NOOP("InvoiceError", "the installments do not add up to the total less the deposit")
    INSTALLMENT_BEFORE_ISSUE = QT_TRANSLATE_NOOP(
        "InvoiceError", "an installment falls due before the invoice is issued"
    )
    NUMBER_TAKEN = QT_TRANSLATE_NOOP("InvoiceError", "invoice number {number} exists already")
    VOID_UNCHANGEABLE = QT_TRANSLATE_NOOP("InvoiceError", "a void invoice cannot be changed")
    OTHER_CUSTOMER = QT_TRANSLATE_NOOP(
        "InvoiceError", "an invoice stays with its customer: void it and issue a new one instead"
    )
    HAS_PAYMENTS = QT_TRANSLATE_NOOP(
        "InvoiceError", "payments are recorded against this invoice: void it and issue a new one instead"
    )
    NO_VOID_REASON = QT_TRANSLATE_NOOP("InvoiceError", "say why the invoice is voided")
    VOID_ALREADY = QT_TRANSLATE_NOOP("InvoiceError", "the invoice is void already")


def next_invoice_number(session: Session, issue_date: date) -> str:
    """The number after the newest invoice's (``2026/0042`` → ``2026/0043``); a new year starts at 1.

    The very first invoice of a shop is ``<year>-0001``.
    """
    newest = session.scalar(select(Invoice.number).order_by(Invoice.id.desc()).limit(1))
    if newest is None:
        return f"{issue_date.year}-0001"
    year_in_number = re.search(r"(?<!\d)(20\d\d)(?!\d)", newest)
    match = re.fullmatch(r"(.*?)(\d+)", newest)
    if match is None:
        return f"{newest}-1"
    prefix, digits = match.groups()
    number = int(digits) + 1
    if year_in_number and year_in_number.group(1) != str(issue_date.year) and year_in_number.end() <= len(prefix):
        prefix = prefix[: year_in_number.start()] + str(issue_date.year) + prefix[year_in_number.end() :]
        number = 1
    while True:
        candidate = f"{prefix}{number:0{len(digits)}d}"
        if not session.scalar(select(func.count()).where(Invoice.number == candidate)):
            return candidate
        number += 1


def credit_check(session: Session, customer_id: int, amount: Cents, as_of: date) -> CreditCheck:
    """Whether ``amount`` more on credit is allowed for the customer as of ``as_of``."""
    [account] = accounts(session, as_of, [customer_id])
    return CreditCheck(account.customer.blocked, account.status, amount)


def _validate(data: InvoiceData) -> None:
    if not data.number.strip():
        raise InvoiceError(InvoiceError.NEEDS_NUMBER)
    if data.total < 0 or data.deposit < 0:
        raise InvoiceError(InvoiceError.NEGATIVE)
    if data.deposit > data.total:
        raise InvoiceError(InvoiceError.DEPOSIT_TOO_LARGE)
    if data.due_date < data.issue_date:
        raise InvoiceError(InvoiceError.DUE_BEFORE_ISSUE)
    if sum(part.amount for part in data.installments()) != data.to_pay:
        raise InvoiceError(InvoiceError.PLAN_SUM)
    if any(part.due_date < data.issue_date for part in data.installments()):
        raise InvoiceError(InvoiceError.INSTALLMENT_BEFORE_ISSUE)


def create_invoice(session: Session, data: InvoiceData, *, as_of: date, override_reason: str = "") -> int:
    """Save a new invoice and its plan; returns its id.

    Raises:
        InvoiceError: the data is inconsistent (see :func:`_validate`) or the number is taken.
        CreditRefusedError: the customer is blocked or would go over the limit, and no
            ``override_reason`` was given.
    """
    _validate(data)
    if session.scalar(select(func.count()).where(Invoice.number == data.number.strip())):
        raise InvoiceError(InvoiceError.NUMBER_TAKEN, number=data.number.strip())
    check = credit_check(session, data.customer_id, data.to_pay, as_of)
    if check.needs_override and not override_reason.strip():
        raise CreditRefusedError(check)
    row = Invoice(
        number=data.number.strip(),
        customer_id=data.customer_id,
        vehicle_id=data.vehicle_id,
        issue_date=data.issue_date,
        due_date=data.due_date,
        description=data.description.strip(),
        total_cents=data.total,
        deposit_cents=data.deposit,
        credit_override=override_reason.strip() if check.needs_override else "",
    )
    row.installments = [
        InstallmentRow(seq=part.seq, due_date=part.due_date, amount_cents=part.amount) for part in data.installments()
    ]
    session.add(row)
    session.flush()
    return row.id


def get_invoice(session: Session, invoice_id: int) -> InvoiceRecord:
    row = session.get_one(Invoice, invoice_id)
    plan = tuple(PlannedInstallment(part.seq, part.due_date, part.amount_cents) for part in row.installments)
    data = InvoiceData(
        row.number,
        row.customer_id,
        row.issue_date,
        row.due_date,
        row.total_cents,
        row.deposit_cents,
        row.description,
        row.vehicle_id,
        plan if len(plan) > 1 else (),
    )
    has_payments = bool(session.scalar(select(func.count()).where(PaymentRow.invoice_id == invoice_id)))
    return InvoiceRecord(row.id, row.version, row.status, row.void_reason, row.credit_override, has_payments, data)


def update_invoice(
    session: Session, invoice_id: int, version: int, data: InvoiceData, *, as_of: date, override_reason: str = ""
) -> None:
    """Change an open invoice. Once a payment is tied to it, only description and vehicle change.

    A change that raises what the customer owes goes through the same credit check as a new
    invoice (blocked customer, debt limit), with the same recorded override.

    Raises:
        InvoiceError: the invoice is void, belongs to another customer than ``data`` says, or the
            change touches money on an invoice with payments tied to it.
        CreditRefusedError: the raise needs an override and none was given.
        StaleRecordError: someone else changed the invoice since it was read.
    """
    _validate(data)
    row = session.get_one(Invoice, invoice_id)
    if row.version != version:
        raise StaleRecordError()
    if row.status == InvoiceStatus.VOID:
        raise InvoiceError(InvoiceError.VOID_UNCHANGEABLE)
    if data.customer_id != row.customer_id:
        raise InvoiceError(InvoiceError.OTHER_CUSTOMER)
    money_changed = (
        row.total_cents,
        row.deposit_cents,
        row.issue_date,
        row.due_date,
        [(part.due_date, part.amount_cents) for part in row.installments],
    ) != (
        data.total,
        data.deposit,
        data.issue_date,
        data.due_date,
        [(part.due_date, part.amount) for part in data.installments()],
    )
    if money_changed and session.scalar(select(func.count()).where(PaymentRow.invoice_id == invoice_id)):
        raise InvoiceError(InvoiceError.HAS_PAYMENTS)
    if data.number.strip() != row.number and session.scalar(
        select(func.count()).where(Invoice.number == data.number.strip())
    ):
        raise InvoiceError(InvoiceError.NUMBER_TAKEN, number=data.number.strip())
    row.number = data.number.strip()
    row.vehicle_id = data.vehicle_id
    row.description = data.description.strip()
    raise_by = data.to_pay - (row.total_cents - row.deposit_cents)
    if money_changed and raise_by > 0:
        check = credit_check(session, data.customer_id, raise_by, as_of)
        if check.needs_override and not override_reason.strip():
            raise CreditRefusedError(check)
        if check.needs_override:
            row.credit_override = "\n".join(filter(None, [row.credit_override, override_reason.strip()]))
    if money_changed:
        row.issue_date, row.due_date = data.issue_date, data.due_date
        row.total_cents, row.deposit_cents = data.total, data.deposit
        # The old plan goes first: the new rows reuse its numbers (unique per invoice), and
        # SQLAlchemy would otherwise insert them before deleting the old ones.
        row.installments.clear()
        session.flush()
        row.installments = [
            InstallmentRow(seq=part.seq, due_date=part.due_date, amount_cents=part.amount)
            for part in data.installments()
        ]
    try:
        session.flush()
    except StaleDataError as error:
        raise StaleRecordError() from error


def void_invoice(session: Session, invoice_id: int, version: int, reason: str) -> None:
    """Void an invoice with a reason; it stays on record and stops counting."""
    if not reason.strip():
        raise InvoiceError(InvoiceError.NO_VOID_REASON)
    row = session.get_one(Invoice, invoice_id)
    if row.version != version:
        raise StaleRecordError()
    if row.status == InvoiceStatus.VOID:
        raise InvoiceError(InvoiceError.VOID_ALREADY)
    row.status = InvoiceStatus.VOID
    row.void_reason = reason.strip()
    row.voided_at = datetime.now(UTC)
    try:
        session.flush()
    except StaleDataError as error:
        raise StaleRecordError() from error


def vehicle_label(session: Session, vehicle_id: int | None) -> str:
    if vehicle_id is None:
        return ""
    row = session.get(Vehicle, vehicle_id)
    return "" if row is None else f"{row.identifier} {row.description}".strip()
