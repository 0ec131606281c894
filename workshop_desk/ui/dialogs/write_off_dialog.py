"""The write-off dialog: give up part or all of a customer's open balance, with a reason.

The amount starts as the whole open balance; the dialog shows what stays open after it. Saving
asks for confirmation (a write-off is not undone), then records it in one write transaction
(:func:`~workshop_desk.services.adjustments.write_off`): it stays in the customer's history
("Written off") and in the reports.
"""

from __future__ import annotations

import itertools
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workshop_desk.db.session import Database
from workshop_desk.domain.money import Cents
from workshop_desk.services.accounts import accounts
from workshop_desk.services.adjustments import AdjustmentError, WriteOffReason, write_off
from workshop_desk.services.shop import Shop
from workshop_desk.ui.dialogs.adjustment_texts import balance_text, error_text, write_off_reasons
from workshop_desk.ui.dialogs.forms import fit_height, left_aligned
from workshop_desk.ui.formats import Formats
from workshop_desk.ui.messages import current_user
from workshop_desk.ui.widgets.form import ERROR_STYLE, ValidatedForm
from workshop_desk.ui.widgets.money_edit import MoneyEdit, MoneyInputError

HINT_STYLE = "color: #5f6368;"
"""A quiet explanation below the fields."""


class WriteOffDialog(QDialog):
    """Write off an amount of ``customer_id``'s open balance on ``today``.

    After ``accept()``, :attr:`saved_id` is the id of the write-off recorded.
    """

    def __init__(
        self, database: Database, shop: Shop, today: date, customer_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._formats = Formats.of(shop)
        self._shop = shop
        self._today = today
        self._customer_id = customer_id
        self._customer_name = ""
        self._open_balance: Cents = 0
        self.saved_id: int | None = None

        self.setMinimumWidth(520)
        self._build()
        self._lay_out()
        self._load()
        self._connect()
        self._refresh()
        self.resize(560, max(self.heightForWidth(560), self.minimumSizeHint().height()))
        self.amount.setFocus()
        self.amount.selectAll()

    def _build(self) -> None:
        self.customer_title = QLabel()
        self.customer_title.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.customer_title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.balance = QLabel()
        self.balance.setWordWrap(True)
        self.amount = MoneyEdit(self._shop.locale, self._shop.currency)
        self.whole_balance_button = QPushButton(self.tr("&Whole balance"))
        self.whole_balance_button.setAutoDefault(False)
        self.reason = QComboBox()
        for code, name in write_off_reasons().items():
            self.reason.addItem(name, code)
        self.note = QLineEdit()
        self.note.setMaxLength(500)
        self.after = QLabel()
        self.after.setObjectName("balance_after")
        self.after.setWordWrap(True)
        self.hint = QLabel(
            self.tr(
                "The amount is taken off the oldest installments first. It stays in the customer's history "
                "as “Written off” and in the reports; it cannot be undone."
            )
        )
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(HINT_STYLE)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.addButton(self.tr("Write &off…"), QDialogButtonBox.ButtonRole.AcceptRole)
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
        self.form.add_field("reason", self.tr("&Reason:"), left_aligned(self.reason))
        self.form.add_field("note", self.tr("&Note:"), self.note)

        layout = QVBoxLayout(self)
        layout.addWidget(self.customer_title)
        layout.addWidget(self.balance)
        layout.addSpacing(6)
        layout.addLayout(self.form)
        layout.addSpacing(4)
        layout.addWidget(self.after)
        layout.addWidget(self.hint)
        layout.addStretch()
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        for first, second in itertools.pairwise(
            [self.amount, self.whole_balance_button, self.reason, self.note, self.save_button]
        ):
            QWidget.setTabOrder(first, second)

    def _connect(self) -> None:
        self.amount.textChanged.connect(self._refresh)
        self.whole_balance_button.clicked.connect(lambda: self.amount.set_cents(self._open_balance))
        self.reason.currentIndexChanged.connect(self._refresh)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    def _load(self) -> None:
        with self._database.read() as session:
            [account] = accounts(session, self._today, [self._customer_id])
        self._customer_name = account.customer.name
        self._open_balance = account.status.open_balance
        self.setWindowTitle(self.tr("Write off — {name}").format(name=account.customer.name))
        self.customer_title.setText(f"{account.customer.name}  ·  {account.customer.code}")
        self.balance.setText(balance_text(account.status, self._formats))
        self.amount.set_cents(self._open_balance)

    def _refresh(self) -> None:
        """The balance left after the amount typed, and whether a note is needed."""
        other = self.reason.currentData() == WriteOffReason.OTHER
        self.note.setPlaceholderText(
            self.tr("Why (required for “Other”)") if other else self.tr("Optional: anything worth keeping on record")
        )
        try:
            amount = self.amount.cents() or 0
        except MoneyInputError:
            amount = None
        valid = amount is not None and 0 < amount <= self._open_balance
        after = self._formats.money(self._open_balance - amount) if valid and amount is not None else "—"
        self.after.setText(self.tr("Open balance after the write-off: {amount}").format(amount=after))
        self.save_button.setEnabled(self._open_balance > 0)
        fit_height(self)

    def _typed(self) -> Cents | None:
        """The amount, or ``None`` after showing beside the fields what is wrong."""
        self.form.clear_problems()
        self.message.hide()
        amount: Cents | None = None
        try:
            amount = self.amount.cents() or 0
        except MoneyInputError as error:
            self.form.show_problem("amount", str(error))
        if amount is not None and amount <= 0:
            self.form.show_problem("amount", self.tr("Enter an amount more than zero."))
        elif amount is not None and amount > self._open_balance:
            self.form.show_problem(
                "amount",
                self.tr("That is more than the open balance of {open}.").format(
                    open=self._formats.money(self._open_balance)
                ),
            )
        if self.reason.currentData() == WriteOffReason.OTHER and not self.note.text().strip():
            self.form.show_problem("note", self.tr("Say why the balance is written off."))
        if self.form.has_problems():
            self.form.focus_first_problem()
            fit_height(self)
            return None
        return amount

    def confirm(self, amount: Cents) -> bool:
        """Ask before recording (tests replace this)."""
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            self.tr("Write off {amount} of the balance of {name}? This cannot be undone.").format(
                amount=self._formats.money(amount), name=self._customer_name
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def save(self) -> None:
        """Check, confirm, and record the write-off in one transaction."""
        amount = self._typed()
        if amount is None or not self.confirm(amount):
            return
        try:
            with self._database.write() as session:
                saved = write_off(
                    session,
                    self._customer_id,
                    amount,
                    self.reason.currentData(),
                    self.note.text(),
                    self._today,
                    current_user(),
                )
        except AdjustmentError as error:
            field, text = error_text(error, self._formats)
            if field:
                self.form.show_problem(field, text)
            else:
                self.message.setText("⚠ " + text)
                self.message.show()
            fit_height(self)
            return
        self.saved_id = saved
        self.accept()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        fit_height(self)
