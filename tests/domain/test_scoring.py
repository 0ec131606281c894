"""The payment behaviour score: hand-computed examples of the formula, and its invariants.

The formula (workshop_desk/domain/scoring.py): 100 − 40 × late share − 20 × mean capped lateness
÷ 60 − 5 per missed installment (≤ 15) − 10 per broken promise (≤ 20) − 30 × written-off share,
rounded half up; 70 to start with when nothing is due yet; good payer: ≥ 85 with ≥ 3 due.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from builders import invoice, payment
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from workshop_desk.domain.dunning import Promise
from workshop_desk.domain.ledger import Installment, Payment
from workshop_desk.domain.schedule import add_months
from workshop_desk.domain.scoring import NEUTRAL, PaymentHistory, Reason, ReasonCode, Score, score

AS_OF = date(2026, 3, 15)


def monthly(number: str, issued: date, first_due: date, count: int, amount: int) -> list[Installment]:
    return invoice(number, issued, [(add_months(first_due, index), amount) for index in range(count)])


def codes(result: Score) -> list[tuple[ReasonCode, int, int, int]]:
    return [(reason.code, reason.value, reason.total, reason.points) for reason in result.reasons]


# --- hand-computed examples ---------------------------------------------------------------------


def test_no_history_gives_the_neutral_score_and_no_good_payer_flag() -> None:
    assert score(PaymentHistory(AS_OF)) == Score(NEUTRAL, False, (Reason(ReasonCode.NO_HISTORY, 0),))
    not_due_yet = monthly("I1", date(2026, 3, 1), date(2026, 3, 15), 3, 100_00)  # the first is due today
    result = score(PaymentHistory(AS_OF, tuple(not_due_yet)))
    assert result.value == 70
    assert not result.good_payer


def test_every_installment_paid_on_its_due_date_scores_100_and_is_a_good_payer() -> None:
    plan = monthly("I1", date(2025, 11, 1), date(2025, 12, 1), 4, 100_00)
    paid = [payment(item.due_date, 100_00) for item in plan]
    result = score(PaymentHistory(AS_OF, tuple(plan), tuple(paid)))
    assert result == Score(100, True, (Reason(ReasonCode.ON_TIME, 4, 4),))


def test_a_good_payer_needs_three_installments_due() -> None:
    plan = monthly("I1", date(2026, 1, 1), date(2026, 1, 10), 2, 100_00)
    result = score(PaymentHistory(AS_OF, tuple(plan), tuple(payment(item.due_date, 100_00) for item in plan)))
    assert result.value == 100
    assert not result.good_payer


def test_the_sample_customer_a1() -> None:
    """600.00 in 3 × 200.00 due 1 Jan, 1 Feb, 1 Mar; 200.00 paid on 1 Jan; as of 15 March.

    Due 3, on time 1: late share 40 × 2/3 = 26.67. Lateness 42 + 14 days: 20 × 56 / (3 × 60) = 6.22.
    Missed 2: 10. 100 − 42.89 = 57.11 → 57. The late ones are 28 days late on average.
    """
    plan = monthly("P-001", date(2025, 12, 1), date(2026, 1, 1), 3, 200_00)
    result = score(PaymentHistory(AS_OF, tuple(plan), (payment(date(2026, 1, 1), 200_00, plan),)))
    assert result.value == 57
    assert codes(result) == [
        (ReasonCode.PAID_LATE, 2, 3, 27),
        (ReasonCode.MISSED, 2, 0, 10),
        (ReasonCode.DAYS_LATE, 28, 0, 6),
    ]


def test_the_grace_days_count_as_on_time() -> None:
    plan = monthly("I1", date(2025, 11, 1), date(2025, 12, 1), 3, 100_00)
    paid = tuple(payment(item.due_date + timedelta(days=3), 100_00) for item in plan)
    assert score(PaymentHistory(AS_OF, tuple(plan), paid, grace_days=3)).value == 100
    # Without grace: all 3 late, 3 days each: 100 − 40 − 20 × 9/180 = 59.
    assert score(PaymentHistory(AS_OF, tuple(plan), paid)).value == 59


def test_an_installment_is_paid_when_its_last_piece_arrives() -> None:
    """One 100.00 installment due 1 Feb: 60.00 on time, the rest 20 days late → paid late, 20 days."""
    plan = monthly("I1", date(2026, 1, 1), date(2026, 2, 1), 1, 100_00)
    paid = (payment(date(2026, 2, 1), 60_00), payment(date(2026, 2, 21), 40_00))
    result = score(PaymentHistory(AS_OF, tuple(plan), paid))
    # 40 + 20 × 20/60 = 46.67 → 53.33 → 53
    assert result.value == 53
    assert codes(result) == [(ReasonCode.PAID_LATE, 1, 1, 40), (ReasonCode.DAYS_LATE, 20, 0, 7)]


def test_half_points_round_up() -> None:
    """4 due, one paid 18 days late: 10 + 20 × 18/240 = 11.5 → 88.5 → 89 (not 88)."""
    plan = monthly("I1", date(2025, 11, 1), date(2025, 11, 20), 4, 100_00)
    paid = [payment(item.due_date, 100_00) for item in plan[:3]] + [payment(plan[3].due_date + timedelta(18), 100_00)]
    result = score(PaymentHistory(AS_OF, tuple(plan), tuple(paid)))
    assert result.value == 89
    assert result.good_payer


def test_broken_promises_cost_ten_points_each_at_most_twenty() -> None:
    plan = monthly("I1", date(2025, 11, 1), date(2025, 12, 1), 3, 100_00)
    paid = tuple(payment(item.due_date, 100_00) for item in plan)
    kept = Promise(date(2026, 1, 20), date(2026, 2, 1), 100_00)  # 1 Feb's payment keeps it
    broken = Promise(date(2026, 2, 10), date(2026, 2, 20), 50_00)
    pending = Promise(date(2026, 3, 10), date(2026, 3, 20), 50_00)  # its date has not come
    history = PaymentHistory(AS_OF, tuple(plan), paid, promises=(kept, broken, pending))
    result = score(history)
    assert result.value == 90
    assert result.good_payer
    assert codes(result) == [(ReasonCode.BROKEN_PROMISES, 1, 0, 10)]
    many = replace(history, promises=(broken, broken, broken))
    assert score(many).value == 80


def test_a_promise_is_kept_only_by_money_not_by_a_write_off() -> None:
    plan = monthly("I1", date(2026, 1, 1), date(2026, 3, 14), 1, 100_00)  # due yesterday
    written_off = payment(date(2026, 3, 12), 100_00)
    promise = Promise(date(2026, 3, 10), date(2026, 3, 13), 100_00)
    history = PaymentHistory(AS_OF, tuple(plan), (written_off,), write_offs=frozenset({written_off.key}))
    with_promise = replace(history, promises=(promise,))
    assert score(with_promise).value == score(history).value - 10


def test_written_off_installments_and_share() -> None:
    """3 × 100.00 due 1 Dec, 1 Jan, 1 Feb; two paid on time, the third written off on 20 Feb.

    Late share 40/3 = 13.33; the written-off one is not paid on time, and the shop waited for it
    19 days: 20 × 19/180 = 2.11; written off 100/300: 30/3 = 10. 100 − 25.44 = 74.56 → 75.
    """
    plan = monthly("I1", date(2025, 11, 1), date(2025, 12, 1), 3, 100_00)
    paid = [payment(item.due_date, 100_00) for item in plan[:2]]
    write_off = payment(date(2026, 2, 20), 100_00)
    history = PaymentHistory(AS_OF, tuple(plan), (*paid, write_off), write_offs=frozenset({write_off.key}))
    result = score(history)
    assert result.value == 75
    assert codes(result) == [
        (ReasonCode.PAID_LATE, 1, 3, 13),
        (ReasonCode.WRITTEN_OFF, 33, 0, 10),
        (ReasonCode.DAYS_LATE, 19, 0, 2),
    ]


def test_debt_moved_to_a_plan_is_not_paid_on_time_and_not_invoiced_twice() -> None:
    """300.00 due 10 Jan, moved on 1 Feb into 3 × 100.00 (1 Mar, 1 Apr, 1 May); 1 Mar paid on time.

    As of 15 March: due 2 (the old one, the first of the plan), on time 1: 20; the old one was
    moved 22 days after its due date: 20 × 22/120 = 3.67. 100 − 23.67 = 76.33 → 76. A later
    write-off of 100.00 is a third of what was invoiced (600 − 300 moved), not a sixth.
    """
    old = invoice("I1", date(2025, 12, 10), [(date(2026, 1, 10), 300_00)])
    moved = payment(date(2026, 2, 1), 300_00, old)
    plan = monthly("I2", date(2026, 2, 1), date(2026, 3, 1), 3, 100_00)
    first = payment(date(2026, 3, 1), 100_00)
    history = PaymentHistory(AS_OF, (*old, *plan), (moved, first), moved=frozenset({moved.key}))
    result = score(history)
    assert result.value == 76
    assert codes(result) == [(ReasonCode.PAID_LATE, 1, 2, 20), (ReasonCode.DAYS_LATE, 22, 0, 4)]
    write_off = payment(date(2026, 3, 2), 100_00)
    later = replace(history, payments=(moved, first, write_off), write_offs=frozenset({write_off.key}))
    assert (ReasonCode.WRITTEN_OFF, 33, 0, 10) in codes(score(later))


def test_the_score_never_goes_below_zero() -> None:
    plan = monthly("I1", date(2025, 1, 1), date(2025, 2, 1), 6, 100_00)  # nothing paid, all missed
    write_off = payment(date(2026, 3, 1), 600_00)
    broken = Promise(date(2025, 6, 1), date(2025, 6, 10), 100_00)
    history = PaymentHistory(
        AS_OF, tuple(plan), (write_off,), write_offs=frozenset({write_off.key}), promises=(broken, broken)
    )
    assert score(history).value == 0  # 40 + 20 + 0 (settled: not missed) + 20 + 30 = 110 off


# --- properties ----------------------------------------------------------------------------------

START = date(2025, 6, 1)
PROPERTY_AS_OF = date(2026, 6, 1)
days = st.integers(min_value=0, max_value=(PROPERTY_AS_OF - START).days + 30)


@st.composite
def histories(draw: st.DrawFn, *, tied: bool = True) -> PaymentHistory:
    """Up to 4 invoices of 1–4 monthly parts, payments (some tied, some write-offs), promises."""
    installments: list[Installment] = []
    for number in range(draw(st.integers(0, 4))):
        issued = START + timedelta(days=draw(days))
        first_due = issued + timedelta(days=draw(st.integers(0, 60)))
        parts = [
            (add_months(first_due, index), draw(st.integers(1, 500_00))) for index in range(draw(st.integers(1, 4)))
        ]
        installments += invoice(f"I{number}", issued, parts, invoice_key=number + 1)
    payments = []
    for key in range(draw(st.integers(0, 6))):
        tied_to = draw(st.sampled_from([None, 1, 2, 3, 4])) if tied else None
        payments.append(Payment(key + 1, START + timedelta(days=draw(days)), draw(st.integers(1, 800_00)), tied_to))
    write_offs = frozenset(draw(st.sets(st.sampled_from([payment.key for payment in payments]))) if payments else ())
    promises = tuple(
        Promise(made, made + timedelta(days=draw(st.integers(0, 20))), draw(st.integers(1, 500_00)))
        for made in (START + timedelta(days=draw(days)) for _ in range(draw(st.integers(0, 3))))
    )
    return PaymentHistory(
        PROPERTY_AS_OF,
        tuple(installments),
        tuple(payments),
        write_offs=write_offs,
        promises=promises,
        grace_days=draw(st.integers(0, 10)),
    )


@settings(max_examples=300, deadline=None)
@given(histories())
def test_the_score_stays_between_0_and_100(history: PaymentHistory) -> None:
    result = score(history)
    assert 0 <= result.value <= 100
    assert result.reasons
    assert not result.good_payer or result.value >= 85


@settings(max_examples=500, deadline=None)
@given(histories(tied=False), st.data())
def test_a_payment_made_later_never_raises_the_score(history: PaymentHistory, data: st.DataObject) -> None:
    """Delaying a payment of money on account never raises the score.

    Left out with ``assume`` (see the module docstring of scoring.py): a delay that carries the
    payment past a write-off (the write-off then settles other installments), and one that carries
    it from before a promise was made into the promise's days (money paid before a promise does not
    keep it, the same money paid after does: a kept promise, not a worse payment record).
    """
    money = [payment for payment in history.payments if payment.key not in history.write_offs]
    assume(money)
    later = data.draw(st.sampled_from(money))
    moved_to = later.date + timedelta(days=data.draw(st.integers(1, 120)))
    assume(not any(later.date < promise.made_on <= moved_to for promise in history.promises))
    written_off = [payment.date for payment in history.payments if payment.key in history.write_offs]
    assume(not any(later.date <= day <= moved_to for day in written_off))
    payments = tuple(payment._replace(date=moved_to) if payment is later else payment for payment in history.payments)
    assert score(replace(history, payments=payments)).value <= score(history).value
