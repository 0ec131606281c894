"""Late interest, worked out by hand: rate periods, a partial payment, day counts, fixed rates."""

from datetime import date
from decimal import Decimal

from builders import invoice, payment

from workshop_desk.domain.fees import FeeRule, fee_lines
from workshop_desk.domain.interest import (
    DayCount,
    InterestRule,
    RatePeriod,
    installment_interest,
    ledger_interest,
    total,
)
from workshop_desk.domain.ledger import allocate

KEY_RATE = InterestRule(
    (
        RatePeriod(date(2025, 7, 28), Decimal(18)),
        RatePeriod(date(2025, 9, 15), Decimal(17)),
        RatePeriod(date(2025, 10, 27), Decimal("16.5")),
    ),
    day_count=DayCount.ACTUAL_ACTUAL,
)


def test_two_rate_changes_and_a_partial_payment_by_hand() -> None:
    """100 000 ₽ due 31 Aug 2025; 40 000 paid on 1 Oct; claimed on 10 Nov 2025.

    1–14 Sep  100 000 × 18 %   × 14/365 = 690.41
    15–30 Sep 100 000 × 17 %   × 16/365 = 745.21
    1–26 Oct   60 000 × 17 %   × 26/365 = 726.58
    27 Oct–10 Nov 60 000 × 16.5 % × 15/365 = 406.85      total 2 569.05
    """
    debt = invoice("2025-0815", date(2025, 8, 1), [(date(2025, 8, 31), 100_000_00)])
    ledger = allocate(debt, [payment(date(2025, 10, 1), 40_000_00, tied_to=debt)], date(2025, 11, 10))
    lines = ledger_interest(ledger, KEY_RATE, date(2025, 11, 10))
    assert [(line.first_day, line.last_day, line.balance, line.rate, line.days, line.amount) for line in lines] == [
        (date(2025, 9, 1), date(2025, 9, 14), 100_000_00, Decimal(18), 14, 690_41),
        (date(2025, 9, 15), date(2025, 9, 30), 100_000_00, Decimal(17), 16, 745_21),
        (date(2025, 10, 1), date(2025, 10, 26), 60_000_00, Decimal(17), 26, 726_58),
        (date(2025, 10, 27), date(2025, 11, 10), 60_000_00, Decimal("16.5"), 15, 406_85),
    ]
    assert total(lines) == 2_569_05
    assert {line.reference for line in lines} == {"2025-0815"}


def test_a_leap_year_counts_366_days_under_the_actual_rule() -> None:
    rule = InterestRule((RatePeriod(date(2020, 1, 1), Decimal(10)),), day_count=DayCount.ACTUAL_ACTUAL)
    [item] = invoice("L", date(2023, 12, 1), [(date(2023, 12, 30), 36_600_00)])
    lines = installment_interest(item, [], date(2024, 1, 10), rule, "L")
    # 31 Dec 2023: 36 600 × 10 % / 365 = 10.03; 1–10 Jan 2024: 36 600 × 10 % × 10/366 = 100.00
    assert [(line.first_day, line.days, line.divisor, line.amount) for line in lines] == [
        (date(2023, 12, 31), 1, 365, 10_03),
        (date(2024, 1, 1), 10, 366, 100_00),
    ]


def test_a_rate_fixed_for_the_life_of_the_debt_ignores_later_changes() -> None:
    """UK B2B: the reference rate of the half-year the debt fell late in, plus 8 points."""
    rule = InterestRule(
        (RatePeriod(date(2025, 1, 1), Decimal("4.75")), RatePeriod(date(2025, 7, 1), Decimal("4.25"))),
        margin=Decimal(8),
        fixed_at_start=True,
    )
    [item] = invoice("F", date(2025, 5, 1), [(date(2025, 5, 31), 1_000_00)])
    lines = installment_interest(item, [], date(2025, 8, 31), rule, "F")
    # 1 Jun – 31 Aug = 92 days at 12.75 %: 1 000 × 12.75 % × 92/365 = 32.14
    assert [(line.rate, line.days, line.amount) for line in lines] == [(Decimal("12.75"), 92, 32_14)]


def test_a_monthly_rate_pro_rata_die_uses_a_360_day_year() -> None:
    rule = InterestRule((RatePeriod(date(2000, 1, 1), Decimal(12)),), day_count=DayCount.ACTUAL_360)
    [item] = invoice("B", date(2026, 1, 1), [(date(2026, 1, 10), 3_000_00)])
    # 30 days late at 1 % a month = 1 % of 3 000 = 30.00
    assert total(installment_interest(item, [], date(2026, 2, 9), rule, "B")) == 30_00


def test_nothing_is_charged_before_the_day_after_the_due_date_or_on_what_was_paid_in_time() -> None:
    [item] = invoice("N", date(2026, 1, 1), [(date(2026, 1, 31), 500_00)])
    rule = InterestRule((RatePeriod(date(2000, 1, 1), Decimal(10)),))
    assert installment_interest(item, [], date(2026, 1, 31), rule, "N") == []
    early = installment_interest(item, [(date(2026, 1, 20), 200_00)], date(2026, 3, 1), rule, "N")
    assert {line.balance for line in early} == {300_00}


def test_settled_installments_are_not_claimed() -> None:
    plan = invoice("S", date(2026, 1, 1), [(date(2026, 1, 10), 100_00), (date(2026, 2, 10), 100_00)])
    ledger = allocate(plan, [payment(date(2026, 2, 1), 100_00)], date(2026, 3, 1))
    lines = ledger_interest(ledger, InterestRule((RatePeriod(date(2000, 1, 1), Decimal(10)),)), date(2026, 3, 1))
    assert {line.first_day for line in lines} == {date(2026, 2, 11)}


def test_flat_compensation_by_size_of_debt_and_a_one_off_fine() -> None:
    uk = FeeRule(tiers=((100_000, 4_000), (1_000_000, 7_000), (None, 10_000)))
    assert [(line.reference, line.amount) for line in fee_lines({"A": 99_999, "B": 100_000, "C": 1_000_000}, uk)] == [
        ("A", 4_000),
        ("B", 7_000),
        ("C", 10_000),
    ]
    brazil = FeeRule(fine_percent=Decimal(2))
    [fine] = fee_lines({"OS-1": 1_234_56, "OS-2": 500_00}, brazil)
    assert (fine.kind, fine.basis, fine.amount) == ("fine", 1_734_56, 34_69)  # 2 % of 1 734.56 = 34.6912
    assert fee_lines({"A": 0}, uk) == []


def test_where_the_payment_day_counts_it_still_bears_interest() -> None:
    rule = InterestRule((RatePeriod(date(2000, 1, 1), Decimal("36.5")),), payment_day_counts=True)
    [item] = invoice("P", date(2026, 1, 1), [(date(2026, 1, 31), 1_000_00)])
    lines = installment_interest(item, [(date(2026, 2, 5), 1_000_00)], date(2026, 3, 1), rule, "P")
    # 1–5 Feb, payment day included: 5 days × 0.1 % a day = 5.00; nothing after it was paid
    assert [(line.first_day, line.last_day, line.amount) for line in lines] == [
        (date(2026, 2, 1), date(2026, 2, 5), 5_00)
    ]


def test_whole_forints_round_each_line_to_a_forint() -> None:
    rule = InterestRule((RatePeriod(date(2000, 1, 1), Decimal(10)),))
    [item] = invoice("H", date(2026, 1, 1), [(date(2026, 1, 31), 25_000_00)])
    lines = installment_interest(item, [], date(2026, 2, 7), rule, "H", unit=100)
    # 25 000 Ft × 10 % × 7/365 = 47.95 Ft → 48 Ft
    assert [line.amount for line in lines] == [48_00]
