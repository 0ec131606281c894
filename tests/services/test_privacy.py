"""Personal data on request: the export holds everything, erasure keeps what the law needs."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from workshop_desk.db.models import AuditEntry, ContactRow, Customer, Invoice, Vehicle
from workshop_desk.db.session import Database
from workshop_desk.services.customers import CustomerData, add_vehicle, save_customer
from workshop_desk.services.invoices import InvoiceData, create_invoice
from workshop_desk.services.payments import PaymentData, record_payment
from workshop_desk.services.privacy import PrivacyError, erase_customer, export_personal_data, personal_data
from workshop_desk.services.shop import Shop, save_shop

pytestmark = pytest.mark.both_engines

ISSUED = date(2026, 2, 1)


@pytest.fixture
def shop(db: Database) -> tuple[Database, int]:
    with db.write() as session:
        save_shop(session, Shop(name="Officina Test", country="IT", currency="EUR"))
        customer_id = save_customer(
            session,
            CustomerData(
                "C1",
                "Anna Verdi",
                email="anna@example.it",
                phone="+39 333 1234567",
                notes="prefers mornings",
                address="Via Roma 1",
                city="Bologna",
                iban="IT60X0542811101000000123456",
            ),
        )
        add_vehicle(session, customer_id, "AB123CD", "Fiat Panda")
        create_invoice(session, InvoiceData("F-1", customer_id, ISSUED, date(2026, 3, 1), 200_00), as_of=ISSUED)
        session.add(
            ContactRow(
                customer_id=customer_id,
                at=date(2026, 3, 2),
                day=date(2026, 3, 2),
                channel="phone",
                outcome="reached",
                note="said her husband lost his job",
            )
        )
    return db, customer_id


def _pay_all(database: Database, customer_id: int) -> None:
    with database.write() as session:
        record_payment(session, PaymentData(customer_id, date(2026, 3, 10), 200_00), date(2026, 3, 10))


def test_the_export_holds_everything_and_is_private(shop: tuple[Database, int], tmp_path: Path) -> None:
    database, customer_id = shop
    _pay_all(database, customer_id)
    with database.read() as session:
        json_path, pdf_path = export_personal_data(session, customer_id, tmp_path, date(2026, 3, 15), "it")
    data = json.loads(json_path.read_text(encoding="utf-8"))
    assert data["customer"]["email"] == "anna@example.it"
    assert data["vehicles"][0]["identifier"] == "AB123CD"
    assert data["invoices"][0]["installments"][0]["amount_cents"] == 200_00
    assert data["payments"][0]["amount_cents"] == 200_00
    assert data["contacts"][0]["note"] == "said her husband lost his job"
    assert any(entry["entity"] == "payment" for entry in data["audit"])
    text = "".join(page.extract_text() for page in PdfReader(pdf_path).pages)
    assert "Anna Verdi" in text
    for path in (json_path, pdf_path):
        assert path.stat().st_mode & 0o077 == 0


def test_erasure_is_refused_while_money_is_owed(shop: tuple[Database, int]) -> None:
    database, customer_id = shop
    with pytest.raises(PrivacyError, match="still owes"), database.write() as session:
        erase_customer(session, customer_id, date(2026, 3, 15))
    with database.read() as session:
        assert session.get_one(Customer, customer_id).email == "anna@example.it"


def test_within_the_retention_period_the_billing_identity_is_kept(shop: tuple[Database, int]) -> None:
    database, customer_id = shop
    _pay_all(database, customer_id)
    with database.write() as session:
        report = erase_customer(session, customer_id, date(2026, 3, 15))
    assert report.kept_until == date(2036, 2, 1)  # Italy: invoices are kept ten years
    with database.read() as session:
        customer = session.get_one(Customer, customer_id)
        assert (customer.name, customer.address, customer.city) == ("Anna Verdi", "Via Roma 1", "Bologna")
        assert (customer.email, customer.phone, customer.iban, customer.notes) == ("", "", "", "")
        assert session.scalar(select(Vehicle.identifier).where(Vehicle.customer_id == customer_id)) == "—"
        assert session.scalar(select(ContactRow.note).where(ContactRow.customer_id == customer_id)) == ""
        assert session.scalar(select(Invoice.total_cents).where(Invoice.customer_id == customer_id)) == 200_00
        trail = session.scalars(select(AuditEntry.new).where(AuditEntry.customer_id == customer_id)).all()
        assert any(text.startswith("personal data erased on request") for text in trail)


def test_after_the_retention_period_the_name_goes_too(shop: tuple[Database, int]) -> None:
    database, customer_id = shop
    _pay_all(database, customer_id)
    with database.write() as session:
        report = erase_customer(session, customer_id, date(2036, 2, 1))
    assert report.kept_until is None
    with database.read() as session:
        customer = session.get_one(Customer, customer_id)
        assert customer.name == "Erased customer C1"
        assert (customer.tax_id, customer.address, customer.city) == ("", "", "")
    with database.read() as session:
        assert "Anna" not in json.dumps(personal_data(session, customer_id), ensure_ascii=False)
