"""The small rules of the reports: the trend's days, what counts as paid after a letter, bucket shares."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from workshop_desk.domain.overdue import AgingBuckets
from workshop_desk.domain.reports import bucket_shares, letter_outcome, month_end, trend_days


def test_the_trend_ends_on_the_day_asked_for() -> None:
    days = trend_days(date(2026, 3, 15))
    assert len(days) == 24
    assert days[-3:] == (date(2026, 1, 31), date(2026, 2, 28), date(2026, 3, 15))
    assert days[0] == date(2024, 4, 30)


def test_a_month_end_is_its_own_last_point() -> None:
    days = trend_days(date(2024, 2, 29))
    assert days[-2:] == (date(2024, 1, 31), date(2024, 2, 29))
    assert days[0] == date(2022, 3, 31)
    assert trend_days(date(2026, 1, 5), 3) == (date(2025, 11, 30), date(2025, 12, 31), date(2026, 1, 5))
    with pytest.raises(ValueError, match="at least one"):
        trend_days(date(2026, 1, 5), 0)


def test_month_end() -> None:
    assert [month_end(date(2025, month, 3)).day for month in (1, 2, 4, 12)] == [31, 28, 30, 31]
    assert month_end(date(2024, 2, 1)) == date(2024, 2, 29)


def test_a_letter_is_paid_by_payments_on_the_14_days_after_it() -> None:
    letter_day = date(2026, 2, 16)
    assert letter_outcome(letter_day, 12_000, [(date(2026, 2, 20), 5_000), (date(2026, 3, 2), 7_000)]).paid_in_full
    late = letter_outcome(letter_day, 12_000, [(date(2026, 2, 20), 5_000), (date(2026, 3, 3), 7_000)])
    assert (late.paid_in_full, late.paid_something) == (False, True)  # 3 Mar is day 15
    same_day = letter_outcome(letter_day, 12_000, [(letter_day, 12_000)])
    assert (same_day.paid_in_full, same_day.paid_something) == (False, False)  # already booked in the letter
    more = letter_outcome(letter_day, 12_000, [(date(2026, 2, 17), 20_000)])
    assert (more.paid_in_full, more.paid_something) == (True, True)


def test_a_letter_that_asked_for_nothing_is_not_paid_by_nothing() -> None:
    assert letter_outcome(date(2026, 2, 16), 0, []) == letter_outcome(date(2026, 2, 16), 100, [])
    assert not letter_outcome(date(2026, 2, 16), 0, []).paid_in_full
    assert letter_outcome(date(2026, 2, 16), 0, [(date(2026, 2, 17), 1)]).paid_in_full


def test_bucket_shares_in_percent() -> None:
    assert bucket_shares(AgingBuckets(1, 1, 1, 0, 0)) == (
        Decimal("33.3"), Decimal("33.3"), Decimal("33.3"), Decimal("0.0"), Decimal("0.0"),
    )  # fmt: skip
    assert bucket_shares(AgingBuckets(10_000, 30_000)) == (Decimal("25.0"), Decimal("75.0"), 0, 0, 0)
    assert bucket_shares(AgingBuckets()) is None
