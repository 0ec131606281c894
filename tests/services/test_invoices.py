"""Invoices: numbering, creating with a plan, the credit check, editing and voiding."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import func, select

from workshop_desk.db.models import InstallmentRow, Invoice, InvoiceStatus
from workshop_desk.db.session import Database
from workshop_desk.domain.schedule import PlannedInstallment, build_plan
from workshop_desk.services.accounts import accounts
from workshop_desk.services.customers import CustomerData, StaleRecordError, add_vehicle, save_customer
from workshop_desk.services.invoices import (
    CreditRefusedError,
    InvoiceData,
    InvoiceError,
    create_invoice,
    get_invoice,
    next_invoice_number,
    update_invoice,
    void_invoice,
)
from workshop_desk.services.payments import PaymentData, record_payment

pytestmark = pytest.mark.both_engines

TODAY = date(2026, 3, 20)


def new_customer(database: Database, code: str = "C0001", *, limit: int | None = None, blocked: bool = False) -> int:
    with database.write() as session:
        return save_customer(session, CustomerData(code, f"Customer {code}", debt_limit=limit, blocked=blocked))


def invoice_data(customer_id: int, number: str = "2026/0001", total: int = 10_000, **changes: object) -> InvoiceData:
    data = InvoiceData(number, customer_id, date(2026, 3, 1), date(2026, 3, 31), total)
    return replace(data, **changes)  # type: ignore[arg-type]


def new_invoice(database: Database, data: InvoiceData, *, override_reason: str = "") -> int:
    with database.write() as session:
        return create_invoice(session, data, as_of=TODAY, override_reason=override_reason)


def pay(database: Database, customer_id: int, amount: int, invoice_id: int | None = None) -> int:
    with database.write() as session:
        return record_payment(
            session, PaymentData(customer_id, date(2026, 3, 10), amount, invoice_id=invoice_id), TODAY
        )


def stored_plan(database: Database, invoice_id: int) -> list[tuple[int, date, int]]:
    with database.read() as session:
        rows = session.execute(
            select(InstallmentRow.seq, InstallmentRow.due_date, InstallmentRow.amount_cents)
            .where(InstallmentRow.invoice_id == invoice_id)
            .order_by(InstallmentRow.seq)
        )
        return [tuple(row) for row in rows]  # type: ignore[misc]


def invoice_count(database: Database) -> int:
    with database.read() as session:
        return session.scalar(select(func.count()).select_from(Invoice)) or 0


def open_balance(database: Database, customer_id: int) -> int:
    with database.read() as session:
        [account] = accounts(session, TODAY, [customer_id])
    return account.status.open_balance


# --- next_invoice_number -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("newest", "newest_issued", "issue_date", "expected"),
    [
        ("2026/0041", date(2026, 3, 1), date(2026, 3, 2), "2026/0042"),
        ("INV-2026-0099", date(2026, 3, 1), date(2026, 3, 2), "INV-2026-0100"),
        ("2025/0120", date(2025, 12, 30), date(2026, 1, 2), "2026/0001"),
        ("INV-2025-0120", date(2025, 12, 30), date(2026, 1, 2), "INV-2026-0001"),
        ("A-0009", date(2026, 3, 1), date(2026, 3, 2), "A-0010"),
        ("0999", date(2026, 3, 1), date(2026, 3, 2), "1000"),
    ],
)
def test_the_next_number_continues_the_newest_and_restarts_with_a_new_year(
    database: Database, newest: str, newest_issued: date, issue_date: date, expected: str
) -> None:
    customer_id = new_customer(database)
    new_invoice(database, invoice_data(customer_id, newest, issue_date=newest_issued, due_date=newest_issued))
    with database.read() as session:
        assert next_invoice_number(session, issue_date) == expected


def test_the_first_invoice_ever_is_number_one_of_its_year(database: Database) -> None:
    with database.read() as session:
        assert next_invoice_number(session, date(2026, 3, 2)) == "2026-0001"


def test_the_next_number_skips_a_number_already_taken(database: Database) -> None:
    customer_id = new_customer(database)
    new_invoice(database, invoice_data(customer_id, "2026/0042"))
    new_invoice(database, invoice_data(customer_id, "2026/0041"))  # typed by hand, the newest
    with database.read() as session:
        assert next_invoice_number(session, date(2026, 3, 2)) == "2026/0043"


# --- create_invoice ----------------------------------------------------------------------------------


def test_an_invoice_with_a_monthly_plan_stores_every_part_month_end_safe(database: Database) -> None:
    customer_id = new_customer(database)
    plan = tuple(build_plan(30_000, 3, date(2026, 1, 31)))
    data = invoice_data(
        customer_id, total=36_000, deposit=6_000, issue_date=date(2026, 1, 20), due_date=date(2026, 1, 31), plan=plan
    )
    invoice_id = new_invoice(database, data)
    assert stored_plan(database, invoice_id) == [
        (1, date(2026, 1, 31), 10_000),
        (2, date(2026, 2, 28), 10_000),
        (3, date(2026, 3, 31), 10_000),
    ]
    with database.read() as session:
        record = get_invoice(session, invoice_id)
    assert record.data == data
    assert (record.status, record.version, record.has_payments, record.credit_override) == ("open", 1, False, "")


def test_an_invoice_without_a_plan_has_one_installment_of_total_less_deposit(database: Database) -> None:
    customer_id = new_customer(database)
    invoice_id = new_invoice(
        database, invoice_data(customer_id, " 2026/0007 ", total=12_000, deposit=2_000, due_date=date(2026, 4, 15))
    )
    assert stored_plan(database, invoice_id) == [(1, date(2026, 4, 15), 10_000)]
    with database.read() as session:
        assert get_invoice(session, invoice_id).data.number == "2026/0007"


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        pytest.param({"total": 10_000, "deposit": 10_001}, "deposit is larger", id="deposit-over-total"),
        pytest.param({"due_date": date(2026, 2, 28)}, "due date is before", id="due-before-issue"),
        pytest.param(
            {"total": 31_000, "plan": tuple(build_plan(30_000, 3, date(2026, 3, 31)))},
            "do not add up",
            id="plan-not-adding-up",
        ),
        pytest.param(
            {
                "total": 20_000,
                "plan": (
                    PlannedInstallment(1, date(2026, 2, 28), 10_000),
                    PlannedInstallment(2, date(2026, 3, 31), 10_000),
                ),
            },
            "before the invoice is issued",
            id="installment-before-issue",
        ),
        pytest.param({"number": "  "}, "needs a number", id="no-number"),
        pytest.param({"total": -1}, "negative", id="negative-total"),
    ],
)
def test_an_inconsistent_invoice_is_refused_and_nothing_is_saved(
    database: Database, changes: dict[str, object], message: str
) -> None:
    customer_id = new_customer(database)
    with pytest.raises(InvoiceError, match=message):
        new_invoice(database, invoice_data(customer_id, **changes))
    assert invoice_count(database) == 0


def test_an_invoice_number_is_used_only_once(database: Database) -> None:
    customer_id = new_customer(database)
    new_invoice(database, invoice_data(customer_id, "2026/0001", total=10_000))
    with pytest.raises(InvoiceError, match="exists already"):
        new_invoice(database, invoice_data(customer_id, " 2026/0001", total=5_000))
    assert invoice_count(database) == 1


# --- credit check ------------------------------------------------------------------------------------


def test_an_invoice_reaching_the_limit_exactly_is_allowed(database: Database) -> None:
    customer_id = new_customer(database, limit=50_000)
    new_invoice(database, invoice_data(customer_id, "2026/0001", total=40_000))
    invoice_id = new_invoice(database, invoice_data(customer_id, "2026/0002", total=10_000))
    with database.read() as session:
        assert get_invoice(session, invoice_id).credit_override == ""
    assert open_balance(database, customer_id) == 50_000


def test_an_invoice_one_cent_over_the_limit_is_refused_with_the_figures(database: Database) -> None:
    customer_id = new_customer(database, limit=50_000)
    new_invoice(database, invoice_data(customer_id, "2026/0001", total=40_000))
    with pytest.raises(CreditRefusedError) as refused:
        new_invoice(database, invoice_data(customer_id, "2026/0002", total=10_001))
    check = refused.value.check
    assert (check.amount, check.balance_after, check.over_limit, check.blocked, check.needs_override) == (
        10_001,
        50_001,
        True,
        False,
        True,
    )
    assert (check.status.open_balance, check.status.debt_limit) == (40_000, 50_000)
    assert invoice_count(database) == 1


def test_an_invoice_over_the_limit_is_saved_with_the_override_reason_on_record(database: Database) -> None:
    customer_id = new_customer(database, limit=50_000)
    new_invoice(database, invoice_data(customer_id, "2026/0001", total=40_000))
    invoice_id = new_invoice(
        database, invoice_data(customer_id, "2026/0002", total=10_001), override_reason="  pays on Friday "
    )
    with database.read() as session:
        assert get_invoice(session, invoice_id).credit_override == "pays on Friday"
    assert open_balance(database, customer_id) == 50_001


def test_only_the_amount_left_after_the_deposit_uses_credit(database: Database) -> None:
    customer_id = new_customer(database, limit=50_000)
    new_invoice(database, invoice_data(customer_id, "2026/0001", total=40_000))
    new_invoice(database, invoice_data(customer_id, "2026/0002", total=30_000, deposit=20_000))
    assert open_balance(database, customer_id) == 50_000


def test_an_override_reason_is_not_recorded_when_no_override_was_needed(database: Database) -> None:
    customer_id = new_customer(database, limit=50_000)
    invoice_id = new_invoice(database, invoice_data(customer_id), override_reason="just in case")
    with database.read() as session:
        assert get_invoice(session, invoice_id).credit_override == ""


def test_the_customers_credit_is_netted_before_the_limit_is_checked(database: Database) -> None:
    customer_id = new_customer(database, limit=50_000)
    pay(database, customer_id, 10_000)  # paid in advance: 100.00 of credit
    new_invoice(database, invoice_data(customer_id, "2026/0001", total=60_000))
    assert open_balance(database, customer_id) == 50_000


def test_with_credit_the_refusal_reports_the_balance_net_of_it(database: Database) -> None:
    customer_id = new_customer(database, limit=50_000)
    pay(database, customer_id, 10_000)
    with pytest.raises(CreditRefusedError) as refused:
        new_invoice(database, invoice_data(customer_id, "2026/0001", total=60_001))
    assert (refused.value.check.status.credit, refused.value.check.balance_after) == (10_000, 50_001)


@pytest.mark.parametrize("limit", [100_000, None])
def test_a_blocked_customer_needs_an_override_even_within_the_limit(database: Database, limit: int | None) -> None:
    customer_id = new_customer(database, limit=limit, blocked=True)
    with pytest.raises(CreditRefusedError) as refused:
        new_invoice(database, invoice_data(customer_id, total=1_000))
    assert (refused.value.check.blocked, refused.value.check.over_limit) == (True, False)
    assert invoice_count(database) == 0
    invoice_id = new_invoice(database, invoice_data(customer_id, total=1_000), override_reason="cash on delivery")
    with database.read() as session:
        assert get_invoice(session, invoice_id).credit_override == "cash on delivery"


def test_a_customer_without_a_limit_is_never_refused(database: Database) -> None:
    customer_id = new_customer(database, limit=None)
    new_invoice(database, invoice_data(customer_id, "2026/0001", total=99_999_999_99))
    new_invoice(database, invoice_data(customer_id, "2026/0002", total=99_999_999_99))
    assert open_balance(database, customer_id) == 2 * 99_999_999_99


def test_a_limit_of_zero_refuses_any_credit(database: Database) -> None:
    customer_id = new_customer(database, limit=0)
    new_invoice(database, invoice_data(customer_id, "2026/0001", total=5_000, deposit=5_000))
    with pytest.raises(CreditRefusedError):
        new_invoice(database, invoice_data(customer_id, "2026/0002", total=1))


def test_a_void_invoice_uses_no_credit(database: Database) -> None:
    customer_id = new_customer(database, limit=50_000)
    old = new_invoice(database, invoice_data(customer_id, "2026/0001", total=50_000))
    with database.write() as session:
        void_invoice(session, old, 1, "wrong customer")
    new_invoice(database, invoice_data(customer_id, "2026/0002", total=50_000))
    assert open_balance(database, customer_id) == 50_000


# --- update_invoice ----------------------------------------------------------------------------------


def test_the_total_of_an_invoice_without_tied_payments_can_change(database: Database) -> None:
    customer_id = new_customer(database)
    invoice_id = new_invoice(database, invoice_data(customer_id, total=10_000))
    with database.read() as session:
        read = get_invoice(session, invoice_id)
    with database.write() as session:
        update_invoice(
            session, invoice_id, read.version, as_of=TODAY, data=replace(read.data, total=15_000, deposit=1_000)
        )
    assert stored_plan(database, invoice_id) == [(1, date(2026, 3, 31), 14_000)]
    assert open_balance(database, customer_id) == 14_000


def test_the_plan_of_an_invoice_without_tied_payments_is_replaced(database: Database) -> None:
    customer_id = new_customer(database)
    plan = tuple(build_plan(30_000, 3, date(2026, 3, 31)))
    invoice_id = new_invoice(database, invoice_data(customer_id, total=30_000, plan=plan))
    pay(database, customer_id, 5_000)  # untied: it does not freeze the invoice
    with database.read() as session:
        read = get_invoice(session, invoice_id)
    new_plan = tuple(build_plan(30_000, 2, date(2026, 4, 30)))
    with database.write() as session:
        update_invoice(session, invoice_id, read.version, as_of=TODAY, data=replace(read.data, plan=new_plan))
    assert stored_plan(database, invoice_id) == [(1, date(2026, 4, 30), 15_000), (2, date(2026, 5, 30), 15_000)]


def test_raising_an_invoice_over_the_limit_needs_a_recorded_override(database: Database) -> None:
    customer_id = new_customer(database, limit=12_000)
    invoice_id = new_invoice(database, invoice_data(customer_id, total=10_000))
    with database.read() as session:
        read = get_invoice(session, invoice_id)
    raised = replace(read.data, total=12_001)
    with pytest.raises(CreditRefusedError) as refused, database.write() as session:
        update_invoice(session, invoice_id, read.version, as_of=TODAY, data=raised)
    assert refused.value.check.balance_after == 12_001
    assert stored_plan(database, invoice_id) == [(1, date(2026, 3, 31), 10_000)]
    with database.write() as session:
        update_invoice(session, invoice_id, read.version, as_of=TODAY, data=raised, override_reason="owner agreed")
    with database.read() as session:
        assert get_invoice(session, invoice_id).credit_override == "owner agreed"
    assert open_balance(database, customer_id) == 12_001


def test_an_invoice_cannot_move_to_another_customer(database: Database) -> None:
    first, second = new_customer(database, "C1"), new_customer(database, "C2")
    invoice_id = new_invoice(database, invoice_data(first))
    with database.read() as session:
        read = get_invoice(session, invoice_id)
    with pytest.raises(InvoiceError, match="stays with its customer"), database.write() as session:
        update_invoice(session, invoice_id, read.version, as_of=TODAY, data=replace(read.data, customer_id=second))


def test_money_cannot_change_once_a_payment_is_tied_to_the_invoice(database: Database) -> None:
    customer_id = new_customer(database)
    invoice_id = new_invoice(database, invoice_data(customer_id, total=10_000))
    pay(database, customer_id, 4_000, invoice_id)
    with database.read() as session:
        read = get_invoice(session, invoice_id)
    assert read.has_payments
    for change in (
        {"total": 12_000},
        {"deposit": 1_000},
        {"due_date": date(2026, 4, 30)},
        {"issue_date": date(2026, 3, 2)},
    ):
        with pytest.raises(InvoiceError, match="payments are recorded"), database.write() as session:
            update_invoice(session, invoice_id, read.version, as_of=TODAY, data=replace(read.data, **change))  # type: ignore[arg-type]
    assert stored_plan(database, invoice_id) == [(1, date(2026, 3, 31), 10_000)]


def test_description_and_vehicle_still_change_once_a_payment_is_tied(database: Database) -> None:
    customer_id = new_customer(database)
    with database.write() as session:
        vehicle_id = add_vehicle(session, customer_id, "AB12 CDE", "Fiat Panda")
    invoice_id = new_invoice(database, invoice_data(customer_id, total=10_000, description="tyres"))
    pay(database, customer_id, 4_000, invoice_id)
    with database.read() as session:
        read = get_invoice(session, invoice_id)
    changed = replace(read.data, description=" tyres and tracking ", vehicle_id=vehicle_id)
    with database.write() as session:
        update_invoice(session, invoice_id, read.version, as_of=TODAY, data=changed)
    with database.read() as session:
        stored = get_invoice(session, invoice_id)
    assert (stored.data.description, stored.data.vehicle_id, stored.version) == (
        "tyres and tracking",
        vehicle_id,
        read.version + 1,
    )
    assert stored_plan(database, invoice_id) == [(1, date(2026, 3, 31), 10_000)]


def test_an_invoice_cannot_take_a_number_another_invoice_has(database: Database) -> None:
    customer_id = new_customer(database)
    new_invoice(database, invoice_data(customer_id, "2026/0001"))
    invoice_id = new_invoice(database, invoice_data(customer_id, "2026/0002"))
    with database.read() as session:
        read = get_invoice(session, invoice_id)
    with pytest.raises(InvoiceError, match="exists already"), database.write() as session:
        update_invoice(session, invoice_id, read.version, as_of=TODAY, data=replace(read.data, number="2026/0001"))
    with database.read() as session:
        assert get_invoice(session, invoice_id).data.number == "2026/0002"


def test_an_invoice_keeps_its_number_when_saved_again(database: Database) -> None:
    customer_id = new_customer(database)
    invoice_id = new_invoice(database, invoice_data(customer_id, "2026/0001"))
    with database.read() as session:
        read = get_invoice(session, invoice_id)
    with database.write() as session:
        update_invoice(session, invoice_id, read.version, as_of=TODAY, data=replace(read.data, description="oil"))
    with database.read() as session:
        assert get_invoice(session, invoice_id).data.number == "2026/0001"


def test_saving_an_invoice_read_before_another_save_is_refused_as_stale(database: Database) -> None:
    customer_id = new_customer(database)
    invoice_id = new_invoice(database, invoice_data(customer_id))
    with database.read() as session:
        read = get_invoice(session, invoice_id)
    with database.write() as session:
        update_invoice(
            session, invoice_id, read.version, as_of=TODAY, data=replace(read.data, description="first desk")
        )
    with pytest.raises(StaleRecordError), database.write() as session:
        update_invoice(
            session, invoice_id, read.version, as_of=TODAY, data=replace(read.data, description="second desk")
        )
    with database.read() as session:
        assert get_invoice(session, invoice_id).data.description == "first desk"


def test_a_void_invoice_cannot_be_changed(database: Database) -> None:
    customer_id = new_customer(database)
    invoice_id = new_invoice(database, invoice_data(customer_id))
    with database.write() as session:
        void_invoice(session, invoice_id, 1, "duplicate")
    with database.read() as session:
        read = get_invoice(session, invoice_id)
    with pytest.raises(InvoiceError, match="void"), database.write() as session:
        update_invoice(session, invoice_id, read.version, as_of=TODAY, data=replace(read.data, description="revived"))


# --- void_invoice ------------------------------------------------------------------------------------


def test_a_voided_invoice_keeps_its_reason_and_stops_counting(database: Database) -> None:
    customer_id = new_customer(database)
    invoice_id = new_invoice(database, invoice_data(customer_id, total=10_000))
    new_invoice(database, invoice_data(customer_id, "2026/0002", total=3_000))
    assert open_balance(database, customer_id) == 13_000
    with database.write() as session:
        void_invoice(session, invoice_id, 1, "  billed to the wrong customer ")
    with database.read() as session:
        record = get_invoice(session, invoice_id)
        [account] = accounts(session, TODAY, [customer_id])
    assert (record.status, record.void_reason, record.version) == (
        InvoiceStatus.VOID,
        "billed to the wrong customer",
        2,
    )
    assert (account.status.open_balance, account.status.overdue_amount) == (3_000, 0)


def test_a_payment_tied_to_a_voided_invoice_pays_the_others_then_becomes_credit(database: Database) -> None:
    customer_id = new_customer(database)
    invoice_id = new_invoice(database, invoice_data(customer_id, total=10_000))
    new_invoice(database, invoice_data(customer_id, "2026/0002", total=3_000))
    pay(database, customer_id, 10_000, invoice_id)
    with database.write() as session:
        void_invoice(session, invoice_id, 1, "warranty job")
    with database.read() as session:
        [account] = accounts(session, TODAY, [customer_id])
    assert (account.status.open_balance, account.status.credit) == (0, 7_000)


@pytest.mark.parametrize("reason", ["", "   "])
def test_voiding_needs_a_reason(database: Database, reason: str) -> None:
    customer_id = new_customer(database)
    invoice_id = new_invoice(database, invoice_data(customer_id))
    with pytest.raises(InvoiceError, match="why"), database.write() as session:
        void_invoice(session, invoice_id, 1, reason)
    with database.read() as session:
        assert get_invoice(session, invoice_id).status == InvoiceStatus.OPEN


def test_an_invoice_cannot_be_voided_twice(database: Database) -> None:
    customer_id = new_customer(database)
    invoice_id = new_invoice(database, invoice_data(customer_id))
    with database.write() as session:
        void_invoice(session, invoice_id, 1, "duplicate")
    with pytest.raises(InvoiceError, match="void already"), database.write() as session:
        void_invoice(session, invoice_id, 2, "again")
    with database.read() as session:
        assert get_invoice(session, invoice_id).void_reason == "duplicate"


def test_voiding_a_stale_copy_is_refused(database: Database) -> None:
    customer_id = new_customer(database)
    invoice_id = new_invoice(database, invoice_data(customer_id))
    with database.read() as session:
        read = get_invoice(session, invoice_id)
    with database.write() as session:
        update_invoice(session, invoice_id, read.version, as_of=TODAY, data=replace(read.data, description="edited"))
    with pytest.raises(StaleRecordError), database.write() as session:
        void_invoice(session, invoice_id, read.version, "duplicate")
