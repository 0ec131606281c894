"""A receptionist's morning, driven through the window's own menu actions and the real dialogs:
a new customer, an invoice in three installments, a partial payment — and the overdue tab, the
marks and the status-bar totals following each step. Then an invoice over the limit asks for an
override, bad input keeps a dialog open, and the first start loads the demo shop."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from workshop_desk.db.session import Database
from workshop_desk.services.shop import Shop, save_shop
from workshop_desk.ui.dialogs.customer_dialog import CustomerDialog
from workshop_desk.ui.dialogs.first_start_dialog import FirstStartDialog
from workshop_desk.ui.dialogs.invoice_dialog import InvoiceDialog
from workshop_desk.ui.dialogs.payment_dialog import PaymentDialog
from workshop_desk.ui.main_window import MainWindow
from workshop_desk.ui.models.overdue_model import OverdueModel

TODAY = date(2026, 3, 15)


@pytest.fixture
def window(qtbot: QtBot, database: Database) -> MainWindow:
    with database.write() as session:
        save_shop(session, Shop(name="Kershaw Motors", country="GB", currency="GBP", language="en"))
    shown = MainWindow(database, TODAY)
    qtbot.addWidget(shown)
    with qtbot.waitSignal(shown.snapshot_ready, timeout=10_000):
        shown.show()
    return shown


def in_dialog(kind: type[QDialog], act: Callable[[QDialog], None]) -> list[str]:
    """Run ``act`` on the next modal dialog of ``kind`` once it is open; returns problems seen."""
    problems: list[str] = []

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            problems.append(f"expected a {kind.__name__}, got {type(dialog).__name__}")
            if dialog is not None:
                dialog.reject()
            return
        act(dialog)

    QTimer.singleShot(0, run)
    return problems


def overdue_rows(window: MainWindow) -> list[list[str]]:
    model = window.overdue_tab.table.model()
    return [
        [model.index(row, column).data() for column in range(model.columnCount())] for row in range(model.rowCount())
    ]


def test_new_customer_invoice_in_three_parts_and_a_partial_payment(qtbot: QtBot, window: MainWindow) -> None:
    assert "open £0.00" in window.totals.text()

    def fill_customer(dialog: CustomerDialog) -> None:
        dialog.name.setText("Bradshaw Susan")
        qtbot.keyClicks(dialog.phone, "0161 496 0123")
        qtbot.keyClicks(dialog.debt_limit, "1000")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    problems = in_dialog(CustomerDialog, fill_customer)
    window.new_customer_action.trigger()
    assert problems == []
    customer_id = window.customers_tab.selected_customer_id()
    assert customer_id is not None
    assert window.customers_tab.detail.title.text() == "Bradshaw Susan  ·  C0001"

    def fill_invoice(dialog: InvoiceDialog) -> None:
        dialog.issue_date.set_day(date(2025, 12, 20))
        dialog.due_date.set_day(date(2026, 1, 20))
        dialog.description.setPlainText("Clutch and flywheel")
        qtbot.keyClicks(dialog.total, "600.00")
        dialog.installments.setValue(3)
        dialog.first_due.set_day(date(2026, 1, 20))
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    problems = in_dialog(InvoiceDialog, fill_invoice)
    window.new_invoice_action.trigger()  # for the selected customer
    assert problems == []
    # 20 Jan and 20 Feb are past on 15 March; 20 Mar is not due yet.
    assert overdue_rows(window) == [
        ["C0001", "Bradshaw Susan", "0161 496 0123", "£600.00", "£400.00", "54", "2", "£1,000.00"]
    ]
    assert "open £600.00" in window.totals.text()
    assert "overdue £400.00" in window.totals.text()
    assert "1 with missed installments" in window.totals.text()
    tip = window.overdue_tab.table.model().index(0, OverdueModel.COL_NAME).data(Qt.ItemDataRole.ToolTipRole)
    assert "Installment 1 of 3 of invoice 2025-0001, due 20 Jan 2026, £200.00 unpaid" in tip

    def pay_part(dialog: PaymentDialog) -> None:
        qtbot.keyClicks(dialog.amount, "250.00")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    problems = in_dialog(PaymentDialog, pay_part)
    window.payment_action.trigger()
    assert problems == []
    # 250 pays January's 200 and 50 of February's: 150 still overdue, 23 days late, one missed.
    assert overdue_rows(window) == [
        ["C0001", "Bradshaw Susan", "0161 496 0123", "£350.00", "£150.00", "23", "1", "£1,000.00"]
    ]
    assert "open £350.00" in window.totals.text()
    assert "overdue £150.00" in window.totals.text()
    detail = window.customers_tab.detail
    assert detail._figure_labels["open"].text() == "£350.00"
    balances = [detail.statement_model.index(row, 6).data() for row in range(detail.statement_model.rowCount())]
    assert balances == ["£600.00", "£350.00"]


def test_an_invoice_over_the_limit_asks_for_an_override(qtbot: QtBot, window: MainWindow) -> None:
    seen: dict[str, str] = {}

    def fill_customer(dialog: CustomerDialog) -> None:
        dialog.name.setText("Tight Limit Ltd")
        qtbot.keyClicks(dialog.debt_limit, "100")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    in_dialog(CustomerDialog, fill_customer)
    window.new_customer_action.trigger()

    def over_the_limit(dialog: InvoiceDialog) -> None:
        qtbot.keyClicks(dialog.total, "150.00")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        seen["first try"] = "open" if dialog.isVisible() else "closed"
        seen["panel"] = dialog.credit_text.text() if hasattr(dialog, "credit_text") else ""
        dialog.override.setChecked(True)
        qtbot.keyClicks(dialog.override_reason, "Owner knows him")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        seen["second try"] = "open" if dialog.isVisible() else "closed"

    problems = in_dialog(InvoiceDialog, over_the_limit)
    window.new_invoice_action.trigger()
    assert problems == []
    assert seen["first try"] == "open"
    assert seen["second try"] == "closed"
    assert "over the limit of £100.00 by £50.00" in seen["panel"]
    account = next(iter(window.snapshot.accounts.values()))
    assert account.status.open_balance == 15_000
    assert account.status.over_limit


def test_bad_input_keeps_the_dialog_open_and_loses_nothing(qtbot: QtBot, window: MainWindow) -> None:
    seen: dict[str, str] = {}

    def bad_payment_then_cancel(dialog: CustomerDialog) -> None:
        dialog.name.setText("Rossi Mario")
        qtbot.keyClicks(dialog.email, "mario@")
        qtbot.keyClicks(dialog.debt_limit, "lots")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        seen["open"] = str(dialog.isVisible())
        seen["email"] = dialog.form.message("email") if hasattr(dialog, "form") else ""
        seen["name kept"] = dialog.name.text()
        dialog.reject()

    problems = in_dialog(CustomerDialog, bad_payment_then_cancel)
    window.new_customer_action.trigger()
    assert problems == []
    assert seen["open"] == "True"
    assert seen["name kept"] == "Rossi Mario"
    assert window.customers_tab.model.rowCount() == 0  # nothing was written


def test_payment_without_a_selected_customer_says_what_to_do(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: told.append(text))
    window.payment_action.trigger()
    assert told == ["Select the customer who paid, then record the payment."]


def test_first_start_loads_the_demo_shop(qtbot: QtBot, database: Database) -> None:
    dialog = FirstStartDialog(database)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.demo_button, Qt.MouseButton.LeftButton)
    assert dialog.loaded_demo
    window = MainWindow(database, TODAY)
    qtbot.addWidget(window)
    qtbot.waitSignal(window.snapshot_ready, timeout=10_000).wait()
    assert window.customers_tab.model.rowCount() == 150
    assert window.overdue_tab.model.rowCount() > 5
    assert window.windowTitle().startswith("Workshop Desk — ")
