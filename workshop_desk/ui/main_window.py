"""The main window: for now the overdue list of the day, with its totals in the status bar."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHeaderView, QLabel, QMainWindow, QTableView

from workshop_desk.db.session import Database
from workshop_desk.i18n.formatting import format_day, format_money
from workshop_desk.services.accounts import accounts
from workshop_desk.services.shop import load_shop
from workshop_desk.ui.models.overdue_model import OverdueModel


class MainWindow(QMainWindow):
    def __init__(self, database: Database, as_of: date) -> None:
        super().__init__()
        self._database = database
        self._as_of = as_of
        with database.read() as session:
            self._shop = load_shop(session)
        self.setWindowTitle(
            self.tr("Workshop Desk — {shop}").format(shop=self._shop.name or self.tr("new shop"))
        )
        self.resize(1100, 640)

        self.model = OverdueModel(self._shop.currency, self._shop.locale, self)
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(self.model)
        proxy.setSortRole(Qt.ItemDataRole.UserRole)
        self.table = QTableView(self)
        self.table.setModel(proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            OverdueModel.COL_NAME, QHeaderView.ResizeMode.Stretch
        )
        self.setCentralWidget(self.table)

        self.totals = QLabel(self)
        self.statusBar().addPermanentWidget(self.totals)
        refresh = self.menuBar().addMenu(self.tr("&View")).addAction(self.tr("&Refresh"))
        refresh.setShortcut(QKeySequence.StandardKey.Refresh)
        refresh.triggered.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        with self._database.read() as session:
            every_account = accounts(session, self._as_of)
        listed = [account for account in every_account if account.status.needs_attention]
        self.model.set_accounts(listed)
        self.table.sortByColumn(OverdueModel.COL_OVERDUE, Qt.SortOrder.DescendingOrder)
        self.table.resizeColumnsToContents()

        def money(cents: int) -> str:
            return format_money(cents, self._shop.currency, self._shop.locale)

        self.totals.setText(
            self.tr(
                "As of {day}: open {open} · overdue {overdue} · {over} over their limit · "
                "{missed} with missed installments"
            ).format(
                day=format_day(self._as_of, self._shop.locale),
                open=money(sum(account.status.open_balance for account in every_account)),
                overdue=money(sum(account.status.overdue_amount for account in every_account)),
                over=sum(1 for account in every_account if account.status.over_limit),
                missed=sum(1 for account in every_account if account.status.missed_installments),
            )
        )
