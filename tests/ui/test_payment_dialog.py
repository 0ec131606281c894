"""The payment dialog: a preview of what the payment pays, credit said clearly, bad input refused beside its field."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from workshop_desk.db.models import PaymentRow
from workshop_desk.db.session import Database
from workshop_desk.domain.schedule import build_plan
from workshop_desk.services.customers import CustomerData, save_customer
from workshop_desk.services.invoices import InvoiceData, create_invoice
from workshop_desk.services.shop import Shop
from workshop_desk.ui.dialogs.payment_dialog import PaymentDialog

TODAY = date(2026, 1, 1)
SHOP = Shop()  # GBP, English in the United Kingdom


@pytest.fixture
def customer(database: Database) -> int:
    """Gallo Francesca, who owes 100.00 + 100.00 on invoice 2025-0103 (due 30 Nov and 30 Dec 2025)."""
    with database.write() as session:
        customer_id = save_customer(session, CustomerData(code="C0050", name="Gallo Francesca"))
        plan = tuple(build_plan(20000, 2, date(2025, 11, 30)))
        data = InvoiceData("2025-0103", customer_id, date(2025, 11, 1), date(2025, 11, 30), 20000, plan=plan)
        create_invoice(session, data, as_of=date(2025, 11, 1))
    return customer_id


@pytest.fixture
def second_invoice(database: Database, customer: int) -> int:
    """Invoice 2025-0104 of 120.00, due 9 Jan 2026."""
    data = InvoiceData("2025-0104", customer, date(2025, 12, 10), date(2026, 1, 9), 12000)
    with database.write() as session:
        return create_invoice(session, data, as_of=date(2025, 12, 10))


def _open(qtbot: QtBot, database: Database, customer_id: int, invoice_id: int | None = None) -> PaymentDialog:
    dialog = PaymentDialog(database, SHOP, TODAY, customer_id, invoice_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _preview(dialog: PaymentDialog) -> list[list[str]]:
    model = dialog.preview_model
    return [
        [model.index(row, column).data() for column in range(model.columnCount())] for row in range(model.rowCount())
    ]


def _payments(database: Database) -> list[tuple[object, ...]]:
    with database.read() as session:
        columns = (PaymentRow.date, PaymentRow.amount_cents, PaymentRow.method, PaymentRow.reference)
        rows = session.execute(select(*columns, PaymentRow.invoice_id).order_by(PaymentRow.id))
        return [tuple(row) for row in rows]


def test_the_customer_and_their_balance_are_at_the_top(qtbot: QtBot, database: Database, customer: int) -> None:
    dialog = _open(qtbot, database, customer)
    assert dialog.windowTitle() == "Payment from Gallo Francesca"
    assert dialog.customer_title.text() == "Gallo Francesca  ·  C0050"
    assert dialog.balance.text() == "Open balance £200.00, of which £200.00 overdue"
    assert dialog.paid_on.day() == TODAY
    assert dialog.amount.text() == ""
    assert _preview(dialog) == []


def test_a_partial_payment_settles_the_first_installment_and_pays_part_of_the_second(
    qtbot: QtBot, database: Database, customer: int
) -> None:
    dialog = _open(qtbot, database, customer)
    qtbot.keyClicks(dialog.amount, "150.00")

    assert _preview(dialog) == [
        ["2025-0103", "1 of 2", "30 Nov 2025", "£100.00", "£100.00", "settled"],
        ["2025-0103", "2 of 2", "30 Dec 2025", "£100.00", "£50.00", "part"],
    ]
    assert dialog.balance_after.text() == "Open balance after: £50.00"
    assert not dialog.credit_line.isVisible()

    dialog.method.setCurrentIndex(dialog.method.findData("card"))
    qtbot.keyClicks(dialog.reference, "slip 0042")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.saved_payment_id is not None
    assert _payments(database) == [(TODAY, 15000, "card", "slip 0042", None)]


def test_an_overpayment_shows_what_becomes_credit(qtbot: QtBot, database: Database, customer: int) -> None:
    dialog = _open(qtbot, database, customer)
    qtbot.keyClicks(dialog.amount, "250")

    assert [row[4] for row in _preview(dialog)] == ["£100.00", "£100.00"]
    assert dialog.credit_line.isVisible()
    assert dialog.credit_line.text() == "ℹ £50.00 becomes credit: it is more than the customer owes."
    assert "color: #0b57d0" in dialog.credit_line.styleSheet()
    assert dialog.balance_after.text() == "Open balance after: £0.00 · credit £50.00"

    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)  # Enter saves

    assert _payments(database) == [(TODAY, 25000, "cash", "", None)]


def test_a_date_in_the_future_is_refused(qtbot: QtBot, database: Database, customer: int) -> None:
    dialog = _open(qtbot, database, customer)
    qtbot.keyClicks(dialog.amount, "50")
    dialog.paid_on.set_day(TODAY + timedelta(days=1))

    assert dialog.form.message("paid_on") == "A payment cannot be dated in the future."
    assert _preview(dialog) == []

    dialog.save()

    assert dialog.isVisible()
    assert _payments(database) == []
    dialog.paid_on.set_day(TODAY - timedelta(days=3))  # back-dated is fine
    assert dialog.form.message("paid_on") == ""
    dialog.save()
    assert _payments(database) == [(TODAY - timedelta(days=3), 5000, "cash", "", None)]


def test_a_bad_amount_is_refused_beside_the_field_without_preview(
    qtbot: QtBot, database: Database, customer: int
) -> None:
    dialog = _open(qtbot, database, customer)
    qtbot.keyClicks(dialog.amount, "12.3.4")
    assert _preview(dialog) == []
    assert dialog.form.message("amount") == ""  # not while typing

    dialog.save()

    assert dialog.isVisible()
    assert dialog.form.message("amount") == "Not an amount: write it like 1,234.50."
    assert dialog.preview_hint.text() == "Enter the amount to see what it pays."
    assert _payments(database) == []


@pytest.mark.parametrize(("typed", "message"), [("", "Enter an amount."), ("0", "Enter an amount more than zero.")])
def test_no_amount_is_refused(qtbot: QtBot, database: Database, customer: int, typed: str, message: str) -> None:
    dialog = _open(qtbot, database, customer)
    dialog.amount.setText(typed)
    dialog.save()
    assert dialog.form.message("amount") == message
    assert _payments(database) == []


def test_whole_balance_of_the_customer_or_of_the_chosen_invoice(
    qtbot: QtBot, database: Database, customer: int, second_invoice: int
) -> None:
    dialog = _open(qtbot, database, customer)
    assert [dialog.invoice.itemText(row) for row in range(dialog.invoice.count())] == [
        "(on account: oldest first)",
        "2025-0103 · £200.00 unpaid · next due 30 Nov 2025",
        "2025-0104 · £120.00 unpaid · next due 9 Jan 2026",
    ]
    qtbot.mouseClick(dialog.whole_balance_button, Qt.MouseButton.LeftButton)
    assert dialog.amount.text() == "320.00"
    assert dialog.balance_after.text() == "Open balance after: £0.00"

    dialog.invoice.setCurrentIndex(dialog.invoice.findData(second_invoice))
    qtbot.mouseClick(dialog.whole_balance_button, Qt.MouseButton.LeftButton)
    assert dialog.amount.text() == "120.00"
    assert _preview(dialog) == [["2025-0104", "1 of 1", "9 Jan 2026", "£120.00", "£120.00", "settled"]]


def test_a_payment_tied_to_an_invoice_pays_it_first(
    qtbot: QtBot, database: Database, customer: int, second_invoice: int
) -> None:
    dialog = _open(qtbot, database, customer, invoice_id=second_invoice)
    assert dialog.invoice.currentData() == second_invoice
    qtbot.keyClicks(dialog.amount, "150")
    assert _preview(dialog) == [
        ["2025-0104", "1 of 1", "9 Jan 2026", "£120.00", "£120.00", "settled"],
        ["2025-0103", "1 of 2", "30 Nov 2025", "£100.00", "£30.00", "part"],
    ]
    dialog.save()
    assert _payments(database) == [(TODAY, 15000, "cash", "", second_invoice)]


def test_nothing_owed_means_all_of_it_is_credit(qtbot: QtBot, database: Database) -> None:
    with database.write() as session:
        customer_id = save_customer(session, CustomerData(code="C0060", name="Esposito Ciro"))
    dialog = _open(qtbot, database, customer_id)
    assert dialog.balance.text() == "Open balance £0.00"
    assert not dialog.whole_balance_button.isEnabled()
    dialog.amount.setText("30")
    assert _preview(dialog) == []
    assert dialog.preview_hint.text() == "Nothing is owed: all of it becomes credit."
    assert dialog.credit_line.text() == "ℹ £30.00 becomes credit: it is more than the customer owes."


def test_escape_cancels(qtbot: QtBot, database: Database, customer: int) -> None:
    dialog = _open(qtbot, database, customer)
    qtbot.keyClicks(dialog.amount, "10")
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert _payments(database) == []
    assert dialog.saved_payment_id is None
