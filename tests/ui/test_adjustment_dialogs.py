"""Write-off and reschedule from the customer pane, the score column, and the invoice dialog's warning.

On the hand-checked sample shop (tests/acceptance, as of 15 March 2026) plus A6, a good payer
(invoice P-100, so a new invoice is P-101):
scores A1 57, A2 55, A3 70 (nothing due yet), A4 48, A5 100 (one installment), A6 100 ★.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from workshop_desk.db.models import Customer, Invoice, PaymentRow
from workshop_desk.db.session import Database
from workshop_desk.domain.schedule import build_plan
from workshop_desk.services.csv_import import import_csv
from workshop_desk.services.customers import CustomerData, save_customer
from workshop_desk.services.invoices import InvoiceData, create_invoice
from workshop_desk.services.payments import PaymentData, record_payment
from workshop_desk.services.shop import Shop
from workshop_desk.ui.dialogs.invoice_dialog import InvoiceDialog
from workshop_desk.ui.dialogs.reschedule_dialog import RescheduleDialog
from workshop_desk.ui.dialogs.write_off_dialog import WriteOffDialog
from workshop_desk.ui.main_window import MainWindow
from workshop_desk.ui.models.customers_model import CustomersModel

TODAY = date(2026, 3, 15)


@pytest.fixture
def sample_database(database: Database, acceptance_data: Path) -> Database:
    for kind in ("customers", "invoices", "installments", "payments"):
        import_csv(database, kind, acceptance_data / f"{kind}.csv")
    with database.write() as session:
        customer_id = save_customer(session, CustomerData(code="A6", name="Bianchi Officine"))
        plan = tuple(build_plan(300_00, 3, date(2025, 12, 10)))
        data = InvoiceData("P-100", customer_id, date(2025, 11, 10), date(2025, 12, 10), 300_00, plan=plan)
        create_invoice(session, data, as_of=date(2025, 11, 10))
        for part in plan:
            record_payment(session, PaymentData(customer_id, part.due_date, part.amount, "card"), TODAY)
    return database


@pytest.fixture
def window(qtbot: QtBot, sample_database: Database) -> MainWindow:
    shown = MainWindow(sample_database, TODAY)
    qtbot.addWidget(shown)
    with qtbot.waitSignal(shown.snapshot_ready, timeout=10_000):
        shown.show()
    shown.tabs.setCurrentIndex(MainWindow.TAB_CUSTOMERS)
    return shown


def customer_id(database: Database, code: str) -> int:
    with database.read() as session:
        found = session.scalar(select(Customer.id).where(Customer.code == code))
    assert found is not None
    return found


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


def rows(model) -> list[list[str]]:  # any table model
    return [
        [model.index(row, column).data() for column in range(model.columnCount())] for row in range(model.rowCount())
    ]


def column(window: MainWindow, number: int, role: int = Qt.ItemDataRole.DisplayRole) -> dict[str, object]:
    """One column of the customers list, by customer code."""
    model = window.customers_tab.table.model()
    return {
        model.index(row, CustomersModel.COL_CODE).data(): model.index(row, number).data(role)
        for row in range(model.rowCount())
    }


# --- the score ----------------------------------------------------------------------------------


def test_the_score_column_marks_good_payers_and_sorts(window: MainWindow) -> None:
    assert column(window, CustomersModel.COL_SCORE) == {
        "A1": "57", "A2": "55", "A3": "70", "A4": "48", "A5": "100", "A6": "★ 100",
    }  # fmt: skip
    tips = column(window, CustomersModel.COL_SCORE, Qt.ItemDataRole.ToolTipRole)
    assert tips["A6"] == "Good payer: eligible for a discount\nPayment score 100: all 3 installments paid on time"
    assert tips["A3"] == "Payment score 70: no payment history yet"
    assert tips["A4"] == (
        "Payment score 48: 3 of 3 installments not paid on time, 20 days late on average, 1 missed installment"
    )
    assert window.customers_tab.model.headerData(CustomersModel.COL_SCORE, Qt.Orientation.Horizontal) == "Score"
    table = window.customers_tab.table
    table.sortByColumn(CustomersModel.COL_SCORE, Qt.SortOrder.AscendingOrder)
    assert list(column(window, CustomersModel.COL_SCORE)) == ["A4", "A2", "A1", "A3", "A5", "A6"]  # ★ above 100


def test_the_customer_pane_explains_the_score(window: MainWindow, sample_database: Database) -> None:
    detail = window.customers_tab.detail
    window.customers_tab.select_customer(customer_id(sample_database, "A1"))
    assert detail.score_label.text() == (
        "Payment score 57: 2 of 3 installments not paid on time, 2 missed installments, 28 days late on average"
    )
    window.customers_tab.select_customer(customer_id(sample_database, "A6"))
    assert detail.score_label.text() == "★ Payment score 100: all 3 installments paid on time"
    assert detail.score_label.toolTip() == "Good payer: eligible for a discount"
    assert not detail.write_off_button.isEnabled()  # A6 owes nothing
    assert not detail.reschedule_button.isEnabled()


# --- write-off ----------------------------------------------------------------------------------


def test_a_write_off_from_the_customer_pane_changes_the_figures(
    qtbot: QtBot, window: MainWindow, sample_database: Database
) -> None:
    a2 = customer_id(sample_database, "A2")
    window.customers_tab.select_customer(a2)
    detail = window.customers_tab.detail
    assert detail._figure_labels["open"].text() == "£50.00"
    seen: dict[str, str] = {}

    def write_off(dialog: WriteOffDialog) -> None:
        seen["amount"], seen["balance"] = dialog.amount.text(), dialog.balance.text()
        seen["after"] = dialog.after.text()
        dialog.reason.setCurrentIndex(dialog.reason.findData("hardship"))
        qtbot.keyClicks(dialog.note, "lost his job")
        dialog.confirm = lambda amount: True  # type: ignore[method-assign]
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    problems = in_dialog(WriteOffDialog, write_off)
    qtbot.mouseClick(detail.write_off_button, Qt.MouseButton.LeftButton)
    assert problems == []
    assert seen == {
        "amount": "50.00",  # the whole open balance
        "balance": "Open balance £50.00, of which £50.00 overdue",
        "after": "Open balance after the write-off: £0.00",
    }
    assert detail._figure_labels["open"].text() == "£0.00"
    assert rows(detail.statement_model)[-1] == ["15/03/2026", "Written off", "", "Hardship", "", "£50.00", "£0.00"]
    assert rows(detail.installments_model)[0][6] == "written off"
    assert "A2" not in [row[0] for row in rows(window.overdue_tab.table.model())]
    assert detail.score_label.text() == (
        "⚠ Payment score 37: the installment due was not paid on time, 63% written off, 14 days late on average"
    )
    assert column(window, CustomersModel.COL_SCORE)["A2"] == "37"  # 100 − (40 + 20 × 14/60 + 30 × 50/80) = 36.58
    assert "overdue £550.00" in window.totals.text()


def test_the_write_off_dialog_keeps_bad_input_beside_the_fields(
    qtbot: QtBot, sample_database: Database, window: MainWindow
) -> None:
    a1 = customer_id(sample_database, "A1")
    dialog = WriteOffDialog(sample_database, window.shop, TODAY, a1)
    qtbot.addWidget(dialog)
    dialog.show()
    asked: list[int] = []
    dialog.confirm = lambda amount: asked.append(amount) or False  # type: ignore[method-assign]
    dialog.amount.setText("500.00")
    dialog.reason.setCurrentIndex(dialog.reason.findData("other"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.form.message("amount") == "That is more than the open balance of £400.00."
    assert dialog.form.message("note") == "Say why the balance is written off."
    assert dialog.after.text() == "Open balance after the write-off: —"
    assert asked == []
    dialog.amount.setText("150.00")
    qtbot.keyClicks(dialog.note, "goodwill")
    assert dialog.after.text() == "Open balance after the write-off: £250.00"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert asked == [150_00]  # asked, and the answer was no: nothing recorded, the dialog stays
    assert dialog.isVisible()
    with sample_database.read() as session:
        assert session.scalar(select(PaymentRow.id).where(PaymentRow.kind == "write_off")) is None


# --- reschedule ---------------------------------------------------------------------------------


def test_a_reschedule_from_the_customer_pane_changes_the_figures(
    qtbot: QtBot, window: MainWindow, sample_database: Database
) -> None:
    a1 = customer_id(sample_database, "A1")
    window.customers_tab.select_customer(a1)
    detail = window.customers_tab.detail
    seen: dict[str, object] = {}

    def move(dialog: RescheduleDialog) -> None:
        dialog.installments.setValue(4)
        dialog.first_due.set_day(date(2026, 4, 15))
        seen["choice"] = dialog.overdue_choice.text(), dialog.whole_choice.text(), dialog.whole_balance()
        seen["plan"] = rows(dialog.plan_model)
        seen["summary"] = dialog.plan_summary.text()
        dialog.confirm = lambda: True  # type: ignore[method-assign]
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    problems = in_dialog(RescheduleDialog, move)
    qtbot.mouseClick(detail.reschedule_button, Qt.MouseButton.LeftButton)
    assert problems == []
    assert seen == {
        "choice": ("The &overdue balance: £400.00", "The w&hole open balance: £400.00", False),
        "plan": [
            ["1", "15 Apr 2026", "£100.00"],
            ["2", "15 May 2026", "£100.00"],
            ["3", "15 Jun 2026", "£100.00"],
            ["4", "15 Jul 2026", "£100.00"],
        ],
        "summary": "£400.00 in 4 installments, the last on 15 Jul 2026. "
        "It replaces what is open of P-001, which stays in the history.",
    }
    figures = detail._figure_labels
    assert (figures["open"].text(), figures["overdue"].text(), figures["missed"].text()) == ("£400.00", "£0.00", "—")
    statement = rows(detail.statement_model)
    assert statement[-2:] == [
        ["15/03/2026", "Invoice", "P-101", "Payment plan of 15 Mar 2026, replacing P-001", "£400.00", "", "£800.00"],
        ["15/03/2026", "Rescheduled", "P-001", "Moved to plan P-101", "", "£400.00", "£400.00"],
    ]
    states = [(row[0], row[6]) for row in rows(detail.installments_model)]
    assert states[-3:] == [("P-001", "moved"), ("P-001", "moved"), ("P-001", "paid")]
    tip = detail.installments_model.index(4, 6).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "Moved to the new plan P-101"
    assert "A1" not in [row[0] for row in rows(window.overdue_tab.table.model())]
    with sample_database.read() as session:
        assert session.scalar(select(Invoice.total_cents).where(Invoice.number == "P-101")) == 400_00


def test_the_reschedule_dialog_can_move_the_whole_balance(qtbot: QtBot, sample_database: Database) -> None:
    """A3 owes 45.00 not yet due: nothing overdue, so the whole balance is the choice."""
    dialog = RescheduleDialog(sample_database, Shop(), TODAY, customer_id(sample_database, "A3"))
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.overdue_choice.isEnabled()
    assert dialog.whole_balance()
    dialog.installments.setValue(2)
    dialog.interval.setCurrentIndex(dialog.interval.findData("weekly"))
    dialog.first_due.set_day(date(2026, 3, 20))
    assert rows(dialog.plan_model) == [["1", "20 Mar 2026", "£22.50"], ["2", "27 Mar 2026", "£22.50"]]
    dialog.first_due.set_day(date(2026, 3, 1))
    assert dialog.form.message("plan") == "The first installment cannot fall due before today."
    dialog.confirm = lambda: pytest.fail("a plan starting in the past is not saved")  # type: ignore[method-assign]
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()


# --- the invoice dialog's warning -----------------------------------------------------------------


def open_invoice_dialog(qtbot: QtBot, database: Database, code: str) -> InvoiceDialog:
    dialog = InvoiceDialog(database, Shop(), TODAY, customer_id=customer_id(database, code))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_low_score_shows_a_warning_that_does_not_stop_saving(qtbot: QtBot, sample_database: Database) -> None:
    dialog = open_invoice_dialog(qtbot, sample_database, "A4")
    assert dialog.score_warning.isVisible()
    assert dialog.score_warning.text() == (
        "⚠ Payment score 48: 3 of 3 installments not paid on time, 20 days late on average, 1 missed installment"
    )
    qtbot.keyClicks(dialog.total, "100.00")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted  # within A4's limit: the warning does not block


def test_the_warning_shows_for_a_blocked_customer_and_not_for_others(qtbot: QtBot, sample_database: Database) -> None:
    with sample_database.write() as session:
        customer = session.get_one(Customer, customer_id(sample_database, "A6"))
        customer.blocked = True
    blocked = open_invoice_dialog(qtbot, sample_database, "A6")
    assert blocked.score_warning.isVisible()
    assert blocked.score_warning.text() == "⚠ Payment score 100: all 3 installments paid on time"
    blocked.total.setText("100.00")
    blocked.deposit.setText("100.00")  # nothing on credit: nothing to warn about
    assert not blocked.score_warning.isVisible()
    fine = open_invoice_dialog(qtbot, sample_database, "A1")  # 57: not low
    assert not fine.score_warning.isVisible()
