"""Payments: the preview shows what a payment will pay, and recording it does exactly that."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from workshop_desk.db.models import PaymentRow
from workshop_desk.db.session import Database
from workshop_desk.domain.money import MAX_AMOUNT
from workshop_desk.domain.schedule import build_plan
from workshop_desk.services.accounts import accounts
from workshop_desk.services.customers import CustomerData, save_customer
from workshop_desk.services.invoices import InvoiceData, create_invoice
from workshop_desk.services.payments import (
    AllocationLine,
    PaymentData,
    PaymentError,
    PaymentPreview,
    preview_payment,
    record_payment,
)
from workshop_desk.services.statement import statement

pytestmark = pytest.mark.both_engines

TODAY = date(2026, 3, 20)


def new_customer(database: Database, code: str = "C0001") -> int:
    with database.write() as session:
        return save_customer(session, CustomerData(code, f"Customer {code}"))


def new_invoice(
    database: Database,
    customer_id: int,
    number: str,
    issued: date,
    total: int,
    *,
    due: date | None = None,
    parts: int = 1,
) -> int:
    due = due or issued + timedelta(days=30)
    plan = tuple(build_plan(total, parts, due)) if parts > 1 else ()
    with database.write() as session:
        return create_invoice(session, InvoiceData(number, customer_id, issued, due, total, plan=plan), as_of=TODAY)


def pay(database: Database, data: PaymentData) -> int:
    with database.write() as session:
        return record_payment(session, data, TODAY)


def preview(database: Database, data: PaymentData) -> PaymentPreview:
    with database.read() as session:
        return preview_payment(session, data, TODAY)


def line(number: str, seq: int, size: int, due: date, unpaid_before: int, applied: int) -> AllocationLine:
    return AllocationLine(number, seq, size, due, unpaid_before, applied)


# --- what the preview shows --------------------------------------------------------------------------


@pytest.fixture
def two_part_plan(database: Database) -> int:
    """C0001 owes 2026/0001: 100.00 due 10 Feb and 100.00 due 10 Mar; 40.00 paid on 12 Feb."""
    customer_id = new_customer(database)
    new_invoice(database, customer_id, "2026/0001", date(2026, 1, 10), 20_000, due=date(2026, 2, 10), parts=2)
    pay(database, PaymentData(customer_id, date(2026, 2, 12), 4_000))
    return customer_id


def test_an_untied_payment_pays_the_oldest_installment_first(database: Database, two_part_plan: int) -> None:
    shown = preview(database, PaymentData(two_part_plan, date(2026, 3, 15), 12_000))
    assert shown.lines == (
        line("2026/0001", 1, 2, date(2026, 2, 10), 6_000, 6_000),
        line("2026/0001", 2, 2, date(2026, 3, 10), 10_000, 6_000),
    )
    assert [part.settles for part in shown.lines] == [True, False]
    assert (shown.to_credit, shown.open_before, shown.open_after, shown.credit_after) == (0, 16_000, 4_000, 0)


def test_a_payment_within_the_first_installment_does_not_settle_it(database: Database, two_part_plan: int) -> None:
    shown = preview(database, PaymentData(two_part_plan, TODAY, 5_999))
    assert shown.lines == (line("2026/0001", 1, 2, date(2026, 2, 10), 6_000, 5_999),)
    assert not shown.lines[0].settles
    assert (shown.open_before, shown.open_after) == (16_000, 10_001)


@pytest.fixture
def two_invoices(database: Database) -> tuple[int, int, int]:
    """C0001 owes 2026/0001 (100.00 due 10 Feb) and 2026/0002 (80.00 due 1 Mar); nothing paid."""
    customer_id = new_customer(database)
    older = new_invoice(database, customer_id, "2026/0001", date(2026, 1, 10), 10_000, due=date(2026, 2, 10))
    later = new_invoice(database, customer_id, "2026/0002", date(2026, 2, 1), 8_000, due=date(2026, 3, 1))
    return customer_id, older, later


def test_a_payment_tied_to_a_later_invoice_pays_that_invoice_first(
    database: Database, two_invoices: tuple[int, int, int]
) -> None:
    customer_id, _older, later = two_invoices
    shown = preview(database, PaymentData(customer_id, TODAY, 9_000, invoice_id=later))
    assert shown.lines == (
        line("2026/0002", 1, 1, date(2026, 3, 1), 8_000, 8_000),
        line("2026/0001", 1, 1, date(2026, 2, 10), 10_000, 1_000),
    )
    assert [part.settles for part in shown.lines] == [True, False]
    assert (shown.to_credit, shown.open_before, shown.open_after) == (0, 18_000, 9_000)


def test_an_overpayment_shows_what_becomes_credit(database: Database, two_invoices: tuple[int, int, int]) -> None:
    customer_id, _older, _later = two_invoices
    shown = preview(database, PaymentData(customer_id, TODAY, 20_500))
    assert shown.lines == (
        line("2026/0001", 1, 1, date(2026, 2, 10), 10_000, 10_000),
        line("2026/0002", 1, 1, date(2026, 3, 1), 8_000, 8_000),
    )
    assert (shown.to_credit, shown.open_before, shown.open_after, shown.credit_after) == (2_500, 18_000, 0, 2_500)


def test_a_payment_when_nothing_is_owed_goes_wholly_to_credit_adding_to_existing_credit(
    database: Database,
) -> None:
    customer_id = new_customer(database)
    pay(database, PaymentData(customer_id, date(2026, 3, 1), 1_000))
    shown = preview(database, PaymentData(customer_id, TODAY, 2_000))
    assert shown == PaymentPreview(lines=(), to_credit=2_000, open_before=0, open_after=0, credit_after=3_000)


@pytest.fixture
def paid_then_new_invoice(database: Database) -> int:
    """2026/0001 (100.00 due 10 Feb) paid in full on 5 Mar; 2026/0002 (100.00 due 1 Mar) unpaid."""
    customer_id = new_customer(database)
    new_invoice(database, customer_id, "2026/0001", date(2026, 1, 10), 10_000, due=date(2026, 2, 10))
    new_invoice(database, customer_id, "2026/0002", date(2026, 2, 1), 10_000, due=date(2026, 3, 1))
    pay(database, PaymentData(customer_id, date(2026, 3, 5), 10_000))
    return customer_id


def test_a_back_dated_payment_takes_the_place_of_later_ones_consistently(
    database: Database, paid_then_new_invoice: int
) -> None:
    # Dated 5 Feb, it comes first: it pays 60.00 of 2026/0001, and the 5 Mar payment pays the
    # remaining 40.00 and then 60.00 of 2026/0002.
    shown = preview(database, PaymentData(paid_then_new_invoice, date(2026, 2, 5), 6_000))
    assert shown.lines == (line("2026/0001", 1, 1, date(2026, 2, 10), 6_000, 6_000),)
    assert (shown.to_credit, shown.open_before, shown.open_after, shown.credit_after) == (0, 10_000, 4_000, 0)


def test_a_large_back_dated_payment_pushes_a_later_payment_into_credit(
    database: Database, paid_then_new_invoice: int
) -> None:
    shown = preview(database, PaymentData(paid_then_new_invoice, date(2026, 2, 5), 15_000))
    assert shown.lines == (
        line("2026/0001", 1, 1, date(2026, 2, 10), 10_000, 10_000),
        line("2026/0002", 1, 1, date(2026, 3, 1), 5_000, 5_000),
    )
    assert all(part.applied <= part.unpaid_before for part in shown.lines)
    assert (shown.to_credit, shown.open_before, shown.open_after, shown.credit_after) == (0, 10_000, 0, 5_000)
    # Money is conserved: what the payment brings is what the balance loses plus the credit gained.
    assert shown.open_before - shown.open_after + shown.credit_after == 15_000


# --- the preview is what recording does --------------------------------------------------------------


@dataclass(frozen=True)
class Scenario:
    build: Callable[[Database], tuple[int, dict[str, int]]]
    payment: Callable[[int, dict[str, int]], PaymentData]


def _plan_with_partial_payment(database: Database) -> tuple[int, dict[str, int]]:
    customer_id = new_customer(database)
    invoice_id = new_invoice(
        database, customer_id, "2026/0001", date(2026, 1, 10), 20_000, due=date(2026, 2, 10), parts=2
    )
    pay(database, PaymentData(customer_id, date(2026, 2, 12), 4_000))
    return customer_id, {"first": invoice_id}


def _two_invoices(database: Database) -> tuple[int, dict[str, int]]:
    customer_id = new_customer(database)
    older = new_invoice(database, customer_id, "2026/0001", date(2026, 1, 10), 10_000, due=date(2026, 2, 10))
    later = new_invoice(database, customer_id, "2026/0002", date(2026, 2, 1), 8_000, due=date(2026, 3, 1))
    return customer_id, {"older": older, "later": later}


def _paid_then_new(database: Database) -> tuple[int, dict[str, int]]:
    customer_id, invoices = _two_invoices(database)
    pay(database, PaymentData(customer_id, date(2026, 3, 5), 10_000))
    return customer_id, invoices


SCENARIOS = {
    "untied-over-two-installments": Scenario(
        _plan_with_partial_payment, lambda customer, _: PaymentData(customer, date(2026, 3, 15), 12_000)
    ),
    "tied-to-the-later-invoice": Scenario(
        _two_invoices, lambda customer, ids: PaymentData(customer, TODAY, 9_000, invoice_id=ids["later"])
    ),
    "overpayment": Scenario(_two_invoices, lambda customer, _: PaymentData(customer, TODAY, 20_500)),
    "back-dated": Scenario(_paid_then_new, lambda customer, _: PaymentData(customer, date(2026, 2, 5), 15_000)),
    "back-dated-tied": Scenario(
        _paid_then_new,
        lambda customer, ids: PaymentData(customer, date(2026, 2, 5), 3_000, invoice_id=ids["later"]),
    ),
    "same-day-as-another": Scenario(_paid_then_new, lambda customer, _: PaymentData(customer, date(2026, 3, 5), 500)),
}


def _unpaid_by_installment(session: Session, customer_id: int) -> dict[tuple[str, int], int]:
    state = statement(session, customer_id, TODAY, None)
    return {(item.installment.invoice_number, item.installment.seq): item.unpaid for item in state.installments}


@pytest.mark.parametrize("name", list(SCENARIOS))
def test_recording_a_payment_does_exactly_what_its_preview_showed(database: Database, name: str) -> None:
    scenario = SCENARIOS[name]
    customer_id, invoices = scenario.build(database)
    data = scenario.payment(customer_id, invoices)
    with database.read() as session:
        shown = preview_payment(session, data, TODAY)
        [before] = accounts(session, TODAY, [customer_id])
    pay(database, data)
    with database.read() as session:
        [after] = accounts(session, TODAY, [customer_id])
        unpaid_after = _unpaid_by_installment(session, customer_id)
        final_balance = statement(session, customer_id, TODAY, None).lines[-1].balance

    assert shown.lines, "every scenario pays at least one installment"
    assert shown.open_before == before.status.open_balance
    assert (shown.open_after, shown.credit_after) == (after.status.open_balance, after.status.credit)
    assert final_balance == shown.open_after - shown.credit_after
    assert sum(part.applied for part in shown.lines) + shown.to_credit == data.amount
    for part in shown.lines:
        assert 0 < part.applied <= part.unpaid_before
        assert part.settles == (part.applied == part.unpaid_before)
        # Recorded, the installment has left unpaid exactly what the preview said it would.
        assert unpaid_after[(part.invoice_number, part.seq)] == part.unpaid_before - part.applied
    # Money is conserved: the payment lowers the open balance or raises the credit, nothing else.
    credit_gained = after.status.credit - before.status.credit
    assert (before.status.open_balance - after.status.open_balance) + credit_gained == data.amount


# --- refused payments --------------------------------------------------------------------------------


def _payment_count(database: Database) -> int:
    with database.read() as session:
        return session.scalar(select(func.count()).select_from(PaymentRow)) or 0


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        pytest.param({"amount": 0}, "more than zero", id="zero"),
        pytest.param({"amount": -100}, "more than zero", id="negative"),
        pytest.param({"amount": MAX_AMOUNT + 1}, "too large", id="too-large"),
        pytest.param({"paid_on": TODAY + timedelta(days=1)}, "future", id="tomorrow"),
        pytest.param({"method": "bitcoin"}, "unknown payment method", id="unknown-method"),
        pytest.param({"method": "CASH"}, "unknown payment method", id="method-in-capitals"),
    ],
)
@pytest.mark.parametrize("action", [preview_payment, record_payment], ids=["preview", "record"])
def test_a_payment_that_cannot_be_right_is_refused(
    database: Database, action: Callable[..., object], changes: dict[str, object], message: str
) -> None:
    customer_id = new_customer(database)
    new_invoice(database, customer_id, "2026/0001", date(2026, 1, 10), 10_000)
    fields = {"customer_id": customer_id, "paid_on": TODAY, "amount": 1_000, **changes}
    with pytest.raises(PaymentError, match=message), database.write() as session:
        action(session, PaymentData(**fields), TODAY)  # type: ignore[arg-type]
    assert _payment_count(database) == 0


@pytest.mark.parametrize("action", [preview_payment, record_payment], ids=["preview", "record"])
def test_a_payment_tied_to_another_customers_invoice_is_refused(
    database: Database, action: Callable[..., object]
) -> None:
    customer_id = new_customer(database, "C0001")
    other = new_customer(database, "C0002")
    others_invoice = new_invoice(database, other, "2026/0001", date(2026, 1, 10), 10_000)
    data = PaymentData(customer_id, TODAY, 1_000, invoice_id=others_invoice)
    with pytest.raises(PaymentError, match="not one of this customer's"), database.write() as session:
        action(session, data, TODAY)
    assert _payment_count(database) == 0


def test_a_payment_tied_to_an_invoice_that_does_not_exist_is_refused(database: Database) -> None:
    customer_id = new_customer(database)
    with pytest.raises(PaymentError), database.write() as session:
        record_payment(session, PaymentData(customer_id, TODAY, 1_000, invoice_id=999), TODAY)


def test_a_payment_dated_today_is_recorded_with_its_details(database: Database) -> None:
    customer_id = new_customer(database)
    invoice_id = new_invoice(database, customer_id, "2026/0001", date(2026, 1, 10), 10_000)
    payment_id = pay(
        database, PaymentData(customer_id, TODAY, 1_000, method="transfer", reference=" CRO 42 ", invoice_id=invoice_id)
    )
    with database.read() as session:
        row = session.get_one(PaymentRow, payment_id)
        stored = (row.customer_id, row.invoice_id, row.date, row.amount_cents, row.method, row.reference)
    assert stored == (customer_id, invoice_id, TODAY, 1_000, "transfer", "CRO 42")
