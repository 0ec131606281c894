"""The invoices tab: every invoice, newest first, searched and sorted in the database."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QLabel, QTableView, QWidget

from workshop_desk.db.session import Database
from workshop_desk.services.snapshot import Snapshot
from workshop_desk.ui.formats import Formats
from workshop_desk.ui.models.invoices_model import CUSTOMER_ID_ROLE, INVOICE_ID_ROLE, InvoicesModel
from workshop_desk.ui.tabs.search_box import SearchBox
from workshop_desk.ui.widgets.tables import configure_list, fit_columns, search_above_table


class InvoicesTab(QWidget):
    """Signals: ``invoice_activated(int)`` on double-click or Enter (opens the invoice)."""

    invoice_activated = Signal(int)

    def __init__(self, database: Database, formats: Formats, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fitted = False
        self.search = SearchBox(self.tr("Search number, customer, phone, plate or work…"), delay_ms=250)
        self.count_label = QLabel()
        self.model = InvoicesModel(database, formats, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        # The indicator first: enabling sorting then sorts once, by it (before the first page is read).
        header.setSortIndicator(InvoicesModel.COL_ISSUED, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        self._sorted_by = (InvoicesModel.COL_ISSUED, Qt.SortOrder.DescendingOrder)
        header.sortIndicatorChanged.connect(self._sort_indicator_changed)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        configure_list(self.table, stretch_column=InvoicesModel.COL_WORK)
        self.search.search_changed.connect(self._search)
        self.table.activated.connect(self._activated)
        self.model.counted.connect(self._update_count)

        search_above_table(self, self.search, self.count_label, self.table)

    def reload(self, snapshot: Snapshot) -> None:
        self.model.reload(snapshot)
        self._fit_once(snapshot)

    def set_snapshot(self, snapshot: Snapshot) -> None:
        self.model.set_snapshot(snapshot)
        self._fit_once(snapshot)

    def _fit_once(self, snapshot: Snapshot) -> None:
        if not self._fitted and snapshot.complete and self.model.rowCount():
            fit_columns(self.table, stretch_column=InvoicesModel.COL_WORK)
            self._fitted = True

    def _search(self, text: str) -> None:
        self.model.reload(search=text)

    def _sort_indicator_changed(self, column: int, order: Qt.SortOrder) -> None:
        """Keep the indicator on the column the rows are sorted by (the state is worked out, not stored)."""
        if self.model.sortable(column):
            self._sorted_by = (column, order)
            return
        header = self.table.horizontalHeader()
        blocked = header.blockSignals(True)
        header.setSortIndicator(*self._sorted_by)
        header.blockSignals(blocked)

    def _update_count(self) -> None:
        matching = self.model.matching
        # %Ln: the number written as the window's language groups digits ("12,345", "12.345").
        self.count_label.setText("…" if matching is None else self.tr("%Ln invoice(s)", "", matching))

    def selected(self) -> tuple[int, int] | None:
        """(invoice id, customer id) of the selected invoice."""
        indexes = self.table.selectionModel().selectedRows()
        if not indexes:
            return None
        return indexes[0].data(INVOICE_ID_ROLE), indexes[0].data(CUSTOMER_ID_ROLE)

    def _activated(self, index: QModelIndex) -> None:
        self.invoice_activated.emit(index.data(INVOICE_ID_ROLE))
