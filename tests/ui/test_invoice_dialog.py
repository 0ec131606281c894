"""The invoice dialog: plan preview, credit check with a recorded override, errors beside fields, edit, void."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from workshop_desk.db.models import Invoice, PaymentRow, Vehicle
from workshop_desk.db.session import Database
from workshop_desk.domain.schedule import PlannedInstallment, build_plan
from workshop_desk.services.customers import CustomerData, add_vehicle, save_customer
from workshop_desk.services.invoices import InvoiceData, InvoiceRecord, create_invoice, get_invoice
from workshop_desk.services.payments import PaymentData, record_payment
from workshop_desk.services.shop import Shop
from workshop_desk.ui.dialogs.invoice_dialog import InvoiceDialog
from workshop_desk.ui.highlights import Mark

TODAY = date(2026, 1, 1)
SHOP = Shop()  # GBP, English in the United Kingdom: £1,234.50 and "31 Jan 2026"


def _customer(database: Database, code: str, name: str, *, limit: int | None = None, blocked: bool = False) -> int:
    with database.write() as session:
        return save_customer(session, CustomerData(code=code, name=name, debt_limit=limit, blocked=blocked))


def _invoice(database: Database, customer_id: int, number: str, total: int, parts: int = 1) -> int:
    plan = tuple(build_plan(total, parts, date(2025, 12, 31))) if parts > 1 else ()
    data = InvoiceData(number, customer_id, date(2025, 12, 1), date(2025, 12, 31), total, plan=plan)
    with database.write() as session:
        return create_invoice(session, data, as_of=date(2025, 12, 1), override_reason="set-up")


def _record(database: Database, invoice_id: int) -> InvoiceRecord:
    with database.read() as session:
        return get_invoice(session, invoice_id)


def _invoice_count(database: Database) -> int:
    with database.read() as session:
        return session.scalar(select(func.count()).select_from(Invoice)) or 0


def _open(qtbot: QtBot, database: Database, **options: int) -> InvoiceDialog:
    dialog = InvoiceDialog(database, SHOP, TODAY, **options)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _plan_rows(dialog: InvoiceDialog) -> list[list[str]]:
    model = dialog.plan_model
    return [
        [model.index(row, column).data() for column in range(model.columnCount())] for row in range(model.rowCount())
    ]


@pytest.fixture
def rossi(database: Database) -> int:
    return _customer(database, "C0012", "Rossi Mario")


def test_three_monthly_installments_from_the_end_of_january(qtbot: QtBot, database: Database, rossi: int) -> None:
    dialog = _open(qtbot, database, customer_id=rossi)
    assert dialog.customer.currentText() == "C0012 — Rossi Mario"
    assert dialog.number.text() == "2026-0001"
    assert dialog.due_date.day() == date(2026, 1, 31)  # today + 30 days
    qtbot.keyClicks(dialog.description, "Clutch replaced")
    qtbot.keyClicks(dialog.total, "300.00")
    dialog.installments.setValue(3)
    assert dialog.first_due.day() == date(2026, 1, 31)  # the due date, until changed
    assert _plan_rows(dialog) == [
        ["1", "31 Jan 2026", "£100.00"],
        ["2", "28 Feb 2026", "£100.00"],
        ["3", "31 Mar 2026", "£100.00"],
    ]
    assert "£300.00 in 3 installments" in dialog.plan_summary.text()

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = _record(database, dialog.saved_invoice_id)
    assert saved.data.plan == (
        PlannedInstallment(1, date(2026, 1, 31), 10000),
        PlannedInstallment(2, date(2026, 2, 28), 10000),
        PlannedInstallment(3, date(2026, 3, 31), 10000),
    )
    assert (saved.data.total, saved.data.deposit, saved.data.description) == (30000, 0, "Clutch replaced")
    assert saved.credit_override == ""


def test_weekly_plan_after_a_deposit_and_enter_saves(qtbot: QtBot, database: Database, rossi: int) -> None:
    dialog = _open(qtbot, database, customer_id=rossi)
    qtbot.keyClicks(dialog.total, "250")
    qtbot.keyClicks(dialog.deposit, "50")
    dialog.installments.setValue(2)
    dialog.interval.setCurrentIndex(dialog.interval.findData("weekly"))
    dialog.first_due.set_day(date(2026, 1, 10))
    assert _plan_rows(dialog) == [["1", "10 Jan 2026", "£100.00"], ["2", "17 Jan 2026", "£100.00"]]

    qtbot.keyClick(dialog.total, Qt.Key.Key_Return)

    saved = _record(database, dialog.saved_invoice_id)
    assert [(part.due_date, part.amount) for part in saved.data.plan] == [
        (date(2026, 1, 10), 10000),
        (date(2026, 1, 17), 10000),
    ]
    assert saved.data.deposit == 5000


def test_one_installment_means_no_plan(qtbot: QtBot, database: Database, rossi: int) -> None:
    dialog = _open(qtbot, database, customer_id=rossi)
    qtbot.keyClicks(dialog.total, "80")
    assert _plan_rows(dialog) == [["1", "31 Jan 2026", "£80.00"]]
    assert not dialog.first_due.isEnabled()
    dialog.save()
    saved = _record(database, dialog.saved_invoice_id)
    assert saved.data.plan == ()
    assert saved.data.installments() == (PlannedInstallment(1, date(2026, 1, 31), 8000),)


def test_whole_currency_units_split_without_cents(qtbot: QtBot, database: Database, rossi: int) -> None:
    dialog = InvoiceDialog(database, Shop(country="HU", currency="HUF", language="hu"), TODAY, customer_id=rossi)
    qtbot.addWidget(dialog)
    dialog.total.setText("10000")
    dialog.installments.setValue(3)
    amounts = [row[2].replace("\u00a0", " ") for row in _plan_rows(dialog)]
    assert amounts == ["3 333 Ft", "3 333 Ft", "3 334 Ft"]


# The completer's popup asks the offscreen platform for things it cannot do (harmless there).
@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
def test_customer_list_filters_by_code_or_name_anywhere(qtbot: QtBot, database: Database, rossi: int) -> None:
    _customer(database, "C0013", "Bianchi Luca")
    other = _customer(database, "C0120", "Rossini Gioacchino")
    dialog = _open(qtbot, database)
    completer = dialog.customer.completer()

    qtbot.keyClicks(dialog.customer.lineEdit(), "ossi")
    assert completer.completionCount() == 2
    dialog.customer.lineEdit().clear()
    qtbot.keyClicks(dialog.customer.lineEdit(), "012")
    assert completer.completionCount() == 2  # C0012 and C0120
    qtbot.keyClicks(dialog.customer.lineEdit(), "0")
    assert completer.currentCompletion() == "C0120 — Rossini Gioacchino"

    dialog.customer.lineEdit().setText("C0120")  # a code alone names the customer
    dialog.customer.lineEdit().editingFinished.emit()
    assert dialog.customer.currentText() == "C0120 — Rossini Gioacchino"
    dialog.total.setText("10")
    dialog.save()
    assert _record(database, dialog.saved_invoice_id).data.customer_id == other


def test_no_customer_is_refused_beside_the_field(qtbot: QtBot, database: Database, rossi: int) -> None:
    dialog = _open(qtbot, database)
    qtbot.keyClicks(dialog.customer.lineEdit(), "Nobody")
    qtbot.keyClicks(dialog.total, "10")
    dialog.save()
    assert dialog.isVisible()
    assert dialog.form.message("customer") == "Choose a customer from the list."
    assert _invoice_count(database) == 0


def test_a_new_vehicle_is_saved_with_the_invoice(qtbot: QtBot, database: Database, rossi: int) -> None:
    with database.write() as session:
        add_vehicle(session, rossi, "ab123cd", "Fiat Panda 1.2")
    dialog = _open(qtbot, database, customer_id=rossi)
    assert [dialog.vehicle.itemText(row) for row in range(dialog.vehicle.count())] == [
        "(none)",
        "AB123CD Fiat Panda 1.2",
    ]
    qtbot.mouseClick(dialog.add_vehicle_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.new_plate, "xy987zz")
    qtbot.keyClicks(dialog.new_vehicle_description, "Vespa 125")
    qtbot.keyClick(dialog.new_vehicle_description, Qt.Key.Key_Return)  # adds the vehicle, does not save
    assert dialog.isVisible()
    assert dialog.vehicle.currentText() == "XY987ZZ Vespa 125 (new)"
    with database.read() as session:
        assert session.scalar(select(func.count()).select_from(Vehicle)) == 1  # not before saving

    qtbot.keyClicks(dialog.total, "120")
    dialog.save()

    with database.read() as session:
        owner, vehicle_id = session.execute(
            select(Vehicle.customer_id, Vehicle.id).where(Vehicle.identifier == "XY987ZZ")
        ).one()
    assert owner == rossi
    assert _record(database, dialog.saved_invoice_id).data.vehicle_id == vehicle_id


def test_over_the_limit_needs_issue_anyway_and_a_reason(qtbot: QtBot, database: Database) -> None:
    customer = _customer(database, "C0020", "Verdi Giuseppe", limit=50000)
    _invoice(database, customer, "2025-0100", 40000)
    dialog = _open(qtbot, database, customer_id=customer)

    qtbot.keyClicks(dialog.total, "250")

    assert dialog.credit_panel.isVisible()
    assert dialog.credit_text.text() == (
        "Open balance £400.00 + this invoice £250.00 = £650.00, over the limit of £500.00 by £150.00."
    )
    assert dialog.credit_icons[Mark.OVER_LIMIT].isVisible()
    assert not dialog.credit_icons[Mark.BLOCKED].isVisible()
    assert dialog.override.isVisible()
    assert dialog.override_reason.isVisible()

    dialog.save()
    assert dialog.isVisible()
    assert "Issue it anyway" in dialog.credit_message.text()
    dialog.override.setChecked(True)
    dialog.save()
    assert dialog.credit_message.text() == "⚠ Say why the invoice is issued anyway."
    assert _invoice_count(database) == 1

    qtbot.keyClicks(dialog.override_reason, "Pays on Friday, agreed with the owner")
    dialog.save()

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert _record(database, dialog.saved_invoice_id).credit_override == "Pays on Friday, agreed with the owner"


def test_within_the_limit_needs_no_override(qtbot: QtBot, database: Database) -> None:
    customer = _customer(database, "C0020", "Verdi Giuseppe", limit=50000)
    _invoice(database, customer, "2025-0100", 40000)
    dialog = _open(qtbot, database, customer_id=customer)
    qtbot.keyClicks(dialog.total, "150")
    qtbot.keyClicks(dialog.deposit, "60")
    assert dialog.credit_text.text() == (
        "Open balance £400.00 + this invoice £90.00 = £490.00, within the limit of £500.00."
    )
    assert not dialog.override.isVisible()
    dialog.save()
    assert _record(database, dialog.saved_invoice_id).credit_override == ""


def test_a_blocked_customer_needs_an_override_too(qtbot: QtBot, database: Database) -> None:
    customer = _customer(database, "C0030", "Neri Anna", blocked=True)
    dialog = _open(qtbot, database, customer_id=customer)
    qtbot.keyClicks(dialog.total, "40")
    assert dialog.credit_text.text().startswith("This customer is blocked: no new credit.")
    assert dialog.credit_icons[Mark.BLOCKED].isVisible()
    assert dialog.override.isVisible()

    dialog.save()
    assert dialog.isVisible()
    assert _invoice_count(database) == 0

    dialog.override.setChecked(True)
    qtbot.keyClicks(dialog.override_reason, "Cash on collection")
    dialog.save()
    assert _record(database, dialog.saved_invoice_id).credit_override == "Cash on collection"


def test_panel_in_the_shops_language_and_currency(qtbot: QtBot, database: Database) -> None:
    customer = _customer(database, "C0020", "Verdi Giuseppe", limit=50000)
    _invoice(database, customer, "2025-0100", 40000)
    shop = Shop(country="IT", currency="EUR", language="it")
    dialog = InvoiceDialog(database, shop, TODAY, customer_id=customer)
    qtbot.addWidget(dialog)
    dialog.total.setText("250,00")
    assert dialog.credit_text.text().replace("\u00a0", " ") == (
        "Open balance 400,00 € + this invoice 250,00 € = 650,00 €, over the limit of 500,00 € by 150,00 €."
    )


def test_bad_total_keeps_the_dialog_open_with_the_message_under_it(
    qtbot: QtBot, database: Database, rossi: int
) -> None:
    dialog = _open(qtbot, database, customer_id=rossi)
    qtbot.keyClicks(dialog.total, "12.3.4")
    assert _plan_rows(dialog) == []

    dialog.save()

    assert dialog.isVisible()
    assert dialog.form.message("total") == "Not an amount: write it like 1,234.50."
    assert dialog.total.text() == "12.3.4"  # what was typed stays
    assert dialog.focusWidget() is dialog.total
    assert _invoice_count(database) == 0


@pytest.mark.parametrize(
    ("field", "message"),
    [
        ("number", "Number 2025-0100 is taken: choose another."),
        ("deposit", "The deposit is larger than the total."),
        ("due_date", "The due date is before the issue date."),
    ],
)
def test_refusals_of_the_service_appear_beside_their_field(
    qtbot: QtBot, database: Database, rossi: int, field: str, message: str
) -> None:
    _invoice(database, rossi, "2025-0100", 1000)
    dialog = _open(qtbot, database, customer_id=rossi)
    dialog.total.setText("100")
    if field == "number":
        dialog.number.setText("2025-0100")
    elif field == "deposit":
        dialog.deposit.setText("150")
    else:
        dialog.due_date.set_day(date(2025, 12, 20))

    dialog.save()

    assert dialog.isVisible()
    assert dialog.form.message(field) == message
    assert _invoice_count(database) == 1


def test_a_number_taken_meanwhile_is_replaced_by_the_next_free_one(
    qtbot: QtBot, database: Database, rossi: int
) -> None:
    dialog = _open(qtbot, database, customer_id=rossi)
    assert dialog.number.text() == "2026-0001"
    dialog.total.setText("100")
    _invoice(database, rossi, "2026-0001", 5000)  # saved at another desk

    dialog.save()

    assert dialog.form.message("number") == (
        "Number 2026-0001 was taken meanwhile: 2026-0002 is the next free one. Save again."
    )
    assert dialog.number.text() == "2026-0002"
    dialog.save()
    assert _record(database, dialog.saved_invoice_id).data.number == "2026-0002"


def test_the_proposed_number_follows_the_year_of_issue(qtbot: QtBot, database: Database, rossi: int) -> None:
    _invoice(database, rossi, "2025-0100", 1000)
    dialog = _open(qtbot, database, customer_id=rossi)
    assert dialog.number.text() == "2026-0001"
    dialog.issue_date.set_day(date(2025, 12, 30))
    assert dialog.number.text() == "2025-0101"
    assert dialog.due_date.day() == date(2026, 1, 29)  # still 30 days after issue
    dialog.number.setText("2025-0200")
    dialog.issue_date.set_day(date(2026, 1, 1))
    assert dialog.number.text() == "2025-0200"  # typed by hand: left alone


def test_a_plan_starting_before_the_issue_date_is_refused_under_the_plan(
    qtbot: QtBot, database: Database, rossi: int
) -> None:
    dialog = _open(qtbot, database, customer_id=rossi)
    dialog.total.setText("100")
    dialog.installments.setValue(2)
    dialog.first_due.set_day(date(2025, 12, 1))
    dialog.save()
    assert dialog.plan_form.message("plan") == "The first installment falls due before the issue date."
    assert _invoice_count(database) == 0


@pytest.fixture
def paid_against(database: Database, rossi: int) -> int:
    """A 300.00 invoice in three parts with 50.00 paid on it."""
    invoice_id = _invoice(database, rossi, "2025-0100", 30000, parts=3)
    with database.write() as session:
        record_payment(session, PaymentData(rossi, date(2025, 12, 20), 5000, invoice_id=invoice_id), TODAY)
    return invoice_id


def test_edit_with_payments_keeps_the_money_read_only(qtbot: QtBot, database: Database, paid_against: int) -> None:
    dialog = _open(qtbot, database, invoice_id=paid_against)
    assert dialog.windowTitle() == "Invoice 2025-0100"
    assert dialog.total.text() == "300.00"
    assert len(_plan_rows(dialog)) == 3
    for field in (dialog.total, dialog.deposit, dialog.issue_date, dialog.due_date, dialog.installments):
        assert field.isReadOnly()
    assert dialog.first_due.isReadOnly()
    assert not dialog.interval.isEnabled()
    assert not dialog.customer.isEnabled()
    assert dialog.payments_note.isVisible()
    assert "void it and issue a new one" in dialog.payments_note.text()
    assert not dialog.credit_panel.isVisible()

    dialog.description.setPlainText("Clutch and brake pads")
    dialog.save()

    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = _record(database, paid_against)
    assert saved.data.description == "Clutch and brake pads"
    assert saved.data.total == 30000
    assert len(saved.data.plan) == 3


def test_edit_without_payments_changes_the_number(qtbot: QtBot, database: Database, rossi: int) -> None:
    invoice_id = _invoice(database, rossi, "2025-0100", 30000, parts=3)
    dialog = _open(qtbot, database, invoice_id=invoice_id)
    assert not dialog.total.isReadOnly()
    assert not dialog.payments_note.isVisible()
    assert dialog.installments.value() == 3
    dialog.number.setText("2025-0101")
    dialog.save()
    assert _record(database, invoice_id).data.number == "2025-0101"
    assert _record(database, invoice_id).data.plan == tuple(build_plan(30000, 3, date(2025, 12, 31)))


def test_edit_without_payments_changes_the_plan(qtbot: QtBot, database: Database, rossi: int) -> None:
    invoice_id = _invoice(database, rossi, "2025-0100", 30000, parts=3)
    dialog = _open(qtbot, database, invoice_id=invoice_id)
    dialog.total.setText("600.00")
    assert [row[2] for row in _plan_rows(dialog)] == ["£200.00", "£200.00", "£200.00"]
    assert dialog.credit_text.text() == "Open balance £300.00 + the increase £300.00 = £600.00; no debt limit."
    assert not dialog.override.isVisible()
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert _record(database, invoice_id).data.plan == tuple(build_plan(60000, 3, date(2025, 12, 31)))


def test_raising_an_invoice_over_the_limit_needs_an_override(qtbot: QtBot, database: Database) -> None:
    customer = _customer(database, "C0020", "Verdi Giuseppe", limit=50000)
    invoice_id = _invoice(database, customer, "2025-0100", 40000)
    dialog = _open(qtbot, database, invoice_id=invoice_id)
    assert not dialog.credit_panel.isVisible()  # nothing raised yet

    dialog.total.setText("450.00")
    assert not dialog.override.isVisible()  # £450.00 is within the limit
    dialog.total.setText("650.00")
    assert dialog.credit_text.text() == (
        "Open balance £400.00 + the increase £250.00 = £650.00, over the limit of £500.00 by £150.00."
    )
    dialog.save()
    assert dialog.isVisible()
    assert _record(database, invoice_id).data.total == 40000

    dialog.override.setChecked(True)
    dialog.override_reason.setText("Extra work agreed")
    dialog.save()
    saved = _record(database, invoice_id)
    assert saved.data.total == 65000
    assert saved.credit_override == "Extra work agreed"
    again = _open(qtbot, database, invoice_id=invoice_id)
    assert again.credit_panel.isVisible()  # the decision stays on record, and in sight
    assert again.credit_text.text() == "Issued over the customer's credit terms: Extra work agreed"


def test_a_stale_invoice_asks_to_reload(qtbot: QtBot, database: Database, rossi: int) -> None:
    invoice_id = _invoice(database, rossi, "2025-0100", 30000)
    dialog = _open(qtbot, database, invoice_id=invoice_id)
    other_desk = _open(qtbot, database, invoice_id=invoice_id)
    other_desk.description.setPlainText("Changed at the other desk")
    other_desk.save()

    dialog.description.setPlainText("Changed here")
    dialog.save()

    assert dialog.isVisible()
    assert "Someone else changed this invoice" in dialog.message.text()
    qtbot.mouseClick(dialog.reload_button, Qt.MouseButton.LeftButton)
    assert dialog.description.toPlainText() == "Changed at the other desk"
    dialog.description.setPlainText("Changed here")
    dialog.save()
    assert _record(database, invoice_id).data.description == "Changed here"


def test_void_with_a_reason(
    qtbot: QtBot, database: Database, paid_against: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _open(qtbot, database, invoice_id=paid_against)
    assert dialog.void_button.isVisible()
    monkeypatch.setattr(dialog, "ask_void_reason", lambda: "Wrong customer")

    qtbot.mouseClick(dialog.void_button, Qt.MouseButton.LeftButton)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.saved_invoice_id == paid_against
    voided = _record(database, paid_against)
    assert (voided.status, voided.void_reason) == ("void", "Wrong customer")
    with database.read() as session:
        assert session.scalar(select(func.count()).select_from(PaymentRow)) == 1  # the payment stays


def test_void_without_a_reason_is_refused(
    qtbot: QtBot, database: Database, paid_against: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _open(qtbot, database, invoice_id=paid_against)
    monkeypatch.setattr(dialog, "ask_void_reason", lambda: "  ")
    dialog.void()
    assert dialog.isVisible()
    assert dialog.message.text() == "⚠ Say why the invoice is voided."
    assert _record(database, paid_against).status == "open"


def test_a_void_invoice_is_read_only(qtbot: QtBot, database: Database, paid_against: int) -> None:
    dialog = _open(qtbot, database, invoice_id=paid_against)
    dialog.ask_void_reason = lambda: "Duplicate"  # type: ignore[method-assign]
    dialog.void()
    again = _open(qtbot, database, invoice_id=paid_against)
    assert not again.save_button.isEnabled()
    assert not again.void_button.isVisible()
    assert again.message.text() == "⚠ This invoice is void: Duplicate"


def test_escape_cancels_without_saving(qtbot: QtBot, database: Database, rossi: int) -> None:
    dialog = _open(qtbot, database, customer_id=rossi)
    qtbot.keyClicks(dialog.total, "99")
    qtbot.keyClick(dialog.total, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert not dialog.isVisible()
    assert _invoice_count(database) == 0
