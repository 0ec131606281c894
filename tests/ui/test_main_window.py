"""The main window on the hand-checked sample shop (tests/acceptance, as of 15 March 2026):
the rows each tab shows, the marks and their reasons, the totals, search, and what clicks do."""

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from workshop_desk.db.session import Database
from workshop_desk.services.collections import agenda
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
    assert (model.matching or 0) > 400
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


def test_a_search_beyond_one_page_is_counted_in_the_background_and_a_sort_keeps_the_count(
    qtbot: QtBot, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from workshop_desk.services.demo import DemoOptions, load_demo
    from workshop_desk.services.listing import count_invoices
    from workshop_desk.ui.models import invoices_model

    load_demo(database, DemoOptions(locale="en", customers=120, seed=4, today=date(2026, 11, 25)))
    shown = MainWindow(database, date(2026, 11, 25))
    qtbot.addWidget(shown)
    with qtbot.waitSignal(shown.snapshot_ready, timeout=10_000):
        pass
    tab = shown.invoices_tab
    with database.read() as session:
        every, with_e = count_invoices(session), count_invoices(session, "e")
    assert with_e > 200
    assert tab.count_label.text() == f"{every:,} invoices"
    counts: list[str] = []

    def count(_session: object, search: str = "") -> int:
        counts.append(search)
        return 7

    monkeypatch.setattr(invoices_model, "count_invoices", count)
    tab.search.setText("e")
    tab.search.flush()
    assert tab.model.rowCount() == 200
    assert (tab.model.matching, tab.count_label.text()) == (None, "…")  # counted once the typing pauses
    qtbot.waitUntil(lambda: tab.count_label.text() == "7 invoices", timeout=5_000)
    assert counts == ["e"]
    tab.table.sortByColumn(InvoicesModel.COL_CUSTOMER, Qt.SortOrder.AscendingOrder)
    names = [tab.model.row(row).customer_name for row in range(tab.model.rowCount())]
    assert names == sorted(names)
    assert (counts, tab.count_label.text()) == (["e"], "7 invoices")  # a sort does not count again
    counts.clear()
    for typed in ("a", "e"):  # typed quickly: only the last search is counted
        tab.search.setText(typed)
        tab.search.flush()
        assert tab.model.rowCount() == 200
    qtbot.waitUntil(lambda: tab.count_label.text() != "…", timeout=5_000)
    assert counts == ["e"]


def test_the_invoices_are_read_once_when_the_window_opens(
    qtbot: QtBot, sample_database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    reads: list[str] = []
    original = InvoicesModel._read_first_page

    def counted(model: InvoicesModel) -> None:
        reads.append(model._sort[0])
        original(model)

    monkeypatch.setattr(InvoicesModel, "_read_first_page", counted)
    first = MainWindow(sample_database, AS_OF)
    qtbot.addWidget(first)
    assert reads == ["issue_date"]
    first.invoices_tab.table.sortByColumn(InvoicesModel.COL_TOTAL, Qt.SortOrder.DescendingOrder)
    first.close()  # the sort is remembered
    reads.clear()
    second = MainWindow(sample_database, AS_OF)
    qtbot.addWidget(second)
    assert reads == ["total"]  # in the remembered order, at once
    header = second.invoices_tab.table.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        InvoicesModel.COL_TOTAL,
        Qt.SortOrder.DescendingOrder,
    )
    totals = column_values(second.invoices_tab.table, InvoicesModel.COL_TOTAL)
    assert totals[0] == "£900.00"


def test_invoices_sort_by_the_work_and_the_indicator_stays_off_the_state(window: MainWindow) -> None:
    table = window.invoices_tab.table
    header = table.horizontalHeader()
    table.sortByColumn(InvoicesModel.COL_WORK, Qt.SortOrder.AscendingOrder)
    assert column_values(table, InvoicesModel.COL_NUMBER) == ["P-001", "P-003", "P-004", "P-005", "P-006", "P-002"]
    table.sortByColumn(InvoicesModel.COL_STATE, Qt.SortOrder.AscendingOrder)  # worked out, not sortable
    assert header.sortIndicatorSection() == InvoicesModel.COL_WORK
    assert column_values(table, InvoicesModel.COL_NUMBER)[0] == "P-001"


@pytest.mark.parametrize(
    ("column", "ascending", "descending"),
    [
        (CustomersModel.COL_CODE, ["A1", "A2", "A3", "A4", "A5"], ["A5", "A4", "A3", "A2", "A1"]),
        (CustomersModel.COL_NAME, ["A4", "A5", "A3", "A1", "A2"], ["A2", "A1", "A3", "A5", "A4"]),
        # The same key: in name order, both ways.
        (CustomersModel.COL_PHONE, ["A4", "A5", "A3", "A1", "A2"], ["A2", "A1", "A4", "A5", "A3"]),
        (CustomersModel.COL_OPEN, ["A5", "A3", "A2", "A4", "A1"], ["A1", "A4", "A2", "A3", "A5"]),
        (CustomersModel.COL_OVERDUE, ["A5", "A3", "A2", "A4", "A1"], ["A1", "A4", "A2", "A5", "A3"]),
        (CustomersModel.COL_LIMIT, ["A5", "A2", "A3", "A1", "A4"], ["A4", "A1", "A3", "A5", "A2"]),
        (CustomersModel.COL_SCORE, ["A4", "A2", "A1", "A3", "A5"], ["A5", "A3", "A1", "A2", "A4"]),
    ],
)
def test_customers_sort_by_each_column_both_ways(
    window: MainWindow, column: int, ascending: list[str], descending: list[str]
) -> None:
    table = window.customers_tab.table
    table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
    assert column_values(table, CustomersModel.COL_CODE) == ascending
    table.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    assert column_values(table, CustomersModel.COL_CODE) == descending
    assert table.horizontalHeader().sortIndicatorSection() == column


def test_sorting_and_searching_customers_keeps_the_selection(window: MainWindow) -> None:
    tab = window.customers_tab
    verdi = _customer_id(window, "A1")
    assert tab.select_customer(verdi)
    tab.table.sortByColumn(CustomersModel.COL_OPEN, Qt.SortOrder.DescendingOrder)
    assert tab.selected_customer_id() == verdi
    assert tab.table.selectionModel().selectedRows()[0].row() == 0
    tab.search.setText("verdi")
    assert (tab.selected_customer_id(), tab.count_label.text()) == (verdi, "1 of 5")
    tab.search.setText("plumb")
    assert (tab.selected_customer_id(), tab.detail.customer_id) == (None, None)  # the pane empties too
    tab.search.setText("")
    assert tab.count_label.text() == "5 customers"
    assert column_values(tab.table, CustomersModel.COL_CODE) == ["A1", "A4", "A2", "A3", "A5"]  # still by balance
    tab.search.setText("plumb")
    assert tab.select_customer(verdi)  # clears the search that hides them
    assert (tab.search.text(), tab.selected_customer_id()) == ("", verdi)


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


def test_the_overdue_list_comes_with_the_positions_and_the_scores_follow(
    qtbot: QtBot, sample_database: Database
) -> None:
    shown = MainWindow(sample_database, AS_OF)
    qtbot.addWidget(shown)
    seen: list[tuple[list[str], str, bool, list[str]]] = []
    scores = shown.customers_tab.table

    def at_positions() -> None:
        overdue = column_values(shown.overdue_tab.table, OverdueModel.COL_CODE)
        seen.append(
            (
                overdue,
                shown.overdue_tab.count_label.text(),
                shown.snapshot.scored,
                column_values(scores, CustomersModel.COL_SCORE),
            )
        )

    shown.positions_ready.connect(at_positions)
    signals = [shown.positions_ready, shown.today_tab.agenda_ready, shown.snapshot_ready]
    with qtbot.waitSignals(signals, order="strict", timeout=10_000):  # the agenda before the last scores
        shown.show()
    with sample_database.read() as session:
        assert shown.today_tab.items() == agenda(session, AS_OF)
    [(overdue, count, scored, early_scores)] = seen
    assert (overdue, count, scored) == (["A1", "A4", "A2", "A3"], "4 customers need attention", False)
    late_scores = column_values(scores, CustomersModel.COL_SCORE)
    assert all(late_scores)
    assert "" in early_scores  # those who owe nothing: scored after the positions
    assert [score for score in early_scores if score] == [
        late for early, late in zip(early_scores, late_scores, strict=True) if early
    ]


def test_a_change_made_while_the_figures_are_worked_out_is_in_them(
    qtbot: QtBot, sample_database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    from sqlalchemy import select

    from workshop_desk.db.models import Customer
    from workshop_desk.services import snapshot
    from workshop_desk.ui import main_window

    read, go_on = threading.Event(), threading.Event()

    def slow_build(session, as_of, *, positions_ready):  # the figures from a read before the payment
        early = []
        built = snapshot.build_snapshot(session, as_of, positions_ready=early.append)
        read.set()
        go_on.wait(10)
        positions_ready(early[0])
        return built

    monkeypatch.setattr(main_window, "build_snapshot", slow_build)
    shown = MainWindow(sample_database, AS_OF)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitUntil(read.is_set, timeout=10_000)
    (tmp_path / "paid.csv").write_text(
        "customer_code,invoice_number,date,amount,method,reference\nA1,,2026-03-10,400.00,cash,\n", encoding="utf-8"
    )
    import_csv(sample_database, "payments", tmp_path / "paid.csv")
    with sample_database.read() as session:
        a1 = session.scalar(select(Customer.id).where(Customer.code == "A1"))
    shown.changed([a1])
    with qtbot.waitSignals([shown.positions_ready, shown.snapshot_ready], order="strict", timeout=10_000):
        go_on.set()
    assert column_values(shown.overdue_tab.table, OverdueModel.COL_CODE) == ["A4", "A2", "A3"]
    assert shown.snapshot.accounts[a1].status.overdue_amount == 0
