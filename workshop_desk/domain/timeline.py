"""One account's ledger on many dates: what is unpaid and overdue on each, by the allocation rule.

The reports need the shop's total overdue at the end of each of the last 24 months, and what
each letter asked for on its day. Allocating a customer's whole history once per date
(:func:`workshop_desk.domain.ledger.allocate`) gives the answer but is slow for a shop with a
long history: most of what a customer ever bought is long paid, and it would be allocated again
for every date. A :class:`Timeline` gives the same answers as ``allocate`` on each date (a
property test in ``tests/domain`` checks it), using three exact facts:

* **Bounds.** On day *D* let *I* be what counts as invoiced, *R* what was received and *A* the
  part of *I* due strictly before *D*. Every received cent pays some installment until
  everything is paid (:func:`~workshop_desk.domain.ledger.balances`), so the overdue amount lies
  between ``max(0, A − R)`` and ``min(A, I − R)``. When the two meet — nothing owed, nothing due
  yet, nothing paid, or everything that counts already late — no allocation is needed.

* **Cuts.** Take a day *S* and the allocation on it, and let *P* be the installments it pays in
  full that come first in allocation order (the longest such run). *S* is a *cut* when

  (a) the payments made by *S* went to *P* alone — no other installment received anything, and
      there is a credit only if *P* is everything that counts;
  (b) every installment of *P* comes, in allocation order, before every installment issued
      after *S*; and
  (c) no payment made by *S* is tied to an invoice with an installment issued after *S*.

  On any later day *D* the payments made by *S* then meet, in the same order, the same
  installments of *P* first, with the same amounts still unpaid: each is used up within *P*
  exactly as on *S* (had one had money left over, on *S* it would have paid something outside
  *P*). So *P* is paid in full on *D* too and nothing else received a cent from them — except the
  credit, which flows on as one untied payment dated *S*. Allocating the other installments
  against that credit and the payments made after *S* therefore leaves every installment
  exactly as unpaid as the full allocation does: only the history since the last cut is
  allocated again.

  A day on which everything that counts is paid (``R ≥ I``) is a cut by (a) whenever (b) and (c)
  hold; such *clean days* are found from the totals alone. The other cuts come from the
  allocations the timeline makes anyway: after allocating on a day, the day is remembered as a
  cut if it is one. (A customer on a payment plan is rarely paid up, but usually has paid the
  first installments in full and nothing of the later ones.)

* **Nothing happened.** The allocation depends on the date only through which installments
  and payments count: between two days on which nothing was issued or paid it is the same.
"""

from __future__ import annotations

from bisect import bisect_right, insort
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import accumulate
from operator import attrgetter

from workshop_desk.domain.ledger import Installment, Ledger, Payment, _allocation_order, allocate
from workshop_desk.domain.money import Cents

_ONE_DAY = timedelta(days=1)
_allocation_key: Callable[[Installment], tuple[date, str, int, int]] = _allocation_order
"""The order in which :func:`~workshop_desk.domain.ledger.allocate` pays installments (its own key)."""


@dataclass(frozen=True, slots=True)
class _Cut:
    """A cut (module docstring) and where the history after it starts."""

    day: date
    installments: int
    """How many of the installments (in issue order) count on the day."""
    payments: int
    """How many of the payments (in date order) were made by the day."""
    credit: Cents
    settled: Cents
    """The sum of the installments paid off for good on the day (*P*)."""
    carried: tuple[Installment, ...] = ()
    """The installments counted on the day that are not in *P*: nothing of them is paid yet."""


class Timeline:
    """A customer's installments and payments, read once, asked about many dates.

    Every answer is the one :func:`~workshop_desk.domain.ledger.allocate` gives on that date.
    """

    def __init__(self, installments: Iterable[Installment], payments: Iterable[Payment]) -> None:
        self._items = sorted((item for item in installments if not item.void), key=attrgetter("issue_date"))
        self._payments = sorted(payments, key=attrgetter("date", "key"))
        self._issue_days = [item.issue_date for item in self._items]
        self._invoiced = [0, *accumulate(item.amount for item in self._items)]
        self._payment_days = [payment.date for payment in self._payments]
        self._received = [0, *accumulate(payment.amount for payment in self._payments)]
        # An installment is overdue on day D when it counts (issued ≤ D) and is due before D.
        late = sorted((max(item.issue_date, item.due_date + _ONE_DAY), item.amount) for item in self._items)
        self._late_days = [day for day, _ in late]
        self._late = [0, *accumulate(amount for _, amount in late)]
        self._events: list[date] | None = None  # the days something was issued or paid, when needed
        self._clean_at: dict[int, _Cut | None] = {}  # the last clean day up to an event, by its index
        self._cuts: list[_Cut] = []  # the cuts found by allocating, by day
        self._cut_days: list[date] = []
        self._earliest_due_after: list[date] = []
        self._spoilt: list[tuple[date, date]] = []
        self._unpaid_by_counts: dict[tuple[int, int], list[tuple[Installment, Cents]]] = {}

    def invoiced_on(self, day: date) -> Cents:
        """The sum of the installments that count on ``day``."""
        return self._invoiced[bisect_right(self._issue_days, day)]

    def received_on(self, day: date) -> Cents:
        """The sum of the payments made on or before ``day``."""
        return self._received[bisect_right(self._payment_days, day)]

    def owes_on(self, day: date) -> bool:
        """Whether anything that counts on ``day`` is unpaid (the totals decide it: see ``balances``)."""
        return self.invoiced_on(day) > self.received_on(day)

    def overdue_on(self, day: date) -> Cents:
        """The unpaid part of the installments due strictly before ``day`` (``AccountStatus.overdue_amount``)."""
        counted = bisect_right(self._issue_days, day)
        invoiced, received = self._invoiced[counted], self._received[bisect_right(self._payment_days, day)]
        if invoiced <= received:
            return 0
        late = self._late[bisect_right(self._late_days, day)]
        lower, upper = max(0, late - received), min(late, invoiced - received)
        if lower == upper:
            return lower
        cut = self._cut_on_or_before(day)
        if cut is not None:  # the same bounds on the history since the cut: closer
            since = [*cut.carried, *self._items[cut.installments : counted]]
            late = sum(item.amount for item in since if item.due_date < day)
            lower = max(0, late - (received - cut.settled))  # the cut's credit and the payments after it
            if lower == min(late, upper):
                return lower
        return sum(unpaid for item, unpaid in self._unpaid(day) if item.due_date < day)

    def overdue_on_days(self, days: Iterable[date]) -> list[Cents]:
        """:meth:`overdue_on` for each of ``days`` (the same answers, quicker for the many days on
        which nothing is owed). Ascending days make the most of the cuts."""
        issue_days, invoiced, payment_days, received = (
            self._issue_days,
            self._invoiced,
            self._payment_days,
            self._received,
        )
        return [
            self.overdue_on(day) if invoiced[bisect_right(issue_days, day)] > received[bisect_right(payment_days, day)]
            else 0
            for day in days
        ]  # fmt: skip

    def unpaid_on(self, day: date) -> dict[int, Cents]:
        """The unpaid part of every installment that counts on ``day`` and is not fully paid, by key."""
        if not self.owes_on(day):
            return {}
        return {item.key: unpaid for item, unpaid in self._unpaid(day)}

    def _unpaid(self, day: date) -> list[tuple[Installment, Cents]]:
        counted, made = bisect_right(self._issue_days, day), bisect_right(self._payment_days, day)
        known = self._unpaid_by_counts.get((counted, made))
        if known is not None:
            return known
        cut = self._cut_on_or_before(day)
        if cut is None:
            items: Sequence[Installment] = self._items[:counted]
            payments: Sequence[Payment] = self._payments[:made]
            settled = 0
        else:
            items = [*cut.carried, *self._items[cut.installments : counted]]
            payments = self._payments[cut.payments : made]
            if cut.credit:
                payments = [Payment(key=0, date=cut.day, amount=cut.credit), *payments]
            settled = cut.settled
        ledger = allocate(items, payments, day)
        unpaid = [(item, ledger.unpaid(item)) for item in ledger.installments if ledger.unpaid(item)]
        self._unpaid_by_counts[counted, made] = unpaid
        if cut is None or cut.day < day:
            self._remember_cut(day, counted, made, ledger, settled)
        return unpaid

    # ------------------------------------------------------------------ cuts

    def _cut_on_or_before(self, day: date) -> _Cut | None:
        """The latest cut up to ``day``: a clean day, looked for backwards from ``day`` (only as
        far as needed), or a day remembered after an allocation."""
        if self._events is None:
            self._prepare()
        assert self._events is not None
        index = bisect_right(self._events, day) - 1
        visited = []
        clean: _Cut | None = None
        while index >= 0:
            if index in self._clean_at:
                clean = self._clean_at[index]
                break
            visited.append(index)
            clean = self._clean_day(self._events[index])
            if clean is not None:
                break
            index -= 1
        for seen in visited:
            self._clean_at[seen] = clean
        position = bisect_right(self._cut_days, day)
        remembered = self._cuts[position - 1] if position else None
        if remembered is None or (clean is not None and clean.day > remembered.day):
            return clean
        return remembered

    def _prepare(self) -> None:
        self._events = sorted({*self._issue_days, *self._payment_days})
        dues = [item.due_date for item in self._items]
        self._earliest_due_after = [*reversed(list(accumulate(reversed(dues), min))), date.max]
        last_issue = {item.invoice_key: item.issue_date for item in self._items}  # in issue order: the last wins
        # (c): a payment tied to an invoice issued after it was made spoils the days in between
        self._spoilt = [
            (payment.date, last_issue[payment.invoice_key])
            for payment in self._payments
            if payment.invoice_key in last_issue and last_issue[payment.invoice_key] > payment.date
        ]

    def _comes_before_later_issues(self, last: Installment | None, counted: int, day: date) -> bool:
        """(b) and (c) for a cut on ``day``: ``last`` (the last of *P* in allocation order) comes
        before every installment issued after the day, and no payment by the day is tied to one."""
        if any(start <= day < end for start, end in self._spoilt):
            return False
        if last is None or counted == len(self._items):
            return True
        if last.due_date != self._earliest_due_after[counted]:  # due dates first, whole keys on a tie
            return last.due_date < self._earliest_due_after[counted]
        return _allocation_key(last) < min(map(_allocation_key, self._items[counted:]))

    def _clean_day(self, day: date) -> _Cut | None:
        """The cut of ``day`` if everything that counts on it is paid and (b) and (c) hold."""
        counted, made = bisect_right(self._issue_days, day), bisect_right(self._payment_days, day)
        invoiced, received = self._invoiced[counted], self._received[made]
        if received < invoiced:
            return None
        last = max(self._items[:counted], key=_allocation_key, default=None)
        if not self._comes_before_later_issues(last, counted, day):
            return None
        return _Cut(day, counted, made, received - invoiced, invoiced)

    def _remember_cut(self, day: date, counted: int, made: int, ledger: Ledger, settled: Cents) -> None:
        """Keep ``day`` as a cut if the allocation on it (of what came after the cut before it,
        which settled ``settled``) makes it one."""
        order = ledger.installments
        paid_off = 0
        while paid_off < len(order) and ledger.unpaid(order[paid_off]) == 0:
            paid_off += 1
        carried = order[paid_off:]
        if paid_off == 0 or any(ledger.paid[item.key] for item in carried) or (carried and ledger.credit):  # (a)
            return
        if not self._comes_before_later_issues(order[paid_off - 1], counted, day):
            return
        if day in self._cut_days:
            return
        cut = _Cut(day, counted, made, ledger.credit, settled + sum(item.amount for item in order[:paid_off]),
                   tuple(carried))  # fmt: skip
        position = bisect_right(self._cut_days, day)
        insort(self._cut_days, day)
        self._cuts.insert(position, cut)
