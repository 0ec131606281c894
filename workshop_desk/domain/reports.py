"""The small rules of the reports: which days the overdue trend shows, whether a letter was
followed by payment, and the aging buckets as shares of the total.

Everything about money owed comes from :mod:`workshop_desk.domain.ledger` and
:mod:`workshop_desk.domain.overdue`; this module only chooses dates and counts.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from workshop_desk.domain.money import Cents
from workshop_desk.domain.overdue import AgingBuckets

TREND_POINTS = 24
LETTER_WINDOW_DAYS = 14
"""A letter is followed by payment when the money arrives on one of the 14 days after it."""


def month_end(day: date) -> date:
    """The last day of ``day``'s month."""
    following = date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return following - timedelta(days=1)


def trend_days(as_of: date, count: int = TREND_POINTS) -> tuple[date, ...]:
    """The days of the overdue trend, oldest first: the last ``count`` month ends up to ``as_of``.

    When ``as_of`` is not itself a month end, the last point is ``as_of`` (the month so far) and
    the other ``count − 1`` are the ends of the months before it: as of 15 March 2026 the trend
    runs 30 April 2024 … 28 February 2026, 15 March 2026.
    """
    if count < 1:
        raise ValueError("a trend has at least one point")
    days = [as_of]
    first_of_month = as_of.replace(day=1)
    while len(days) < count:
        previous_end = first_of_month - timedelta(days=1)
        days.append(previous_end)
        first_of_month = previous_end.replace(day=1)
    return tuple(reversed(days))


@dataclass(frozen=True, slots=True)
class LetterOutcome:
    paid_in_full: bool
    """Payments on the days after the letter covered what it asked for (and there was one)."""
    paid_something: bool
    """At least one payment came in on the days after the letter."""


def letter_outcome(
    letter_day: date,
    asked: Cents,
    payments: Iterable[tuple[date, Cents]],
    window_days: int = LETTER_WINDOW_DAYS,
) -> LetterOutcome:
    """What followed a letter: payments dated ``letter_day + 1`` … ``letter_day + window_days``.

    A payment on the letter's own day is not counted: the letter was written with it already
    booked (its amount already left out of what the letter asks). ``paid_in_full`` needs at
    least one payment in the window whose sum is at least ``asked``, so a letter that asked for
    nothing and was followed by nothing does not count as paid.
    """
    first, last = letter_day + timedelta(days=1), letter_day + timedelta(days=window_days)
    amounts = [amount for day, amount in payments if first <= day <= last]
    paid = sum(amounts)
    return LetterOutcome(paid_in_full=bool(amounts) and paid >= asked, paid_something=bool(amounts))


def bucket_shares(buckets: AgingBuckets) -> tuple[Decimal, ...] | None:
    """Each bucket (not due, 1–30, 31–60, 61–90, over 90) as a percentage of the total, to one
    decimal; ``None`` when nothing is open. Rounded shares may add up to 99.9 or 100.1."""
    total = buckets.total
    if total <= 0:
        return None
    amounts = (buckets.not_due, buckets.d1_30, buckets.d31_60, buckets.d61_90, buckets.d90_plus)
    return tuple(
        (Decimal(amount) * 100 / Decimal(total)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP) for amount in amounts
    )
