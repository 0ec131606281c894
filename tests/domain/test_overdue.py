"""Balances, lateness, missed installments, limits, aging and DSO, against hand-worked figures."""

from datetime import date, timedelta
from decimal import Decimal

import pytest
from builders import invoice, payment

from workshop_desk.domain.overdue import (
    AgingBuckets,
    DueState,
    PaymentState,
    account_status,
    days_sales_outstanding,
    urgency,
)

D = date(2026, 3, 15)


def test_acceptance_customer_a1() -> None:
    """600.00 in three parts (1 Jan, 1 Feb, 1 Mar); the first paid. Limit 400.00."""
    plan = invoice(
        "P-001",
        date(2025, 12, 1),
        [(date(2026, 1, 1), 200_00), (date(2026, 2, 1), 200_00), (date(2026, 3, 1), 200_00)],
    )
    status = account_status(plan, [payment(date(2026, 1, 1), 200_00, tied_to=plan)], D, debt_limit=400_00)
    assert status.open_balance == 400_00
    assert status.overdue_amount == 400_00
    assert status.max_days_late == 42  # 15 Mar − 1 Feb
    assert status.missed_installments == 2
    assert not status.over_limit  # 400 is not more than 400
    assert status.needs_attention


def test_installment_due_on_the_as_of_date_is_not_late() -> None:
    due_today = invoice("T", date(2026, 3, 1), [(D, 100_00)])
    status = account_status(due_today, [], D)
    assert status.open_balance == 100_00
    assert status.overdue_amount == 0
    assert status.max_days_late == 0
    assert status.installments[0].due_state is DueState.NOT_DUE
    assert not status.needs_attention
    tomorrow = account_status(due_today, [], D + timedelta(days=1))
    assert (tomorrow.overdue_amount, tomorrow.max_days_late) == (100_00, 1)


def test_single_unpaid_invoice_is_overdue_but_not_a_missed_installment() -> None:
    single = invoice("S", date(2026, 1, 1), [(date(2026, 1, 31), 80_00)])
    status = account_status(single, [payment(date(2026, 3, 1), 30_00)], D)
    assert (status.overdue_amount, status.max_days_late, status.missed_installments) == (50_00, 43, 0)
    assert status.installments[0].payment_state is PaymentState.PARTLY_PAID
    assert status.installments[0].due_state is DueState.OVERDUE


def test_grace_days_delay_a_missed_installment() -> None:
    plan = invoice("G", date(2026, 1, 1), [(date(2026, 3, 10), 50_00), (date(2026, 4, 10), 50_00)])
    assert account_status(plan, [], D, grace_days=5).missed_installments == 0  # 5 days late, not more
    assert account_status(plan, [], D, grace_days=4).missed_installments == 1
    assert account_status(plan, [], D).missed_installments == 1
    with pytest.raises(ValueError, match="grace"):
        account_status(plan, [], D, grace_days=-1)


def test_partly_paid_installment_of_a_plan_is_missed() -> None:
    plan = invoice("M", date(2026, 1, 1), [(date(2026, 2, 1), 100_00), (date(2026, 3, 1), 100_00)])
    status = account_status(plan, [payment(date(2026, 2, 1), 150_00)], D)
    states = [(item.payment_state, item.due_state) for item in status.installments]
    assert states == [(PaymentState.PAID, DueState.SETTLED), (PaymentState.PARTLY_PAID, DueState.MISSED)]
    assert status.missed_installments == 1
    assert status.max_days_late == 14


def test_limit_zero_means_no_credit() -> None:
    not_yet_due = invoice("N", date(2026, 3, 1), [(date(2026, 3, 31), 45_00)])
    status = account_status(not_yet_due, [], D, debt_limit=0)
    assert status.over_limit
    assert status.over_limit_by == 45_00
    assert status.needs_attention  # on the list although nothing is late


def test_no_limit_is_never_over() -> None:
    big = invoice("B", date(2026, 1, 1), [(date(2026, 1, 1), 1_000_000_00)])
    status = account_status(big, [], D, debt_limit=None)
    assert not status.over_limit
    assert status.over_limit_by == 0
    assert not status.would_exceed_limit(10**9)


def test_would_a_new_invoice_exceed_the_limit() -> None:
    open_invoice = invoice("O", date(2026, 3, 1), [(date(2026, 3, 31), 300_00)])
    status = account_status(open_invoice, [], D, debt_limit=500_00)
    assert status.balance_after_new_invoice(200_00) == 500_00
    assert not status.would_exceed_limit(200_00)  # exactly at the limit
    assert status.would_exceed_limit(200_01)


def test_credit_is_netted_before_the_limit_check() -> None:
    paid = invoice("P", date(2026, 1, 1), [(date(2026, 1, 1), 100_00)])
    status = account_status(paid, [payment(date(2026, 1, 1), 250_00)], D, debt_limit=0)
    assert (status.open_balance, status.credit) == (0, 150_00)
    assert not status.would_exceed_limit(150_00)
    assert status.would_exceed_limit(150_01)


def test_paid_account_needs_no_attention() -> None:
    paid = invoice("P", date(2026, 1, 1), [(date(2026, 1, 15), 100_00)])
    status = account_status(paid, [payment(date(2026, 1, 20), 100_00)], D, debt_limit=50_00)
    assert (status.open_balance, status.overdue_amount, status.max_days_late) == (0, 0, 0)
    assert not status.needs_attention


@pytest.mark.parametrize(
    ("days_late", "bucket"),
    [
        (-5, "not_due"),
        (0, "not_due"),
        (1, "d1_30"),
        (30, "d1_30"),
        (31, "d31_60"),
        (60, "d31_60"),
        (61, "d61_90"),
        (90, "d61_90"),
        (91, "d90_plus"),
        (400, "d90_plus"),
    ],
)
def test_aging_bucket_edges(days_late: int, bucket: str) -> None:
    item = invoice("A", date(2020, 1, 1), [(D - timedelta(days=days_late), 10_00)])
    aging = account_status(item, [], D).aging
    assert getattr(aging, bucket) == 10_00
    assert aging.total == 10_00


def test_aging_uses_unpaid_parts_and_adds_up_to_the_open_balance() -> None:
    items = invoice(
        "A",
        date(2025, 1, 1),
        [(date(2025, 12, 1), 100_00), (date(2026, 2, 20), 100_00), (date(2026, 4, 1), 100_00)],
    )
    status = account_status(items, [payment(date(2026, 1, 1), 130_00)], D)
    assert status.aging == AgingBuckets(not_due=100_00, d1_30=70_00)
    assert status.aging.total == status.open_balance == 170_00
    assert status.aging + status.aging == AgingBuckets(not_due=200_00, d1_30=140_00)


def test_urgency_puts_big_old_debts_first() -> None:
    big_old = account_status(invoice("1", date(2025, 1, 1), [(date(2025, 12, 15), 500_00)]), [], D)
    small_new = account_status(invoice("2", date(2026, 1, 1), [(date(2026, 3, 1), 50_00)]), [], D)
    over_limit_only = account_status(invoice("3", date(2026, 3, 1), [(date(2026, 4, 1), 50_00)]), [], D, debt_limit=0)
    assert sorted([over_limit_only, small_new, big_old], key=urgency) == [big_old, small_new, over_limit_only]


def test_days_sales_outstanding() -> None:
    # 30 000 owed at the end of a quarter in which 90 000 was sold on credit: 30 days.
    assert days_sales_outstanding(30_000_00, 90_000_00, 90) == Decimal("30.0")
    assert days_sales_outstanding(10_000_00, 30_000_00, 365) == Decimal("121.7")
    assert days_sales_outstanding(5_00, 0) is None
    with pytest.raises(ValueError, match="at least one day"):
        days_sales_outstanding(1, 1, 0)
