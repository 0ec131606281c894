"""The payment behaviour score of a customer: 0–100, with the reasons that cost points.

The score is worked out as of a date *D* from the customer's whole history, on the allocation of
:mod:`workshop_desk.domain.ledger` (every credit counts there: payments, write-offs and debt moved
to a new plan), with the shop's grace days *g*.

Terms:

* **Due installments** — the *N* counted installments due **before** *D* (one due today is not
  judged yet).
* **Paid on time** — fully settled, the last piece being *money* (not a write-off, not debt moved
  to a plan) that arrived by the due date + *g*. An installment is paid when its last piece arrives.
* **Lateness** of a due installment not paid on time — the days from its due date to the day its
  last piece arrived (money, a write-off or the move to a plan: the day the shop stopped waiting
  for it), or to *D* while it is still open; each capped at 60 days. Paid on time counts 0.
* **Missed installments now** — as :mod:`workshop_desk.domain.overdue` counts them on *D*.
* **Broken promise** — a promise to pay (contact log) whose date is before *D* and whose amount did
  not arrive in money between the day it was made and its date
  (:func:`workshop_desk.domain.dunning.promise_kept`).
* **Written-off share** — write-offs dated by *D* over what was invoiced (the counted installments,
  less the debt moved to plans, which would otherwise count twice), at most 1.

Formula — start at 100 and take off, as exact fractions:

==================  ============================================================  ==========
late share          40 × (N − paid on time) ÷ N                                   up to 40
lateness            20 × (sum of the capped lateness ÷ N) ÷ 60                    up to 20
missed now          5 per missed installment                                      up to 15
broken promises     10 per broken promise                                         up to 20
written off         30 × written-off share                                        up to 30
==================  ============================================================  ==========

The result is rounded half up and never goes below 0. **Good payer**: a score of at least 85
with at least 3 installments due — enough track record to deserve a discount.

**No history** (*N* = 0): nothing to judge the customer by, so the score starts at a neutral
:data:`NEUTRAL` = 70 instead of 100 (only broken promises and write-offs can take points off):
below the good-payer line, so nobody gets a discount untested, and well above the warning line
of 50, so a new customer does not look like a bad one.

Why lateness is averaged over *all* due installments (on-time ones counting 0) rather than only
over those paid late: with the latter, paying one more installment a day late would *lower* the
average (one installment 60 days late then another 1 day late averages 30.5) and so *raise* the
score. Averaged over all of them, a payment made later never raises the score (the property tests
check it) — for a payment on account that does not pass a write-off or a move on the way: a
payment tied to an invoice can land on another installment when that invoice was paid meanwhile,
and passing a write-off changes which installment the write-off settles. The reason shown to
people still says how late the late ones were on average.

:func:`score` returns the reasons as codes with numbers, biggest cost first; the window words them.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from fractions import Fraction

from workshop_desk.domain.dunning import Promise, promise_kept
from workshop_desk.domain.ledger import Allocation, Installment, Ledger, Payment, allocate
from workshop_desk.domain.money import Cents
from workshop_desk.domain.overdue import DueState, InstallmentStatus, installment_statuses

FULL = 100
NEUTRAL = 70
"""The score of a customer with no installment due yet (see the module docstring)."""
GOOD_PAYER_SCORE = 85
GOOD_PAYER_MIN_DUE = 3
LOW_SCORE = 50
"""Below this, a new invoice on credit shows a warning."""

LATE_SHARE_POINTS = 40
LATENESS_POINTS = 20
LATENESS_CAP_DAYS = 60
MISSED_POINTS, MISSED_MAX = 5, 15
PROMISE_POINTS, PROMISE_MAX = 10, 20
WRITTEN_OFF_POINTS = 30


class ReasonCode(StrEnum):
    """What a reason is about; ``value`` (and ``total``) of :class:`Reason` give its numbers."""

    PAID_LATE = "paid_late"  # value installments of total not paid on time
    DAYS_LATE = "days_late"  # value: average days late of the installments not paid on time
    MISSED = "missed"  # value: missed installments now
    BROKEN_PROMISES = "broken_promises"  # value: broken promises
    WRITTEN_OFF = "written_off"  # value: per cent of what was invoiced
    ON_TIME = "on_time"  # value of total installments paid on time (nothing cost points)
    NO_HISTORY = "no_history"  # no installment due yet: the neutral score


@dataclass(frozen=True, slots=True)
class Reason:
    """One factor of a score: ``points`` it cost (rounded), ``value`` of ``total`` its numbers."""

    code: ReasonCode
    value: int
    total: int = 0
    points: int = 0


@dataclass(frozen=True, slots=True)
class Score:
    """A customer's payment behaviour score; ``reasons`` come biggest cost first."""

    value: int
    good_payer: bool
    reasons: tuple[Reason, ...]

    @property
    def low(self) -> bool:
        """Whether the score is low enough to warn before giving more credit."""
        return self.value < LOW_SCORE


@dataclass(frozen=True)
class PaymentHistory:
    """Everything the score looks at, as plain values.

    Attributes:
        as_of: the day the score describes.
        installments: the customer's installments (the allocation picks those that count).
        payments: every credit of the customer: money, write-offs and debt moved to a plan.
        write_offs: the keys of the payments that are write-offs.
        moved: the keys of the payments that moved debt to a new plan.
        promises: the promises to pay from the contact log.
        grace_days: days after a due date that still count as on time.
    """

    as_of: date
    installments: tuple[Installment, ...] = ()
    payments: tuple[Payment, ...] = ()
    write_offs: frozenset[int] = frozenset()
    moved: frozenset[int] = frozenset()
    promises: tuple[Promise, ...] = ()
    grace_days: int = 0


def _last_pieces(allocations: Iterable[Allocation]) -> dict[int, Allocation]:
    """The piece that arrived last on each installment (allocations come in the order applied)."""
    return {piece.installment_key: piece for piece in allocations}


def _money_by_day(history: PaymentHistory) -> dict[date, Cents]:
    received: dict[date, Cents] = {}
    for payment in history.payments:
        if payment.key not in history.write_offs and payment.key not in history.moved:
            received[payment.date] = received.get(payment.date, 0) + payment.amount
    return received


def broken_promises(promises: Iterable[Promise], money_by_day: Mapping[date, Cents], as_of: date) -> int:
    """How many promises whose date is before ``as_of`` were not kept in money."""
    return sum(1 for promise in promises if promise.until < as_of and not promise_kept(promise, money_by_day))


def _round(value: Fraction) -> int:
    """Half up (``Fraction`` rounds half to even)."""
    return math.floor(value + Fraction(1, 2))


def score(history: PaymentHistory, allocated: tuple[Ledger, tuple[InstallmentStatus, ...]] | None = None) -> Score:
    """The score of ``history`` by the formula of the module docstring.

    Args:
        allocated: ``allocate(history.installments, history.payments, history.as_of)`` and the
            ``installment_statuses(ledger, history.grace_days)`` of it, if the caller has them
            (the positions of the whole shop need the same allocation): then not worked out again.
    """
    as_of = history.as_of
    if allocated is None:
        ledger = allocate(history.installments, history.payments, as_of)
        statuses = installment_statuses(ledger, history.grace_days)
    else:
        ledger, statuses = allocated
    last = _last_pieces(ledger.allocations)
    not_money = history.write_offs | history.moved
    grace = timedelta(days=history.grace_days)

    due = [status for status in statuses if status.installment.due_date < as_of]
    on_time = 0
    lateness: list[int] = []
    for status in due:
        piece = last.get(status.installment.key) if status.unpaid == 0 else None
        settled_on = as_of if piece is None else piece.paid_on
        if (
            piece is not None
            and piece.payment_key not in not_money
            and settled_on <= status.installment.due_date + grace
        ):
            on_time += 1
        else:
            lateness.append(max(0, (settled_on - status.installment.due_date).days))

    penalties: dict[ReasonCode, tuple[Fraction, Reason]] = {}

    def charge(code: ReasonCode, points: Fraction, value: int, total: int = 0) -> None:
        if points > 0:
            penalties[code] = (points, Reason(code, value, total, _round(points)))

    count = len(due)
    if count:
        late = count - on_time
        charge(ReasonCode.PAID_LATE, Fraction(LATE_SHARE_POINTS * late, count), late, count)
        capped = sum(min(days, LATENESS_CAP_DAYS) for days in lateness)
        average = _round(Fraction(sum(lateness), len(lateness))) if lateness else 0
        charge(ReasonCode.DAYS_LATE, Fraction(LATENESS_POINTS * capped, count * LATENESS_CAP_DAYS), average)
    missed = sum(1 for status in statuses if status.due_state is DueState.MISSED)
    charge(ReasonCode.MISSED, Fraction(min(MISSED_MAX, MISSED_POINTS * missed)), missed)
    broken = broken_promises(history.promises, _money_by_day(history), as_of)
    charge(ReasonCode.BROKEN_PROMISES, Fraction(min(PROMISE_MAX, PROMISE_POINTS * broken)), broken)
    share = _written_off_share(history, ledger.invoiced)
    charge(ReasonCode.WRITTEN_OFF, WRITTEN_OFF_POINTS * share, _round(100 * share))

    start = FULL if count else NEUTRAL
    value = max(0, _round(start - sum((points for points, _ in penalties.values()), Fraction(0))))
    order = list(ReasonCode)
    reasons = [
        reason for _, reason in sorted(penalties.values(), key=lambda entry: (-entry[0], order.index(entry[1].code)))
    ]
    if not count:
        reasons.append(Reason(ReasonCode.NO_HISTORY, 0))
    elif not reasons:
        reasons.append(Reason(ReasonCode.ON_TIME, on_time, count))
    return Score(value, value >= GOOD_PAYER_SCORE and count >= GOOD_PAYER_MIN_DUE, tuple(reasons))


def _written_off_share(history: PaymentHistory, invoiced: Cents) -> Fraction:
    """Write-offs over what was invoiced net of the debt moved to plans, at most 1."""
    counted = [payment for payment in history.payments if payment.date <= history.as_of]
    written_off = sum(payment.amount for payment in counted if payment.key in history.write_offs)
    if not written_off:
        return Fraction(0)
    net_invoiced = invoiced - sum(payment.amount for payment in counted if payment.key in history.moved)
    if net_invoiced <= 0:
        return Fraction(1)
    return min(Fraction(1), Fraction(written_off, net_invoiced))
