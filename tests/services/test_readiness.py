"""The checks before a claim or a hand-over, each passed and failed on hand-built data."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import select

from workshop_desk.db.models import InstallmentRow
from workshop_desk.db.session import Database
from workshop_desk.domain.dunning import Action, LadderStep
from workshop_desk.services.case_file import CheckName, Readiness, readiness
from workshop_desk.services.collections import Outcome, record_contact, save_ladder
from workshop_desk.services.customers import CustomerData, save_customer
from workshop_desk.services.invoices import InvoiceData, create_invoice
from workshop_desk.services.letters import produce_letter
from workshop_desk.services.payments import PaymentData, record_payment
from workshop_desk.services.shop import Shop, save_shop

pytestmark = pytest.mark.both_engines

AS_OF = date(2026, 3, 15)


@pytest.fixture
def customer(database: Database) -> int:
    """An English shop's customer with one invoice of £500.00 due 1 Feb 2026, £100.00 paid."""
    with database.write() as session:
        save_shop(session, Shop(name="Kershaw Motors", country="GB", currency="GBP", language="en"))
        customer_id = save_customer(session, CustomerData(code="C0001", name="Bradshaw Susan"))
        data = InvoiceData("INV-1", customer_id, date(2026, 1, 2), date(2026, 2, 1), 50000)
        create_invoice(session, data, as_of=date(2026, 1, 2))
        record_payment(session, PaymentData(customer_id, date(2026, 2, 10), 10000), AS_OF)
    return customer_id


def check(database: Database, customer_id: int, name: CheckName, as_of: date = AS_OF) -> tuple[bool, str]:
    with database.read() as session:
        result = readiness(session, customer_id, as_of)
    found = next(each for each in result.checks if each.name is name)
    return found.passed, found.code


def contact(database: Database, customer_id: int, at: datetime, outcome: Outcome, **more: object) -> None:
    with database.write() as session:
        record_contact(session, customer_id, at=at, channel="phone", outcome=outcome, **more)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- earlier steps


def test_no_reminder_fails(database: Database, customer: int) -> None:
    assert check(database, customer, CheckName.EARLIER_STEPS) == (False, "no_reminder")


@pytest.mark.parametrize("kind", ["reminder", "second"])
def test_a_recorded_reminder_letter_passes(database: Database, customer: int, kind: str) -> None:
    with database.write() as session:
        produce_letter(session, customer, kind, date(2026, 2, 20))
    with database.read() as session:
        found = readiness(session, customer, AS_OF).checks[0]
    assert (found.name, found.passed, found.code, found.day) == (
        CheckName.EARLIER_STEPS, True, "letter_sent", date(2026, 2, 20)
    )  # fmt: skip


def test_a_reminder_after_the_date_does_not_count(database: Database, customer: int) -> None:
    with database.write() as session:
        produce_letter(session, customer, "reminder", date(2026, 3, 20))
    assert check(database, customer, CheckName.EARLIER_STEPS) == (False, "no_reminder")
    assert check(database, customer, CheckName.EARLIER_STEPS, date(2026, 3, 20)) == (True, "letter_sent")


def test_a_statement_or_courtesy_letter_is_no_reminder(database: Database, customer: int) -> None:
    with database.write() as session:
        produce_letter(session, customer, "statement", date(2026, 2, 20))
    assert check(database, customer, CheckName.EARLIER_STEPS) == (False, "no_reminder")


@pytest.mark.parametrize("key", ["reminder", "second"])
def test_a_reminder_step_in_the_contact_log_passes(database: Database, customer: int, key: str) -> None:
    step = LadderStep(key, 1, Action.LETTER, key)
    contact(database, customer, datetime(2026, 2, 3, 10, 0), Outcome.LETTER_SENT, step=step)
    assert check(database, customer, CheckName.EARLIER_STEPS) == (True, "step_done")


def test_a_renamed_reminder_step_of_the_shops_ladder_passes(database: Database, customer: int) -> None:
    step = LadderStep("first_letter", 2, Action.EMAIL, "reminder")
    with database.write() as session:
        save_ladder(session, (step,))
    contact(database, customer, datetime(2026, 2, 3, 10, 0), Outcome.LETTER_SENT, step=step)
    assert check(database, customer, CheckName.EARLIER_STEPS) == (True, "step_done")


def test_an_unanswered_reminder_call_does_not_count(database: Database, customer: int) -> None:
    step = LadderStep("second", 7, Action.PHONE)
    contact(database, customer, datetime(2026, 2, 8, 10, 0), Outcome.NO_ANSWER, step=step)
    assert check(database, customer, CheckName.EARLIER_STEPS) == (False, "no_reminder")


# --------------------------------------------------------------------------- the amount reconciles


def test_a_consistent_account_reconciles(database: Database, customer: int) -> None:
    with database.read() as session:
        found = readiness(session, customer, AS_OF).checks[1]
    assert (found.name, found.passed, found.code, found.expected, found.found) == (
        CheckName.RECONCILES, True, "balanced", 40000, 40000
    )  # fmt: skip


def test_an_overpaid_account_reconciles_with_its_credit(database: Database, customer: int) -> None:
    with database.write() as session:
        record_payment(session, PaymentData(customer, date(2026, 3, 1), 45000), AS_OF)
    with database.read() as session:
        found = readiness(session, customer, AS_OF).checks[1]
    assert (found.passed, found.expected, found.found) == (True, -5000, -5000)


def test_installments_that_do_not_add_up_to_the_invoice_fail(database: Database, customer: int) -> None:
    with database.write() as session:  # a damaged plan: the installment no longer matches the invoice
        row = session.scalars(select(InstallmentRow)).one()
        row.amount_cents = 45000
    with database.read() as session:
        found = readiness(session, customer, AS_OF).checks[1]
    assert (found.passed, found.code, found.expected, found.found) == (False, "difference", 35000, 40000)


# --------------------------------------------------------------------------- no open dispute


def test_no_dispute_passes(database: Database, customer: int) -> None:
    assert check(database, customer, CheckName.NO_DISPUTE) == (True, "none")


def test_an_open_dispute_fails_with_its_reason_and_day(database: Database, customer: int) -> None:
    contact(database, customer, datetime(2026, 2, 5, 9, 0), Outcome.DISPUTED, note="brakes still squeal")
    with database.read() as session:
        found = readiness(session, customer, AS_OF).checks[2]
    assert (found.passed, found.code, found.day, found.note) == (
        False, "dispute_open", date(2026, 2, 5), "brakes still squeal"
    )  # fmt: skip


def test_a_resolved_dispute_passes(database: Database, customer: int) -> None:
    contact(database, customer, datetime(2026, 2, 5, 9, 0), Outcome.DISPUTED, note="brakes")
    contact(database, customer, datetime(2026, 2, 9, 9, 0), Outcome.DISPUTE_RESOLVED, note="report sent")
    assert check(database, customer, CheckName.NO_DISPUTE) == (True, "none")


def test_a_new_dispute_after_a_resolution_fails(database: Database, customer: int) -> None:
    # recorded out of order: what counts is the time of the contact
    contact(database, customer, datetime(2026, 3, 1, 9, 0), Outcome.DISPUTED, note="the bill is too high")
    contact(database, customer, datetime(2026, 2, 5, 9, 0), Outcome.DISPUTED, note="brakes")
    contact(database, customer, datetime(2026, 2, 9, 9, 0), Outcome.DISPUTE_RESOLVED, note="report sent")
    assert check(database, customer, CheckName.NO_DISPUTE) == (False, "dispute_open")


def test_a_dispute_after_the_date_does_not_count(database: Database, customer: int) -> None:
    contact(database, customer, datetime(2026, 3, 20, 9, 0), Outcome.DISPUTED, note="later")
    assert check(database, customer, CheckName.NO_DISPUTE) == (True, "none")


# --------------------------------------------------------------------------- together


def test_ready_only_when_every_check_passes(database: Database, customer: int) -> None:
    with database.read() as session:
        result: Readiness = readiness(session, customer, AS_OF)
    assert not result.ready
    assert [each.name for each in result.failed] == [CheckName.EARLIER_STEPS]
    with database.write() as session:
        produce_letter(session, customer, "reminder", date(2026, 2, 20))
    with database.read() as session:
        result = readiness(session, customer, AS_OF)
    assert result.ready
    assert result.failed == ()
    assert [each.name for each in result.checks] == list(CheckName)
