"""The customer's history of changes, and the personal-data actions beside it."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from workshop_desk.db.models import Customer
from workshop_desk.db.session import Database
from workshop_desk.services.customers import CustomerData, save_customer
from workshop_desk.services.invoices import InvoiceData, create_invoice
from workshop_desk.services.payments import PaymentData, record_payment
from workshop_desk.services.shop import Shop, save_shop
from workshop_desk.ui.dialogs.history_dialog import HistoryDialog
from workshop_desk.ui.formats import Formats

SHOP = Shop(name="Officina Test", country="IT", currency="EUR", language="it")
TODAY = date(2026, 3, 15)


@pytest.fixture
def customer(database: Database) -> int:
    with database.write() as session:
        save_shop(session, SHOP)
        customer_id = save_customer(session, CustomerData("C1", "Anna Verdi", email="anna@example.it"))
        create_invoice(
            session, InvoiceData("F-7", customer_id, date(2026, 3, 1), date(2026, 3, 31), 1234_50), as_of=TODAY
        )
    with database.write() as session:
        customer = session.get_one(Customer, customer_id)
        customer.debt_limit_cents = 2000_00
    return customer_id


def _dialog(qtbot: QtBot, database: Database, customer_id: int) -> HistoryDialog:
    dialog = HistoryDialog(database, Formats.of(SHOP), customer_id, TODAY)
    qtbot.addWidget(dialog)
    return dialog


def _cells(dialog: HistoryDialog) -> list[str]:
    model = dialog.model
    rows = [" | ".join(model.index(row, column).data() for column in range(4)) for row in range(model.rowCount())]
    return [row.replace("\xa0", " ") for row in rows]


def test_the_history_shows_who_changed_what_in_the_shops_formats(
    qtbot: QtBot, database: Database, customer: int
) -> None:
    dialog = _dialog(qtbot, database, customer)
    rows = _cells(dialog)
    assert any("Customer" in row and "debt limit: — → 2.000,00 €" in row for row in rows)
    assert any("Invoice F-7" in row and "total: 1.234,50 €" in row for row in rows)
    assert any("Installment F-7" in row and "due date: 31 mar 2026" in row for row in rows)
    assert any("Invoice F-7" in row and "status: open" in row for row in rows)
    assert not any("customer:" in row for row in rows)  # the customer is the one whose history this is


def test_erasing_is_refused_while_money_is_owed(
    qtbot: QtBot, database: Database, customer: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *rest: warnings.append(text))
    dialog = _dialog(qtbot, database, customer)
    dialog.erase_button.click()
    assert warnings == ["the customer still owes money: settle or write off the balance first"]
    with database.read() as session:
        assert session.get_one(Customer, customer).email == "anna@example.it"


def test_erasing_a_settled_customer_and_exporting_first(
    qtbot: QtBot, database: Database, customer: int, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    with database.write() as session:
        record_payment(session, PaymentData(customer, TODAY, 1234_50), TODAY)
    shown: list[str] = []
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args, **kwargs: str(tmp_path))
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text, *rest: shown.append(text))
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes)
    dialog = _dialog(qtbot, database, customer)
    dialog.export_button.click()
    exported = json.loads((tmp_path / "C1-personal-data.json").read_text(encoding="utf-8"))
    assert exported["customer"]["email"] == "anna@example.it"
    assert (tmp_path / "C1-personal-data.pdf").exists()
    dialog.erase_button.click()
    assert "1 mar 2036" in shown[-1]  # Italy keeps invoices ten years after the newest one
    with database.read() as session:
        assert session.get_one(Customer, customer).email == ""
