"""Late-payment interest and fixed charges, computed to a date, as a claim letter shows them.

The rules, common to the regimes the program knows (see LETTERS.md):

* Interest is **simple** (never on interest) and runs on the balance **actually outstanding**:
  from the day after the due date, on the installment's unpaid part, which shrinks as payments
  arrive — each payment stops interest on what it paid from its date.
* A regime gives the annual rate as a table of **rate periods** (start date, rate %), plus a
  margin in points (ECB + 8, Bank of England + 8…). The period in force on a day gives that day's
  rate, so an amount late across a change of rate is computed piecewise — unless the regime fixes
  the rate for the life of the debt at the rate in force when it became late (UK B2B).
* Day count: actual days over 365, over 366 in a leap year ("actual", the Russian rule), or over
  360 (a monthly rate of 1 % pro rata die).

Every line of the result is one stretch of days at one balance and one rate, rounded to the cent
(half up), so the letter can print the calculation and the reader can check it line by line.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from workshop_desk.domain.ledger import Installment, Ledger
from workshop_desk.domain.money import Cents


class DayCount(StrEnum):
    ACTUAL_365 = "actual/365"
    ACTUAL_ACTUAL = "actual/actual"  # 366 days in a leap year
    ACTUAL_360 = "actual/360"


@dataclass(frozen=True, slots=True)
class RatePeriod:
    """From ``start`` (inclusive) until the next period's start, the base rate is ``rate`` % a year."""

    start: date
    rate: Decimal


@dataclass(frozen=True)
class InterestRule:
    """How late interest is computed under one legal regime."""

    periods: tuple[RatePeriod, ...]
    margin: Decimal = Decimal(0)
    day_count: DayCount = DayCount.ACTUAL_365
    fixed_at_start: bool = False
    payment_day_counts: bool = False
    """Whether the day a payment arrives still bears interest on what it pays (the Russian
    calculators' usage: "по день фактической уплаты") or not (the default)."""

    def rate_on(self, day: date) -> Decimal:
        """The annual rate (%) in force on ``day``: base rate of the period plus the margin."""
        base = Decimal(0)
        for period in sorted(self.periods, key=lambda period: period.start):
            if period.start <= day:
                base = period.rate
        return base + self.margin

    def changes_between(self, first: date, last: date) -> list[date]:
        """Days in (first, last] on which the rate changes."""
        if self.fixed_at_start:
            return []
        return sorted({period.start for period in self.periods if first < period.start <= last})


@dataclass(frozen=True, slots=True)
class InterestLine:
    """Interest on ``balance`` from ``first_day`` to ``last_day`` (both counted) at ``rate`` % a year."""

    reference: str
    first_day: date
    last_day: date
    balance: Cents
    rate: Decimal
    days: int
    divisor: int
    amount: Cents


def _divisor(day_count: DayCount, year: int) -> int:
    if day_count is DayCount.ACTUAL_360:
        return 360
    if day_count is DayCount.ACTUAL_ACTUAL and calendar.isleap(year):
        return 366
    return 365


def _rounded(value: Decimal, unit: Cents) -> Cents:
    """``value`` cents rounded half up to a multiple of ``unit`` (1 cent, or 100 for whole forints)."""
    return int((value / unit).quantize(Decimal(1), rounding=ROUND_HALF_UP)) * unit


def interest_on_balance(
    reference: str,
    balance: Cents,
    first_day: date,
    last_day: date,
    rule: InterestRule,
    rate_fixed_on: date,
    unit: Cents = 1,
) -> list[InterestLine]:
    """Interest on a constant ``balance`` for the days ``first_day`` … ``last_day``, split where the
    rate changes (and, for actual/actual, at the turn of the year)."""
    if balance <= 0 or last_day < first_day:
        return []
    cuts = {first_day}
    for change in rule.changes_between(first_day, last_day):
        cuts.add(change)
    if rule.day_count is DayCount.ACTUAL_ACTUAL:
        cuts |= {date(year, 1, 1) for year in range(first_day.year + 1, last_day.year + 1)}
    starts = sorted(cuts)
    lines = []
    for index, start in enumerate(starts):
        end = starts[index + 1] - timedelta(days=1) if index + 1 < len(starts) else last_day
        days = (end - start).days + 1
        rate = rule.rate_on(rate_fixed_on if rule.fixed_at_start else start)
        divisor = _divisor(rule.day_count, start.year)
        amount = _rounded(Decimal(balance) * rate / 100 * days / divisor, unit)
        lines.append(InterestLine(reference, start, end, balance, rate, days, divisor, amount))
    return lines


def installment_interest(
    installment: Installment,
    payments_to_it: Iterable[tuple[date, Cents]],
    until: date,
    rule: InterestRule,
    reference: str,
    unit: Cents = 1,
) -> list[InterestLine]:
    """Interest on one installment from the day after its due date to ``until`` (included).

    ``payments_to_it`` are the (date, amount) pieces of payments that went to this installment;
    a payment made on day *d* stops interest on its amount from *d* — or from the day after,
    where the regime counts the payment day (:attr:`InterestRule.payment_day_counts`).
    ``unit`` rounds each line (100: whole forints).
    """
    first_late_day = installment.due_date + timedelta(days=1)
    if until < first_late_day:
        return []
    balance = installment.amount
    pieces = sorted(payments_to_it)
    for paid_on, amount in pieces:  # what was paid before it became late never bore interest
        if paid_on < first_late_day:
            balance -= amount
    lines: list[InterestLine] = []
    start = first_late_day
    for paid_on, amount in pieces:
        if paid_on < first_late_day:
            continue
        if paid_on > until:
            break
        stop = paid_on if rule.payment_day_counts else paid_on - timedelta(days=1)
        lines += interest_on_balance(reference, balance, start, stop, rule, first_late_day, unit)
        balance -= amount
        start = stop + timedelta(days=1)
    lines += interest_on_balance(reference, balance, start, until, rule, first_late_day, unit)
    return lines


def ledger_interest(
    ledger: Ledger, rule: InterestRule, until: date, references: dict[int, str] | None = None, unit: Cents = 1
) -> list[InterestLine]:
    """Interest on every installment of ``ledger`` that is still (partly) unpaid, to ``until``.

    The ledger must be the allocation as of ``until``: it tells which payment paid what, and
    when, so interest runs on the balance actually outstanding. Installments already settled are
    not charged (a claim asks for what is owed). ``references`` names each installment in the
    letter (by installment key); by default its invoice number.
    """
    pieces: dict[int, list[tuple[date, Cents]]] = {}
    for piece in ledger.allocations:
        pieces.setdefault(piece.installment_key, []).append((piece.paid_on, piece.amount))
    lines: list[InterestLine] = []
    for item in ledger.installments:
        if ledger.unpaid(item) == 0:
            continue
        reference = (references or {}).get(item.key) or item.invoice_number
        lines += installment_interest(item, pieces.get(item.key, []), until, rule, reference, unit)
    return lines


def total(lines: Sequence[InterestLine]) -> Cents:
    return sum(line.amount for line in lines)
