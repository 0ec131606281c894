"""What a customer owes as of a date: balances, lateness, missed installments, limit, aging, DSO.

Definitions (all as of date *D*, on the allocation of :mod:`workshop_desk.domain.ledger`):

* ``open_balance`` — the unpaid part of every installment that counts.
* ``overdue_amount`` — the unpaid part of the installments due **strictly before** *D*
  (an installment due today is not late yet).
* ``max_days_late`` — the largest ``D − due date`` in days among those overdue installments
  (0 when nothing is overdue).
* ``missed_installments`` — installments still unpaid or partly paid more than ``grace_days``
  after their due date, counted only for invoices whose plan has two or more installments
  (a single unpaid invoice is *overdue*, not a *missed installment*).
* ``over_limit`` — the customer has a debt limit and ``open_balance`` exceeds it. No limit
  (``None``) means unlimited credit; a limit of 0 means no credit at all.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from functools import partial
from typing import Any, NamedTuple

from workshop_desk.domain.ledger import (
    Installment,
    Ledger,
    Payment,
    allocate,
    allocate_after_last_cut,
    balances,
    plan_sizes,
)
from workshop_desk.domain.money import Cents


class PaymentState(StrEnum):
    """How much of an installment is paid."""

    PAID = "paid"
    PARTLY_PAID = "partly_paid"
    UNPAID = "unpaid"


class DueState(StrEnum):
    """Where an installment stands against its due date (only meaningful while not fully paid)."""

    SETTLED = "settled"  # fully paid: lateness no longer matters
    NOT_DUE = "not_due"  # due today or later
    OVERDUE = "overdue"  # due before today, within the grace days
    MISSED = "missed"  # an installment of a plan, unpaid past its due date and the grace days


class InstallmentStatus(NamedTuple):
    """One installment as the customer's statement shows it (a named tuple, as
    :class:`~workshop_desk.domain.ledger.Installment`: the lists build tens of thousands)."""

    installment: Installment
    plan_size: int
    paid: Cents
    unpaid: Cents
    days_late: int
    payment_state: PaymentState
    due_state: DueState


@dataclass(frozen=True, slots=True)
class AgingBuckets:
    """Open amounts by how late they are: not due, 1–30, 31–60, 61–90 and more than 90 days."""

    not_due: Cents = 0
    d1_30: Cents = 0
    d31_60: Cents = 0
    d61_90: Cents = 0
    d90_plus: Cents = 0

    @property
    def total(self) -> Cents:
        return self.not_due + self.d1_30 + self.d31_60 + self.d61_90 + self.d90_plus

    def __add__(self, other: AgingBuckets) -> AgingBuckets:
        return AgingBuckets(
            self.not_due + other.not_due,
            self.d1_30 + other.d1_30,
            self.d31_60 + other.d31_60,
            self.d61_90 + other.d61_90,
            self.d90_plus + other.d90_plus,
        )

    @classmethod
    def of(cls, statuses: Iterable[InstallmentStatus]) -> AgingBuckets:
        """Sort the unpaid part of each installment into its bucket by days late."""
        buckets = [0, 0, 0, 0, 0]
        for status in statuses:
            if status.unpaid:
                buckets[_bucket_index(status.days_late)] += status.unpaid
        return cls(*buckets)


def _bucket_index(days_late: int) -> int:
    if days_late <= 0:
        return 0
    if days_late <= 30:
        return 1
    if days_late <= 60:
        return 2
    if days_late <= 90:
        return 3
    return 4


@dataclass(frozen=True)
class AccountStatus:
    """A customer's position as of a date. Amounts are cents."""

    as_of: date
    open_balance: Cents
    overdue_amount: Cents
    max_days_late: int
    missed_installments: int
    credit: Cents
    debt_limit: Cents | None
    installments: tuple[InstallmentStatus, ...]
    """Every counted installment, in allocation order — or only those of invoices with something
    unpaid (``account_status(..., paid_invoices=False)``; a settled status has none)."""

    @property
    def over_limit(self) -> bool:
        return self.debt_limit is not None and self.open_balance > self.debt_limit

    @property
    def over_limit_by(self) -> Cents:
        """How far the open balance is above the limit (0 when within it or without one)."""
        if self.debt_limit is None:
            return 0
        return max(0, self.open_balance - self.debt_limit)

    @property
    def limit_used(self) -> Cents:
        """The open balance net of credit: the part of the limit in use."""
        return self.open_balance - self.credit

    def balance_after_new_invoice(self, amount: Cents) -> Cents:
        """The open balance once a new invoice of ``amount`` (less any deposit) is issued.

        Credit pays a new invoice at once (the allocation rule), so it is netted first.
        """
        return self.open_balance + max(0, amount - self.credit)

    def would_exceed_limit(self, amount: Cents) -> bool:
        """Whether a new invoice leaving ``amount`` to pay would put the customer over the limit."""
        return self.debt_limit is not None and self.balance_after_new_invoice(amount) > self.debt_limit

    @property
    def aging(self) -> AgingBuckets:
        return AgingBuckets.of(self.installments)

    @property
    def needs_attention(self) -> bool:
        """Whether the customer belongs on the overdue list: something late, or over the limit."""
        return self.overdue_amount > 0 or self.over_limit


def installment_statuses(
    ledger: Ledger, grace_days: int = 0, *, paid_invoices: bool = True
) -> tuple[InstallmentStatus, ...]:
    """The state of every counted installment in ``ledger`` (in allocation order).

    Args:
        paid_invoices: ``False`` leaves out the installments of invoices paid in full, keeping every
            installment of an invoice with something unpaid (see :func:`account_status`).
    """
    sizes = plan_sizes(ledger.installments)
    paid_of, as_of = ledger.paid, ledger.as_of
    statuses = []
    for item in ledger.installments if paid_invoices else _of_open_invoices(ledger):
        paid = paid_of[item.key]
        unpaid = item.amount - paid
        days_late = max(0, (as_of - item.due_date).days)
        size = sizes[item.invoice_key]
        if unpaid == 0:
            payment_state, due_state = _PAID, _SETTLED
        else:
            payment_state = _PARTLY_PAID if paid else _UNPAID
            if days_late == 0:
                due_state = _NOT_DUE
            elif days_late > grace_days and size >= 2:
                due_state = _MISSED
            else:
                due_state = _OVERDUE
        statuses.append(_status((item, size, paid, unpaid, days_late, payment_state, due_state)))
    return tuple(statuses)


_status: Callable[[tuple[Any, ...]], InstallmentStatus] = partial(tuple.__new__, InstallmentStatus)
_PAID, _PARTLY_PAID, _UNPAID = PaymentState.PAID, PaymentState.PARTLY_PAID, PaymentState.UNPAID
_SETTLED, _NOT_DUE, _OVERDUE, _MISSED = DueState.SETTLED, DueState.NOT_DUE, DueState.OVERDUE, DueState.MISSED


def _of_open_invoices(ledger: Ledger) -> list[Installment]:
    """The installments of ``ledger`` whose invoice has something unpaid, in allocation order."""
    paid = ledger.paid
    open_invoices = {item.invoice_key for item in ledger.installments if paid[item.key] < item.amount}
    return [item for item in ledger.installments if item.invoice_key in open_invoices]


def of_open_invoices(statuses: Iterable[InstallmentStatus]) -> tuple[InstallmentStatus, ...]:
    """The ``statuses`` of the installments whose invoice has something unpaid (what
    ``installment_statuses(..., paid_invoices=False)`` gives), for a caller that has them all."""
    statuses = tuple(statuses)
    open_invoices = {status.installment.invoice_key for status in statuses if status.unpaid}
    return tuple(status for status in statuses if status.installment.invoice_key in open_invoices)


def account_status(
    installments: Iterable[Installment],
    payments: Iterable[Payment],
    as_of: date,
    debt_limit: Cents | None = None,
    grace_days: int = 0,
    *,
    paid_invoices: bool = True,
) -> AccountStatus:
    """Everything the overdue list needs to know about one customer as of ``as_of``.

    Args:
        paid_invoices: ``False`` leaves the installments of invoices paid in full out of
            ``installments`` (a long history is mostly such invoices, and the lists need only the
            open ones); every figure stays the same, since they are about unpaid parts only.
            Then only the history since the last cut is allocated
            (:func:`~workshop_desk.domain.ledger.allocate_after_last_cut`): the rest is paid in full.
    """
    if grace_days < 0:
        raise ValueError("grace days cannot be negative")
    if paid_invoices:
        ledger = allocate(installments, payments, as_of, pieces=False)
    else:  # every invoice before the last cut is paid in full: it would be left out anyway
        ledger = allocate_after_last_cut(installments, payments, as_of)
    return ledger_status(ledger, installment_statuses(ledger, grace_days, paid_invoices=paid_invoices), debt_limit)


def ledger_status(
    ledger: Ledger, statuses: tuple[InstallmentStatus, ...], debt_limit: Cents | None = None
) -> AccountStatus:
    """The :class:`AccountStatus` of an allocation, for a caller that has allocated already.

    Args:
        statuses: ``installment_statuses(ledger, grace_days)`` — all of them, or those of the
            invoices with something unpaid (:func:`of_open_invoices`); they become ``installments``.
    """
    late = [status for status in statuses if status.unpaid and status.days_late > 0]
    return AccountStatus(
        as_of=ledger.as_of,
        open_balance=ledger.open_balance,
        overdue_amount=sum(status.unpaid for status in late),
        max_days_late=max((status.days_late for status in late), default=0),
        missed_installments=sum(1 for status in statuses if status.due_state is DueState.MISSED),
        credit=ledger.credit,
        debt_limit=debt_limit,
        installments=statuses,
    )


def settled_status(as_of: date, invoiced: Cents, received: Cents, debt_limit: Cents | None = None) -> AccountStatus:
    """The status of a customer who has paid everything that counts (``received ≥ invoiced``).

    Equal to :func:`account_status` for such a customer, except that the per-installment detail
    is left out; used so that the many customers with nothing open need no allocation.
    """
    open_balance, credit = balances(invoiced, received)
    if open_balance:
        raise ValueError("the customer still owes money: use account_status")
    return AccountStatus(as_of, 0, 0, 0, 0, credit, debt_limit, ())


def urgency(status: AccountStatus) -> tuple[int, int, int, int]:
    """A sort key, most urgent first: overdue money weighted by lateness, then the excess over
    the limit. Use with ``sorted(..., key=urgency)``."""
    return (
        -status.overdue_amount * status.max_days_late,
        -status.overdue_amount,
        -status.missed_installments,
        -status.over_limit_by,
    )


def days_sales_outstanding(receivables: Cents, credit_sales: Cents, period_days: int = 90) -> Decimal | None:
    """DSO = receivables ÷ credit sales of the period × days in the period, to one decimal.

    ``receivables`` is the open balance of all customers at the end of the period;
    ``credit_sales`` the amount invoiced on credit (totals less deposits) during it.
    ``None`` when nothing was sold on credit (DSO is undefined, not zero).
    """
    if period_days <= 0:
        raise ValueError("the period has at least one day")
    if credit_sales <= 0:
        return None
    value = Decimal(receivables) / Decimal(credit_sales) * period_days
    return value.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
