"""Allocation of payments, checked against amounts worked out by hand."""

from datetime import date

from builders import invoice, payment

from workshop_desk.domain.ledger import allocate

D = date(2026, 3, 15)


def paid_amounts(ledger, installments) -> list[int]:
    return [ledger.paid.get(item.key, 0) for item in installments]


def test_untied_payment_pays_oldest_due_first_across_invoices() -> None:
    older = invoice("B-2", date(2026, 1, 1), [(date(2026, 1, 10), 100_00)])
    newer = invoice("A-1", date(2026, 1, 5), [(date(2026, 2, 10), 100_00)])
    ledger = allocate(older + newer, [payment(date(2026, 3, 1), 150_00)], D)
    assert paid_amounts(ledger, older + newer) == [100_00, 50_00]
    assert ledger.open_balance == 50_00
    assert ledger.credit == 0


def test_same_due_date_is_ordered_by_invoice_number() -> None:
    second = invoice("2026-002", date(2026, 1, 1), [(date(2026, 2, 1), 100_00)])
    first = invoice("2026-001", date(2026, 1, 1), [(date(2026, 2, 1), 100_00)])
    ledger = allocate(second + first, [payment(date(2026, 2, 5), 60_00)], D)
    assert paid_amounts(ledger, first + second) == [60_00, 0]


def test_tied_payment_pays_its_invoice_first_then_the_oldest_other() -> None:
    old = invoice("P-1", date(2025, 12, 1), [(date(2026, 1, 1), 100_00)])
    plan = invoice("P-2", date(2026, 1, 1), [(date(2026, 2, 1), 50_00), (date(2026, 3, 1), 50_00)])
    ledger = allocate(old + plan, [payment(date(2026, 3, 2), 120_00, tied_to=plan)], D)
    # 50 + 50 to P-2 (its own installments by due date), the remaining 20 to P-1.
    assert paid_amounts(ledger, plan) == [50_00, 50_00]
    assert paid_amounts(ledger, old) == [20_00]
    assert ledger.open_balance == 80_00


def test_payments_apply_in_date_then_id_order() -> None:
    a = invoice("A", date(2026, 1, 1), [(date(2026, 1, 5), 100_00)])
    b = invoice("B", date(2026, 1, 1), [(date(2026, 1, 20), 100_00)])
    # The payment tied to A is dated later than the untied one: the untied one comes first and
    # takes A (oldest), so the tied one, finding A paid, goes on to B.
    untied = payment(date(2026, 2, 1), 100_00, key=2)
    tied = payment(date(2026, 2, 2), 100_00, tied_to=a, key=1)
    ledger = allocate(a + b, [tied, untied], D)
    assert paid_amounts(ledger, a + b) == [100_00, 100_00]
    assert [(item.payment_key, item.amount) for item in ledger.allocations] == [(2, 100_00), (1, 100_00)]


def test_overpayment_becomes_credit() -> None:
    only = invoice("X", date(2026, 1, 1), [(date(2026, 2, 1), 80_00)])
    ledger = allocate(only, [payment(date(2026, 2, 1), 100_00, tied_to=only)], D)
    assert ledger.open_balance == 0
    assert ledger.credit == 20_00
    assert ledger.received == 100_00


def test_credit_pays_an_invoice_issued_later() -> None:
    advance = payment(date(2026, 1, 2), 50_00)
    later = invoice("L", date(2026, 2, 1), [(date(2026, 2, 1), 80_00)])
    ledger = allocate(later, [advance], D)
    assert ledger.credit == 0
    assert ledger.open_balance == 30_00


def test_void_invoice_is_ignored_and_its_payment_pays_other_invoices() -> None:
    voided = invoice("V", date(2026, 1, 10), [(date(2026, 2, 10), 150_00)], void=True)
    reissued = invoice("R", date(2026, 1, 12), [(date(2026, 2, 12), 150_00)])
    ledger = allocate(voided + reissued, [payment(date(2026, 2, 1), 150_00, tied_to=voided)], D)
    assert [item.key for item in ledger.installments] == [reissued[0].key]
    assert ledger.open_balance == 0
    assert ledger.credit == 0


def test_only_what_exists_as_of_the_date_counts() -> None:
    issued_later = invoice("F", date(2026, 3, 16), [(date(2026, 4, 1), 70_00)])
    current = invoice("C", date(2026, 3, 1), [(date(2026, 3, 10), 40_00)])
    paid_later = payment(date(2026, 3, 16), 40_00, tied_to=current)
    ledger = allocate(issued_later + current, [paid_later], D)
    assert ledger.open_balance == 40_00
    assert ledger.received == 0
    assert allocate(issued_later + current, [paid_later], date(2026, 3, 16)).open_balance == 70_00


def test_zero_amount_installment_is_paid_and_takes_nothing() -> None:
    free = invoice("W", date(2026, 1, 1), [(date(2026, 1, 1), 0)])
    due = invoice("Z", date(2026, 1, 2), [(date(2026, 1, 2), 10_00)])
    ledger = allocate(free + due, [payment(date(2026, 1, 5), 10_00)], D)
    assert ledger.paid[free[0].key] == 0
    assert ledger.unpaid(free[0]) == 0
    assert ledger.open_balance == 0
    assert [item.installment_key for item in ledger.allocations] == [due[0].key]


def test_a_payment_split_over_several_installments_is_recorded_piece_by_piece() -> None:
    plan = invoice(
        "P",
        date(2026, 1, 1),
        [(date(2026, 1, 1), 30_00), (date(2026, 2, 1), 30_00), (date(2026, 3, 1), 30_00)],
    )
    pay = payment(date(2026, 2, 1), 75_00, tied_to=plan)
    ledger = allocate(plan, [pay], D)
    assert [(item.installment_key, item.amount) for item in ledger.allocations] == [
        (plan[0].key, 30_00),
        (plan[1].key, 30_00),
        (plan[2].key, 15_00),
    ]


def test_acceptance_customer_a4_by_hand() -> None:
    """900.00 with a 300.00 deposit in three parts; 200 tied on 22 Dec, 250 untied on 25 Feb."""
    plan = invoice(
        "P-004",
        date(2025, 11, 20),
        [(date(2025, 12, 20), 200_00), (date(2026, 1, 20), 200_00), (date(2026, 2, 20), 200_00)],
    )
    ledger = allocate(plan, [payment(date(2025, 12, 22), 200_00, tied_to=plan), payment(date(2026, 2, 25), 250_00)], D)
    assert paid_amounts(ledger, plan) == [200_00, 200_00, 50_00]
    assert ledger.open_balance == 150_00
