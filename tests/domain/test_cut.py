"""Allocating only the history after the last cut (``after_last_cut``) gives, for everything that
matters on the day, exactly what allocating the whole history gives (issue #10): hand-worked
accounts first, then a property test over random histories whose old part is paid off."""

from __future__ import annotations

from datetime import date, timedelta

from builders import invoice, payment
from hypothesis import given, settings
from hypothesis import strategies as st

from workshop_desk.domain.ledger import Installment, Payment, after_last_cut, allocate
from workshop_desk.domain.overdue import account_status, installment_statuses, ledger_status, of_open_invoices

START = date(2024, 1, 1)
ON = date(2025, 12, 31)


def test_a_plan_paid_part_by_part_leaves_only_the_open_invoices() -> None:
    old = invoice("A-1", date(2025, 1, 5), [(date(2025, 2, 5), 10_000), (date(2025, 3, 5), 10_000)])
    new = invoice("A-2", date(2025, 6, 1), [(date(2025, 7, 1), 5_000), (date(2025, 8, 1), 5_000)])
    paid = [payment(date(2025, 2, 4), 10_000, old), payment(date(2025, 3, 4), 10_000), payment(date(2025, 7, 2), 5_000)]
    items, payments = after_last_cut(old + new, paid, ON)
    assert items == new  # A-1 is paid off on 4 March, before A-2 was issued
    assert payments == paid[2:]
    assert allocate(items, payments, ON).paid == {new[0].key: 5_000, new[1].key: 0}


def test_credit_at_the_cut_is_carried_as_one_untied_payment() -> None:
    old = invoice("B-1", date(2025, 1, 5), [(date(2025, 2, 5), 10_000)])
    new = invoice("B-2", date(2025, 6, 1), [(date(2025, 7, 1), 8_000)])
    paid = [payment(date(2025, 2, 1), 13_000, old), payment(date(2025, 9, 1), 1_000)]
    items, payments = after_last_cut(old + new, paid, ON)
    assert items == new
    assert payments == [Payment(key=0, date=date(2025, 5, 31), amount=3_000), paid[1]]  # before B-2 was issued
    assert allocate(items, payments, ON).paid == {new[0].key: 4_000}


def test_no_cut_through_an_invoice_or_before_a_payment_tied_to_a_later_one() -> None:
    plan = invoice("C-1", date(2025, 1, 5), [(date(2025, 2, 5), 10_000), (date(2025, 3, 5), 10_000)])
    first_part = [payment(date(2025, 2, 1), 10_000, plan)]
    assert after_last_cut(plan, first_part, ON) == (plan, first_part)  # part 1 paid, but C-1 is open
    later = invoice("C-2", date(2025, 5, 1), [(date(2025, 6, 1), 10_000)])
    ahead = [payment(date(2025, 3, 1), 20_000), payment(date(2025, 4, 1), 7_000, later)]  # tied to C-2 before it
    items, payments = after_last_cut(plan + later, ahead, ON)
    assert items == later  # the cut is 31 March: the payment of 1 April is tied to C-2
    assert payments == ahead[1:]


def test_an_invoice_issued_later_but_due_first_prevents_the_cut() -> None:
    """P is paid off on 19 Jan, but Q (issued in February) falls due before P: the payment of 15 Jan
    pays Q, and no day before the second payment is a cut."""
    plan = invoice("P-1", date(2025, 1, 1), [(date(2025, 6, 30), 10_000)])
    quick = invoice("Q-1", date(2025, 2, 1), [(date(2025, 2, 10), 10_000)])
    paid = [payment(date(2025, 1, 15), 10_000), payment(date(2025, 1, 20), 5_000)]
    assert after_last_cut(plan + quick, paid, ON) == (quick + plan, paid)


days = st.integers(min_value=0, max_value=700).map(lambda n: START + timedelta(days=n))


@st.composite
def paid_off_histories(draw: st.DrawFn) -> tuple[list[Installment], list[Payment]]:
    """Invoices (plans, void ones, some due before issue, shared due dates and numbers), the older
    of them paid off part by part with exact payments (tied or not, on time or not), then random
    payments — some tied to invoices not issued yet, some more than what is owed."""
    installments: list[Installment] = []
    for invoice_key in range(1, draw(st.integers(0, 12)) + 1):
        issued = draw(days)
        void = draw(st.integers(0, 9)) == 0
        first_due = issued + timedelta(days=draw(st.integers(-5, 60)))
        step = draw(st.sampled_from([0, 15, 30]))
        for seq in range(1, draw(st.integers(1, 4)) + 1):
            installments.append(
                Installment(
                    key=len(installments) + 1,
                    invoice_key=invoice_key,
                    invoice_number=f"N{draw(st.integers(0, 2))}-{invoice_key}",
                    issue_date=issued,
                    due_date=first_due + timedelta(days=step * (seq - 1)),
                    amount=draw(st.integers(0, 50_000)),
                    seq=seq,
                    void=void,
                )
            )
    payments: list[Payment] = []
    counted = sorted((item for item in installments if not item.void),
                     key=lambda item: (item.due_date, item.invoice_number, item.seq, item.key))  # fmt: skip
    paid_off = draw(st.integers(0, len(counted)))
    for item in counted[:paid_off]:  # pay the oldest in allocation order, one installment at a time
        if item.amount:
            paid_on = item.issue_date + timedelta(days=draw(st.integers(0, 90)))
            tied = item.invoice_key if draw(st.booleans()) else None
            payments.append(Payment(key=len(payments) + 1, date=paid_on, amount=item.amount, invoice_key=tied))
    invoice_keys = sorted({item.invoice_key for item in installments})
    for _ in range(draw(st.integers(0, 5))):
        tied = draw(st.sampled_from([None, *invoice_keys])) if invoice_keys else None
        payments.append(Payment(key=len(payments) + 1, date=draw(days), amount=draw(st.integers(1, 60_000)),
                                invoice_key=tied))  # fmt: skip
    return installments, draw(st.permutations(payments))


@settings(max_examples=1000)
@given(history=paid_off_histories(), on=days)
def test_the_history_after_the_last_cut_allocates_as_the_whole(
    history: tuple[list[Installment], list[Payment]], on: date
) -> None:
    installments, payments = history
    full = allocate(installments, payments, on)
    items, since = after_last_cut(installments, payments, on)
    part = allocate(items, since, on)
    assert list(full.installments[len(full.installments) - len(items) :]) == items  # a suffix, in order
    assert all(full.unpaid(item) == 0 for item in full.installments[: len(full.installments) - len(items)])
    assert part.paid == {item.key: full.paid[item.key] for item in items}
    assert part.credit == full.credit
    kept = {item.invoice_key for item in items}
    assert all(item in items for item in full.installments if item.invoice_key in kept)  # whole invoices


@settings(max_examples=500)
@given(history=paid_off_histories(), on=days, limit=st.none() | st.integers(0, 100_000), grace=st.integers(0, 30))
def test_the_overdue_figures_of_open_invoices_are_those_of_the_whole_allocation(
    history: tuple[list[Installment], list[Payment]], on: date, limit: int | None, grace: int
) -> None:
    installments, payments = history
    ledger = allocate(installments, payments, on, pieces=False)
    expected = ledger_status(ledger, of_open_invoices(installment_statuses(ledger, grace)), limit)
    assert account_status(installments, payments, on, limit, grace, paid_invoices=False) == expected
