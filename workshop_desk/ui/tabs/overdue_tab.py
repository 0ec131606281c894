"""The overdue tab: who needs attention today, most urgent first."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import QLabel, QTableView, QWidget

from workshop_desk.domain.overdue import urgency
from workshop_desk.services.snapshot import Snapshot
from workshop_desk.ui.formats import Formats
from workshop_desk.ui.models.overdue_model import CUSTOMER_ID_ROLE, OverdueModel
from workshop_desk.ui.tabs.search_box import SearchBox
from workshop_desk.ui.widgets.tables import configure_list, fit_columns, search_above_table


class OverdueTab(QWidget):
    """Signals: ``customer_activated(int)`` on double-click or Enter (opens the customer).

    Several customers can be selected at once (:meth:`selected_customer_ids`) for batch letters.
    """

    customer_activated = Signal(int)

    def __init__(self, formats: Formats, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fitted = False
        self._pending = True
        self.search = SearchBox(self.tr("Search name, code or phone…"))
        self.count_label = QLabel()
        self.model = OverdueModel(formats, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(Qt.ItemDataRole.UserRole)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicatorShown(False)  # the default order is urgency
        # Several rows (Ctrl+click, Shift+click): letters for the selected customers in one go.
        self.table.setSelectionMode(QTableView.SelectionMode.ExtendedSelection)
        configure_list(self.table, stretch_column=OverdueModel.COL_NAME)
        self.table.horizontalHeader().sortIndicatorChanged.connect(
            lambda *_: self.table.horizontalHeader().setSortIndicatorShown(True)
        )
        self.search.search_changed.connect(self._filter)
        self.table.activated.connect(self._activated)

        search_above_table(self, self.search, self.count_label, self.table)

    def reload(self, snapshot: Snapshot) -> None:
        """Show who needs attention in the snapshot, most urgent first (the sort is reset)."""
        self._pending = not snapshot.complete
        listed = [account for account in snapshot.accounts.values() if account.status.needs_attention]
        listed.sort(key=lambda account: (urgency(account.status), account.customer.code))
        self.proxy.sort(-1)
        self.table.horizontalHeader().setSortIndicatorShown(False)
        self.model.set_accounts(listed)
        if not self._fitted and listed:
            fit_columns(self.table, stretch_column=OverdueModel.COL_NAME)
            self._fitted = True
        self._update_count()

    def selected_customer_id(self) -> int | None:
        indexes = self.table.selectionModel().selectedRows()
        return indexes[0].data(CUSTOMER_ID_ROLE) if indexes else None

    def selected_customer_ids(self) -> list[int]:
        """The customers of every selected row, in the order the list shows them."""
        indexes = sorted(self.table.selectionModel().selectedRows(), key=lambda index: index.row())
        return [index.data(CUSTOMER_ID_ROLE) for index in indexes]

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        self._update_count()

    def _update_count(self) -> None:
        if self._pending:
            self.count_label.setText(self.tr("Working out who owes what…"))
            return
        self.count_label.setText(self.tr("%n customer(s) need attention", "", self.proxy.rowCount()))

    def _activated(self, index: QModelIndex) -> None:
        self.customer_activated.emit(index.data(CUSTOMER_ID_ROLE))
