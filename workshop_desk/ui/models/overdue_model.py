"""The overdue list: one row per customer who needs attention, most urgent first."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush

from workshop_desk.services.accounts import Account
from workshop_desk.ui.formats import Formats
from workshop_desk.ui.highlights import explain, marks
from workshop_desk.ui.models.base import ListTableModel

CUSTOMER_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class OverdueModel(ListTableModel):
    """Rows of :class:`Account`, in the order given; ``Qt.UserRole`` gives the sort key."""

    COL_CODE, COL_NAME, COL_PHONE, COL_OPEN, COL_OVERDUE, COL_DAYS, COL_MISSED, COL_LIMIT = range(8)

    def __init__(self, formats: Formats, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Account] = []
        self._formats = formats
        self._headers = [
            QCoreApplication.translate("OverdueModel", "Code"),
            QCoreApplication.translate("OverdueModel", "Customer"),
            QCoreApplication.translate("OverdueModel", "Phone"),
            QCoreApplication.translate("OverdueModel", "Open balance"),
            QCoreApplication.translate("OverdueModel", "Overdue"),
            QCoreApplication.translate("OverdueModel", "Days late"),
            QCoreApplication.translate("OverdueModel", "Missed installments"),
            QCoreApplication.translate("OverdueModel", "Debt limit"),
        ]

    def set_accounts(self, accounts: list[Account]) -> None:
        self.beginResetModel()
        self._rows = list(accounts)
        self.endResetModel()

    def account(self, row: int) -> Account:
        return self._rows[row]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        account = self._rows[index.row()]
        column = index.column()
        found = marks(account.status, account.customer.blocked)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(account, column)
        if role == Qt.ItemDataRole.UserRole:
            return self._sort_key(account, column)
        if role == CUSTOMER_ID_ROLE:
            return account.customer.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= self.COL_OPEN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.DecorationRole and column == self.COL_NAME and found:
            return found[0].icon
        if role == Qt.ItemDataRole.BackgroundRole and found:
            return QBrush(found[0].colour)
        if role == Qt.ItemDataRole.ToolTipRole and found:
            return explain(account.status, account.customer.blocked, self._formats.currency, self._formats.locale)
        return None

    def _display(self, account: Account, column: int) -> str:
        customer, status = account.customer, account.status
        if column == self.COL_CODE:
            return customer.code
        if column == self.COL_NAME:
            return customer.name
        if column == self.COL_PHONE:
            return customer.phone
        if column == self.COL_OPEN:
            return self._formats.money(status.open_balance)
        if column == self.COL_OVERDUE:
            return self._formats.money(status.overdue_amount)
        if column == self.COL_DAYS:
            return str(status.max_days_late) if status.max_days_late else ""
        if column == self.COL_MISSED:
            return str(status.missed_installments) if status.missed_installments else ""
        if customer.debt_limit is None:
            return QCoreApplication.translate("OverdueModel", "no limit")
        limit = self._formats.money(customer.debt_limit)
        return f"⚠ {limit}" if status.over_limit else limit

    def _sort_key(self, account: Account, column: int) -> Any:
        customer, status = account.customer, account.status
        keys = {
            self.COL_CODE: customer.code,
            self.COL_NAME: customer.name.casefold(),
            self.COL_PHONE: customer.phone,
            self.COL_OPEN: status.open_balance,
            self.COL_OVERDUE: status.overdue_amount,
            self.COL_DAYS: status.max_days_late,
            self.COL_MISSED: status.missed_installments,
            self.COL_LIMIT: -1 if customer.debt_limit is None else customer.debt_limit,
        }
        return keys[column]
