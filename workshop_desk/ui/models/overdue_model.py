"""The overdue list as a Qt table model: one row per customer who needs attention."""

from __future__ import annotations

from typing import Any

from babel import Locale
from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from workshop_desk.i18n.formatting import format_money
from workshop_desk.services.accounts import Account

OVER_LIMIT_BACKGROUND = QColor("#fde2e1")


class OverdueModel(QAbstractTableModel):
    """Rows of :class:`Account`, most urgent first; ``Qt.UserRole`` gives the sort key."""

    COL_CODE, COL_NAME, COL_OPEN, COL_OVERDUE, COL_DAYS, COL_MISSED, COL_LIMIT = range(7)

    def __init__(self, currency: str, locale: Locale, parent: Any = None) -> None:
        super().__init__(parent)
        self._accounts: list[Account] = []
        self._currency = currency
        self._locale = locale
        self._headers = [
            QCoreApplication.translate("OverdueModel", "Code"),
            QCoreApplication.translate("OverdueModel", "Customer"),
            QCoreApplication.translate("OverdueModel", "Open balance"),
            QCoreApplication.translate("OverdueModel", "Overdue"),
            QCoreApplication.translate("OverdueModel", "Days late"),
            QCoreApplication.translate("OverdueModel", "Missed installments"),
            QCoreApplication.translate("OverdueModel", "Debt limit"),
        ]

    def set_accounts(self, accounts: list[Account]) -> None:
        self.beginResetModel()
        self._accounts = list(accounts)
        self.endResetModel()

    def account(self, row: int) -> Account:
        return self._accounts[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._accounts)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        account = self._accounts[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(account, column)
        if role == Qt.ItemDataRole.UserRole:
            return self._sort_key(account, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= self.COL_OPEN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and account.status.over_limit:
            return QBrush(OVER_LIMIT_BACKGROUND)
        if role == Qt.ItemDataRole.ToolTipRole and account.status.over_limit:
            return self._over_limit_tip(account)
        return None

    def _money(self, cents: int) -> str:
        return format_money(cents, self._currency, self._locale)

    def _display(self, account: Account, column: int) -> str:
        customer, status = account.customer, account.status
        if column == self.COL_CODE:
            return customer.code
        if column == self.COL_NAME:
            return customer.name
        if column == self.COL_OPEN:
            return self._money(status.open_balance)
        if column == self.COL_OVERDUE:
            return self._money(status.overdue_amount)
        if column == self.COL_DAYS:
            return str(status.max_days_late) if status.max_days_late else ""
        if column == self.COL_MISSED:
            return str(status.missed_installments) if status.missed_installments else ""
        if customer.debt_limit is None:
            return QCoreApplication.translate("OverdueModel", "no limit")
        limit = self._money(customer.debt_limit)
        return f"⚠ {limit}" if status.over_limit else limit

    def _sort_key(self, account: Account, column: int) -> Any:
        customer, status = account.customer, account.status
        keys = {
            self.COL_CODE: customer.code,
            self.COL_NAME: customer.name.casefold(),
            self.COL_OPEN: status.open_balance,
            self.COL_OVERDUE: status.overdue_amount,
            self.COL_DAYS: status.max_days_late,
            self.COL_MISSED: status.missed_installments,
            self.COL_LIMIT: -1 if customer.debt_limit is None else customer.debt_limit,
        }
        return keys[column]

    def _over_limit_tip(self, account: Account) -> str:
        status = account.status
        return QCoreApplication.translate(
            "OverdueModel", "Over limit by {excess} — limit {limit}, open {open}"
        ).format(
            excess=self._money(status.over_limit_by),
            limit=self._money(account.customer.debt_limit or 0),
            open=self._money(status.open_balance),
        )
