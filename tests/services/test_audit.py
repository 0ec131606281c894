"""The audit trail: who changed money or credit terms, when, old → new; and nobody can edit it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from workshop_desk.db import audit
from workshop_desk.db.models import AuditEntry, Customer
from workshop_desk.db.session import Database
from workshop_desk.domain.schedule import PlannedInstallment
from workshop_desk.services.adjustments import write_off
from workshop_desk.services.invoices import InvoiceData, create_invoice, get_invoice, update_invoice, void_invoice
from workshop_desk.services.payments import PaymentData, record_payment

pytestmark = pytest.mark.both_engines

TODAY = date(2026, 3, 1)


@pytest.fixture
def shop(new_database: Callable[..., Database]) -> Database:
    return new_database("audit.db", template="base")


@pytest.fixture(autouse=True)
def desk_user() -> None:
    audit.set_user("Giulia")
    yield
    audit.set_user("")


def _trail(database: Database, customer_id: int) -> list[tuple[str, str, str, str, str, str]]:
    with database.read() as session:
        rows = session.scalars(select(AuditEntry).where(AuditEntry.customer_id == customer_id).order_by(AuditEntry.id))
        return [(row.user, row.entity, row.action, row.field, row.old, row.new) for row in rows]


def _customer(database: Database) -> int:
    with database.read() as session:
        return session.scalar(select(Customer.id).where(Customer.code == "A1"))


def test_an_invoice_its_plan_change_and_its_void_are_in_the_trail(shop: Database) -> None:
    customer_id = _customer(shop)
    data = InvoiceData("T-1", customer_id, TODAY, date(2026, 3, 31), 300_00)
    with shop.write() as session:
        invoice_id = create_invoice(session, data, as_of=TODAY, override_reason="agreed")
    plan = (PlannedInstallment(1, date(2026, 3, 31), 150_00), PlannedInstallment(2, date(2026, 4, 30), 150_00))
    with shop.write() as session:
        version = get_invoice(session, invoice_id).version
        update_invoice(
            session,
            invoice_id,
            version,
            InvoiceData(**{**data.__dict__, "plan": plan}),
            as_of=TODAY,
            override_reason="agreed",
        )
    with shop.write() as session:
        void_invoice(session, invoice_id, get_invoice(session, invoice_id).version, "typed twice")
    trail = _trail(shop, customer_id)
    assert ("Giulia", "invoice", "create", "total_cents", "", "30000") in trail
    assert ("Giulia", "installment", "create", "amount_cents", "", "30000") in trail
    assert ("Giulia", "installment", "delete", "amount_cents", "30000", "") in trail  # the old plan
    assert ("Giulia", "installment", "create", "amount_cents", "", "15000") in trail
    assert ("Giulia", "installment", "create", "due_date", "", "2026-04-30") in trail
    assert ("Giulia", "invoice", "change", "status", "open", "void") in trail
    assert ("Giulia", "invoice", "change", "void_reason", "", "typed twice") in trail


def test_payments_write_offs_and_credit_terms_are_in_the_trail(shop: Database) -> None:
    customer_id = _customer(shop)
    with shop.write() as session:
        record_payment(session, PaymentData(customer_id, TODAY, 25_00), TODAY)
    with shop.write() as session:
        write_off(session, customer_id, 1_00, "small_amount", "", TODAY, "Giulia")
    with shop.write() as session:
        customer = session.get(Customer, customer_id)
        old_limit = customer.debt_limit_cents
        customer.debt_limit_cents = 500_00
        customer.blocked = True
    trail = _trail(shop, customer_id)
    assert ("Giulia", "payment", "create", "amount_cents", "", "2500") in trail
    assert ("Giulia", "payment", "create", "kind", "", "write_off") in trail
    assert (
        "Giulia",
        "customer",
        "change",
        "debt_limit_cents",
        "" if old_limit is None else str(old_limit),
        "50000",
    ) in trail
    assert ("Giulia", "customer", "change", "blocked", "no", "yes") in trail


def test_the_trail_cannot_be_changed_or_deleted(shop: Database) -> None:
    customer_id = _customer(shop)
    with shop.write() as session:
        record_payment(session, PaymentData(customer_id, TODAY, 25_00), TODAY)
    statements = ["UPDATE audit SET new = '1'", "DELETE FROM audit"]
    if shop.is_postgresql:
        statements.append("TRUNCATE audit")  # row triggers do not see a TRUNCATE: a trigger of its own
    for statement in statements:
        # the database itself refuses, whatever program (or SQL console) asks
        with shop.engine.connect() as connection, pytest.raises(DBAPIError, match="cannot be changed"):
            connection.execute(text(statement))
    assert len(_trail(shop, customer_id)) >= 1


def test_the_customer_history_names_the_invoice_newest_first(shop: Database) -> None:
    from workshop_desk.services.history import change_history

    customer_id = _customer(shop)
    with shop.write() as session:
        create_invoice(
            session,
            InvoiceData("T-9", customer_id, TODAY, date(2026, 3, 31), 120_00),
            as_of=TODAY,
            override_reason="ok",
        )
    with shop.write() as session:
        record_payment(session, PaymentData(customer_id, TODAY, 20_00), TODAY)
    with shop.read() as session:
        history = change_history(session, customer_id)
    assert history[0].entity == "payment"
    invoice_total = next(line for line in history if line.field == "total_cents")
    assert (invoice_total.reference, invoice_total.new, invoice_total.is_money) == ("T-9", "12000", True)
    installment = next(line for line in history if line.entity == "installment" and line.field == "amount_cents")
    assert installment.reference == "T-9"


def test_an_import_leaves_one_entry_for_the_whole_file(shop: Database) -> None:
    with shop.read() as session:
        entries = session.scalars(select(AuditEntry.new).where(AuditEntry.entity == "import")).all()
    assert entries == ["6 invoices imported from invoices.csv"]  # the acceptance invoices P-001…P-006
