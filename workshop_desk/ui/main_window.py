"""The main window: today's actions, customers, invoices and overdue tabs, with menus and live totals.

Composition only: the tabs show, the dialogs change, and the window keeps one
:class:`~workshop_desk.services.snapshot.Snapshot` of the shop's figures that every tab reads.
After a dialog saves, only the customers it touched are recomputed (:meth:`MainWindow.changed`)
and the tabs repaint; the status bar totals follow.

Window geometry, splitter and column widths are kept in :mod:`workshop_desk.ui.state`.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPaintEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QTabWidget, QToolButton, QWidget

from workshop_desk import __version__
from workshop_desk.db.session import Database
from workshop_desk.services.accounts import Account
from workshop_desk.services.collections import AgendaItem, agenda
from workshop_desk.services.shop import load_shop
from workshop_desk.services.snapshot import Snapshot, build_snapshot, pending_snapshot
from workshop_desk.ui import state
from workshop_desk.ui.formats import Formats
from workshop_desk.ui.highlights import Mark, app_icon
from workshop_desk.ui.tabs.customers_tab import CustomersTab
from workshop_desk.ui.tabs.invoices_tab import InvoicesTab
from workshop_desk.ui.tabs.overdue_tab import OverdueTab
from workshop_desk.ui.tabs.reports_tab import ReportsTab
from workshop_desk.ui.tabs.today_tab import TodayTab
from workshop_desk.ui.workers import run_in_background

log = logging.getLogger(__name__)

FIRST_BUILD_AT_THE_LATEST_MS = 500
"""A shown window starts working the figures out at its first paint, or this long after showing."""


class MainWindow(QMainWindow):
    """Signals:
    ``positions_ready`` when every customer's position has been worked out (at start and on
    refresh, in the background) and the lists show them — the Overdue list complete, the Today
    agenda on its way — while the payment scores of the customers who owe nothing are still
    being worked out;
    ``snapshot_ready`` when the shop's figures, scores included, have been worked out and every
    tab shows them.
    """

    TAB_TODAY, TAB_CUSTOMERS, TAB_INVOICES, TAB_OVERDUE, TAB_REPORTS = range(5)
    positions_ready = Signal()
    snapshot_ready = Signal()
    _positions_built = Signal(int, object)
    """From the background build to the window (a queued connection): (build, positions)."""
    _agenda_built = Signal(int, object)
    """The same for the Today agenda worked out from those positions: (build, items or None)."""

    def __init__(self, database: Database, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self._today = today
        with database.read() as session:
            self.shop = load_shop(session)
        self.snapshot: Snapshot = pending_snapshot(today)
        self._build = 0
        """The newest snapshot build started: an older build's answers are dropped."""
        self._building = False
        """The newest build has not finished (its answers may come without changes made meanwhile)."""
        self._positions_pending = False
        """The newest build's positions have not come yet (``snapshot`` is not up to date)."""
        self._changed_meanwhile: set[int] = set()
        """Customers changed since the newest build started: its answers may not have their changes."""
        self._agenda_from_build = 0
        """The build whose agenda the Today tab waits for (0: none; the tab works its own out)."""
        self._first_build_started = False
        self._closed = False
        self.formats = Formats.of(self.shop)
        self.setWindowTitle(self.tr("Workshop Desk — {shop}").format(shop=self.shop.name or self.tr("new shop")))
        self.setWindowIcon(app_icon())
        self.resize(1280, 780)
        self.setMinimumSize(1000, 620)

        self.customers_tab = CustomersTab(database, self.formats)
        self.invoices_tab = InvoicesTab(database, self.formats)
        self.overdue_tab = OverdueTab(self.formats)
        self.today_tab = TodayTab(  # its agenda comes once the snapshot is ready (_snapshot_computed)
            database, self.formats, today, positions=self._snapshot_positions
        )
        self.reports_tab = ReportsTab(  # works its figures out when first shown
            database, self.formats, today, positions=self._snapshot_positions
        )
        self.tabs = QTabWidget()
        self.tabs.addTab(self.today_tab, self.tr("&Today"))
        self.tabs.addTab(self.customers_tab, self.tr("&Customers"))
        self.tabs.addTab(self.invoices_tab, self.tr("&Invoices"))
        self.tabs.addTab(self.overdue_tab, self.tr("&Overdue"))
        self.tabs.addTab(self.reports_tab, self.tr("&Reports"))
        self.setCentralWidget(self.tabs)

        self.totals = QLabel()
        self.legend_button = QToolButton()
        self.legend_button.setText(self.tr("Legend"))
        self.legend_button.setAutoRaise(True)
        self.legend_button.clicked.connect(self.show_legend)
        self.statusBar().addPermanentWidget(self.totals, 1)
        self.statusBar().addPermanentWidget(self.legend_button)

        self._create_actions()
        self._connect_tabs()
        state.restore_window(self)  # first: a remembered sort is the order the lists are read in, once
        self.customers_tab.reload(self.snapshot)
        self.invoices_tab.reload(self.snapshot)
        self.overdue_tab.reload(self.snapshot)
        self._positions_built.connect(self._positions_computed, Qt.ConnectionType.QueuedConnection)
        self._agenda_built.connect(self._agenda_computed, Qt.ConnectionType.QueuedConnection)
        # The figures are worked out after the window's first paint: started at once, the
        # background thread would compete with the building and painting of the lists for
        # Python's interpreter lock (on the busy shop of tests/perf/bench.py the Customers rows came
        # 25 ms later, 105 ms instead of 80; the figures come no later for the wait).
        # A window not shown (a test) starts them at the first turn of the event loop.
        self._waiting_for_figures()
        QTimer.singleShot(0, self._start_unless_painting)

    def _start_unless_painting(self) -> None:
        if not self.isVisible():
            self._start_first_build()
        else:  # the first paint starts them (paintEvent); in case it never comes, a while later
            QTimer.singleShot(FIRST_BUILD_AT_THE_LATEST_MS, self._start_first_build)

    def _start_first_build(self) -> None:
        if not self._first_build_started and not self._closed:  # closed before: nothing to work out for
            self._compute_snapshot()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._first_build_started:
            QTimer.singleShot(0, self._start_first_build)  # after the children's paint of this round

    # ---------------------------------------------------------------- building
    def _action(
        self,
        text: str,
        shortcut: QKeySequence | QKeySequence.StandardKey | str,
        slot: Callable[[], object],
        tip: str = "",
    ) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())  # not the 'checked' flag as an argument
        self.addAction(action)
        return action

    def _create_actions(self) -> None:
        self.new_customer_action = self._action(
            self.tr("New &customer…"), "Ctrl+N", self.new_customer, self.tr("Add a customer")
        )
        self.new_invoice_action = self._action(
            self.tr("New &invoice…"), "Ctrl+I", self.new_invoice, self.tr("Write an invoice or work order")
        )
        self.payment_action = self._action(
            self.tr("Record &payment…"), "Ctrl+P", self.record_payment, self.tr("Record money received")
        )
        self.letter_action = self._action(
            self.tr("&Letter…"), "Ctrl+L", self.write_letter, self.tr("Write a letter to the selected customer")
        )
        self.batch_letters_action = self._action(
            self.tr("Letters for &selected…"),
            "Ctrl+Shift+L",
            self.write_batch_letters,
            self.tr("Write the same kind of letter to every customer selected in the Overdue list"),
        )
        self.letter_texts_action = self._action(
            self.tr("Letter &texts…"), "", self.edit_letter_texts, self.tr("Edit the wording of the letters")
        )
        self.edit_action = self._action(self.tr("&Open selected…"), "Ctrl+E", self.edit_selected)
        self.refresh_action = self._action(self.tr("&Refresh"), QKeySequence.StandardKey.Refresh, self.refresh)
        self.find_action = self._action(self.tr("&Find"), QKeySequence.StandardKey.Find, self.focus_search)
        self.quit_action = self._action(self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close)
        self.legend_action = self._action(self.tr("&Legend of the marks"), "F1", self.show_legend)
        self.about_action = self._action(self.tr("&About Workshop Desk"), "", self.show_about)
        self.done_action = self._action(
            self.tr("&Done…"), "Ctrl+D", lambda: self._on_today(self.today_tab.complete_selected),
            self.tr("Log what came of the action selected in the Today tab"),
        )  # fmt: skip
        self.compose_email_action = self._action(
            self.tr("Compose e-&mail…"), "Ctrl+M", lambda: self._on_today(self.today_tab.compose_email_selected),
            self.tr("E-mail the letter of the action selected in the Today tab"),
        )  # fmt: skip
        self.copy_sms_action = self._action(
            self.tr("Copy &SMS text"), "Ctrl+Shift+C", lambda: self._on_today(self.today_tab.copy_sms_selected),
            self.tr("Copy the text message of the action selected in the Today tab"),
        )  # fmt: skip
        today_action = self._action(self.tr("Today"), "Ctrl+0", lambda: self.tabs.setCurrentIndex(self.TAB_TODAY))
        tab_actions = [
            self._action(title, f"Ctrl+{number}", lambda index=index: self.tabs.setCurrentIndex(index))
            for number, (index, title) in enumerate(
                [
                    (self.TAB_CUSTOMERS, self.tr("Customers")),
                    (self.TAB_INVOICES, self.tr("Invoices")),
                    (self.TAB_OVERDUE, self.tr("Overdue")),
                    (self.TAB_REPORTS, self.tr("Reports")),
                ],
                start=1,
            )
        ]

        self.history_action = self._action(
            self.tr("History and personal &data…"),
            "",
            self.show_history,
            self.tr("Every change to the customer's money and credit terms; export or erase their personal data"),
        )
        self.backups_action = self._action(
            self.tr("&Backups…"), "", self.show_backups, self.tr("Make a copy of the shop's data, or restore one")
        )
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        for action in (self.new_customer_action, self.new_invoice_action, self.payment_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.letter_action)
        file_menu.addAction(self.batch_letters_action)
        file_menu.addSeparator()
        file_menu.addAction(self.backups_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.edit_action)
        edit_menu.addAction(self.find_action)
        edit_menu.addSeparator()
        for action in (self.done_action, self.compose_email_action, self.copy_sms_action):
            edit_menu.addAction(action)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.addAction(today_action)
        for action in tab_actions:
            view_menu.addAction(action)
        view_menu.addSeparator()
        view_menu.addAction(self.refresh_action)
        self.hand_over_action = self._action(
            self.tr("&Hand over…"),
            "Ctrl+H",
            self.hand_over,
            self.tr("Check an account, save its case file, hand it over"),
        )
        self.collection_settings_action = self._action(
            self.tr("&Collection…"), "", self.edit_collection_settings, self.tr("Ladder, contact limits, interest")
        )
        account_menu = self.menuBar().addMenu(self.tr("&Account"))
        account_menu.addAction(self.hand_over_action)
        account_menu.addAction(self.history_action)
        self.settings_action = self._action(
            self.tr("&Settings…"), "Ctrl+,", self.edit_settings, self.tr("Language, your name, the shop's profile")
        )
        settings_menu = self.menuBar().addMenu(self.tr("&Settings"))
        settings_menu.addAction(self.settings_action)
        settings_menu.addAction(self.letter_texts_action)
        settings_menu.addAction(self.collection_settings_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.legend_action)
        help_menu.addAction(self.about_action)

        toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("main_toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.new_customer_action, self.new_invoice_action, self.payment_action, self.letter_action):
            toolbar.addAction(action)
        toolbar.addSeparator()
        toolbar.addAction(self.refresh_action)

    def _connect_tabs(self) -> None:
        self.customers_tab.customer_activated.connect(self.edit_customer)
        self.customers_tab.detail.edit_requested.connect(self.edit_customer)
        self.customers_tab.detail.invoice_requested.connect(lambda customer_id: self.new_invoice(customer_id))
        self.customers_tab.detail.payment_requested.connect(lambda customer_id: self.record_payment(customer_id))
        self.customers_tab.detail.letter_requested.connect(lambda customer_id: self.write_letter(customer_id))
        self.customers_tab.detail.write_off_requested.connect(self.write_off)
        self.customers_tab.detail.reschedule_requested.connect(self.reschedule)
        self.invoices_tab.invoice_activated.connect(self.edit_invoice)
        self.overdue_tab.customer_activated.connect(self.open_customer)
        self.reports_tab.customer_activated.connect(self.open_customer)
        self.today_tab.customer_changed.connect(lambda customer_id: self.changed([customer_id]))
        self.today_tab.customer_activated.connect(self.open_customer)
        self.customers_tab.detail.contact_logged.connect(lambda customer_id: self.changed([customer_id]))

    # ---------------------------------------------------------------- state
    def _compute_snapshot(self) -> None:
        """Work the figures out in the background; the lists are usable meanwhile.

        The history is read and allocated once, here: the Today tab's agenda and the Reports tab's
        first figures start from the snapshot's positions when it is ready (``_snapshot_positions``),
        rather than each working them out again at the same time.

        In three steps, each shown as it comes: every position (the Overdue list, the totals), the
        Today agenda from them, and the scores of the customers who owe nothing (the Customers
        list's last column). The agenda is worked out in the same job, before the scores, rather
        than in a job of its own at the same time: the two would share Python's interpreter lock,
        and the agenda would come a second later on a busy shop.
        """
        self._waiting_for_figures()
        self._first_build_started = True
        database, as_of = self._database, self._today
        self._build += 1
        build = self._build
        self._building = self._positions_pending = True
        self._agenda_from_build = 0
        self._changed_meanwhile.clear()
        positions_built, agenda_built = self._positions_built, self._agenda_built

        def work() -> Snapshot:
            with database.read() as session:

                def positions_ready(positions: Snapshot) -> None:
                    with contextlib.suppress(RuntimeError):  # the window is gone: nobody is left to tell
                        positions_built.emit(build, positions)
                    items: list[AgendaItem] | None = None
                    try:
                        items = agenda(session, as_of, listed=list(positions.accounts.values()))
                    except Exception:  # the Today tab tries again on its own, and reports it
                        log.exception("the agenda from the snapshot's positions failed")
                    with contextlib.suppress(RuntimeError):
                        agenda_built.emit(build, items)

                return build_snapshot(session, as_of, positions_ready=positions_ready)

        run_in_background(
            work,
            lambda snapshot: self._snapshot_computed(build, snapshot),
            lambda error: self._snapshot_failed(build, error),
            owner=self,
        )

    def _waiting_for_figures(self) -> None:
        self.totals.setText(self.tr("Working out who owes what…"))
        self.refresh_action.setEnabled(False)

    def _up_to_date(self, snapshot: Snapshot) -> Snapshot:
        """``snapshot`` with the customers changed while it was worked out read again."""
        if not self._changed_meanwhile:
            return snapshot
        with self._database.read() as session:
            return snapshot.refreshed(session, sorted(self._changed_meanwhile))

    def _positions_computed(self, build: int, snapshot: Snapshot) -> None:
        """Every position is known (not every score yet): the lists show them, the agenda starts."""
        if build != self._build:
            return  # a newer build is on its way
        self._positions_pending = False
        self.snapshot = self._up_to_date(snapshot)
        self.customers_tab.set_snapshot(self.snapshot)
        self.invoices_tab.set_snapshot(self.snapshot)
        self.overdue_tab.reload(self.snapshot)
        self._show_totals()
        if self._changed_meanwhile:
            self.today_tab.reload(self._today)  # from the positions read again
        else:
            self._agenda_from_build = build  # worked out next, in the same job
        self.positions_ready.emit()

    def _agenda_computed(self, build: int, items: list[AgendaItem] | None) -> None:
        """The agenda from the build's positions: shown unless something changed since (then the
        Today tab has already been asked to work it out again)."""
        if build != self._build or build != self._agenda_from_build:
            return
        self._agenda_from_build = 0
        if items is None:
            self.today_tab.reload(self._today)
        else:
            self.today_tab.show_agenda(items, self.snapshot.as_of)

    def _snapshot_computed(self, build: int, snapshot: Snapshot) -> None:
        """The scores too: the same positions (unless changed meanwhile, then read again), every score."""
        if build != self._build:
            return
        self.snapshot = self._up_to_date(snapshot)
        self._building = False
        self._changed_meanwhile.clear()
        self.refresh_action.setEnabled(True)
        self.customers_tab.set_snapshot(self.snapshot)
        self.invoices_tab.set_snapshot(self.snapshot)
        self.snapshot_ready.emit()

    def _snapshot_failed(self, build: int, error: BaseException) -> None:
        if build != self._build:
            return
        self._building = False
        if self._positions_pending or self._agenda_from_build == build:
            self._positions_pending, self._agenda_from_build = False, 0
            self.today_tab.reload(self._today)  # without the snapshot: the agenda reads the positions itself
        self.refresh_action.setEnabled(True)
        raise error  # the excepthook logs it and tells the user once

    def _snapshot_positions(self, as_of: date) -> list[Account] | None:
        """Every customer's position as of ``as_of`` from the snapshot, if it is up to date and as of that day."""
        snapshot = self.snapshot
        if self._positions_pending or not snapshot.complete or snapshot.as_of != as_of:
            return None
        return list(snapshot.accounts.values())

    def _show_totals(self) -> None:
        totals = self.snapshot.totals
        self.totals.setText(
            self.tr(
                "As of {day}:  open {open}  ·  overdue {overdue}  ·  {over} over their limit  ·  "
                "{missed} with missed installments"
            ).format(
                day=self.formats.day(self.snapshot.as_of),
                open=self.formats.money(totals.open_balance),
                overdue=self.formats.money(totals.overdue),
                over=totals.over_limit,
                missed=totals.with_missed_installments,
            )
        )

    def changed(self, customer_ids: list[int], *, customers_list: bool = False) -> None:
        """Data of ``customer_ids`` changed: recompute them and repaint every tab."""
        if self._building:
            self._changed_meanwhile.update(customer_ids)  # the build on its way may not have this change
        with self._database.read() as session:
            self.snapshot = self.snapshot.refreshed(session, customer_ids)
        if customers_list:
            self.customers_tab.reload(self.snapshot)
        else:
            self.customers_tab.set_snapshot(self.snapshot)
        self.invoices_tab.reload(self.snapshot)
        self.overdue_tab.reload(self.snapshot)
        self._show_totals()
        self._agenda_from_build = 0  # the build's agenda may not have this change
        self.today_tab.reload(self._today)
        self.reports_tab.data_changed(self._today)

    def refresh(self) -> None:
        """Read everything again (another desk may have changed data; the day may have turned)."""
        self._today = max(self._today, date.today())
        self.customers_tab.reload(self.snapshot)
        self.invoices_tab.reload(self.snapshot)
        self._compute_snapshot()  # the Today tab follows when it is ready
        self.reports_tab.data_changed(self._today)

    def current_customer_id(self) -> int | None:
        """The customer the user is looking at in the current tab, if any."""
        index = self.tabs.currentIndex()
        if index == self.TAB_TODAY:
            return self.today_tab.selected_customer_id()
        if index == self.TAB_CUSTOMERS:
            return self.customers_tab.selected_customer_id()
        if index == self.TAB_INVOICES:
            selected = self.invoices_tab.selected()
            return selected[1] if selected else None
        if index == self.TAB_REPORTS:
            return self.reports_tab.selected_customer_id()
        return self.overdue_tab.selected_customer_id()

    # ---------------------------------------------------------------- actions
    def focus_search(self) -> None:
        tab = self.tabs.currentWidget()
        search = getattr(tab, "search", None)
        if search is not None:
            search.setFocus()
            search.selectAll()

    def _on_today(self, act: Callable[[], object]) -> None:
        """Do ``act`` on the Today tab's selected action (showing the tab first)."""
        self.tabs.setCurrentIndex(self.TAB_TODAY)
        if self.today_tab.selected_item() is not None:
            act()

    def open_customer(self, customer_id: int) -> None:
        self.tabs.setCurrentIndex(self.TAB_CUSTOMERS)
        self.customers_tab.select_customer(customer_id)

    def new_customer(self) -> None:
        from workshop_desk.ui.dialogs.customer_dialog import CustomerDialog

        dialog = CustomerDialog(self._database, self.shop, None, self)
        dialog.open_existing_requested.connect(self.open_customer)
        if dialog.exec():
            self.changed([dialog.saved_customer_id], customers_list=True)
            self.open_customer(dialog.saved_customer_id)

    def edit_customer(self, customer_id: int) -> None:
        from workshop_desk.ui.dialogs.customer_dialog import CustomerDialog

        dialog = CustomerDialog(self._database, self.shop, customer_id, self)
        dialog.open_existing_requested.connect(self.open_customer)
        if dialog.exec():
            self.changed([customer_id], customers_list=True)

    def new_invoice(self, customer_id: int | None = None) -> None:
        from workshop_desk.ui.dialogs.invoice_dialog import InvoiceDialog

        dialog = InvoiceDialog(
            self._database, self.shop, self._today, customer_id=customer_id or self.current_customer_id(), parent=self
        )
        if dialog.exec():
            self._after_invoice(dialog.saved_invoice_id)

    def edit_invoice(self, invoice_id: int) -> None:
        from workshop_desk.ui.dialogs.invoice_dialog import InvoiceDialog

        dialog = InvoiceDialog(self._database, self.shop, self._today, invoice_id=invoice_id, parent=self)
        if dialog.exec():
            self._after_invoice(invoice_id)

    def _after_invoice(self, invoice_id: int) -> None:
        from workshop_desk.services.invoices import get_invoice

        with self._database.read() as session:
            customer_id = get_invoice(session, invoice_id).data.customer_id
        self.changed([customer_id], customers_list=True)  # a vehicle may have been added

    def record_payment(self, customer_id: int | None = None) -> None:
        from workshop_desk.ui.dialogs.payment_dialog import PaymentDialog

        invoice_id = None
        if customer_id is None:
            customer_id = self.current_customer_id()
            if self.tabs.currentIndex() == self.TAB_INVOICES and self.invoices_tab.selected():
                invoice_id = self.invoices_tab.selected()[0]  # type: ignore[index]
        if customer_id is None:
            QMessageBox.information(
                self, self.tr("Record payment"), self.tr("Select the customer who paid, then record the payment.")
            )
            return
        dialog = PaymentDialog(self._database, self.shop, self._today, customer_id, invoice_id, self)
        if dialog.exec():
            self.changed([customer_id])

    def write_off(self, customer_id: int) -> None:
        """Write off part or all of a customer's open balance (from the customer pane)."""
        from workshop_desk.ui.dialogs.write_off_dialog import WriteOffDialog

        dialog = WriteOffDialog(self._database, self.shop, self._today, customer_id, self)
        if dialog.exec():
            self.changed([customer_id])
        dialog.deleteLater()

    def reschedule(self, customer_id: int) -> None:
        """Move a customer's overdue balance into a new installment plan (from the customer pane)."""
        from workshop_desk.ui.dialogs.reschedule_dialog import RescheduleDialog

        dialog = RescheduleDialog(self._database, self.shop, self._today, customer_id, self)
        if dialog.exec():
            self.changed([customer_id])
        dialog.deleteLater()

    def write_letter(self, customer_id: int | None = None) -> None:
        """Open the letter dialog for ``customer_id`` (default: the customer selected in the current tab)."""
        from workshop_desk.ui.dialogs.letter_dialog import LetterDialog

        customer_id = customer_id or self.current_customer_id()
        if customer_id is None:
            QMessageBox.information(
                self, self.tr("Letter"), self.tr("Select the customer to write to, then choose Letter… again.")
            )
            return
        dialog = LetterDialog(self._database, self.shop, self._today, customer_id, self)
        dialog.letter_recorded.connect(lambda recorded: self.changed([recorded]))
        dialog.exec()
        dialog.deleteLater()

    def write_batch_letters(self) -> None:
        """Open the batch letters dialog for the customers selected in the overdue tab."""
        from workshop_desk.ui.dialogs.batch_letters_dialog import BatchLettersDialog

        on_overdue = self.tabs.currentIndex() == self.TAB_OVERDUE
        customer_ids = self.overdue_tab.selected_customer_ids() if on_overdue else []
        if not customer_ids:
            self.tabs.setCurrentIndex(self.TAB_OVERDUE)
            QMessageBox.information(
                self,
                self.tr("Letters for selected"),
                self.tr(
                    "Select the customers in the Overdue list (Ctrl+click or Shift+click selects several), "
                    "then choose Letters for selected… again."
                ),
            )
            return
        dialog = BatchLettersDialog(self._database, self.shop, self._today, customer_ids, self)
        dialog.letters_recorded.connect(lambda recorded: self.changed(list(recorded)))
        dialog.exec()
        dialog.deleteLater()

    def edit_letter_texts(self) -> None:
        from workshop_desk.ui.dialogs.letter_texts_dialog import LetterTextsDialog

        dialog = LetterTextsDialog(self._database, self.shop, self, today=self._today)
        dialog.exec()
        dialog.deleteLater()

    def hand_over(self, customer_id: int | None = None) -> None:
        """Open the hand-over dialog for ``customer_id`` (default: the customer selected in the current tab)."""
        from workshop_desk.ui.dialogs.hand_over_dialog import HandOverDialog

        customer_id = customer_id or self.current_customer_id()
        if customer_id is None:
            QMessageBox.information(
                self, self.tr("Hand over"), self.tr("Select the customer to hand over, then choose Hand over… again.")
            )
            return
        dialog = HandOverDialog(self._database, self.shop, self._today, customer_id, self)
        dialog.handed_over.connect(lambda handed: self.changed([handed]))
        dialog.exec()
        dialog.deleteLater()

    def show_history(self, customer_id: int | None = None) -> None:
        """The selected customer's history of changes, with export and erasure of personal data."""
        from workshop_desk.ui.dialogs.history_dialog import HistoryDialog

        customer_id = customer_id or self.current_customer_id()
        if customer_id is None:
            QMessageBox.information(
                self,
                self.tr("History and personal data"),
                self.tr("Select a customer first, then choose History and personal data… again."),
            )
            return
        dialog = HistoryDialog(self._database, self.formats, customer_id, self._today, self)
        if dialog.exec():  # accepted: personal data was erased (the name may have gone too)
            self.changed([customer_id], customers_list=True)
        dialog.deleteLater()

    def show_backups(self) -> None:
        """File → Backups: a copy on request, or a restore (the window then reads everything again)."""
        from workshop_desk.ui.dialogs.backups_dialog import BackupsDialog

        dialog = BackupsDialog(self._database, self.refresh, self)
        dialog.exec()
        dialog.deleteLater()

    def edit_settings(self) -> None:
        """The settings dialog; a saved profile reaches every dialog opened afterwards (see its docstring)."""
        from workshop_desk.ui.dialogs.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self._database, self, today=self._today)
        if dialog.exec() and dialog.saved_shop is not None:
            self.shop = dialog.saved_shop
            self.setWindowTitle(self.tr("Workshop Desk — {shop}").format(shop=self.shop.name or self.tr("new shop")))
            self.refresh()  # a new country's rules may change interest and deadlines
        dialog.deleteLater()

    def edit_collection_settings(self) -> None:
        from workshop_desk.ui.dialogs.collection_settings_dialog import CollectionSettingsDialog

        dialog = CollectionSettingsDialog(self._database, self.shop, self)
        dialog.exec()
        dialog.deleteLater()

    def edit_selected(self) -> None:
        if self.tabs.currentIndex() == self.TAB_INVOICES:
            selected = self.invoices_tab.selected()
            if selected:
                self.edit_invoice(selected[0])
            return
        customer_id = self.current_customer_id()
        if customer_id is not None:
            self.edit_customer(customer_id)

    def show_legend(self) -> None:
        rows = "".join(
            f"<tr><td style='background:{mark.colour.name()}; padding:4px 10px'>"
            f"<img src='{_icon_path(mark)}' width='16' height='16'></td>"
            f"<td style='padding:4px 8px'>{mark.label}</td></tr>"
            for mark in Mark
        )
        self.legend = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Legend"),
            self.tr("<p>Rows are coloured <b>and</b> marked with an icon; hover a row to read why.</p>")
            + f"<table>{rows}</table>",
            QMessageBox.StandardButton.Close,
            self,
        )
        self.legend.exec()

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Workshop Desk"),
            self.tr("Workshop Desk {version}\nWho owes the shop money, and what to do about it today.").format(
                version=__version__
            ),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self._closed = True
        state.save_window(self)
        super().closeEvent(event)


def _icon_path(mark: Mark) -> str:
    from workshop_desk.paths import resources_folder

    return (resources_folder() / "icons" / f"{mark.value[0]}.svg").as_posix()
