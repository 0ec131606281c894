"""The invoices list, read from the database a page at a time (``canFetchMore``/``fetchMore``).

Searching and sorting run in SQL (:func:`workshop_desk.services.listing.invoice_rows`), so the
first rows of a shop with a hundred thousand invoices show at once and scrolling loads more.
The state of each invoice (paid, partly paid, overdue…) comes from the window's snapshot.
"""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from workshop_desk.db.session import Database
from workshop_desk.services.listing import InvoiceRow, count_invoices, invoice_rows
from workshop_desk.services.snapshot import InvoiceState, Snapshot
from workshop_desk.ui.formats import Formats
from workshop_desk.ui.highlights import Mark, explain, marks
from workshop_desk.ui.models.base import NO_PARENT, ListTableModel

INVOICE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
CUSTOMER_ID_ROLE = Qt.ItemDataRole.UserRole + 2
PAGE = 200


def state_label(state: InvoiceState) -> str:
    return {
        InvoiceState.OPEN: QCoreApplication.translate("InvoicesModel", "open"),
        InvoiceState.PARTLY_PAID: QCoreApplication.translate("InvoicesModel", "partly paid"),
        InvoiceState.PAID: QCoreApplication.translate("InvoicesModel", "paid"),
        InvoiceState.OVERDUE: QCoreApplication.translate("InvoicesModel", "overdue"),
        InvoiceState.VOID: QCoreApplication.translate("InvoicesModel", "void"),
    }[state]


class InvoicesModel(ListTableModel):
    COL_NUMBER, COL_ISSUED, COL_DUE, COL_CUSTOMER, COL_VEHICLE, COL_WORK, COL_TOTAL, COL_STATE = range(8)
    _SORT_KEYS: ClassVar[dict[int, str]] = {
        COL_NUMBER: "number",
        COL_ISSUED: "issue_date",
        COL_DUE: "due_date",
        COL_CUSTOMER: "customer",
        COL_VEHICLE: "vehicle",
        COL_TOTAL: "total",
    }

    def __init__(self, database: Database, formats: Formats, parent: Any = None) -> None:
        super().__init__(parent)
        self._database = database
        self._formats = formats
        self._snapshot: Snapshot | None = None
        self._rows: list[InvoiceRow] = []
        self._total = 0
        self._search = ""
        self._sort = ("issue_date", True)
        self._headers = [
            QCoreApplication.translate("InvoicesModel", "Number"),
            QCoreApplication.translate("InvoicesModel", "Issued"),
            QCoreApplication.translate("InvoicesModel", "Due"),
            QCoreApplication.translate("InvoicesModel", "Customer"),
            QCoreApplication.translate("InvoicesModel", "Vehicle / device"),
            QCoreApplication.translate("InvoicesModel", "Work"),
            QCoreApplication.translate("InvoicesModel", "Total"),
            QCoreApplication.translate("InvoicesModel", "State"),
        ]

    # ------------------------------------------------------------------ loading
    def reload(self, snapshot: Snapshot | None = None, search: str | None = None) -> None:
        """Read the first page again (after a change, a new search or a new snapshot)."""
        if snapshot is not None:
            self._snapshot = snapshot
        if search is not None:
            self._search = search
        with self._database.read() as session:
            self._total = count_invoices(session, self._search)
            first = invoice_rows(session, self._search, *self._sort, offset=0, limit=PAGE)
        self.beginResetModel()
        self._rows = first
        self.endResetModel()

    def set_snapshot(self, snapshot: Snapshot) -> None:
        """New figures for the rows already loaded: repaint them."""
        self._snapshot = snapshot
        self.repaint_all()

    @property
    def matching(self) -> int:
        """How many invoices match the search (loaded or not)."""
        return self._total

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = NO_PARENT) -> bool:
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = NO_PARENT) -> None:
        if parent.isValid():
            return
        with self._database.read() as session:
            more = invoice_rows(session, self._search, *self._sort, offset=len(self._rows), limit=PAGE)
        if not more:
            self._total = len(self._rows)
            return
        self.beginInsertRows(NO_PARENT, len(self._rows), len(self._rows) + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self._SORT_KEYS.get(column)
        if key is None:
            return
        self._sort = (key, order == Qt.SortOrder.DescendingOrder)
        self.reload()

    # ------------------------------------------------------------------ Qt model
    def row(self, row: int) -> InvoiceRow:
        return self._rows[row]

    def state(self, invoice: InvoiceRow) -> InvoiceState | None:
        """The invoice's state; ``None`` while the window is still working the figures out."""
        if self._snapshot is None:
            return None
        return self._snapshot.invoice_state(invoice.id, void=invoice.status == "void", issue_date=invoice.issue_date)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        invoice = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(invoice, column)
        if role == INVOICE_ID_ROLE:
            return invoice.id
        if role == CUSTOMER_ID_ROLE:
            return invoice.customer_id
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COL_TOTAL:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if column == self.COL_STATE:
            return self._state_data(invoice, role)
        if column == self.COL_CUSTOMER:
            return self._customer_data(invoice, role)
        if role == Qt.ItemDataRole.ForegroundRole and invoice.status == "void":
            return QBrush(QColor("#777777"))
        return None

    def _display(self, invoice: InvoiceRow, column: int) -> str:
        values = {
            self.COL_NUMBER: invoice.number,
            self.COL_ISSUED: self._formats.short_day(invoice.issue_date),
            self.COL_DUE: self._formats.short_day(invoice.due_date),
            self.COL_CUSTOMER: f"{invoice.customer_name} ({invoice.customer_code})",
            self.COL_VEHICLE: invoice.vehicle,
            self.COL_WORK: invoice.description.splitlines()[0] if invoice.description else "",
            self.COL_TOTAL: self._formats.money(invoice.total),
        }
        if column == self.COL_STATE:
            state = self.state(invoice)
            label = "…" if state is None else state_label(state)
            if invoice.installments > 1:
                label += " · " + self.tr("%n installment(s)", "", invoice.installments)
            return label
        return values[column]

    def _state_data(self, invoice: InvoiceRow, role: int) -> Any:
        state = self.state(invoice)
        progress = self._snapshot.invoices.get(invoice.id) if self._snapshot else None
        if role == Qt.ItemDataRole.DecorationRole:
            if progress is not None and progress.missed:
                return Mark.MISSED.icon
            if state is InvoiceState.OVERDUE:
                return Mark.OVERDUE.icon
        if role == Qt.ItemDataRole.BackgroundRole:
            if progress is not None and progress.missed:
                return QBrush(Mark.MISSED.colour)
            if state is InvoiceState.OVERDUE:
                return QBrush(Mark.OVERDUE.colour)
        if role == Qt.ItemDataRole.ToolTipRole and progress is not None and progress.unpaid:
            text = QCoreApplication.translate("InvoicesModel", "Paid {paid}, unpaid {unpaid}").format(
                paid=self._formats.money(progress.paid), unpaid=self._formats.money(progress.unpaid)
            )
            if progress.overdue:
                text += "\n" + QCoreApplication.translate("InvoicesModel", "Overdue {amount}").format(
                    amount=self._formats.money(progress.overdue)
                )
            if progress.missed:
                text += "\n" + self.tr("%n missed installment(s)", "", progress.missed)
            return text
        if role == Qt.ItemDataRole.ForegroundRole and state is InvoiceState.VOID:
            return QBrush(QColor("#777777"))
        return None

    def _customer_data(self, invoice: InvoiceRow, role: int) -> Any:
        account = self._snapshot.account(invoice.customer_id) if self._snapshot else None
        if account is None:
            return None
        found = marks(account.status, account.customer.blocked)
        if not found:
            return None
        if role == Qt.ItemDataRole.DecorationRole:
            return found[0].icon
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(found[0].colour)
        if role == Qt.ItemDataRole.ToolTipRole:
            return explain(account.status, account.customer.blocked, self._formats.currency, self._formats.locale)
        return None
