"""The invoices list, read from the database a page at a time (``canFetchMore``/``fetchMore``).

Searching and sorting run in SQL (:func:`workshop_desk.services.listing.invoice_rows`), so the
first rows of a shop with a hundred thousand invoices show at once and scrolling loads more.
The state of each invoice (paid, partly paid, overdue…) comes from the window's snapshot.
"""

from __future__ import annotations

from datetime import date
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor

from workshop_desk.db.session import Database
from workshop_desk.services.listing import InvoiceRow, count_invoices, invoice_rows
from workshop_desk.services.snapshot import InvoiceState, Snapshot
from workshop_desk.ui.formats import Formats
from workshop_desk.ui.highlights import Mark, explain, marks
from workshop_desk.ui.models.base import NO_PARENT, ListTableModel
from workshop_desk.ui.workers import run_in_background

INVOICE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
CUSTOMER_ID_ROLE = Qt.ItemDataRole.UserRole + 2
PAGE = 200
COUNT_DELAY_MS = 300
"""A search is counted once the typing pauses this long: a count started on every keystroke would
read every invoice again and again, and slow down the keystrokes that follow."""
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.TextAlignmentRole,
        INVOICE_ID_ROLE,
        CUSTOMER_ID_ROLE,
    }
)
"""The roles the list answers (a paint asks each cell for more)."""


def state_label(state: InvoiceState) -> str:
    return {
        InvoiceState.OPEN: QCoreApplication.translate("InvoicesModel", "open"),
        InvoiceState.PARTLY_PAID: QCoreApplication.translate("InvoicesModel", "partly paid"),
        InvoiceState.PAID: QCoreApplication.translate("InvoicesModel", "paid"),
        InvoiceState.OVERDUE: QCoreApplication.translate("InvoicesModel", "overdue"),
        InvoiceState.VOID: QCoreApplication.translate("InvoicesModel", "void"),
    }[state]


class InvoicesModel(ListTableModel):
    """A page of :class:`InvoiceRow` at a time; ``INVOICE_ID_ROLE`` and ``CUSTOMER_ID_ROLE`` give the ids.

    Counting the invoices that match a search reads all of them (a tenth of a second on a busy
    shop), so it is not done on every keystroke: a search that fits in the first page is counted
    by that page, every invoice by one index, and any other search in the background; until then
    ``matching`` is ``None``. Sorting keeps the count.

    Signals:
        counted: ``matching`` changed (after a reload, at once or from the background).
    """

    counted = Signal()

    COL_NUMBER, COL_ISSUED, COL_DUE, COL_CUSTOMER, COL_VEHICLE, COL_WORK, COL_TOTAL, COL_STATE = range(8)
    _SORT_KEYS: ClassVar[dict[int, str]] = {
        COL_NUMBER: "number",
        COL_ISSUED: "issue_date",
        COL_DUE: "due_date",
        COL_CUSTOMER: "customer",
        COL_VEHICLE: "vehicle",
        COL_WORK: "work",
        COL_TOTAL: "total",
    }

    def __init__(self, database: Database, formats: Formats, parent: Any = None) -> None:
        super().__init__(parent)
        self._database = database
        self._formats = formats
        self._snapshot: Snapshot | None = None
        self._rows: list[InvoiceRow] = []
        self._days: dict[date, str] = {}
        self._total: int | None = 0
        self._loaded = False
        """Whether the first page has been read: until then a sort only says which order to read."""
        self._exhausted = True
        self._counting = 0
        """Which count is awaited: a count from the background for an older search is ignored."""
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(COUNT_DELAY_MS)
        self._count_timer.timeout.connect(self._count_in_background)
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
        """Read the first page again (after a change, a new search or a new snapshot) and count anew."""
        if snapshot is not None:
            self._snapshot = snapshot
        if search is not None:
            self._search = search
        self._loaded = True
        self._read_first_page()
        self._count()

    def _read_first_page(self) -> None:
        with self._database.read() as session:
            first = invoice_rows(session, self._search, *self._sort, offset=0, limit=PAGE)
        self.beginResetModel()
        self._rows = first
        self._exhausted = len(first) < PAGE
        self.endResetModel()

    def _count(self) -> None:
        self._counting += 1
        self._count_timer.stop()
        if self._exhausted:  # every match is on the first page
            self._counted(self._counting, len(self._rows))
        elif not self._search.split():
            with self._database.read() as session:
                self._counted(self._counting, count_invoices(session))
        else:
            self._total = None
            self.counted.emit()
            self._count_timer.start()

    def _count_in_background(self) -> None:
        database, search, counting = self._database, self._search, self._counting

        def work() -> int:
            with database.read() as session:
                return count_invoices(session, search)

        run_in_background(work, lambda total: self._counted(counting, total), self._count_failed, owner=self)

    def _counted(self, counting: int, total: int) -> None:
        if counting == self._counting:
            self._total = total
            self.counted.emit()

    def _count_failed(self, error: BaseException) -> None:
        raise error  # the excepthook logs it and tells the user once

    def set_snapshot(self, snapshot: Snapshot) -> None:
        """New figures for the rows already loaded: repaint them."""
        self._snapshot = snapshot
        self.repaint_all()

    @property
    def matching(self) -> int | None:
        """How many invoices match the search (loaded or not); ``None`` while they are counted."""
        return self._total

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = NO_PARENT) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = NO_PARENT) -> None:
        if parent.isValid() or self._exhausted:
            return
        with self._database.read() as session:
            more = invoice_rows(session, self._search, *self._sort, offset=len(self._rows), limit=PAGE)
        self._exhausted = len(more) < PAGE
        if not more:
            return
        self.beginInsertRows(NO_PARENT, len(self._rows), len(self._rows) + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def sortable(self, column: int) -> bool:
        return column in self._SORT_KEYS

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Read the first page in the new order; the matching invoices (and their count) stay the same."""
        key = self._SORT_KEYS.get(column)
        if key is None:
            return
        wanted = (key, order == Qt.SortOrder.DescendingOrder)
        if wanted == self._sort and self._loaded:
            return  # a remembered sort restored as it already is
        self._sort = wanted
        if self._loaded:
            self._read_first_page()

    # ------------------------------------------------------------------ Qt model
    def row(self, row: int) -> InvoiceRow:
        return self._rows[row]

    def state(self, invoice: InvoiceRow) -> InvoiceState | None:
        """The invoice's state; ``None`` while the window is still working the figures out."""
        if self._snapshot is None:
            return None
        return self._snapshot.invoice_state(invoice.id, void=invoice.status == "void", issue_date=invoice.issue_date)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES or not index.isValid():
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
            return _RIGHT
        if column == self.COL_STATE:
            return self._state_data(invoice, role)
        if column == self.COL_CUSTOMER:
            return self._customer_data(invoice, role)
        if role == Qt.ItemDataRole.ForegroundRole and invoice.status == "void":
            return QBrush(QColor("#777777"))
        return None

    def _display(self, invoice: InvoiceRow, column: int) -> str:
        """The text of one cell (only that one: a paint asks for every cell of the visible rows)."""
        if column == self.COL_NUMBER:
            return invoice.number
        if column == self.COL_ISSUED:
            return self._day(invoice.issue_date)
        if column == self.COL_DUE:
            return self._day(invoice.due_date)
        if column == self.COL_CUSTOMER:
            return f"{invoice.customer_name} ({invoice.customer_code})"
        if column == self.COL_VEHICLE:
            return invoice.vehicle
        if column == self.COL_WORK:
            return invoice.description.splitlines()[0] if invoice.description else ""
        if column == self.COL_TOTAL:
            return self._formats.money(invoice.total)
        state = self.state(invoice)
        label = "…" if state is None else state_label(state)
        if invoice.installments > 1:
            label += " · " + self.tr("%n installment(s)", "", invoice.installments)
        return label

    def _day(self, day: date) -> str:
        """The day as the list writes it; remembered, as Babel takes tens of microseconds a date."""
        text = self._days.get(day)
        if text is None:
            text = self._days[day] = self._formats.short_day(day)
        return text

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
