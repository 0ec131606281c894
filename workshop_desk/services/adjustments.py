"""Write-offs and reschedules: credits on a customer's account that are not money.

Both are recorded as payment rows of their own ``kind`` (:class:`~workshop_desk.db.models.PaymentKind`),
so the allocation, the balances, the overdue list and the letters treat them exactly as a payment
(oldest installment first); what tells them apart is the kind: the score, the promise checks and
the statement look at it.

* **Write-off** — part or all of the open balance is given up, with a reason (hardship, small
  amount, uncollectable, other: then a note is required). Reference ``Write-off: <reason>``,
  method ``other``; it pays the oldest installments first.
* **Reschedule** — the overdue balance (or the whole open balance, the caller chooses) becomes a
  new invoice "Payment plan of <date>" in installments. One ``reschedule`` credit per old invoice,
  tied to it, settles exactly what is moved of it (a credit not tied to its invoice could pay
  the new plan's first installments before an old one falling due later); its reference
  ``Moved to plan <number>`` names the new invoice. The old installments stay in the history,
  settled by that credit; the new invoice is issued over the credit check ("rescheduled debt").

Who did it and why goes to the contact log (a ``note`` entry with the user), since a payment row
has no place for either. An adjustment may not be dated before a payment already recorded for
the customer: a back-dated credit would re-allocate the later payments.

The references are fixed texts: the payments CSV exports these rows like any other and the
import reads the kind back from them (:func:`kind_of_reference`), so export → import round-trips.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from workshop_desk.db.models import PaymentKind, PaymentMethod, PaymentRow
from workshop_desk.domain.money import Cents, format_plain
from workshop_desk.domain.schedule import MAX_INSTALLMENTS, Interval, build_plan
from workshop_desk.i18n.formatting import format_day
from workshop_desk.i18n.markers import QT_TRANSLATE_NOOP, Template, TranslatableError
from workshop_desk.services.accounts import accounts
from workshop_desk.services.collections import Outcome, record_contact
from workshop_desk.services.invoices import InvoiceData, create_invoice, next_invoice_number
from workshop_desk.services.shop import load_shop

WRITE_OFF_PREFIX = "Write-off: "
MOVED_PREFIX = "Moved to plan "
RESCHEDULE_OVERRIDE = "rescheduled debt"
"""The credit-override reason the new plan's invoice is issued with."""
NOTE_CHANNEL = "note"


class WriteOffReason(StrEnum):
    HARDSHIP = "hardship"
    SMALL_AMOUNT = "small_amount"
    UNCOLLECTABLE = "uncollectable"
    OTHER = "other"  # a note saying why is required


class AdjustmentError(TranslatableError):
    """The adjustment cannot be recorded as asked; ``str(error)`` says why in English, ``error.message``
    is marked for translation (the window says it in the user's language).

    ``day`` is the date the message is about, when there is one (the latest payment).
    """

    #: Shown after “It cannot be recorded:”, so lower case and without a full stop.
    PAYMENT_AFTER = QT_TRANSLATE_NOOP("AdjustmentError", "a payment dated after this day is recorded already")
    NOT_POSITIVE = QT_TRANSLATE_NOOP("AdjustmentError", "the amount must be more than zero")
    UNKNOWN_REASON = QT_TRANSLATE_NOOP("AdjustmentError", "unknown write-off reason {reason}")
    NO_NOTE = QT_TRANSLATE_NOOP("AdjustmentError", "say why the balance is written off")
    MORE_THAN_OPEN = QT_TRANSLATE_NOOP("AdjustmentError", "the amount is more than the open balance")
    PLAN_SIZE = QT_TRANSLATE_NOOP("AdjustmentError", "a plan has between 1 and {maximum} installments")
    FIRST_DUE_EARLY = QT_TRANSLATE_NOOP("AdjustmentError", "the first installment falls due before the reschedule date")
    NOTHING_TO_RESCHEDULE = QT_TRANSLATE_NOOP("AdjustmentError", "there is nothing to reschedule")

    def __init__(self, template: Template, /, day: date | None = None, **values: object) -> None:
        super().__init__(template, **values)
        self.day = day


def kind_of_reference(method: str, reference: str) -> PaymentKind:
    """The kind of a payment row read back from a file: the program's own fixed references."""
    if method == PaymentMethod.OTHER and reference.startswith(WRITE_OFF_PREFIX):
        return PaymentKind.WRITE_OFF
    if method == PaymentMethod.OTHER and reference.startswith(MOVED_PREFIX):
        return PaymentKind.RESCHEDULE
    return PaymentKind.PAYMENT


def write_off_reason(reference: str) -> str:
    """``"Write-off: hardship"`` → ``"hardship"``."""
    return reference.removeprefix(WRITE_OFF_PREFIX).strip()


def moved_to_plan(reference: str) -> str:
    """``"Moved to plan 2026-0042"`` → ``"2026-0042"``."""
    return reference.removeprefix(MOVED_PREFIX).strip()


def _check_date(session: Session, customer_id: int, on: date) -> None:
    latest = session.scalar(select(func.max(PaymentRow.date)).where(PaymentRow.customer_id == customer_id))
    if latest is not None and latest > on:
        raise AdjustmentError(AdjustmentError.PAYMENT_AFTER, latest)


def _log(session: Session, customer_id: int, on: date, user: str, text: str) -> None:
    now = datetime.now().replace(microsecond=0)
    record_contact(
        session,
        customer_id,
        at=datetime.combine(on, now.time()),
        channel=NOTE_CHANNEL,
        outcome=Outcome.NOTE,
        note=text,
        user=user,
    )


def write_off(
    session: Session, customer_id: int, amount: Cents, reason_code: str, note: str, on: date, user: str
) -> int:
    """Write off ``amount`` of the customer's open balance on ``on``; returns the row's id.

    Raises:
        AdjustmentError: not a positive amount, more than the open balance on ``on``, an unknown
            reason, no note for the reason "other", or a payment dated after ``on``.
    """
    if amount <= 0:
        raise AdjustmentError(AdjustmentError.NOT_POSITIVE)
    if reason_code not in tuple(WriteOffReason):
        raise AdjustmentError(AdjustmentError.UNKNOWN_REASON, reason=repr(reason_code))
    if reason_code == WriteOffReason.OTHER and not note.strip():
        raise AdjustmentError(AdjustmentError.NO_NOTE)
    _check_date(session, customer_id, on)
    [account] = accounts(session, on, [customer_id])
    if amount > account.status.open_balance:
        raise AdjustmentError(AdjustmentError.MORE_THAN_OPEN)
    row = PaymentRow(
        customer_id=customer_id,
        date=on,
        amount_cents=amount,
        method=PaymentMethod.OTHER,
        reference=f"{WRITE_OFF_PREFIX}{reason_code}",
        kind=PaymentKind.WRITE_OFF,
    )
    session.add(row)
    session.flush()
    _log(session, customer_id, on, user, f"Write-off of {format_plain(amount)} ({reason_code}). {note.strip()}".strip())
    return row.id


@dataclass(frozen=True)
class MovedDebt:
    """What a reschedule moves of one old invoice."""

    invoice_id: int
    number: str
    amount: Cents


@dataclass(frozen=True)
class RescheduleProposal:
    """What a reschedule on a day would move: the amount, and from which invoices."""

    open_balance: Cents
    overdue: Cents
    moved: tuple[MovedDebt, ...]

    @property
    def amount(self) -> Cents:
        return sum(item.amount for item in self.moved)


def reschedule_proposal(
    session: Session, customer_id: int, on: date, *, whole_balance: bool = False
) -> RescheduleProposal:
    """The debt a reschedule on ``on`` would move: what is overdue then (due before ``on``), or
    everything open, by invoice in the order the installments fall due."""
    [account] = accounts(session, on, [customer_id])
    moved: dict[int, MovedDebt] = {}
    for status in account.status.installments:
        if status.unpaid and (whole_balance or status.days_late > 0):
            item = status.installment
            known = moved.get(item.invoice_key)
            total = status.unpaid + (known.amount if known else 0)
            moved[item.invoice_key] = MovedDebt(item.invoice_key, item.invoice_number, total)
    return RescheduleProposal(account.status.open_balance, account.status.overdue_amount, tuple(moved.values()))


_PLAN_TEXTS = {
    "en": "Payment plan of {day}, replacing {invoices}",
    "it": "Piano di rientro del {day}, in sostituzione di {invoices}",
    "ru": "План погашения от {day} вместо {invoices}",
    "pt_BR": "Plano de pagamento de {day}, em substituição a {invoices}",
    "hu": "Részletfizetési megállapodás ({day}), kiváltja: {invoices}",
}
"""The new invoice's description, in the shop's language (it is printed on letters)."""


def reschedule(
    session: Session,
    customer_id: int,
    count: int,
    interval: Interval,
    first_due: date,
    on: date,
    user: str,
    note: str = "",
    *,
    whole_balance: bool = False,
) -> int:
    """Move the overdue balance on ``on`` (or all of the open balance) into a new plan invoice
    of ``count`` installments from ``first_due``; returns the new invoice's id.

    Raises:
        AdjustmentError: nothing to move, a count outside 1 … 120, a first due date before
            ``on``, or a payment dated after ``on``.
    """
    if not 1 <= count <= MAX_INSTALLMENTS:
        raise AdjustmentError(AdjustmentError.PLAN_SIZE, maximum=MAX_INSTALLMENTS)
    if first_due < on:
        raise AdjustmentError(AdjustmentError.FIRST_DUE_EARLY)
    _check_date(session, customer_id, on)
    proposal = reschedule_proposal(session, customer_id, on, whole_balance=whole_balance)
    if not proposal.amount:
        raise AdjustmentError(AdjustmentError.NOTHING_TO_RESCHEDULE)
    shop = load_shop(session)
    number = next_invoice_number(session, on)
    for item in proposal.moved:
        session.add(
            PaymentRow(
                customer_id=customer_id,
                invoice_id=item.invoice_id,
                date=on,
                amount_cents=item.amount,
                method=PaymentMethod.OTHER,
                reference=f"{MOVED_PREFIX}{number}",
                kind=PaymentKind.RESCHEDULE,
            )
        )
    session.flush()
    plan = build_plan(proposal.amount, count, first_due, interval, unit=100 if shop.whole_currency_units else 1)
    text = _PLAN_TEXTS.get(shop.language, _PLAN_TEXTS["en"])
    description = text.format(
        day=format_day(on, shop.locale), invoices=", ".join(item.number for item in proposal.moved)
    )
    data = InvoiceData(
        number=number,
        customer_id=customer_id,
        issue_date=on,
        due_date=first_due,
        total=proposal.amount,
        description=description,
        plan=tuple(plan) if count > 1 else (),
    )
    invoice_id = create_invoice(session, data, as_of=on, override_reason=RESCHEDULE_OVERRIDE)
    summary = (
        f"Rescheduled {format_plain(proposal.amount)} into plan {number}: {count} installment(s) "
        f"from {first_due.isoformat()}. {note.strip()}"
    )
    _log(session, customer_id, on, user, summary.strip())
    return invoice_id


def written_off_total(session: Session, start: date, end: date) -> Cents:
    """The sum of the write-offs dated from ``start`` to ``end`` (both included), for reports."""
    total = session.scalar(
        select(func.sum(PaymentRow.amount_cents)).where(
            PaymentRow.kind == PaymentKind.WRITE_OFF, PaymentRow.date >= start, PaymentRow.date <= end
        )
    )
    return int(total or 0)
