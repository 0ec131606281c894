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

from bisect import bisect_right, insort
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from operator import attrgetter, itemgetter
from typing import NamedTuple

from workshop_desk.domain.money import Cents


class Installment(NamedTuple):
    """An installment with what the rules need to know about its invoice.

    ``key`` identifies the installment (its database id); ``invoice_key`` its invoice.

    A named tuple rather than a frozen dataclass: a whole shop's overdue list builds hundreds of
    thousands of them, and a tuple is built several times faster (a frozen dataclass sets each
    field through ``object.__setattr__``). Like any tuple it compares equal to a tuple of the same
    fields.
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


class Payment(NamedTuple):
    """A payment received from the customer, optionally tied to one invoice (a named tuple, as
    :class:`Installment`)."""

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


_allocation_order: Callable[[Installment], tuple[date, str, int, int]] = itemgetter(
    *(Installment._fields.index(name) for name in ("due_date", "invoice_number", "seq", "key"))
)
"""The order in which installments are paid: (due date, invoice number, seq, key) — a C-level key."""
_ONE_DAY = timedelta(days=1)
_payment_order: Callable[[Payment], tuple[date, int]] = attrgetter("date", "key")
_amount: Callable[[Installment | Payment], Cents] = attrgetter("amount")
_invoice_of: Callable[[Installment], int] = attrgetter("invoice_key")
_tied_to: Callable[[Payment], int | None] = attrgetter("invoice_key")
_issue_date: Callable[[Installment], date] = attrgetter("issue_date")
_void: Callable[[Installment], bool] = attrgetter("void")
_paid_on: Callable[[Payment], date] = attrgetter("date")


def _counted(installments: Iterable[Installment], as_of: date) -> list[Installment]:
    """The installments that count on ``as_of`` (:meth:`Installment.counts_on`), in allocation order."""
    items = list(installments)
    if items and not any(map(_void, items)) and max(map(_issue_date, items)) <= as_of:
        counted = items  # the usual case (the database leaves out what cannot count), checked in C
    else:
        counted = [item for item in items if item.counts_on(as_of)]
    counted.sort(key=_allocation_order)
    return counted


def _made(payments: Iterable[Payment], as_of: date) -> list[Payment]:
    """The payments made on or before ``as_of``, in the order they are applied (date, key)."""
    made = list(payments)
    if made and max(map(_paid_on, made)) > as_of:
        made = [payment for payment in made if payment.date <= as_of]
    made.sort(key=_payment_order)
    return made


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
    return _allocate(_counted(installments, as_of), _made(payments, as_of), as_of, pieces)


def allocate_after_last_cut(installments: Iterable[Installment], payments: Iterable[Payment], as_of: date) -> Ledger:
    """The allocation on ``as_of`` of the history after the last cut (:func:`after_last_cut`), without pieces.

    Its ``installments`` are the counted installments after the cut — whole invoices, everything
    else being paid in full — with the same ``paid`` as :func:`allocate` gives them, the same
    ``credit`` and so the same ``open_balance``; ``received`` is only what was allocated (the
    payments after the cut and the credit at it).
    """
    counted, made = after_last_cut(installments, payments, as_of)
    return _allocate(counted, made, as_of, pieces=False)


def _allocate(counted: list[Installment], made: list[Payment], as_of: date, pieces: bool) -> Ledger:
    """:func:`allocate` of what counts (``counted`` in allocation order, ``made`` in (date, key) order)."""
    remaining = list(map(_amount, counted))
    positions_by_invoice: dict[int | None, list[int]] = {}
    for position, invoice_key in enumerate(map(_invoice_of, counted)):
        positions = positions_by_invoice.get(invoice_key)
        if positions is None:
            positions_by_invoice[invoice_key] = [position]
        else:
            positions.append(position)
    invoice_cursor = dict.fromkeys(positions_by_invoice, 0)
    size = len(counted)
    general_cursor = 0
    allocations: list[Allocation] = []
    credit = received = 0

    for payment in made:
        left = payment.amount
        received += left
        tied_positions = positions_by_invoice.get(payment.invoice_key)
        if tied_positions is not None:
            cursor = invoice_cursor[payment.invoice_key]
            while left and cursor < len(tied_positions):
                position = tied_positions[cursor]
                taken = min(left, remaining[position])
                if taken:
                    remaining[position] -= taken
                    left -= taken
                    if pieces:
                        allocations.append(Allocation(payment.key, counted[position].key, taken, payment.date))
                if remaining[position] == 0:
                    cursor += 1
            invoice_cursor[payment.invoice_key] = cursor
        while left and general_cursor < size:
            taken = min(left, remaining[general_cursor])
            if taken:
                remaining[general_cursor] -= taken
                left -= taken
                if pieces:
                    allocations.append(Allocation(payment.key, counted[general_cursor].key, taken, payment.date))
            if remaining[general_cursor] == 0:
                general_cursor += 1
        credit += left

    paid = {item.key: item.amount - left for item, left in zip(counted, remaining, strict=True)}
    return Ledger(as_of, tuple(counted), paid, tuple(allocations), credit, received)


def after_last_cut(
    installments: Iterable[Installment], payments: Iterable[Payment], as_of: date
) -> tuple[list[Installment], list[Payment]]:
    """The part of a history that still matters on ``as_of``: the counted installments after the
    last *cut* (in allocation order) and the payments after it, the credit at the cut as one
    untied payment first (key 0).

    Every counted installment left out is paid in full by ``allocate(installments, payments,
    as_of)``, and allocating what is returned leaves every returned installment exactly as
    unpaid as the full allocation does, with the same credit. A cut never splits an invoice, so
    the returned installments are whole invoices. (The received total is not kept.)

    Why (the cuts of :mod:`workshop_desk.domain.timeline`, found from the rows alone): let x₁…xₙ
    be the counted installments in allocation order with Qₖ the sum of the first *k*, and
    p₁…pₘ the counted payments in (date, key) order with Rⱼ the sum of the first *j*. Take
    *k* ≥ 1 and *j* ≥ 1 with Rⱼ ≥ Qₖ, and a day *S* from pⱼ's to the day before p_{j+1}'s (to
    ``as_of`` when j = m; pⱼ and p_{j+1} on different days), so that the payments made by *S* are
    p₁…pⱼ. If

    1. x₁…xₖ were all issued by *S* (so every installment issued after *S* comes after them:
       condition (b) of a cut);
    2. every payment among p₁…pⱼ tied to a counted invoice is tied to one whose installments are
       all among x₁…xₖ (so none is tied to an invoice issued after *S*: condition (c));
    3. Rⱼ = Qₖ, or nothing but x₁…xₖ was issued by *S* (then Rⱼ − Qₖ is credit); and
    4. no invoice has installments both among x₁…xₖ and after them,

    then on *S* the payments p₁…pⱼ pay x₁…xₖ in full and nothing else: tied money stays within
    x₁…xₖ (2), untied money passes xₖ only once all of them are paid, and there is no more than
    Qₖ of it unless nothing else counts (3). That is condition (a): *S* is a cut, and the timeline's
    argument gives the result. The search tries *j* from the last payment backwards, with the
    largest *k* for each, and the latest *S* (with credit, the latest before anything after xₖ
    was issued), and stops at the first cut: for a customer whose old history is paid it looks at
    little more than what comes after the cut (the sorting aside). A property test in
    ``tests/domain/test_cut.py`` checks the result against the full allocation.
    """
    order, paying = _counted(installments, as_of), _made(payments, as_of)
    amounts = list(map(_amount, order))
    if not order or not paying or min(amounts) < 0 or min(map(_amount, paying)) < 0:
        return order, paying  # nothing to cut (or amounts the argument does not cover)
    size, made = len(order), len(paying)
    # where each invoice's first installment is, and the first payment tied to it (the first wins)
    first_position = dict(zip(map(_invoice_of, reversed(order)), range(size - 1, -1, -1), strict=True))
    first_tied = dict(zip(map(_tied_to, reversed(paying)), range(made - 1, -1, -1), strict=True))
    issue_days = sorted(map(_issue_date, order))
    # Walking back from the last payment: Rⱼ, the largest k with Qₖ ≤ Rⱼ, and what is known of
    # the installments after the first k (their issue days, sorted; the earliest position and
    # the earliest tied payment of their invoices). Both j and k only go down.
    received, invoiced, k = sum(map(_amount, paying)), sum(amounts), size
    later_days: list[date] = []
    earliest_position, earliest_tied = size, made
    for j in range(made, 0, -1):
        if j < made:
            received -= paying[j].amount
        while invoiced > received:
            k -= 1
            item = order[k]
            invoiced -= amounts[k]
            insort(later_days, item.issue_date)
            earliest_position = min(earliest_position, first_position[item.invoice_key])
            earliest_tied = min(earliest_tied, first_tied.get(item.invoice_key, made))
        if k == 0:
            break  # and stays so for every earlier j
        if earliest_position < k or earliest_tied < j:
            continue  # conditions 4 and 2
        # the day S: between p_j and p_{j+1}, as late as possible — but with credit, before
        # anything after the first k was issued (condition 3)
        if j == made:
            day = as_of
        elif paying[j - 1].date < paying[j].date:
            day = paying[j].date - _ONE_DAY
        else:
            continue  # p_j and p_{j+1} on one day: no day between them
        credit = received - invoiced
        if credit and later_days and later_days[0] <= day:
            if later_days[0] <= paying[j - 1].date:
                continue
            day = later_days[0] - _ONE_DAY
        if size - bisect_right(issue_days, day) != len(later_days) - bisect_right(later_days, day):
            continue  # condition 1: something among the first k was issued after the day
        rest = paying[j:]
        if credit:
            rest.insert(0, Payment(key=0, date=day, amount=credit))
        return order[k:], rest
    return order, paying


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
