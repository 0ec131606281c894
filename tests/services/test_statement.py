"""A customer's statement: entries in date order with a running balance, installments with states.

The account used by most tests (C0001, no limit, grace 0 days):

====  ==========  ===================================================  ============
line  date        entry                                                balance
====  ==========  ===================================================  ============
1     2026-01-10  invoice 2026/0001: 300.00 less 50.00 deposit, due 10 Feb   250.00
2     2026-02-01  invoice 2026/0002: 200.00 in 2 parts (15 Feb, 15 Mar)      450.00
3     2026-02-01  payment 100.00 cash "REC-1", untied (pays 2026/0001)       350.00
4     2026-02-05  invoice 2026/0003: 70.00, voided (listed with 0)           350.00
5     2026-02-20  payment 120.00 transfer "CRO 77", tied to 2026/0002        230.00
--    2026-04-01  invoice 2026/0004 and a payment on 10 Apr: after 20 Mar
====  ==========  ===================================================  ============
"""

from __future__ import annotations

from datetime import date

import pytest

from workshop_desk.db.session import Database
from workshop_desk.domain.overdue import DueState, PaymentState
from workshop_desk.domain.schedule import build_plan
from workshop_desk.services.customers import CustomerData, save_customer
from workshop_desk.services.invoices import InvoiceData, create_invoice, void_invoice
from workshop_desk.services.payments import PaymentData, record_payment
from workshop_desk.services.statement import Statement, statement

pytestmark = pytest.mark.both_engines

LATER = date(2026, 4, 30)
"""The day the data is entered: every date of the account is before it."""


def new_customer(database: Database, code: str = "C0001") -> int:
    with database.write() as session:
        return save_customer(session, CustomerData(code, f"Customer {code}"))


def new_invoice(database: Database, data: InvoiceData) -> int:
    with database.write() as session:
        return create_invoice(session, data, as_of=LATER)


def pay(database: Database, data: PaymentData) -> int:
    with database.write() as session:
        return record_payment(session, data, LATER)


def statement_of(database: Database, customer_id: int, as_of: date) -> Statement:
    with database.read() as session:
        return statement(session, customer_id, as_of, None)


@pytest.fixture
def account(database: Database) -> int:
    customer_id = new_customer(database)
    new_invoice(
        database,
        InvoiceData("2026/0001", customer_id, date(2026, 1, 10), date(2026, 2, 10), 30_000, 5_000, "clutch"),
    )
    # Recorded before the invoice of the same day: the statement still lists the invoice first.
    pay(database, PaymentData(customer_id, date(2026, 2, 1), 10_000, "cash", "REC-1"))
    brakes = new_invoice(
        database,
        InvoiceData(
            "2026/0002",
            customer_id,
            date(2026, 2, 1),
            date(2026, 2, 15),
            20_000,
            description="brakes",
            plan=tuple(build_plan(20_000, 2, date(2026, 2, 15))),
        ),
    )
    voided = new_invoice(
        database, InvoiceData("2026/0003", customer_id, date(2026, 2, 5), date(2026, 3, 5), 7_000, 0, "typo")
    )
    with database.write() as session:
        void_invoice(session, voided, 1, "issued twice")
    pay(database, PaymentData(customer_id, date(2026, 2, 20), 12_000, "transfer", "CRO 77", invoice_id=brakes))
    new_invoice(database, InvoiceData("2026/0004", customer_id, date(2026, 4, 1), date(2026, 4, 30), 9_000))
    pay(database, PaymentData(customer_id, date(2026, 4, 10), 1_000))
    return customer_id


def test_entries_are_in_date_order_with_a_running_balance(database: Database, account: int) -> None:
    shown = statement_of(database, account, date(2026, 3, 20))
    entries = [
        (line.day, line.kind, line.reference, line.description, line.debit, line.credit, line.balance)
        for line in shown.lines
    ]
    assert entries == [
        (date(2026, 1, 10), "invoice", "2026/0001", "clutch", 25_000, 0, 25_000),
        (date(2026, 2, 1), "invoice", "2026/0002", "brakes", 20_000, 0, 45_000),
        (date(2026, 2, 1), "payment", "", "REC-1", 0, 10_000, 35_000),
        (date(2026, 2, 5), "void", "2026/0003", "typo", 0, 0, 35_000),
        (date(2026, 2, 20), "payment", "2026/0002", "CRO 77", 0, 12_000, 23_000),
    ]
    assert [line.method for line in shown.lines if line.kind == "payment"] == ["cash", "transfer"]


def test_the_running_balance_ends_at_the_open_balance_less_credit(database: Database, account: int) -> None:
    shown = statement_of(database, account, date(2026, 3, 20))
    assert (shown.status.open_balance, shown.status.credit) == (23_000, 0)
    assert shown.lines[-1].balance == shown.status.open_balance - shown.status.credit


def test_installments_show_what_is_paid_and_missed_as_of_the_date(database: Database, account: int) -> None:
    shown = statement_of(database, account, date(2026, 3, 20))
    states = [
        (
            item.installment.invoice_number,
            item.installment.seq,
            item.plan_size,
            item.paid,
            item.unpaid,
            item.days_late,
            item.payment_state,
            item.due_state,
        )
        for item in shown.installments
    ]
    # The untied 100.00 paid 2026/0001; the tied 120.00 paid 2026/0002's first part and 20.00 of
    # its second, which is 5 days late: a missed part of a plan. 2026/0001 alone is overdue 38 days.
    assert states == [
        ("2026/0001", 1, 1, 10_000, 15_000, 38, PaymentState.PARTLY_PAID, DueState.OVERDUE),
        ("2026/0002", 1, 2, 10_000, 0, 33, PaymentState.PAID, DueState.SETTLED),
        ("2026/0002", 2, 2, 2_000, 8_000, 5, PaymentState.PARTLY_PAID, DueState.MISSED),
    ]
    assert (shown.status.overdue_amount, shown.status.missed_installments) == (23_000, 1)


def test_earlier_in_the_account_later_payments_do_not_count_yet(database: Database, account: int) -> None:
    shown = statement_of(database, account, date(2026, 2, 12))
    assert [(line.kind, line.reference, line.balance) for line in shown.lines] == [
        ("invoice", "2026/0001", 25_000),
        ("invoice", "2026/0002", 45_000),
        ("payment", "", 35_000),
        ("void", "2026/0003", 35_000),
    ]
    states = [
        (item.installment.invoice_number, item.installment.seq, item.paid, item.payment_state, item.due_state)
        for item in shown.installments
    ]
    assert states == [
        ("2026/0001", 1, 10_000, PaymentState.PARTLY_PAID, DueState.OVERDUE),
        ("2026/0002", 1, 0, PaymentState.UNPAID, DueState.NOT_DUE),
        ("2026/0002", 2, 0, PaymentState.UNPAID, DueState.NOT_DUE),
    ]
    assert shown.lines[-1].balance == shown.status.open_balance == 35_000


@pytest.mark.parametrize(
    ("as_of", "references"),
    [
        (date(2026, 1, 9), []),
        (date(2026, 1, 10), ["2026/0001"]),
        (date(2026, 1, 31), ["2026/0001"]),
        (date(2026, 3, 31), ["2026/0001", "2026/0002", "", "2026/0003", "2026/0002"]),
        (date(2026, 4, 10), ["2026/0001", "2026/0002", "", "2026/0003", "2026/0002", "2026/0004", ""]),
    ],
)
def test_nothing_after_the_as_of_date_is_listed(
    database: Database, account: int, as_of: date, references: list[str]
) -> None:
    shown = statement_of(database, account, as_of)
    assert [line.reference for line in shown.lines] == references
    assert all(line.day <= as_of for line in shown.lines)
    assert all(item.installment.issue_date <= as_of for item in shown.installments)


def test_an_overpaid_account_ends_below_zero_by_its_credit(database: Database) -> None:
    customer_id = new_customer(database)
    new_invoice(database, InvoiceData("2026/0001", customer_id, date(2026, 1, 10), date(2026, 2, 10), 10_000))
    pay(database, PaymentData(customer_id, date(2026, 1, 10), 15_000, "card"))
    shown = statement_of(database, customer_id, date(2026, 3, 1))
    assert [(line.kind, line.debit, line.credit, line.balance) for line in shown.lines] == [
        ("invoice", 10_000, 0, 10_000),
        ("payment", 0, 15_000, -5_000),
    ]
    assert (shown.status.open_balance, shown.status.credit) == (0, 5_000)
    assert [item.payment_state for item in shown.installments] == [PaymentState.PAID]


def test_a_customer_with_nothing_has_an_empty_statement(database: Database) -> None:
    customer_id = new_customer(database)
    shown = statement_of(database, customer_id, date(2026, 3, 1))
    assert (shown.lines, shown.installments, shown.status.open_balance) == ((), (), 0)


def test_another_customers_entries_are_not_listed(database: Database, account: int) -> None:
    other = new_customer(database, "C0002")
    new_invoice(database, InvoiceData("2026/0100", other, date(2026, 1, 5), date(2026, 2, 5), 4_000))
    pay(database, PaymentData(other, date(2026, 1, 6), 4_000))
    shown = statement_of(database, other, date(2026, 3, 20))
    assert [line.reference for line in shown.lines] == ["2026/0100", ""]
    assert len(statement_of(database, account, date(2026, 3, 20)).lines) == 5
