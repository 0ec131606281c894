"""The main window on the hand-checked sample shop (tests/acceptance, as of 15 March 2026):
the rows each tab shows, the marks and their reasons, the totals, search, and what clicks do."""

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from workshop_desk.db.session import Database
from workshop_desk.services.csv_import import import_csv
from workshop_desk.ui.main_window import MainWindow
from workshop_desk.ui.models.customers_model import CustomersModel
from workshop_desk.ui.models.invoices_model import InvoicesModel
from workshop_desk.ui.models.overdue_model import OverdueModel

AS_OF = date(2026, 3, 15)


@pytest.fixture
def sample_database(database: Database, acceptance_data: Path) -> Database:
    for kind in ("customers", "invoices", "installments", "payments"):
        import_csv(database, kind, acceptance_data / f"{kind}.csv")
    return database


@pytest.fixture
def window(qtbot: QtBot, sample_database: Database) -> MainWindow:
    shown = MainWindow(sample_database, AS_OF)
    qtbot.addWidget(shown)
    with qtbot.waitSignal(shown.snapshot_ready, timeout=10_000):
        shown.show()
    return shown


def cells(view, row: int) -> list[str]:
    model = view.model()
    return [model.index(row, column).data() for column in range(model.columnCount())]


def column_values(view, column: int, role: int = Qt.ItemDataRole.DisplayRole) -> list:
    model = view.model()
    return [model.index(row, column).data(role) for row in range(model.rowCount())]


def test_overdue_tab_lists_who_needs_attention_most_urgent_first(window: MainWindow) -> None:
    table = window.overdue_tab.table
    assert column_values(table, OverdueModel.COL_CODE) == ["A1", "A4", "A2", "A3"]
    assert cells(table, 0)[1:] == ["Verdi Giuseppe", "+39 02 555 0101", "£400.00", "£400.00", "42", "2", "£400.00"]
    assert cells(table, 3)[7] == "⚠ £0.00"  # over a zero limit: a sign, not colour alone
    assert window.overdue_tab.count_label.text() == "4 customers need attention"


def test_every_mark_has_an_icon_a_colour_and_a_reason_in_words(window: MainWindow) -> None:
    table = window.overdue_tab.table
    name = OverdueModel.COL_NAME
    tips = column_values(table, name, Qt.ItemDataRole.ToolTipRole)
    icons = column_values(table, name, Qt.ItemDataRole.DecorationRole)
    colours = column_values(table, name, Qt.ItemDataRole.BackgroundRole)
    assert tips[0] == (
        "Installment 2 of 3 of invoice P-001, due 1 Feb 2026, £200.00 unpaid\n"
        "Installment 3 of 3 of invoice P-001, due 1 Mar 2026, £200.00 unpaid"
    )
    assert tips[3] == "Over limit by £45.00 — limit £0.00, open £45.00"
    assert tips[2] == "£50.00 overdue, 14 days late"
    assert all(icon is not None and not icon.isNull() for icon in icons)
    assert all(colour is not None for colour in colours)
    assert colours[0].color() != colours[3].color()  # missed and over-limit look different


def test_status_bar_totals(window: MainWindow) -> None:
    text = window.totals.text()
    assert "As of 15 Mar 2026" in text
    assert "open £645.00" in text
    assert "overdue £600.00" in text
    assert "1 over their limit" in text
    assert "2 with missed installments" in text


def test_customers_tab_shows_balances_and_filters_as_you_type(qtbot: QtBot, window: MainWindow) -> None:
    tab = window.customers_tab
    table = tab.table
    assert column_values(table, CustomersModel.COL_CODE) == ["A4", "A5", "A3", "A1", "A2"]
    # sorted by name, Latin before Cyrillic
    row = column_values(table, CustomersModel.COL_CODE).index("A1")
    assert cells(table, row)[3:] == ["£400.00", "£400.00", "£400.00", "57"]  # balance, overdue, limit, score
    qtbot.keyClicks(tab.search, "plumb")
    assert column_values(table, CustomersModel.COL_CODE) == ["A5"]
    assert tab.count_label.text() == "1 of 5"
    tab.search.clear()
    tab.search.setText("+7 495")  # by phone
    assert column_values(table, CustomersModel.COL_CODE) == ["A2"]
    tab.search.setText("сидоров")  # case-insensitive, Cyrillic too
    assert column_values(table, CustomersModel.COL_CODE) == ["A2"]


def test_selecting_a_customer_shows_the_statement_with_a_running_balance(window: MainWindow) -> None:
    tab = window.customers_tab
    assert tab.select_customer(_customer_id(window, "A4"))
    detail = tab.detail
    assert detail.title.text() == "Auto Peças Silva  ·  A4"
    statement = detail.statement_model
    rows = [[statement.index(row, column).data() for column in range(7)] for row in range(statement.rowCount())]
    assert rows == [
        ["20/11/2025", "Invoice", "P-004", "Retífica", "£600.00", "", "£600.00"],
        ["22/12/2025", "Payment", "P-004", "Bank transfer", "", "£200.00", "£400.00"],
        ["25/02/2026", "Payment", "", "Bank transfer", "", "£250.00", "£150.00"],
    ]
    plan = detail.installments_model
    states = [plan.index(row, 6).data() for row in range(plan.rowCount())]
    assert states == ["missed", "paid", "paid"]  # newest first
    assert detail._figure_labels["open"].text() == "£150.00"
    assert detail.limit_bar.format() == "£150.00 of £1,000.00 used"


def test_invoices_tab_shows_states_and_searches_in_the_database(qtbot: QtBot, window: MainWindow) -> None:
    tab = window.invoices_tab
    table = tab.table
    states = dict(
        zip(
            column_values(table, InvoicesModel.COL_NUMBER),
            column_values(table, InvoicesModel.COL_STATE),
            strict=True,
        )
    )
    assert states == {
        "P-001": "overdue · 3 installments",
        "P-002": "overdue",
        "P-003": "open",
        "P-004": "overdue · 3 installments",
        "P-005": "void",
        "P-006": "paid",
    }
    qtbot.keyClicks(tab.search, "P-00")
    tab.search.flush()
    assert table.model().rowCount() == 6
    tab.search.setText("verdi")
    tab.search.flush()
    assert column_values(table, InvoicesModel.COL_NUMBER) == ["P-001"]
    assert tab.count_label.text() == "1 invoice"


def test_invoices_load_a_page_at_a_time(qtbot: QtBot, database: Database) -> None:
    from workshop_desk.services.demo import DemoOptions, load_demo

    load_demo(database, DemoOptions(locale="en", customers=120, seed=4, today=date(2026, 11, 25)))
    shown = MainWindow(database, date(2026, 11, 25))
    qtbot.addWidget(shown)
    qtbot.waitSignal(shown.snapshot_ready, timeout=10_000).wait()
    model = shown.invoices_tab.model
    assert model.matching > 400
    assert model.rowCount() == 200
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 400
    issued = [model.row(row).issue_date for row in range(model.rowCount())]
    assert issued == sorted(issued, reverse=True)
    model.sort(InvoicesModel.COL_TOTAL, Qt.SortOrder.AscendingOrder)
    totals = [model.row(row).total for row in range(model.rowCount())]
    assert totals == sorted(totals)
    assert model.rowCount() == 200


def test_double_click_on_an_overdue_row_opens_the_customer(qtbot: QtBot, window: MainWindow) -> None:
    window.tabs.setCurrentIndex(MainWindow.TAB_OVERDUE)
    table = window.overdue_tab.table
    index = table.model().index(1, OverdueModel.COL_NAME)
    table.activated.emit(index)
    assert window.tabs.currentIndex() == MainWindow.TAB_CUSTOMERS
    assert window.customers_tab.selected_customer_id() == _customer_id(window, "A4")


def test_keyboard_shortcuts_switch_tabs_and_find(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == MainWindow.TAB_OVERDUE
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == MainWindow.TAB_INVOICES
    shortcuts = {action.text(): action.shortcut().toString() for action in window.actions()}
    assert shortcuts["New &customer…"] == "Ctrl+N"
    assert shortcuts["New &invoice…"] == "Ctrl+I"
    assert shortcuts["Record &payment…"] == "Ctrl+P"
    assert shortcuts["&Find"] == "Ctrl+F"


def test_the_first_start_opens_on_the_days_work(qtbot: QtBot, window: MainWindow) -> None:
    assert window.tabs.currentIndex() == MainWindow.TAB_TODAY


def test_window_layout_is_remembered(qtbot: QtBot, sample_database: Database) -> None:
    first = MainWindow(sample_database, AS_OF)
    qtbot.addWidget(first)
    first.resize(1000, 690)
    first.tabs.setCurrentIndex(MainWindow.TAB_INVOICES)
    first.invoices_tab.table.setColumnWidth(InvoicesModel.COL_NUMBER, 177)
    first.close()
    second = MainWindow(sample_database, AS_OF)
    qtbot.addWidget(second)
    assert second.tabs.currentIndex() == MainWindow.TAB_INVOICES
    assert second.invoices_tab.table.columnWidth(InvoicesModel.COL_NUMBER) == 177
    assert second.size().height() == 690  # (the offscreen screen caps the width)


def _customer_id(window: MainWindow, code: str) -> int:
    return next(account.customer.id for account in window.snapshot.accounts.values() if account.customer.code == code)


def test_a_backup_restored_through_the_window_shows_the_old_data_again(
    window: MainWindow, sample_database: Database, tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QDialog, QMessageBox

    from workshop_desk.db.backups import BackupKind, make_backup
    from workshop_desk.ui.dialogs.backups_dialog import BackupsDialog

    make_backup(sample_database.path, BackupKind.DAILY)
    (tmp_path / "late.csv").write_text(
        "customer_code,invoice_number,date,amount,method,reference\nA1,,2026-03-10,400.00,cash,\n", encoding="utf-8"
    )
    import_csv(sample_database, "payments", tmp_path / "late.csv")
    window.refresh()
    qtbot.waitUntil(
        lambda: column_values(window.overdue_tab.table, OverdueModel.COL_CODE)[:1] != ["A1"], timeout=10_000
    )
    assert "A1" not in column_values(window.overdue_tab.table, OverdueModel.COL_CODE)

    def restore_the_newest(dialog: BackupsDialog) -> int:
        dialog.table.selectRow(0)
        dialog.restore_selected()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(BackupsDialog, "exec", restore_the_newest)
    window.backups_action.trigger()
    qtbot.waitUntil(
        lambda: column_values(window.overdue_tab.table, OverdueModel.COL_CODE)[:1] == ["A1"], timeout=10_000
    )
