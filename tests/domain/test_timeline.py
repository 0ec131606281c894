"""A timeline answers, for every date, exactly what allocating the whole history on that date answers:
hand-worked accounts first, then a property test over random long histories."""

from __future__ import annotations

from datetime import date, timedelta

from builders import invoice, payment
from hypothesis import given, settings
from hypothesis import strategies as st

from workshop_desk.domain.ledger import Installment, Payment, allocate
from workshop_desk.domain.overdue import account_status
from workshop_desk.domain.timeline import Timeline

START = date(2024, 1, 1)


def test_overdue_at_month_ends_with_a_partial_payment_and_a_void_invoice() -> None:
    first = invoice("A-1", date(2025, 1, 10), [(date(2025, 2, 10), 30_000)])
    void = invoice("A-2", date(2025, 1, 20), [(date(2025, 1, 31), 9_000)], void=True)
    plan = invoice("A-3", date(2025, 2, 1), [(date(2025, 2, 15), 10_000), (date(2025, 3, 15), 10_000)])
    payments = [payment(date(2025, 2, 20), 12_000, first), payment(date(2025, 3, 31), 40_000)]
    timeline = Timeline(first + void + plan, payments)
    assert timeline.overdue_on(date(2025, 1, 31)) == 0  # the void A-2 would be late: it never counts
    assert timeline.overdue_on(date(2025, 2, 10)) == 0  # due today is not late
    assert timeline.overdue_on(date(2025, 2, 11)) == 30_000
    # 28 Feb: A-1 300 less 120 paid on 20 Feb (tied) = 180, A-3/1 100 → 280
    assert timeline.overdue_on(date(2025, 2, 28)) == 28_000
    assert timeline.unpaid_on(date(2025, 2, 28)) == {first[0].key: 18_000, plan[0].key: 10_000, plan[1].key: 10_000}
    # 31 Mar: 400 paid that day covers everything (380 open); 20 is credit
    assert timeline.overdue_on(date(2025, 3, 31)) == 0
    assert timeline.unpaid_on(date(2025, 3, 31)) == {}
    assert (timeline.invoiced_on(date(2025, 3, 31)), timeline.received_on(date(2025, 3, 31))) == (50_000, 52_000)


def test_money_paid_ahead_moves_to_an_invoice_issued_later_and_due_sooner() -> None:
    """The allocation is recomputed from the history: an early payment for a long plan pays a
    short invoice issued later, because it falls due first. The timeline must agree."""
    plan = invoice("P-1", date(2025, 1, 1), [(date(2025, 6, 30), 10_000)])
    quick = invoice("Q-1", date(2025, 2, 1), [(date(2025, 2, 10), 10_000)])
    early = payment(date(2025, 1, 15), 10_000)  # pays P-1 ahead on 15 Jan
    timeline = Timeline(plan + quick, [early])
    assert timeline.unpaid_on(date(2025, 1, 31)) == {}
    assert timeline.unpaid_on(date(2025, 2, 28)) == {plan[0].key: 10_000}  # Q-1 is paid now, P-1 is not
    assert timeline.overdue_on(date(2025, 2, 28)) == 0


def test_on_the_same_due_date_the_invoice_number_decides_what_an_early_payment_paid() -> None:
    """15 Jan is paid up, but B-2 (counted then) does not come before A-1 (issued later, due the
    same day) in allocation order: the payment of 10 Jan pays A-1 once it is issued."""
    late_number = invoice("B-2", date(2025, 1, 1), [(date(2025, 3, 1), 10_000)])
    early_number = invoice("A-1", date(2025, 2, 1), [(date(2025, 3, 1), 10_000)])
    timeline = Timeline(late_number + early_number, [payment(date(2025, 1, 10), 10_000)])
    assert timeline.unpaid_on(date(2025, 1, 31)) == {}
    assert timeline.unpaid_on(date(2025, 3, 15)) == {late_number[0].key: 10_000}


def test_a_plan_paid_ahead_is_not_a_cut_when_a_later_invoice_falls_due_first() -> None:
    """On 31 Jan parts 1 and 2 of the plan are paid and part 3 not at all; but Y, issued on 10 Feb,
    falls due before part 2, so in April the second payment is Y's and part 2 is unpaid again."""
    plan = invoice("X", date(2025, 1, 1), [(date(2025, 2, 1), 10_000), (date(2025, 5, 1), 10_000),
                                          (date(2025, 6, 1), 10_000)])  # fmt: skip
    later = invoice("Y", date(2025, 2, 10), [(date(2025, 4, 1), 10_000)])
    timeline = Timeline(plan + later, [payment(date(2025, 1, 15), 10_000), payment(date(2025, 1, 20), 10_000)])
    assert timeline.unpaid_on(date(2025, 1, 31)) == {plan[2].key: 10_000}
    assert timeline.unpaid_on(date(2025, 4, 15)) == {plan[1].key: 10_000, plan[2].key: 10_000}
    assert timeline.overdue_on(date(2025, 4, 15)) == 0


def test_a_plan_paid_part_by_part_is_allocated_from_the_last_part_paid() -> None:
    plan = invoice("P", date(2025, 1, 1), [(date(2025, month, 10), 10_000) for month in range(1, 7)])
    paid = [payment(date(2025, month, 9), 10_000, plan) for month in range(1, 5)]
    timeline = Timeline(plan, paid)
    assert timeline.overdue_on_days([date(2025, month, 28) for month in range(1, 7)]) == [0, 0, 0, 0, 10_000, 20_000]
    assert timeline.unpaid_on(date(2025, 6, 28)) == {plan[4].key: 10_000, plan[5].key: 10_000}


days = st.integers(min_value=0, max_value=700).map(lambda n: START + timedelta(days=n))


@st.composite
def histories(draw: st.DrawFn) -> tuple[list[Installment], list[Payment]]:
    """A long history: many invoices (some plans, some void, a few due before they were issued),
    payments that pay them off, tied or not, sometimes early, sometimes to an invoice not issued yet."""
    installments: list[Installment] = []
    for invoice_key in range(1, draw(st.integers(0, 10)) + 1):
        issued = draw(days)
        void = draw(st.integers(0, 9)) == 0
        first_due = issued + timedelta(days=draw(st.integers(-5, 60)))
        for seq in range(1, draw(st.integers(1, 4)) + 1):
            installments.append(
                Installment(
                    key=len(installments) + 1,
                    invoice_key=invoice_key,
                    invoice_number=f"N{draw(st.integers(0, 2))}-{invoice_key}",
                    issue_date=issued,
                    due_date=first_due + timedelta(days=30 * (seq - 1)),
                    amount=draw(st.integers(0, 50_000)),
                    seq=seq,
                    void=void,
                )
            )
    invoice_keys = sorted({item.invoice_key for item in installments})
    payments = []
    for key in range(1, draw(st.integers(0, 14)) + 1):
        tied = draw(st.sampled_from([None, *invoice_keys])) if invoice_keys else None
        # often exactly an installment (as customers on a plan pay), so that plans are paid off
        # part by part with nothing paid ahead: the cuts a timeline finds by allocating
        exact = [item.amount for item in installments if item.amount and (tied is None or item.invoice_key == tied)]
        amount = draw(st.sampled_from(exact)) if exact and draw(st.booleans()) else draw(st.integers(1, 60_000))
        payments.append(Payment(key=key, date=draw(days), amount=amount, invoice_key=tied))
    return installments, payments


@settings(max_examples=500)
@given(history=histories(), on=st.lists(days, min_size=1, max_size=8))
def test_a_timeline_agrees_with_the_allocation_on_every_date(
    history: tuple[list[Installment], list[Payment]], on: list[date]
) -> None:
    installments, payments = history
    timeline = Timeline(installments, payments)
    for day in on:
        ledger = allocate(installments, payments, day)
        status = account_status(installments, payments, day)
        assert timeline.unpaid_on(day) == {item.key: ledger.unpaid(item) for item in ledger.installments
                                            if ledger.unpaid(item)}  # fmt: skip
        assert timeline.overdue_on(day) == status.overdue_amount
        assert (timeline.invoiced_on(day), timeline.received_on(day)) == (ledger.invoiced, ledger.received)
        assert timeline.owes_on(day) == (ledger.open_balance > 0)
    fresh = Timeline(installments, payments)  # asked only for the list, as the reports ask it
    assert fresh.overdue_on_days(on) == [account_status(installments, payments, day).overdue_amount for day in on]
