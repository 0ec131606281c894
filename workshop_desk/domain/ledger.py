"""Allocation of a customer's payments to their installments, as of a date.

The rule (one definition for the whole program):

* The installments that count as of date *D* are those of the customer's **non-void** invoices
  **issued on or before D**. The payments that count are those **dated on or before D**.
* Payments are applied one after another in (date, id) order.
* A payment tied to an invoice first pays that invoice's unpaid installments, earliest due first.
* Whatever is left of it — and the whole of an untied payment — pays the customer's other unpaid
  installments, by (due date, invoice number).
* What is left after every installment is paid is the customer's **credit**. Credit therefore
  exists only when nothing that counts is unpaid.

The allocation is recomputed from the history whenever it is needed; it is never stored, so a
voided invoice or a corrected payment can never leave a stale allocation behind.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from workshop_desk.domain.money import Cents


@dataclass(frozen=True, slots=True)
class Installment:
    """An installment with what the rules need to know about its invoice.

    ``key`` identifies the installment (its database id); ``invoice_key`` its invoice.
    """

    key: int
    invoice_key: int
    invoice_number: str
    issue_date: date
    due_date: date
    amount: Cents
    seq: int = 1
    void: bool = False

    def counts_on(self, as_of: date) -> bool:
        """Whether this installment is part of the customer's debt on ``as_of``."""
        return not self.void and self.issue_date <= as_of


@dataclass(frozen=True, slots=True)
class Payment:
    """A payment received from the customer, optionally tied to one invoice."""

    key: int
    date: date
    amount: Cents
    invoice_key: int | None = None


@dataclass(frozen=True, slots=True)
class Allocation:
    """``amount`` of payment ``payment_key`` (made on ``paid_on``) went to installment ``installment_key``."""

    payment_key: int
    installment_key: int
    amount: Cents
    paid_on: date


@dataclass(frozen=True)
class Ledger:
    """The result of allocating payments as of a date.

    Attributes:
        as_of: the date the allocation describes.
        installments: the installments that count, in allocation order (due date, invoice).
        paid: how much of each counted installment is paid, by installment key.
        allocations: every piece of every payment, in the order it was applied (empty when
        :func:`allocate` was told not to keep them).
        credit: what the customer has paid beyond everything that counts.
        received: the sum of the payments that count.
    """

    as_of: date
    installments: tuple[Installment, ...]
    paid: dict[int, Cents]
    allocations: tuple[Allocation, ...]
    credit: Cents
    received: Cents
    _by_key: dict[int, Installment] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_key", {item.key: item for item in self.installments})

    def unpaid(self, installment: Installment) -> Cents:
        """What is still owed on one counted installment."""
        return installment.amount - self.paid[installment.key]

    @property
    def invoiced(self) -> Cents:
        """The sum of the installments that count (what the customer was asked to pay)."""
        return sum(item.amount for item in self.installments)

    @property
    def open_balance(self) -> Cents:
        """The unpaid part of every installment that counts."""
        return self.invoiced - sum(self.paid.values())


def _allocation_order(installment: Installment) -> tuple[date, str, int, int]:
    return (installment.due_date, installment.invoice_number, installment.seq, installment.key)


def allocate(
    installments: Iterable[Installment], payments: Iterable[Payment], as_of: date, *, pieces: bool = True
) -> Ledger:
    """Apply the payments that count on ``as_of`` to the installments that count (module rule).

    Runs in time linear in the number of installments and allocations after sorting: each
    installment is passed over at most once by the general queue and once by its invoice's queue.

    Args:
        pieces: keep every piece in ``Ledger.allocations``; ``False`` leaves them out (the same
            amounts paid, a third less work and memory for callers that only need ``paid``).
    """
    counted = sorted((item for item in installments if item.counts_on(as_of)), key=_allocation_order)
    remaining = [item.amount for item in counted]
    positions_by_invoice: dict[int, list[int]] = {}
    for position, item in enumerate(counted):
        positions_by_invoice.setdefault(item.invoice_key, []).append(position)
    invoice_cursor = dict.fromkeys(positions_by_invoice, 0)
    general_cursor = 0
    allocations: list[Allocation] = []
    credit = received = 0

    def pay(position: int, payment: Payment, available: Cents) -> Cents:
        taken = min(available, remaining[position])
        if taken:
            remaining[position] -= taken
            if pieces:
                allocations.append(Allocation(payment.key, counted[position].key, taken, payment.date))
        return available - taken

    for payment in sorted((p for p in payments if p.date <= as_of), key=lambda p: (p.date, p.key)):
        left = payment.amount
        received += left
        tied_to = payment.invoice_key
        if tied_to is not None and tied_to in positions_by_invoice:
            tied_positions, cursor = positions_by_invoice[tied_to], invoice_cursor[tied_to]
            while left and cursor < len(tied_positions):
                left = pay(tied_positions[cursor], payment, left)
                if remaining[tied_positions[cursor]] == 0:
                    cursor += 1
            invoice_cursor[tied_to] = cursor
        while left and general_cursor < len(counted):
            left = pay(general_cursor, payment, left)
            if remaining[general_cursor] == 0:
                general_cursor += 1
        credit += left

    paid = {item.key: item.amount - left for item, left in zip(counted, remaining, strict=True)}
    return Ledger(as_of, tuple(counted), paid, tuple(allocations), credit, received)


def plan_sizes(installments: Sequence[Installment]) -> dict[int, int]:
    """How many installments each invoice's plan has, by invoice key."""
    sizes: dict[int, int] = {}
    for item in installments:
        sizes[item.invoice_key] = sizes.get(item.invoice_key, 0) + 1
    return sizes


def balances(invoiced: Cents, received: Cents) -> tuple[Cents, Cents]:
    """(open balance, credit) from the totals alone, without allocating.

    Exact for the rule of this module: money becomes credit only once every counted
    installment is paid, and until then every cent received pays some installment. So if
    ``received < invoiced`` nothing is credit and the open balance is the difference; otherwise
    everything is paid and the excess is credit. Which installments are unpaid — and so how
    late the debt is — still needs :func:`allocate`; a customer with nothing open does not.
    """
    return max(0, invoiced - received), max(0, received - invoiced)
