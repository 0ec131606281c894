"""The invoice dialog: a new invoice (work order) with its installment plan, or one to edit or void.

While the receptionist types, the dialog shows the plan the invoice will get and what it does to
the customer's credit. An invoice that puts the customer over the debt limit, or one for a
blocked customer, is saved only with "Issue it anyway" ticked and a reason, which stays on record
with the invoice. A new invoice on credit for a blocked customer or one with a low payment score
shows that score and its reasons above the credit panel — a warning only: it does not stop saving.
Saving is one write transaction (a vehicle added here is saved with it).

Once a payment is tied to an invoice its amounts, dates and plan are read-only: the way to change
them is to void the invoice and issue a new one.
"""

from __future__ import annotations

import dataclasses
import itertools
from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workshop_desk.db.models import Invoice, Vehicle
from workshop_desk.db.session import Database
from workshop_desk.domain.money import Cents
from workshop_desk.domain.schedule import MAX_INSTALLMENTS, Interval, PlannedInstallment, build_plan
from workshop_desk.domain.scoring import Score
from workshop_desk.i18n.qt import translated
from workshop_desk.services.customers import StaleRecordError, VehicleRecord, add_vehicle, vehicles_of
from workshop_desk.services.invoices import (
    CreditCheck,
    CreditRefusedError,
    InvoiceData,
    InvoiceError,
    InvoiceRecord,
    create_invoice,
    credit_check,
    get_invoice,
    next_invoice_number,
    update_invoice,
    void_invoice,
)
from workshop_desk.services.listing import customer_rows
from workshop_desk.services.scoring import scores
from workshop_desk.services.shop import Shop
from workshop_desk.ui.dialogs.forms import fit_height, left_aligned
from workshop_desk.ui.formats import Formats
from workshop_desk.ui.highlights import Mark, explain
from workshop_desk.ui.models.rows_model import DisplayRow, RowsModel
from workshop_desk.ui.score_texts import score_line
from workshop_desk.ui.widgets.date_edit import DateEdit
from workshop_desk.ui.widgets.form import ERROR_STYLE, ValidatedForm
from workshop_desk.ui.widgets.money_edit import MoneyEdit, MoneyInputError

DEFAULT_TERM = timedelta(days=30)
"""How long after the issue date a new invoice falls due unless the receptionist says otherwise."""

NEW_VEHICLE = -1
"""The vehicle combo's data for a vehicle added in this dialog and not saved yet."""

PANEL_STYLE = (
    "QFrame#credit_panel {{ background: {colour}; border: 1px solid {border}; border-radius: 4px; }}"
    " QFrame#credit_panel QLabel, QFrame#credit_panel QCheckBox {{ color: #1f1f1f; }}"
)

READ_ONLY_STYLE = "background: palette(window);"

SCORE_WARNING_STYLE = (
    f"QLabel#score_warning {{ background: {Mark.MISSED.value[1]}; color: #1f1f1f; padding: 4px;"
    " border: 1px solid #e0b070; border-radius: 4px; }"
)


class InvoiceDialog(QDialog):
    """Create an invoice (``invoice_id`` None) or edit / void one.

    After ``accept()``, :attr:`saved_invoice_id` is the id of the invoice created, changed or voided.
    """

    COL_SEQ, COL_DUE, COL_AMOUNT = range(3)

    def __init__(
        self,
        database: Database,
        shop: Shop,
        today: date,
        invoice_id: int | None = None,
        customer_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._shop = shop
        self._formats = Formats.of(shop)
        self._today = today
        self._record: InvoiceRecord | None = None
        self._customer_id: int | None = None
        self._customers: list[tuple[int, str]] = []
        """(id, code) of the customer on each row of the customer box."""
        self._credit_base: CreditCheck | None = None
        self._score: Score | None = None
        """The payment score of the customer of a new invoice (for the warning)."""
        """The customer's credit position with no new amount; the amount typed is put in locally."""
        self._loaded_plan: tuple[PlannedInstallment, ...] | None = None
        """Edit mode: the saved plan, kept exactly until the user changes an amount or the plan."""
        self._new_vehicle: tuple[str, str] | None = None
        self._proposed_number = ""
        """The number the dialog filled in; while it is untouched, the dialog keeps it current."""
        self._due_follows_issue = True
        self._first_due_follows_due = True
        self._loading = False
        self.saved_invoice_id: int | None = None

        self.setWindowTitle(self.tr("New invoice"))
        self.setMinimumWidth(600)
        self._build_fields()
        self._build_plan()
        self._build_credit_panel()
        self._build_buttons()
        self._lay_out()
        self._connect()
        self._load(invoice_id, customer_id)
        self.resize(640, max(self.heightForWidth(640), self.minimumSizeHint().height()))
        self._fit_height()

    # --- building -----------------------------------------------------------------------------

    def _build_fields(self) -> None:
        self.customer = QComboBox()
        self.customer.setEditable(True)
        self.customer.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.customer.lineEdit().setPlaceholderText(self.tr("Type a code or a name"))
        self.customer.setMaxVisibleItems(15)
        self.customer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.customer_completer = QCompleter(self.customer.model(), self.customer)
        self.customer_completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.customer_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.customer_completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.customer.setCompleter(self.customer_completer)

        self.vehicle = QComboBox()
        self.vehicle.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.vehicle.setMinimumContentsLength(20)
        self.add_vehicle_button = QPushButton(self.tr("Add…"))
        self.add_vehicle_button.setToolTip(self.tr("Register another vehicle or device of this customer"))
        self.new_plate = QLineEdit()
        self.new_plate.setMaxLength(Vehicle.__table__.c.identifier.type.length)  # a server refuses longer
        self.new_plate.setPlaceholderText(self.tr("Plate or serial number"))
        self.new_vehicle_description = QLineEdit()
        self.new_vehicle_description.setMaxLength(Vehicle.__table__.c.description.type.length)
        self.new_vehicle_description.setPlaceholderText(self.tr("Make and model, or device"))
        self.confirm_vehicle_button = QPushButton(self.tr("Add"))
        self.cancel_vehicle_button = QPushButton(self.tr("Cancel"))

        self.number = QLineEdit()
        self.number.setMaxLength(Invoice.__table__.c.number.type.length)
        self.issue_date = DateEdit(self._shop.locale)
        self.due_date = DateEdit(self._shop.locale)
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setPlaceholderText(self.tr("What was done (shown on the invoice and in letters)"))
        self.description.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self.total = MoneyEdit(self._shop.locale, self._shop.currency)
        self.deposit = MoneyEdit(self._shop.locale, self._shop.currency, optional=True)
        self.payments_note = QLabel(
            self.tr("Payments are recorded against this invoice: to change the amounts, void it and issue a new one.")
        )
        self.payments_note.setWordWrap(True)
        self.payments_note.setStyleSheet("padding: 4px; background: #e8f0fe; color: #1f1f1f; border-radius: 3px;")
        self.payments_note.hide()

    def _build_plan(self) -> None:
        self.installments = QSpinBox()
        self.installments.setRange(1, MAX_INSTALLMENTS)
        self.installments.setToolTip(self.tr("1 = no plan: the whole amount falls due on the due date"))
        self.interval = QComboBox()
        self.interval.addItem(self.tr("monthly"), Interval.MONTHLY)
        self.interval.addItem(self.tr("weekly"), Interval.WEEKLY)
        self.first_due = DateEdit(self._shop.locale)
        self.plan_model = RowsModel([self.tr("No."), self.tr("Due date"), self.tr("Amount")], self)
        self.plan_table = QTableView()
        self.plan_table.setModel(self.plan_model)
        self.plan_table.verticalHeader().hide()
        self.plan_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.plan_table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.plan_table.setAlternatingRowColors(True)
        header = self.plan_table.horizontalHeader()
        header.setSectionResizeMode(self.COL_SEQ, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.COL_DUE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.COL_AMOUNT, QHeaderView.ResizeMode.Stretch)
        self.plan_table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        rows_shown = 5
        self.plan_table.setFixedHeight(
            header.sizeHint().height()
            + self.plan_table.verticalHeader().defaultSectionSize() * rows_shown
            + 2 * self.plan_table.frameWidth()
        )
        self.plan_summary = QLabel()
        self.plan_summary.setWordWrap(True)

    def _build_credit_panel(self) -> None:
        self.credit_panel = QFrame()
        self.credit_panel.setObjectName("credit_panel")
        self.credit_icons = {mark: QLabel() for mark in (Mark.OVER_LIMIT, Mark.BLOCKED)}
        for mark, icon in self.credit_icons.items():
            icon.setPixmap(mark.icon.pixmap(24, 24))
            icon.setToolTip(mark.label)
            icon.hide()
        self.credit_text = QLabel()
        self.credit_text.setWordWrap(True)
        self.credit_text.setObjectName("credit_text")
        self.override = QCheckBox(self.tr("Issue it anyway"))
        self.override_reason = QLineEdit()
        self.override_reason.setPlaceholderText(self.tr("Why (kept on record with the invoice)"))
        self.override_reason_label = QLabel(self.tr("Reason:"))
        self.override_reason_label.setBuddy(self.override_reason)
        self.credit_message = QLabel()
        self.credit_message.setObjectName("credit_message")
        self.credit_message.setStyleSheet(ERROR_STYLE)
        self.credit_message.setWordWrap(True)
        self.credit_message.hide()
        self.score_warning = QLabel()
        self.score_warning.setObjectName("score_warning")
        self.score_warning.setWordWrap(True)
        self.score_warning.setStyleSheet(SCORE_WARNING_STYLE)
        self.score_warning.setToolTip(self.tr("A warning only: the invoice can still be saved."))
        self.score_warning.hide()

    def _build_buttons(self) -> None:
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.hide()
        self.reload_button = QPushButton(self.tr("Reload"))
        self.reload_button.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        self.void_button = self.buttons.addButton(self.tr("Void…"), QDialogButtonBox.ButtonRole.DestructiveRole)
        self.void_button.setAutoDefault(False)
        self.void_button.hide()

    def _lay_out(self) -> None:
        vehicle_row = QHBoxLayout()
        vehicle_row.setContentsMargins(0, 0, 0, 0)
        vehicle_row.addWidget(self.vehicle, 1)
        vehicle_row.addWidget(self.add_vehicle_button)
        self.new_vehicle_box = QWidget()
        new_vehicle_row = QHBoxLayout(self.new_vehicle_box)
        new_vehicle_row.setContentsMargins(0, 0, 0, 0)
        new_vehicle_row.addWidget(self.new_plate, 2)
        new_vehicle_row.addWidget(self.new_vehicle_description, 3)
        new_vehicle_row.addWidget(self.confirm_vehicle_button)
        new_vehicle_row.addWidget(self.cancel_vehicle_button)
        self.new_vehicle_box.hide()
        vehicle_field = QWidget()
        vehicle_column = QVBoxLayout(vehicle_field)
        vehicle_column.setContentsMargins(0, 0, 0, 0)
        vehicle_column.addLayout(vehicle_row)
        vehicle_column.addWidget(self.new_vehicle_box)
        vehicle_field.setFocusProxy(self.vehicle)

        self.form = ValidatedForm()
        self.form.add_field("customer", self.tr("&Customer:"), self.customer)
        self.form.add_field("vehicle", self.tr("&Vehicle / device:"), vehicle_field)
        self.form.add_field("number", self.tr("&Number:"), self.number)
        self.form.add_field("issue_date", self.tr("&Issue date:"), left_aligned(self.issue_date))
        self.form.add_field("due_date", self.tr("D&ue date:"), left_aligned(self.due_date))
        self.form.add_field("description", self.tr("&Work done:"), self.description)
        self.form.add_field("total", self.tr("&Total:"), self.total)
        self.form.add_field("deposit", self.tr("&Deposit:"), self.deposit)

        plan_row = QWidget()
        plan_fields = QHBoxLayout(plan_row)
        plan_fields.setContentsMargins(0, 0, 0, 0)
        plan_fields.addWidget(self.installments)
        plan_fields.addWidget(self.interval)
        first_due_label = QLabel(self.tr("&first due:"))
        first_due_label.setBuddy(self.first_due)
        plan_fields.addSpacing(8)
        plan_fields.addWidget(first_due_label)
        plan_fields.addWidget(self.first_due, 1)
        plan_row.setFocusProxy(self.first_due)
        self.plan_form = ValidatedForm()
        self.plan_form.add_field("plan", self.tr("Install&ments:"), plan_row)
        plan_box = QGroupBox(self.tr("Installment plan"))
        plan_layout = QVBoxLayout(plan_box)
        plan_layout.addLayout(self.plan_form)
        plan_layout.addWidget(self.plan_table)
        plan_layout.addWidget(self.plan_summary)

        # The override widgets live in one box that is shown or hidden whole: a layout whose
        # widgets are all hidden would cap the width of the panel's text (and squeeze it).
        self.override_box = QWidget()
        override_layout = QVBoxLayout(self.override_box)
        override_layout.setContentsMargins(0, 0, 0, 0)
        override_layout.addWidget(self.override)
        reason_row = QHBoxLayout()
        reason_row.addWidget(self.override_reason_label)
        reason_row.addWidget(self.override_reason, 1)
        override_layout.addLayout(reason_row)
        override_layout.addWidget(self.credit_message)
        self.override_box.hide()
        credit_column = QVBoxLayout()
        credit_column.addWidget(self.credit_text)
        credit_column.addWidget(self.override_box)
        icon_column = QVBoxLayout()
        for icon in self.credit_icons.values():
            icon_column.addWidget(icon)
        icon_column.addStretch()
        panel_layout = QHBoxLayout(self.credit_panel)
        panel_layout.setContentsMargins(8, 6, 8, 6)
        panel_layout.addLayout(icon_column)
        panel_layout.addLayout(credit_column, 1)

        message_row = QHBoxLayout()
        message_row.addWidget(self.message, 1)
        message_row.addWidget(self.reload_button)

        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.payments_note)
        layout.addWidget(plan_box)
        layout.addWidget(self.score_warning)
        layout.addWidget(self.credit_panel)
        layout.addStretch()
        layout.addLayout(message_row)
        layout.addWidget(self.buttons)

        chain = [
            self.customer, self.vehicle, self.add_vehicle_button, self.new_plate, self.new_vehicle_description,
            self.confirm_vehicle_button, self.cancel_vehicle_button, self.number, self.issue_date, self.due_date,
            self.description, self.total, self.deposit, self.installments, self.interval, self.first_due,
            self.override, self.override_reason, self.save_button,
        ]  # fmt: skip
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _connect(self) -> None:
        self.customer.currentIndexChanged.connect(self._customer_edited)
        self.customer.lineEdit().editingFinished.connect(self._customer_edited)
        self.customer_completer.activated[str].connect(self._customer_picked)
        self.add_vehicle_button.clicked.connect(self._show_new_vehicle)
        self.confirm_vehicle_button.clicked.connect(self._add_new_vehicle)
        self.cancel_vehicle_button.clicked.connect(self._hide_new_vehicle)
        self.issue_date.dateChanged.connect(self._issue_date_changed)
        self.due_date.dateChanged.connect(self._due_date_changed)
        self.first_due.dateChanged.connect(self._first_due_changed)
        for signal in (self.total.textChanged, self.deposit.textChanged):
            signal.connect(self._amounts_changed)
        self.installments.valueChanged.connect(self._plan_changed)
        self.interval.currentIndexChanged.connect(self._plan_changed)
        self.override.toggled.connect(self._override_toggled)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.void_button.clicked.connect(self.void)
        self.reload_button.clicked.connect(self._reload)
        # The description takes Enter for new lines; Ctrl+Enter saves from anywhere.
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.save)

    # --- loading ------------------------------------------------------------------------------

    def _load(self, invoice_id: int | None, customer_id: int | None) -> None:
        with self._database.read() as session:
            customers = customer_rows(session)
            number = next_invoice_number(session, self._today)
            record = get_invoice(session, invoice_id) if invoice_id is not None else None
        self._loading = True
        # One call for the whole list: a shop has thousands of customers (and each call into Qt counts).
        self._customers = [(row.id, row.code) for row in customers]
        self.customer.addItems([f"{row.code} — {row.name}" for row in customers])
        self.customer.setCurrentIndex(-1)
        self._loading = False
        if record is None:
            self._start_new(number, customer_id)
        else:
            self._show_record(record)

    def _start_new(self, number: str, customer_id: int | None) -> None:
        self._loading = True
        self._propose_number(number)
        self.issue_date.set_day(self._today)
        self.due_date.set_day(self._today + DEFAULT_TERM)
        self.first_due.set_day(self._today + DEFAULT_TERM)
        if customer_id is not None:
            self.customer.setCurrentIndex(self._customer_row(customer_id))
        self._loading = False
        (self.description if customer_id is not None else self.customer).setFocus()
        self._customer_selected(self._typed_customer(), None)

    def _propose_number(self, number: str) -> None:
        self._proposed_number = number
        self.number.setText(number)

    def _renew_number(self) -> None:
        """The next free number for the issue date, if the receptionist kept the one proposed."""
        if self._record is not None or self.number.text() != self._proposed_number:
            return
        with self._database.read() as session:
            self._propose_number(next_invoice_number(session, self.issue_date.day()))

    def _show_record(self, record: InvoiceRecord) -> None:
        """Fill the fields from a saved invoice (edit mode)."""
        self._record = record
        data = record.data
        self._loading = True
        self.setWindowTitle(self.tr("Invoice {number}").format(number=data.number))
        self.override.setText(self.tr("Save the change anyway"))
        self.customer.setCurrentIndex(self._customer_row(data.customer_id))
        self.customer.setEnabled(False)  # an invoice stays with its customer: void it and issue another
        self.number.setText(data.number)
        self.issue_date.set_day(data.issue_date)
        self.due_date.set_day(data.due_date)
        self.description.setPlainText(data.description)
        self.total.set_cents(data.total)
        self.deposit.set_cents(data.deposit or None)
        plan = data.plan
        self.installments.setValue(max(1, len(plan)))
        weekly = len(plan) > 1 and (plan[1].due_date - plan[0].due_date).days == 7
        self.interval.setCurrentIndex(self.interval.findData(Interval.WEEKLY if weekly else Interval.MONTHLY))
        self.first_due.set_day(plan[0].due_date if plan else data.due_date)
        self._loaded_plan = plan
        self._due_follows_issue = self._first_due_follows_due = False
        self._new_vehicle = None
        self._loading = False
        self._customer_selected(data.customer_id, data.vehicle_id)
        self._lock_for_record(record)
        self.description.setFocus()

    def _lock_for_record(self, record: InvoiceRecord) -> None:
        """Make read-only what may not change any more; offer voiding an open invoice."""
        void = record.status == "void"
        money_locked = void or record.has_payments
        for widget in (self.issue_date, self.due_date, self.total, self.deposit, self.installments, self.first_due):
            widget.setReadOnly(money_locked)
            # Read-only fields look like the window, so nobody tries to type into them.
            widget.setStyleSheet(READ_ONLY_STYLE if money_locked else "")
        self.payments_note.setVisible(record.has_payments and not void)
        self.void_button.setVisible(not void)
        if void:
            for widget in (self.number, self.description):
                widget.setReadOnly(True)
            self.vehicle.setEnabled(False)
            self.add_vehicle_button.setEnabled(False)
            self.save_button.setEnabled(False)
            self._show_message(self.tr("This invoice is void: {reason}").format(reason=record.void_reason))
        self._show_credit()

    def _reload(self) -> None:
        if self._record is None:
            return
        with self._database.read() as session:
            record = get_invoice(session, self._record.id)
        self._clear_problems()
        self._show_record(record)

    # --- the customer and their vehicles ------------------------------------------------------

    def _customer_picked(self, text: str) -> None:
        self.customer.setCurrentIndex(self.customer.findText(text, Qt.MatchFlag.MatchFixedString))
        self._customer_edited()

    def _customer_edited(self) -> None:
        if self._loading or self._record is not None:
            return
        customer_id = self._typed_customer()
        if customer_id != self._customer_id:
            self._customer_selected(customer_id, None)

    def _typed_customer(self) -> int | None:
        """The customer the text in the box names: an item of the list, or exactly a code."""
        text = self.customer.currentText().strip()
        if not text:
            return None
        index = self.customer.findText(text, Qt.MatchFlag.MatchFixedString)
        if index < 0:
            codes = [row for row, (_, code) in enumerate(self._customers) if code.casefold() == text.casefold()]
            index = codes[0] if len(codes) == 1 else -1
        if index < 0:
            return None
        if self.customer.currentIndex() != index:
            self._loading = True
            self.customer.setCurrentIndex(index)
            self._loading = False
        return self._customers[index][0]

    def _customer_row(self, customer_id: int) -> int:
        """The row of a customer in the customer box (-1: not there)."""
        return next((row for row, (known, _) in enumerate(self._customers) if known == customer_id), -1)

    def _customer_selected(self, customer_id: int | None, vehicle_id: int | None) -> None:
        self._customer_id = customer_id
        self._new_vehicle = None
        self._hide_new_vehicle()
        vehicles: list[VehicleRecord] = []
        self._credit_base = None
        self._score = None
        if customer_id is not None:
            with self._database.read() as session:
                vehicles = vehicles_of(session, customer_id)
                if self._record is None or self._money_editable():
                    self._credit_base = credit_check(session, customer_id, 0, self._today)
                if self._record is None:
                    self._score = scores(session, self._today, [customer_id]).get(customer_id)
        self.vehicle.clear()
        self.vehicle.addItem(self.tr("(none)"), None)
        for vehicle in vehicles:
            self.vehicle.addItem(f"{vehicle.identifier} {vehicle.description}".strip(), vehicle.id)
        self.vehicle.setCurrentIndex(max(0, self.vehicle.findData(vehicle_id)) if vehicle_id is not None else 0)
        self.vehicle.setEnabled(customer_id is not None)
        self.add_vehicle_button.setEnabled(customer_id is not None)
        self._refresh()

    def _show_new_vehicle(self) -> None:
        self.new_vehicle_box.show()
        self._fit_height()
        self.save_button.setDefault(False)
        self.confirm_vehicle_button.setDefault(True)  # Enter in these fields adds the vehicle
        self.new_plate.setFocus()

    def _hide_new_vehicle(self) -> None:
        self.new_plate.clear()
        self.new_vehicle_description.clear()
        self.new_vehicle_box.hide()
        self.confirm_vehicle_button.setDefault(False)
        self.save_button.setDefault(True)

    def _add_new_vehicle(self) -> None:
        """Put the typed vehicle in the list; it is registered when the invoice is saved."""
        self.form.clear_problems()
        plate = self.new_plate.text().strip().upper()
        if not plate:
            self.form.show_problem("vehicle", self.tr("Enter the plate or serial number."))
            self.new_plate.setFocus()
            return
        self._new_vehicle = (plate, self.new_vehicle_description.text().strip())
        label = f"{plate} {self._new_vehicle[1]}".strip()
        index = self.vehicle.findData(NEW_VEHICLE)
        if index < 0:
            self.vehicle.addItem("", NEW_VEHICLE)
            index = self.vehicle.count() - 1
        self.vehicle.setItemText(index, self.tr("{vehicle} (new)").format(vehicle=label))
        self.vehicle.setCurrentIndex(index)
        self._hide_new_vehicle()
        self.vehicle.setFocus()

    # --- dates and the plan -------------------------------------------------------------------

    def _issue_date_changed(self) -> None:
        if self._loading:
            return
        self._renew_number()  # a new year starts the numbering again
        if self._due_follows_issue:
            self._set_quietly(self.due_date, self.issue_date.day() + DEFAULT_TERM)
            self._due_date_changed()
        else:
            self._refresh()

    def _due_date_changed(self) -> None:
        if self._loading:
            return
        if self.sender() is self.due_date:
            self._due_follows_issue = False
        if self._first_due_follows_due or self.installments.value() == 1:
            self._set_quietly(self.first_due, self.due_date.day())
        self._refresh()

    def _first_due_changed(self) -> None:
        if self._loading:
            return
        self._first_due_follows_due = False
        self._plan_changed()

    def _amounts_changed(self) -> None:
        if not self._loading:
            self._plan_changed()

    def _plan_changed(self) -> None:
        if self._loading:
            return
        self._loaded_plan = None
        if self.installments.value() == 1:
            self._set_quietly(self.first_due, self.due_date.day())
        self._refresh()

    @staticmethod
    def _set_quietly(field: DateEdit, day: date) -> None:
        field.blockSignals(True)
        field.set_day(day)
        field.blockSignals(False)

    def _amounts(self) -> tuple[Cents, Cents] | None:
        """(total, deposit) as typed, or ``None`` while either is not an amount."""
        try:
            total = self.total.cents() or 0
            deposit = self.deposit.cents() or 0
        except MoneyInputError:
            return None
        return total, deposit

    def _plan(self, to_pay: Cents) -> tuple[PlannedInstallment, ...]:
        """The plan of the builder (empty: one installment of ``to_pay`` on the due date)."""
        if self._loaded_plan is not None:
            return self._loaded_plan
        count = self.installments.value()
        if count == 1 or to_pay < 0:
            return ()
        unit = 100 if self._shop.whole_currency_units else 1
        return tuple(build_plan(to_pay, count, self.first_due.day(), Interval(self.interval.currentData()), unit=unit))

    def _refresh(self) -> None:
        """Bring the plan preview and the credit panel up to date with the fields."""
        if self._loading:
            return
        single = self.installments.value() == 1
        self.interval.setEnabled(not single and self._money_editable())
        self.first_due.setEnabled(not single)
        self._show_plan(self._amounts())
        self._show_credit()
        self._show_score_warning()
        self._fit_height()

    def _money_editable(self) -> bool:
        """Whether amounts, dates and plan may change: not once a payment is tied to the invoice."""
        return self._record is None or not (self._record.has_payments or self._record.status == "void")

    def _show_plan(self, amounts: tuple[Cents, Cents] | None) -> None:
        money = self._formats.money
        if amounts is None:
            self.plan_model.set_rows([])
            self.plan_summary.setText(self.tr("Enter the total to see the plan."))
            return
        total, deposit = amounts
        to_pay = total - deposit
        if to_pay < 0:
            self.plan_model.set_rows([])
            self.plan_summary.setText(self.tr("The deposit is larger than the total."))
            return
        parts = self._plan(to_pay) or (PlannedInstallment(1, self.due_date.day(), to_pay),)
        self.plan_model.set_rows(
            [
                DisplayRow(
                    cells=(str(part.seq), self._formats.day(part.due_date), money(part.amount)),
                    right_aligned=frozenset({self.COL_SEQ, self.COL_AMOUNT}),
                )
                for part in parts
            ]
        )
        if len(parts) == 1:
            summary = self.tr("No plan: {amount} falls due on {day}.").format(
                amount=money(to_pay), day=self._formats.day(parts[0].due_date)
            )
        else:
            summary = self.tr("{amount} in %n installment(s), the last on {day}.", "", len(parts)).format(
                amount=money(to_pay), day=self._formats.day(parts[-1].due_date)
            )
        if deposit:
            summary = self.tr("Total {total} less deposit {deposit}: {rest}").format(
                total=money(total), deposit=money(deposit), rest=summary
            )
        self.plan_summary.setText(summary)

    # --- credit -------------------------------------------------------------------------------

    def _credit_amount(self) -> Cents | None:
        """What the invoice adds to the customer's debt: all it leaves to pay, or the raise when edited.

        ``None`` while the amounts typed are not amounts (or the deposit is more than the total).
        """
        amounts = self._amounts()
        if amounts is None or amounts[1] > amounts[0]:
            return None
        to_pay = amounts[0] - amounts[1]
        return to_pay if self._record is None else max(0, to_pay - self._record.data.to_pay)

    def _check(self) -> CreditCheck | None:
        """The credit check of the amount typed (``None``: no customer, or amounts that cannot change)."""
        if self._credit_base is None:
            return None
        return dataclasses.replace(self._credit_base, amount=self._credit_amount() or 0)

    def _show_credit(self) -> None:
        check = self._check()
        amount = self._credit_amount()
        if check is None or (self._record is not None and not amount):
            self._show_override_on_record()
            return
        self.credit_panel.show()
        amount_known = amount is not None
        lines = [self.tr("This customer is blocked: no new credit.")] if check.blocked else []
        if amount_known:
            lines.append(self._credit_figures(check))
        self.credit_text.setText("\n".join(lines) if lines else self.tr("Enter the amounts to check the credit."))
        needs_override = check.needs_override and (amount_known or check.blocked)
        self._paint_panel(check if needs_override else None)
        status = check.status
        self.credit_panel.setToolTip(
            explain(status, check.blocked, self._formats.currency, self._formats.locale) if needs_override else ""
        )
        self.override_box.setVisible(needs_override)
        self.override_reason.setEnabled(self.override.isChecked())
        if not needs_override:
            self.credit_message.hide()

    def _credit_figures(self, check: CreditCheck) -> str:
        """``Open balance 400,00 € + this invoice 250,00 € = 650,00 €, over the limit of …``."""
        status = check.status
        money = self._formats.money
        figures = {
            "open": money(status.open_balance),
            "amount": money(check.amount),
            "after": money(check.balance_after),
            "credit": money(status.credit),
        }
        if self._record is not None:
            total = self.tr("Open balance {open} + the increase {amount} = {after}").format(**figures)
        elif status.credit:
            total = self.tr("Open balance {open} + this invoice {amount} − credit {credit} = {after}").format(**figures)
        else:
            total = self.tr("Open balance {open} + this invoice {amount} = {after}").format(**figures)
        if status.debt_limit is None:
            return self.tr("{figures}; no debt limit.").format(figures=total)
        if check.over_limit:
            return self.tr("{figures}, over the limit of {limit} by {excess}.").format(
                figures=total,
                limit=money(status.debt_limit),
                excess=money(check.balance_after - status.debt_limit),
            )
        return self.tr("{figures}, within the limit of {limit}.").format(figures=total, limit=money(status.debt_limit))

    def _show_score_warning(self) -> None:
        """A new invoice on credit for a blocked or low-score customer: the score and its reasons."""
        score, check, amount = self._score, self._credit_base, self._credit_amount()
        on_credit = amount is None or amount > 0
        warn = (
            self._record is None
            and score is not None
            and check is not None
            and on_credit
            and (check.blocked or score.low)
        )
        if warn and score is not None:
            self.score_warning.setText("⚠ " + score_line(score, self._formats.locale))
        self.score_warning.setVisible(warn)

    def _show_override_on_record(self) -> None:
        """An invoice issued over the customer's credit terms says so, with the reason given then."""
        reason = "" if self._record is None else self._record.credit_override
        self.credit_panel.setVisible(bool(reason))
        self._paint_panel(None)
        self.credit_panel.setToolTip("")
        self.credit_text.setText(self.tr("Issued over the customer's credit terms: {reason}").format(reason=reason))

    def _paint_panel(self, check: CreditCheck | None) -> None:
        """Colour and icons of the panel: a mark when an override is needed, plain otherwise."""
        found = [] if check is None else [Mark.OVER_LIMIT] * check.over_limit + [Mark.BLOCKED] * check.blocked
        for mark, icon in self.credit_icons.items():
            icon.setVisible(mark in found)
        if not found:
            self.credit_panel.setStyleSheet(PANEL_STYLE.format(colour="transparent", border="#c8c8c8"))
            self.override_box.hide()
            return
        colour = found[0].colour
        self.credit_panel.setStyleSheet(PANEL_STYLE.format(colour=colour.name(), border=colour.darker(130).name()))

    def _override_toggled(self, checked: bool) -> None:
        self.override_reason.setEnabled(checked)
        if checked:
            self.override_reason.setFocus()

    def _override_reason(self) -> str | None:
        """The reason to save with, '' when none is needed, ``None`` when it is needed and missing."""
        check = self._check()
        if check is None or not check.needs_override:
            return ""
        reason = self.override_reason.text().strip()
        if self.override.isChecked() and reason:
            return reason
        if not self.override.isChecked():
            text = self.tr("To save it, tick “{option}” and say why; or change the amounts.").format(
                option=self.override.text()
            )
        else:
            text = self.tr("Say why the invoice is issued anyway.")
        self.credit_message.setText("⚠ " + text)
        self.credit_message.show()
        self._fit_height()
        (self.override_reason if self.override.isChecked() else self.override).setFocus()
        return None

    # --- saving and voiding -------------------------------------------------------------------

    def _collect(self) -> InvoiceData | None:
        """The invoice as typed, or ``None`` after showing what is wrong next to the fields."""
        customer_id = self._customer_id if self._record is not None else self._typed_customer()
        if customer_id is None:
            self.form.show_problem("customer", self.tr("Choose a customer from the list."))
        if not self.number.text().strip():
            self.form.show_problem("number", self.tr("Enter the invoice number."))
        amounts: dict[str, Cents] = {}
        for name, field in (("total", self.total), ("deposit", self.deposit)):
            try:
                amounts[name] = field.cents() or 0
            except MoneyInputError as error:
                self.form.show_problem(name, str(error))
        if self.form.has_problems() or customer_id is None:
            return None
        if not self._money_editable():
            # The amounts may not change: send them back exactly as they were read.
            return dataclasses.replace(
                self._record.data,
                number=self.number.text(),
                description=self.description.toPlainText(),
                vehicle_id=self._vehicle_id(),
            )
        return InvoiceData(
            number=self.number.text(),
            customer_id=customer_id,
            issue_date=self.issue_date.day(),
            due_date=self.due_date.day(),
            total=amounts["total"],
            deposit=amounts["deposit"],
            description=self.description.toPlainText(),
            vehicle_id=self._vehicle_id(),
            plan=self._plan(amounts["total"] - amounts["deposit"]),
        )

    def _vehicle_id(self) -> int | None:
        value = self.vehicle.currentData()
        return None if value in (None, NEW_VEHICLE) else int(value)

    def save(self) -> None:
        """Save the invoice in one transaction, or show what stops it next to the fields."""
        if not self.save_button.isEnabled():
            return
        self._clear_problems()
        data = self._collect()
        if data is None:
            self.form.focus_first_problem()
            self._fit_height()
            return
        reason = self._override_reason()
        if reason is None:
            return
        try:
            with self._database.write() as session:
                if self.vehicle.currentData() == NEW_VEHICLE and self._new_vehicle is not None:
                    vehicle_id = add_vehicle(session, data.customer_id, *self._new_vehicle)
                    data = dataclasses.replace(data, vehicle_id=vehicle_id)
                if self._record is None:
                    invoice_id = create_invoice(session, data, as_of=self._today, override_reason=reason)
                else:
                    update_invoice(
                        session, self._record.id, self._record.version, data, as_of=self._today, override_reason=reason
                    )
                    invoice_id = self._record.id
        except CreditRefusedError as refused:
            self._credit_refused(refused.check)
        except InvoiceError as error:
            self._show_invoice_error(error)
        except StaleRecordError:
            self._show_stale()
        else:
            self.saved_invoice_id = invoice_id
            self.accept()

    def _credit_refused(self, check: CreditCheck) -> None:
        """The service refused on figures newer than the panel's: show those and ask again."""
        self._credit_base = dataclasses.replace(check, amount=0)
        self._refresh()
        self._override_reason()

    def void(self) -> None:
        """Ask why, then void the invoice (it stays on record and stops counting)."""
        if self._record is None:
            return
        reason = self.ask_void_reason()
        if reason is None:
            return
        self._clear_problems()
        try:
            with self._database.write() as session:
                void_invoice(session, self._record.id, self._record.version, reason)
        except InvoiceError as error:
            self._show_invoice_error(error)
        except StaleRecordError:
            self._show_stale()
        else:
            self.saved_invoice_id = self._record.id
            self.accept()

    def ask_void_reason(self) -> str | None:
        """The reason for voiding, asked in a small dialog (``None``: the user cancelled)."""
        assert self._record is not None
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Void invoice {number}").format(number=self._record.data.number),
            self.tr("Why is this invoice voided? It stays on record and stops counting."),
        )
        return reason if ok else None

    # --- messages -----------------------------------------------------------------------------

    def _show_invoice_error(self, error: InvoiceError) -> None:
        """The service's reason, in the user's language, next to the field it is about."""
        if error.template == InvoiceError.NUMBER_TAKEN:
            self._number_taken(str(error.values["number"]))
            return
        field, message = self._invoice_error_text(error)
        if field == "plan":
            self.plan_form.show_problem(field, message)
            self.plan_form.focus_first_problem()
        elif field:
            self.form.show_problem(field, message)
            self.form.focus_first_problem()
        else:
            self._show_message(message)
        self._fit_height()

    def _number_taken(self, taken: str) -> None:
        if self.number.text() == self._proposed_number:
            self._renew_number()  # another desk took it meanwhile
            self.form.show_problem(
                "number",
                self.tr("Number {taken} was taken meanwhile: {number} is the next free one. Save again.").format(
                    taken=taken, number=self.number.text()
                ),
            )
        else:
            self.form.show_problem("number", self.tr("Number {number} is taken: choose another.").format(number=taken))
        self.number.setFocus()
        self._fit_height()

    def _invoice_error_text(self, error: InvoiceError) -> tuple[str, str]:
        """(field, sentence) for a refusal of the service; field '' when it is about no one field."""
        texts = {
            InvoiceError.NEEDS_NUMBER: ("number", self.tr("Enter the invoice number.")),
            InvoiceError.NEGATIVE: ("total", self.tr("Amounts cannot be negative.")),
            InvoiceError.DEPOSIT_TOO_LARGE: ("deposit", self.tr("The deposit is larger than the total.")),
            InvoiceError.DUE_BEFORE_ISSUE: ("due_date", self.tr("The due date is before the issue date.")),
            InvoiceError.INSTALLMENT_BEFORE_ISSUE: (
                "plan",
                self.tr("The first installment falls due before the issue date."),
            ),
            InvoiceError.PLAN_SUM: (
                "plan",
                self.tr("The installments do not add up to the total less the deposit."),
            ),
            InvoiceError.VOID_UNCHANGEABLE: ("", self.tr("This invoice is void: it cannot be changed.")),
            InvoiceError.OTHER_CUSTOMER: (
                "customer",
                self.tr("An invoice stays with its customer: void it and issue a new one instead."),
            ),
            InvoiceError.VOID_ALREADY: ("", self.tr("This invoice is void already.")),
            InvoiceError.NO_VOID_REASON: ("", self.tr("Say why the invoice is voided.")),
            InvoiceError.HAS_PAYMENTS: ("", self.payments_note.text()),
        }
        fallback = ("", self.tr("The invoice cannot be saved: {reason}").format(reason=translated(error)))
        return texts.get(error.template, fallback)

    def _show_stale(self) -> None:
        self._show_message(
            self.tr("Someone else changed this invoice meanwhile. Reload it to see their changes, then edit again.")
        )
        self.reload_button.show()

    def _show_message(self, text: str) -> None:
        self.message.setText("⚠ " + text)
        self.message.show()
        self._fit_height()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_height()  # labels wrap differently once polished (fonts and style sheets applied)

    def _fit_height(self) -> None:
        fit_height(self)

    def _clear_problems(self) -> None:
        self.form.clear_problems()
        self.plan_form.clear_problems()
        self.message.clear()
        self.message.hide()
        self.reload_button.hide()
        self.credit_message.hide()
