"""The agenda through the database: steps logged in the contact log, promises, disputes, limits,
fees charged once, hand-over — stepping the clock forward day by day."""

from __future__ import annotations

import json
from datetime import date, datetime, time, timedelta

import pytest
from sqlalchemy import select

from workshop_desk.db.models import ChargeRow, Customer
from workshop_desk.db.session import Database
from workshop_desk.domain.dunning import DEFAULT_LADDER, Action, LadderStep
from workshop_desk.domain.schedule import build_plan
from workshop_desk.services.collections import (
    ContactError,
    Outcome,
    agenda,
    record_contact,
    save_ladder,
)
from workshop_desk.services.customers import CustomerData, save_customer
from workshop_desk.services.invoices import InvoiceData, create_invoice
from workshop_desk.services.payments import PaymentData, record_payment
from workshop_desk.services.shop import Shop, save_shop

pytestmark = pytest.mark.both_engines

DUE = date(2026, 3, 10)


@pytest.fixture
def shop(database: Database) -> Database:
    with database.write() as session:
        save_shop(session, Shop(name="Kershaw Motors", country="GB", currency="GBP", language="en"))
    return database


def customer(database: Database, code: str, *, due: date = DUE, total: int = 100_00, parts: int = 1, **extra) -> int:
    with database.write() as session:
        customer_id = save_customer(session, CustomerData(code, f"Customer {code}", phone="0161 496 0000", **extra))
        plan = tuple(build_plan(total, parts, due)) if parts > 1 else ()
        create_invoice(
            session,
            InvoiceData(f"INV-{code}", customer_id, due - timedelta(days=20), due, total, plan=plan),
            as_of=due - timedelta(days=20),
            override_reason="test",
        )
    return customer_id


def today_list(database: Database, day: date) -> list[tuple[str, str, str]]:
    with database.read() as session:
        return [(item.account.customer.code, item.step.key, item.reason.value) for item in agenda(session, day)]


def do(database: Database, day: date, code: str, outcome: Outcome = Outcome.REACHED, hour: int = 10, **details) -> None:
    with database.write() as session:
        item = next(item for item in agenda(session, day) if item.account.customer.code == code)
        record_contact(
            session,
            item.customer_id,
            at=datetime.combine(day, time(hour)),
            channel=item.step.action.value,
            outcome=outcome,
            step=item.step,
            covered=item.covered,
            user="test",
            **details,
        )


def test_stepping_the_clock_moves_the_account_up_the_ladder(shop: Database) -> None:
    customer(shop, "A")
    assert today_list(shop, date(2026, 3, 6)) == []
    assert today_list(shop, date(2026, 3, 7)) == [("A", "courtesy", "due")]
    do(shop, date(2026, 3, 7), "A", Outcome.LETTER_SENT)
    assert today_list(shop, date(2026, 3, 9)) == []
    assert today_list(shop, date(2026, 3, 10)) == [("A", "due_call", "due")]
    assert today_list(shop, date(2026, 3, 11)) == [("A", "due_call", "due")]  # not done: it stays
    do(shop, date(2026, 3, 11), "A")
    assert today_list(shop, date(2026, 3, 11)) == []
    assert today_list(shop, date(2026, 3, 12)) == [("A", "reminder", "due")]  # max(11th, 11th + 1)
    do(shop, date(2026, 3, 12), "A", Outcome.LETTER_SENT)
    assert today_list(shop, date(2026, 3, 17)) == []
    assert today_list(shop, date(2026, 3, 18)) == [("A", "second", "due")]  # max(17th, 12th + 6)


def test_a_paid_account_leaves_the_list(shop: Database) -> None:
    customer_id = customer(shop, "P")
    assert today_list(shop, date(2026, 3, 12)) == [("P", "due_call", "due")]
    with shop.write() as session:
        record_payment(session, PaymentData(customer_id, date(2026, 3, 12), 100_00), date(2026, 3, 12))
    assert today_list(shop, date(2026, 3, 12)) == []


def test_no_answer_keeps_the_call_and_the_contact_limit_moves_a_second_one(shop: Database) -> None:
    customer(shop, "N")
    do(shop, date(2026, 3, 10), "N", Outcome.NO_ANSWER)
    with shop.read() as session:
        [item] = agenda(session, date(2026, 3, 10))
    assert (item.step.key, item.moved_to) == ("due_call", date(2026, 3, 11))  # 1 call a day (230-FZ)
    assert today_list(shop, date(2026, 3, 11)) == [("N", "due_call", "due")]
    do(shop, date(2026, 3, 11), "N", Outcome.NO_ANSWER)
    # two calls this week: the next one waits a week after the first
    with shop.read() as session:
        [item] = agenda(session, date(2026, 3, 12))
    assert item.moved_to == date(2026, 3, 17)
    assert "2/2 a week" in item.limit_detail


def test_a_kept_promise_and_a_broken_one(shop: Database) -> None:
    kept_id = customer(shop, "K")
    customer(shop, "B", total=200_00)
    for code in ("K", "B"):
        do(shop, date(2026, 3, 10), code, Outcome.PROMISED, promise_until=date(2026, 3, 20), promise_amount=100_00)
    assert today_list(shop, date(2026, 3, 15)) == []  # both paused
    with shop.write() as session:
        record_payment(session, PaymentData(kept_id, date(2026, 3, 18), 100_00), date(2026, 3, 18))
    assert today_list(shop, date(2026, 3, 21)) == [("B", "reminder", "broken_promise")]


def test_a_broken_promise_comes_first(shop: Database) -> None:
    customer(shop, "BIG", total=900_00, due=date(2026, 2, 1))
    customer(shop, "LATE", total=50_00)
    do(shop, date(2026, 3, 10), "LATE", Outcome.PROMISED, promise_until=date(2026, 3, 12), promise_amount=50_00)
    codes = [code for code, _, _ in today_list(shop, date(2026, 3, 13))]
    assert codes == ["LATE", "BIG"]


def test_a_dispute_pauses_until_resolved(shop: Database) -> None:
    customer_id = customer(shop, "D")
    with pytest.raises(ContactError, match="disputes"):
        do(shop, date(2026, 3, 10), "D", Outcome.DISPUTED)
    do(shop, date(2026, 3, 10), "D", Outcome.DISPUTED, note="Says the work was not done")
    assert today_list(shop, date(2026, 3, 20)) == []
    with shop.write() as session:
        record_contact(
            session, customer_id, at=datetime(2026, 3, 20, 11), channel="visit", outcome=Outcome.DISPUTE_RESOLVED,
            note="Workshop report accepted",
        )  # fmt: skip
    assert today_list(shop, date(2026, 3, 20)) == [("D", "reminder", "due")]


def test_a_promise_needs_a_date_and_an_amount(shop: Database) -> None:
    customer(shop, "Q")
    with pytest.raises(ContactError, match="promise"):
        do(shop, date(2026, 3, 10), "Q", Outcome.PROMISED, promise_until=date(2026, 3, 9), promise_amount=10_00)


def test_a_step_fee_is_charged_once_whatever_is_logged_again(shop: Database) -> None:
    reminder = LadderStep("reminder", 1, Action.LETTER, "reminder", 5_00)
    with shop.write() as session:
        save_ladder(session, (*DEFAULT_LADDER[:2], reminder))
    customer_id = customer(shop, "F")
    do(shop, date(2026, 3, 10), "F")
    with shop.read() as session:
        [item] = agenda(session, date(2026, 3, 11))
    do(shop, date(2026, 3, 11), "F", Outcome.LETTER_SENT)
    with shop.write() as session:  # the same step for the same items logged again: no second fee
        record_contact(
            session, customer_id, at=datetime(2026, 3, 12, 9), channel="letter", outcome=Outcome.LETTER_SENT,
            step=reminder, covered=item.covered,
        )  # fmt: skip
    with shop.read() as session:
        charges = session.execute(select(ChargeRow.amount_cents, ChargeRow.description)).all()
    assert [tuple(row) for row in charges] == [(5_00, "reminder")]


def test_hand_over_takes_the_account_off_the_ladder(shop: Database) -> None:
    customer_id = customer(shop, "H", due=date(2026, 1, 10))
    day = date(2026, 3, 1)
    for _ in range(6):
        listed = today_list(shop, day)
        if listed and listed[0][1] == "hand_over":
            break
        if listed:
            do(shop, day, "H", Outcome.LETTER_SENT)
        day += timedelta(days=16)
    assert today_list(shop, day) == [("H", "hand_over", "due")]
    do(shop, day, "H")
    with shop.read() as session:
        assert session.get_one(Customer, customer_id).handed_over_on == day
    assert today_list(shop, day + timedelta(days=30)) == []


def test_no_phone_calls_for_a_customer_who_asked(shop: Database) -> None:
    with shop.write() as session:
        customer_id = save_customer(session, CustomerData("X", "Customer X"))
        session.get_one(Customer, customer_id).ladder_rules = json.dumps({"no_actions": ["phone"]})
        create_invoice(
            session, InvoiceData("INV-X", customer_id, date(2026, 2, 1), DUE, 100_00), as_of=date(2026, 2, 1),
            override_reason="test",
        )  # fmt: skip
    assert today_list(shop, date(2026, 3, 10)) == []  # no due-day call (and the courtesy step has lapsed)
    assert today_list(shop, date(2026, 3, 11)) == [("X", "reminder", "due")]


def test_step_fees_are_claimed_by_the_claim_letter(shop: Database) -> None:
    from workshop_desk.services.letters import compose_letter

    reminder = LadderStep("reminder", 1, Action.LETTER, "reminder", 5_00)
    with shop.write() as session:
        save_ladder(session, (*DEFAULT_LADDER[:2], reminder))
    customer_id = customer(shop, "C")
    do(shop, date(2026, 3, 10), "C")
    do(shop, date(2026, 3, 11), "C", Outcome.LETTER_SENT)
    with shop.read() as session:
        claim = compose_letter(session, customer_id, "claim", date(2026, 4, 1))
    assert [(fee.kind, fee.reference, fee.amount) for fee in claim.fees] == [("charge", "reminder", 5_00)]
    assert claim.claim_total == 100_00 + claim.interest_total + 5_00


def test_a_corrected_entry_has_no_effect_on_the_ladder(shop: Database) -> None:
    customer_id = customer(shop, "W")
    do(shop, date(2026, 3, 10), "W")  # logged "reached" by mistake
    assert today_list(shop, date(2026, 3, 10)) == []
    with shop.read() as session:
        from workshop_desk.db.models import ContactRow

        wrong = session.scalar(select(ContactRow.id).where(ContactRow.customer_id == customer_id))
    with shop.write() as session:
        record_contact(
            session, customer_id, at=datetime(2026, 3, 10, 16), channel="note", outcome=Outcome.NOTE,
            note="Logged on the wrong customer", corrects_id=wrong,
        )  # fmt: skip
    with shop.read() as session:
        [item] = agenda(session, date(2026, 3, 11))
    assert item.step.key == "due_call"  # back on the list (tomorrow: today's call used the day's limit)


def test_following_up_a_broken_promise_takes_it_off_the_list(shop: Database) -> None:
    customer(shop, "R")
    do(shop, date(2026, 3, 10), "R", Outcome.PROMISED, promise_until=date(2026, 3, 12), promise_amount=100_00)
    assert today_list(shop, date(2026, 3, 13))[0][2] == "broken_promise"
    do(shop, date(2026, 3, 13), "R")
    assert today_list(shop, date(2026, 3, 14)) == []  # dealt with; the reminder waits its day


def test_the_statement_figures_show_interest_and_charges_never_on_the_invoice(shop: Database) -> None:
    from workshop_desk.db.models import Invoice
    from workshop_desk.services.letters import interest_and_charges

    reminder = LadderStep("reminder", 1, Action.LETTER, "reminder", 5_00)
    with shop.write() as session:
        save_ladder(session, (*DEFAULT_LADDER[:2], reminder))
    customer_id = customer(shop, "S")
    do(shop, date(2026, 3, 10), "S")
    do(shop, date(2026, 3, 11), "S", Outcome.LETTER_SENT)
    with shop.read() as session:
        interest, charges = interest_and_charges(session, customer_id, date(2026, 4, 10))
        total = session.scalar(select(Invoice.total_cents).where(Invoice.customer_id == customer_id))
    # UK consumer: 8 % a year on 100.00 for 31 days (11 Mar – 10 Apr) = 0.68
    assert (interest, charges) == (68, 5_00)
    assert total == 100_00  # the invoice itself is unchanged
