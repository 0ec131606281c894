"""The Today tab: every collection action of the day, most important first, done one by one.

The list is :func:`~workshop_desk.services.collections.agenda` for the window's day, worked out
in the background and read again after every change — from the window's snapshot of the positions
when it is up to date, else from the data. At start and on refresh the window works the agenda out
along with its figures, right after the positions, and hands it over (:meth:`TodayTab.show_agenda`).
Broken promises come first, with a mark of their own; actions a contact limit moved to a later
day come last, greyed, saying why. Enter, a double click or "Done…" opens the outcome dialog;
"Compose e-mail…" and "Copy SMS text" do a message step's work first and then ask what to log.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTableView, QWidget

from workshop_desk.db.session import Database
from workshop_desk.services.collections import AgendaItem, agenda
from workshop_desk.ui.formats import Formats
from workshop_desk.ui.models.agenda_model import CUSTOMER_ID_ROLE, ITEM_ROLE, SEARCH_ROLE, AgendaModel
from workshop_desk.ui.tabs.search_box import SearchBox
from workshop_desk.ui.widgets.tables import configure_list, fit_columns, search_above_table
from workshop_desk.ui.workers import run_in_background

if TYPE_CHECKING:
    from workshop_desk.services.accounts import Account
    from workshop_desk.ui.dialogs.outcome_dialog import OutcomeDialog


class TodayTab(QWidget):
    """Signals:
    ``agenda_ready`` when the list shows the agenda just worked out;
    ``customer_changed(int)`` when a contact or a letter was recorded for a customer (the window
    then refreshes every tab, this one included);
    ``customer_activated(int)`` to open the customer (from the "Customer" button).
    """

    agenda_ready = Signal()
    customer_changed = Signal(int)
    customer_activated = Signal(int)

    def __init__(
        self,
        database: Database,
        formats: Formats,
        today: date,
        parent: QWidget | None = None,
        *,
        positions: Callable[[date], Sequence[Account] | None] | None = None,
    ) -> None:
        """``positions(as_of)``: every customer's position as of that day if the caller has it up to
        date at once (the window's snapshot), else ``None`` (the agenda then works them out)."""
        super().__init__(parent)
        self._database = database
        self._positions = positions
        self._formats = formats
        self._today = today
        self._pending = True
        self._generation = 0
        self._fitted = False
        self.documents: Path | None = None
        """Where e-mailed PDFs are saved (None: the user's documents folder)."""

        self.search = SearchBox(self.tr("Search name, code, phone or step…"))
        self.count_label = QLabel()
        self.model = AgendaModel(formats, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(Qt.ItemDataRole.UserRole)
        self.proxy.setFilterRole(SEARCH_ROLE)
        self.proxy.setFilterKeyColumn(AgendaModel.COL_CUSTOMER)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicatorShown(False)  # the default order is the agenda's
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        configure_list(self.table, stretch_column=AgendaModel.COL_WHY)
        self.table.horizontalHeader().sortIndicatorChanged.connect(
            lambda *_: self.table.horizontalHeader().setSortIndicatorShown(True)
        )

        self.done_button = QPushButton(self.tr("&Done…"))
        self.done_button.setToolTip(self.tr("Log what came of the selected action (Enter, Ctrl+D)"))
        self.email_button = QPushButton(self.tr("Compose e-&mail…"))
        self.email_button.setToolTip(
            self.tr("Save the letter as a PDF and open your e-mail program with the message (Ctrl+M)")
        )
        self.sms_button = QPushButton(self.tr("Cop&y SMS text"))
        self.sms_button.setToolTip(
            self.tr("Put a short text in the customer's language on the clipboard (Ctrl+Shift+C)")
        )
        self.customer_button = QPushButton(self.tr("Open c&ustomer"))
        self.hint = QLabel(
            self.tr("An action not done stays on the list tomorrow. Greyed actions wait for a contact limit.")
        )
        self.hint.setStyleSheet("color: #5f5f5f;")
        buttons = QHBoxLayout()
        for button in (self.done_button, self.email_button, self.sms_button, self.customer_button):
            buttons.addWidget(button)
        buttons.addStretch()
        buttons.addWidget(self.hint)

        layout = search_above_table(self, self.search, self.count_label, self.table)
        layout.addLayout(buttons)

        self.search.search_changed.connect(self._filter)
        self.search.returnPressed.connect(self._focus_first_result)
        self.table.activated.connect(lambda _index: self.complete_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.done_button.clicked.connect(self.complete_selected)
        self.email_button.clicked.connect(self.compose_email_selected)
        self.sms_button.clicked.connect(self.copy_sms_selected)
        self.customer_button.clicked.connect(self._open_customer)
        self._selection_changed()
        self._update_count()

    # ---------------------------------------------------------------- the list

    @property
    def today(self) -> date:
        return self._today

    def reload(self, today: date | None = None) -> None:
        """Work the agenda out again in the background (for ``today``, default the same day)."""
        if today is not None:
            self._today = today
        self._generation += 1
        generation, database, as_of = self._generation, self._database, self._today
        listed = self._positions(as_of) if self._positions is not None else None

        def work() -> list[AgendaItem]:
            with database.read() as session:
                return agenda(session, as_of, listed=listed)

        def done(items: list[AgendaItem]) -> None:
            if generation == self._generation:  # an older answer arriving late is dropped
                self._show(items)

        self._pending = True
        self._update_count()
        run_in_background(work, done, self._failed, owner=self)

    def show_agenda(self, items: list[AgendaItem], today: date) -> None:
        """Show ``items``, the agenda for ``today`` worked out by the caller (the window, from its
        snapshot's positions) — an answer of :meth:`reload` still on its way is dropped."""
        self._today = today
        self._generation += 1
        self._show(items)

    def _failed(self, error: BaseException) -> None:
        self._pending = False
        self._update_count()
        raise error  # the excepthook logs it and tells the user once

    def _show(self, items: list[AgendaItem]) -> None:
        selected = self.selected_item()
        selected_rows = self.table.selectionModel().selectedRows()
        place = selected_rows[0].row() if selected_rows else 0
        self._pending = False
        self.proxy.sort(-1)
        self.table.horizontalHeader().setSortIndicatorShown(False)
        self.model.set_items(items)
        if not self._fitted and items:
            fit_columns(self.table, stretch_column=AgendaModel.COL_WHY)
            self._fitted = True
        self._update_count()
        self._reselect(selected.customer_id if selected else None, place)
        self.agenda_ready.emit()

    def _reselect(self, customer_id: int | None, place: int) -> None:
        """Keep the customer selected, else the row in the same place (the next one to do)."""
        rows = self.proxy.rowCount()
        if not rows:
            return
        if customer_id is None or not self.select_customer(customer_id):
            self.table.selectRow(min(place, rows - 1))

    def items(self) -> list[AgendaItem]:
        """The actions in the order the list shows them."""
        return [self.proxy.index(row, 0).data(ITEM_ROLE) for row in range(self.proxy.rowCount())]

    def selected_item(self) -> AgendaItem | None:
        indexes = self.table.selectionModel().selectedRows()
        return indexes[0].data(ITEM_ROLE) if indexes else None

    def selected_customer_id(self) -> int | None:
        item = self.selected_item()
        return item.customer_id if item else None

    def select_customer(self, customer_id: int) -> bool:
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(CUSTOMER_ID_ROLE) == customer_id:
                self.table.selectRow(row)
                return True
        return False

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        self._update_count()

    def _focus_first_result(self) -> None:
        if self.proxy.rowCount():
            self.table.selectRow(0)
            self.table.setFocus()

    def _update_count(self) -> None:
        if self._pending and not self.model.rowCount():
            self.count_label.setText(self.tr("Working out today's actions…"))
            return
        items = self.items()
        due = sum(1 for item in items if item.moved_to is None)
        text = self.tr("%n action(s) for today", "", due)
        moved = len(items) - due
        if moved:
            text += "  ·  " + self.tr("%n moved by contact limits", "", moved)
        self.count_label.setText(text)

    def _selection_changed(self) -> None:
        enabled = self.selected_item() is not None
        for button in (self.done_button, self.email_button, self.sms_button, self.customer_button):
            button.setEnabled(enabled)

    def _open_customer(self) -> None:
        customer_id = self.selected_customer_id()
        if customer_id is not None:
            self.customer_activated.emit(customer_id)

    # ---------------------------------------------------------------- doing the actions

    def outcome_dialog(self, item: AgendaItem) -> OutcomeDialog:
        """The dialog that logs ``item`` (not shown yet)."""
        from workshop_desk.ui.dialogs.outcome_dialog import OutcomeDialog  # imported late: start-up stays fast

        dialog = OutcomeDialog(self._database, self._today, item.customer_id, item, self, documents=self.documents)
        dialog.letter_recorded.connect(self.customer_changed.emit)
        return dialog

    def _run(self, prepare: Callable[[OutcomeDialog], object] | None = None) -> bool:
        """Open the outcome dialog for the selected action (after ``prepare``); True if a contact was logged."""
        item = self.selected_item()
        if item is None:
            return False
        dialog = self.outcome_dialog(item)
        if prepare is not None:
            prepare(dialog)
        logged = bool(dialog.exec())
        dialog.deleteLater()
        if logged:
            self.customer_changed.emit(item.customer_id)
        self.table.setFocus()
        return logged

    def complete_selected(self) -> bool:
        """Log what came of the selected action."""
        return self._run()

    def compose_email_selected(self) -> bool:
        """Prepare the e-mail of the selected action, then ask what to log."""
        return self._run(lambda dialog: dialog.compose_email())

    def copy_sms_selected(self) -> bool:
        """Copy the text message of the selected action, then ask what to log."""
        return self._run(lambda dialog: dialog.copy_sms())
