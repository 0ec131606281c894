"""The payment dialog: record money a customer paid, seeing first exactly what it will pay.

The preview is the program's own allocation with the new payment added
(:func:`~workshop_desk.services.payments.preview_payment`): which installments it settles or
pays in part, and how much becomes credit when it is more than the customer owes. Saving is one
write transaction.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workshop_desk.db.models import PaymentRow
from workshop_desk.db.session import Database
from workshop_desk.domain.money import Cents
from workshop_desk.i18n.qt import translated
from workshop_desk.services.accounts import Account, accounts
from workshop_desk.services.invoices import get_invoice
from workshop_desk.services.payments import (
    AllocationLine,
    PaymentData,
    PaymentError,
    PaymentPreview,
    preview_payment,
    record_payment,
)
from workshop_desk.services.shop import Shop
from workshop_desk.ui.dialogs.forms import fit_height, left_aligned
from workshop_desk.ui.formats import Formats
from workshop_desk.ui.models.rows_model import DisplayRow, RowsModel
from workshop_desk.ui.widgets.date_edit import DateEdit
from workshop_desk.ui.widgets.form import ERROR_STYLE, ValidatedForm
from workshop_desk.ui.widgets.money_edit import MoneyEdit, MoneyInputError

CREDIT_STYLE = "color: #0b57d0; font-weight: 600;"
"""Money that becomes credit: blue, and said in words (not a problem, but worth noticing)."""


@dataclass(frozen=True)
class OpenInvoice:
    """An invoice of the customer with something unpaid, as the invoice list offers it."""

    id: int
    number: str
    unpaid: Cents
    next_due: date


def open_invoices(account: Account) -> list[OpenInvoice]:
    """The customer's invoices with an unpaid part, the one falling due first first."""
    found: dict[int, OpenInvoice] = {}
    for item in account.status.installments:
        if not item.unpaid:
            continue
        installment = item.installment
        known = found.get(installment.invoice_key)
        if known is None:
            found[installment.invoice_key] = OpenInvoice(
                installment.invoice_key, installment.invoice_number, item.unpaid, installment.due_date
            )
        else:
            found[installment.invoice_key] = OpenInvoice(
                known.id, known.number, known.unpaid + item.unpaid, min(known.next_due, installment.due_date)
            )
    return sorted(found.values(), key=lambda invoice: (invoice.next_due, invoice.number))


class PaymentDialog(QDialog):
    """Record a payment of ``customer_id``, optionally tied to ``invoice_id``.

    After ``accept()``, :attr:`saved_payment_id` is the id of the payment recorded.
    """

    COL_INVOICE, COL_INSTALLMENT, COL_DUE, COL_UNPAID, COL_PAID, COL_RESULT = range(6)

    def __init__(
        self,
        database: Database,
        shop: Shop,
        today: date,
        customer_id: int,
        invoice_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._shop = shop
        self._formats = Formats.of(shop)
        self._today = today
        self._customer_id = customer_id
        self._open_balance: Cents = 0
        self._invoices: dict[int, OpenInvoice] = {}
        self._amount_checked = False
        """Whether a bad amount is pointed out yet: not while it is being typed, only once left or saved."""
        self.saved_payment_id: int | None = None

        self.setMinimumWidth(600)
        self._build()
        self._lay_out()
        self._load(invoice_id)
        self._connect()
        self.resize(640, max(self.heightForWidth(640), self.minimumSizeHint().height()))
        self._fit_height()
        self.amount.setFocus()

    # --- building -----------------------------------------------------------------------------

    def _build(self) -> None:
        self.customer_title = QLabel()
        self.customer_title.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.customer_title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.balance = QLabel()
        self.balance.setWordWrap(True)

        self.amount = MoneyEdit(self._shop.locale, self._shop.currency)
        self.whole_balance_button = QPushButton(self.tr("&Whole balance"))
        self.whole_balance_button.setAutoDefault(False)
        self.whole_balance_button.setToolTip(
            self.tr("Fill in what is unpaid on the chosen invoice, or the customer's whole open balance")
        )
        self.paid_on = DateEdit(self._shop.locale)
        self.paid_on.set_day(self._today)
        self.method = QComboBox()
        for label, method in (
            (self.tr("Cash"), "cash"),
            (self.tr("Card"), "card"),
            (self.tr("Bank transfer"), "transfer"),
            (self.tr("Other"), "other"),
        ):
            self.method.addItem(label, method)
        self.reference = QLineEdit()
        self.reference.setMaxLength(PaymentRow.__table__.c.reference.type.length)  # a server refuses longer
        self.reference.setPlaceholderText(self.tr("Receipt, transfer or card slip number (optional)"))
        self.invoice = QComboBox()
        self.invoice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.invoice.setMinimumContentsLength(30)

        self.preview_model = RowsModel(
            [
                self.tr("Invoice"),
                self.tr("Installment"),
                self.tr("Due date"),
                self.tr("Unpaid before"),
                self.tr("Paid now"),
                self.tr("Result"),
            ],
            self,
        )
        self.preview_table = QTableView()
        self.preview_table.setModel(self.preview_model)
        self.preview_table.verticalHeader().hide()
        self.preview_table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.preview_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.preview_table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.preview_table.setAlternatingRowColors(True)
        header = self.preview_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.COL_INVOICE, QHeaderView.ResizeMode.Stretch)
        rows_shown = 4
        self.preview_table.setFixedHeight(
            header.sizeHint().height()
            + self.preview_table.verticalHeader().defaultSectionSize() * rows_shown
            + 2 * self.preview_table.frameWidth()
        )
        self.preview_hint = QLabel()
        self.preview_hint.setWordWrap(True)
        self.credit_line = QLabel()
        self.credit_line.setObjectName("credit_line")
        self.credit_line.setStyleSheet(CREDIT_STYLE)
        self.credit_line.setWordWrap(True)
        self.credit_line.hide()
        self.balance_after = QLabel()
        self.balance_after.setObjectName("balance_after")

        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)

    def _lay_out(self) -> None:
        amount_field = QWidget()
        amount_row = QHBoxLayout(amount_field)
        amount_row.setContentsMargins(0, 0, 0, 0)
        amount_row.addWidget(self.amount, 1)
        amount_row.addWidget(self.whole_balance_button)
        amount_field.setFocusProxy(self.amount)

        self.form = ValidatedForm()
        self.form.add_field("amount", self.tr("&Amount:"), amount_field)
        self.form.add_field("paid_on", self.tr("&Date:"), left_aligned(self.paid_on))
        self.form.add_field("method", self.tr("&Method:"), left_aligned(self.method))
        self.form.add_field("reference", self.tr("&Reference:"), self.reference)
        self.form.add_field("invoice", self.tr("&Pays:"), self.invoice)

        preview_box = QGroupBox(self.tr("What it pays"))
        preview_layout = QVBoxLayout(preview_box)
        preview_layout.addWidget(self.preview_table)
        preview_layout.addWidget(self.preview_hint)
        preview_layout.addWidget(self.credit_line)
        preview_layout.addWidget(self.balance_after)

        layout = QVBoxLayout(self)
        layout.addWidget(self.customer_title)
        layout.addWidget(self.balance)
        layout.addSpacing(6)
        layout.addLayout(self.form)
        layout.addWidget(preview_box)
        layout.addStretch()
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        chain = [
            self.amount, self.whole_balance_button, self.paid_on, self.method, self.reference, self.invoice,
            self.save_button,
        ]  # fmt: skip
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _connect(self) -> None:
        self.amount.textChanged.connect(self._refresh)
        self.amount.editingFinished.connect(self._amount_left)
        self.whole_balance_button.clicked.connect(self._fill_whole_balance)
        self.paid_on.dateChanged.connect(self._refresh)
        self.invoice.currentIndexChanged.connect(self._invoice_chosen)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    # --- loading ------------------------------------------------------------------------------

    def _load(self, invoice_id: int | None) -> None:
        with self._database.read() as session:
            [account] = accounts(session, self._today, [self._customer_id])
            chosen = get_invoice(session, invoice_id) if invoice_id is not None else None
        customer = account.customer
        self.setWindowTitle(self.tr("Payment from {name}").format(name=customer.name))
        self.customer_title.setText(f"{customer.name}  ·  {customer.code}")
        self._show_balance(account)
        self._open_balance = account.status.open_balance
        self._invoices = {invoice.id: invoice for invoice in open_invoices(account)}
        self.invoice.addItem(self.tr("(on account: oldest first)"), None)
        for invoice in self._invoices.values():
            self.invoice.addItem(
                self.tr("{number} · {unpaid} unpaid · next due {day}").format(
                    number=invoice.number,
                    unpaid=self._formats.money(invoice.unpaid),
                    day=self._formats.day(invoice.next_due),
                ),
                invoice.id,
            )
        if chosen is not None and invoice_id not in self._invoices:
            # Paid already (or not issued yet): a payment may still be tied to it.
            self.invoice.addItem(self.tr("{number} · nothing unpaid").format(number=chosen.data.number), invoice_id)
        if invoice_id is not None:
            self.invoice.setCurrentIndex(self.invoice.findData(invoice_id))
        self._invoice_chosen()

    def _show_balance(self, account: Account) -> None:
        status = account.status
        money = self._formats.money
        parts = [self.tr("Open balance {amount}").format(amount=money(status.open_balance))]
        if status.overdue_amount:
            parts.append(self.tr("of which {amount} overdue").format(amount=money(status.overdue_amount)))
        if status.credit:
            parts.append(self.tr("credit {amount}").format(amount=money(status.credit)))
        self.balance.setText(", ".join(parts))

    # --- the amount and its preview -----------------------------------------------------------

    def _chosen_balance(self) -> Cents:
        """What is unpaid on the chosen invoice, or the customer's whole open balance."""
        invoice_id = self.invoice.currentData()
        if invoice_id is None:
            return self._open_balance
        invoice = self._invoices.get(invoice_id)
        return 0 if invoice is None else invoice.unpaid

    def _invoice_chosen(self) -> None:
        self.whole_balance_button.setEnabled(self._chosen_balance() > 0)
        self._refresh()

    def _fill_whole_balance(self) -> None:
        self.amount.set_cents(self._chosen_balance())
        self.amount.setFocus()

    def _amount_left(self) -> None:
        if self.amount.text().strip():
            self._amount_checked = True
            self._refresh()

    def _data(self, amount: Cents) -> PaymentData:
        return PaymentData(
            customer_id=self._customer_id,
            paid_on=self.paid_on.day(),
            amount=amount,
            method=self.method.currentData(),
            reference=self.reference.text(),
            invoice_id=self.invoice.currentData(),
        )

    def _typed(self) -> PaymentData | None:
        """The payment as typed, or ``None`` after showing what is wrong beside the fields."""
        self.form.clear_problems()
        amount: Cents | None = None
        try:
            amount = self.amount.cents()
        except MoneyInputError as error:
            if self._amount_checked:
                self.form.show_problem("amount", str(error))
        if self.paid_on.day() > self._today:
            self.form.show_problem("paid_on", self.tr("A payment cannot be dated in the future."))
        if amount is None or self.form.has_problems():
            return None
        return self._data(amount)

    def _refresh(self) -> None:
        """Preview what the typed payment pays (nothing while something typed is wrong)."""
        data = self._typed()
        preview = None
        if data is not None:
            try:
                with self._database.read() as session:
                    preview = preview_payment(session, data, self._today)
            except PaymentError as error:
                self._show_payment_error(error, quiet=not self._amount_checked)
        self._show_preview(preview)
        self._fit_height()

    def _show_preview(self, preview: PaymentPreview | None) -> None:
        money = self._formats.money
        if preview is None:
            self.preview_model.set_rows([])
            self.preview_hint.setText(self.tr("Enter the amount to see what it pays."))
            self.preview_hint.show()
            self.credit_line.hide()
            self.balance_after.hide()
            return
        self.preview_model.set_rows([self._preview_row(line) for line in preview.lines])
        self.preview_hint.setVisible(not preview.lines)
        self.preview_hint.setText(self.tr("Nothing is owed: all of it becomes credit."))
        self.credit_line.setVisible(preview.to_credit > 0)
        self.credit_line.setText(
            self.tr("ℹ {amount} becomes credit: it is more than the customer owes.").format(
                amount=money(preview.to_credit)
            )
        )
        after = self.tr("Open balance after: {amount}").format(amount=money(preview.open_after))
        if preview.credit_after:
            after = self.tr("{balance} · credit {amount}").format(balance=after, amount=money(preview.credit_after))
        self.balance_after.setText(after)
        self.balance_after.show()

    def _preview_row(self, line: AllocationLine) -> DisplayRow:
        money = self._formats.money
        return DisplayRow(
            cells=(
                line.invoice_number,
                self.tr("{seq} of {count}").format(seq=line.seq, count=line.plan_size),
                self._formats.day(line.due_date),
                money(line.unpaid_before),
                money(line.applied),
                self.tr("settled") if line.settles else self.tr("part"),
            ),
            right_aligned=frozenset({self.COL_UNPAID, self.COL_PAID}),
        )

    # --- saving -------------------------------------------------------------------------------

    def save(self) -> None:
        """Record the payment in one transaction, or show what stops it beside the fields."""
        self._amount_checked = True
        self.message.hide()
        data = self._typed()
        if data is None:
            if not self.form.has_problems():
                self.form.show_problem("amount", self.tr("Enter an amount."))
            self.form.focus_first_problem()
            self._fit_height()
            return
        try:
            with self._database.write() as session:
                payment_id = record_payment(session, data, self._today)
        except PaymentError as error:
            self._show_payment_error(error, quiet=False)
            self.form.focus_first_problem()
            self._fit_height()
        else:
            self.saved_payment_id = payment_id
            self.accept()

    def _show_payment_error(self, error: PaymentError, *, quiet: bool) -> None:
        """The service's reason in the user's language beside its field (``quiet``: not the amount's yet)."""
        texts = {
            PaymentError.NOT_POSITIVE: ("amount", self.tr("Enter an amount more than zero.")),
            PaymentError.TOO_LARGE: ("amount", self.tr("The amount is too large.")),
            PaymentError.IN_THE_FUTURE: ("paid_on", self.tr("A payment cannot be dated in the future.")),
            PaymentError.OTHER_CUSTOMER: ("invoice", self.tr("This invoice is not one of this customer's.")),
        }
        fallback = ("", self.tr("The payment cannot be recorded: {reason}").format(reason=translated(error)))
        field, message = texts.get(error.template, fallback)
        if field == "amount" and quiet:
            return
        if field:
            self.form.show_problem(field, message)
        else:
            self.message.setText("⚠ " + message)
            self.message.show()

    # --- size ---------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_height()  # labels wrap differently once polished (fonts and style sheets applied)

    def _fit_height(self) -> None:
        fit_height(self)
