"""The first window: it lists who needs attention, with highlights and totals a user can read."""

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from workshop_desk.db.session import Database
from workshop_desk.services.csv_import import import_csv
from workshop_desk.ui.main_window import MainWindow
from workshop_desk.ui.models.overdue_model import OverdueModel

AS_OF = date(2026, 3, 15)


@pytest.fixture
def window(qtbot: QtBot, database: Database, acceptance_data: Path) -> MainWindow:
    """The window on the hand-checked sample shop, as of 15 March 2026."""
    for kind in ("customers", "invoices", "installments", "payments"):
        import_csv(database, kind, acceptance_data / f"{kind}.csv")
    shown = MainWindow(database, AS_OF)
    qtbot.addWidget(shown)
    shown.show()
    return shown


def test_window_lists_the_overdue_customers_with_totals(window: MainWindow) -> None:
    view = window.table.model()
    rows = {
        view.index(row, OverdueModel.COL_CODE).data(): [
            view.index(row, column).data() for column in range(view.columnCount())
        ]
        for row in range(view.rowCount())
    }
    assert sorted(rows) == ["A1", "A2", "A3", "A4"]
    assert rows["A1"][1:6] == ["Verdi Giuseppe", "£400.00", "£400.00", "42", "2"]
    assert rows["A2"][6] == "no limit"
    assert rows["A3"][6] == "⚠ £0.00"  # over a zero limit: marked by a sign, not colour alone
    assert view.index(0, OverdueModel.COL_CODE).data() == "A1"  # most overdue first
    totals = window.totals.text()
    assert "open £645.00" in totals
    assert "overdue £600.00" in totals
    assert "1 over their limit" in totals
    assert "2 with missed installments" in totals


def test_over_limit_row_explains_itself(window: MainWindow) -> None:
    view = window.table.model()
    row = next(row for row in range(view.rowCount()) if view.index(row, 0).data() == "A3")
    tip = view.index(row, OverdueModel.COL_NAME).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "Over limit by £45.00 — limit £0.00, open £45.00"
    assert view.index(row, OverdueModel.COL_NAME).data(Qt.ItemDataRole.BackgroundRole) is not None


def test_sorting_by_days_late_uses_numbers_not_text(window: MainWindow) -> None:
    window.table.sortByColumn(OverdueModel.COL_DAYS, Qt.SortOrder.AscendingOrder)
    view = window.table.model()
    codes = [view.index(row, 0).data() for row in range(view.rowCount())]
    assert codes == ["A3", "A2", "A4", "A1"]  # 0, 14, 23, 42 days
