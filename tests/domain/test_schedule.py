from datetime import date

import pytest

from workshop_desk.domain.schedule import (
    MAX_INSTALLMENTS,
    Interval,
    PlannedInstallment,
    add_months,
    build_plan,
    due_dates,
    single_installment_plan,
)


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (date(2026, 1, 31), 1, date(2026, 2, 28)),
        (date(2024, 1, 31), 1, date(2024, 2, 29)),  # leap year
        (date(2026, 1, 31), 2, date(2026, 3, 31)),  # back to the 31st, not dragged to the 28th
        (date(2026, 3, 31), 1, date(2026, 4, 30)),
        (date(2026, 11, 15), 2, date(2027, 1, 15)),  # over the year end
        (date(2026, 12, 31), 14, date(2028, 2, 29)),
        (date(2026, 5, 10), 0, date(2026, 5, 10)),
    ],
)
def test_add_months_is_month_end_safe(start: date, months: int, expected: date) -> None:
    assert add_months(start, months) == expected


def test_monthly_dates_from_january_31() -> None:
    assert due_dates(date(2024, 1, 31), 4) == [
        date(2024, 1, 31),
        date(2024, 2, 29),
        date(2024, 3, 31),
        date(2024, 4, 30),
    ]


def test_weekly_dates() -> None:
    assert due_dates(date(2026, 12, 24), 3, Interval.WEEKLY) == [
        date(2026, 12, 24),
        date(2026, 12, 31),
        date(2027, 1, 7),
    ]


def test_build_plan_splits_equally_with_remainder_last() -> None:
    plan = build_plan(100_00, 3, date(2026, 1, 31))
    assert plan == [
        PlannedInstallment(1, date(2026, 1, 31), 33_33),
        PlannedInstallment(2, date(2026, 2, 28), 33_33),
        PlannedInstallment(3, date(2026, 3, 31), 33_34),
    ]


def test_build_plan_in_whole_forints() -> None:
    plan = build_plan(100_000_00, 6, date(2026, 2, 1), unit=100)
    assert [part.amount for part in plan] == [16_666_00] * 5 + [16_670_00]
    assert sum(part.amount for part in plan) == 100_000_00


@pytest.mark.parametrize("count", [0, -1, MAX_INSTALLMENTS + 1])
def test_build_plan_refuses_impossible_counts(count: int) -> None:
    with pytest.raises(ValueError, match="between 1 and"):
        build_plan(100, count, date(2026, 1, 1))


def test_invoice_without_plan_is_one_installment_of_total_less_deposit() -> None:
    assert single_installment_plan(900_00, 300_00, date(2026, 3, 1)) == [
        PlannedInstallment(1, date(2026, 3, 1), 600_00)
    ]
    assert single_installment_plan(50_00, 50_00, date(2026, 3, 1))[0].amount == 0
    with pytest.raises(ValueError, match="deposit is larger"):
        single_installment_plan(50_00, 60_00, date(2026, 3, 1))
