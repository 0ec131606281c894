"""Property-based checks of the invariants every rule must keep, whatever the data."""

from dataclasses import replace
from datetime import date, timedelta
from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from workshop_desk.domain.ledger import Installment, Payment, allocate, balances
from workshop_desk.domain.money import split_evenly
from workshop_desk.domain.overdue import account_status, settled_status
from workshop_desk.domain.schedule import Interval, build_plan

START = date(2024, 1, 1)
days = st.integers(min_value=0, max_value=900).map(lambda n: START + timedelta(days=n))
cents = st.integers(min_value=0, max_value=5_000_000)


@given(total=st.integers(0, 10**11), parts=st.integers(1, 120), unit=st.sampled_from([1, 100]))
def test_a_split_adds_up_and_differs_only_on_the_last_part(total: int, parts: int, unit: int) -> None:
    amounts = split_evenly(total, parts, unit=unit)
    assert sum(amounts) == total
    assert len(amounts) == parts
    assert len(set(amounts[:-1])) <= 1
    assert all(amount % unit == 0 for amount in amounts[:-1])
    assert all(amount >= 0 for amount in amounts)


@given(amount=cents, count=st.integers(1, 60), first=days, interval=st.sampled_from(list(Interval)))
def test_a_plan_sums_to_its_amount_with_dates_in_order(
    amount: int, count: int, first: date, interval: Interval
) -> None:
    plan = build_plan(amount, count, first, interval)
    assert sum(part.amount for part in plan) == amount
    assert [part.seq for part in plan] == list(range(1, count + 1))
    assert plan[0].due_date == first
    assert all(a.due_date < b.due_date for a, b in pairwise(plan))


@st.composite
def accounts(draw: st.DrawFn) -> tuple[list[Installment], list[Payment]]:
    installments: list[Installment] = []
    for invoice_key in range(1, draw(st.integers(0, 6)) + 1):
        issued = draw(days)
        void = draw(st.booleans()) and draw(st.booleans())
        for seq in range(1, draw(st.integers(1, 4)) + 1):
            installments.append(
                Installment(
                    key=len(installments) + 1,
                    invoice_key=invoice_key,
                    invoice_number=f"N{draw(st.integers(0, 3))}-{invoice_key}",
                    issue_date=issued,
                    due_date=issued + timedelta(days=draw(st.integers(0, 120))),
                    amount=draw(cents),
                    seq=seq,
                    void=void,
                )
            )
    invoice_keys = sorted({item.invoice_key for item in installments}) or [None]
    payments = [
        Payment(
            key=key,
            date=draw(days),
            amount=draw(st.integers(1, 3_000_000)),
            invoice_key=draw(st.sampled_from([None, *invoice_keys])),
        )
        for key in range(1, draw(st.integers(0, 8)) + 1)
    ]
    return installments, payments


@settings(max_examples=300)
@given(account=accounts(), as_of=days)
def test_allocation_never_creates_or_loses_a_cent(
    account: tuple[list[Installment], list[Payment]], as_of: date
) -> None:
    installments, payments = account
    ledger = allocate(installments, payments, as_of)
    counted_payments = [payment for payment in payments if payment.date <= as_of]
    allocated = sum(piece.amount for piece in ledger.allocations)

    assert ledger.received == sum(payment.amount for payment in counted_payments)
    assert allocated + ledger.credit == ledger.received  # every received cent is somewhere
    assert sum(ledger.paid.values()) == allocated
    assert ledger.invoiced == sum(item.amount for item in installments if item.counts_on(as_of))
    assert ledger.open_balance + allocated == ledger.invoiced  # paid + open = invoiced
    assert all(piece.amount > 0 for piece in ledger.allocations)
    for item in ledger.installments:
        assert 0 <= ledger.paid[item.key] <= item.amount
    for payment in counted_payments:
        assert sum(piece.amount for piece in ledger.allocations if piece.payment_key == payment.key) <= payment.amount
    if ledger.credit:
        assert ledger.open_balance == 0  # credit only exists once everything is paid


@given(account=accounts(), as_of=days, limit=st.none() | cents, grace=st.integers(0, 30))
def test_account_figures_are_consistent(
    account: tuple[list[Installment], list[Payment]], as_of: date, limit: int | None, grace: int
) -> None:
    installments, payments = account
    status = account_status(installments, payments, as_of, limit, grace)
    assert 0 <= status.overdue_amount <= status.open_balance
    assert status.aging.total == status.open_balance
    assert status.aging.not_due == status.open_balance - status.overdue_amount
    assert (status.max_days_late > 0) == (status.overdue_amount > 0)
    assert status.missed_installments <= sum(1 for item in status.installments if item.unpaid)
    assert status.over_limit == (limit is not None and status.open_balance > limit)


@given(account=accounts(), as_of=days, seed=st.randoms(use_true_random=False))
def test_allocation_does_not_depend_on_the_order_rows_arrive_in(
    account: tuple[list[Installment], list[Payment]], as_of: date, seed
) -> None:
    installments, payments = account
    shuffled_installments, shuffled_payments = list(installments), list(payments)
    seed.shuffle(shuffled_installments)
    seed.shuffle(shuffled_payments)
    assert (
        allocate(installments, payments, as_of).paid == allocate(shuffled_installments, shuffled_payments, as_of).paid
    )


@given(account=accounts(), as_of=days, extra=st.integers(1, 1_000_000), tied=st.booleans())
def test_another_payment_never_raises_what_is_owed(
    account: tuple[list[Installment], list[Payment]], as_of: date, extra: int, tied: bool
) -> None:
    installments, payments = account
    invoice_key = installments[0].invoice_key if tied and installments else None
    more = [*payments, Payment(key=999, date=as_of, amount=extra, invoice_key=invoice_key)]
    before, after = allocate(installments, payments, as_of), allocate(installments, more, as_of)
    assert after.open_balance <= before.open_balance
    assert after.open_balance + after.received - after.credit == before.open_balance + before.received - before.credit


@given(account=accounts(), as_of=days)
def test_open_balance_and_credit_follow_from_the_totals(
    account: tuple[list[Installment], list[Payment]], as_of: date
) -> None:
    """The shortcut that spares settled customers an allocation gives the allocation's answer."""
    installments, payments = account
    ledger = allocate(installments, payments, as_of)
    assert balances(ledger.invoiced, ledger.received) == (ledger.open_balance, ledger.credit)
    if ledger.open_balance == 0:
        full = account_status(installments, payments, as_of, 0)
        short = settled_status(as_of, ledger.invoiced, ledger.received, 0)
        assert (
            short.open_balance,
            short.overdue_amount,
            short.max_days_late,
            short.missed_installments,
            short.credit,
            short.over_limit,
        ) == (
            full.open_balance,
            full.overdue_amount,
            full.max_days_late,
            full.missed_installments,
            full.credit,
            full.over_limit,
        )


@given(account=accounts(), as_of=days, limit=st.none() | cents, grace=st.integers(0, 30))
def test_leaving_out_paid_invoices_changes_no_figure(
    account: tuple[list[Installment], list[Payment]], as_of: date, limit: int | None, grace: int
) -> None:
    """The whole-shop lists keep only the invoices with something unpaid (issue #10): the same
    figures, and the same statuses for those invoices, as the full status."""
    installments, payments = account
    full = account_status(installments, payments, as_of, limit, grace)
    short = account_status(installments, payments, as_of, limit, grace, paid_invoices=False)
    open_invoices = {item.installment.invoice_key for item in full.installments if item.unpaid}
    kept = tuple(item for item in full.installments if item.installment.invoice_key in open_invoices)
    assert short == replace(full, installments=kept)
    assert short.aging == full.aging


@given(account=accounts(), as_of=days)
def test_leaving_out_the_pieces_pays_the_same(account: tuple[list[Installment], list[Payment]], as_of: date) -> None:
    installments, payments = account
    full, short = allocate(installments, payments, as_of), allocate(installments, payments, as_of, pieces=False)
    assert (short.paid, short.credit, short.received, short.installments) == (
        full.paid,
        full.credit,
        full.received,
        full.installments,
    )
    assert short.allocations == ()
