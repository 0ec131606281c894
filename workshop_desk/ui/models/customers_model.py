"""The customers list: every customer with their balance, marks and payment score, filtered as you type.

Customers are few enough (thousands) to hold in memory; the figures come from the window's
:class:`~workshop_desk.services.snapshot.Snapshot`, so the list needs no query of its own to
show balances.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush

from workshop_desk.services.listing import CustomerRow
from workshop_desk.services.snapshot import Snapshot
from workshop_desk.ui.formats import Formats
from workshop_desk.ui.highlights import explain, marks
from workshop_desk.ui.models.base import ListTableModel
from workshop_desk.ui.score_texts import score_cell, score_tooltip

CUSTOMER_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_MARK_ROLES = frozenset(
    {
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.TextAlignmentRole,
    }
)


class CustomersModel(ListTableModel):
    """Rows of :class:`CustomerRow`; ``UserRole`` gives sort keys, ``CUSTOMER_ID_ROLE`` the id."""

    COL_CODE, COL_NAME, COL_PHONE, COL_OPEN, COL_OVERDUE, COL_LIMIT, COL_SCORE = range(7)

    def __init__(self, formats: Formats, parent: Any = None) -> None:
        super().__init__(parent)
        self._formats = formats
        self._rows: list[CustomerRow] = []
        self._snapshot: Snapshot | None = None
        self._headers = [
            QCoreApplication.translate("CustomersModel", "Code"),
            QCoreApplication.translate("CustomersModel", "Customer"),
            QCoreApplication.translate("CustomersModel", "Phone"),
            QCoreApplication.translate("CustomersModel", "Balance"),
            QCoreApplication.translate("CustomersModel", "Overdue"),
            QCoreApplication.translate("CustomersModel", "Limit"),
            QCoreApplication.translate("CustomersModel", "Score"),
        ]

    def set_data(self, rows: list[CustomerRow], snapshot: Snapshot) -> None:
        self.beginResetModel()
        self._rows, self._snapshot = rows, snapshot
        self.endResetModel()

    def set_snapshot(self, snapshot: Snapshot) -> None:
        """New figures for the same customers: repaint, keep selection and scroll position."""
        self._snapshot = snapshot
        self.repaint_all()

    def row_of(self, customer_id: int) -> int | None:
        return next((row for row, customer in enumerate(self._rows) if customer.id == customer_id), None)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        customer = self._rows[index.row()]
        column = index.column()
        if role == CUSTOMER_ID_ROLE:
            return customer.id
        if role == Qt.ItemDataRole.UserRole and column in (self.COL_CODE, self.COL_NAME):
            return customer.code if column == self.COL_CODE else customer.name.casefold()
        account = self._snapshot.account(customer.id) if self._snapshot else None
        status = account.status if account else None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(customer, status, column)
        if role == Qt.ItemDataRole.UserRole:
            return self._sort_key(customer, status, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_SCORE:
            score = self._snapshot.scores.get(customer.id) if self._snapshot else None
            return score_tooltip(score, self._formats.locale) if score else None
        if role not in _MARK_ROLES:
            return None
        found = marks(status, customer.blocked)
        if role == Qt.ItemDataRole.DecorationRole and column == self.COL_NAME and found:
            return found[0].icon
        if role == Qt.ItemDataRole.BackgroundRole and found:
            return QBrush(found[0].colour)
        if role == Qt.ItemDataRole.ToolTipRole and found:
            return explain(status, customer.blocked, self._formats.currency, self._formats.locale)
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= self.COL_OPEN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, customer: CustomerRow, status: Any, column: int) -> str:
        if column == self.COL_CODE:
            return customer.code
        if column == self.COL_NAME:
            return customer.name
        if column == self.COL_PHONE:
            return customer.phone
        if column == self.COL_OPEN:
            return self._formats.money(status.open_balance) if status and status.open_balance else ""
        if column == self.COL_OVERDUE:
            return self._formats.money(status.overdue_amount) if status and status.overdue_amount else ""
        if column == self.COL_SCORE:
            score = self._snapshot.scores.get(customer.id) if self._snapshot else None
            return score_cell(score) if score else ""
        if customer.debt_limit is None:
            return ""
        return self._formats.money(customer.debt_limit)

    def _sort_key(self, customer: CustomerRow, status: Any, column: int) -> Any:
        keys = {
            self.COL_CODE: customer.code,
            self.COL_NAME: customer.name.casefold(),
            self.COL_PHONE: customer.phone,
            self.COL_OPEN: status.open_balance if status else 0,
            self.COL_OVERDUE: status.overdue_amount if status else 0,
            self.COL_LIMIT: -1 if customer.debt_limit is None else customer.debt_limit,
            self.COL_SCORE: self._score_key(customer.id),
        }
        return keys[column]

    def _score_key(self, customer_id: int) -> int:
        """The score to sort by: good payers above others of the same score, unknown ones first."""
        score = self._snapshot.scores.get(customer_id) if self._snapshot else None
        return -1 if score is None else score.value * 2 + score.good_payer

    def search_text(self, row: int) -> str:
        return self._rows[row].search_text


class CustomerFilter(QSortFilterProxyModel):
    """Keeps the customers whose code, name, phone, city or plates contain every typed word."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self.setSortRole(Qt.ItemDataRole.UserRole)

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._words = text.casefold().split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self._words:
            return True
        model = self.sourceModel()
        assert isinstance(model, CustomersModel)
        text = model.search_text(source_row)
        return all(word in text for word in self._words)
