"""The customers list: every customer with their balance, marks and payment score, filtered as you type.

Customers are few enough (thousands) to hold in memory; the figures come from the window's
:class:`~workshop_desk.services.snapshot.Snapshot`, so the list needs no query of its own to
show balances.

The model filters and sorts its rows itself rather than through a ``QSortFilterProxyModel``:
a proxy asks ``data()`` for two keys per comparison — 70 000 to 200 000 calls into Python to
sort 5 000 customers, half a second — where the model works each row's key out once.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush

from workshop_desk.services.listing import CustomerRow
from workshop_desk.services.snapshot import Snapshot
from workshop_desk.ui.formats import Formats
from workshop_desk.ui.highlights import explain, marks
from workshop_desk.ui.models.base import ListTableModel
from workshop_desk.ui.score_texts import score_cell, score_tooltip

CUSTOMER_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_MARK_ROLES = frozenset(
    {
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.TextAlignmentRole,
    }
)


class CustomersModel(ListTableModel):
    """Every :class:`CustomerRow` matching the search, in the order asked for by :meth:`sort`.

    ``UserRole`` gives the sort keys, ``CUSTOMER_ID_ROLE`` the id. Sorting and searching keep the
    selection (``layoutChanged`` with the persistent indexes moved), as a proxy would. Equal keys
    keep the customers in name order.
    """

    COL_CODE, COL_NAME, COL_PHONE, COL_OPEN, COL_OVERDUE, COL_LIMIT, COL_SCORE = range(7)
    _FIGURE_COLUMNS = frozenset({COL_OPEN, COL_OVERDUE, COL_SCORE})
    """Columns whose order changes with the snapshot."""

    def __init__(self, formats: Formats, parent: Any = None) -> None:
        super().__init__(parent)
        self._formats = formats
        self._customers: list[CustomerRow] = []
        """Every customer, in name order (case folded; the same folded name in the database's order)."""
        self._texts: list[str] = []
        """What the search matches, for each of ``_customers`` (empty until the first search)."""
        self._sorted: list[int] = []
        """Every customer (index in ``_customers``) in the order of the sort column."""
        self._rows: list[CustomerRow] = []
        """The customers shown: those of ``_sorted`` that match the search."""
        self._words: list[str] = []
        self._sort_column = self.COL_NAME
        self._descending = False
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
        self._snapshot = snapshot
        self._customers = sorted(rows, key=lambda customer: customer.name.casefold())
        self._texts = []  # worked out at the first search, not while the window opens
        self._sorted = self._sorted_order()
        self._rows = self._matching()
        self.endResetModel()

    def set_snapshot(self, snapshot: Snapshot) -> None:
        """New figures for the same customers: repaint (and sort again by a figure), keep the selection."""
        self._snapshot = snapshot
        if self._sort_column in self._FIGURE_COLUMNS:
            self._rearrange(resort=True)
        self.repaint_all()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._headers):
            return
        self._sort_column, self._descending = column, order == Qt.SortOrder.DescendingOrder
        self._rearrange(resort=True)

    def set_search(self, text: str) -> None:
        """Keep the customers whose code, name, phone, city or plates contain every word of ``text``."""
        words = text.casefold().split()
        if words != self._words:
            self._words = words
            self._rearrange(resort=False)

    @property
    def customer_count(self) -> int:
        """Every customer, shown or not."""
        return len(self._customers)

    def row_of(self, customer_id: int) -> int | None:
        """The row showing the customer, or ``None`` (unknown, or hidden by the search)."""
        return next((row for row, customer in enumerate(self._rows) if customer.id == customer_id), None)

    def has_customer(self, customer_id: int) -> bool:
        return any(customer.id == customer_id for customer in self._customers)

    def _sorted_order(self) -> list[int]:
        if self._sort_column == self.COL_NAME and not self._descending:
            return list(range(len(self._customers)))  # already in that order
        keys = [self._sort_key(customer, self._status(customer), self._sort_column) for customer in self._customers]
        return sorted(range(len(keys)), key=keys.__getitem__, reverse=self._descending)  # stable both ways

    def _matching(self) -> list[CustomerRow]:
        words, customers = self._words, self._customers
        if not words:
            return [customers[index] for index in self._sorted]
        if len(self._texts) != len(customers):
            self._texts = [customer.search_text for customer in customers]
        texts = self._texts
        return [customers[index] for index in self._sorted if all(word in texts[index] for word in words)]

    def _rearrange(self, *, resort: bool) -> None:
        """Sort and filter again, moving the views' persistent indexes (selection, current row) along."""
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        moved = [(self._rows[index.row()].id, index.column()) for index in persistent]
        if resort:
            self._sorted = self._sorted_order()
        self._rows = self._matching()
        rows = {customer.id: row for row, customer in enumerate(self._rows)} if moved else {}
        self.changePersistentIndexList(
            persistent,
            [
                self.index(rows[customer_id], column) if customer_id in rows else QModelIndex()
                for customer_id, column in moved
            ],
        )
        self.layoutChanged.emit()

    def _status(self, customer: CustomerRow) -> Any:
        account = self._snapshot.account(customer.id) if self._snapshot else None
        return account.status if account else None

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
            return _RIGHT
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
        if column == self.COL_CODE:
            return customer.code
        if column == self.COL_NAME:
            return customer.name.casefold()
        if column == self.COL_PHONE:
            return customer.phone
        if column == self.COL_OPEN:
            return status.open_balance if status else 0
        if column == self.COL_OVERDUE:
            return status.overdue_amount if status else 0
        if column == self.COL_LIMIT:
            return -1 if customer.debt_limit is None else customer.debt_limit
        return self._score_key(customer.id)

    def _score_key(self, customer_id: int) -> int:
        """The score to sort by: good payers above others of the same score, unknown ones first."""
        score = self._snapshot.scores.get(customer_id) if self._snapshot else None
        return -1 if score is None else score.value * 2 + score.good_payer
