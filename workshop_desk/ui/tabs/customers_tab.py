"""The customers tab: the searchable list on the left, the selected customer on the right."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSplitter, QTableView, QVBoxLayout, QWidget

from workshop_desk.db.session import Database
from workshop_desk.services.listing import customer_rows
from workshop_desk.services.snapshot import Snapshot
from workshop_desk.ui.formats import Formats
from workshop_desk.ui.models.customers_model import CUSTOMER_ID_ROLE, CustomersModel
from workshop_desk.ui.tabs.customer_detail import CustomerDetail
from workshop_desk.ui.tabs.search_box import SearchBox
from workshop_desk.ui.widgets.tables import configure_list, fit_columns


class CustomersTab(QWidget):
    """Signals: ``customer_activated(int)`` on double-click or Enter (opens the edit dialog)."""

    customer_activated = Signal(int)

    def __init__(self, database: Database, formats: Formats, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self._as_of: date | None = None
        self._fitted = False
        self.search = SearchBox(self.tr("Search name, code, phone, city, plate or serial…"))
        self.count_label = QLabel()
        self.model = CustomersModel(formats, self)
        self.table = QTableView()
        self.table.setModel(self.model)  # the model sorts and filters itself (see its module)
        self.table.horizontalHeader().setSortIndicator(CustomersModel.COL_NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        configure_list(self.table, stretch_column=CustomersModel.COL_NAME)
        self.detail = CustomerDetail(database, formats)

        self.search.search_changed.connect(self._filter)
        self.search.returnPressed.connect(self._focus_first_result)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.activated.connect(self._activated)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.search, 1)
        row.addWidget(self.count_label)
        left_layout.addLayout(row)
        left_layout.addWidget(self.table)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        left.setMinimumWidth(420)
        self.detail.setMinimumWidth(540)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([700, 560])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

    def reload(self, snapshot: Snapshot) -> None:
        """Read the customers again (one was added or changed) and show the new figures."""
        selected = self.selected_customer_id()
        self._as_of = snapshot.as_of
        with self._database.read() as session:
            rows = customer_rows(session)
        self.model.set_data(rows, snapshot)
        self._fit_once(snapshot)
        self._update_count()
        if selected is not None:
            self.select_customer(selected)

    def set_snapshot(self, snapshot: Snapshot) -> None:
        """Only the figures changed: repaint the list and the detail pane."""
        self._as_of = snapshot.as_of
        self.model.set_snapshot(snapshot)
        self._fit_once(snapshot)
        self.detail.show_customer(self.detail.customer_id, self._as_of)

    def _fit_once(self, snapshot: Snapshot) -> None:
        """Size the columns to their content once the figures are known (not to empty cells)."""
        if not self._fitted and snapshot.complete and self.model.rowCount():
            fit_columns(self.table, stretch_column=CustomersModel.COL_NAME)
            self._fitted = True

    def selected_customer_id(self) -> int | None:
        indexes = self.table.selectionModel().selectedRows()
        return indexes[0].data(CUSTOMER_ID_ROLE) if indexes else None

    def select_customer(self, customer_id: int) -> bool:
        """Select (and show) a customer; clears the search if it hides them."""
        if not self.model.has_customer(customer_id):
            return False
        row = self.model.row_of(customer_id)
        if row is None:
            self.search.clear()
            self.search.flush()
            row = self.model.row_of(customer_id)
            if row is None:
                return False
        index = self.model.index(row, 0)
        self.table.selectRow(row)
        self.table.scrollTo(index)
        return True

    def _filter(self, text: str) -> None:
        self.model.set_search(text)
        self._update_count()
        selected = self.selected_customer_id()
        if selected != self.detail.customer_id:  # the search hid the customer shown
            self.detail.show_customer(selected, self._as_of)

    def _update_count(self) -> None:
        shown, every = self.model.rowCount(), self.model.customer_count
        self.count_label.setText(
            self.tr("%n customer(s)", "", every)
            if shown == every
            else self.tr("{shown} of {count}").format(shown=shown, count=every)
        )

    def _focus_first_result(self) -> None:
        if self.model.rowCount():
            self.table.selectRow(0)
            self.table.setFocus()

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self.detail.show_customer(self.selected_customer_id(), self._as_of)

    def _activated(self, index: QModelIndex) -> None:
        self.customer_activated.emit(index.data(CUSTOMER_ID_ROLE))
